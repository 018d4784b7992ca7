"""The contract between the apps: every hook that ``cms`` names and calls.

Each app registers its part in its own ``wagtail_hooks.py`` with
``@hooks.register(cms_hooks.NAME)``; ``cms`` collects and calls them here and
imports no app below it. The README's "What is where" lists them in one table.

Two kinds of hook:

* *register* hooks take no arguments and return an iterable of declarations
  (sections, sources, models); :func:`collect` flattens them.
* *event* hooks take keyword arguments and do something or answer something;
  :func:`call` returns each registered function's answer.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest
from wagtail import hooks

# -- register hooks: fn() -> Iterable[...] ------------------------------------
#: Sections editors may place on the home page: ``Section``.
HOME_SECTIONS = "gs_register_home_sections"
#: Sections of "Mein Bereich" for a logged-in person: ``Section``.
DASHBOARD_SECTIONS = "gs_register_dashboard_sections"
#: Boxes another app adds to a course page (the course forum …): ``CoursePanel``.
COURSE_PANELS = "gs_register_course_panels"
#: What else counts per dimension in the coherence profile: ``CoherenceSource``.
COHERENCE_SOURCES = "gs_register_coherence_sources"
#: Help contacts beyond the site settings (crisis services …): ``HelpSource``.
HELP_SOURCES = "gs_register_help_sources"
#: Every model and field that holds or points to a person: ``PersonalData``.
PERSONAL_DATA = "gs_register_personal_data"
#: Rules that delete or anonymise what is kept no longer: ``RetentionRule``.
RETENTION_RULES = "gs_register_retention_rules"
#: App labels whose every model permission coordinators hold: ``str``.
COORDINATOR_APPS = "gs_register_coordinator_apps"
#: Models whose changes may alter what an anonymous visitor sees: model classes.
PUBLIC_CONTENT_MODELS = "gs_register_public_content_models"
#: Steps of a new person's "Erste Schritte" path on Mein Bereich: ``FirstStep``.
FIRST_STEPS = "gs_register_first_steps"
#: Reports for coordinators (figures with a chart, a table and a CSV): ``Report``.
REPORTS = "gs_register_reports"

# -- event hooks: fn(**kwargs) -> answer --------------------------------------
#: Counters in the site header for a logged-in person (items waiting for
#: them): ``fn(*, request) -> list[HeaderBadge]``; cheap, cached per person.
HEADER_BADGES = "gs_header_badges"
#: A person's attendance at a training changed; ``course_ids`` are the courses
#: it counts for: ``fn(*, user, training, course_ids) -> None``.
ATTENDANCE_CHANGED = "gs_attendance_changed"
#: Why a page may not go live yet, or None: ``fn(*, page) -> str | None``.
#: Asked before publishing in the editor and when a review workflow approves.
PUBLISH_REFUSAL = "gs_publish_refusal"
#: A course was published: ``fn(*, course) -> None``.
COURSE_PUBLISHED = "gs_course_published"
#: Did the person attend a training that counts for this course?
#: ``fn(*, user, course) -> bool``.
COURSE_TRAINING_ATTENDED = "gs_course_training_attended"
#: Which trainings did these people attend (held, live, not cancelled)?
#: ``fn(*, user_ids) -> list[AttendedTraining]``, in a fixed number of queries.
TRAININGS_ATTENDED = "gs_trainings_attended"
#: Which of these people took part in the exchange (a visible post in a topic
#: group)? ``fn(*, user_ids) -> set[int]``, in a fixed number of queries.
EXCHANGE_PARTICIPANTS = "gs_exchange_participants"
#: A person's exchange participation changed (a post published, approved,
#: deleted, hidden or rejected): ``fn(*, user) -> None``.
PARTICIPATION_CHANGED = "gs_participation_changed"
#: Start an unpublished training from a training request:
#: ``fn(*, draft: TrainingDraft, user) -> page or None`` (None: no calendar).
TRAINING_DRAFT_FROM_REQUEST = "gs_training_draft_from_request"
#: A training was published (also again): ``fn(*, training, user) -> None``.
TRAINING_PUBLISHED = "gs_training_published"


def collect(hook_name: str) -> list:
    """Return the declarations of every app registered for a register hook."""
    return [item for fn in hooks.get_hooks(hook_name) for item in fn()]


def call(hook_name: str, **kwargs: Any) -> list:
    """Call every function registered for an event hook; return their answers."""
    return [fn(**kwargs) for fn in hooks.get_hooks(hook_name)]


@dataclass(frozen=True)
class Section:
    """A block of the home page or of "Mein Bereich".

    ``get_context`` returns the template's context, or ``None`` when the section
    has nothing to show; it fetches what it shows in a fixed number of queries.
    """

    key: str
    label: str
    template: str
    get_context: Callable[[HttpRequest], dict | None]
    order: int = 100
    #: Shown first on Mein Bereich (the next lesson, the next training); the
    #: other sections fold into "Weitere Bereiche" on a phone.
    primary: bool = False


@dataclass(frozen=True)
class CoursePanel:
    """A box on a course page: ``get_context(request, course)`` or ``None``."""

    key: str
    template: str
    get_context: Callable[[HttpRequest, Any], dict | None]
    order: int = 100


@dataclass(frozen=True)
class CoherenceSource:
    """Something that counts per dimension, beside completed lessons.

    ``counts(user)`` returns ``{dimension value: number}`` in a fixed number of
    queries; ``describe(n)`` says it in words ("3 besuchte Schulungen").
    """

    key: str
    label: str
    counts: Callable[[Any], dict[str, int]]
    describe: Callable[[int], str] = str


@dataclass(frozen=True)
class HelpSource:
    """Contacts for the "Hilfe holen" box: ``contacts()`` returns dicts with
    ``name``, ``phone`` and ``hours``."""

    key: str
    contacts: Callable[[], list[dict]]


@dataclass(frozen=True)
class FirstStep:
    """One step of the "Erste Schritte" path at the top of a new person's
    Mein Bereich.

    ``done(user)`` tells from the data whether the step is done (at most one
    query); ``url()`` says where to take it, or ``""`` when there is nowhere
    to go yet (the step is then left out). The path disappears once every
    step is done.
    """

    key: str
    label: str
    done: Callable[[Any], bool]
    url: Callable[[], str]
    order: int = 100


@dataclass(frozen=True)
class RetentionRule:
    """What is kept how long: ``apply(now=…)`` acts on what is due, returns a
    count, and changes nothing the second time for the same moment."""

    key: str
    description: str
    apply: Callable[..., int]


@dataclass(frozen=True)
class Report:
    """A coordinator report: ``figures()`` returns ``cms.reports.Figure`` s.

    It fetches what it shows in a fixed number of queries, however many
    trainings, people and answers there are, and suppresses every cell based on
    fewer than five people (``cms.reports.people``).
    """

    key: str
    label: str
    description: str
    figures: Callable[[], list]
    order: int = 100


@dataclass(frozen=True)
class HeaderBadge:
    """A link with a number in the header ("Moderation 3")."""

    key: str
    label: str
    url: str
    count: int
    description: str = ""


@dataclass(frozen=True)
class AttendedTraining:
    """A training a person attended, as far as qualification paths ask."""

    user_id: int
    training_id: int
    title: str
    dimension: str
    topic_ids: frozenset[int]


@dataclass(frozen=True)
class TrainingDraft:
    """What a training request hands to a new training draft."""

    request_id: int
    title: str
    description: str
    format: str = ""
    dimension: str = ""
    topic_ids: tuple[int, ...] = ()
    district_id: int | None = None


def ordered(items: Iterable, *, key: str = "order") -> list:
    """Return declarations sorted by their order, then their key."""
    return sorted(items, key=lambda item: (getattr(item, key), item.key))
