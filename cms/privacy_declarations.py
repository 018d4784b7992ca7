"""What ``cms`` stores about people, and what Django, Wagtail and allauth store.

Registered through ``cms.hooks.PERSONAL_DATA`` in ``cms/wagtail_hooks.py``. The
person's own account row is anonymised last but one (order 900); the log is
scrubbed of their names after every app has written its last entry (order 950).
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms import questionnaires
from cms.models import AccessibilityFeedback, DataExport, Outbox, SentMail, User
from cms.personal_data import PersonalData
from cms.privacy import DELETED_NAME

_ACCOUNT = _("Konto und Anmeldung")
_UNTIL_DELETION = _("bis zur Löschung des Kontos")
_STAFF = _("Koordination (Benutzerverwaltung)")
_ADMIN_WORK = _("Redaktion im Admin: wer was bearbeitet hat")
_EDITORS = _("Trainer:innen und Koordination im Admin")


def _iso(value) -> str | None:
    return value.isoformat() if value else None


# -- cms ------------------------------------------------------------------------


def export_profile(user: User) -> dict:
    return {
        "email": user.email,
        "anzeigename": user.display_name,
        "vorname": user.first_name,
        "nachname": user.last_name,
        "stadtteil": str(user.district) if user.district_id else None,
        "organisation": user.organisation,
        "sprache": user.preferred_language,
        "registriert_am": _iso(user.date_joined),
        "zuletzt_angemeldet": _iso(user.last_login),
        "hinweis_auf_loeschung_am": _iso(user.inactivity_warned_at),
        "rollen": sorted(user.groups.values_list("name", flat=True)),
    }


def erase_profile(erasure) -> None:
    user = erasure.user
    user.groups.clear()
    user.user_permissions.clear()
    user.email = f"geloescht-{user.pk}@invalid.example"
    user.display_name = DELETED_NAME
    user.first_name = user.last_name = user.organisation = ""
    user.district = None
    user.is_active = user.is_staff = user.is_superuser = False
    user.last_login = None
    user.set_unusable_password()
    user.save()


def _about(user: User) -> Q:
    user_type = ContentType.objects.get_for_model(User)
    return Q(target_type=user_type, target_id=str(user.pk)) | Q(data__user=user.pk)


def _mentions(erasure, *fields: str) -> Q:
    query = Q()
    for identifier in erasure.identifiers:
        for name in fields:
            query |= Q(**{f"{name}__icontains": identifier})
    return query


def _wagtail_log_erase_model(name: str):
    def erase(erasure) -> None:
        from django.apps import apps

        model = apps.get_model("wagtailcore", name)
        user_type = ContentType.objects.get_for_model(User)
        about = Q(user=erasure.user) | _mentions(erasure, "label", "data")
        if name == "ModelLogEntry":
            about |= Q(content_type=user_type, object_id=str(erasure.user.pk))
        for entry in model.objects.filter(about):
            entry.label = erasure.scrub(entry.label)
            entry.data = erasure.scrub_json(entry.data)
            entry.save(update_fields=["label", "data"])

    return erase


def _wagtail_log_export_model(name: str):
    def export(user: User) -> list[dict]:
        from django.apps import apps

        model = apps.get_model("wagtailcore", name)
        user_type = ContentType.objects.get_for_model(User)
        about = Q(user=user)
        if name == "ModelLogEntry":
            about |= Q(content_type=user_type, object_id=str(user.pk))
        return [
            {
                "zeitpunkt": _iso(entry.timestamp),
                "aktion": entry.action,
                "objekt": entry.label,
                "durch_sie": entry.user_id == user.pk,
            }
            for entry in model.objects.filter(about).order_by("timestamp", "pk")
        ]

    return export


def export_data_exports(user: User) -> list[dict]:
    return [
        {"angefordert_am": _iso(e.created_at), "erstellt_am": _iso(e.ready_at)}
        for e in DataExport.objects.filter(user=user)
    ]


def erase_data_exports(erasure) -> None:
    for export in DataExport.objects.filter(user=erasure.user):
        if export.file:
            export.file.delete(save=False)
        export.delete()


def export_sent_mail(user: User) -> list[dict]:
    return [
        {"art": m.kind, "gesendet_am": _iso(m.sent_at)}
        for m in SentMail.objects.filter(recipient=user)
    ]


def export_outbox(user: User) -> list[dict]:
    return [
        {
            "aufgabe": row.kind,
            "angelegt_am": _iso(row.created_at),
            "erledigt_am": _iso(row.sent_at),
        }
        for row in Outbox.objects.filter(recipient=user)
    ]


def erase_sessions(erasure) -> None:
    """End every session of the person, wherever they are signed in."""
    user_id = str(erasure.user.pk)
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        if session.get_decoded().get("_auth_user_id") == user_id:
            session.delete()


# -- Wagtail --------------------------------------------------------------------


def export_owned_pages(user: User) -> list[dict]:
    from wagtail.models import Page

    return [
        {"seite": page.title, "angelegt_am": _iso(page.first_published_at)}
        for page in Page.objects.filter(owner=user).order_by("path")
    ]


def erase_page_locks(erasure) -> None:
    """Pages stay (owned by "Gelöschte Person"); the person's locks are lifted."""
    from wagtail.models import Page

    Page.objects.filter(locked_by=erasure.user).update(
        locked=False, locked_by=None, locked_at=None
    )


