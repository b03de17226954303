"""Domain errors shared by every app's services: a stable code and a message for people."""

from django.core.exceptions import PermissionDenied


class DomainError(Exception):
    """A refused domain operation. `code` is stable (tests and API clients use it);
    `message` is translated, for people."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message


class AccessDenied(PermissionDenied):
    """The user may not do this to this object (a 403 wherever it surfaces)."""

    def __init__(self, code: str = "forbidden", message: str = ""):
        super().__init__(message or code)
        self.code = code


def validated(instance, *, exclude=(), codes: dict | None = None) -> None:
    """
    The model's own checks (Model.full_clean, step by step), as one DomainError: a
    field's value that is wrong in itself (too long, not a date, not a URL) is
    `codes[field]` or `invalid_<field>`; a rule of the model's clean() or a constraint
    keeps its own code (`same_region`, `meeting_link`, ...), else `codes[field]`.
    `exclude`: fields the service sets itself. Every service that saves a model calls
    this, so a refusal looks the same whichever app refuses.
    """
    from django.core.exceptions import ValidationError

    codes = codes or {}
    try:
        instance.clean_fields(exclude=exclude)
    except ValidationError as error:
        field, first = _first_error(error)
        raise DomainError(codes.get(field) or f"invalid_{field}", first.messages[0]) from error
    try:
        instance.clean()
        instance.validate_unique(exclude=exclude)
        instance.validate_constraints(exclude=exclude)
    except ValidationError as error:
        field, first = _first_error(error)
        code = first.code or codes.get(field) or f"invalid_{field or 'data'}"
        raise DomainError(code, first.messages[0]) from error


def _first_error(error) -> tuple[str | None, object]:
    if hasattr(error, "error_dict"):
        field, errors = next(iter(error.error_dict.items()))
        return (None if field == "__all__" else field), errors[0]
    return None, error.error_list[0]
