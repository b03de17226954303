"""
Bulk import of delegation members from a CSV or XLSX file (read and written by tablib).

Three steps, each a service or selector that views, admin and API can share:

1. `import_batch_create` refuses a file that is not CSV/XLSX by its contents, is over
   5 MB or 2,000 people, lacks a required column or repeats a NIP; otherwise it stores
   the bytes in an ImportBatch. A refused file stores nothing.
2. `import_preview` reads the stored bytes again and says, row by row, whether the person
   will be created, updated or left alone, and lists every error with its row and column.
3. `delegation_members_import` applies a batch without errors: all or nothing, in one
   transaction. People are matched by NIP, else by email, so importing the same file
   again changes nothing. An empty cell never erases what is stored.

Row numbers are the spreadsheet's: the header is row 1, the first person row 2. Every
lookup covers all rows at once (IN queries, bulk inserts), so 400 rows cost about the
same number of queries as 40.
"""

import io
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from pathlib import PurePath

import openpyxl
import tablib
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl.utils import get_column_letter
from wagtail.search.backends import get_search_backends_with_name

from directory.access import check_manages_delegation
from directory.models import Agency, Participant, Rank
from directory.roles import PARTICIPANT, is_organiser
from directory.validators import normalise_nip, validate_nip
from lms.errors import AccessDenied, DomainError

from .models import Delegation, DelegationMember, ImportBatch

logger = logging.getLogger(__name__)
User = get_user_model()

MAX_FILE_SIZE = 5 * 1024 * 1024
MAX_UNPACKED_SIZE = 50 * 1024 * 1024  # an XLSX is a zip: a tiny one may unpack to gigabytes
MAX_ROWS = 2000
FIRST_DATA_ROW = 2  # the header is row 1, as Excel numbers rows

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"


@dataclass(frozen=True)
class Column:
    """One column of the file. Headers are part of the file format: Indonesian always."""

    header: str
    field: str
    required: bool  # the column must exist in the file
    cell: str  # must each cell be filled: "yes", "no" or "either" (a NIP or an email)
    help: str
    example: str


COLUMNS = (
    Column("NIP", "nip", True, "either",
           gettext_lazy("18 digits. Leave it empty for staff who are not ASN; they need an "
                        "email instead."), "198503122010011004"),
    Column("Nama lengkap", "full_name", True, "yes",
           gettext_lazy("Full name with academic titles."), "Dr. Siti Aminah, S.E., M.Si."),
    Column("Jabatan", "position", False, "no", gettext_lazy("Position."),
           "Kepala Subbidang Perencanaan"),
    Column("Pangkat/golongan", "rank", False, "no",
           gettext_lazy("Rank as on the decree, e.g. III/a or IV/b."), "III/c"),
    Column("OPD", "agency", True, "no",
           gettext_lazy("The OPD's acronym or full name, as registered for the region."),
           "Bappeda"),
    Column("Telepon", "phone", False, "no", gettext_lazy("Mobile or office phone number."),
           "081234567890"),
    Column("Email", "email", True, "either",
           gettext_lazy("Used to sign in and to set a password. Required without a NIP."),
           "siti.aminah@example.id"),
)
HEADERS = [column.header for column in COLUMNS]
HEADER_OF = {column.field: column.header for column in COLUMNS}
TEXT_COLUMNS = {"nip", "phone"}  # formatted as text in the template: Excel drops digits


def _header_key(value) -> str:
    return re.sub(r"\s+", "", str(value or "")).lower()


FIELD_OF_HEADER = {_header_key(column.header): column.field for column in COLUMNS} | {
    "e-mail": "email"
}
REQUIRED_FIELDS = {column.field for column in COLUMNS if column.required}


# --- Results --------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """What is wrong, where: `row` as Excel numbers it, `column` its header."""

    row: int
    column: str
    message: str
    code: str


@dataclass(frozen=True)
class Change:
    field: str
    column: str
    old: str
    new: str


