"""
Certificate pages (training.certificates does the writing):

- verifikasi/                      public: type a certificate number
- verifikasi/<code>/               public: valid, or revoked (when, why), or not found (404);
                                   the name and programme, the NIP masked
- sertifikat/                      the signed-in participant's certificates and JP ledger
- sertifikat/<code>/unduh.pdf      the PDF: its owner, organisers, coordinators of the
                                   owner's region (certificates_visible_to); others 404.
                                   A revoked certificate is downloadable by organisers
                                   only (stamped DICABUT); for anyone else it is a 404
- program/<slug>/sertifikat/       organisers: every registrant and the rule, issue one,
                                   issue all eligible, revoke (.../<code>/cabut/)
- laporan/jp/ (+ unduh.csv)        organisers (every region) and coordinators (their
                                   region): each person's JP of a year, under 20 first

`<code>` is the certificate number with dashes for its slashes (LTS-2021-0007-0012).
Objects are looked up through directory.access, so another region's certificate is a
404 like one that does not exist. Refusals (DomainError) are shown on the page.
"""


from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.validators import MaxValueValidator, MinValueValidator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from directory.access import (
    can_manage_people,
    can_manage_programmes,
    certificates_visible_to,
    participants_visible_to,
    programmes_visible_to,
    regions_managed_by,
)
from directory.models import Participant, Region
from lms import exports
from lms.errors import AccessDenied, DomainError
from lms.pagination import paginate

from ..certificate_pdf import certificate_pdf
from ..certificates import (
    JP_TARGET,
    REASON_MAX_LENGTH,
    certificate_issue,
    certificate_revoke,
    certificates_issue_bulk,
    jp_report,
    mask_nip,
    normalise_number,
    number_from_slug,
    number_slug,
    programme_facts,
    session_days,
    standings,
)
from ..models import Certificate, JPEntry, Programme

CERTIFICATE_RELATED = ("participant", "participant__region", "programme",
                       "programme__host_region", "programme__host_agency")


def _with_slugs(certificates):
    """Give each certificate its URL form as `.slug`, for the templates' links."""
    for certificate in certificates:
        if certificate is not None:
            certificate.slug = number_slug(certificate.number)
    return certificates


def verification_url(request, certificate: Certificate) -> str:
    """The absolute address of the certificate's public verification page."""
    return request.build_absolute_uri(
        reverse("certificate_verify", args=[number_slug(certificate.number)]))


# Public verification ---------------------------------------------------------------

class VerifyForm(forms.Form):
    nomor = forms.CharField(label=gettext_lazy("Certificate number"), max_length=200,
                            help_text=gettext_lazy("As printed on the certificate, e.g. "
                                                   "LTS/2021/0007/0012."))

    def clean_nomor(self) -> str:
        number = normalise_number(self.cleaned_data["nomor"])
        if not number:
            raise forms.ValidationError(_("Type the certificate number."), code="required")
        if len(number) > 40 or not number.replace("/", "").isalnum() or not number.isascii():
            raise forms.ValidationError(
                _("A certificate number has letters, digits and slashes, like "
                  "LTS/2021/0007/0012."), code="number_format")
        return number


@require_GET
def verify_form(request):
    """Type a number, go to its verification page."""
    form = VerifyForm(request.GET or None)
    if form.is_valid():
        return redirect("certificate_verify", code=number_slug(form.cleaned_data["nomor"]))
    return render(request, "training/certificates/verify_form.html", {"form": form})


@require_GET
def verify(request, code: str):
    """Valid, revoked or unknown (404); the name and programme, never the whole NIP."""
    number = number_from_slug(code)
    certificate = (Certificate.objects.select_related(*CERTIFICATE_RELATED)
                   .filter(number=number).first())
    context = {"number": number, "certificate": certificate, "form": VerifyForm()}
    if certificate is None:
        return render(request, "training/certificates/verify.html", context, status=404)
    _count, first_day, last_day = session_days(certificate.programme)
    context.update(masked_nip=mask_nip(certificate.participant.nip),
                   first_day=first_day, last_day=last_day)
    return render(request, "training/certificates/verify.html", context)


# The participant's certificates and JP ledger --------------------------------------

def _year(request) -> int:
    """?tahun= when it is a sensible year, else this year."""
    this_year = timezone.localdate().year
    value = request.GET.get("tahun", "")
    return int(value) if value.isdigit() and 2000 <= int(value) <= this_year + 1 else this_year


