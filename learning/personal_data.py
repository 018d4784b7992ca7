"""What the learning app stores about people: registered in ``wagtail_hooks.py``.

Progress, quiz answers and notes belong to the learner alone and go with the
account; certificates stay verifiable, without the holder's name.
"""

from django.utils.translation import gettext_lazy as _

from cms.links import absolute_url
from cms.personal_data import PersonalData
from learning.models import (
    Certificate,
    CoursePage,
    Enrolment,
    LessonProgress,
    PathMembership,
    QuizAttempt,
    ReflectionNote,
)

_LEARNING = _("Online-Lernen: Kurse, Fortschritt, Bescheinigungen")
_UNTIL_DELETION = _("bis zur Löschung des Kontos")
_LEARNER_AND_TRAINERS = _(
    "Sie; Trainer:innen des Kurses und Koordination sehen den Fortschritt"
)


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def export_enrolments(user) -> list[dict]:
    return [
        {
            "kurs": e.course.title,
            "begonnen_am": _iso(e.started_at),
            "verlassen_am": _iso(e.left_at),
            "abgeschlossen_am": _iso(e.completed_at),
            "zuletzt_aktiv": _iso(e.last_activity_at),
        }
        for e in Enrolment.objects.filter(user=user).select_related("course")
    ]


def export_progress(user) -> list[dict]:
    return [
        {
            "lerneinheit": p.lesson_title,
            "dimension": p.dimension,
            "erledigt_am": _iso(p.completed_at),
        }
        for p in LessonProgress.objects.filter(user=user)
    ]


def export_quiz_attempts(user) -> list[dict]:
    return [
        {
            "lerneinheit": a.lesson.title if a.lesson_id else None,
            "antworten": a.answers,
            "ergebnis_prozent": a.score,
            "bestanden": a.passed,
            "am": _iso(a.created_at),
        }
        for a in QuizAttempt.objects.filter(user=user).select_related("lesson")
    ]


def export_notes(user) -> list[dict]:
    return [
        {
            "lerneinheit": n.lesson_title,
            "frage": n.prompt,
            "notiz": n.text,
            "geaendert_am": _iso(n.updated_at),
        }
        for n in ReflectionNote.objects.filter(user=user)
    ]


def export_certificates(user) -> list[dict]:
    return [
        {
            "kurs": c.course_title,
            "name": c.holder_name,
            "ausgestellt_am": _iso(c.issued_at),
            "pruefcode": c.code,
            "pruef_link": absolute_url(c.get_absolute_url()),
            "gueltig": c.is_valid,
            "widerrufen_am": _iso(c.revoked_at),
            "widerrufsgrund": c.revocation_reason or None,
        }
        for c in Certificate.objects.filter(user=user)
    ]


def export_path_memberships(user) -> list[dict]:
    return [
        {
            "lernpfad": m.path.title,
            "beigetreten_am": _iso(m.joined_at),
            "abgeschlossen_am": _iso(m.completed_at),
        }
        for m in PathMembership.objects.filter(user=user).select_related("path")
    ]


def export_taught_courses(user) -> list[dict]:
    return [{"kurs": c.title} for c in CoursePage.objects.filter(trainers=user)]


def _delete(model):
    def erase(erasure) -> None:
        model.objects.filter(user=erasure.user).delete()

    return erase


def erase_certificates(erasure) -> None:
    """Keep the certificate verifiable ("Inhaber:in gelöscht"), drop the name."""
    for certificate in Certificate.objects.filter(user=erasure.user):
        if certificate.pdf:
            certificate.pdf.delete(save=False)
        certificate.holder_name = ""
        # The reason may name the person's training; the date of revocation stays.
        certificate.revocation_reason = ""
        certificate.save(update_fields=["holder_name", "pdf", "revocation_reason"])


def erase_trainer_roles(erasure) -> None:
    CoursePage.trainers.through.objects.filter(user=erasure.user).delete()


