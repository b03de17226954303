"""
Bulk import of delegation members from XLSX/CSV: through the pages a coordinator uses
(upload, preview, confirm) and through the services. All or nothing; the same file twice
changes nothing; refused files store nothing; another region's delegation is a 404.
"""

import datetime
import io

import openpyxl
import pytest
import tablib
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from directory.models import Participant, Region
from directory.roles import COORDINATOR, ORGANISER, PARTICIPANT
from directory.services import participant_create
from lms.errors import AccessDenied, DomainError
from visits.importing import (
    HEADERS,
    delegation_members_import,
    import_batch_create,
    import_preview,
)
from visits.models import Delegation, DelegationMember, ImportBatch

User = get_user_model()
PASSWORD = "Impor-Anggota-2026"
AGENCIES = ["Bappeda", "bpkad", "Diskominfo", "Sekretariat Daerah Kabupaten Konawe Utara"]
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# --- Building files ----------------------------------------------------------------------


def make_nip(i: int) -> str:
    """A distinct valid NIP per i: birth date, appointment month 24 years later, sex, seq."""
    born = datetime.date(1971, 5, 1) + datetime.timedelta(days=i)
    return f"{born:%Y%m%d}{born.year + 24}{i % 12 + 1:02d}{i % 2 + 1}{i % 1000:03d}"


def person_row(i: int, **cells) -> list[str]:
    row = {
        "NIP": make_nip(i),
        "Nama lengkap": f"Peserta Impor {i}",
        "Jabatan": "Analis Perencanaan",
        "Pangkat/golongan": "iii/a",
        "OPD": AGENCIES[i % len(AGENCIES)],
        "Telepon": f"0812{i:08d}",
        "Email": f"peserta.impor{i}@contoh.test",
    }
    row.update(cells)
    return [row[header] for header in HEADERS]


def people_rows(count: int, start: int = 0) -> list[list[str]]:
    return [person_row(i) for i in range(start, start + count)]


def xlsx(rows, headers=HEADERS) -> bytes:
    return tablib.Dataset(*rows, headers=headers).export("xlsx")


def csv(rows, headers=HEADERS, delimiter=",") -> bytes:
    return tablib.Dataset(*rows, headers=headers).export("csv", delimiter=delimiter).encode()


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


def stored() -> dict[str, int]:
    return {
        "batches": ImportBatch.objects.count(),
        "users": User.objects.count(),
        "participants": Participant.objects.count(),
        "members": DelegationMember.objects.count(),
    }


# --- Fixtures ----------------------------------------------------------------------------


def region(slug: str) -> Region:
    return Region.objects.get(slug=slug)


def coordinator_of(slug: str, email: str):
    profile = participant_create(full_name=f"Koordinator {slug}", region=region(slug),
                                 email=email, password=PASSWORD)
    profile.user.groups.add(Group.objects.get(name=COORDINATOR))
    return profile.user


@pytest.fixture
def coordinator(db):
    return coordinator_of("kab-konawe-utara", "koordinator.impor@contoh.test")


@pytest.fixture
def coordinator_client(client, coordinator):
    client.force_login(coordinator)
    return client


@pytest.fixture
def delegation(db) -> Delegation:
    return Delegation.objects.create(
        name="Delegasi Konut ke Baubau (impor)", home_region=region("kab-konawe-utara"),
        host_region=region("kota-baubau"), start_date=datetime.date(2021, 9, 24),
        end_date=datetime.date(2021, 9, 25),
    )


def import_url(delegation) -> str:
    return reverse("delegation_import", args=[delegation.pk])


def preview_url(batch) -> str:
    return reverse("delegation_import_preview", args=[batch.delegation_id, batch.pk])


def send(client, delegation, name: str, content: bytes):
    return client.post(import_url(delegation), {"file": upload(name, content)})


def upload_and_preview(client, delegation, name: str, content: bytes):
    """Upload through the page; return the batch and the preview page's response."""
    response = send(client, delegation, name, content)
    assert response.status_code == 302, response.context and response.context["error_code"]
    batch = ImportBatch.objects.latest("pk")
    assert response["Location"] == preview_url(batch)
    return batch, client.get(preview_url(batch))


