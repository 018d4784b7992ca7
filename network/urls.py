"""Addresses of the network that belong to no page: links sent by mail.

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
