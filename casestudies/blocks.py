"""Blocks particular to case studies: the approach as steps, results as figures."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from lms.blocks import StepBlock


class ResultFigureBlock(blocks.StructBlock):
    """A measured result: e.g. OPDs running SPBE, from 5 to 42."""

    indicator = blocks.CharBlock(label=_("Indicator"))
    before = blocks.CharBlock(required=False, label=_("Before"))
    after = blocks.CharBlock(label=_("After"))
    unit = blocks.CharBlock(required=False, label=_("Unit"))
    note = blocks.CharBlock(required=False, label=_("Note or source"))

    class Meta:
        icon = "pick"
        template = "blocks/result_figure_block.html"


class ApproachStreamBlock(blocks.StreamBlock):
    step = StepBlock(label=_("Step"), template="blocks/approach_step_block.html")


class ResultsStreamBlock(blocks.StreamBlock):
    figure = ResultFigureBlock(label=_("Figure"))
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ul"], label=_("Text"), icon="pilcrow"
    )
