"""
Calendar feeds: a programme's public .ics, and each participant's private feed.

The private feed is read by calendar apps (Google Calendar, Outlook) that cannot sign
in, so its URL carries the secret: a random token, unguessable, shown only to its owner
on /kalender/, and replaced ("make a new link") when it has been shared by mistake; an
unknown or replaced token is a 404 like any missing page.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from directory.access import participants_visible_to, programmes_visible_to
from lms.errors import AccessDenied

from ..calendars import calendar_feed_token, participant_calendar, programme_calendar
from ..models import CalendarFeed, Registration, Session

UPCOMING_SHOWN = 20


def _base_url(request) -> str:
    return request.build_absolute_uri("/").rstrip("/")


def _ics(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["X-Robots-Tag"] = "noindex"
    return response


@require_GET
def programme_feed(request, slug: str):
    """A published programme's sessions (organisers: any programme), for anyone."""
    programme = get_object_or_404(programmes_visible_to(request.user), slug=slug)
    return _ics(programme_calendar(programme, base_url=_base_url(request)),
                f"{programme.slug}.ics")


@require_GET
def private_feed(request, token: str):
    """The owner's sessions; no sign-in, the token is the key."""
    feed = get_object_or_404(CalendarFeed.objects.select_related("participant"),
                             token=token)
    response = _ics(participant_calendar(feed.participant, base_url=_base_url(request)),
                    "lintas-kalender-saya.ics")
    response["Cache-Control"] = "private, no-cache"
    response["Referrer-Policy"] = "no-referrer"
    return response


def _own_profile(user):
    return participants_visible_to(user).filter(user=user).first()


@login_required
@require_GET
def my_calendar(request):
    """The signed-in person's feed URL to subscribe to, and what it holds."""
    participant = _own_profile(request.user)
    if participant is None:
        return render(request, "training/calendars/my_calendar.html", {"participant": None})
    feed = calendar_feed_token(user=request.user, participant=participant)
    feed_url = request.build_absolute_uri(reverse("calendar_feed", args=[feed.token]))
    registered = Session.objects.filter(
        programme__registrations__participant=participant,
        programme__registrations__status=Registration.Status.REGISTERED)
    upcoming = list(registered.filter(ends_at__gte=timezone.now())
                    .select_related("programme").order_by("starts_at", "pk")
                    [:UPCOMING_SHOWN + 1])
    return render(request, "training/calendars/my_calendar.html", {
        "participant": participant, "feed": feed, "feed_url": feed_url,
        "webcal_url": "webcal://" + feed_url.split("://", 1)[1],
        "upcoming": upcoming[:UPCOMING_SHOWN], "more": len(upcoming) > UPCOMING_SHOWN,
        "programme_count": participant.registrations.filter(
            status=Registration.Status.REGISTERED).count(),
    })


@login_required
@require_POST
def my_calendar_renew(request):
    """A new token: the old URL stops working at once; the person subscribes again."""
    participant = _own_profile(request.user)
    if participant is None:
        return redirect("my_calendar")
    try:
        calendar_feed_token(user=request.user, participant=participant, renew=True)
    except AccessDenied as error:  # not reachable through this page; kept for safety
        messages.error(request, str(error))
    else:
        messages.success(request, _("You have a new calendar link. The old link no longer "
                                    "works: subscribe again with the new one."))
    return redirect("my_calendar")


urlpatterns = [
    path("program/<slug:slug>/kalender.ics", programme_feed, name="programme_calendar"),
    path("kalender/", my_calendar, name="my_calendar"),
    path("kalender/tautan-baru/", my_calendar_renew, name="my_calendar_renew"),
    path("kalender/<str:token>.ics", private_feed, name="calendar_feed"),
]
