"""Personal pages of the trainings that belong to no page.

Everything else (calendar feed, participants, check-in) is a route of the
calendar or training page, see ``events.models``; booking has an address of its
own as well, which skips the page routing.
"""

from django.urls import path, re_path
from django.views.decorators.gzip import gzip_page

from events import views

app_name = "events"

urlpatterns = [
    # A subscribed address must never move, so it does not follow the calendar.
    path(
        "termine/kalender/<str:token>.ics",
        gzip_page(views.personal_feed),
        name="personal_feed",
    ),
    path("mein-bereich/kalender/", views.feeds, name="feeds"),
    # Bookings skip the page tree's routing (a popular training draws hundreds
    # at once). No training route ends in a number alone, so no page's address
    # can be taken: a training named "buchen" keeps /termine/buchen/.
    path("termine/buchen/<int:page_id>/", views.book_training, name="book"),
    # The calendar feed is a route of the calendar page; feed readers' matching
    # conditional GETs are answered here first, before Wagtail routes.
    re_path(r"^((?:[\w\-]+/)+kalender\.ics)$", views.public_feed_not_modified),
]
