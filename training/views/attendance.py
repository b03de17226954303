"""
Attendance pages (see training/attendance.py for the rules):

- program/sesi/                              the sessions whose attendance I take
- program/sesi/<pk>/presensi/                the phone roll call: one tap a person
- program/sesi/<pk>/presensi/<person>/       POST one status (JSON for the script, a
                                             redirect back without it)
- program/sesi/<pk>/kode/                    the check-in screen for the projector
- program/sesi/<pk>/hadir/                   a participant's own check-in
- program/sesi/<pk>/daftar-hadir.pdf         the printable attendance sheet
- program/<slug>/rekap-presensi/ (.csv .xlsx) the programme's attendance summary

Sessions are looked up through `sessions_attendable_by` (a session's facilitators and
the organisers), people through `registrations_visible_to`, programmes through
`programmes_visible_to`: anything else is a 404, the same as an id that does not exist.
"""

import datetime

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from directory.access import (
    coordinator_region,
    programmes_visible_to,
    registrations_visible_to,
    sessions_attendable_by,
)
from directory.models import Participant
from directory.roles import is_organiser
from lms.errors import AccessDenied, DomainError

from ..attendance import (
    STATUSES,
    attendance_mark,
    attendance_summary,
    check_in,
    check_in_code,
    check_in_window,
    code_seconds_left,
    normalise_code,
    session_counts,
)
from ..attendance_files import attendance_sheet_pdf, summary_csv, summary_xlsx
from ..models import Attendance, Programme, Registration, Session

# The four buttons of the roll call, in this order, and the fifth count.
STATUS_LABELS = {
    "hadir": pgettext_lazy("attendance", "Present"),
    "izin": pgettext_lazy("attendance", "Excused"),
    "sakit": pgettext_lazy("attendance", "Sick"),
    "alpa": pgettext_lazy("attendance", "Absent"),
}
UNRECORDED_LABEL = pgettext_lazy("attendance", "Not recorded")
NOT_YET_LABEL = pgettext_lazy("attendance", "Not yet")  # the count: short, for phones
REFRESH_SECONDS = 20  # the check-in screen reloads at least this often
EARLIER_SESSIONS = 30  # past sessions listed on program/sesi/


