"""
The region profile (daerah/<slug>/) and the region list (daerah/).

The public sees what a region shared and learned as published knowledge and counts;
the names of people (who completed a course, who holds a certificate, who owns a
follow-up action) and the region's visit requests only organisers and that region's
coordinators see. The page costs the same number of SQL queries for 3 or 30 visits.
"""

import datetime
import itertools

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from casestudies.models import CaseStudyIndexPage
from courses.models import CoursePage, Enrollment
from directory.models import Region, Topic
from tests.factories.directory import RegionFactory
from tests.factories.pages import CaseStudyPageFactory
from tests.training.helpers import make_participant, make_programme
from training.models import Certificate
from visits.models import (
    FollowUpAction,
    Measurement,
    MentoringMeeting,
    Mentorship,
    OutcomeIndicator,
    VisitRequest,
    VisitState,
)

pytestmark = pytest.mark.django_db

Status = FollowUpAction.Status
DAY = datetime.date(2022, 12, 5)
_serial = itertools.count(1)

# Names only the allowed may read on the profile.
OWNER, LEARNER, HOLDER = "Siti Pemilik Tindakan", "Budi Lulusan Kursus", "Citra Sertifikat"
VISIT_TITLE = "Kunjungan Rahasia ke Tuan Rumah"


def make_visit(region, host, *, title=None, state=VisitState.HELD, actions=1) -> VisitRequest:
    """A held visit of `region` to `host` with `actions` follow-up actions (ORM only)."""
    number = next(_serial)
    visit = VisitRequest.objects.create(
        title=title or f"Kunjungan uji {number}", requesting_region=region,
        host_region=host, learning_goal="Belajar SPBE.", proposed_start=DAY,
        proposed_end=DAY, delegation_size=4, contact_name="Kontak Uji", state=state,
        held_on=DAY)
    for index in range(actions):
        owner = make_participant(region_slug=region.slug, name=f"Pemilik {number}-{index}")
        FollowUpAction.objects.create(
            visit=visit, region=region, title=f"Tindakan {number}-{index}", owner=owner,
            due_date=DAY + datetime.timedelta(days=30),
            status=Status.DONE if index % 2 else Status.IN_PROGRESS)
    return visit


@pytest.fixture
def world():
    """A fresh region with something of everything, and a host region it learned from."""
    region, host = RegionFactory(name="Kabupaten Uji Profil"), RegionFactory()
    visit = make_visit(region, host, title=VISIT_TITLE, actions=0)
    owner = make_participant(region_slug=region.slug, name=OWNER)
    FollowUpAction.objects.create(visit=visit, region=region, title="Peta jalan SPBE",
                                  owner=owner, due_date=DAY, status=Status.DONE)
    FollowUpAction.objects.create(visit=visit, region=region, title="Studi banding OPD",
                                  due_date=DAY, status=Status.IN_PROGRESS)
    make_visit(host, region, actions=0)  # the region hosted one too
    learner = make_participant(region_slug=region.slug, name=LEARNER)
    Enrollment.objects.create(user=learner.user, course=CoursePage.objects.live().first(),
                              status=Enrollment.Status.COMPLETED,
                              completed_at=timezone.now())
    holder = make_participant(region_slug=region.slug, name=HOLDER)
    Certificate.objects.create(number=f"UJI/{next(_serial)}", participant=holder,
                               programme=make_programme(host_slug="kota-baubau"),
                               issued_at=timezone.now(), jp_hours=12)
    add_knowledge(region, host)
    return region, host


def add_knowledge(region, host) -> None:
    """A public and an internal case study, mentoring received, an indicator."""
    index = CaseStudyIndexPage.objects.live().first()
    CaseStudyPageFactory(parent=index, region=region, title="Studi Kasus Terbuka Uji")
    CaseStudyPageFactory(parent=index, region=region, title="Catatan Internal Uji",
                         private_to_region=True)
    mentorship = Mentorship.objects.create(mentor_region=host, mentee_region=region,
                                           goal="SPBE di semua OPD.", started_on=DAY)
    mentorship.topics.add(Topic.objects.get(slug="spbe"))
    MentoringMeeting.objects.create(mentorship=mentorship, held_on=DAY, mode="daring",
                                    meeting_url="https://zoom.us/j/1", attendees="Bappeda",
                                    notes="Awal.")
    indicator = OutcomeIndicator.objects.create(
        region=region, topic=Topic.objects.get(slug="spbe"), name="OPD ber-SPBE uji",
        unit="OPD", target=40)
    Measurement.objects.create(indicator=indicator, measured_on=DAY, value=5)


