"""Addresses of the network that belong to no page: links sent by mail, and
the report subscription, which must skip the CSRF check (see its view).

Everything else is a route of the network page or of the situation reports,
see ``network.models``.
"""

from django.urls import path

from network import views

app_name = "network"

urlpatterns = [
    path(
        "netzwerk/nachrichten/<uuid:public_id>/antworten/",
        views.message_reply,
        name="message_reply",
    ),
    path(
        "netzwerk/gespraech/<uuid:token>/",
        views.visitor_conversation,
        name="visitor_conversation",
    ),
    # Posted from the cached reports page without a CSRF cookie (see the view).
    path(
        "netzwerk/lageberichte/abo/",
        views.report_subscription,
        name="report_subscription",
    ),
    path(
        "netzwerk/lageberichte/bestaetigen/<uuid:token>/",
        views.report_confirm,
        name="report_confirm",
    ),
    path(
        "netzwerk/lageberichte/abbestellen/<uuid:token>/",
        views.report_unsubscribe,
        name="report_unsubscribe",
    ),
]