@login_required
@require_GET
def my_certificates(request):
    """Own certificates (download links; revoked ones say why) and the year's JP."""
    profile = Participant.objects.filter(user=request.user).first()
    year = _year(request)
    certificates = entries = []
    years = {timezone.localdate().year, year}
    if profile is not None:
        certificates = list(certificates_visible_to(request.user)
                            .filter(participant=profile)
                            .select_related("programme", "programme__host_region")
                            .order_by("-issued_at", "number"))
        _with_slugs(certificates)
        entries = list(JPEntry.objects.filter(participant=profile, earned_on__year=year)
                       .select_related("certificate__programme").order_by("-earned_on", "pk"))
        years |= {d.year for d in JPEntry.objects.filter(participant=profile)
                  .dates("earned_on", "year")}
    total = sum(entry.hours for entry in entries)
    return render(request, "training/certificates/my_certificates.html", {
        "profile": profile, "certificates": certificates, "entries": entries,
        "year": year, "years": sorted(years, reverse=True), "total": total,
        "target": JP_TARGET, "percent": min(100, round(100 * total / JP_TARGET)),
        "short": max(0, JP_TARGET - total),
    })


@login_required
@require_GET
def download(request, code: str):
    """The PDF, to those who may see the certificate; revoked: organisers only."""
    certificate = get_object_or_404(
        certificates_visible_to(request.user).select_related(*CERTIFICATE_RELATED),
        number=number_from_slug(code))
    if certificate.revoked_at and not can_manage_programmes(request.user):
        raise Http404
    pdf = certificate_pdf(certificate, verify_url=verification_url(request, certificate))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="sertifikat-{code}.pdf"'
    return response


# The organiser's page --------------------------------------------------------------

def _managed_programme(request, slug: str) -> Programme:
    """The programme, for organisers; 404 for anyone else."""
    if not can_manage_programmes(request.user):
        raise Http404
    return get_object_or_404(programmes_visible_to(request.user)
                             .select_related("host_region", "host_agency"), slug=slug)


@login_required
@require_GET
def programme_certificates(request, slug: str):
    """Every registrant with the rule's answer: certified, eligible, or why not."""
    programme = _managed_programme(request, slug)
    facts = programme_facts(programme)
    rows = standings(programme, facts=facts)
    _with_slugs(row.certificate for row in rows)
    return render(request, "training/certificates/programme_certificates.html", {
        "programme": programme, "facts": facts, "rows": rows,
        "eligible_count": sum(row.eligible for row in rows),
        "certified_count": sum(1 for row in rows
                               if row.certificate and not row.certificate.revoked_at),
        "refused_count": sum(1 for row in rows if not row.eligible and not row.certificate),
    })


@login_required
@require_POST
def issue_one(request, slug: str):
    programme = _managed_programme(request, slug)
    value = request.POST.get("participant", "")
    participant = (participants_visible_to(request.user).filter(pk=value).first()
                   if value.isdigit() else None)
    if participant is None:
        messages.error(request, _("That person was not found; reload the page and try again."))
    else:
        try:
            certificate = certificate_issue(user=request.user, programme=programme,
                                            participant=participant)
        except (DomainError, AccessDenied) as error:
            messages.error(request, _("No certificate for %(name)s: %(reasons)s") % {
                "name": participant.full_name, "reasons": _message(error)})
        else:
            messages.success(request, _("Certificate %(number)s issued to %(name)s.") % {
                "number": certificate.number, "name": participant.full_name})
    return redirect("programme_certificates", slug=programme.slug)


def _message(error) -> str:
    return getattr(error, "message", "") or str(error)


@login_required
@require_POST
def issue_all(request, slug: str):
    """Everyone registered who meets the rule, in one step."""
    programme = _managed_programme(request, slug)
    try:
        issued, refused = certificates_issue_bulk(user=request.user, programme=programme)
    except (DomainError, AccessDenied) as error:
        messages.error(request, _message(error))
    else:
        already = sum(1 for _person, reasons in refused
                      if any(reason.code in ("already_certified", "certificate_revoked")
                             for reason in reasons))
        messages.success(request, _(
            "%(issued)d certificates issued; %(refused)d people do not meet the rule; "
            "%(already)d already had one.") % {
            "issued": len(issued), "refused": len(refused) - already, "already": already})
    return redirect("programme_certificates", slug=programme.slug)


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"), max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=gettext_lazy("Shown on the public verification page."))


