"""
`manage.py send_reminders`: email each registrant the day before a session.

Run once a day (the `cron` service of docker-compose.yml). "Tomorrow" is counted in each
session's own zone, so a session at 08.00 WIT in Ternate and one at 08.00 WIB in Tuban
are both announced on the day before, wherever the server runs. Every registered
participant (not waitlisted or cancelled) with an email gets one message per session:
date and time with the zone, the venue or the online meeting link, the programme's page,
and the session as an .ics file to add to their calendar. `--date` reminds about
another day's sessions (to catch up after an outage, or to try it); `--dry-run` prints
who would get what and sends nothing.
"""

import datetime
from collections import defaultdict
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format

from directory.models import TIMEZONE_ABBREVIATIONS, TimeZone
from training.calendars import programme_url, session_calendar, site_url
from training.models import Registration, Session


def sessions_on(day: datetime.date | None = None, now: datetime.datetime | None = None):
    """The sessions starting on `day` (default: tomorrow), each day in the session's zone."""
    now = now or timezone.now()
    rule = Q(pk__in=[])
    for zone_name in TimeZone.values:
        zone = ZoneInfo(zone_name)
        local_day = day or timezone.localdate(now, zone) + datetime.timedelta(days=1)
        start = datetime.datetime.combine(local_day, datetime.time.min, tzinfo=zone)
        rule |= Q(timezone=zone_name, starts_at__gte=start,
                  starts_at__lt=start + datetime.timedelta(days=1))
    return Session.objects.filter(rule).select_related("programme").order_by("starts_at", "pk")


def recipients(sessions: list[Session]) -> dict[int, list[tuple[str, str]]]:
    """Programme id -> [(name, email)] of its registered participants who have an email."""
    rows = (Registration.objects
            .filter(programme__in={s.programme_id for s in sessions},
                    status=Registration.Status.REGISTERED)
            .select_related("participant__user").order_by("participant__full_name", "pk"))
    found = defaultdict(list)
    for registration in rows:
        person = registration.participant
        email = person.mail_address
        if email:
            found[registration.programme_id].append((person.full_name, email))
    return found


def reminder(session: Session, name: str, email: str) -> EmailMessage:
    """One person's reminder for one session, with the session as an .ics attachment."""
    zone = ZoneInfo(session.timezone)
    start, end = session.starts_at.astimezone(zone), session.ends_at.astimezone(zone)
    context = {
        "name": name, "session": session, "programme": session.programme,
        "day": date_format(start, "l, j F Y"),
        "time": f"{start:%H.%M}–{end:%H.%M} {TIMEZONE_ABBREVIATIONS[session.timezone]}",
        "programme_url": programme_url(session.programme),
        "calendar_url": site_url(reverse("my_calendar")),
    }
    message = EmailMessage(
        subject=" ".join(render_to_string("training/email/reminder_subject.txt",
                                          context).split()),
        body=render_to_string("training/email/reminder.txt", context),
        to=[email],
    )
    message.attach(f"sesi-{session.pk}.ics", session_calendar(session), "text/calendar")
    return message


class Command(BaseCommand):
    help = ("Email every registered participant of each session that starts tomorrow (in "
            "the session's own time zone), with an .ics file of the session. Run daily.")

    def add_arguments(self, parser):
        parser.add_argument("--date", type=datetime.date.fromisoformat, default=None,
                            help="remind about the sessions on this day (YYYY-MM-DD) "
                                 "instead of tomorrow's")
        parser.add_argument("--dry-run", action="store_true",
                            help="print who would be reminded; send nothing")

    def handle(self, *args, date=None, dry_run=False, **options):
        with translation.override(settings.LANGUAGE_CODE):
            sessions = list(sessions_on(date))
            people = recipients(sessions)
            messages = []
            for session in sessions:
                for name, email in people.get(session.programme_id, []):
                    messages.append(reminder(session, name, email))
                    self.stdout.write(f"  {session.starts_at.isoformat()} "
                                      f"{session.programme.title} / {session.title}: {email}")
        if not dry_run and messages:
            get_connection().send_messages(messages)
        verb = "would be sent" if dry_run else "sent"
        self.stdout.write(self.style.SUCCESS(
            f"{len(messages)} reminder(s) {verb} for {len(sessions)} session(s)."))
