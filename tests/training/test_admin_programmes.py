"""The admin saves a programme with its sessions inline: facilitators chosen on a
session must reach the database, or the roll call would be closed to them."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model

from directory.models import Region
from training.models import Programme, Session


@pytest.mark.django_db
def test_a_programme_saved_with_its_sessions_keeps_their_facilitators(client):
    baubau = Region.objects.get(slug="kota-baubau")
    trainer = get_user_model().objects.get(username="fasilitator")
    zone = ZoneInfo(baubau.timezone)
    start = datetime.datetime(2027, 5, 3, 9, tzinfo=zone)
    # The way the admin's ClusterForm builds it: the session is a child of the unsaved
    # programme, its facilitators set in memory, and one save() of the programme.
    programme = Programme(title="Bimtek uji admin", slug="bimtek-uji-admin", kind="bimtek",
                          host_region=baubau, summary="Uji.", capacity=10, published=True)
    session = Session(title="Sesi 1", starts_at=start, ends_at=start + datetime.timedelta(hours=3),
                      timezone=baubau.timezone, venue="Aula")
    session.facilitators = [trainer]
    programme.sessions = [session]
    programme.save()

    stored = Session.objects.get(programme__slug="bimtek-uji-admin")
    assert list(stored.facilitators.all()) == [trainer]
    client.force_login(trainer)
    assert client.get(f"/program/sesi/{stored.pk}/presensi/").status_code == 200