@login_required
@require_http_methods(["GET", "POST"])
def revoke(request, slug: str, code: str):
    """GET: the reason form. POST: revoke (a refusal is shown on the form)."""
    programme = _managed_programme(request, slug)
    certificate = get_object_or_404(
        certificates_visible_to(request.user).select_related(*CERTIFICATE_RELATED),
        programme=programme, number=number_from_slug(code))
    _with_slugs([certificate])
    form = RevokeForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            certificate_revoke(user=request.user, certificate=certificate,
                               reason=form.cleaned_data["reason"])
        except DomainError as error:
            field = "reason" if error.code.startswith("reason") else None
            form.add_error(field, forms.ValidationError(error.message, code=error.code))
        else:
            messages.success(request, _("Certificate %(number)s revoked.")
                             % {"number": certificate.number})
            return redirect("programme_certificates", slug=programme.slug)
    return render(request, "training/certificates/revoke.html", {
        "programme": programme, "certificate": certificate, "form": form})


# The JP report ---------------------------------------------------------------------

class JPReportForm(forms.Form):
    UNDER, EVERYONE = "kurang", "semua"

    tahun = forms.IntegerField(label=gettext_lazy("Year"), required=False,
                               validators=[MinValueValidator(2000),
                                           MaxValueValidator(2100)],
                               widget=forms.NumberInput(attrs={"inputmode": "numeric"}))
    tampil = forms.ChoiceField(label=gettext_lazy("Show"), required=False, choices=[
        (UNDER, gettext_lazy("Under 20 JP")), (EVERYONE, gettext_lazy("Everyone"))])
    daerah = forms.ModelChoiceField(label=gettext_lazy("Region"), required=False,
                                    queryset=Region.objects.none(), to_field_name="slug",
                                    empty_label=gettext_lazy("All regions"))

    def __init__(self, data, *, user):
        super().__init__(data)
        self.fields["daerah"].queryset = regions_managed_by(user).order_by("name")
        self.fields["tahun"].widget.attrs["placeholder"] = timezone.localdate().year

    def year(self) -> int:
        return self.cleaned_data.get("tahun") or timezone.localdate().year

    def report(self, user):
        return jp_report(user, year=self.year(), region=self.cleaned_data.get("daerah"),
                         under_target_only=self.cleaned_data.get("tampil") != self.EVERYONE)


def _check_may_view_report(user) -> None:
    if not can_manage_people(user):
        raise PermissionDenied


@login_required
@require_GET
def jp_report_page(request):
    _check_may_view_report(request.user)
    form = JPReportForm(request.GET, user=request.user)
    context = {"form": form, "target": JP_TARGET, "people": None}
    if form.is_valid():
        people = paginate(request, form.report(request.user), per_page=50)
        for person in people:
            person.meter_id = str(person.pk)
            person.jp_short = max(0, JP_TARGET - person.jp)
            person.jp_percent = min(100, round(100 * person.jp / JP_TARGET))
        context.update(people=people,
                       year=form.year(), query=request.GET.urlencode(),
                       under_only=form.cleaned_data.get("tampil") != form.EVERYONE)
    return render(request, "training/certificates/jp_report.html", context)


@login_required
@require_GET
def jp_report_csv(request):
    """The report as CSV (Indonesian headers, UTF-8 with BOM for Excel); bad filters go
    back to the page, which shows them."""
    _check_may_view_report(request.user)
    form = JPReportForm(request.GET, user=request.user)
    if not form.is_valid():
        return redirect(f"{reverse('jp_report')}?{request.GET.urlencode()}")
    year = form.year()
    rows = ([person.full_name, person.nip, person.region.name,
             person.agency.acronym if person.agency else "", person.position, year,
             person.jp, JP_TARGET, max(0, JP_TARGET - person.jp)]
            for person in form.report(request.user).iterator(chunk_size=1000))
    return exports.csv_response(["Nama", "NIP", "Daerah", "OPD", "Jabatan", "Tahun", "JP",
                                 "Target JP", "Kekurangan JP"], rows,
                                f"laporan-jp-{year}.csv")

urlpatterns = [
    path("verifikasi/", verify_form, name="certificate_verify_form"),
    path("verifikasi/<str:code>/", verify, name="certificate_verify"),
    path("sertifikat/", my_certificates, name="my_certificates"),
    path("sertifikat/<str:code>/unduh.pdf", download, name="certificate_download"),
    path("program/<slug:slug>/sertifikat/", programme_certificates,
         name="programme_certificates"),
    path("program/<slug:slug>/sertifikat/terbitkan/", issue_one,
         name="programme_certificate_issue"),
    path("program/<slug:slug>/sertifikat/terbitkan-semua/", issue_all,
         name="programme_certificates_issue_all"),
    path("program/<slug:slug>/sertifikat/<str:code>/cabut/", revoke,
         name="certificate_revoke"),
    path("laporan/jp/", jp_report_page, name="jp_report"),
    path("laporan/jp/unduh.csv", jp_report_csv, name="jp_report_csv"),
]