def _wants_json(request) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def _error_json(code: str, message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": {"code": code, "message": message}}, status=status)


def _attendable_session(request, pk: int) -> Session:
    """The session if this user takes its attendance, else 404."""
    queryset = sessions_attendable_by(request.user).select_related("programme")
    return get_object_or_404(queryset, pk=pk)


def _registered(user, session: Session):
    """The registered people of the session's programme that `user` may see, by name."""
    visible = registrations_visible_to(user).filter(
        programme_id=session.programme_id, status=Registration.Status.REGISTERED)
    return (Registration.objects.filter(pk__in=visible.values("pk"))
            .select_related("participant__agency", "participant__region", "delegation")
            .order_by("participant__full_name", "pk"))


# --- Sessions I take attendance of ----------------------------------------------------

@login_required
def session_list(request):
    """Today's and coming sessions first, then the latest earlier ones; 403 for a user
    who takes no session's attendance."""
    sessions = sessions_attendable_by(request.user).select_related("programme")
    if not is_organiser(request.user) and not sessions.exists():
        raise PermissionDenied
    recent = timezone.now() - datetime.timedelta(hours=12)
    upcoming = list(sessions.filter(ends_at__gte=recent).order_by("starts_at", "pk"))
    earlier = list(sessions.filter(ends_at__lt=recent)
                   .order_by("-starts_at", "-pk")[:EARLIER_SESSIONS])
    return render(request, "training/attendance/session_list.html", {"sections": [
        {"heading": _("Today and coming"), "sessions": upcoming, "anchor": "sesi-datang",
         "empty": _("No session today or later.")},
        {"heading": _("Earlier (the latest %(count)d)") % {"count": EARLIER_SESSIONS},
         "sessions": earlier, "anchor": "sesi-lalu", "empty": _("No earlier session.")},
    ]})


# --- The roll call ---------------------------------------------------------------------

@login_required
def session_rollcall(request, pk: int):
    """Every registered person with four buttons; the same queries for 10 or 400 people.
    With Accept: application/json, the statuses and counts only (the script polls it)."""
    session = _attendable_session(request, pk)
    rows, counts = _rollcall_rows(request.user, session)
    if _wants_json(request):
        response = JsonResponse({"counts": counts, "statuses": {
            str(registration.participant_id): status for registration, status in rows}})
    else:
        response = _rollcall_page(request, session, rows, counts)
    patch_vary_headers(response, ["Accept"])  # the same URL answers HTML and JSON
    return response


def _rollcall_rows(user, session: Session):
    """([(registration, status or "")], counts per status and "unrecorded"): two
    queries whatever the number of people."""
    recorded = dict(Attendance.objects.filter(session=session)
                    .values_list("participant_id", "status"))
    rows = [(registration, recorded.get(registration.participant_id, ""))
            for registration in _registered(user, session)]
    counts = dict.fromkeys(STATUSES, 0)
    for _registration, status in rows:
        if status:
            counts[status] += 1
    counts["unrecorded"] = len(rows) - sum(counts.values())
    return rows, counts


def _rollcall_page(request, session, rows, counts):
    return render(request, "training/attendance/rollcall.html", {
        "session": session, "programme": session.programme,
        "rows": [(person, status, STATUS_LABELS.get(status, UNRECORDED_LABEL))
                 for person, status in rows],
        "buttons": list(STATUS_LABELS.items()), "count_items": _count_items(counts),
        "window": check_in_window(session), "unrecorded_label": UNRECORDED_LABEL,
    })


def _count_items(counts: dict[str, int]) -> list[tuple[str, str, int]]:
    return [(status, STATUS_LABELS[status], counts[status]) for status in STATUSES] + [
        ("unrecorded", NOT_YET_LABEL, counts["unrecorded"])]


@require_POST
@login_required
def session_attendance_mark(request, pk: int, participant_pk: int):
    """One tap: the status in `status`. JSON in, JSON out for the script (errors as
    {"error": {"code", "message"}} with 400/403/404); a redirect back without it."""
    wants_json = _wants_json(request)
    session = (sessions_attendable_by(request.user).select_related("programme")
               .filter(pk=pk).first())
    registration = None
    if session is not None:
        registration = (registrations_visible_to(request.user)
                        .filter(programme_id=session.programme_id,
                                participant_id=participant_pk)
                        .select_related("participant").first())
    if registration is None:
        if wants_json:
            return _error_json("not_found", _("Not found."), 404)
        raise Http404
    try:
        attendance = attendance_mark(user=request.user, session=session,
                                     participant=registration.participant,
                                     status=request.POST.get("status", ""))
    except (DomainError, AccessDenied) as error:
        message = getattr(error, "message", "") or str(error)
        if wants_json:
            return _error_json(error.code, message,
                               403 if isinstance(error, AccessDenied) else 400)
        messages.error(request, message)
    else:
        if wants_json:
            return JsonResponse({"status": attendance.status,
                                 "participant": registration.participant_id,
                                 "counts": session_counts(session)})
    return redirect(f"{reverse('session_rollcall', args=[pk])}#orang-{participant_pk}")


# --- The check-in screen and the participant's check-in ------------------------------

@login_required
def session_checkin_code(request, pk: int):
    """For the projector: the QR code of the check-in page with the current code, the
    code as text beside it, the window and how many have checked in. It reloads itself
    when the code rotates (and every REFRESH_SECONDS), until the window has closed."""
    session = _attendable_session(request, pk)
    now = timezone.now()
    window = check_in_window(session)
    code = check_in_code(session, now)
    checkin_url = request.build_absolute_uri(reverse("session_checkin", args=[pk]))
    qr = segno.make(f"{checkin_url}?kode={code}", error="m")
    counts = session_counts(session)
    return render(request, "training/attendance/checkin_code.html", {
        "session": session, "programme": session.programme, "window": window,
        "is_open": window.is_open(now), "not_yet": now < window.opens,
        "code": code, "checkin_url": checkin_url,
        "qr_svg": qr.svg_inline(scale=1, border=2, omitsize=True, svgclass="checkin-qr__svg",
                                title=_("QR code of the check-in page")),
        "refresh": (None if now > window.closes
                    else max(1, min(REFRESH_SECONDS, code_seconds_left(now)))),
        "present": counts["hadir"], "registered": sum(counts.values()),
    })


@login_required
@require_http_methods(["GET", "POST"])
def session_checkin(request, pk: int):
    """A registered participant checks in with the code on the screen (?kode= from the
    QR code fills it in). A refusal is shown on the page with a 400, never a 500."""
    own = registrations_visible_to(request.user).filter(
        participant__user=request.user, status=Registration.Status.REGISTERED)
    queryset = (Session.objects.select_related("programme")
                .filter(programme__in=programmes_visible_to(request.user),
                        programme_id__in=own.values("programme_id")))
    session = get_object_or_404(queryset, pk=pk)
    participant = Participant.objects.get(user=request.user)
    code, error, status = normalise_code(request.GET.get("kode", "")), None, 200
    if request.method == "POST":
        code = normalise_code(request.POST.get("kode", ""))
        try:
            check_in(user=request.user, session=session, code=code)
        except DomainError as refusal:
            error, status = refusal, 400
        else:
            messages.success(request, _("You are checked in. Welcome!"))
            return redirect("session_checkin", pk=pk)
    attendance = Attendance.objects.filter(session=session, participant=participant).first()
    window = check_in_window(session)
    return render(request, "training/attendance/checkin.html", {
        "session": session, "programme": session.programme, "attendance": attendance,
        "window": window, "is_open": window.is_open(timezone.now()),
        "code": code, "error": error,
    }, status=status)


# --- The attendance sheet ------------------------------------------------------------

@login_required
def session_attendance_sheet(request, pk: int):
    """The daftar hadir as a PDF, for the same people as the roll call."""
    session = _attendable_session(request, pk)
    rows, _counts = _rollcall_rows(request.user, session)
    recorded = {registration.participant_id: status for registration, status in rows}
    response = HttpResponse(attendance_sheet_pdf(session, [r for r, _s in rows], recorded),
                            content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="daftar-hadir-{session.programme.slug}-sesi-{session.pk}.pdf"')
    return response


# --- The attendance summary ----------------------------------------------------------

def _summary_programme(request, slug: str) -> Programme:
    """The programme if visible (404 if not); 403 unless the user is an organiser, a
    coordinator (their region's people) or a facilitator of one of its sessions."""
    programme = get_object_or_404(programmes_visible_to(request.user), slug=slug)
    user = request.user
    if not (is_organiser(user) or coordinator_region(user) is not None
            or sessions_attendable_by(user).filter(programme=programme).exists()):
        raise PermissionDenied
    return programme


def _summary_rows(request, programme: Programme, *, per_session: bool = False):
    """(sessions, rows, delegations, chosen): rows of the people the user may see,
    ordered by delegation (people registered on their own last), then name; filtered by
    ?delegasi=<id> ("0": registered on their own) when it names one of them."""
    sessions, rows = attendance_summary(programme, registrations_visible_to(request.user),
                                        per_session=per_session)
    rows.sort(key=lambda row: (row.registration.delegation is None,
                               getattr(row.registration.delegation, "name", ""),
                               row.participant.full_name))
    delegations = {}
    for row in rows:
        delegation = row.registration.delegation
        delegations[str(delegation.pk) if delegation else "0"] = delegation
    chosen = request.GET.get("delegasi", "")
    if chosen in delegations:
        rows = [row for row in rows
                if str(row.registration.delegation_id or 0) == chosen]
    else:
        chosen = ""
    return sessions, rows, delegations, chosen


def _groups(rows) -> list[dict]:
    """The rows per delegation, each with its average attendance."""
    groups: list[dict] = []
    for row in rows:
        delegation = row.registration.delegation
        if not groups or groups[-1]["delegation"] != delegation:
            groups.append({"delegation": delegation, "rows": []})
        groups[-1]["rows"].append(row)
    for group in groups:
        group["average"] = round(
            sum(row.percent for row in group["rows"]) / len(group["rows"]), 1)
    return groups


@login_required
def programme_attendance_summary(request, slug: str):
    programme = _summary_programme(request, slug)
    sessions, rows, delegations, chosen = _summary_rows(request, programme)
    attendable = set(sessions_attendable_by(request.user)
                     .filter(programme=programme).values_list("pk", flat=True))
    threshold = programme.min_attendance_percent
    return render(request, "training/attendance/summary.html", {
        "programme": programme, "sessions": sessions, "rows": rows,
        "groups": _groups(rows), "delegations": delegations, "chosen": chosen,
        "attendable": attendable, "threshold": threshold,
        "meeting": sum(1 for row in rows if row.percent >= threshold),
        "average": round(sum(r.percent for r in rows) / len(rows), 1) if rows else None,
        "region": None if is_organiser(request.user) else coordinator_region(request.user),
        "query": f"?delegasi={chosen}" if chosen else "",
    })


@login_required
def programme_attendance_export(request, slug: str, file_format: str):
    """The summary's rows (the same filter) with each session's status, as CSV or XLSX."""
    programme = _summary_programme(request, slug)
    sessions, rows, _delegations, _chosen = _summary_rows(request, programme,
                                                          per_session=True)
    export = summary_csv if file_format == "csv" else summary_xlsx
    return export(programme, sessions, rows)


urlpatterns = [
    path("program/sesi/", session_list, name="session_list"),
    path("program/sesi/<int:pk>/presensi/", session_rollcall, name="session_rollcall"),
    path("program/sesi/<int:pk>/presensi/<int:participant_pk>/", session_attendance_mark,
         name="session_attendance_mark"),
    path("program/sesi/<int:pk>/kode/", session_checkin_code, name="session_checkin_code"),
    path("program/sesi/<int:pk>/hadir/", session_checkin, name="session_checkin"),
    path("program/sesi/<int:pk>/daftar-hadir.pdf", session_attendance_sheet,
         name="session_attendance_sheet"),
    path("program/<slug:slug>/rekap-presensi/", programme_attendance_summary,
         name="programme_attendance_summary"),
    path("program/<slug:slug>/rekap-presensi.csv", programme_attendance_export,
         {"file_format": "csv"}, name="programme_attendance_csv"),
    path("program/<slug:slug>/rekap-presensi.xlsx", programme_attendance_export,
         {"file_format": "xlsx"}, name="programme_attendance_xlsx"),
]
