"""What the exchange stores about people: registered in ``wagtail_hooks.py``.

Forum posts may speak of health (DSGVO Art. 9). On erasure the person chooses:
posts stay readable under "Gelöschte Person", or their text goes (a placeholder
keeps the thread readable; a thread only they wrote goes entirely).
"""

from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.personal_data import PersonalData
from exchange.models import (
    Forum,
    Membership,
    ModerationPreference,
    Notification,
    NotificationPreference,
    Post,
    ReadState,
    Report,
    Subscription,
    Thread,
)

_EXCHANGE = _("Austausch in Foren und Themengruppen")
_UNTIL_DELETION = _("bis zur Löschung des Kontos")
_READERS = _("die Mitglieder des Forums; Moderation und Koordination")


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def export_posts(user) -> list[dict]:
    posts = Post.objects.filter(author=user).select_related("thread__forum")
    return [
        {
            "forum": p.thread.forum.title,
            "thema": p.thread.title,
            "text": p.body,
            "geschrieben_am": _iso(p.created_at),
            "bearbeitet_am": _iso(p.edited_at),
            "geloescht_am": _iso(p.deleted_at),
        }
        for p in posts
    ]


def export_threads(user) -> list[dict]:
    threads = Thread.objects.filter(author=user).select_related("forum")
    return [
        {"forum": t.forum.title, "thema": t.title, "begonnen_am": _iso(t.created_at)}
        for t in threads
    ]


def export_reports(user) -> list[dict]:
    reports = Report.objects.filter(reporter=user).select_related("post__thread")
    return [
        {
            "thema": r.post.thread.title,
            "grund": r.reason,
            "gemeldet_am": _iso(r.created_at),
            "erledigt_am": _iso(r.resolved_at),
        }
        for r in reports
    ]


def export_memberships(user) -> list[dict]:
    rows = Membership.objects.filter(user=user).select_related("forum")
    return [
        {
            "forum": m.forum.title,
            "rolle": m.get_role_display(),
            "status": m.get_status_display(),
            "beigetreten_am": _iso(m.joined_at),
        }
        for m in rows
    ]


def export_founded_groups(user) -> list[dict]:
    return [
        {"gruppe": f.title, "angelegt_am": _iso(f.created_at)}
        for f in Forum.objects.filter(founder=user)
    ]


def export_subscriptions(user) -> list[dict]:
    rows = Subscription.objects.filter(user=user).select_related("forum", "thread")
    return [
        {
            "forum": s.forum.title if s.forum_id else None,
            "thema": s.thread.title if s.thread_id else None,
            "seit": _iso(s.created_at),
        }
        for s in rows
    ]


def export_preferences(user) -> list[dict]:
    rows = NotificationPreference.objects.filter(user=user).select_related("forum")
    return [
        {
            "forum": p.forum.title if p.forum_id else None,
            "haeufigkeit": p.get_frequency_display(),
        }
        for p in rows
    ]


def export_moderation_preference(user) -> list[dict]:
    return [
        {"haeufigkeit": p.get_frequency_display()}
        for p in ModerationPreference.objects.filter(user=user)
    ]


def export_notifications(user) -> list[dict]:
    rows = Notification.objects.filter(recipient=user).select_related("forum")
    return [
        {
            "art": n.get_kind_display(),
            "forum": n.forum.title,
            "am": _iso(n.created_at),
            "gelesen_am": _iso(n.read_at),
        }
        for n in rows
    ]


def export_read_states(user) -> list[dict]:
    rows = ReadState.objects.filter(user=user).select_related("thread")
    return [
        {"thema": r.thread.title, "zuletzt_gelesen": _iso(r.last_read_at)} for r in rows
    ]


def erase_posts(erasure) -> None:
    """Keep posts under "Gelöschte Person", or remove their text, as chosen."""
    if erasure.keep_posts:
        return
    others = Post.objects.filter(thread=OuterRef("pk")).exclude(author=erasure.user)
    Thread.objects.filter(author=erasure.user).exclude(Exists(others)).delete()
    Post.objects.filter(author=erasure.user).update(
        body="", html="", deleted_at=timezone.now()
    )


def _delete(model, field: str = "user"):
    def erase(erasure) -> None:
        model.objects.filter(**{field: erasure.user}).delete()

    return erase