def apply_file(user, delegation, content: bytes, name: str = "anggota.xlsx"):
    batch = import_batch_create(user=user, delegation=delegation,
                                uploaded_file=upload(name, content))
    return delegation_members_import(user=user, batch=batch)


# --- The stories -------------------------------------------------------------------------


def test_a_valid_40_row_xlsx_creates_40_members(coordinator_client, delegation):
    before = stored()
    batch, page = upload_and_preview(coordinator_client, delegation, "anggota.xlsx",
                                     xlsx(people_rows(40)))
    assert page.status_code == 200
    assert page.context["preview"].errors == []
    assert page.context["counts"].created == 40
    assert 'value="confirm"' in page.content.decode()
    assert stored()["users"] == before["users"]  # the preview writes nothing

    response = coordinator_client.post(preview_url(batch), {"action": "confirm"})

    assert response.status_code == 302
    assert response["Location"] == reverse("delegation_detail", args=[delegation.pk])
    assert delegation.memberships.count() == 40
    imported = User.objects.filter(participant__memberships__delegation=delegation)
    assert imported.count() == 40
    assert stored()["users"] == before["users"] + 40
    assert all(not user.has_usable_password() for user in imported)
    assert imported.filter(groups__name=PARTICIPANT).count() == 40
    first = Participant.objects.get(nip=make_nip(0))
    assert first.user.username == make_nip(0)
    assert first.region.slug == "kab-konawe-utara"
    assert first.rank == "III/a"
    assert first.agency.acronym == "Bappeda"
    assert Participant.objects.get(nip=make_nip(1)).agency.acronym == "BPKAD"
    assert Participant.objects.get(nip=make_nip(3)).agency.acronym == "Setda"
    batch.refresh_from_db()
    assert (batch.status, batch.created_count) == (ImportBatch.Status.APPLIED, 40)


def test_the_same_file_again_changes_nothing(coordinator, coordinator_client, delegation):
    content = xlsx(people_rows(40))
    apply_file(coordinator, delegation, content)
    before = stored()
    values = list(Participant.objects.filter(memberships__delegation=delegation)
                  .order_by("pk").values())

    batch, page = upload_and_preview(coordinator_client, delegation, "lagi.xlsx", content)
    counts = page.context["counts"]
    assert (counts.created, counts.updated, counts.unchanged) == (0, 0, 40)
    coordinator_client.post(preview_url(batch), {"action": "confirm"})

    assert stored() == {**before, "batches": before["batches"] + 1}
    assert list(Participant.objects.filter(memberships__delegation=delegation)
                .order_by("pk").values()) == values


def test_a_bad_nip_on_row_17_writes_nothing_and_names_row_17(coordinator_client, delegation):
    rows = people_rows(40)
    rows[15] = person_row(15, NIP="19851332201001 1 004")  # 13th month; data row 16 = row 17
    before = stored()

    batch, page = upload_and_preview(coordinator_client, delegation, "anggota.xlsx",
                                     xlsx(rows))

    errors = page.context["preview"].errors
    assert [(error.row, error.column, error.code) for error in errors] == [
        (17, "NIP", "nip_birth_date")
    ]
    assert 'value="confirm"' not in page.content.decode()
    response = coordinator_client.post(preview_url(batch), {"action": "confirm"})
    assert response.status_code == 409
    assert response.context["error_code"] == "batch_has_errors"
    assert stored() == {**before, "batches": before["batches"] + 1}
    assert not Participant.objects.filter(nip=make_nip(0)).exists()


def big_csv() -> bytes:
    header = ",".join(HEADERS).encode() + b"\n"
    return header + b"x" * (5 * 1024 * 1024)


