"""
The programme pages, one module per area, mounted at the site root (each module
names its full paths: program/..., sertifikat/..., verifikasi/..., kalender/...).
Fixed words come before slugs, so the programme pages (program/<slug>/) go last.
"""

from .views import attendance, calendars, certificates, evaluation, programmes

urlpatterns = [
    *attendance.urlpatterns,
    *certificates.urlpatterns,
    *calendars.urlpatterns,
    *evaluation.urlpatterns,
    *programmes.urlpatterns,
]
