"""
`manage.py send_overdue_actions`: only the people responsible for overdue OPEN actions
are emailed, one message each listing their actions with links; owners of done,
cancelled or not-yet-due actions and everyone else (coordinators, organisers) are not.
A second run the same day sends nothing; --dry-run sends and marks nothing.

Every other follow-up action (the demo's) is removed first, inside the test's
transaction, so the recipients are exactly the ones built here.
"""

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command

from visits.models import FollowUpAction

from .test_followup import KONUT, make_action, make_coordinator, make_person, make_visit

Status = FollowUpAction.Status
TODAY = datetime.date(2026, 3, 10)
pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = io.StringIO()
    call_command("send_overdue_actions", "--date", TODAY.isoformat(), *args, stdout=out)
    return out.getvalue()


def days(n: int) -> datetime.date:
    return TODAY + datetime.timedelta(days=n)


@pytest.fixture
def plan():
    FollowUpAction.objects.all().delete()
    visit = make_visit()
    make_coordinator(KONUT)  # a coordinator of the region: never emailed
    people = {
        "late": make_person(email="terlambat@konut.test"),
        "in_progress": make_person(account_email="berjalan@konut.test"),  # account email only
        "two": make_person(email="dua@konut.test"),
        "done": make_person(email="selesai@konut.test"),
        "cancelled": make_person(email="batal@konut.test"),
        "not_due": make_person(email="belum@konut.test"),
        "no_email": make_person(),
    }
    actions = {
        "late": make_action(visit, owner=people["late"], due=days(-3), title="Perbup SIPD"),
        "in_progress": make_action(visit, owner=people["in_progress"], due=days(-1),
                                   status=Status.IN_PROGRESS, title="Bimtek OPD"),
        "two_a": make_action(visit, owner=people["two"], due=days(-10), title="Tim SIPD"),
        "two_b": make_action(visit, owner=people["two"], due=days(-2), title="SOP SIPD"),
        "done": make_action(visit, owner=people["done"], due=days(-5), status=Status.DONE),
        "cancelled": make_action(visit, owner=people["cancelled"], due=days(-5),
                                 status=Status.CANCELLED),
        "due_today": make_action(visit, owner=people["not_due"], due=TODAY),
        "due_later": make_action(visit, owner=people["not_due"], due=days(7)),
        "no_email": make_action(visit, owner=people["no_email"], due=days(-4)),
        "no_owner": make_action(visit, due=days(-4)),
    }
    return {"visit": visit, "people": people, "actions": actions}


def test_only_owners_of_overdue_open_actions_are_emailed(plan):
    output = run()
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["berjalan@konut.test", "dua@konut.test", "terlambat@konut.test"]
    assert all(len(message.to) == 1 and not message.cc and not message.bcc
               for message in mail.outbox)
    assert "3 reminder(s) sent about 4 overdue action(s)" in output
    assert "no email" in output  # the owner without an address is reported, not mailed


def test_one_mail_lists_all_of_an_owners_overdue_actions_with_links(plan):
    run()
    (message,) = [m for m in mail.outbox if m.to == ["dua@konut.test"]]
    visit, actions = plan["visit"], plan["actions"]
    assert "Tim SIPD" in message.body and "SOP SIPD" in message.body
    for key in ("two_a", "two_b"):
        assert f"/kunjungan/{visit.pk}/tindak-lanjut/{actions[key].pk}/" in message.body
    assert "Perbup SIPD" not in message.body  # someone else's action
    assert message.body.index("Tim SIPD") < message.body.index("SOP SIPD")  # longest late first
    assert "2" in message.subject


def test_reminded_actions_are_marked_and_a_second_run_the_same_day_sends_nothing(plan):
    run()
    assert len(mail.outbox) == 3
    reminded = FollowUpAction.objects.filter(last_reminded_on=TODAY)
    assert {a.pk for a in reminded} == {plan["actions"][key].pk for key in
                                        ("late", "in_progress", "two_a", "two_b")}
    output = run()
    assert len(mail.outbox) == 3
    assert "0 reminder(s) sent" in output


def test_the_next_day_they_are_reminded_again(plan):
    run()
    out = io.StringIO()
    call_command("send_overdue_actions", "--date", days(1).isoformat(), stdout=out)
    next_day = sorted(address for message in mail.outbox[3:] for address in message.to)
    # still overdue one day later, and the action due "today" is now overdue too
    assert next_day == ["belum@konut.test", "berjalan@konut.test", "dua@konut.test",
                        "terlambat@konut.test"]


def test_dry_run_prints_and_sends_nothing(plan):
    output = run("--dry-run")
    assert mail.outbox == []
    assert "terlambat@konut.test" in output and "Perbup SIPD" in output
    assert "3 reminder(s) would be sent" in output
    assert not FollowUpAction.objects.filter(last_reminded_on__isnull=False).exists()


def test_a_done_action_is_not_mentioned_even_when_its_owner_has_a_late_one(plan):
    owner = plan["people"]["late"]
    make_action(plan["visit"], owner=owner, due=days(-30), status=Status.DONE,
                title="Laporan sudah selesai")
    run()
    (message,) = [m for m in mail.outbox if m.to == ["terlambat@konut.test"]]
    assert "Laporan sudah selesai" not in message.body
