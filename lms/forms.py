"""
Form pieces every app shares: how a service's refusal is shown on a form, and the
phone-friendly date and time inputs.
"""

from django import forms
from django.core.exceptions import ValidationError


class DateInput(forms.DateInput):
    """The phone's own date picker; the value in ISO form, as that picker sends it."""

    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class TimeInput(forms.TimeInput):
    """The phone's own time picker (24-hour, as Indonesia writes it)."""

    input_type = "time"

    def __init__(self, **kwargs):
        super().__init__(format="%H:%M", **kwargs)


def add_domain_error(form: forms.Form, error, fields: dict | None = None) -> None:
    """
    Show a service's refusal (DomainError or AccessDenied) on the field it concerns,
    else at the top of the form. `fields` maps an error code to its field name (or to
    candidate names, the first one the form has wins); a code "invalid_<field>" names
    its field itself.
    """
    code = getattr(error, "code", "") or "invalid"
    named = (fields or {}).get(code) or []
    candidates = [named] if isinstance(named, str) else list(named)
    if code.startswith("invalid_"):
        candidates.append(code.removeprefix("invalid_"))
    field = next((name for name in candidates if name in form.fields), None)
    message = getattr(error, "message", "") or str(error)
    form.add_error(field, ValidationError(message, code=code))