REFUSED = {
    "pdf named .csv": ("daftar.csv", lambda: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\n",
                       "file_type"),
    "png named .xlsx": ("daftar.xlsx", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 4,
                        "file_type"),
    "png named .csv": ("daftar.csv", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
                       "file_type"),
    "text named .xlsx": ("daftar.xlsx", lambda: csv(people_rows(2)), "file_type"),
    "xlsx named .pdf": ("daftar.pdf", lambda: xlsx(people_rows(2)), "file_type"),
    "over 5 MB": ("daftar.csv", big_csv, "file_too_large"),
    "2001 rows": ("daftar.csv", lambda: csv(people_rows(2001)), "too_many_rows"),
    "no Nama lengkap column": (
        "daftar.xlsx",
        lambda: xlsx([[c for h, c in zip(HEADERS, row, strict=True) if h != "Nama lengkap"]
                      for row in people_rows(3)],
                     headers=[h for h in HEADERS if h != "Nama lengkap"]),
        "missing_columns",
    ),
    "duplicate NIP": (
        "daftar.xlsx",
        lambda: xlsx(people_rows(5) + [person_row(9, NIP=make_nip(2))]),
        "duplicate_nip",
    ),
    "empty file": ("daftar.csv", lambda: b"", "empty_file"),
    "headers only": ("daftar.csv", lambda: csv([]), "empty_file"),
}


@pytest.mark.parametrize("case", REFUSED.keys())
def test_refused_files_store_nothing(coordinator_client, delegation, case):
    name, build, code = REFUSED[case]
    before = stored()

    response = send(coordinator_client, delegation, name, build())

    assert response.status_code == 200
    assert response.context["error_code"] == code
    assert response.context["form"].errors["file"]  # a message for people, in the form
    assert stored() == before


def test_the_service_refuses_with_the_same_codes(coordinator, delegation):
    with pytest.raises(DomainError) as refused:
        import_batch_create(user=coordinator, delegation=delegation,
                            uploaded_file=upload("a.xlsx", xlsx(people_rows(3) +
                                                                [person_row(7, NIP=make_nip(1))])))
    assert refused.value.code == "duplicate_nip"
    assert ImportBatch.objects.count() == 0


def test_another_regions_coordinator_gets_404_and_stores_nothing(client, coordinator,
                                                                   delegation):
    batch = import_batch_create(user=coordinator, delegation=delegation,
                                uploaded_file=upload("a.xlsx", xlsx(people_rows(3))))
    malut = coordinator_of("prov-maluku-utara", "koordinator.malut.impor@contoh.test")
    client.force_login(malut)
    before = stored()

    assert client.get(import_url(delegation)).status_code == 404
    assert send(client, delegation, "a.xlsx", xlsx(people_rows(3, start=50))).status_code == 404
    template_url = reverse("delegation_import_template", args=[delegation.pk, "xlsx"])
    assert client.get(template_url).status_code == 404
    assert client.get(preview_url(batch)).status_code == 404
    assert client.post(preview_url(batch), {"action": "confirm"}).status_code == 404
    assert stored() == before
    with pytest.raises(AccessDenied) as denied:
        delegation_members_import(user=malut, batch=batch)
    assert denied.value.code == "delegation_forbidden"
    with pytest.raises(AccessDenied):
        import_batch_create(user=malut, delegation=delegation,
                            uploaded_file=upload("a.xlsx", xlsx(people_rows(3, start=50))))
    assert stored() == before


def test_only_the_uploader_or_an_organiser_sees_a_batch(client, coordinator, delegation):
    batch = import_batch_create(user=coordinator, delegation=delegation,
                                uploaded_file=upload("a.xlsx", xlsx(people_rows(3))))
    colleague = coordinator_of("kab-konawe-utara", "rekan.koordinator@contoh.test")
    client.force_login(colleague)
    assert client.get(preview_url(batch)).status_code == 404

    organiser = User.objects.create_user(username="penyelenggara.impor", password=PASSWORD)
    organiser.groups.add(Group.objects.get(name=ORGANISER))
    client.force_login(organiser)
    assert client.get(preview_url(batch)).status_code == 200


