"""
Loads the demo content from `lms.demo.data` into the database, idempotently.

Everything is looked up by its natural key (slug, username, NIP, acronym, title,
delegation name, a course's quiz kind, a delegation's enrolments in a course) before it
is created, so a second run creates nothing and edits made in the admin survive.
`scale` adds numbered copies of every course, case study and article, for benchmarks
(the quizzes and the learners stay on the originals).

The learning (enrolments, lessons done, pre-/post-test attempts) is made through
courses.services, as the learners' clicks would make it; only the dates are set
afterwards, since the services stamp "now".
"""

import datetime
import json
import random
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.test.utils import override_settings
from wagtail.documents import get_document_model
from wagtail.models import Page

from casestudies.models import (
    ArticleIndexPage,
    ArticlePage,
    CaseStudyContact,
    CaseStudyIndexPage,
    CaseStudyPage,
    CaseStudyTimelineEvent,
)
from courses.models import (
    CourseIndexPage,
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
from courses.services import (
    delegation_enroll,
    lesson_complete,
    quiz_attempt_start,
    quiz_attempt_submit,
)
from directory.models import Agency, Participant, Region, Regulation, Topic
from directory.services import participant_create
from home.models import FeaturedCaseStudy, FeaturedCourse, HomePage
from training.attendance import attendance_mark
from training.certificates import certificates_issue_bulk
from training.models import Attendance, Certificate, Programme, Registration, Session, Stage
from training.registration import delegation_register, registration_create
from visits.models import Delegation, DelegationMember

from .data import casestudies as casestudy_data
from .data import courses as course_data
from .data import directory as directory_data
from .data import learning as learning_data
from .data import people as people_data
from .data import programmes as programme_data
from .data import quizzes as quiz_data
from .data.search import seed_search
from .visits_loader import load_visits

HOME_HERO_TEXT = (
    "Kota Baubau belajar SIPD dari Kabupaten Tuban lewat Zoom, lalu mengajarkannya kepada "
    "Kabupaten Konawe Utara. Lintas mengumpulkan pengalaman seperti ini menjadi studi kasus, "
    "kursus dan bimtek, agar daerah berikutnya menemukan gurunya dalam hitungan menit."
)
INDEX_PAGES = [
    (CourseIndexPage, "kursus", "Katalog Kursus",
     "<p>Kursus yang disusun fasilitator dari daerah yang sudah berhasil.</p>"),
    (CaseStudyIndexPage, "studi-kasus", "Studi Kasus",
     "<p>Apa yang dilakukan daerah lain, langkah demi langkah, dan apa hasilnya.</p>"),
    (ArticleIndexPage, "praktik-baik", "Praktik Baik",
     "<p>Artikel praktik baik dari laporan dan pemberitaan, lengkap dengan sumbernya.</p>"),
]


class Counter:
    """Counts what a run created, per kind, for the command's report."""

    def __init__(self):
        self.created: dict[str, int] = {}

    def add(self, kind: str, created: bool = True, count: int = 1) -> None:
        self.created.setdefault(kind, 0)
        if created:
            self.created[kind] += count


def stream(items: list) -> str:
    """Turn [("type", value), ...] from the data files into StreamField JSON."""
    return json.dumps([{"type": t, "value": v, "id": str(uuid.uuid4())} for t, v in items])


def publish_child(parent: Page, page: Page, counter: Counter, kind: str) -> Page:
    """Add `page` under `parent` unless a child with its slug exists; publish it."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing:
        counter.add(kind, created=False)
        return existing.specific
    parent.add_child(instance=page)
    page.save_revision().publish()
    counter.add(kind)
    return page


@transaction.atomic
def load_demo(scale: int = 1, log: Callable[[str], None] = print) -> dict[str, int]:
    """Create whatever demo content is missing; return what was created, per kind."""
    counter = Counter()
    load_directory(counter)
    load_people(counter)
    load_roles(counter)
    load_profiles(counter)
    load_delegations(counter)
    home = HomePage.objects.get()
    indexes = {model: ensure_index(home, model, slug, title, intro, counter)
               for model, slug, title, intro in INDEX_PAGES}
    documents = load_documents(counter)
    for copy in range(1, scale + 1):
        for course in course_data.COURSES:
            load_course(indexes[CourseIndexPage], course, documents, copy, counter)
        for case in casestudy_data.CASE_STUDIES:
            load_case_study(indexes[CaseStudyIndexPage], case, copy, counter)
        for article in casestudy_data.ARTICLES:
            load_article(indexes[ArticleIndexPage], article, copy, counter)
    load_quizzes(counter)
    load_learning(counter)
    load_programmes(counter)
    load_visits(counter)
    load_draft_course(indexes[CourseIndexPage], people_data.DRAFT_COURSE, counter)
    load_home(home, counter)
    seed_search(counter)  # synonyms and promoted results, then the search index
    for kind, count in sorted(counter.created.items()):
        log(f"  {kind}: {count} created")
    return counter.created


def load_directory(counter: Counter) -> None:
    regions = {}
    for slug, name, short, kind, code, parent, zone in directory_data.REGIONS:
        regions[slug], created = Region.objects.get_or_create(
            slug=slug,
            defaults=dict(name=name, short_name=short, kind=kind, code=code,
                          parent=regions.get(parent), timezone=zone),
        )
        counter.add("regions", created)
    for region_slug, acronym, name in directory_data.AGENCIES:
        _obj, created = Agency.objects.get_or_create(
            region=regions[region_slug], acronym=acronym, defaults={"name": name}
        )
        counter.add("agencies", created)
    for slug, name, description in directory_data.TOPICS:
        _obj, created = Topic.objects.get_or_create(
            slug=slug, defaults={"name": name, "description": description}
        )
        counter.add("topics", created)
    for short, kind, number, year, title, issuer, region in directory_data.REGULATIONS:
        _obj, created = Regulation.objects.get_or_create(
            kind=kind, number=number, year=year, issuer=issuer,
            defaults=dict(short_name=short, title=title, issuer_region=regions.get(region)),
        )
        counter.add("regulations", created)


def load_people(counter: Counter) -> None:
    User = get_user_model()
    for username, first, last, email, _role, superuser in people_data.USERS:
        user, created = User.objects.get_or_create(
            username=username,
            defaults=dict(first_name=first, last_name=last, email=email,
                          is_staff=superuser, is_superuser=superuser),
        )
        if created:
            user.set_password(people_data.DEMO_PASSWORD)
            user.save(update_fields=["password"])
        counter.add("users", created)


def load_roles(counter: Counter) -> None:
    """Put each demo account in the group of its role (the groups come by migration)."""
    groups = {group.name: group for group in Group.objects.filter(
        name__in=set(people_data.GROUPS.values()))}
    users = get_user_model().objects.filter(username__in=people_data.GROUPS)
    for user in users:
        group = groups[people_data.GROUPS[user.username]]
        added = not user.groups.filter(pk=group.pk).exists()
        if added:
            user.groups.add(group)
        counter.add("group memberships", added)


def load_profiles(counter: Counter) -> None:
    """Give each demo account (not the superuser) its ASN profile, by account."""
    users = get_user_model().objects.filter(username__in=people_data.PROFILES)
    for user in users:
        if Participant.objects.filter(user=user).exists():
            counter.add("participants", created=False)
            continue
        spec = people_data.PROFILES[user.username]
        region = Region.objects.get(slug=spec["region"])
        participant = Participant(
            user=user, nip=spec["nip"], full_name=spec["full_name"],
            position=spec["position"], rank=spec["rank"], region=region,
            agency=Agency.objects.get(region=region, acronym=spec["agency"]),
            phone=spec["phone"], email=user.email,
        )
        participant.full_clean()
        participant.save()
        counter.add("participants")


def load_delegations(counter: Counter) -> None:
    """The two real delegations, with their fictional members, by name and NIP."""
    User = get_user_model()
    for spec in people_data.DELEGATIONS:
        home_region = Region.objects.get(slug=spec["home_region"])
        members = [member_participant(home_region, person, counter)
                   for person in spec["members"]]
        members += list(Participant.objects.filter(user__username__in=spec["demo_members"]))
        delegation = Delegation.objects.filter(name=spec["name"]).first()
        counter.add("delegations", created=delegation is None)
        if delegation is None:
            delegation = Delegation(
                name=spec["name"], home_region=home_region,
                host_region=Region.objects.get(slug=spec["host_region"]),
                purpose=spec["purpose"],
                start_date=datetime.date.fromisoformat(spec["start_date"]),
                end_date=datetime.date.fromisoformat(spec["end_date"]),
                leader=Participant.objects.get(nip=spec["leader"]),
            )
            delegation.full_clean()
            delegation.save()
            delegation.topics.set(Topic.objects.filter(slug__in=spec["topics"]))
            delegation.coordinators.set(User.objects.filter(username__in=spec["coordinators"]))
        for participant in members:
            _member, created = DelegationMember.objects.get_or_create(
                delegation=delegation, participant=participant
            )
            counter.add("delegation members", created)


def member_participant(region: Region, person: dict, counter: Counter) -> Participant:
    """The delegation member with this NIP, created (without a password) if missing."""
    participant = Participant.objects.filter(nip=person["nip"]).first()
    counter.add("participants", created=participant is None)
    if participant is None:
        participant = participant_create(
            full_name=person["full_name"], region=region, nip=person["nip"],
            email=person["email"], agency=Agency.objects.get(region=region,
                                                             acronym=person["agency"]),
            position=person["position"], rank=person["rank"], phone=person["phone"],
        )
    return participant


@contextmanager
def no_notification_mail() -> Iterator[None]:
    """Wagtail mails the reviewers when a page is submitted; a seed run mails no one."""
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        yield


def load_draft_course(index, spec: dict, counter: Counter) -> None:
    """
    A trainer's course as a draft submitted to review: never published, owned and
    revised by the trainer, and in progress in the page's workflow (the organisers'
    review queue), the same steps as "Submit for review" in the admin.
    """
    if index.get_children().filter(slug=spec["slug"]).exists():
        counter.add("draft courses", created=False)
        return
    owner = get_user_model().objects.get(username=spec["owner"])
    course = CoursePage(
        title=spec["title"],
        slug=spec["slug"],
        summary=spec["summary"],
        description=spec["description"],
        learning_objectives=stream([("objective", o) for o in spec["learning_objectives"]]),
        host_region=Region.objects.get(slug=spec["host_region"]),
        level=spec["level"],
        jp_hours=spec["jp_hours"],
        owner=owner,
        live=False,
    )
    course.topics = list(Topic.objects.filter(slug__in=spec["topics"]))
    course.trainers = list(get_user_model().objects.filter(username__in=spec["trainers"]))
    course.tags.add(*spec["tags"])
    index.add_child(instance=course)
    course.save_revision(user=owner, log_action=True)
    workflow = course.get_workflow()
    if workflow is not None:
        with no_notification_mail():
            workflow.start(course, owner)
    counter.add("draft courses")


def ensure_index(home, model, slug, title, intro, counter):
    page = model(title=title, slug=slug, intro=intro, show_in_menus=True)
    return publish_child(home, page, counter, "index pages")


def load_documents(counter: Counter) -> dict:
    Document = get_document_model()
    documents = {}
    for spec in course_data.DOCUMENTS:
        document = Document.objects.filter(title=spec["title"]).first()
        counter.add("documents", created=document is None)
        if document is None:
            content = spec["content"].encode()
            document = Document(title=spec["title"], file_size=len(content))
            document.file.save(spec["filename"], ContentFile(content), save=False)
            document._set_file_hash()
            document.save()
        documents[spec["key"]] = document.pk
    return documents


def copy_suffix(copy: int) -> tuple[str, str]:
    """Slug and title suffixes for the numbered copies made by --scale."""
    return ("", "") if copy == 1 else (f"-salinan-{copy}", f" (salinan {copy})")


def resolve_documents(body: list, documents: dict) -> list:
    return [
        (kind, {**value, "document": documents[value["document"]]}) if kind == "document"
        else (kind, value)
        for kind, value in body
    ]


def load_course(index, spec: dict, documents: dict, copy: int, counter: Counter) -> None:
    slug_suffix, title_suffix = copy_suffix(copy)
    course = CoursePage(
        title=spec["title"] + title_suffix,
        slug=spec["slug"] + slug_suffix,
        summary=spec["summary"],
        description=spec["description"],
        learning_objectives=stream([("objective", o) for o in spec["learning_objectives"]]),
        host_region=Region.objects.get(slug=spec["host_region"]),
        level=spec["level"],
        jp_hours=spec["jp_hours"],
        enrolment_open=spec["enrolment_open"],
    )
    course.topics = list(Topic.objects.filter(slug__in=spec["topics"]))
    course.trainers = list(get_user_model().objects.filter(username__in=spec["trainers"]))
    course.tags.add(*spec["tags"])
    course = publish_child(index, course, counter, "courses")
    for module_spec in spec["modules"]:
        module = publish_child(
            course,
            ModulePage(title=module_spec["title"], slug=module_spec["slug"],
                       intro=module_spec["intro"]),
            counter, "modules",
        )
        for lesson in module_spec["lessons"]:
            publish_child(
                module,
                LessonPage(title=lesson["title"], slug=lesson["slug"], summary=lesson["summary"],
                           duration_minutes=lesson["duration_minutes"],
                           body=stream(resolve_documents(lesson["body"], documents))),
                counter, "lessons",
            )


def load_case_study(index, spec: dict, copy: int, counter: Counter) -> None:
    slug_suffix, title_suffix = copy_suffix(copy)
    page = CaseStudyPage(
        title=spec["title"] + title_suffix,
        slug=spec["slug"] + slug_suffix,
        region=Region.objects.get(slug=spec["region"]),
        date=datetime.date.fromisoformat(spec["date"]),
        summary=spec["summary"],
        problem=spec["problem"],
        approach=stream([("step", step) for step in spec["approach"]]),
        results=stream(spec["results"]),
        lessons_learned=spec["lessons_learned"],
    )
    page.topics = list(Topic.objects.filter(slug__in=spec["topics"]))
    page.regulations = list(Regulation.objects.filter(short_name__in=spec["regulations"]))
    page.related_courses = list(CoursePage.objects.filter(slug__in=spec["related_courses"]))
    page.tags.add(*spec["tags"])
    page.timeline_events = [
        CaseStudyTimelineEvent(date=datetime.date.fromisoformat(e["date"]), title=e["title"],
                               description=e["description"])
        for e in spec["timeline"]
    ]
    page.contacts = [contact(c) for c in spec["contacts"]]
    publish_child(index, page, counter, "case studies")


def contact(spec: dict) -> CaseStudyContact:
    region_slug, acronym = spec["agency"].split(":", 1)
    agency = Agency.objects.filter(region__slug=region_slug, acronym=acronym).first()
    return CaseStudyContact(name=spec["name"], role=spec["role"], agency=agency,
                            email=spec["email"], phone=spec["phone"])


def load_article(index, spec: dict, copy: int, counter: Counter) -> None:
    slug_suffix, title_suffix = copy_suffix(copy)
    page = ArticlePage(
        title=spec["title"] + title_suffix,
        slug=spec["slug"] + slug_suffix,
        date=datetime.date.fromisoformat(spec["date"]),
        summary=spec["summary"],
        region=Region.objects.filter(slug=spec["region"]).first() if spec["region"] else None,
        body=stream(spec["body"]),
        source_name=spec["source_name"],
        source_url=spec["source_url"],
        source_date=(datetime.date.fromisoformat(spec["source_date"])
                     if spec.get("source_date") else None),
    )
    page.topics = list(Topic.objects.filter(slug__in=spec["topics"]))
    page.tags.add(*spec["tags"])
    publish_child(index, page, counter, "articles")


def load_quizzes(counter: Counter) -> None:
    """
    The pre- and post-test of each demo course (not of the --scale copies), by course
    and kind, with their questions and options, saved as the admin's Quizzes snippet
    saves them. An existing quiz is left as it is (edits made in the admin survive).
    """
    slugs = {spec["course"] for spec in quiz_data.QUIZZES}
    courses = {course.slug: course for course in CoursePage.objects.filter(slug__in=slugs)}
    existing = set(Quiz.objects.filter(course__in=courses.values())
                   .values_list("course_id", "kind"))
    for spec in quiz_data.QUIZZES:
        course = courses[spec["course"]]
        created = (course.pk, spec["kind"]) not in existing
        counter.add("quizzes", created)
        counter.add("quiz questions", created, count=len(spec["questions"]))
        if not created:
            continue
        quiz = Quiz(course=course, kind=spec["kind"], title=spec["title"],
                    **quiz_data.SETTINGS[spec["kind"]],
                    questions=[quiz_question(n, q) for n, q in enumerate(spec["questions"])])
        quiz.full_clean()
        quiz.save()


def quiz_question(number: int, spec: dict) -> Question:
    return Question(sort_order=number, kind=spec["kind"], text=spec["text"],
                    explanation=spec["explanation"],
                    options=[Option(sort_order=n, text=text, is_correct=correct)
                             for n, (text, correct) in enumerate(spec["options"])])


@dataclass
class CourseRun:
    """What every learner of one delegation's course shares while their paths are played."""

    course: CoursePage
    lessons: list[LessonPage]
    quizzes: dict[str, Quiz]
    questions: dict[str, list[Question]]
    start: datetime.datetime


