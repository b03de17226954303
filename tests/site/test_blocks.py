"""Lesson body blocks: video links become privacy-friendly embeds, other links are refused."""

import pytest
from django.core.exceptions import ValidationError

from lms.blocks import BaseStreamBlock


def video(url: str):
    block = BaseStreamBlock()
    return block, block.to_python([{"type": "video", "value": {"url": url, "title": "Pengantar"}}])


@pytest.mark.parametrize("url, embed", [
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
    ("https://youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
    ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
])
def test_video_links_render_as_an_embed_without_fetching_anything(url, embed):
    block, value = video(url)
    block.clean(value)
    html = value.render_as_block()
    assert f'src="{embed}' in html
    assert 'title="Pengantar"' in html


def test_other_video_links_are_refused():
    block, value = video("https://example.com/video.mp4")
    with pytest.raises(ValidationError):
        block.clean(value)
