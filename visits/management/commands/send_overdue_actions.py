"""
`manage.py send_overdue_actions`: email each person responsible for overdue follow-up
actions one message listing them.

Run once a day (next to send_reminders). An action is overdue when it is still open
(not started or in progress) and its due date is before today (visits.followup
.overdue_actions); done, cancelled and not-yet-due actions are never mentioned. Only the
person responsible (the action's owner) is written to, at their profile's email or else
their account's; nobody else gets a copy. Each action mailed is marked with
`last_reminded_on`, so a second run on the same day sends nothing. `--date` counts
"today" as another day; `--dry-run` prints who would get what and sends and marks
nothing.
"""

import datetime
from collections import defaultdict

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.management.base import BaseCommand
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from training.calendars import site_url
from visits.followup import action_path, overdue_actions
from visits.models import FollowUpAction


def actions_to_remind(today: datetime.date) -> dict:
    """{owner (Participant): [their overdue open actions not yet reminded today]}, in
    one query, the owners by name and each list by due date."""
    actions = (overdue_actions(today)
               .filter(owner__isnull=False)
               .filter(Q(last_reminded_on__isnull=True) | Q(last_reminded_on__lt=today))
               .select_related("owner__user", "visit", "mentorship__mentor_region",
                               "mentorship__mentee_region")
               .order_by("owner__full_name", "owner_id", "due_date", "pk"))
    found = defaultdict(list)
    for action in actions:
        found[action.owner].append(action)
    return found


def reminder(owner, email: str, actions: list, today: datetime.date) -> EmailMessage:
    """One message for one person, listing each overdue action with its link."""
    for action in actions:
        action.days_late = (today - action.due_date).days
        action.url = site_url(action_path(action))
    context = {"name": owner.full_name, "actions": actions, "count": len(actions),
               "my_actions_url": site_url(reverse("my_actions"))}
    return EmailMessage(
        subject=" ".join(render_to_string("visits/email/overdue_subject.txt",
                                          context).split()),
        body=render_to_string("visits/email/overdue_body.txt", context),
        to=[email],
    )


class Command(BaseCommand):
    help = ("Email each person responsible for overdue open follow-up actions one list of "
            "them, at most once a day. Run daily.")

    def add_arguments(self, parser):
        parser.add_argument("--date", type=datetime.date.fromisoformat, default=None,
                            help="count this day (YYYY-MM-DD) as today")
        parser.add_argument("--dry-run", action="store_true",
                            help="print who would be reminded; send and mark nothing")

    def handle(self, *args, date=None, dry_run=False, **options):
        today = date or timezone.localdate()
        with translation.override(settings.LANGUAGE_CODE):
            plan = self._messages(actions_to_remind(today), today)
        sent = action_count = 0
        connection = None if dry_run else get_connection()
        for message, actions in plan:
            if not dry_run:
                if not connection.send_messages([message]):
                    continue
                FollowUpAction.objects.filter(pk__in=[a.pk for a in actions]).update(
                    last_reminded_on=today)
            sent, action_count = sent + 1, action_count + len(actions)
        verb = "would be sent" if dry_run else "sent"
        self.stdout.write(self.style.SUCCESS(
            f"{sent} reminder(s) {verb} about {action_count} overdue action(s) "
            f"on {today.isoformat()}."))

    def _messages(self, owners: dict, today: datetime.date) -> list:
        """(message, its actions) per owner with an email; the others are reported."""
        plan = []
        for owner, actions in owners.items():
            email = owner.mail_address
            if not email:
                self.stdout.write(f"  no email: {owner.full_name} "
                                  f"({len(actions)} overdue action(s))")
                continue
            plan.append((reminder(owner, email, actions, today), actions))
            titles = "; ".join(action.title for action in actions)
            self.stdout.write(f"  {email}: {titles}")
        return plan
