from django.urls import path

from network import views

app_name = "network"

urlpatterns = [
    path("netzwerk/", views.network_home, name="home"),
    path("netzwerk/verzeichnis/", views.directory_list, name="directory_list"),
    path(
        "netzwerk/verzeichnis/<slug:slug>/",
        views.directory_detail,
        name="directory_detail",
    ),
    path("netzwerk/botschafter/", views.ambassador_list, name="ambassador_list"),
    path(
        "netzwerk/botschafter/mitmachen/",
        views.ambassador_settings,
        name="ambassador_settings",
    ),
    path(
        "netzwerk/botschafter/austragen/",
        views.ambassador_opt_out,
        name="ambassador_opt_out",
    ),
    path(
        "netzwerk/botschafter/<int:pk>/nachricht/",
        views.ambassador_message,
        name="ambassador_message",
    ),
    path(
        "netzwerk/nachrichten/<uuid:public_id>/antworten/",
        views.message_reply,
        name="message_reply",
    ),
    path("netzwerk/schulungswuensche/", views.request_list, name="request_list"),
    path(
        "netzwerk/schulungswuensche/neu/",
        views.request_create,
        name="request_create",
    ),
    path(
        "netzwerk/schulungswuensche/<int:pk>/",
        views.request_detail,
        name="request_detail",
    ),
    path(
        "netzwerk/schulungswuensche/<int:pk>/unterstuetzen/",
        views.request_support,
        name="request_support",
    ),
    path(
        "netzwerk/schulungswuensche/<int:pk>/zurueckziehen/",
        views.request_withdraw,
        name="request_withdraw",
    ),
    path(
        "netzwerk/schulungswuensche/<int:pk>/koordination/<slug:action>/",
        views.request_coordinate,
        name="request_coordinate",
    ),
    path("netzwerk/stadtteile/", views.district_overview, name="district_overview"),
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
    path(
        "netzwerk/lageberichte/abo/",
        views.report_subscription,
        name="report_subscription",
    ),
]