def personal_data() -> list[PersonalData]:
    return [
        PersonalData.nothing("exchange.ExchangeIndexPage"),
        PersonalData(
            "exchange.Forum",
            key="gegruendete_gruppen",
            label=_("Themengruppen, die Sie vorgeschlagen haben"),
            purpose=_EXCHANGE,
            retention=_("solange die Gruppe besteht"),
            visible_to=_("Moderation und Koordination"),
            erasure=_("Gruppe bleibt, Gründer:in heißt „Gelöschte Person“"),
            personal="founder",
            none="kind course title slug description visibility pre_moderation "
            "status decision_reason created_at last_activity_at thread_count topics",
            export=export_founded_groups,
        ),
        PersonalData(
            "exchange.Membership",
            key="mitgliedschaften",
            label=_("Mitgliedschaften"),
            purpose=_EXCHANGE,
            retention=_UNTIL_DELETION,
            visible_to=_("Moderation der Gruppe und Koordination"),
            erasure=_("gelöscht"),
            personal="user role status joined_at",
            none="forum",
            export=export_memberships,
            erase=_delete(Membership),
        ),
        PersonalData(
            "exchange.Thread",
            key="themen",
            label=_("Themen, die Sie begonnen haben"),
            purpose=_EXCHANGE,
            retention=_("solange das Forum besteht"),
            visible_to=_READERS,
            erasure=_(
                "bleiben unter „Gelöschte Person“, oder gehen, wenn nur Sie darin "
                "geschrieben haben und Sie die Löschung der Beiträge wählen"
            ),
            personal="author last_post_author",
            special="title",
            none="forum created_at is_published pinned locked reply_count last_post_at",
            export=export_threads,
            order=20,
        ),
        PersonalData(
            "exchange.Post",
            key="beitraege",
            label=_("Beiträge"),
            purpose=_EXCHANGE,
            retention=_("solange das Forum besteht"),
            visible_to=_READERS,
            erasure=_(
                "nach Ihrer Wahl: bleiben unter „Gelöschte Person“ oder der Text wird "
                "gelöscht"
            ),
            personal="author hidden_by",
            special="body html",
            none="thread status created_at edited_at deleted_at hidden_at "
            "hidden_reason",
            export=export_posts,
            erase=erase_posts,
            order=20,
        ),
        PersonalData(
            "exchange.Report",
            key="meldungen",
            label=_("Meldungen, die Sie abgegeben haben"),
            purpose=_("Moderation"),
            retention=_("solange der Beitrag besteht"),
            visible_to=_("Moderation und Koordination"),
            erasure=_("bleiben für die Moderation unter „Gelöschte Person“"),
            personal="reporter resolved_by",
            special="reason",
            none="post created_at resolved_at",
            export=export_reports,
        ),
        PersonalData(
            "exchange.ModerationAction",
            purpose=_("Moderation: wer was warum ausgeblendet hat"),
            retention=_("solange das Forum besteht"),
            visible_to=_("Moderation und Koordination"),
            erasure=_("bleibt, Name heißt „Gelöschte Person“"),
            export_note=_("Arbeit der Moderation, nicht über Sie"),
            personal="actor reason",
            none="forum post thread action created_at",
        ),
        PersonalData(
            "exchange.Subscription",
            key="abonnements",
            label=_("Abonnierte Foren und Themen"),
            purpose=_("Benachrichtigungen über neue Beiträge"),
            retention=_UNTIL_DELETION,
            visible_to=_("nur Sie"),
            erasure=_("gelöscht"),
            personal="user created_at",
            none="forum thread",
            export=export_subscriptions,
            erase=_delete(Subscription),
        ),
        PersonalData(
            "exchange.NotificationPreference",
            key="benachrichtigungseinstellungen",
            label=_("Benachrichtigungseinstellungen"),
            purpose=_("Benachrichtigungen über neue Beiträge"),
            retention=_UNTIL_DELETION,
            visible_to=_("nur Sie"),
            erasure=_("gelöscht"),
            personal="user frequency",
            none="forum",
            export=export_preferences,
            erase=_delete(NotificationPreference),
        ),
        PersonalData(
            "exchange.ModerationPreference",
            key="moderationshinweise",
            label=_("Einstellung für Moderationshinweise"),
            purpose=_(
                "Wie oft Sie als Moderation von Meldungen und Beiträgen erfahren, "
                "die auf Freigabe warten"
            ),
            retention=_UNTIL_DELETION,
            visible_to=_("nur Sie"),
            erasure=_("gelöscht"),
            personal="user frequency",
            export=export_moderation_preference,
            erase=_delete(ModerationPreference),
        ),
        PersonalData(
            "exchange.Notification",
            key="benachrichtigungen",
            label=_("Benachrichtigungen"),
            purpose=_("Benachrichtigungen über neue Beiträge"),
            retention=_UNTIL_DELETION,
            visible_to=_("nur Sie"),
            erasure=_("gelöscht"),
            personal="recipient read_at emailed_at digested_at",
            none="kind forum post created_at",
            export=export_notifications,
            erase=_delete(Notification, "recipient"),
        ),
        PersonalData(
            "exchange.ReadState",
            key="gelesen",
            label=_("Gelesene Themen"),
            purpose=_("Neue Beiträge markieren"),
            retention=_UNTIL_DELETION,
            visible_to=_("nur Sie"),
            erasure=_("gelöscht"),
            personal="user last_read_at",
            none="thread",
            export=export_read_states,
            erase=_delete(ReadState),
        ),
    ]
