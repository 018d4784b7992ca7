"""What the network app stores about people: registered in ``wagtail_hooks.py``."""

from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from cms.personal_data import PersonalData
from network.models import (
    AmbassadorMessage,
    AmbassadorProfile,
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


def export_messages(user) -> list[dict]:
    # The messages the person wrote; what others wrote to them is theirs.
    rows = AmbassadorMessage.objects.filter(sender=user).select_related("recipient")
    return [
        {
            "an": m.recipient.display_name,
            "text": m.body,
            "email_weitergegeben": m.share_email,
            "geschrieben_am": _iso(m.created_at),
            "versendet_am": _iso(m.sent_at),
        }
        for m in rows
    ]


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


def erase_messages(erasure) -> None:
    AmbassadorMessage.objects.filter(
        Q(sender=erasure.user) | Q(recipient=erasure.user)
    ).delete()


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
            "is_demo updated_at districts topics languages",
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
            "network.AmbassadorMessage",
            key="nachrichten",
            label=_("Nachrichten, die Sie geschrieben haben"),
            purpose=_("Kontakt zu Botschafter:innen"),
            retention=_("bis zur Löschung eines der beiden Konten"),
            visible_to=_("Absender:in und Empfänger:in"),
            erasure=_("gelöscht, gesendete wie empfangene"),
            personal="sender recipient share_email created_at sent_at",
            special="body",
            none="public_id reply_to",
            export=export_messages,
            erase=erase_messages,
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
            retention=_("bis zur Abmeldung"),
            visible_to=_("Koordination"),
            erasure=_("gelöscht"),
            personal="user email language created_at confirmed_at "
            "confirmation_sent_at last_sent_at token",
            export=export_report_subscription,
            erase=erase_report_subscription,
        ),
    ]
