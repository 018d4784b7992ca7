from django.urls import path

from learning import (
    converters,  # noqa: F401  (registers learning_id)
    views,
)

app_name = "learning"

urlpatterns = [
    path(
        "kurse/<learning_id:course_id>/starten/",
        views.course_start,
        name="course_start",
    ),
    path(
        "kurse/<learning_id:course_id>/verlassen/",
        views.course_leave,
        name="course_leave",
    ),
    path(
        "kurse/<learning_id:course_id>/weiter/",
        views.course_resume,
        name="course_resume",
    ),
    path(
        "lerneinheiten/<learning_id:lesson_id>/erledigt/",
        views.lesson_done,
        name="lesson_done",
    ),
    path(
        "lerneinheiten/<learning_id:lesson_id>/quiz/",
        views.quiz_submit,
        name="quiz_submit",
    ),
    path(
        "lerneinheiten/<learning_id:lesson_id>/notiz/",
        views.note_save,
        name="note_save",
    ),
    path("mein-bereich/notizen/", views.notes, name="notes"),
    path("mein-bereich/notizen/export/", views.notes_export, name="notes_export"),
    path(
        "mein-bereich/bescheinigungen/<learning_id:certificate_id>/",
        views.certificate_download,
        name="certificate_download",
    ),
    path("nachweis/<str:code>/", views.certificate_verify, name="certificate_verify"),
]
