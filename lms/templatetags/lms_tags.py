"""Template helpers shared by every public page."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django import template
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.models import Page, Site

from directory.models import TIMEZONE_ABBREVIATIONS

register = template.Library()


@register.simple_tag(takes_context=True)
def site_root(context):
    """The home page of the site serving this request (cached on the request)."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_lintas_site_root"):
        site = Site.find_for_request(request)
        request._lintas_site_root = site.root_page if site else None
    return request._lintas_site_root


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """Live pages under the site root marked "show in menus", in tree order."""
    request = context.get("request")
    if request is not None and hasattr(request, "_lintas_menu"):
        return request._lintas_menu
    root = site_root(context)
    pages = list(root.get_children().live().in_menu().order_by("path")) if root else []
    if request is not None:
        request._lintas_menu = pages
    return pages


@register.filter
def in_zone(value: datetime | None, region=None) -> str:
    """
    A moment shown in the time zone of the place, with its abbreviation:
    "24 September 2021 10.00 WITA". Without a region, Jakarta time (WIB).
    """
    if not value:
        return ""
    zone_name = getattr(region, "timezone", None) or "Asia/Jakarta"
    local = timezone.localtime(value, ZoneInfo(zone_name))
    return f"{date_format(local, 'DATETIME_FORMAT')} {TIMEZONE_ABBREVIATIONS[zone_name]}"


@register.filter
def specific_type(page: Page) -> str:
    """The human name of a page's type ("Studi kasus", "Kursus", ...)."""
    return str(page.specific_class._meta.verbose_name).capitalize() if page.specific_class else ""


@register.filter
def page_kind(page: Page) -> str:
    """A page's model name ("courseindexpage"), from the cached content type."""
    return page.specific_class._meta.model_name if page.specific_class else ""