def test_an_update_row_changes_the_persons_position(coordinator, coordinator_client,
                                                    delegation):
    apply_file(coordinator, delegation, xlsx(people_rows(40)))
    rows = people_rows(40)
    rows[5] = person_row(5, Jabatan="Kepala Bidang Perencanaan")

    batch, page = upload_and_preview(coordinator_client, delegation, "ubah.xlsx", xlsx(rows))

    counts = page.context["counts"]
    assert (counts.created, counts.updated, counts.unchanged) == (0, 1, 39)
    [changed] = [row for row in page.context["preview"].rows if row.action == "update"]
    assert changed.row == 7
    assert [(c.field, c.old, c.new) for c in changed.changes] == [
        ("position", "Analis Perencanaan", "Kepala Bidang Perencanaan")
    ]
    coordinator_client.post(preview_url(batch), {"action": "confirm"})
    assert Participant.objects.get(nip=make_nip(5)).position == "Kepala Bidang Perencanaan"
    assert Participant.objects.get(nip=make_nip(6)).position == "Analis Perencanaan"


def test_existing_people_join_without_a_new_account(coordinator, delegation):
    existing = participant_create(full_name="Peserta Impor 3", region=region("kab-konawe-utara"),
                                  nip=make_nip(3), email="lama@contoh.test")
    before = stored()

    counts = apply_file(coordinator, delegation, xlsx(people_rows(5)))

    assert (counts.created, counts.updated, counts.unchanged) == (4, 1, 0)
    existing.refresh_from_db()
    assert existing.email == "peserta.impor3@contoh.test"
    assert existing.user.email == "peserta.impor3@contoh.test"
    assert delegation.memberships.filter(participant=existing).exists()
    assert stored()["users"] == before["users"] + 4


def test_another_regions_person_is_an_error_never_an_update(coordinator, delegation):
    outsider = participant_create(full_name="Orang Malut", region=region("prov-maluku-utara"),
                                  nip=make_nip(2), email="malut@contoh.test")
    batch = import_batch_create(user=coordinator, delegation=delegation,
                                uploaded_file=upload("a.xlsx", xlsx(people_rows(4))))

    errors = import_preview(batch).errors

    assert [(e.row, e.column, e.code) for e in errors] == [(4, "NIP", "other_region")]
    with pytest.raises(DomainError) as refused:
        delegation_members_import(user=coordinator, batch=batch)
    assert refused.value.code == "batch_has_errors"
    outsider.refresh_from_db()
    assert outsider.full_name == "Orang Malut"


def test_each_row_error_names_its_row_and_column(coordinator, delegation):
    rows = [
        person_row(0, OPD="Dinas Tidak Ada"),
        person_row(1, Email="bukan-email"),
        person_row(2, **{"Pangkat/golongan": "V/z"}),
        person_row(3, **{"Nama lengkap": ""}),
        person_row(4, NIP="", Email=""),
        person_row(5, Email="peserta.impor0@contoh.test"),
    ]
    batch = import_batch_create(user=coordinator, delegation=delegation,
                                uploaded_file=upload("a.csv", csv(rows)))

    errors = [(e.row, e.column, e.code) for e in import_preview(batch).errors]

    assert errors == [
        (2, "OPD", "agency_unknown"),
        (3, "Email", "email_invalid"),
        (4, "Pangkat/golongan", "rank_invalid"),
        (5, "Nama lengkap", "name_required"),
        (6, "NIP", "nip_or_email_required"),
        (7, "Email", "duplicate_email"),
    ]


def test_csv_import_works_with_semicolons_and_staff_without_nip(coordinator, delegation):
    rows = people_rows(3) + [person_row(3, NIP="", Email="Honorer.Satu@Contoh.test")]

    counts = apply_file(coordinator, delegation, csv(rows, delimiter=";"), name="anggota.csv")

    assert counts.created == 4
    assert delegation.memberships.count() == 4
    staff = Participant.objects.get(email="honorer.satu@contoh.test")
    assert (staff.nip, staff.user.username) == ("", "honorer.satu@contoh.test")


