from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("search.urls")),
    path("delegasi/", include("visits.urls")),
    path("kunjungan/", include("visits.request_urls")),
    path("kunjungan/", include("visits.followup_urls")),
    path("pendampingan/", include("visits.mentoring_urls")),
    path("", include("visits.region_urls")),
    path("kursus-saya/", include("courses.urls")),
    path("laporan/", include("courses.report_urls")),
    path("", include("training.urls")),
    path("", include("directory.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns
    from django.urls import re_path
    from django.views.static import serve

    urlpatterns += staticfiles_urlpatterns()
    # Uploaded media, except private/ (visit letters, evidence: served by visits views).
    urlpatterns += [re_path(r"^media/(?!private/)(?P<path>.*)$", serve,
                            {"document_root": settings.MEDIA_ROOT})]

urlpatterns += [path("", include(wagtail_urls))]
