"""
Shared test helpers for the training app: a programme with sessions, and participants.

    from tests.training.helpers import make_participant, make_programme

`make_programme(...)` builds a programme hosted by a demo region (slugs in
lms/demo/data/directory.py) with `sessions` sessions one day apart, each 09:00-12:00 in
the host region's time zone, the first on `starts` (a date, or an aware datetime whose
local date is used; default: 14 days from today).
"""

import datetime
import itertools
import uuid
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.utils import timezone

from directory.models import Participant, Region
from training.models import Programme, Session

_numbers = itertools.count(1)


def make_programme(*, seats=40, sessions=3, published=True, kind="bimtek",
                   host_slug="kota-baubau", starts=None, facilitators=()) -> Programme:
    region = Region.objects.get(slug=host_slug)
    zone = ZoneInfo(region.timezone)
    if starts is None:
        first_day = timezone.localdate() + datetime.timedelta(days=14)
    elif isinstance(starts, datetime.datetime):
        first_day = starts.astimezone(zone).date()
    else:
        first_day = starts
    number = next(_numbers)
    programme = Programme.objects.create(
        title=f"Bimtek uji {number}", slug=f"bimtek-uji-{number}-{uuid.uuid4().hex[:6]}",
        kind=kind, host_region=region, summary="Program untuk pengujian.",
        jp_hours=12, capacity=seats, published=published,
    )
    for index in range(sessions):
        day = first_day + datetime.timedelta(days=index)
        session = Session.objects.create(
            programme=programme, sort_order=index, stage_number=None,
            title=f"Sesi {index + 1}",
            starts_at=datetime.datetime.combine(day, datetime.time(9), tzinfo=zone),
            ends_at=datetime.datetime.combine(day, datetime.time(12), tzinfo=zone),
            timezone=region.timezone, venue="Aula Kantor Wali Kota",
        )
        if facilitators:  # a ParentalManyToManyField writes on commit()
            session.facilitators.set(facilitators)
            session.facilitators.commit()
    return programme


def make_participant(*, region_slug="kab-konawe-utara", username=None, name=None,
                     groups=("Peserta",)) -> Participant:
    """A new user with a participant profile in the region (and the given groups)."""
    from django.contrib.auth.models import Group

    number = next(_numbers)
    username = username or f"peserta.uji.{number}"
    user = get_user_model().objects.create_user(username=username, password="x-test-pass")
    if groups:
        user.groups.set(Group.objects.filter(name__in=groups))
    return Participant.objects.create(
        user=user, full_name=name or f"Peserta Uji {number}",
        region=Region.objects.get(slug=region_slug),
    )
