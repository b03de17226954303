"""Calendar feeds (public per programme, private per participant) and send_reminders."""

import datetime
import io
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar

from lms.errors import AccessDenied
from tests.training.helpers import make_participant, make_programme
from training.calendars import calendar_feed_token, participant_calendar
from training.management.commands.send_reminders import sessions_on
from training.models import CalendarFeed, Registration, Session
from training.registration import registration_cancel, registration_create

pytestmark = pytest.mark.django_db

WITA = ZoneInfo("Asia/Makassar")


def register(participant, programme) -> Registration:
    return registration_create(user=participant.user, programme=programme,
                               participant=participant)


def person(email="", **kwargs):
    participant = make_participant(**kwargs)
    participant.email = email
    participant.save(update_fields=["email"])
    return participant


def events(content: bytes) -> list:
    return Calendar.from_ical(content).events


def uids(content: bytes) -> set[str]:
    return {str(event["UID"]) for event in events(content)}


def session_uids(programme) -> set[str]:
    return {f"session-{pk}@lintas" for pk in programme.sessions.values_list("pk", flat=True)}


def signed_in(client, participant):
    client.force_login(participant.user)
    return client


# --- The programme's public feed --------------------------------------------------

def test_programme_feed_parses_back_with_times_in_the_sessions_zone(client):
    programme = make_programme(sessions=3, host_slug="kota-baubau")
    programme.sessions.filter(sort_order=2).update(venue="", meeting_url="https://zoom.us/j/1")
    response = client.get(f"/program/{programme.slug}/kalender.ics")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == f'inline; filename="{programme.slug}.ics"'
    calendar = Calendar.from_ical(response.content)
    assert calendar["PRODID"] and str(calendar["X-WR-CALNAME"]) == programme.title
    assert [tz.tz_name for tz in calendar.timezones] == ["Asia/Makassar"]
    found = {str(event["UID"]): event for event in calendar.events}
    assert set(found) == session_uids(programme)
    for session in programme.sessions.all():
        event = found[f"session-{session.pk}@lintas"]
        assert event["DTSTART"].params["TZID"] == "Asia/Makassar"
        assert event.start == session.starts_at and event.end == session.ends_at
        assert event.start.utcoffset() == datetime.timedelta(hours=8)
        assert event.start.astimezone(WITA).hour == 9
        assert str(event["URL"]).endswith(f"/program/{programme.slug}/")
        assert str(event["LOCATION"]) == session.venue if session.venue else event["LOCATION"]
    unfolded = response.content.replace(b"\r\n ", b"")
    assert b"zoom.us" not in unfolded  # meeting links are for registrants


def test_a_session_keeps_its_own_zone_in_the_feed(client):
    programme = make_programme(sessions=2, host_slug="kab-tuban")
    session = programme.sessions.first()
    session.timezone = "Asia/Jayapura"
    session.save(update_fields=["timezone"])
    response = client.get(f"/program/{programme.slug}/kalender.ics")
    calendar = Calendar.from_ical(response.content)
    assert {tz.tz_name for tz in calendar.timezones} == {"Asia/Jakarta", "Asia/Jayapura"}
    zones = {str(e["UID"]): e["DTSTART"].params["TZID"] for e in calendar.events}
    assert zones[f"session-{session.pk}@lintas"] == "Asia/Jayapura"
    event = next(e for e in calendar.events if str(e["UID"]) == f"session-{session.pk}@lintas")
    assert event.start == session.starts_at


def test_an_unpublished_programme_has_no_public_feed(client):
    programme = make_programme(published=False)
    assert client.get(f"/program/{programme.slug}/kalender.ics").status_code == 404
    assert client.get("/program/tidak-ada/kalender.ics").status_code == 404
    client.login(username="penyelenggara", password="lintas-demo-2026")
    assert client.get(f"/program/{programme.slug}/kalender.ics").status_code == 200


# --- The participant's private feed -----------------------------------------------

def test_private_feed_has_only_the_persons_registered_programmes(client):
    me, other = person(), person()
    mine = make_programme(sessions=2)
    waiting = make_programme(seats=1, sessions=1)
    cancelled = make_programme(sessions=1)
    theirs = make_programme(sessions=1)
    mine.sessions.update(meeting_url="https://zoom.us/j/555")
    register(me, mine)
    register(other, waiting)
    register(me, waiting)  # no seat left: waitlisted
    registration_cancel(user=me.user, registration=register(me, cancelled))
    register(other, theirs)

    signed_in(client, me)
    assert client.get("/kalender/").status_code == 200
    token = CalendarFeed.objects.get(participant=me).token
    client.logout()
    response = client.get(f"/kalender/{token}.ics")  # no sign-in needed
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert uids(response.content) == session_uids(mine)
    # the registrant gets the meeting link (read parsed: long lines are folded)
    for event in events(response.content):
        assert "https://zoom.us/j/555" in str(event["DESCRIPTION"])


def test_calendar_page_shows_the_feed_url_and_what_is_coming(client):
    me = person()
    programme = make_programme(sessions=2)
    register(me, programme)
    response = signed_in(client, me).get("/kalender/")
    feed = CalendarFeed.objects.get(participant=me)
    assert response.context["feed_url"] == f"http://testserver/kalender/{feed.token}.ics"
    assert [s.programme_id for s in response.context["upcoming"]] == [programme.pk] * 2
    assert feed.token in response.content.decode()
    # visiting again keeps the same link
    signed_in(client, me).get("/kalender/")
    assert CalendarFeed.objects.get(participant=me).token == feed.token