LEARNING_KINDS = ["enrolments", "lessons done", "quiz attempts"]


def load_learning(counter: Counter) -> None:
    """
    Each delegation enrolled in its course by its coordinator, then every learner's path
    (lms/demo/data/learning.py) played through the services and dated after the visit.
    Done once: a delegation with enrolments in its course already is left alone.
    """
    for spec in learning_data.ENROLMENTS:
        delegation = Delegation.objects.select_related("home_region").get(
            name=spec["delegation"])
        course = CoursePage.objects.get(slug=spec["course"])
        if Enrollment.objects.filter(course=course, delegation=delegation).exists():
            for kind in LEARNING_KINDS:
                counter.add(kind, created=False)
            continue
        coordinator = get_user_model().objects.get(username=spec["enrolled_by"])
        enrolled, _members = delegation_enroll(user=coordinator, delegation=delegation,
                                               course=course)
        counter.add("enrolments", count=enrolled)
        run = course_run(course, datetime.datetime.fromisoformat(spec["enrolled_at"])
                         .replace(tzinfo=ZoneInfo(delegation.home_region.timezone)))
        Enrollment.objects.filter(course=course, delegation=delegation).update(
            enrolled_at=run.start)
        for place, path in enumerate(spec["learners"]):
            follow_path(demo_learner(path["who"]), path, place, run, counter)


