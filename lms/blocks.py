"""
StreamField blocks shared by lessons, case studies and articles.

`BaseStreamBlock` is the body every long text on Lintas is written in. Video is a plain
URL turned into a privacy-friendly embed at render time, with no oEmbed request: the
site must render on intranets without internet access.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

YOUTUBE_RE = re.compile(
    r"^https?://(?:www\.)?(?:youtube\.com/watch\?v=|youtu\.be/|youtube\.com/embed/)"
    r"(?P<id>[\w-]{11})"
)
VIMEO_RE = re.compile(r"^https?://(?:www\.)?vimeo\.com/(?P<id>\d+)")


def video_embed_url(url: str) -> str | None:
    """The iframe address for a YouTube or Vimeo link, or None for any other link."""
    if match := YOUTUBE_RE.match(url):
        return f"https://www.youtube-nocookie.com/embed/{match['id']}"
    if match := VIMEO_RE.match(url):
        return f"https://player.vimeo.com/video/{match['id']}"
    return None


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"))
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3")), ("h4", _("Level 4"))],
        default="h2",
        label=_("Level"),
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, label=_("Caption"))
    attribution = blocks.CharBlock(required=False, label=_("Credit"))

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"


class VideoBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("YouTube or Vimeo link"))
    title = blocks.CharBlock(label=_("Video title"), help_text=_("Read out by screen readers."))
    caption = blocks.CharBlock(required=False, label=_("Caption"))

    def clean(self, value):
        value = super().clean(value)
        if not video_embed_url(value["url"]):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Use a YouTube or Vimeo link."))}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["embed_url"] = video_embed_url(value["url"])
        return context

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(required=False, label=_("Link text"))
    description = blocks.CharBlock(required=False, label=_("Description"))

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"


class CalloutBlock(blocks.StructBlock):
    style = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="info",
        label=_("Style"),
    )
    title = blocks.CharBlock(required=False, label=_("Title"))
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul", "ol"], label=_("Text"))

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"))
    text = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ul", "ol"], required=False, label=_("Details")
    )


class StepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, label=_("Title"))
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"))

    class Meta:
        icon = "list-ol"
        template = "blocks/steps_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, label=_("Who said it"))
    source = blocks.CharBlock(required=False, label=_("Source"))

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"


RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "ol", "ul", "document-link"]


class BaseStreamBlock(blocks.StreamBlock):
    """The body of lessons, case studies and articles."""

    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Text"), icon="pilcrow")
    heading = HeadingBlock(label=_("Heading"))
    image = ImageBlock(label=_("Image"))
    video = VideoBlock(label=_("Video"))
    document = DocumentBlock(label=_("Document download"))
    callout = CalloutBlock(label=_("Callout"))
    steps = StepsBlock(label=_("Numbered steps"))
    quote = QuoteBlock(label=_("Quote"))