def export_revisions(user: User) -> list[dict]:
    from wagtail.models import Revision

    return [
        {"inhalt": rev.object_str, "gespeichert_am": _iso(rev.created_at)}
        for rev in Revision.objects.filter(user=user).order_by("created_at", "pk")
    ]


def erase_revisions(erasure) -> None:
    from wagtail.models import Revision

    for revision in Revision.objects.filter(_mentions(erasure, "object_str")):
        revision.object_str = erasure.scrub(revision.object_str)
        revision.save(update_fields=["object_str"])


def export_comments(user: User) -> list[dict]:
    from wagtail.models import Comment, CommentReply

    rows = [
        {"seite": c.page.title, "text": c.text, "am": _iso(c.created_at)}
        for c in Comment.objects.filter(user=user).select_related("page")
    ]
    rows += [
        {"seite": r.comment.page.title, "text": r.text, "am": _iso(r.created_at)}
        for r in CommentReply.objects.filter(user=user).select_related("comment__page")
    ]
    return rows


def _delete_where_user(model_path: str, field: str = "user"):
    def erase(erasure) -> None:
        from django.apps import apps

        apps.get_model(model_path).objects.filter(**{field: erasure.user}).delete()

    return erase


def export_profile_settings(user: User) -> dict | None:
    from wagtail.users.models import UserProfile

    profile = UserProfile.objects.filter(user=user).first()
    if profile is None:
        return None
    return {
        "admin_sprache": profile.preferred_language,
        "zeitzone": profile.current_time_zone,
        "benachrichtigungen_eingereicht": profile.submitted_notifications,
        "benachrichtigungen_freigegeben": profile.approved_notifications,
        "benachrichtigungen_abgelehnt": profile.rejected_notifications,
        "benachrichtigungen_kommentare": profile.updated_comments_notifications,
        "profilbild": bool(profile.avatar),
    }


def erase_profile_settings(erasure) -> None:
    from wagtail.users.models import UserProfile

    for profile in UserProfile.objects.filter(user=erasure.user):
        if profile.avatar:
            profile.avatar.delete(save=False)
        profile.delete()


def _export_uploads(model_path: str):
    def export(user: User) -> list[dict]:
        from django.apps import apps

        model = apps.get_model(model_path)
        return [
            {"titel": item.title, "hochgeladen_am": _iso(item.created_at)}
            for item in model.objects.filter(uploaded_by_user=user)
        ]

    return export


def export_page_subscriptions(user: User) -> list[dict]:
    from wagtail.models import PageSubscription

    return [
        {"seite": sub.page.title, "kommentare": sub.comment_notifications}
        for sub in PageSubscription.objects.filter(user=user).select_related("page")
    ]


# -- allauth --------------------------------------------------------------------


def export_email_addresses(user: User) -> list[dict]:
    from allauth.account.models import EmailAddress

    return [
        {"email": a.email, "bestaetigt": a.verified, "primaer": a.primary}
        for a in EmailAddress.objects.filter(user=user)
    ]


def export_authenticators(user: User) -> list[dict]:
    from allauth.mfa.models import Authenticator

    # Only the kind and the dates: never a secret.
    return [
        {
            "art": a.type,
            "eingerichtet_am": _iso(a.created_at),
            "zuletzt_benutzt": _iso(a.last_used_at),
        }
        for a in Authenticator.objects.filter(user=user)
    ]


