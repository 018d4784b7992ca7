"""What the network app stores about people: registered in ``wagtail_hooks.py``."""

from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from cms.personal_data import PersonalData
from network.models import (
    AmbassadorProfile,
    Conversation,
    ReportSubscription,
    Support,
    TrainingRequest,
)

_UNTIL_DELETION = _("bis zur Löschung des Kontos")
_DEMAND = _("Bedarf an Schulungen erkennen und planen")


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def export_ambassador(user) -> dict | None:
    profile = (
        AmbassadorProfile.objects.filter(user=user)
        .select_related("district")
        .prefetch_related("topics", "languages")
        .first()
    )
    if profile is None:
        return None
    return {
        "anzeigename": profile.display_name,
        "stadtteil": str(profile.district) if profile.district_id else None,
        "ueber_mich": profile.about,
        "themen": [str(t) for t in profile.topics.all()],
        "sprachen": [str(lang) for lang in profile.languages.all()],
        "eingetragen_am": _iso(profile.created_at),
    }


def export_conversations(user) -> list[dict]:
    """Each conversation of the person with its whole history, as they see it
    in their inbox: the other side by name, never by address."""
    rows = (
        Conversation.objects.filter(Q(ambassador=user) | Q(sender=user))
        .select_related("sender", "ambassador", "ambassador__ambassador_profile")
        .prefetch_related("messages")
    )
    result = []
    for conversation in rows:
        as_ambassador = conversation.ambassador_id == user.pk
        if as_ambassador:
            other = conversation.sender_label()
        else:
            profile = getattr(conversation.ambassador, "ambassador_profile", None)
            other = profile.display_name if profile else ""
        result.append(
            {
                "mit": str(other),
                "rolle": "botschafter:in" if as_ambassador else "absender:in",
                "begonnen_am": _iso(conversation.created_at),
                "letzte_nachricht_am": _iso(conversation.last_message_at),
                "nachrichten": [
                    {
                        "von_ihnen": m.from_ambassador == as_ambassador,
                        "text": m.body,
                        "geschrieben_am": _iso(m.created_at),
                    }
                    for m in conversation.messages.all()
                ],
            }
        )
    return result


def export_requests(user) -> list[dict]:
    return [
        {
            "titel": r.title,
            "beschreibung": r.description,
            "status": r.get_status_display(),
            "gemeldet_am": _iso(r.created_at),
        }
        for r in TrainingRequest.objects.filter(author=user)
    ]


def export_supports(user) -> list[dict]:
    rows = Support.objects.filter(user=user).select_related("request")
    return [{"wunsch": s.request.title, "am": _iso(s.created_at)} for s in rows]


def export_report_subscription(user) -> dict | None:
    sub = ReportSubscription.objects.filter(user=user).first()
    if sub is None:
        return None
    return {
        "email": sub.email or user.email,
        "sprache": sub.language,
        "bestaetigt_am": _iso(sub.confirmed_at),
        "zuletzt_gesendet": _iso(sub.last_sent_at),
    }


def erase_ambassador(erasure) -> None:
    AmbassadorProfile.objects.filter(user=erasure.user).delete()


def erase_conversations(erasure) -> None:
    """Both sides' messages go: a conversation is no use to one side alone.
    A visitor's conversations are found by the address they wrote from."""
    from network.services import conversations_delete

    conversations_delete(
        Conversation.objects.filter(
            Q(ambassador=erasure.user)
            | Q(sender=erasure.user)
            | Q(sender_email__in=erasure.identifiers)
        )
    )


def erase_requests(erasure) -> None:
    """Their requests go; the support they gave to others' requests too."""
    supported = list(
        Support.objects.filter(user=erasure.user).values_list("request_id", flat=True)
    )
    Support.objects.filter(user=erasure.user).delete()
    TrainingRequest.objects.filter(pk__in=supported, support_count__gt=0).update(
        support_count=F("support_count") - 1
    )
    TrainingRequest.objects.filter(author=erasure.user).delete()