def personal_data() -> list[PersonalData]:
    return [
        PersonalData.nothing("learning.CourseIndexPage"),
        PersonalData.nothing("learning.LessonPage"),
        PersonalData(
            "learning.CoursePage",
            key="kurse_als_trainerin",
            label=_("Kurse, die Sie leiten"),
            purpose=_("Wer einen Kurs und sein Forum betreut"),
            retention=_("solange die Rolle besteht"),
            visible_to=_("alle, die den Kurs sehen"),
            erasure=_("aus den Kursen ausgetragen"),
            personal="trainers",
            none="summary intro learning_goals audience easy_language_summary "
            "dimension estimated_minutes "
            "cover_image cover_image_alt cover_image_decorative requires_training "
            "feedback_questionnaire",
            export=export_taught_courses,
            erase=erase_trainer_roles,
        ),
        PersonalData(
            "learning.Enrolment",
            key="belegte_kurse",
            label=_("Kurse, die Sie belegt haben"),
            purpose=_LEARNING,
            retention=_UNTIL_DELETION,
            visible_to=_LEARNER_AND_TRAINERS,
            erasure=_("gelöscht"),
            personal="user started_at left_at completed_at last_activity_at",
            none="course",
            export=export_enrolments,
            erase=_delete(Enrolment),
        ),
        PersonalData(
            "learning.LessonProgress",
            key="lernfortschritt",
            label=_("Lernfortschritt"),
            purpose=_LEARNING,
            retention=_UNTIL_DELETION,
            visible_to=_LEARNER_AND_TRAINERS,
            erasure=_("gelöscht"),
            personal="user completed_at",
            none="course lesson lesson_title dimension",
            export=export_progress,
            erase=_delete(LessonProgress),
        ),
        PersonalData(
            "learning.QuizAttempt",
            key="quizversuche",
            label=_("Quiz-Versuche"),
            purpose=_LEARNING,
            retention=_UNTIL_DELETION,
            visible_to=_(
                "nur Sie; Trainer:innen sehen Auswertungen ohne Namen und erst ab "
                "5 Personen, Ihre Antworten zur Selbstkontrolle nie"
            ),
            erasure=_("gelöscht"),
            personal="user score passed created_at",
            # Self-check answers are free text and may tell of health.
            special="answers",
            none="course lesson pass_mark questions",
            export=export_quiz_attempts,
            erase=_delete(QuizAttempt),
        ),
        PersonalData(
            "learning.ReflectionNote",
            key="notizen",
            label=_("Ihre Notizen"),
            purpose=_("Eigene Gedanken zu Reflexionsfragen"),
            retention=_UNTIL_DELETION,
            visible_to=_("nur Sie"),
            erasure=_("gelöscht"),
            personal="user updated_at",
            special="text",
            none="course lesson block_id lesson_title prompt",
            export=export_notes,
            erase=_delete(ReflectionNote),
        ),
        PersonalData.nothing("learning.QualificationPath"),
        PersonalData.nothing("learning.PathStep"),
        PersonalData(
            "learning.PathMembership",
            key="lernpfade",
            label=_("Lernpfade, denen Sie beigetreten sind"),
            purpose=_("Schritt für Schritt zur Bescheinigung eines Lernpfads"),
            retention=_UNTIL_DELETION,
            visible_to=_("Sie; die Koordination sieht den Fortschritt"),
            erasure=_("gelöscht"),
            personal="user joined_at completed_at",
            none="path",
            export=export_path_memberships,
            erase=_delete(PathMembership),
        ),
        PersonalData(
            "learning.Certificate",
            key="bescheinigungen",
            label=_("Teilnahmebescheinigungen"),
            purpose=_("Nachweis eines abgeschlossenen Kurses, öffentlich prüfbar"),
            retention=_("unbegrenzt, damit der Nachweis prüfbar bleibt"),
            visible_to=_("Sie; wer den Prüfcode kennt, sieht Name, Kurs und Datum"),
            erasure=_("bleibt prüfbar als „ausgestellt, Inhaber:in gelöscht“"),
            personal="user holder_name pdf issued_at revoked_by revocation_reason "
            "revocation_cause revocation_notified_at",
            none="course path code course_title dimensions minutes revoked_at",
            export=export_certificates,
            erase=erase_certificates,
        ),
    ]
