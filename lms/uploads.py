"""
Uploaded files that people send us (visit letters, follow-up evidence): checked by their
content, never by their name, and served back only through views that check who asks.

`check_upload` is the one rule: a file is accepted when its first bytes say it is one of
the kinds a field allows (filetype reads the magic numbers; an Office document is a ZIP
whose parts say Word, Excel or PowerPoint) and it is at most MAX_UPLOAD_BYTES. Anything
else raises DomainError with a stable code before anything is stored.
"""

import zipfile
from pathlib import PurePath

import filetype
from django.http import FileResponse
from django.utils.translation import gettext as _

from .errors import DomainError

MAX_UPLOAD_BYTES = 10 * 1024 * 1024

# Kind -> ({MIME type filetype reports: the extension a file of it is stored with},
#          name shown to people)
KINDS = {
    "pdf": ({"application/pdf": ".pdf"}, "PDF"),
    "image": ({"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"},
              "JPG/PNG/WEBP"),
    "office": ({
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ".xlsx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation": ".pptx",
        "application/msword": ".doc", "application/vnd.ms-excel": ".xls",
        "application/vnd.ms-powerpoint": ".ppt", "application/x-ole-storage": "",
    }, "DOCX/XLSX/PPTX"),
}
EXTENSIONS = {mime: extension for mimes, _name in KINDS.values()
              for mime, extension in mimes.items()}
LETTER_KINDS = ("pdf",)
EVIDENCE_KINDS = ("pdf", "image", "office")
OFFICE_PARTS = {  # the folder inside an Office Open XML ZIP -> its MIME type
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def _office_zip(uploaded) -> str | None:
    """The Office MIME type of a ZIP that holds a Word, Excel or PowerPoint document."""
    try:
        uploaded.seek(0)
        with zipfile.ZipFile(uploaded) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    finally:
        uploaded.seek(0)
    if "[Content_Types].xml" not in names:
        return None
    for prefix, mime in OFFICE_PARTS.items():
        if any(name.startswith(prefix) for name in names):
            return mime
    return None


def detected_mime(uploaded) -> str | None:
    uploaded.seek(0)
    head = uploaded.read(8192)
    uploaded.seek(0)
    kind = filetype.guess(head)
    mime = kind.mime if kind else None
    if mime in (None, "application/zip") or (mime or "").startswith("application/vnd.openxml"):
        mime = _office_zip(uploaded) or mime
    return mime


def check_upload(uploaded, kinds: tuple[str, ...]) -> str:
    """The file's detected MIME type, if it is one of `kinds` and small enough; else
    DomainError upload_empty / upload_too_large / upload_type."""
    size = getattr(uploaded, "size", None) or 0
    if not size:
        raise DomainError("upload_empty", _("The file is empty."))
    if size > MAX_UPLOAD_BYTES:
        raise DomainError("upload_too_large",
                          _("The file is larger than 10 MB (%(size)s MB).")
                          % {"size": round(size / 1024 / 1024, 1)})
    mime = detected_mime(uploaded)
    allowed = set().union(*(KINDS[kind][0] for kind in kinds))
    if mime not in allowed:
        names = ", ".join(KINDS[kind][1] for kind in kinds)
        raise DomainError("upload_type",
                          _("This file is not an accepted type (%(names)s); its content "
                            "was checked, not its name.") % {"names": names})
    return mime


def named_by_content(uploaded, mime: str, default_stem: str = "file"):
    """The upload renamed with the extension of its detected content (the original
    name's stem kept), so a PDF called "bukti.docx" downloads as "bukti.pdf"."""
    extension = EXTENSIONS.get(mime)
    if extension:
        stem = PurePath(uploaded.name or default_stem).stem or default_stem
        uploaded.name = f"{stem[:60]}{extension}"
    return uploaded


def private_file_response(field_file, download_name: str) -> FileResponse:
    """Serve a file from private storage to someone a view has already allowed."""
    response = FileResponse(field_file.open("rb"), as_attachment=True,
                            filename=download_name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
