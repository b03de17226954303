"""
Loads the demo study visits (lms/demo/data/visits.py) through the visit services, the way
the two regions would have worked on them: the requester submits (with the letter), the
host reviews and approves, the agenda is set, the visit is held, the follow-up plan is
written and its progress noted, the participants evaluate, indicators are measured.

Idempotent: a request is looked up by title and a mentorship by its two regions before
anything is made; a second run creates nothing. The services stamp "now" where they do
not take `at`, so those dates are set afterwards.
"""

import datetime
import io
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test.utils import override_settings
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas

from directory.models import Agency, Participant, Region, Topic
from training.evaluation import evaluation_submit
from training.models import EvaluationResponse, Programme
from visits.followup import followup_action_create, followup_note_add
from visits.indicators import indicator_create, measurement_record
from visits.lifecycle import visit_request_move, visit_request_submit
from visits.mentoring import meeting_record, mentorship_create
from visits.models import (
    Delegation,
    FollowUpAction,
    Mentorship,
    VisitRequest,
)

from .data import visits as visit_data

LIKERT_ITEMS = list(EvaluationResponse.ITEMS)


def load_visits(counter) -> None:
    """Every demo visit and mentorship; the services' emails go nowhere during a seed."""
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        _load_visits(counter)


def _load_visits(counter) -> None:
    for spec in visit_data.VISIT_REQUESTS:
        if VisitRequest.objects.filter(title=spec["title"]).exists():
            counter.add("visit requests", created=False)
            continue
        load_visit(spec, counter)
    for spec in visit_data.MENTORSHIPS:
        load_mentorship(spec, counter)


def user(username: str):
    return get_user_model().objects.get(username=username)


def person(who: str | None) -> Participant | None:
    """A person by NIP, or the profile of a demo account by username."""
    if not who:
        return None
    if who.isdigit():
        return Participant.objects.get(nip=who)
    return Participant.objects.get(user__username=who)


def moment(text: str, region: Region) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(region.timezone))


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)


def load_visit(spec: dict, counter) -> None:
    requester = Region.objects.get(slug=spec["requesting_region"])
    host = Region.objects.get(slug=spec["host_region"])
    name, phone, email = spec["contact"]
    letter = (SimpleUploadedFile("surat-permohonan.pdf", letter_pdf(spec["letter"]),
                                 content_type="application/pdf")
              if spec["letter"] else None)
    visit = visit_request_submit(
        user=user(spec["requested_by"]), requesting_region=requester, host_region=host,
        title=spec["title"], learning_goal=spec["learning_goal"],
        topics=list(Topic.objects.filter(slug__in=spec["topics"])),
        proposed_start=day(spec["proposed_start"]), proposed_end=day(spec["proposed_end"]),
        delegation_size=spec["delegation_size"], contact_name=name, contact_phone=phone,
        contact_email=email, letter=letter, letter_number=spec["letter_number"],
        delegation=(Delegation.objects.get(name=spec["delegation"])
                    if spec["delegation"] else None),
        at=moment(spec["submitted_at"], requester),
    )
    counter.add("visit requests")
    for action, by, at, note, data in spec["moves"]:
        if "programme" in data:
            data = {**data, "programme": Programme.objects.get(slug=data["programme"])}
        visit = visit_request_move(user=user(by), visit=visit, action=action, note=note,
                                   at=moment(at, host), **data)
    planner = user(spec["requested_by"])
    for action in spec["actions"]:
        load_action(action, planner, requester, counter, visit=visit)
    for nip, scores, liked, improve in spec["evaluations"]:
        evaluation_submit(user=person(nip).user, programme=visit.programme,
                          answers=dict(zip(LIKERT_ITEMS, scores, strict=True)),
                          liked=liked, improve=improve)
        counter.add("evaluations")
    for indicator in spec["indicators"]:
        load_indicator(indicator, planner, requester, visit, counter)
    if spec.get("close"):
        by, at, note = spec["close"]
        visit_request_move(user=user(by), visit=visit, action="close", note=note,
                           at=moment(at, requester))
    VisitRequest.objects.filter(pk=visit.pk).update(
        created_at=moment(spec["submitted_at"], requester))


