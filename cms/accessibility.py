"""What the accessibility statement says about the platform itself.

The statement page (``AccessibilityStatementPage``) follows the model of the
Implementing Decision (EU) 2018/1523: compliance status, the content that is not
accessible, how the statement was prepared, feedback, enforcement. The facts
below describe the software, so they live with the code: whoever fixes one of
the known problems removes it here and sets ``ACCESSIBILITY_REVIEWED_ON`` in the
settings to the day of the new review. A test fails when that day is more than
twelve months ago.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext_lazy as _

#: Reviews are due at least this often (§ 7 BITV NRW: at least once a year).
REVIEW_INTERVAL = datetime.timedelta(days=365)

#: One month to answer a report of a barrier.
ANSWER_WITHIN_DAYS = 30


@dataclass(frozen=True)
class KnownProblem:
    """One barrier we know of: what, where, the criterion, and a way around it."""

    key: str
    title: str
    description: str
    criterion: str
    alternative: str


@dataclass(frozen=True)
class EnforcementBody:
    name: str
    about: str
    url: str


def reviewed_on() -> datetime.date:
    """Return the day the statement was last checked against the platform."""
    return datetime.date.fromisoformat(settings.ACCESSIBILITY_REVIEWED_ON)


def review_overdue(*, today: datetime.date | None = None) -> bool:
    """Tell whether the last review is more than a year ago."""
    return (today or datetime.date.today()) - reviewed_on() > REVIEW_INTERVAL


#: The barriers found in the last review that are not mended yet.
KNOWN_PROBLEMS: tuple[KnownProblem, ...] = (
    KnownProblem(
        key="english",
        title=_("Nicht alle Inhalte sind übersetzt"),
        description=_(
            "Auf Englisch gibt es die Bedienung und alles, was die Redaktion "
            "übersetzt hat: Seiten, Kurse, Schulungen, Themen, Einträge im "
            "Verzeichnis und die Kontakte unter „Hilfe holen“. Was noch nicht "
            "übersetzt ist, erscheint deutsch und ist als deutsch ausgezeichnet. "
            "Nicht ausgezeichnet sind: Beiträge im Austausch (sie stehen in der "
            "Sprache, in der sie geschrieben wurden), Titel mitten in einem Satz "
            "(etwa in einer Buchungsbestätigung), die Namen von Stadtteilen und "
            "Sprachen und die Titel in E-Mails; sie bleiben deutsch."
        ),
        criterion=_("WCAG 3.1.2 Sprache von Teilen"),
        alternative=_("Stellen Sie die Sprache auf Deutsch um."),
    ),
    KnownProblem(
        key="documents",
        title=_("Dokumente und Videos aus der Redaktion sind nicht geprüft"),
        description=_(
            "PDF-Dateien, Bilder und Videos, die Trainer:innen und die Koordination "
            "hochladen, prüft kein automatischer Test. Teilnahmebescheinigungen "
            "(PDF) sind nicht nach PDF/UA geprüft."
        ),
        criterion=_("WCAG 1.1.1 Nicht-Text-Inhalt, 1.2.2 Untertitel"),
        alternative=_(
            "Schreiben Sie uns über das Formular: Wir schicken Ihnen den Inhalt "
            "in einer Form, die Sie nutzen können."
        ),
    ),
    KnownProblem(
        key="admin",
        title=_("Die Redaktionsoberfläche hat Barrieren"),
        description=_(
            "Die Verwaltung (/admin/) für Trainer:innen und Koordination ist nicht "
            "vollständig geprüft: Im Seiteneditor haben die Felder für formatierten "
            "Text keine Beschriftung, die ein Bildschirmleser vorliest."
        ),
        criterion=_("WCAG 4.1.2 Name, Rolle, Wert"),
        alternative=_("Die Koordination legt Inhalte auf Wunsch für Sie an."),
    ),
)

#: Shown while the start page offers no video in German Sign Language.
SIGN_LANGUAGE_PROBLEM = KnownProblem(
    key="sign-language",
    title=_("Es gibt noch kein Video in Deutscher Gebärdensprache"),
    description=_(
        "Die Erklärung der Plattform in Deutscher Gebärdensprache (DGS) fehlt "
        "noch. Eine Erklärung in Leichter Sprache gibt es."
    ),
    criterion=_("§ 4 BITV 2.0 und Anlage 2 Teil 1"),
    alternative=_(
        "Für Schulungen in Präsenz bestellt die Koordination auf Wunsch eine "
        "Gebärdensprachdolmetschung."
    ),
)

#: Who enforces the accessibility of a public body's site in North
#: Rhine-Westphalia (§§ 10d, 10e BGG NRW, §§ 9 ff. BITV NRW). The federal
#: Schlichtungsstelle nach § 16 BGG is for federal bodies, not for a city.
ENFORCEMENT_BODY = EnforcementBody(
    name=_(
        "Ombudsstelle für barrierefreie Informationstechnik des Landes "
        "Nordrhein-Westfalen"
    ),
    about=_(
        "Die Ombudsstelle ist der Beauftragten der Landesregierung für die "
        "Belange der Menschen mit Behinderung zugeordnet. Sie vermittelt "
        "kostenlos zwischen Ihnen und uns, wenn Sie auf Ihre Meldung keine "
        "oder keine zufriedenstellende Antwort bekommen haben."
    ),
    url="https://www.lbbp.nrw.de/ombudsstelle",
)

#: How the statement was prepared; every sentence must stay true.
METHOD = (
    _(
        "Die Erklärung beruht auf einer Selbstbewertung durch das Team, das die "
        "Plattform entwickelt, gemessen an der WCAG 2.1 auf Stufe AA (EN 301 549), "
        "wie sie die BITV NRW verlangt."
    ),
    _(
        "Bei jeder Änderung prüft ein automatischer Test mit dem Prüfwerkzeug "
        "axe-core die Seiten jeder Art: öffentliche Seiten, die Seiten jeder Rolle "
        "nach der Anmeldung und Formulare mit Fehlern."
    ),
    _(
        "Automatische Tests bedienen das Menü und das Formular „Barriere "
        "melden“ nur mit der Tastatur. Die übrigen Abläufe haben wir von Hand "
        "mit der Tastatur durchgespielt."
    ),
    _(
        "Bei jeder Änderung prüft ein automatischer Test jede Art von Seite, "
        "öffentlich und für jede Rolle, bei 320 Pixel Breite: Keine Seite muss "
        "man zur Seite scrollen; nur breite Tabellen scrollen in ihrem eigenen "
        "Bereich. Zurzeit besteht jede Seite diese Prüfung."
    ),
)

#: What the automated tests cannot tell, said plainly.
NOT_CHECKED = (
    _("ob Texte verständlich und Bildbeschreibungen treffend sind,"),
    _("ob Bildschirmleser die Seiten in einer sinnvollen Reihenfolge vorlesen,"),
    _("ob hochgeladene Videos Untertitel und Dokumente eine Struktur haben,"),
    _("wie gut sich die Plattform mit Sprachsteuerung bedienen lässt."),
)
