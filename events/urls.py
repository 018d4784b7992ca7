from django.urls import path
from django.views.decorators.gzip import gzip_page

from events import views

app_name = "events"

urlpatterns = [
    path("termine/kalender.ics", gzip_page(views.public_feed), name="feed"),
    path(
        "termine/kalender/<str:token>.ics",
        gzip_page(views.personal_feed),
        name="personal_feed",
    ),
    path("termine/<int:pk>/kalender.ics", views.event_ics, name="event_ics"),
    path("termine/<int:pk>/anmelden/", views.book, name="book"),
    path("termine/anmeldung/<int:pk>/abmelden/", views.cancel, name="cancel"),
    path("termine/<int:pk>/teilnehmende/", views.participants, name="participants"),
    path(
        "termine/<int:pk>/teilnehmende.csv",
        views.participants_csv,
        name="participants_csv",
    ),
    path(
        "termine/<int:pk>/teilnehmerliste/",
        views.sign_in_sheet,
        name="sign_in_sheet",
    ),
    path(
        "termine/<int:pk>/check-in/<int:session_id>/",
        views.check_in,
        name="check_in",
    ),
    path("termine/<int:pk>/nachricht/", views.trainer_message, name="message"),
    path("mein-bereich/kalender/", views.feeds, name="feeds"),
]
