"""
Mentoring between regions (Tuban mentors Baubau on SIPD): the services
(visits.mentoring) and the pages under pendampingan/, for each role. The coordinators of
either region and organisers see and write; a third region's coordinator gets 404, other
signed-in people 403 on the list, anonymous visitors the sign-in page.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from directory.models import Topic
from lms.errors import AccessDenied, DomainError
from visits.mentoring import meeting_record, mentorship_create
from visits.models import FollowUpAction, MentoringMeeting, Mentorship, VisitState

from .test_followup import (
    BAUBAU,
    KONUT,
    MALUT,
    TUBAN,
    make_action,
    make_coordinator,
    make_mentorship,
    make_organiser,
    make_person,
    make_visit,
    region,
)

Status = FollowUpAction.Status
pytestmark = pytest.mark.django_db
ZOOM = "https://zoom.us/j/81234567890"


def meeting(user, mentorship, **data):
    values = {"held_on": datetime.date(2021, 4, 12), "mode": "daring", "meeting_url": ZOOM,
              "attendees": "Bappeda Tuban\nBappeda Baubau", "notes": "Alur input RKA di SIPD."}
    values.update(data)
    return meeting_record(user=user, mentorship=mentorship, **values)


@pytest.fixture
def people():
    return {"mentor": make_coordinator(TUBAN), "mentee": make_coordinator(BAUBAU),
            "third": make_coordinator(MALUT), "organiser": make_organiser(),
            "participant": make_person(BAUBAU).user,
            "trainer": make_person(BAUBAU, group="Fasilitator").user}


# --- Services ------------------------------------------------------------------------

@pytest.mark.parametrize("who", ["mentor", "mentee", "organiser"])
def test_either_regions_coordinator_or_an_organiser_starts_a_mentoring(people, who):
    sipd = Topic.objects.get(slug="sipd")
    mentorship = mentorship_create(
        user=people[who], mentor_region=region(TUBAN), mentee_region=region(BAUBAU),
        goal="Seluruh OPD menyusun RKA di SIPD.", started_on=datetime.date(2021, 3, 1),
        topics=[sipd], mentor_contact="Kabid Bappeda Tuban")
    assert (mentorship.mentor_region.slug, mentorship.mentee_region.slug) == (TUBAN, BAUBAU)
    assert list(mentorship.topics.all()) == [sipd]


@pytest.mark.parametrize("who", ["third", "participant", "trainer"])
def test_nobody_else_starts_one(people, who):
    with pytest.raises(AccessDenied) as refused:
        mentorship_create(user=people[who], mentor_region=region(TUBAN),
                          mentee_region=region(BAUBAU), goal="x",
                          started_on=datetime.date(2021, 3, 1))
    assert refused.value.code == "mentorship_forbidden"
    assert not Mentorship.objects.filter(mentor_region__slug=TUBAN, goal="x").exists()


def test_mentorship_refusals(people):
    with pytest.raises(DomainError) as refused:
        mentorship_create(user=people["organiser"], mentor_region=region(TUBAN),
                          mentee_region=region(TUBAN), goal="x",
                          started_on=datetime.date(2021, 3, 1))
    assert refused.value.code == "same_region"
    with pytest.raises(DomainError) as refused:  # Konut's visit does not lead to Baubau's
        mentorship_create(user=people["organiser"], mentor_region=region(TUBAN),
                          mentee_region=region(BAUBAU), goal="x",
                          started_on=datetime.date(2021, 3, 1), visit=make_visit())
    assert refused.value.code == "visit_other_region"
    malut_visit = make_visit(requester=MALUT, host="prov-sulawesi-selatan")
    with pytest.raises(AccessDenied) as refused:  # Tuban cannot see Malut's visit
        mentorship_create(user=people["mentor"], mentor_region=region(TUBAN),
                          mentee_region=region(MALUT), goal="x",
                          started_on=datetime.date(2021, 3, 1), visit=malut_visit)
    assert refused.value.code == "visit_forbidden"
    with pytest.raises(DomainError) as refused:
        mentorship_create(user=people["organiser"], mentor_region=region(TUBAN),
                          mentee_region=region(BAUBAU), goal="",
                          started_on=datetime.date(2021, 3, 1))
    assert refused.value.code == "invalid_goal"


def test_a_mentoring_may_follow_the_mentored_regions_visit(people):
    visit = make_visit(requester=KONUT, host=BAUBAU)
    mentorship = mentorship_create(user=make_coordinator(KONUT), mentor_region=region(BAUBAU),
                                   mentee_region=region(KONUT), goal="SIPD di semua OPD.",
                                   started_on=datetime.date(2021, 10, 1), visit=visit)
    assert mentorship.visit == visit


def test_meetings_are_recorded_with_the_actions_discussed(people):
    mentorship = make_mentorship()
    action = make_action(mentorship=mentorship)
    recorded = meeting(people["mentor"], mentorship, actions=[action],
                       next_steps="Uji coba di BPKAD.")
    assert list(recorded.actions.all()) == [action]
    on_site = meeting(people["mentee"], mentorship, mode="luring", meeting_url="",
                      location="Aula Bappeda Kota Baubau")
    assert on_site.location.startswith("Aula")


@pytest.mark.parametrize("data, code", [
    ({"mode": "daring", "meeting_url": ""}, "meeting_link"),
    ({"mode": "luring", "meeting_url": "", "location": ""}, "meeting_place"),
    ({"held_on": datetime.date(2999, 1, 1)}, "meeting_in_future"),
    ({"mode": "telepati"}, "invalid_mode"),
    ({"notes": ""}, "invalid_notes"),
])
def test_meeting_refusals(people, data, code):
    mentorship = make_mentorship()
    with pytest.raises(DomainError) as refused:
        meeting(people["mentor"], mentorship, **data)
    assert refused.value.code == code
    assert not mentorship.meetings.exists()


def test_a_meeting_discusses_actions_of_the_mentored_region_only(people):
    mentorship = make_mentorship(mentor=TUBAN, mentee=BAUBAU)
    konut_action = make_action(make_visit(requester=KONUT))
    with pytest.raises(DomainError) as refused:
        meeting(people["organiser"], mentorship, actions=[konut_action])
    assert refused.value.code == "action_other_region"
    assert not MentoringMeeting.objects.filter(mentorship=mentorship).exists()


def test_a_meeting_cannot_name_an_action_its_recorder_cannot_see(people):
    mentorship = make_mentorship(mentor=TUBAN, mentee=BAUBAU)
    hidden = make_action(make_visit(requester=BAUBAU, host="kota-semarang"))
    with pytest.raises(AccessDenied) as refused:  # Tuban: not Baubau's visit to Semarang
        meeting(people["mentor"], mentorship, actions=[hidden])
    assert refused.value.code == "action_forbidden"


def test_a_third_region_records_no_meeting(people):
    mentorship = make_mentorship()
    with pytest.raises(AccessDenied) as refused:
        meeting(people["third"], mentorship)
    assert refused.value.code == "mentorship_forbidden"


# --- Pages ------------------------------------------------------------------------------

def get(client, user, url):
    client.force_login(user)
    return client.get(url)


def detail_url(mentorship):
    return reverse("mentorship_detail", kwargs={"pk": mentorship.pk})


@pytest.mark.parametrize("who, list_status, listed, detail_status", [
    ("mentor", 200, True, 200),
    ("mentee", 200, True, 200),
    ("organiser", 200, True, 200),
    ("third", 200, False, 404),
    ("participant", 403, False, 404),
    ("trainer", 403, False, 404),
])
def test_page_access_per_role(client, people, who, list_status, listed, detail_status):
    mentorship = make_mentorship()
    response = get(client, people[who], reverse("mentorship_list"))
    assert response.status_code == list_status
    if list_status == 200:
        assert (mentorship in list(response.context["mentorships"])) is listed
    assert get(client, people[who], detail_url(mentorship)).status_code == detail_status
    meeting_url = reverse("meeting_add", kwargs={"pk": mentorship.pk})
    assert get(client, people[who], meeting_url).status_code == detail_status


def test_anonymous_visitors_are_sent_to_sign_in(client):
    mentorship = make_mentorship()
    for url in (reverse("mentorship_list"), reverse("mentorship_create"),
                detail_url(mentorship), reverse("meeting_add", kwargs={"pk": mentorship.pk})):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("login"))


def test_the_detail_shows_the_meeting_log_newest_first_and_the_actions(client, people):
    mentorship = make_mentorship()
    mentorship.topics.set(Topic.objects.filter(slug="sipd"))
    done = make_action(mentorship=mentorship, status=Status.DONE, title="Uji coba di BPKAD")
    make_action(mentorship=mentorship, status=Status.IN_PROGRESS, title="RKA semua OPD")
    meeting(people["mentor"], mentorship, held_on=datetime.date(2021, 3, 15),
            notes="Pertemuan pertama.")
    meeting(people["mentor"], mentorship, held_on=datetime.date(2021, 5, 20),
            mode="luring", meeting_url="", location="Kantor Bappeda Tuban",
            notes="Pertemuan kedua.", next_steps="Input RKA.", actions=[done])
    response = get(client, people["mentee"], detail_url(mentorship))
    page = response.content.decode()
    assert page.index("Pertemuan kedua.") < page.index("Pertemuan pertama.")
    assert ZOOM in page and "Kantor Bappeda Tuban" in page and "Input RKA." in page
    assert response.context["completion"].percent == 50
    assert "Uji coba di BPKAD" in page and "RKA semua OPD" in page
    action_page = reverse("mentorship_action", kwargs={"pk": mentorship.pk,
                                                       "action_pk": done.pk})
    assert action_page in page


def test_a_coordinator_starts_a_mentoring_through_the_page(client, people):
    client.force_login(people["mentee"])
    sipd = Topic.objects.get(slug="sipd")
    response = client.post(reverse("mentorship_create"), {
        "mentor_region": region(TUBAN).pk, "mentee_region": region(BAUBAU).pk,
        "goal": "Semua OPD memakai SIPD.", "topics": [sipd.pk], "started_on": "2021-03-01"})
    assert response.status_code == 302
    mentorship = Mentorship.objects.get(goal="Semua OPD memakai SIPD.")
    assert response["Location"] == detail_url(mentorship)


def test_a_coordinator_cannot_start_one_between_two_other_regions(client, people):
    client.force_login(people["mentee"])
    response = client.post(reverse("mentorship_create"), {
        "mentor_region": region(TUBAN).pk, "mentee_region": region(MALUT).pk,
        "goal": "Bukan urusan Baubau.", "started_on": "2021-03-01"})
    assert response.status_code == 403
    assert not Mentorship.objects.filter(goal="Bukan urusan Baubau.").exists()


def test_the_same_region_twice_is_shown_on_the_form(client, people):
    client.force_login(people["organiser"])
    response = client.post(reverse("mentorship_create"), {
        "mentor_region": region(TUBAN).pk, "mentee_region": region(TUBAN).pk,
        "goal": "Sendiri.", "started_on": "2021-03-01"})
    assert response.status_code == 400
    assert response.context["form"].errors.as_data()["mentee_region"][0].code == "same_region"


def test_a_meeting_is_recorded_through_the_page(client, people):
    mentorship = make_mentorship()
    action = make_action(mentorship=mentorship)
    client.force_login(people["mentor"])
    url = reverse("meeting_add", kwargs={"pk": mentorship.pk})
    response = client.post(url, {"held_on": str(timezone.localdate()), "mode": "daring",
                                 "meeting_url": ZOOM, "attendees": "Bappeda Baubau",
                                 "notes": "Review RKA.", "actions": [action.pk]})
    assert response.status_code == 302
    recorded = mentorship.meetings.get()
    assert list(recorded.actions.all()) == [action]


def test_an_online_meeting_without_a_link_is_refused_on_the_form(client, people):
    mentorship = make_mentorship()
    client.force_login(people["mentee"])
    response = client.post(reverse("meeting_add", kwargs={"pk": mentorship.pk}), {
        "held_on": "2021-04-12", "mode": "daring", "attendees": "Bappeda",
        "notes": "Tanpa tautan."})
    assert response.status_code == 400
    assert response.context["form"].errors.as_data()["meeting_url"][0].code == "meeting_link"
    assert not mentorship.meetings.exists()


def test_the_mentored_region_adds_actions_the_mentor_does_not(client, people):
    mentorship = make_mentorship()
    data = {"action-title": "Perwali SIPD", "action-due_date": "2027-03-31"}
    client.force_login(people["mentor"])
    assert client.post(detail_url(mentorship), data).status_code == 403
    client.force_login(people["mentee"])
    assert client.post(detail_url(mentorship), data).status_code == 302
    action = FollowUpAction.objects.get(title="Perwali SIPD")
    assert (action.mentorship, action.region.slug, action.visit) == (mentorship, BAUBAU, None)


def test_a_mentorings_action_page_and_access(client, people):
    mentorship = make_mentorship()
    action = make_action(mentorship=mentorship, title="Uji coba SIPD")
    url = reverse("mentorship_action", kwargs={"pk": mentorship.pk, "action_pk": action.pk})
    assert get(client, people["mentor"], url).status_code == 200
    assert get(client, people["third"], url).status_code == 404
    other = make_mentorship(mentor="kab-gresik", mentee=BAUBAU)
    wrong = reverse("mentorship_action", kwargs={"pk": other.pk, "action_pk": action.pk})
    assert get(client, people["organiser"], wrong).status_code == 404
    client.force_login(people["mentee"])
    response = client.post(url, {"form": "note", "note-text": "Berjalan.",
                                 "note-status": "berjalan"})
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == Status.IN_PROGRESS


def test_a_visit_made_by_the_mentored_region_can_be_chosen(client, people):
    visit = make_visit(requester=BAUBAU, host=TUBAN, state=VisitState.HELD)
    client.force_login(people["mentee"])
    response = client.get(reverse("mentorship_create"))
    assert visit in list(response.context["form"].fields["visit"].queryset)