def erase_report_subscription(erasure) -> None:
    ReportSubscription.objects.filter(
        Q(user=erasure.user) | Q(email__in=erasure.identifiers)
    ).delete()


def personal_data() -> list[PersonalData]:
    return [
        PersonalData.nothing("network.NewsIndexPage"),
        PersonalData.nothing("network.NetworkIndexPage"),
        PersonalData.nothing("network.ReportPage"),
        PersonalData(
            "network.DirectoryEntry",
            purpose=_("Verzeichnis von Hilfsangeboten (Einrichtungen, keine Personen)"),
            none="name slug kind description how_to_reach accessibility "
            "opening_hours phone street postcode city website is_crisis_service "
            "is_demo updated_at districts topics languages translation_key locale",
        ),
        PersonalData(
            "network.AmbassadorProfile",
            key="botschafterprofil",
            label=_("Ihr Eintrag als Botschafter:in"),
            purpose=_("Ansprechbar sein für andere im Netzwerk"),
            retention=_("bis Sie sich austragen oder das Konto löschen"),
            visible_to=_("alle Besucher:innen der Botschafter-Liste"),
            erasure=_("gelöscht, sofort nicht mehr sichtbar"),
            personal="user display_name district about created_at topics languages",
            export=export_ambassador,
            erase=erase_ambassador,
        ),
        PersonalData(
            "network.Conversation",
            key="gespraeche",
            label=_("Ihre Gespräche mit Botschafter:innen"),
            purpose=_("Kontakt zu Botschafter:innen"),
            retention=_(
                "12 Monate nach der letzten Nachricht; unbestätigte Nachrichten "
                "von Besucher:innen 7 Tage"
            ),
            visible_to=_(
                "die beiden Beteiligten; die E-Mail-Adressen sieht keine Seite"
            ),
            erasure=_("gelöscht mit allen Nachrichten beider Seiten"),
            personal="ambassador sender sender_email sender_name language "
            "visitor_token created_at confirmed_at last_message_at "
            "ambassador_read_at sender_read_at",
            none="public_id ambassador_unread sender_unread",
            export=export_conversations,
            erase=erase_conversations,
        ),
        PersonalData(
            "network.ConversationMessage",
            purpose=_("Kontakt zu Botschafter:innen"),
            retention=_("wie das Gespräch"),
            visible_to=_("die beiden Beteiligten"),
            erasure=_("gelöscht mit dem Gespräch"),
            export_note=_("in den Gesprächen enthalten"),
            personal="conversation created_at sent_at",
            special="body",
            none="from_ambassador",
        ),
        PersonalData(
            "network.TrainingRequest",
            key="schulungswuensche",
            label=_("Ihre Schulungswünsche"),
            purpose=_DEMAND,
            retention=_UNTIL_DELETION,
            visible_to=_("alle Angemeldeten; die Urheberschaft nur die Koordination"),
            erasure=_("gelöscht"),
            personal="author description",
            none="title format district dimension status public_answer answered_at "
            "merged_into training support_count created_at",
            export=export_requests,
            erase=erase_requests,
        ),
        PersonalData(
            "network.Support",
            key="unterstuetzungen",
            label=_("Wünsche, die Sie unterstützen"),
            purpose=_DEMAND,
            retention=_UNTIL_DELETION,
            visible_to=_("Koordination"),
            erasure=_("gelöscht, die Zählung sinkt"),
            personal="user created_at",
            none="request",
            export=export_supports,
        ),
        PersonalData(
            "network.ReportSubscription",
            key="lagebericht_abo",
            label=_("Abo der Lageberichte"),
            purpose=_("Lageberichte per E-Mail"),
            retention=_("bis Sie sie abbestellen"),
            visible_to=_("Koordination"),
            erasure=_("gelöscht"),
            personal="user email language created_at confirmed_at "
            "confirmation_sent_at last_sent_at token",
            export=export_report_subscription,
            erase=erase_report_subscription,
        ),
    ]