def course_run(course: CoursePage, start: datetime.datetime) -> CourseRun:
    ids = [lesson.pk for _module, lessons in course.outline() for lesson in lessons]
    pages = LessonPage.objects.in_bulk(ids)
    quizzes = {quiz.kind: quiz for quiz in Quiz.objects.filter(course=course)}
    questions = {kind: list(quiz.questions.order_by("sort_order", "pk")
                            .prefetch_related("options"))
                 for kind, quiz in quizzes.items()}
    return CourseRun(course, [pages[pk] for pk in ids], quizzes, questions, start)


def demo_learner(who: str):
    """A delegation member by NIP, or a demo account by username."""
    if who.isdigit():
        return Participant.objects.select_related("user").get(nip=who).user
    return get_user_model().objects.get(username=who)


def follow_path(learner, path: dict, place: int, run: CourseRun, counter: Counter) -> None:
    """
    One learner's path: the pre-test the morning after enrolment, the lessons spread
    over `days`, then the post-test attempts a day apart. A passed post-test after the
    last lesson completes the course (the services decide); it is dated then.
    """
    moments = []
    if path["pre"] is not None:
        take_quiz(learner, Quiz.Kind.PRE, path["pre"], place, run,
                  at=run.start + datetime.timedelta(days=1, minutes=30 + 5 * place))
    done = run.lessons[:path["lessons"]]
    for lesson in done:
        lesson_complete(user=learner, lesson=lesson)
    moments += date_lessons(learner, done, path["days"], run)
    for number, right in enumerate(path["post"]):
        moments.append(take_quiz(
            learner, Quiz.Kind.POST, right, place, run,
            at=run.start + datetime.timedelta(days=path["days"] + 1 + number, hours=1)))
    Enrollment.objects.filter(user=learner, course=run.course,
                              status=Enrollment.Status.COMPLETED).update(
        completed_at=max(moments, default=run.start))
    counter.add("lessons done", count=len(done))
    counter.add("quiz attempts", count=len(path["post"]) + (path["pre"] is not None))