def test_a_repeated_confirm_is_harmless(coordinator_client, delegation):
    batch, _page = upload_and_preview(coordinator_client, delegation, "a.xlsx",
                                      xlsx(people_rows(3)))
    coordinator_client.post(preview_url(batch), {"action": "confirm"})
    before = stored()

    response = coordinator_client.post(preview_url(batch), {"action": "confirm"})

    assert response.status_code == 302
    assert stored() == before
    with pytest.raises(DomainError) as refused:
        delegation_members_import(user=batch.created_by, batch=batch)
    assert refused.value.code == "batch_already_applied"


def test_discarding_writes_no_people(coordinator_client, delegation):
    batch, _page = upload_and_preview(coordinator_client, delegation, "a.xlsx",
                                      xlsx(people_rows(3)))
    before = stored()

    response = coordinator_client.post(preview_url(batch), {"action": "discard"})

    assert response.status_code == 302
    batch.refresh_from_db()
    assert (batch.status, bytes(batch.content)) == (ImportBatch.Status.DISCARDED, b"")
    assert coordinator_client.post(preview_url(batch), {"action": "confirm"}).status_code == 409
    assert stored() == before


def test_the_template_downloads_as_a_real_xlsx_with_indonesian_headers(coordinator_client,
                                                                        delegation):
    response = coordinator_client.get(
        reverse("delegation_import_template", args=[delegation.pk, "xlsx"]))

    assert response.status_code == 200
    assert response["Content-Type"] == XLSX_TYPE
    assert "attachment" in response["Content-Disposition"]
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Anggota", "Petunjuk"]
    assert [cell.value for cell in workbook["Anggota"][1]] == HEADERS
    assert workbook["Anggota"].column_dimensions["A"].number_format == "@"  # NIP as text
    examples = [row[3] for row in workbook["Petunjuk"].iter_rows(min_row=2, values_only=True)]
    assert "198503122010011004" in examples


def test_the_csv_template_and_unknown_formats(coordinator_client, delegation):
    url = reverse("delegation_import_template", args=[delegation.pk, "csv"])
    response = coordinator_client.get(url)
    assert response.status_code == 200
    assert response.content.decode("utf-8-sig").splitlines()[0] == ",".join(HEADERS)
    pdf = reverse("delegation_import_template", args=[delegation.pk, "pdf"])
    assert coordinator_client.get(pdf).status_code == 404


def test_the_template_filled_in_imports(coordinator, coordinator_client, delegation):
    response = coordinator_client.get(
        reverse("delegation_import_template", args=[delegation.pk, "xlsx"]))
    workbook = openpyxl.load_workbook(io.BytesIO(response.content))
    workbook.active = workbook["Petunjuk"]  # saved with the guide sheet open
    for row in people_rows(2):
        workbook["Anggota"].append(row)
    filled = io.BytesIO()
    workbook.save(filled)

    assert apply_file(coordinator, delegation, filled.getvalue()).created == 2


def test_the_pages_need_a_sign_in(client, delegation):
    response = client.get(import_url(delegation))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_upload_page_renders(coordinator_client, delegation):
    response = coordinator_client.get(import_url(delegation))
    assert response.status_code == 200
    body = response.content.decode()
    assert 'enctype="multipart/form-data"' in body
    assert reverse("delegation_import_template", args=[delegation.pk, "csv"]) in body


def test_query_count_does_not_grow_with_the_file(coordinator, delegation):
    def queries_to_import(count: int, start: int) -> int:
        other = Delegation.objects.create(
            name=f"Delegasi {count}", home_region=delegation.home_region,
            host_region=delegation.host_region, start_date=delegation.start_date,
            end_date=delegation.end_date)
        batch = import_batch_create(user=coordinator, delegation=other,
                                    uploaded_file=upload("a.xlsx",
                                                         xlsx(people_rows(count, start))))
        with CaptureQueriesContext(connection) as queries:
            assert delegation_members_import(user=coordinator, batch=batch).created == count
        return len(queries)

    small, large = queries_to_import(40, 0), queries_to_import(400, 1000)
    assert large <= 2 * small