@dataclass
class RowValues:
    """One person's values from the file, cleaned; the names of Participant's fields."""

    nip: str = ""
    full_name: str = ""
    position: str = ""
    rank: str = ""
    agency: Agency | None = None
    phone: str = ""
    email: str = ""

    def as_fields(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass
class PreviewRow:
    row: int
    action: str  # CREATE, UPDATE or UNCHANGED
    values: RowValues
    person: Participant | None = None
    changes: list[Change] = field(default_factory=list)
    joins: bool = True  # becomes a member of the delegation


@dataclass(frozen=True)
class ImportCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class Preview:
    """What applying a batch would do (`rows`) and why it cannot yet (`errors`)."""

    rows: list[PreviewRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    @property
    def counts(self) -> ImportCounts:
        actions = [row.action for row in self.rows]
        return ImportCounts(actions.count(CREATE), actions.count(UPDATE), actions.count(UNCHANGED))


# --- Reading the file -----------------------------------------------------------------


@dataclass(frozen=True)
class SourceRow:
    number: int
    cells: dict[str, str]  # field name -> text of the cell
    nip_is_number: bool = False  # Excel stored the NIP as a number (and rounded it)


def import_file_check(uploaded_file) -> tuple[str, bytes]:
    """
    The file's format ("csv" or "xlsx", by its contents) and bytes, or DomainError:
    file_too_large, empty_file, file_type, file_unreadable, missing_columns,
    too_many_rows, duplicate_nip.
    """
    uploaded_file.seek(0)
    content = uploaded_file.read(MAX_FILE_SIZE + 1)
    if len(content) > MAX_FILE_SIZE:
        raise DomainError("file_too_large", _("The file is larger than 5 MB."))
    if not content:
        raise DomainError("empty_file", _("The file is empty."))
    file_format = _file_format(uploaded_file.name, content)
    _refuse_duplicate_nips(_read_rows(file_format, content))
    return file_format, content


def _file_format(name: str, content: bytes) -> str:
    """The name must say CSV or XLSX and the contents must agree with it."""
    extension = PurePath(name or "").suffix.lower()
    if extension == ".xlsx" and _is_xlsx(content):
        return ImportBatch.Format.XLSX
    if extension == ".csv" and _is_text(content):
        return ImportBatch.Format.CSV
    raise DomainError(
        "file_type",
        _("This is not a CSV or XLSX file. Save the list in Excel as an Excel workbook "
          "(.xlsx) or as “CSV UTF-8” (.csv) and upload that file."),
    )


def _is_xlsx(content: bytes) -> bool:
    if not content.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile:
        return False
    if sum(member.file_size for member in members) > MAX_UNPACKED_SIZE:
        raise DomainError("file_too_large", _("The file is too large once unpacked."))
    return any(member.filename == "xl/workbook.xml" for member in members)


def _is_text(content: bytes) -> bool:
    if b"\x00" in content or content.startswith(b"%PDF"):
        return False
    try:
        content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return True


def _read_rows(file_format: str, content: bytes) -> list[SourceRow]:
    """The non-blank rows under the header, numbered as in the spreadsheet."""
    dataset = _load_dataset(file_format, content)
    positions = _column_positions(dataset.headers or [])
    rows = []
    for number, values in enumerate(dataset, start=FIRST_DATA_ROW):
        cells = {name: _text(values[at]) for name, at in positions.items()}
        if not any(cells.values()):
            continue
        rows.append(SourceRow(number, cells, isinstance(values[positions["nip"]], int | float)))
        if len(rows) > MAX_ROWS:
            raise DomainError(
                "too_many_rows",
                _("The file lists more than %(limit)s people. Split it into smaller files.")
                % {"limit": number_format(MAX_ROWS, force_grouping=True)},
            )
    if not rows:
        raise DomainError("empty_file", _("The file has no people: fill them in from row 2."))
    return rows


def _load_dataset(file_format: str, content: bytes) -> tablib.Dataset:
    try:
        if file_format == ImportBatch.Format.XLSX:
            return _members_sheet(tablib.Databook().load(content, "xlsx").sheets())
        text = content.decode("utf-8-sig")
        return tablib.Dataset().load(text, "csv", delimiter=_delimiter(text))
    except Exception as error:  # openpyxl, csv and tablib each raise their own kinds
        raise DomainError(
            "file_unreadable",
            _("The file could not be read. Open it in Excel, save it again and upload it "
              "again."),
        ) from error


def _members_sheet(sheets: list[tablib.Dataset]) -> tablib.Dataset:
    """The first sheet with the required headers (the guide sheet may be the active one)."""
    for sheet in sheets:
        found = {FIELD_OF_HEADER.get(_header_key(header)) for header in sheet.headers or []}
        if REQUIRED_FIELDS <= found:
            return sheet
    return sheets[0] if sheets else tablib.Dataset()


def _delimiter(text: str) -> str:
    """Excel set to Indonesian saves CSV with semicolons (the comma is the decimal mark)."""
    header = text.split("\n", 1)[0]
    return max([",", ";", "\t"], key=header.count)


def _column_positions(headers: list) -> dict[str, int]:
    if not any(_text(header) for header in headers):
        raise DomainError("empty_file", _("The file is empty: row 1 must hold the headers."))
    positions: dict[str, int] = {}
    for at, header in enumerate(headers):
        name = FIELD_OF_HEADER.get(_header_key(header))
        if name and name not in positions:
            positions[name] = at
    missing = [column.header for column in COLUMNS if column.required and column.field not in
               positions]
    if missing:
        raise DomainError(
            "missing_columns",
            _("The file lacks these columns: %(columns)s. Row 1 must hold the template's "
              "headers.") % {"columns": ", ".join(missing)},
        )
    return positions


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _refuse_duplicate_nips(rows: list[SourceRow]) -> None:
    duplicates = _duplicates(rows, "nip")
    if duplicates:
        pairs = [_("rows %(first)s and %(second)s") % pair for pair in duplicates.values()]
        raise DomainError(
            "duplicate_nip",
            _("The same NIP appears more than once (%(rows)s). List each person once.")
            % {"rows": "; ".join(pairs[:5])},
        )


def _duplicates(rows: list[SourceRow], name: str) -> dict[int, dict]:
    """Rows repeating an earlier row's NIP or email: {row: {"first": .., "second": ..}}."""
    first: dict[str, int] = {}
    repeats = {}
    for row in rows:
        key = row.cells.get(name, "").lower()
        key = normalise_nip(key) if name == "nip" else key
        if key and key in first:
            repeats[row.number] = {"first": first[key], "second": row.number}
        first.setdefault(key, row.number)
    return repeats


# --- Checking each row ----------------------------------------------------------------


_RANK_PATTERN = re.compile(r"\b(IV|III|II|I)\s*[/-]\s*([a-e])\b", re.IGNORECASE)
_RANKS = {rank.value.lower(): rank.value for rank in Rank}
Problem = tuple[str, str, str]  # field name, message, code


def _rank(text: str) -> str:
    """III/a from "iii/a", "III - a" or "Penata Muda (III/a)"; "" if not a rank."""
    match = _RANK_PATTERN.search(text)
    return _RANKS.get(f"{match[1]}/{match[2]}".lower(), "") if match else ""


def _agency_key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _agency_index(region_id: int) -> dict[str, Agency]:
    """The region's OPDs by acronym and by full name, in one query."""
    index = {}
    for agency in Agency.objects.filter(region_id=region_id):
        index.setdefault(_agency_key(agency.name), agency)
        index[_agency_key(agency.acronym)] = agency
    return index


def _clean(row: SourceRow, agencies: dict[str, Agency]) -> tuple[RowValues, list[Problem]]:
    cells = row.cells
    values = RowValues(
        nip=normalise_nip(cells.get("nip")),
        full_name=cells.get("full_name", ""),
        position=cells.get("position", ""),
        rank=_rank(cells.get("rank", "")),
        agency=agencies.get(_agency_key(cells.get("agency", ""))),
        phone=cells.get("phone", ""),
        email=cells.get("email", "").lower(),
    )
    problems = [*_identity_problems(row, values), *_detail_problems(row, values)]
    return values, problems


def _identity_problems(row: SourceRow, values: RowValues) -> Iterator[Problem]:
    if not values.full_name:
        yield "full_name", _("Write the person's full name."), "name_required"
    if not values.nip and not values.email:
        yield "nip", _("Give a NIP, or an email address for staff who are not ASN."), \
            "nip_or_email_required"
    if row.nip_is_number:
        yield "nip", _("Excel stored this NIP as a number and may have changed its last "
                       "digits. Format the NIP column as Text and type the NIP again."), \
            "nip_number"
    elif values.nip:
        try:
            validate_nip(values.nip)
        except ValidationError as error:
            yield "nip", error.messages[0], error.code or "nip_invalid"
    if values.email:
        try:
            validate_email(values.email)
        except ValidationError:
            yield "email", _("This is not a valid email address."), "email_invalid"


def _detail_problems(row: SourceRow, values: RowValues) -> Iterator[Problem]:
    if row.cells.get("rank") and not values.rank:
        yield "rank", _("Unknown rank: write it as on the decree, e.g. III/a or IV/b."), \
            "rank_invalid"
    if row.cells.get("agency") and values.agency is None:
        yield "agency", _("No OPD of the delegation's region has this acronym or name."), \
            "agency_unknown"
    for name in ("full_name", "position", "phone", "email"):
        limit = Participant._meta.get_field(name).max_length
        if len(getattr(values, name)) > limit:
            yield name, _("At most %(limit)s characters.") % {"limit": limit}, "too_long"
    if not values.nip and len(values.email) > User._meta.get_field("username").max_length:
        yield "email", _("This email is too long to sign in with."), "too_long"


# --- Matching rows with people ----------------------------------------------------------


@dataclass
class _Known:
    """What the database holds about the people of one file, read in five queries."""

    agencies: dict[int, Agency]
    by_nip: dict[str, Participant]
    by_email: dict[str, Participant]
    account_by_email: dict[str, int]  # lowercased email -> user id
    account_by_username: dict[str, int]  # lowercased username -> user id
    members: set[int]  # participant ids already in the delegation


def _known(delegation: Delegation, rows: list[RowValues], agencies: dict) -> _Known:
    nips = {values.nip for values in rows if values.nip}
    emails = {values.email for values in rows if values.email}
    people = Participant.objects.annotate(email_key=Lower("email"))
    accounts = User.objects.annotate(email_key=Lower("email"), username_key=Lower("username"))
    return _Known(
        agencies={agency.pk: agency for agency in agencies.values()},
        by_nip={person.nip: person for person in people.filter(nip__in=nips)},
        by_email={person.email_key: person for person in people.filter(email_key__in=emails)},
        account_by_email=dict(
            accounts.filter(email_key__in=emails).values_list("email_key", "pk")
        ),
        account_by_username=dict(
            accounts.filter(username_key__in=nips | emails).values_list("username_key", "pk")
        ),
        members=set(delegation.memberships.order_by().values_list("participant_id", flat=True)),
    )


def _match(values: RowValues, known: _Known, region_id: int
           ) -> tuple[Participant | None, Problem | None]:
    """The stored person this row is (by NIP, else email), or why it cannot be imported."""
    person, key = known.by_nip.get(values.nip) if values.nip else None, "nip"
    if person is None and values.email:
        person, key = known.by_email.get(values.email), "email"
        if person is not None and values.nip and person.nip:
            return None, ("email", _("This email belongs to a person with another NIP."),
                          "email_taken")
    if person is not None and person.region_id != region_id:
        return None, (key, _("This person belongs to another region and cannot be changed "
                             "here. Ask an organiser."), "other_region")
    return person, _account_problem(values, person, known)


def _account_problem(values: RowValues, person: Participant | None, known: _Known
                     ) -> Problem | None:
    owner = known.account_by_email.get(values.email) if values.email else None
    if owner is not None and owner != getattr(person, "user_id", None):
        return "email", _("Another account already uses this email."), "email_taken"
    username = values.nip or values.email
    if person is None and known.account_by_username.get(username) is not None:
        return ("nip" if values.nip else "email"), _(
            "An account with this NIP or email already exists."), "username_taken"
    return None


def _changes(person: Participant, values: RowValues, known: _Known) -> list[Change]:
    """What the row changes; an empty cell changes nothing."""
    changes = []
    for name, new in values.as_fields().items():
        old = getattr(person, name) if name != "agency" else known.agencies.get(
            person.agency_id)
        same = old.lower() == new if name == "email" else old == new
        if new and not same:
            changes.append(Change(name, HEADER_OF[name], _shown(old), _shown(new)))
    return changes


def _shown(value) -> str:
    return value.acronym if isinstance(value, Agency) else str(value or "")


def _preview_row(number: int, values: RowValues, person: Participant | None, known: _Known
                 ) -> PreviewRow:
    if person is None:
        return PreviewRow(number, CREATE, values)
    changes = _changes(person, values, known)
    joins = person.pk not in known.members
    action = UPDATE if changes or joins else UNCHANGED
    return PreviewRow(number, action, values, person, changes, joins)


def _plan(delegation: Delegation, rows: list[SourceRow]) -> Preview:
    """Every row's action, or its errors; a constant number of queries for any size."""
    agencies = _agency_index(delegation.home_region_id)
    checked = [(row, *_clean(row, agencies)) for row in rows]
    known = _known(delegation, [values for _row, values, _problems in checked], agencies)
    repeats = {name: _duplicates(rows, name) for name in ("nip", "email")}
    preview, claimed = Preview(), {}
    for row, values, problems in checked:
        problems += _repeat_problems(row.number, repeats)
        person = None
        if not problems:
            person, problem = _match(values, known, delegation.home_region_id)
            problems = [problem] if problem else _claim(row.number, person, values, claimed)
        if problems:
            preview.errors += [RowError(row.number, HEADER_OF[name], str(message), code)
                               for name, message, code in problems]
        else:
            preview.rows.append(_preview_row(row.number, values, person, known))
    return preview


def _repeat_problems(number: int, repeats: dict[str, dict]) -> list[Problem]:
    messages = {
        "nip": _("This NIP appears twice in the file (rows %(first)s and %(second)s)."),
        "email": _("This email appears twice in the file (rows %(first)s and %(second)s)."),
    }
    return [(name, messages[name] % found[number], f"duplicate_{name}")
            for name, found in repeats.items() if number in found]


def _claim(number: int, person: Participant | None, values: RowValues, claimed: dict
           ) -> list[Problem]:
    """One row per stored person: a second row reaching the same person is an error."""
    if person is None:
        return []
    if person.pk in claimed:
        key = "nip" if values.nip else "email"
        return [(key, _("This is the same person as row %(row)s.") % {"row": claimed[
            person.pk]}, "same_person")]
    claimed[person.pk] = number
    return []


# --- Selectors ------------------------------------------------------------------------


def import_batches_visible_to(user, delegation: Delegation) -> QuerySet[ImportBatch]:
    """A coordinator sees their own uploads; organisers see every upload of the delegation."""
    batches = ImportBatch.objects.filter(delegation=delegation)
    return batches if is_organiser(user) else batches.filter(created_by=user)


def import_preview(batch: ImportBatch) -> Preview:
    """What confirming `batch` would do now, read from the stored bytes."""
    rows = _read_rows(batch.file_format, bytes(batch.content))
    return _plan(batch.delegation, rows)


def import_template(file_format: str) -> bytes:
    """An empty member list with the headers; the XLSX adds a guide sheet "Petunjuk"."""
    members = tablib.Dataset(headers=HEADERS, title="Anggota")
    if file_format == ImportBatch.Format.CSV:
        return members.export("csv").encode("utf-8-sig")  # the BOM tells Excel it is UTF-8
    guide = tablib.Dataset(
        headers=[_("Column"), _("Required"), _("What to write"), _("Example")],
        title="Petunjuk",
    )
    for row in _guide_rows():
        guide.append(row)
    return _with_text_columns(tablib.Databook([members, guide]).export("xlsx"))


def _guide_rows() -> list[tuple[str, str, str, str]]:
    need = {"yes": _("Yes"), "no": _("No"), "either": _("NIP or Email")}
    rows = [(column.header, need[column.cell], str(column.help), column.example)
            for column in COLUMNS]
    rows.append(("", "", _("Row 1 holds the headers; the first person is on row 2. Keep the "
                           "NIP and Telepon columns formatted as Text. An empty cell never "
                           "erases what is already stored."), ""))
    return rows


def _with_text_columns(content: bytes) -> bytes:
    """Widen the member sheet's columns and format NIP and phone as text."""
    workbook = openpyxl.load_workbook(io.BytesIO(content))
    for at, column in enumerate(COLUMNS, start=1):
        dimension = workbook["Anggota"].column_dimensions[get_column_letter(at)]
        dimension.width = 24
        if column.field in TEXT_COLUMNS:
            dimension.number_format = "@"
    workbook["Petunjuk"].column_dimensions["C"].width = 70
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


# --- Services -------------------------------------------------------------------------


def _check_pending(user, batch: ImportBatch) -> None:
    check_manages_delegation(user, batch.delegation)
    if batch.created_by_id != user.pk and not is_organiser(user):
        raise AccessDenied("batch_forbidden", _("This import was uploaded by someone else."))
    if batch.status == ImportBatch.Status.APPLIED:
        raise DomainError("batch_already_applied", _("This file has already been imported."))
    if batch.status == ImportBatch.Status.DISCARDED:
        raise DomainError("batch_discarded", _("This import was discarded."))


@transaction.atomic
def import_batch_create(*, user, delegation: Delegation, uploaded_file) -> ImportBatch:
    """
    Check an uploaded member list and keep it for preview. Refuses (storing nothing)
    with AccessDenied("delegation_forbidden") or the DomainError codes of
    `import_file_check`.
    """
    check_manages_delegation(user, delegation)
    file_format, content = import_file_check(uploaded_file)
    batch = ImportBatch(
        delegation=delegation,
        created_by=user,
        filename=PurePath(uploaded_file.name or "").name[:255],
        file_format=file_format,
        content=content,
    )
    batch.full_clean(exclude=["delegation", "created_by"])
    batch.save()
    return batch


@transaction.atomic
def import_batch_discard(*, user, batch: ImportBatch) -> ImportBatch:
    """Drop a pending batch and the people's data in it; nothing else changes."""
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    _check_pending(user, batch)
    batch.status, batch.content = ImportBatch.Status.DISCARDED, b""
    batch.save(update_fields=["status", "content"])
    return batch


@transaction.atomic
def delegation_members_import(*, user, batch: ImportBatch) -> ImportCounts:
    """
    Apply a previewed batch: create and update people, add everyone in the file to the
    delegation (existing members stay). All or nothing. Refuses with DomainError
    batch_has_errors, batch_already_applied (a repeated confirm), batch_discarded or
    import_conflict (someone wrote the same people meanwhile), or AccessDenied.
    """
    batch = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    _check_pending(user, batch)
    preview = import_preview(batch)
    if preview.has_errors:
        raise DomainError("batch_has_errors",
                          _("The file has errors: correct them and upload it again."))
    try:
        with transaction.atomic():
            _apply(batch.delegation, preview.rows)
    except IntegrityError as error:
        raise DomainError("import_conflict", _("Someone changed these people meanwhile. "
                                               "Upload the file again.")) from error
    counts = preview.counts
    batch.status, batch.applied_at = ImportBatch.Status.APPLIED, timezone.now()
    batch.created_count, batch.updated_count = counts.created, counts.updated
    batch.unchanged_count = counts.unchanged
    batch.save(update_fields=["status", "applied_at", "created_count", "updated_count",
                              "unchanged_count"])
    return counts


def _apply(delegation: Delegation, rows: list[PreviewRow]) -> None:
    created = _create_people(delegation.home_region_id, [r for r in rows if r.action == CREATE])
    updated = _update_people([row for row in rows if row.changes])
    DelegationMember.objects.bulk_create(
        [DelegationMember(delegation=delegation, participant=row.person)
         for row in rows if row.joins],
        ignore_conflicts=True,
    )
    _index(created + updated)


def _create_people(region_id: int, rows: list[PreviewRow]) -> list[Participant]:
    """Accounts (no usable password: owners set one with "forgot password"), profiles and
    the participant role, in three bulk inserts."""
    if not rows:
        return []
    accounts = [_new_account(row.values) for row in rows]
    User.objects.bulk_create(accounts)
    for row, account in zip(rows, accounts, strict=True):
        row.person = Participant(user=account, region_id=region_id, **row.values.as_fields())
    people = Participant.objects.bulk_create([row.person for row in rows])
    group = Group.objects.get(name=PARTICIPANT)
    Role = User.groups.through
    Role.objects.bulk_create([Role(user_id=account.pk, group_id=group.pk)
                              for account in accounts])
    return people


def _new_account(values: RowValues):
    account = User(username=(values.nip or values.email).lower(), email=values.email,
                   first_name=values.full_name[:150])
    account.set_unusable_password()
    return account


def _update_people(rows: list[PreviewRow]) -> list[Participant]:
    people, accounts = [], []
    for row in rows:
        for change in row.changes:
            setattr(row.person, change.field, getattr(row.values, change.field))
        if any(change.field == "email" for change in row.changes):
            accounts.append(User(pk=row.person.user_id, email=row.values.email))
        people.append(row.person)
    if people:
        Participant.objects.bulk_update(people, [f.name for f in fields(RowValues)])
    if accounts:
        User.objects.bulk_update(accounts, ["email"])
    return people


def _index(people: list[Participant]) -> None:
    """Bulk writes send no post_save, so update the search index as a save would."""
    if not people:
        return
    for name, backend in get_search_backends_with_name(with_auto_update=True):
        try:
            backend.add_bulk(Participant, people)
        except Exception:
            logger.exception("Could not index imported people in the %r search backend", name)
            if not backend.catch_indexing_errors:
                raise
