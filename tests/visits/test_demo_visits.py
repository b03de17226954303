"""The demo study visits (lms/demo/data/visits.py), as the seed leaves them."""

import datetime
import io

import pytest
from django.core.management import call_command

from lms.demo.data.visits import KEMENDAGRI_VISIT, KONUT_VISIT, MALUT_VISIT
from training.models import EvaluationResponse
from visits.followup import completion
from visits.models import (
    FollowUpAction,
    Measurement,
    MentoringMeeting,
    Mentorship,
    VisitEvent,
    VisitRequest,
    VisitState,
)

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {model.__name__: model.objects.count()
            for model in (VisitRequest, VisitEvent, FollowUpAction, Mentorship,
                          MentoringMeeting, Measurement, EvaluationResponse)}


def test_konut_request_to_baubau_went_from_letter_to_follow_up():
    visit = VisitRequest.objects.get(title=KONUT_VISIT)
    assert (visit.requesting_region.slug, visit.host_region.slug) == (
        "kab-konawe-utara", "kota-baubau")
    assert visit.state == VisitState.FOLLOW_UP
    assert visit.proposed_start == datetime.date(2021, 9, 24)
    assert visit.letter.open("rb").read(5) == b"%PDF-"
    assert list(visit.events.values_list("to_state", flat=True)) == [
        "diajukan", "ditinjau", "disetujui", "terjadwal", "terlaksana", "tindak_lanjut"]
    assert visit.events.first().at.date() == datetime.date(2021, 9, 2)
    assert visit.programme.sessions.first().venue == "Aula Kantor Wali Kota Baubau"
    assert visit.programme.evaluations.count() == 4
    done = completion(visit.actions.all(), today=datetime.date(2026, 1, 1))
    assert (done.done, done.countable) == (2, 4)  # partly done, as the issue tells it


def test_malut_kunker_follows_spbe_from_five_opds():
    visit = VisitRequest.objects.get(title=MALUT_VISIT)
    assert visit.held_on == datetime.date(2022, 12, 5)
    indicator = visit.indicators.get()
    first = indicator.measurements.order_by("measured_on").first()
    assert (first.measured_on, first.value, indicator.region.slug) == (
        datetime.date(2022, 12, 5), 5, "prov-maluku-utara")
    titles = " ".join(visit.actions.values_list("title", flat=True))
    assert "Studi banding" in titles and "narasumber" in titles


def test_tuban_mentors_baubau_over_zoom_and_baubau_sent_40_to_kemendagri():
    mentorship = Mentorship.objects.get(mentor_region__slug="kab-tuban",
                                        mentee_region__slug="kota-baubau")
    meetings = list(mentorship.meetings.all())
    assert len(meetings) == 3
    assert all(m.mode == "daring" and "zoom.us" in m.meeting_url for m in meetings)
    training = VisitRequest.objects.get(title=KEMENDAGRI_VISIT)
    assert (training.delegation_size, training.host_region.slug, training.state) == (
        40, "kemendagri", VisitState.CLOSED)


def test_seeding_again_creates_no_visit_content():
    before = counts()
    call_command("seed_demo", stdout=io.StringIO())
    assert counts() == before
