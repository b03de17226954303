"""
The NIP rule, in one place: forms, admin, import and API all call `validate_nip`.

A NIP (Nomor Induk Pegawai) has 18 digits: birth date (yyyymmdd, a real date),
appointment month (yyyymm, a real month after the birth date), sex (1 or 2) and a
3-digit sequence, e.g. 19850312 201001 1 004.
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

NIP_LENGTH = 18


def normalise_nip(value: str | None) -> str:
    """Drop the spaces, dots and dashes people type between the parts of a NIP."""
    return re.sub(r"[\s.\-]", "", value or "")


def validate_nip(value: str) -> None:
    """Raise ValidationError (with a stable code) unless `value` is a valid NIP."""
    nip = normalise_nip(value)
    if not re.fullmatch(r"\d{18}", nip):
        raise ValidationError(_("A NIP has exactly 18 digits."), code="nip_format")
    try:
        birth = datetime.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        raise ValidationError(
            _("The first 8 digits of a NIP must be a real birth date (yyyymmdd)."),
            code="nip_birth_date",
        ) from None
    year, month = int(nip[8:12]), int(nip[12:14])
    if not 1 <= month <= 12:
        raise ValidationError(
            _("Digits 9 to 14 of a NIP must be a real appointment month (yyyymm)."),
            code="nip_appointment",
        )
    if (year, month) <= (birth.year, birth.month):
        raise ValidationError(
            _("The appointment month in a NIP must come after the birth date."),
            code="nip_appointment",
        )
    if nip[14] not in "12":
        raise ValidationError(_("Digit 15 of a NIP must be 1 or 2."), code="nip_sex")
