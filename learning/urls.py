from django.urls import path

from learning import (
    converters,  # noqa: F401  (registers learning_id)
    path_views,
    views,
)

app_name = "learning"

urlpatterns = [
    path("mein-bereich/notizen/", views.notes, name="notes"),
    path("mein-bereich/notizen/export/", views.notes_export, name="notes_export"),
    path(
        "mein-bereich/bescheinigungen/<learning_id:certificate_id>/",
        views.certificate_download,
        name="certificate_download",
    ),
    path("mein-bereich/lernpfade/", path_views.my_paths, name="paths"),
    path(
        "mein-bereich/lernpfade/<slug:slug>/beitreten/",
        path_views.path_join,
        name="path_join",
    ),
    path("nachweis/<str:code>/", views.certificate_verify, name="certificate_verify"),
]