def coordinator_of(region: Region) -> User:
    return make_participant(region_slug=region.slug, groups=("Koordinator",)).user


def profile(client, region):
    return client.get(reverse("region_profile", args=[region.slug]))


def test_the_public_sees_counts_and_knowledge_but_no_names(client, world):
    region, host = world
    response = profile(client, region)
    assert response.status_code == 200
    text = response.text
    assert "Studi Kasus Terbuka Uji" in text
    assert host.name in text  # the mentor region: mentoring is public
    assert "OPD ber-SPBE uji" in text and "<svg" in text  # the indicator and its chart
    shown = response.context["region"]
    assert (shown.made_count, shown.hosted_count) == (1, 1)
    assert (shown.completions, shown.learners, shown.certificates, shown.jp_hours) == (
        1, 1, 1, 12)
    completion = response.context["completion"]
    assert (completion.done, completion.countable, completion.open) == (1, 2, 1)
    for name in (OWNER, LEARNER, HOLDER, VISIT_TITLE, "Peta jalan SPBE"):
        assert name not in text


def test_internal_case_studies_are_not_listed_publicly(client, world):
    region, _host = world
    response = profile(client, region)
    assert "Catatan Internal Uji" not in response.text
    assert response.context["region"].case_study_count == 1


@pytest.mark.parametrize("who", ["coordinator", "organiser"])
def test_the_regions_coordinator_and_an_organiser_see_the_names(client, world, who):
    region, _host = world
    user = (coordinator_of(region) if who == "coordinator"
            else User.objects.get(username="penyelenggara"))
    client.force_login(user)
    text = profile(client, region).text
    for name in (OWNER, LEARNER, HOLDER, VISIT_TITLE, "Peta jalan SPBE"):
        assert name in text


def test_another_regions_coordinator_sees_only_the_public_part(client, world):
    region, host = world
    client.force_login(coordinator_of(host))  # even the host of one of its visits
    response = profile(client, region)
    assert response.status_code == 200
    assert "Studi Kasus Terbuka Uji" in response.text
    for name in (OWNER, LEARNER, HOLDER, VISIT_TITLE):
        assert name not in response.text


def test_an_unknown_region_is_a_404(client):
    assert client.get(reverse("region_profile", args=["tidak-ada"])).status_code == 404


def test_the_region_list_counts_what_each_region_shared(client, world):
    region, _host = world
    response = client.get(reverse("region_list"))
    assert response.status_code == 200
    listed = {r.pk: r for r in response.context["regions"]}
    mine = listed[region.pk]
    assert (mine.case_study_count, mine.made_count, mine.hosted_count,
            mine.indicator_count) == (1, 1, 1, 1)
    assert reverse("region_profile", args=[region.slug]) in response.text


def _queries(client, region) -> int:
    profile(client, region)  # warm the per-process caches (site root, content types)
    with CaptureQueriesContext(connection) as captured:
        assert profile(client, region).status_code == 200
    return len(captured)


def _region_with(visits: int) -> Region:
    region, host = RegionFactory(), RegionFactory()
    for _ in range(visits):
        make_visit(region, host, actions=2)
        make_visit(host, region, actions=0)
    for index in range(visits // 3 + 1):
        learner = make_participant(region_slug=region.slug)
        Enrollment.objects.create(user=learner.user, course=CoursePage.objects.live().first(),
                                  status=Enrollment.Status.COMPLETED,
                                  completed_at=timezone.now())
        indicator = OutcomeIndicator.objects.create(
            region=region, topic=Topic.objects.get(slug="spbe"), name=f"Indikator {index}",
            unit="OPD")
        Measurement.objects.create(indicator=indicator, measured_on=DAY, value=index)
    add_knowledge(region, host)
    return region


@pytest.mark.parametrize("who", ["anonymous", "coordinator"])
def test_the_number_of_queries_does_not_grow_with_visits(client, who):
    small, large = _region_with(3), _region_with(30)
    counts = []
    for region in (small, large):
        if who == "coordinator":
            client.force_login(coordinator_of(region))
        counts.append(_queries(client, region))
    assert counts[0] == counts[1]
