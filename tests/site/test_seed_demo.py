"""seed_demo loads the real demo content and a second run changes nothing."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision, WorkflowState

from casestudies.models import ArticlePage, CaseStudyPage
from courses.models import (
    CoursePage,
    Enrollment,
    LessonPage,
    LessonProgress,
    ModulePage,
    Option,
    Question,
    Quiz,
    QuizAttempt,
)
from courses.selectors import course_progress, learner_improvement
from directory.models import Agency, Participant, Region, Regulation, Topic
from directory.roles import ALL_GROUPS, COORDINATOR, ORGANISER, PARTICIPANT, TRAINER
from directory.validators import validate_nip
from lms.demo.data.courses import COURSES
from lms.demo.data.learning import ENROLMENTS
from lms.demo.data.people import ALL_NIPS, DELEGATIONS, DRAFT_COURSE, GROUPS, PROFILES, USERS
from visits.models import Delegation, DelegationMember


def counts() -> dict[str, int]:
    models = [Page, Revision, Region, Agency, Topic, Regulation, get_user_model(),
              CoursePage, ModulePage, LessonPage, CaseStudyPage, ArticlePage,
              Participant, Delegation, DelegationMember, WorkflowState, Quiz, Question,
              Option, Enrollment, LessonProgress, QuizAttempt]
    return {model.__name__: model.objects.count() for model in models}


@pytest.mark.django_db
def test_second_run_creates_nothing():
    before = counts()
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert counts() == before
    assert "created" in out.getvalue()
    assert all(line.endswith(": 0 created") for line in out.getvalue().splitlines()
               if line.endswith("created"))


@pytest.mark.django_db
def test_demo_has_the_real_regions_topics_and_regulations():
    names = set(Region.objects.values_list("name", flat=True))
    for expected in ["Kota Baubau", "Kabupaten Konawe Utara", "Provinsi Sulawesi Tenggara",
                     "Kabupaten Tuban", "Kota Semarang", "Kabupaten Gresik",
                     "Kabupaten Bojonegoro", "Provinsi Sulawesi Selatan",
                     "Provinsi Maluku Utara", "Kementerian Dalam Negeri",
                     "Kementerian Komunikasi dan Informatika"]:
        assert expected in names
    assert Region.objects.get(slug="kota-baubau").parent.slug == "prov-sulawesi-tenggara"
    assert set(Topic.objects.values_list("name", flat=True)) >= {
        "SIPD", "SPBE", "Smart City", "E-Government", "Manajemen Kinerja ASN"}
    assert set(Regulation.objects.values_list("short_name", flat=True)) >= {
        "Permendagri 70/2019", "Inpres 3/2003", "Perwali Baubau 57/2016", "Perpres 95/2018",
        "PermenPANRB 59/2020"}
    assert Agency.objects.filter(region__slug="kota-baubau", acronym="Bappeda").exists()


@pytest.mark.django_db
def test_demo_courses_and_case_studies_are_substantial():
    courses = CoursePage.objects.live()
    assert courses.count() >= 3
    for course in courses:
        assert ModulePage.objects.child_of(course).live().count() >= 3
        assert LessonPage.objects.descendant_of(course).live().count() >= 8
    assert CaseStudyPage.objects.live().count() >= 6
    assert ArticlePage.objects.live().exists()


@pytest.mark.django_db
def test_one_account_per_role_signs_in(client, demo_password):
    for username, *_rest in USERS:
        assert client.login(username=username, password=demo_password), username
    assert get_user_model().objects.get(username="admin").is_superuser


@pytest.mark.django_db
def test_scale_adds_numbered_copies_once():
    call_command("seed_demo", scale=2, stdout=io.StringIO())
    once = counts()
    live = CoursePage.objects.live()
    assert live.count() == 2 * live.exclude(slug__contains="salinan").count()
    assert not CoursePage.objects.filter(slug__contains=DRAFT_COURSE["slug"] + "-salinan")
    call_command("seed_demo", scale=2, stdout=io.StringIO())
    assert counts() == once


@pytest.mark.django_db
def test_demo_links_are_all_resolved():
    """Every topic, regulation and course named in the demo data is linked on its page."""
    from lms.demo.data.casestudies import CASE_STUDIES

    for spec in CASE_STUDIES:
        page = CaseStudyPage.objects.get(slug=spec["slug"])
        assert page.topics.count() == len(spec["topics"]), spec["slug"]
        assert page.regulations.count() == len(spec["regulations"]), spec["slug"]
        assert page.related_courses.count() == len(spec["related_courses"]), spec["slug"]
        assert page.contacts.filter(agency__isnull=False).count() == len(spec["contacts"])


@pytest.mark.django_db
def test_each_demo_account_has_exactly_its_role():
    expected = {"fasilitator": TRAINER, "penyelenggara": ORGANISER,
                "koordinator.konut": COORDINATOR, "koordinator.malut": COORDINATOR,
                "peserta": PARTICIPANT, "koordinator.baubau": COORDINATOR,
                "koordinator.sulsel": COORDINATOR, "koordinator.tuban": COORDINATOR}
    assert GROUPS == expected
    assert set(GROUPS.values()) <= set(ALL_GROUPS)
    users = get_user_model().objects.prefetch_related("groups")
    for username, group in expected.items():
        user = users.get(username=username)
        assert [g.name for g in user.groups.all()] == [group], username
        assert not user.is_superuser and not user.is_staff, username
    assert not users.get(username="admin").groups.exists()


@pytest.mark.django_db
def test_demo_accounts_have_their_asn_profiles():
    where = {"fasilitator": ("kota-baubau", "Bappeda"),
             "penyelenggara": ("kota-baubau", "Bappeda"),
             "koordinator.konut": ("kab-konawe-utara", None),
             "koordinator.malut": ("prov-maluku-utara", "Bappeda"),
             "peserta": ("kab-konawe-utara", "Bappeda"),
             # the hosts and the mentor of the demo visits (issue 8)
             "koordinator.baubau": ("kota-baubau", "Setda"),
             "koordinator.sulsel": ("prov-sulawesi-selatan", "Diskominfo-SP"),
             "koordinator.tuban": ("kab-tuban", "Bappeda")}
    for username, (region, agency) in where.items():
        profile = Participant.objects.get(user__username=username)
        assert profile.region.slug == region, username
        assert profile.agency.region == profile.region, username
        if agency:
            assert profile.agency.acronym == agency, username
        assert profile.nip == PROFILES[username]["nip"]
    assert Participant.objects.get(user__username="koordinator.konut").agency.acronym in {
        "Bappeda", "Setda"}
    assert not Participant.objects.filter(user__username="admin").exists()


def test_every_demo_nip_is_valid_and_unique():
    for nip in ALL_NIPS:
        validate_nip(nip)  # raises ValidationError on a bad one
    assert len(set(ALL_NIPS)) == len(ALL_NIPS)
    assert all(nip.isdigit() and len(nip) == 18 for nip in ALL_NIPS)


@pytest.mark.django_db
def test_every_stored_nip_is_valid():
    nips = list(Participant.objects.exclude(nip="").values_list("nip", flat=True))
    assert set(ALL_NIPS) <= set(nips)
    for nip in nips:
        validate_nip(nip)


@pytest.mark.django_db
def test_both_real_delegations_exist_with_their_members():
    konut = Delegation.objects.get(home_region__slug="kab-konawe-utara")
    assert konut.host_region.name == "Kota Baubau"
    assert str(konut.start_date) == str(konut.end_date) == "2021-09-24"
    assert list(konut.topics.values_list("name", flat=True)) == ["SIPD"]
    assert [u.username for u in konut.coordinators.all()] == ["koordinator.konut"]
    assert "Sekretaris Daerah Kabupaten Konawe Utara" in konut.purpose
    assert 8 <= konut.members.count() <= 10
    assert konut.members.filter(user__username="peserta").exists()
    assert set(konut.members.values_list("agency__acronym", flat=True)) == {
        "Bappeda", "BPKAD", "Diskominfo", "Setda"}

    malut = Delegation.objects.get(home_region__slug="prov-maluku-utara")
    assert malut.host_region.name == "Provinsi Sulawesi Selatan"
    assert str(malut.start_date) == str(malut.end_date) == "2022-12-05"
    assert list(malut.topics.values_list("name", flat=True)) == ["SPBE"]
    assert [u.username for u in malut.coordinators.all()] == ["koordinator.malut"]
    assert "Wakil Gubernur Maluku Utara" in malut.purpose
    assert 6 <= malut.members.count() <= 8
    assert set(malut.members.values_list("agency__acronym", flat=True)) == {
        "Bappeda", "BPKAD", "Bapenda", "DPMPTSP", "Diskominfo"}

    for delegation, spec in [(konut, DELEGATIONS[0]), (malut, DELEGATIONS[1])]:
        assert delegation.name == spec["name"]
        assert delegation.leader.nip == spec["leader"]
        assert delegation.members.filter(pk=delegation.leader.pk).exists()
        # every member is of the home region, and fictional ones cannot sign in
        assert not delegation.members.exclude(region=delegation.home_region).exists()
        for member in delegation.members.exclude(user__username__in=spec["demo_members"]):
            assert not member.user.has_usable_password(), member
            assert [g.name for g in member.user.groups.all()] == [PARTICIPANT]


@pytest.mark.django_db
def test_the_trainers_draft_course_waits_for_review():
    course = CoursePage.objects.get(slug=DRAFT_COURSE["slug"])
    assert not course.live
    assert course.first_published_at is None
    assert course.get_parent().slug == "kursus"
    assert course.owner.username == "fasilitator"
    assert course.get_latest_revision().user.username == "fasilitator"
    state = WorkflowState.objects.for_instance(course).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by.username == "fasilitator"
    assert state.current_task_state.task.name == "Tinjauan Penyelenggara"
    assert list(state.current_task_state.task.specific.groups.values_list("name", flat=True)) \
        == [ORGANISER]
    assert course not in CoursePage.objects.live()


@pytest.mark.django_db
def test_every_demo_course_has_a_pre_test_and_a_post_test():
    for spec in COURSES:
        quizzes = {q.kind: q for q in Quiz.objects.filter(course__slug=spec["slug"])}
        assert set(quizzes) == {"pre", "post"}, spec["slug"]
        assert (quizzes["pre"].max_attempts, quizzes["post"].max_attempts) == (1, 3)
        kinds = set()
        for quiz in quizzes.values():
            assert quiz.pass_mark == 70
            questions = list(quiz.questions.prefetch_related("options"))
            assert 5 <= len(questions) <= 8, quiz
            for question in questions:
                kinds.add(question.kind)
                right = [o for o in question.options.all() if o.is_correct]
                assert question.explanation and len(question.options.all()) >= 2, question
                assert len(right) == 1 if question.single_answer else len(right) >= 2, question
        assert kinds == {"single", "multiple", "true_false"}, spec["slug"]


@pytest.mark.django_db
@pytest.mark.parametrize("spec", ENROLMENTS, ids=["konut", "malut"])
def test_each_delegation_learns_its_course_at_varied_progress(spec):
    delegation = Delegation.objects.get(name=spec["delegation"])
    enrolments = Enrollment.objects.filter(course__slug=spec["course"],
                                           delegation=delegation).select_related("course")
    assert enrolments.count() == delegation.members.count() == len(spec["learners"])
    assert {e.enrolled_by.username for e in enrolments} == {spec["enrolled_by"]}
    visit = delegation.start_date
    statuses, done = [], []
    for enrolment in enrolments:
        progress = course_progress(enrolment.user, enrolment.course)
        statuses.append(enrolment.status)
        done.append(progress.done)
        dates = [enrolment.enrolled_at, *LessonProgress.objects.filter(
            enrollment=enrolment).values_list("completed_at", flat=True)]
        assert min(dates).date() > visit and enrolment.enrolled_at == min(dates)
        if enrolment.status == "completed":
            assert progress.done == progress.total
            assert enrolment.completed_at > max(dates)
            assert learner_improvement(enrolment) > 0
    total = progress.total
    assert statuses.count("completed") >= 3
    assert 0 in done and any(0 < n < total for n in done)
    # every lesson done, post-test failed: not completed
    assert any(n == total and s == "active" for n, s in zip(done, statuses, strict=True))
    assert not QuizAttempt.objects.filter(enrollment__in=enrolments, submitted_at=None)


@pytest.mark.django_db
def test_the_demo_participant_has_a_half_finished_course_to_resume():
    enrolment = Enrollment.objects.get(user__username="peserta")
    progress = course_progress(enrolment.user, enrolment.course)
    assert enrolment.status == "active" and 0 < progress.done < progress.total
    assert progress.resume_lesson is not None
    attempts = QuizAttempt.objects.filter(enrollment=enrolment)
    assert [(a.quiz.kind, a.submitted_at is not None) for a in attempts] == [("pre", True)]
