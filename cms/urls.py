from django.conf import settings
from django.conf.urls.static import static
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import i18n, observability, views

handler500 = "cms.observability.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path(settings.METRICS_PATH.strip("/"), observability.metrics, name="metrics"),
    path(
        "favicon.ico",
        RedirectView.as_view(
            url=f"{settings.STATIC_URL}img/favicon.svg", permanent=True
        ),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumente/", include(wagtaildocs_urls)),
    path("konto/", include("allauth.urls")),
    path("sprache/<str:language>/", views.set_language, name="set_language"),
    path("suche/", views.search, name="search"),
    path("mein-bereich/", views.dashboard, name="dashboard"),
    path("mein-bereich/profil/", views.profile, name="profile"),
    path("mein-bereich/meine-daten/", views.my_data, name="my_data"),
    path(
        "mein-bereich/meine-daten/export/", views.my_data_export, name="my_data_export"
    ),
    path(
        "mein-bereich/meine-daten/export/<str:token>/",
        views.my_data_export_download,
        name="my_data_export_download",
    ),
    path(
        "mein-bereich/meine-daten/loeschen/",
        views.my_data_delete,
        name="my_data_delete",
    ),
    path("", include("learning.urls")),
    path("", include("events.urls")),
    path("", include("exchange.urls")),
    path("", include("network.urls")),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Files a page offers (a training's .ics, a participants .csv) are routes of
    # that page, but Wagtail's own pattern allows no dot in the last part.
    re_path(r"^((?:[\w\-]+/)*[\w\-]+\.(?:ics|csv))$", i18n.serve),
    # Wagtail's page pattern, routed through the German tree in every language.
    re_path(r"^((?:[\w\-]+/)*)$", i18n.serve),
    path("", include(wagtail_urls)),
]