def erase_form_submissions(erasure) -> None:
    from wagtail.contrib.forms.models import FormSubmission

    FormSubmission.objects.filter(_mentions(erasure, "form_data")).delete()


PAGE_FIELDS = (
    "path depth numchild translation_key locale latest_revision live "
    "has_unpublished_changes first_published_at last_published_at live_revision "
    "go_live_at expire_at expired locked locked_at title draft_title slug "
    "content_type url_path latest_revision_created_at alias_of show_in_menus "
    "seo_title search_description"
)
LOG_FIELDS = "content_type action timestamp uuid revision content_changed deleted"


def _feedback_of(user: User):
    return AccessibilityFeedback.objects.filter(
        Q(user=user) | Q(email__iexact=user.email)
    )


def export_accessibility_feedback(user: User) -> list[dict]:
    return [
        {
            "eingegangen": _iso(item.received_at),
            "name": item.name,
            "email": item.email,
            "seite": item.page_url,
            "meldung": item.message,
            "stand": item.get_status_display(),
            "antwort_faellig_am": _iso(item.answer_due),
            "beantwortet_am": _iso(item.answered_at),
        }
        for item in _feedback_of(user).order_by("received_at", "pk")
    ]


def erase_accessibility_feedback(erasure) -> None:
    query = Q(user=erasure.user)
    for identifier in erasure.identifiers:
        if "@" in identifier:
            query |= Q(email__iexact=identifier)
    AccessibilityFeedback.objects.filter(query).delete()


