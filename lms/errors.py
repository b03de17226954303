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
