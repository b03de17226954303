"""
The email each move of a visit request sends to the other side (visits.lifecycle calls
`notify_move` once the move is committed, through transaction.on_commit).

Who a side is:
- the requester side: the Koordinator-group users whose profile is in the requesting
  region, plus the request's contact email;
- the host side: the Koordinator-group users of the host region or, when it has none
  yet, the organisers (Penyelenggara), who answer for it.

The mail is written in the site's language (LANGUAGE_CODE), like the session reminders:
the subject names the visit and its new state; the body has who moved it, the note and
the link to the request. A failing mail server is logged, never turned into an error
for the person who made the move (it is already committed).
"""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from directory.access import HOST, REQUESTER
from directory.roles import COORDINATOR, ORGANISER
from lms.templatetags.lms_tags import in_zone
from training.calendars import site_url

from .models import VisitEvent, VisitState

logger = logging.getLogger(__name__)


def _emails(users) -> set[str]:
    """The address of each active user: the account's, else their profile's."""
    rows = users.filter(is_active=True).values_list("email", "participant__email")
    return {(account or profile).strip().lower() for account, profile in rows
            if (account or profile)}


def side_recipients(visit, side: str) -> list[str]:
    """The addresses of one side of a visit (see the module docstring), sorted."""
    users = get_user_model().objects.filter(groups__name=COORDINATOR)
    if side == REQUESTER:
        found = _emails(users.filter(participant__region_id=visit.requesting_region_id))
        if visit.contact_email:
            found.add(visit.contact_email.strip().lower())
    else:
        found = _emails(users.filter(participant__region_id=visit.host_region_id))
        if not found:
            found = _emails(get_user_model().objects.filter(groups__name=ORGANISER))
    return sorted(found)


def side_label(event: VisitEvent) -> str:
    """Who acted, as the other region reads it: a region's name, or "organiser"."""
    visit = event.request
    if event.side == REQUESTER:
        return visit.requesting_region.name
    if event.side == HOST:
        return visit.host_region.name
    return _("organiser")


def actor_name(user) -> str:
    if user is None:
        return _("someone no longer registered")
    profile = getattr(user, "participant", None)
    return (profile.full_name if profile else "") or user.get_full_name() or user.username


def move_message(event: VisitEvent, side: str, recipients: list[str]) -> EmailMessage:
    """The email about `event` to one side."""
    visit = event.request
    region = visit.requesting_region if side == REQUESTER else visit.host_region
    context = {
        "visit": visit, "event": event, "title": visit.title,
        "state": VisitState(event.to_state).label,
        "requester": visit.requesting_region.name, "host": visit.host_region.name,
        "actor": actor_name(event.actor), "side": side_label(event),
        "when": in_zone(event.at, region),
        "url": site_url(reverse("visit_detail", kwargs={"pk": visit.pk})),
    }
    subject = render_to_string("visits/email/move_subject.txt", context)
    return EmailMessage(subject=" ".join(subject.split()),
                        body=render_to_string("visits/email/move.txt", context),
                        to=recipients)


def notify_move(event_pk: int, to_sides) -> int:
    """Mail `to_sides` about the event; the number of messages sent."""
    event = (VisitEvent.objects
             .select_related("request__requesting_region", "request__host_region",
                             "actor__participant")
             .get(pk=event_pk))
    sent = 0
    with translation.override(settings.LANGUAGE_CODE):
        for side in sorted(to_sides):
            recipients = side_recipients(event.request, side)
            if not recipients:
                continue
            try:
                sent += move_message(event, side, recipients).send()
            except Exception:  # the move is committed; a mail outage must not undo it
                logger.exception("visit %s: mail to the %s side failed",
                                 event.request_id, side)
    return sent