def personal_data() -> list[PersonalData]:
    """Return the declarations of cms and of the frameworks it installs."""
    return [
        # The shared taxonomy: words, no people.
        PersonalData.nothing("cms.District"),
        PersonalData.nothing("cms.Topic"),
        PersonalData.nothing("cms.Language"),
        # Help lines of services, never of a member.
        PersonalData.nothing("cms.HelpBox"),
        PersonalData(
            "cms.HomePage",
            none="intro body sign_language_video sign_language_video_duration",
            purpose=_("Seiten"),
        ),
        PersonalData(
            "cms.AccessibilityStatementPage",
            none="intro conformance body",
            purpose=_("Seiten"),
        ),
        PersonalData(
            "cms.AccessibilityFeedback",
            key="barriere_meldungen",
            label=_("Ihre Meldungen von Barrieren"),
            purpose=_(
                "Barrieren beheben und die Meldung beantworten (§ 10b BGG NRW, "
                "Rückmeldung zur Erklärung zur Barrierefreiheit)"
            ),
            retention=_(
                "12 Monate nach der Antwort, höchstens 24 Monate nach dem Eingang"
            ),
            visible_to=_("Koordination"),
            erasure=_("gelöscht"),
            personal="user name email page_url language received_at note",
            # A report of a barrier may tell of a disability.
            special="message",
            none="status answer_due answered_at",
            export=export_accessibility_feedback,
            erase=erase_accessibility_feedback,
        ),
        PersonalData(
            "cms.StandardPage",
            none="intro body show_in_footer",
            purpose=_("Seiten"),
        ),
        PersonalData(
            "cms.User",
            key="profil",
            label=_("Profil"),
            purpose=_ACCOUNT,
            retention=_UNTIL_DELETION,
            visible_to=_(
                "Andere sehen nur den Anzeigenamen; Vor- und Nachname stehen auf "
                "Bescheinigungen und Teilnahmelisten; Koordination sieht alles."
            ),
            erasure=_(
                "Anonymisiert: „Gelöschte Person“, Adresse und Namen entfernt, "
                "Anmeldung nicht mehr möglich"
            ),
            personal=(
                "password last_login date_joined email display_name first_name "
                "last_name district organisation preferred_language groups "
                "user_permissions inactivity_warned_at"
            ),
            none="is_superuser is_staff is_active",
            export=export_profile,
            erase=erase_profile,
            order=900,
        ),
        PersonalData(
            "cms.DataExport",
            key="datenexporte",
            label=_("Datenexporte"),
            purpose=_("Auskunft und Datenübertragbarkeit (Art. 15/20)"),
            retention=_("24 Stunden"),
            visible_to=_("nur Sie"),
            erasure=_("gelöscht, mit Datei"),
            personal="user secret file",
            none="created_at ready_at",
            export=export_data_exports,
            erase=erase_data_exports,
        ),
        PersonalData(
            "cms.SentMail",
            key="gesendete_emails",
            label=_("Gesendete E-Mails"),
            purpose=_("Keine E-Mail zweimal senden"),
            retention=_UNTIL_DELETION,
            visible_to=_("niemand"),
            erasure=_("gelöscht"),
            personal="recipient address_hash",
            none="kind object_key version sent_at confirmed",
            export=export_sent_mail,
            erase=_delete_where_user("cms.SentMail", "recipient"),
        ),
        # Questionnaires: templates and surveys name no one; who was asked is
        # personal; the answers are stored without the person.
        PersonalData(
            "cms.Questionnaire",
            purpose=_("Fragebögen für Bewertungen"),
            none="name intro is_default",
        ),
        PersonalData(
            "cms.Question",
            purpose=_("Fragebögen für Bewertungen"),
            none="questionnaire kind text required choices low_label high_label "
            "points sort_order",
        ),
        PersonalData(
            "cms.Survey",
            purpose=_("Anonyme Bewertung von Schulungen und Kursen"),
            none="questionnaire subject object_id title intro questions closes_at "
            "created_at response_count",
        ),
        PersonalData(
            "cms.Invitation",
            key="befragungen",
            label=_("Einladungen zu Befragungen"),
            purpose=_(
                "Anonyme Bewertung: einladen und dafür sorgen, dass niemand "
                "doppelt antwortet"
            ),
            retention=_("12 Monate nach dem Ende der Befragung"),
            visible_to=_("niemand; Zahlen für Trainer:innen und Koordination"),
            erasure=_("gelöscht; die anonymen Antworten bleiben"),
            personal="user answered",
            none="survey",
            export=questionnaires.export_invitations,
            erase=questionnaires.erase_invitations,
        ),
        PersonalData(
            "cms.Response",
            purpose=_("Anonyme Bewertung von Schulungen und Kursen"),
            none="id survey",
        ),
        PersonalData(
            "cms.Answer",
            key="befragungsantworten",
            label=_("Antworten in Befragungen"),
            purpose=_("Anonyme Bewertung von Schulungen und Kursen"),
            retention=_(
                "Freitexte 24 Monate nach dem Ende der Befragung geleert, "
                "Zahlen bleiben"
            ),
            visible_to=_(
                "Trainer:innen der Schulung und Koordination, erst ab 5 Antworten"
            ),
            erasure=_(
                "ohne Bezug zur Person gespeichert, daher keiner Person "
                "zuzuordnen und nicht Teil von Auskunft oder Löschung"
            ),
            special="text",
            none="id response question_key number choices",
            export_note=_(
                "Antworten sind ohne Bezug zur Person gespeichert und können "
                "niemandem zugeordnet werden."
            ),
        ),
        PersonalData(
            "cms.Outbox",
            key="ausstehende_aufgaben",
            label=_("Ausstehende Aufgaben"),
            purpose=_(
                "E-Mails, Bescheinigungen und Benachrichtigungen zuverlässig "
                "zustellen, auch nach einem Ausfall"
            ),
            retention=_("30 Tage nach der Zustellung"),
            visible_to=_("niemand"),
            erasure=_("gelöscht; nicht Zugestelltes wird nicht mehr gesendet"),
            personal="recipient payload last_error",
            none=(
                "kind key due_at attempts max_attempts claimed_at sent_at "
                "failed_at created_at"
            ),
            export=export_outbox,
            erase=_delete_where_user("cms.Outbox", "recipient"),
        ),
        PersonalData(
            "cms.SiteSettings",
            purpose=_("Impressum und Kontakt des Trägers"),
            retention=_("solange die Angaben gelten"),
            visible_to=_("alle"),
            erasure=_("von der Koordination im Admin geändert"),
            export_note=_("keine Daten von Mitgliedern"),
            personal="contact_email contact_phone feedback_email responsible_person",
            none=(
                "site organisation_name address privacy_page imprint_page "
                "accessibility_page easy_language_page"
            ),
        ),
        # -- Django -------------------------------------------------------------
        PersonalData.nothing("auth.Permission"),
        PersonalData.nothing("auth.Group"),
        PersonalData.nothing("contenttypes.ContentType"),
        PersonalData(
            "sessions.Session",
            purpose=_("Angemeldet bleiben"),
            retention=_("bis zur Abmeldung, höchstens zwei Wochen"),
            visible_to=_("niemand"),
            erasure=_("alle Sitzungen enden"),
            export_note=_("technisch, ohne Inhalt für Sie"),
            personal="session_key session_data",
            none="expire_date",
            erase=erase_sessions,
        ),
        # -- allauth ------------------------------------------------------------
        PersonalData(
            "account.EmailAddress",
            key="email_adressen",
            label=_("E-Mail-Adressen"),
            purpose=_ACCOUNT,
            retention=_UNTIL_DELETION,
            visible_to=_STAFF,
            erasure=_("gelöscht"),
            personal="user email",
            none="verified primary",
            export=export_email_addresses,
            erase=_delete_where_user("account.EmailAddress"),
        ),
        PersonalData(
            "account.EmailConfirmation",
            purpose=_("Bestätigung der E-Mail-Adresse"),
            retention=_("bis zur Bestätigung"),
            visible_to=_("niemand"),
            erasure=_("mit der Adresse gelöscht"),
            export_note=_("mit den E-Mail-Adressen"),
            personal="email_address key",
            none="created sent",
        ),
        PersonalData(
            "mfa.Authenticator",
            key="zweiter_faktor",
            label=_("Zweiter Faktor"),
            purpose=_("Schutz von Konten mit Admin-Zugang"),
            retention=_UNTIL_DELETION,
            visible_to=_("niemand"),
            erasure=_("gelöscht"),
            personal="user type data created_at last_used_at",
            export=export_authenticators,
            erase=_delete_where_user("mfa.Authenticator"),
        ),
        # -- Wagtail ------------------------------------------------------------
        PersonalData(
            "wagtailcore.Page",
            key="eigene_seiten",
            label=_("Seiten, die Sie angelegt haben"),
            purpose=_ADMIN_WORK,
            retention=_("solange die Seite besteht"),
            visible_to=_EDITORS,
            erasure=_("Seiten bleiben, Eigentümer:in heißt „Gelöschte Person“"),
            personal="owner locked_by",
            none=PAGE_FIELDS,
            export=export_owned_pages,
            erase=erase_page_locks,
        ),
        PersonalData(
            "wagtailcore.Revision",
            key="versionen",
            label=_("Gespeicherte Versionen"),
            purpose=_ADMIN_WORK,
            retention=_("solange die Seite besteht"),
            visible_to=_EDITORS,
            erasure=_("bleiben, Name entfernt"),
            personal="user object_str content",
            none="content_type base_content_type object_id created_at "
            "approved_go_live_at",
            export=export_revisions,
            erase=erase_revisions,
        ),
        PersonalData(
            "wagtailcore.ModelLogEntry",
            key="verlauf",
            label=_("Verlauf im Admin"),
            purpose=_ADMIN_WORK,
            retention=_("unbegrenzt, ohne Namen nach Löschung des Kontos"),
            visible_to=_EDITORS,
            erasure=_("Aktion bleibt, Name wird entfernt"),
            personal="user label data",
            none=f"{LOG_FIELDS} object_id",
            export=_wagtail_log_export_model("ModelLogEntry"),
            erase=_wagtail_log_erase_model("ModelLogEntry"),
            order=950,
        ),
        PersonalData(
            "wagtailcore.PageLogEntry",
            key="seitenverlauf",
            label=_("Verlauf der Seiten"),
            purpose=_ADMIN_WORK,
            retention=_("unbegrenzt, ohne Namen nach Löschung des Kontos"),
            visible_to=_EDITORS,
            erasure=_("Aktion bleibt, Name wird entfernt"),
            personal="user label data",
            none=f"{LOG_FIELDS} page",
            export=_wagtail_log_export_model("PageLogEntry"),
            erase=_wagtail_log_erase_model("PageLogEntry"),
            order=950,
        ),
        PersonalData(
            "wagtailcore.Comment",
            key="kommentare_admin",
            label=_("Kommentare im Seiteneditor"),
            purpose=_ADMIN_WORK,
            retention=_("solange die Seite besteht"),
            visible_to=_EDITORS,
            erasure=_("bleiben unter „Gelöschte Person“"),
            personal="user text resolved_by",
            none="page contentpath position created_at updated_at revision_created "
            "resolved_at",
            export=export_comments,
        ),
        PersonalData(
            "wagtailcore.CommentReply",
            purpose=_ADMIN_WORK,
            retention=_("solange die Seite besteht"),
            visible_to=_EDITORS,
            erasure=_("bleiben unter „Gelöschte Person“"),
            export_note=_("mit den Kommentaren"),
            personal="user text",
            none="comment created_at updated_at",
        ),
        PersonalData(
            "wagtailcore.PageSubscription",
            key="seiten_abos",
            label=_("Benachrichtigungen zu Seiten"),
            purpose=_ADMIN_WORK,
            retention=_UNTIL_DELETION,
            visible_to=_("nur Sie"),
            erasure=_("gelöscht"),
            personal="user",
            none="page comment_notifications",
            export=export_page_subscriptions,
            erase=_delete_where_user("wagtailcore.PageSubscription"),
        ),
        PersonalData(
            "wagtailcore.WorkflowState",
            purpose=_ADMIN_WORK,
            retention=_("solange die Seite besteht"),
            visible_to=_EDITORS,
            erasure=_("bleibt, Name heißt „Gelöschte Person“"),
            export_note=_("mit dem Verlauf"),
            personal="requested_by",
            none="content_type base_content_type object_id workflow status "
            "created_at current_task_state",
        ),
        PersonalData(
            "wagtail_localize.StringTranslation",
            purpose=_ADMIN_WORK,
            retention=_("solange die Übersetzung besteht"),
            visible_to=_EDITORS,
            erasure=_("bleibt, Name heißt „Gelöschte Person“"),
            export_note=_("mit dem Verlauf"),
            personal="last_translated_by",
            none="translation_of locale context data translation_type tool_name "
            "created_at updated_at has_error field_error",
        ),
        PersonalData(
            "wagtail_localize.SegmentOverride",
            purpose=_ADMIN_WORK,
            retention=_("solange die Übersetzung besteht"),
            visible_to=_EDITORS,
            erasure=_("bleibt, Name heißt „Gelöschte Person“"),
            export_note=_("mit dem Verlauf"),
            personal="last_translated_by",
            none="locale context created_at updated_at data_json has_error field_error",
        ),
        PersonalData(
            "wagtailcore.TaskState",
            purpose=_ADMIN_WORK,
            retention=_("solange die Seite besteht"),
            visible_to=_EDITORS,
            erasure=_("bleibt, Name heißt „Gelöschte Person“"),
            export_note=_("mit dem Verlauf"),
            personal="finished_by comment",
            none="workflow_state revision task status started_at finished_at "
            "content_type",
        ),
        PersonalData(
            "wagtailcore.UploadedFile",
            purpose=_("Zwischenspeicher beim Hochladen"),
            retention=_("bis das Hochladen abgeschlossen ist"),
            visible_to=_EDITORS,
            erasure=_("gelöscht"),
            export_note=_("nur vorübergehend"),
            personal="uploaded_by_user file",
            none="for_content_type",
            erase=_delete_where_user("wagtailcore.UploadedFile", "uploaded_by_user"),
        ),
        PersonalData(
            "wagtailcore.APIToken",
            purpose=_("Zugang für Programme"),
            retention=_("bis zum Widerruf"),
            visible_to=_("nur Sie"),
            erasure=_("gelöscht"),
            export_note=_("Schlüssel werden nie ausgegeben"),
            personal="user name key_hash prefix",
            none="created revoked_at last_used_at",
            erase=_delete_where_user("wagtailcore.APIToken"),
        ),
        PersonalData(
            "wagtailusers.UserProfile",
            key="admin_einstellungen",
            label=_("Einstellungen im Admin"),
            purpose=_ADMIN_WORK,
            retention=_UNTIL_DELETION,
            visible_to=_("nur Sie"),
            erasure=_("gelöscht, mit Profilbild"),
            personal="user preferred_language current_time_zone avatar dismissibles",
            none="submitted_notifications approved_notifications "
            "rejected_notifications updated_comments_notifications theme contrast "
            "density keyboard_shortcuts",
            export=export_profile_settings,
            erase=erase_profile_settings,
        ),
        PersonalData(
            "wagtailadmin.EditingSession",
            purpose=_("Hinweis, wer gerade eine Seite bearbeitet"),
            retention=_("Minuten"),
            visible_to=_EDITORS,
            erasure=_("gelöscht"),
            export_note=_("nur vorübergehend"),
            personal="user",
            none="content_type object_id last_seen_at is_editing",
            erase=_delete_where_user("wagtailadmin.EditingSession"),
        ),
        PersonalData(
            "wagtailadmin.FormState",
            purpose=_("Ungespeicherte Eingaben im Admin"),
            retention=_("bis zum Speichern"),
            visible_to=_("nur Sie"),
            erasure=_("gelöscht"),
            export_note=_("nur vorübergehend"),
            personal="user data",
            none="content_type object_id parent_object_id last_updated_at",
            erase=_delete_where_user("wagtailadmin.FormState"),
        ),
        PersonalData(
            "wagtaildocs.Document",
            key="dokumente",
            label=_("Hochgeladene Dokumente"),
            purpose=_ADMIN_WORK,
            retention=_("solange das Dokument gebraucht wird"),
            visible_to=_EDITORS,
            erasure=_("Dokument bleibt, hochgeladen von „Gelöschte Person“"),
            personal="uploaded_by_user",
            none="collection title file created_at file_size file_hash tags",
            export=_export_uploads("wagtaildocs.Document"),
        ),
        PersonalData(
            "wagtailimages.Image",
            key="bilder",
            label=_("Hochgeladene Bilder"),
            purpose=_ADMIN_WORK,
            retention=_("solange das Bild gebraucht wird"),
            visible_to=_EDITORS,
            erasure=_("Bild bleibt, hochgeladen von „Gelöschte Person“"),
            personal="uploaded_by_user",
            none="collection title file description width height created_at "
            "focal_point_x focal_point_y focal_point_width focal_point_height "
            "file_size file_hash tags",
            export=_export_uploads("wagtailimages.Image"),
        ),
        PersonalData(
            "wagtailforms.FormSubmission",
            purpose=_("Formulare auf Seiten (derzeit keine)"),
            retention=_("bis zur Bearbeitung"),
            visible_to=_EDITORS,
            erasure=_("Einsendungen mit der Adresse werden gelöscht"),
            export_note=_("nicht mit einem Konto verbunden"),
            personal="form_data",
            none="page submit_time",
            erase=erase_form_submissions,
        ),
        PersonalData(
            "wagtailembeds.Embed",
            purpose=_("Eingebettete Medien"),
            none="url max_width hash type html title author_name provider_name "
            "thumbnail_url width height last_updated cache_until",
        ),
        *(
            PersonalData.nothing(label)
            for label in (
                "wagtailimages.Rendition",
                "wagtailsearch.IndexEntry",
                "wagtailsearch.SQLiteFTSIndexEntry",
                "wagtailadmin.Admin",
                "wagtailcore.Locale",
                "wagtail_localize.TranslatableObject",
                "wagtail_localize.TranslationSource",
                "wagtail_localize.Translation",
                "wagtail_localize.TranslationLog",
                "wagtail_localize.String",
                "wagtail_localize.TranslationContext",
                "wagtail_localize.Template",
                "wagtail_localize.StringSegment",
                "wagtail_localize.TemplateSegment",
                "wagtail_localize.RelatedObjectSegment",
                "wagtail_localize.OverridableSegment",
                "wagtail_localize.LocaleSynchronization",
                "wagtailcore.Site",
                "wagtailcore.GroupSitePermission",
                "wagtailcore.CollectionViewRestriction",
                "wagtailcore.Collection",
                "wagtailcore.GroupCollectionPermission",
                "wagtailcore.WorkflowContentType",
                "wagtailcore.Workflow",
                "wagtailcore.WorkflowTask",
                "wagtailcore.Task",
                "wagtailcore.GroupApprovalTask",
                "wagtailcore.GroupPagePermission",
                "wagtailcore.PageViewRestriction",
                "wagtailcore.WorkflowPage",
                "wagtailcore.ReferenceIndex",
                "wagtailredirects.Redirect",
                "wagtailsearchpromotions.Query",
                "wagtailsearchpromotions.QueryDailyHits",
                "wagtailsearchpromotions.SearchPromotion",
                "taggit.Tag",
                "taggit.TaggedItem",
            )
        ),
    ]
