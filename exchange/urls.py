from django.urls import path

from exchange import views

app_name = "exchange"

urlpatterns = [
    path("austausch/", views.index, name="index"),
    path(
        "austausch/themengruppe-vorschlagen/",
        views.group_propose,
        name="group_propose",
    ),
    path("austausch/suche/", views.search, name="search"),
    path("austausch/moderation/", views.moderation, name="moderation"),
    path(
        "austausch/moderation/gruppe/<int:pk>/",
        views.group_decide,
        name="group_decide",
    ),
    path(
        "austausch/moderation/anfrage/<int:pk>/",
        views.membership_decide,
        name="membership_decide",
    ),
    path(
        "austausch/benachrichtigungen/",
        views.notification_list,
        name="notifications",
    ),
    path(
        "austausch/benachrichtigungen/<int:pk>/",
        views.notification_open,
        name="notification_open",
    ),
    path(
        "austausch/benachrichtigungen/einstellungen/",
        views.notification_settings,
        name="settings",
    ),
    path("austausch/abbestellen/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("austausch/forum/<slug:slug>/", views.forum_detail, name="forum"),
    path("austausch/forum/<slug:slug>/beitreten/", views.forum_join, name="join"),
    path("austausch/forum/<slug:slug>/verlassen/", views.forum_leave, name="leave"),
    path("austausch/forum/<slug:slug>/folgen/", views.forum_follow, name="follow"),
    path(
        "austausch/forum/<slug:slug>/neues-thema/",
        views.thread_new,
        name="thread_new",
    ),
    path("austausch/thema/<int:pk>/", views.thread_detail, name="thread"),
    path("austausch/thema/<int:pk>/folgen/", views.thread_follow, name="thread_follow"),
    path(
        "austausch/thema/<int:pk>/moderieren/",
        views.thread_moderate,
        name="thread_moderate",
    ),
    path("austausch/beitrag/<int:pk>/", views.post_redirect, name="post"),
    path("austausch/beitrag/<int:pk>/bearbeiten/", views.post_edit, name="post_edit"),
    path("austausch/beitrag/<int:pk>/loeschen/", views.post_delete, name="post_delete"),
    path("austausch/beitrag/<int:pk>/melden/", views.post_report, name="post_report"),
    path("austausch/beitrag/<int:pk>/ausblenden/", views.post_hide, name="post_hide"),
    path("austausch/beitrag/<int:pk>/ablehnen/", views.post_reject, name="post_reject"),
    path(
        "austausch/beitrag/<int:pk>/moderieren/",
        views.post_moderate,
        name="post_moderate",
    ),
]
