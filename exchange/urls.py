"""The one address of the exchange that belongs to no page.

Everything else is a route of the exchange page, see ``exchange.models``.
"""

from django.urls import path

from exchange import views

app_name = "exchange"

urlpatterns = [
    # In mails already sent (and their List-Unsubscribe header): it never moves.
    path("austausch/abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