def test_a_new_link_makes_the_old_url_404(client):
    me = person()
    register(me, make_programme(sessions=1))
    signed_in(client, me).get("/kalender/")
    old = CalendarFeed.objects.get(participant=me).token
    assert client.get("/kalender/tautan-baru/").status_code == 405
    response = client.post("/kalender/tautan-baru/")
    assert response.status_code == 302 and response["Location"] == "/kalender/"
    new = CalendarFeed.objects.get(participant=me).token
    assert new != old and len(new) >= 40
    client.logout()
    assert client.get(f"/kalender/{old}.ics").status_code == 404
    assert client.get(f"/kalender/{new}.ics").status_code == 200
    assert client.get("/kalender/bukan-token.ics").status_code == 404


def test_calendar_page_needs_a_sign_in(client):
    response = client.get("/kalender/")
    assert response.status_code == 302 and "/akun/masuk/" in response["Location"]
    assert client.post("/kalender/tautan-baru/").status_code == 302
    assert not CalendarFeed.objects.exists()


def test_an_account_without_a_profile_gets_an_explanation(client):
    client.login(username="admin", password="lintas-demo-2026")
    response = client.get("/kalender/")
    assert response.status_code == 200 and response.context["participant"] is None
    assert client.post("/kalender/tautan-baru/").status_code == 302
    assert not CalendarFeed.objects.exists()


def test_only_the_person_may_read_or_renew_their_token():
    me, other = person(), person()
    feed = calendar_feed_token(user=me.user, participant=me)
    assert calendar_feed_token(user=me.user, participant=me) == feed
    for user in (other.user, feed.participant.user.__class__.objects.get(username="admin")):
        with pytest.raises(AccessDenied) as refused:
            calendar_feed_token(user=user, participant=me, renew=True)
        assert refused.value.code == "calendar_forbidden"
    assert CalendarFeed.objects.get(participant=me).token == feed.token


def test_an_empty_private_feed_is_still_a_calendar():
    calendar = Calendar.from_ical(participant_calendar(person()))
    assert calendar.events == [] and calendar["PRODID"]


# --- Reminders ---------------------------------------------------------------------

def tomorrow_in(zone_name: str) -> datetime.date:
    return timezone.localdate(timezone.now(), ZoneInfo(zone_name)) + datetime.timedelta(days=1)


def reminders_to(addresses) -> list:
    return [m for m in mail.outbox if set(m.to) & set(addresses)]


def test_send_reminders_mails_each_registered_person_once_per_session():
    programme = make_programme(seats=3, sessions=2, starts=tomorrow_in("Asia/Makassar"))
    ana, budi = person("ana@example.id"), person("budi@example.id")
    no_email = person("")
    cancelled, waiting = person("batal@example.id"), person("antri@example.id")
    for participant in (ana, budi, no_email):
        register(participant, programme)
    waiting_reg = register(waiting, programme)
    assert waiting_reg.status == Registration.Status.WAITLISTED
    extra = make_programme(sessions=1, starts=tomorrow_in("Asia/Makassar"))
    registration_cancel(user=cancelled.user, registration=register(cancelled, extra))

    out = io.StringIO()
    call_command("send_reminders", stdout=out)
    ours = ["ana@example.id", "budi@example.id", "batal@example.id", "antri@example.id"]
    sent = reminders_to(ours)
    assert sorted(m.to[0] for m in sent) == ["ana@example.id", "budi@example.id"]
    tomorrow = programme.sessions.order_by("starts_at").first()
    for message in sent:
        (name, content, mimetype), = message.attachments
        assert name.endswith(".ics") and mimetype == "text/calendar"
        event, = events(content.encode() if isinstance(content, str) else content)
        assert str(event["UID"]) == f"session-{tomorrow.pk}@lintas"
        assert event.start == tomorrow.starts_at
        assert "09.00" in message.body and "WITA" in message.body
        assert f"/program/{programme.slug}/" in message.body
        assert tomorrow.venue in message.body
    assert "ana@example.id" in out.getvalue()


def test_dry_run_sends_nothing_and_date_picks_the_day():
    day = datetime.date(2031, 3, 4)
    programme = make_programme(sessions=2, starts=day, host_slug="kab-tuban")
    programme.sessions.update(venue="", meeting_url="https://zoom.us/j/777")
    ana = person("ana.tuban@example.id")
    register(ana, programme)
    out = io.StringIO()
    call_command("send_reminders", "--date", "2031-03-04", "--dry-run", stdout=out)
    assert mail.outbox == [] and "ana.tuban@example.id" in out.getvalue()
    call_command("send_reminders", "--date", "2031-03-05", stdout=io.StringIO())
    message, = mail.outbox
    assert message.to == ["ana.tuban@example.id"]
    assert "https://zoom.us/j/777" in message.body and "WIB" in message.body


def test_tomorrow_is_counted_in_each_sessions_zone():
    # 16.30 UTC on 1 March 2027: 23.30 WIB on 1 March, 01.30 WIT already on 2 March
    now = datetime.datetime(2027, 3, 1, 16, 30, tzinfo=datetime.UTC)
    programme = make_programme(sessions=0, host_slug="kab-tuban")

    def add(day: int, zone_name: str) -> Session:
        zone = ZoneInfo(zone_name)
        start = datetime.datetime(2027, 3, day, 8, tzinfo=zone)
        return Session.objects.create(programme=programme, title=f"{day} {zone_name}",
                                      starts_at=start, ends_at=start + datetime.timedelta(hours=2),
                                      timezone=zone_name, venue="Aula")

    wib_tomorrow, wit_tomorrow = add(2, "Asia/Jakarta"), add(3, "Asia/Jayapura")
    add(3, "Asia/Jakarta"), add(2, "Asia/Jayapura")  # the day after, and today in WIT
    found = set(sessions_on(now=now).filter(programme=programme))
    assert found == {wib_tomorrow, wit_tomorrow}