def load_action(spec: dict, planner, region: Region, counter, *, visit=None,
                mentorship=None) -> FollowUpAction:
    action = followup_action_create(
        user=planner, visit=visit, mentorship=mentorship, title=spec["title"],
        due_date=day(spec["due"]), owner=person(spec["owner"]),
        owner_agency=Agency.objects.get(region=region, acronym=spec["agency"]),
        topic=(visit.topics.first() if visit else mentorship.topics.first()),
    )
    counter.add("follow-up actions")
    for date, text, status, link in spec["notes"]:
        followup_note_add(user=planner, action=action, text=text, evidence_url=link,
                          status=status, at=moment(f"{date}T10:00", region))
    FollowUpAction.objects.filter(pk=action.pk).update(
        created_at=(visit.events.last().at if visit else moment(spec["due"] + "T09:00",
                                                                region)))
    return action


def load_indicator(spec: dict, planner, region: Region, visit, counter) -> None:
    indicator = indicator_create(
        user=planner, region=region, topic=Topic.objects.get(slug=spec["topic"]),
        name=spec["name"], unit=spec["unit"], source=spec["source"], visit=visit,
        target=spec.get("target"))
    counter.add("outcome indicators")
    for date, value, note in spec["measurements"]:
        measurement_record(user=planner, indicator=indicator, measured_on=day(date),
                           value=value, note=note)
        counter.add("measurements")


def load_mentorship(spec: dict, counter) -> None:
    mentor = Region.objects.get(slug=spec["mentor_region"])
    mentee = Region.objects.get(slug=spec["mentee_region"])
    if Mentorship.objects.filter(mentor_region=mentor, mentee_region=mentee).exists():
        counter.add("mentorships", created=False)
        return
    by = user(spec["by"])
    mentorship = mentorship_create(
        user=by, mentor_region=mentor, mentee_region=mentee, goal=spec["goal"],
        started_on=day(spec["started_on"]),
        topics=list(Topic.objects.filter(slug__in=spec["topics"])),
        mentor_contact=spec["mentor_contact"], mentee_contact=spec["mentee_contact"])
    Mentorship.objects.filter(pk=mentorship.pk).update(ended_on=day(spec["ended_on"]))
    counter.add("mentorships")
    mentee_coordinator = (get_user_model().objects
                          .filter(participant__region=mentee, groups__name="Koordinator")
                          .order_by("pk").first())
    actions = [load_action(action, mentee_coordinator, mentee, counter,
                           mentorship=mentorship) for action in spec["actions"]]
    for meeting in spec["meetings"]:
        meeting_record(user=by, mentorship=mentorship, held_on=day(meeting["held_on"]),
                       mode=meeting["mode"], attendees=meeting["attendees"],
                       notes=meeting["notes"], meeting_url=meeting.get("meeting_url", ""),
                       location=meeting.get("location", ""),
                       next_steps=meeting["next_steps"], actions=actions)
        counter.add("mentoring meetings")


def letter_pdf(spec: dict) -> bytes:
    """A one-page request letter (a fictional number; signed by position only)."""
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    width, height = A4
    y = height - 2.5 * cm
    for line in spec["from"].split("\n"):
        page.setFont("Helvetica-Bold", 13)
        page.drawCentredString(width / 2, y, line)
        y -= 0.6 * cm
    page.line(2 * cm, y, width - 2 * cm, y)
    y -= 1.2 * cm
    page.setFont("Helvetica", 11)
    page.drawRightString(width - 2 * cm, y, spec["place_date"])
    y -= 1 * cm
    page.drawString(2 * cm, y, f"Perihal: {spec['subject']}")
    y -= 1 * cm
    for line in ["Kepada Yth."] + spec["to"].split("\n"):
        page.drawString(2 * cm, y, line)
        y -= 0.55 * cm
    y -= 0.6 * cm
    for paragraph in spec["body"]:
        y = _paragraph(page, paragraph, y, width)
    page.drawString(width - 9 * cm, y - 1 * cm, spec["signer"])
    page.setFont("Helvetica-Oblique", 8)
    page.drawString(2 * cm, 1.5 * cm, "Dokumen contoh untuk demo Lintas; nomor dan isi "
                    "surat bersifat ilustratif.")
    page.showPage()
    page.save()
    return buffer.getvalue()


def _paragraph(page, text: str, y: float, width: float) -> float:
    from reportlab.lib.utils import simpleSplit

    for line in simpleSplit(text, "Helvetica", 11, width - 4 * cm):
        page.drawString(2 * cm, y, line)
        y -= 0.55 * cm
    return y - 0.4 * cm
