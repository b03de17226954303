"""
Calendars of programmes, in iCalendar (RFC 5545) through the icalendar library.

- `programme_calendar`: the public feed of one programme, every session.
- `participant_calendar`: one person's private feed, the sessions of every programme
  they are registered for (not waitlisted or cancelled); read at a secret URL that
  Google Calendar or Outlook polls (`calendar_feed_token` makes and renews it).
- `session_calendar`: one session, attached to the reminder email (send_reminders).

Times are written in the session's own zone with its TZID and a VTIMEZONE (WIB, WITA,
WIT), so a calendar app shows 09.00 WITA for a morning in Baubau wherever the reader is.
Each session keeps one UID (`session-<pk>@lintas`), so an edited session updates the
event instead of adding another. The online meeting link is for registrants: it is in
the private feed and the reminder, never in the public feed.
"""

import datetime
import secrets
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from directory.models import Participant
from lms.errors import AccessDenied

from .models import CalendarFeed, Programme, Registration, Session

PRODID = "-//Lintas//Program Pelatihan//ID"
UID_DOMAIN = "lintas"
REFRESH_INTERVAL = datetime.timedelta(hours=6)


def site_url(path: str, base_url: str | None = None) -> str:
    """An absolute URL for `path`: on the request's host when given, else the site's."""
    base = (base_url or settings.WAGTAILADMIN_BASE_URL).rstrip("/")
    return f"{base}{path}"


def programme_url(programme: Programme, base_url: str | None = None) -> str:
    return site_url(reverse("programme_detail", kwargs={"slug": programme.slug}), base_url)


def programme_calendar(programme: Programme, *, base_url: str | None = None) -> bytes:
    """Every session of the programme, without meeting links (the feed is public)."""
    sessions = list(programme.sessions.order_by("starts_at", "pk"))
    for session in sessions:
        session.programme = programme
    calendar = _calendar(programme.title, f"programme-{programme.pk}@{UID_DOMAIN}")
    return _serialise(calendar, sessions, private=False, base_url=base_url)


def participant_calendar(participant: Participant, *, base_url: str | None = None) -> bytes:
    """The sessions of every programme the person is registered for, with meeting links."""
    sessions = (Session.objects
                .filter(programme__registrations__participant=participant,
                        programme__registrations__status=Registration.Status.REGISTERED)
                .select_related("programme")
                .order_by("starts_at", "pk"))
    name = _("Lintas: programmes of %(name)s") % {"name": participant.full_name}
    calendar = _calendar(name, f"participant-{participant.pk}@{UID_DOMAIN}")
    return _serialise(calendar, sessions, private=True, base_url=base_url)


def session_calendar(session: Session, *, base_url: str | None = None) -> bytes:
    """One session for a registrant (with its meeting link): the reminder's attachment."""
    calendar = _calendar(session.programme.title,
                         f"reminder-session-{session.pk}@{UID_DOMAIN}")
    calendar.method = "PUBLISH"
    return _serialise(calendar, [session], private=True, base_url=base_url)


def _calendar(name: str, uid: str) -> Calendar:
    calendar = Calendar.new(prodid=PRODID, name=name, uid=uid)
    calendar.refresh_interval = REFRESH_INTERVAL
    calendar["X-PUBLISHED-TTL"] = "PT6H"  # Outlook's name for the refresh interval
    return calendar


def _serialise(calendar: Calendar, sessions: Iterable[Session], *, private: bool,
               base_url: str | None) -> bytes:
    stamp = timezone.now().replace(microsecond=0)
    for session in sessions:
        calendar.add_component(_event(session, stamp, private=private, base_url=base_url))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _event(session: Session, stamp: datetime.datetime, *, private: bool,
           base_url: str | None) -> Event:
    """One VEVENT: start and end in the session's zone, the place, the programme's page."""
    zone = ZoneInfo(session.timezone)
    url = programme_url(session.programme, base_url)
    return Event.new(
        uid=f"session-{session.pk}@{UID_DOMAIN}",
        stamp=stamp,
        start=session.starts_at.astimezone(zone),
        end=session.ends_at.astimezone(zone),
        summary=f"{session.title} · {session.programme.title}",
        location=session.venue or _("Online"),
        url=url,
        description=_description(session, url, private),
    )


def _description(session: Session, url: str, private: bool) -> str:
    lines = [session.programme.summary]
    if session.meeting_url and private:
        lines.append(_("Online meeting link: %(link)s") % {"link": session.meeting_url})
    elif session.meeting_url:
        lines.append(_("Registrants find the online meeting link in their own calendar "
                       "and in the reminder email."))
    lines.append(_("Programme page: %(url)s") % {"url": url})
    return "\n\n".join(line for line in lines if line)


@transaction.atomic
def calendar_feed_token(*, user, participant: Participant, renew: bool = False
                        ) -> CalendarFeed:
    """
    The person's private feed, made on first use. `renew=True` gives it a new token, so
    the old URL (forwarded by mistake, on a lost phone) stops working at once. Only the
    person themself may read or renew it.
    """
    if not user.is_authenticated or participant.user_id != user.pk:
        raise AccessDenied("calendar_forbidden", _("This is someone else's calendar."))
    feed = (CalendarFeed.objects.select_for_update()
            .filter(participant=participant).first())
    if feed is None:
        try:
            with transaction.atomic():
                return CalendarFeed.objects.create(participant=participant,
                                                   token=_new_token())
        except IntegrityError:  # the same person's first visit, twice at once
            return CalendarFeed.objects.get(participant=participant)
    if renew:
        feed.token = _new_token()
        feed.save(update_fields=["token", "created_at"])
    return feed


def _new_token() -> str:
    return secrets.token_urlsafe(32)