def date_lessons(learner, done: list[LessonPage], days: int, run: CourseRun) -> list:
    """Spread the lessons done over `days` after enrolment, in the afternoons, the last
    on day `days`; returns their moments."""
    rows = list(LessonProgress.objects.filter(enrollment__user=learner,
                                              enrollment__course=run.course))
    place = {lesson.pk: n for n, lesson in enumerate(done)}
    for row in rows:
        n = place[row.lesson_id]
        day = -(-(n + 1) * days // len(done))  # ceiling division
        row.completed_at = run.start + datetime.timedelta(days=day, hours=4, minutes=35 * n)
    LessonProgress.objects.bulk_update(rows, ["completed_at"])
    return [row.completed_at for row in rows]


def take_quiz(learner, kind: str, right: int, place: int, run: CourseRun,
              at: datetime.datetime) -> datetime.datetime:
    """
    Start and submit an attempt with `right` questions answered right (which ones
    turns with the learner's place in the list), dated `at`; returns when it was
    submitted. A shuffled quiz gets the same order on every install.
    """
    quiz, questions = run.quizzes[kind], run.questions[kind]
    with seeded_random(f"{quiz.title}/{learner.username}/{at.isoformat()}"):
        attempt = quiz_attempt_start(user=learner, quiz=quiz)
    answers = {question.pk: demo_answer(question, (n - place) % len(questions) < right)
               for n, question in enumerate(questions)}
    quiz_attempt_submit(user=learner, attempt=attempt, answers=answers)
    submitted = at + datetime.timedelta(minutes=20)
    QuizAttempt.objects.filter(pk=attempt.pk).update(started_at=at, submitted_at=submitted)
    return submitted


def demo_answer(question: Question, right: bool) -> list[int]:
    """The options a learner picks: the right ones, or a plausible mistake (one right
    option of several, else the first wrong one)."""
    options = list(question.options.all())
    correct = [option.pk for option in options if option.is_correct]
    if right:
        return correct
    if len(correct) > 1:
        return correct[:1]
    return [next(option.pk for option in options if not option.is_correct)]


@contextmanager
def seeded_random(seed: str) -> Iterator[None]:
    """Python's random numbers from a fixed seed for a moment; the state is restored."""
    state = random.getstate()
    random.seed(seed)
    try:
        yield
    finally:
        random.setstate(state)


PROGRAMME_KINDS = ["programmes", "programme sessions", "registrations",
                   "attendance records", "certificates"]
ATTENDANCE_LETTERS = {"h": Attendance.Status.PRESENT, "i": Attendance.Status.EXCUSED,
                      "s": Attendance.Status.SICK, "a": Attendance.Status.ABSENT}


def load_programmes(counter: Counter) -> None:
    """
    The demo programmes (lms/demo/data/programmes.py), each made once, by slug, the way
    people would have made it: the organiser schedules it, people are registered through
    training.registration (by the organiser, or a coordinator for the delegation), the
    sessions' attendance is marked through training.attendance by a facilitator or the
    organiser, and certificates are issued in bulk through training.certificates. The
    services stamp "now", so the dates are set afterwards, and a past programme is
    registered for before its sessions are added (registration closes at the first
    session) and closed last.
    """
    baubau = Region.objects.get(slug="kota-baubau")
    for person in programme_data.PEOPLE:
        member_participant(baubau, person, counter)
    for spec in programme_data.PROGRAMMES:
        if Programme.objects.filter(slug=spec["slug"]).exists():
            for kind in PROGRAMME_KINDS:
                counter.add(kind, created=False)
            continue
        load_programme(spec, counter)


def load_programme(spec: dict, counter: Counter) -> None:
    host = Region.objects.get(slug=spec["host_region"])
    zone = ZoneInfo(host.timezone)
    programme = Programme(
        title=spec["title"], slug=spec["slug"], kind=spec["kind"], host_region=host,
        host_agency=Agency.objects.get(region=host, acronym=spec["host_agency"]),
        summary=spec["summary"], description=spec["description"],
        jp_hours=spec["jp_hours"], capacity=spec["capacity"],
        min_attendance_percent=spec["min_attendance_percent"],
        require_post_test=spec["require_post_test"], signer_name=spec["signer_name"],
        signer_title=spec["signer_title"], published=True,
    )
    programme.topics = list(Topic.objects.filter(slug__in=spec["topics"]))
    programme.courses = list(CoursePage.objects.filter(slug__in=spec["courses"]))
    programme.stages = [Stage(sort_order=n, title=title, description=description)
                        for n, (title, description) in enumerate(spec["stages"])]
    programme.full_clean()
    programme.save()
    counter.add("programmes")
    register_for_programme(programme, spec["registration"], counter)
    sessions = add_sessions(programme, spec, host, counter)

    def local(text: str) -> datetime.datetime:
        return datetime.datetime.fromisoformat(text).replace(tzinfo=zone)

    if spec["registered_at"]:
        Registration.objects.filter(programme=programme).update(
            created_at=local(spec["registered_at"]),
            status_changed_at=local(spec["registered_at"]))
    if spec["attendance"]:
        mark_demo_attendance(programme, sessions, spec["attendance"], counter)
    if spec["certificates"]:
        issued, _refused = certificates_issue_bulk(
            user=demo_user(spec["certificates"]["by"]), programme=programme)
        Certificate.objects.filter(programme=programme).update(
            issued_at=local(spec["certificates"]["issued_at"]))
        counter.add("certificates", count=len(issued))
    Programme.objects.filter(pk=programme.pk).update(
        registration_deadline=local(spec["registration_deadline"]),
        closed_on=(datetime.date.fromisoformat(spec["closed_on"])
                   if spec["closed_on"] else None),
        **({"created_at": local(spec["created_at"])} if spec["created_at"] else {}))


def demo_user(username: str):
    return get_user_model().objects.get(username=username)


def demo_participant(who: str) -> Participant:
    """A person by NIP, or the profile of a demo account by username."""
    if who.isdigit():
        return Participant.objects.get(nip=who)
    return Participant.objects.get(user__username=who)


def register_for_programme(programme: Programme, spec: dict, counter: Counter) -> None:
    """A coordinator registers their delegation in one step, or someone registers
    each person."""
    user = demo_user(spec["by"])
    if "delegation" in spec:
        delegation_register(user=user, programme=programme,
                            delegation=Delegation.objects.get(name=spec["delegation"]))
    for who in spec.get("people", []):
        registration_create(user=user, programme=programme, participant=demo_participant(who))
    counter.add("registrations", count=Registration.objects.filter(programme=programme)
                .count())


def add_sessions(programme: Programme, spec: dict, host: Region,
                 counter: Counter) -> list[Session]:
    facilitators = list(get_user_model().objects.filter(username__in=spec["facilitators"]))
    sessions = []
    for number, item in enumerate(spec["sessions"]):
        zone_name = item.get("timezone", host.timezone)
        zone = ZoneInfo(zone_name)
        session = Session(
            programme=programme, sort_order=number, stage_number=item["stage"],
            title=item["title"], timezone=zone_name,
            starts_at=datetime.datetime.fromisoformat(item["start"]).replace(tzinfo=zone),
            ends_at=datetime.datetime.fromisoformat(item["end"]).replace(tzinfo=zone),
            venue=item.get("venue", ""), meeting_url=item.get("meeting_url", ""),
        )
        session.full_clean()
        session.save()
        session.facilitators.set(facilitators)
        session.facilitators.commit()  # a ParentalManyToManyField writes on commit()
        sessions.append(session)
    counter.add("programme sessions", count=len(sessions))
    return sessions


def mark_demo_attendance(programme: Programme, sessions: list[Session], spec: dict,
                         counter: Counter) -> None:
    """The roll call of every session, one letter per session and person (h, i, s, a;
    present when not listed), dated a quarter of an hour after the start."""
    user = demo_user(spec["by"])
    people = Participant.objects.filter(
        registrations__programme=programme,
        registrations__status=Registration.Status.REGISTERED).select_related("user")
    for person in people:
        letters = (spec["marks"].get(person.nip) or spec["marks"].get(person.user.username)
                   or "h" * len(sessions))
        for session, letter in zip(sessions, letters, strict=True):
            attendance_mark(user=user, session=session, participant=person,
                            status=ATTENDANCE_LETTERS[letter])
            counter.add("attendance records")
    for session in sessions:
        Attendance.objects.filter(session=session).update(
            recorded_at=session.starts_at + datetime.timedelta(minutes=15))


def load_home(home: HomePage, counter: Counter) -> None:
    """Fill the home page once: hero text and featured items, then publish."""
    if home.hero_text and home.featured_case_studies.exists():
        counter.add("home page", created=False)
        return
    home.hero_text = HOME_HERO_TEXT
    case_studies = CaseStudyPage.objects.live().filter(
        slug__in=[spec["slug"] for spec in casestudy_data.CASE_STUDIES[:3]]
    )
    home.featured_case_studies = [FeaturedCaseStudy(case_study=c) for c in case_studies]
    home.featured_courses = [
        FeaturedCourse(course=c) for c in CoursePage.objects.live().filter(
            slug__in=[spec["slug"] for spec in course_data.COURSES]
        )
    ]
    home.save_revision().publish()
    counter.add("home page")
