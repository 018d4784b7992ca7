"""Qualification paths: reads and business rules.

What a step needs comes from three places: learning's own course completions,
the trainings a person attended (``TRAININGS_ATTENDED``, answered by events)
and exchange participation (``EXCHANGE_PARTICIPANTS``, answered by exchange).
Each is fetched for many people at once, so the stepper and the coordinators'
progress table cost the same number of queries for 1 or 1,000 people.

Completion is evaluated at once whenever a step's condition may have changed:
attendance recorded or withdrawn, a course completed or its completion taken
back or its certificate revoked, a post written or removed. A completed path
whose required step no longer holds is taken back and its certificate revoked;
both come back when the path is completed again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.db import transaction
from django.db.models import OuterRef, Prefetch, Q, Subquery
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from cms import hooks, outbox
from cms.dimensions import Dimension
from cms.errors import DomainError
from cms.i18n import interface_language, localize_snippets
from cms.routing import live_page_url
from learning.models import (
    Certificate,
    Enrolment,
    PathMembership,
    PathStep,
    QualificationPath,
    RevocationCause,
)


class PathError(DomainError):
    messages = {
        "path_unavailable": _("Diesen Lernpfad gibt es nicht oder nicht mehr."),
        "path_closed": _("Diesem Lernpfad kann man zurzeit nicht beitreten."),
    }


# -- reads ---------------------------------------------------------------------


@dataclass
class Facts:
    """What the people asked about have done, fetched in a fixed number of queries."""

    completed_courses: dict[int, set[int]] = field(default_factory=dict)
    trainings: dict[int, list] = field(default_factory=dict)
    exchange: set[int] = field(default_factory=set)


def facts_for(user_ids, *, certificates=None) -> Facts:
    """Fetch what these people did; ``certificates`` may bring theirs, fetched."""
    user_ids = list(user_ids)
    facts = Facts()
    if not user_ids:
        return facts
    completed: dict[int, set[int]] = defaultdict(set)
    for user_id, course_id in Enrolment.objects.filter(
        user_id__in=user_ids, completed_at__isnull=False
    ).values_list("user_id", "course_id"):
        completed[user_id].add(course_id)
    # A course whose certificate the coordination revoked no longer counts.
    if certificates is None:
        revoked = Certificate.objects.filter(
            user_id__in=user_ids, course__isnull=False, revoked_at__isnull=False
        ).values_list("user_id", "course_id")
    else:
        revoked = [
            (c.user_id, c.course_id)
            for c in certificates
            if c.course_id and c.revoked_at is not None
        ]
    for user_id, course_id in revoked:
        completed[user_id].discard(course_id)
    facts.completed_courses = dict(completed)
    trainings: dict[int, list] = defaultdict(list)
    for answer in hooks.call(hooks.TRAININGS_ATTENDED, user_ids=user_ids):
        for row in answer:
            trainings[row.user_id].append(row)
    facts.trainings = dict(trainings)
    for answer in hooks.call(hooks.EXCHANGE_PARTICIPANTS, user_ids=user_ids):
        facts.exchange |= set(answer)
    return facts


@dataclass
class StepState:
    step: PathStep
    number: int
    available: bool
    done: bool
    locked: bool = False
    is_next: bool = False
    evidence: str = ""
    action_url: str | None = None
    action_label: str = ""

    @property
    def title(self) -> str:
        return step_title(self.step)

    @property
    def status(self) -> str:
        """The state in words (the stepper never says it with colour alone)."""
        if not self.available:
            return gettext("nicht mehr verfügbar")
        if self.done:
            return gettext("erledigt")
        if self.locked:
            return gettext("folgt nach den vorherigen Schritten")
        return gettext("offen")

    @property
    def status_key(self) -> str:
        if not self.available:
            return "unavailable"
        if self.done:
            return "done"
        return "locked" if self.locked else "open"


@dataclass
class PathProgress:
    path: QualificationPath
    steps: list[StepState]
    membership: PathMembership | None = None

    @property
    def required(self) -> list[StepState]:
        return [s for s in self.steps if s.step.required]

    @property
    def done_count(self) -> int:
        return sum(1 for s in self.required if s.done)

    @property
    def complete(self) -> bool:
        return all(s.done and s.available for s in self.required)

    @property
    def next_step(self) -> StepState | None:
        for state in self.steps:
            if state.available and not state.done and not state.locked:
                if state.step.required:
                    return state
        for state in self.steps:
            if state.available and not state.done and not state.locked:
                return state
        return None

    @property
    def percent(self) -> int:
        total = len(self.required)
        return round(100 * self.done_count / total) if total else 0


def step_title(step: PathStep) -> str:
    """Say what a step asks for, in the reader's language."""
    if step.label:
        return step.label
    if step.kind == PathStep.Kind.COURSE:
        if step.course_id is None:
            return gettext("Kurs (nicht mehr verfügbar)")
        return gettext("Kurs „%(title)s“ abschließen") % {"title": step.course.title}
    if step.kind == PathStep.Kind.TRAINING:
        if step.training_id:
            return gettext("An der Schulung „%(title)s“ teilnehmen") % {
                "title": step.training.title
            }
        parts = []
        if step.topic_id:
            parts.append(gettext("zum Thema „%(topic)s“") % {"topic": step.topic.name})
        if step.dimension:
            parts.append(
                gettext("zur Dimension „%(dimension)s“")
                % {"dimension": Dimension(step.dimension).label}
            )
        if not parts:
            return gettext("Schulung (nicht mehr verfügbar)")
        return gettext("An einer Schulung %(what)s teilnehmen") % {
            "what": gettext(" oder ").join(parts)
        }

    return gettext("In einer Themengruppe einen Beitrag schreiben")


def _available(step: PathStep) -> bool:
    if step.kind == PathStep.Kind.COURSE:
        return step.course_id is not None and step.course.live
    if step.kind == PathStep.Kind.TRAINING:
        if step.training_id is not None:
            return step.training.live
        return bool(step.topic_id or step.dimension)
    return True


def _training_matches(step: PathStep, attended) -> bool:
    if step.training_id is not None:
        return attended.training_id == step.training_id
    return bool(
        (step.topic_id and step.topic_id in attended.topic_ids)
        or (step.dimension and step.dimension == attended.dimension)
    )


def _state(step: PathStep, number: int, user_id: int | None, facts: Facts) -> StepState:
    available = _available(step)
    done, evidence = False, ""
    if available and user_id is not None:
        if step.kind == PathStep.Kind.COURSE:
            done = step.course_id in facts.completed_courses.get(user_id, ())
        elif step.kind == PathStep.Kind.TRAINING:
            match = next(
                (
                    row
                    for row in facts.trainings.get(user_id, ())
                    if _training_matches(step, row)
                ),
                None,
            )
            done, evidence = match is not None, match.title if match else ""
        else:
            done = user_id in facts.exchange
    return StepState(
        step=step, number=number, available=available, done=done, evidence=evidence
    )


def _lock(path: QualificationPath, states: list[StepState]) -> None:
    """In an ordered path a step is proposed only after the required ones before it."""
    if not path.in_order:
        return
    blocked = False
    for state in states:
        state.locked = blocked and not state.done
        if state.step.required and not state.done:
            blocked = True


def _steps(path: QualificationPath) -> list[PathStep]:
    """The steps, from a prefetch when there is one."""
    return list(path.steps.all())


def progress_of(
    path: QualificationPath, user_id: int | None, facts: Facts, membership=None
) -> PathProgress:
    states = [
        _state(step, number, user_id, facts)
        for number, step in enumerate(_steps(path), start=1)
    ]
    _lock(path, states)
    progress = PathProgress(path=path, steps=states, membership=membership)
    upcoming = progress.next_step
    if upcoming is not None:
        upcoming.is_next = True
    return progress


def _with_steps(queryset):
    return queryset.prefetch_related(
        Prefetch(
            "steps",
            queryset=PathStep.objects.select_related("course", "training", "topic"),
        )
    )


def _add_actions(progress: PathProgress) -> None:
    """Say for the open steps what to open or book, with a link."""
    for state in progress.steps:
        if state.done or not state.available:
            continue
        step = state.step
        if step.kind == PathStep.Kind.COURSE:
            state.action_url = step.course.url
            state.action_label = gettext("Kurs öffnen")
        elif step.kind == PathStep.Kind.TRAINING:
            if step.training_id:
                state.action_url = step.training.url
                state.action_label = gettext("Zur Schulung und buchen")
            else:
                base = live_page_url(apps.get_model("events", "EventIndexPage"))
                if base:
                    query = (
                        f"?thema={step.topic.slug}"
                        if step.topic_id
                        else f"?dimension={step.dimension}"
                    )
                    state.action_url = base + query
                    state.action_label = gettext("Passende Schulungen im Kalender")
        else:
            state.action_url = live_page_url(
                apps.get_model("exchange", "ExchangeIndexPage")
            )
            state.action_label = gettext("Zum Austausch")


def my_paths(*, user) -> dict:
    """The paths a person joined (with their progress) and the paths on offer.

    One query finds both (the person's membership as annotations), one the
    steps, one every certificate of the person, and the facts their own.
    """
    mine = PathMembership.objects.filter(path=OuterRef("pk"), user=user)
    found = list(
        _with_steps(
            QualificationPath.objects.annotate(
                membership_pk=Subquery(mine.values("pk")[:1]),
                membership_joined=Subquery(mine.values("joined_at")[:1]),
                membership_completed=Subquery(mine.values("completed_at")[:1]),
            )
            .filter(Q(is_open=True) | Q(membership_pk__isnull=False))
            .order_by("title", "pk")
        )
    )
    # Steps name their topic in the chosen language (one query, none in German).
    localize_snippets(
        step.topic for path in found for step in path.steps.all() if step.topic_id
    )
    joined = [p for p in found if p.membership_pk is not None]
    offered = [p for p in found if p.membership_pk is None]
    rows = []
    if joined:
        certificates = list(Certificate.objects.filter(user=user))
        facts = facts_for([user.pk], certificates=certificates)
        by_path = {c.path_id: c for c in certificates if c.path_id}
        for path in joined:
            membership = PathMembership(
                pk=path.membership_pk,
                user=user,
                path=path,
                joined_at=path.membership_joined,
                completed_at=path.membership_completed,
            )
            progress = progress_of(path, user.pk, facts, membership)
            _add_actions(progress)
            progress.certificate = by_path.get(path.pk)
            rows.append(progress)
    return {"paths": rows, "offered": offered}


def path_report(*, path: QualificationPath) -> dict:
    """Progress per person and per district of a path (fixed number of queries)."""
    path = _with_steps(QualificationPath.objects.filter(pk=path.pk)).get()
    memberships = list(
        PathMembership.objects.filter(path=path)
        .select_related("user", "user__district")
        .order_by("user__display_name", "pk")
    )
    facts = facts_for([m.user_id for m in memberships])
    rows = [progress_of(path, m.user_id, facts, m) for m in memberships]
    steps = [state.step for state in progress_of(path, None, facts).steps]
    districts: dict[str, dict] = {}
    for progress in rows:
        district = progress.membership.user.district
        name = district.name if district else gettext("ohne Stadtteil")
        entry = districts.setdefault(
            name, {"name": name, "people": 0, "completed": 0, "done_steps": 0}
        )
        entry["people"] += 1
        entry["completed"] += 1 if progress.membership.completed_at else 0
        entry["done_steps"] += progress.done_count
    required = len([s for s in steps if s.required])
    for entry in districts.values():
        entry["average_percent"] = (
            round(100 * entry["done_steps"] / (entry["people"] * required))
            if required
            else 0
        )
    return {
        "path": path,
        "steps": [
            {"step": s, "title": step_title(s), "available": _available(s)}
            for s in steps
        ],
        "rows": rows,
        "districts": sorted(districts.values(), key=lambda e: e["name"]),
        "required_count": required,
    }


def path_overview() -> list[QualificationPath]:
    """Every path with its number of members and completions (one query)."""
    from django.db.models import Count, Q

    return list(
        QualificationPath.objects.annotate(
            member_count=Count("memberships"),
            completed_count=Count(
                "memberships", filter=Q(memberships__completed_at__isnull=False)
            ),
        ).order_by("title", "pk")
    )


# -- business rules -------------------------------------------------------------


def path_join(*, user, path: QualificationPath) -> PathMembership:
    """Join a path (once); it may be complete at once if every step is done."""
    if not path.is_open:
        raise PathError("path_closed")
    with transaction.atomic():
        membership, created = PathMembership.objects.get_or_create(user=user, path=path)
        if created:
            log(
                instance=membership,
                action="learning.path_join",
                user=user,
                data={"path": path.pk},
            )
        path_evaluate(membership=membership)
    return membership


def path_evaluate(*, membership: PathMembership) -> bool:
    """Complete the path, or take a completion back; return whether it is complete."""
    with transaction.atomic():
        membership = (
            PathMembership.objects.select_for_update()
            .select_related("user")
            .get(pk=membership.pk)
        )
        path = _with_steps(
            QualificationPath.objects.filter(pk=membership.path_id)
        ).get()
        user = membership.user
        progress = progress_of(path, user.pk, facts_for([user.pk]), membership)
        if progress.complete and membership.completed_at is None:
            membership.completed_at = timezone.now()
            membership.save(update_fields=["completed_at"])
            log(
                instance=membership,
                action="learning.path_complete",
                user=user,
                data={"path": path.pk},
            )
            _certificate_issue(membership=membership, path=path, progress=progress)
        elif not progress.complete and membership.completed_at is not None:
            membership.completed_at = None
            membership.save(update_fields=["completed_at"])
            log(
                instance=membership,
                action="learning.path_withdraw",
                user=None,
                data={"path": path.pk},
            )
            _certificate_withdraw(membership=membership, path=path, progress=progress)
        return progress.complete


def paths_reevaluate(*, user) -> None:
    """Re-evaluate every path a person is on (a step's condition changed)."""
    for membership in PathMembership.objects.filter(user=user):
        path_evaluate(membership=membership)


def _certificate_issue(*, membership, path, progress: PathProgress) -> Certificate:
    from learning.services import _REVOCATION_FIELDS, _new_code
    from learning.tasks import certificate_pdf_render_task

    user = membership.user
    courses = [
        s.step.course
        for s in progress.steps
        if s.step.kind == PathStep.Kind.COURSE and s.step.course_id
    ]
    dimensions = sorted(
        {c.dimension for c in courses}
        | {s.step.dimension for s in progress.steps if s.step.dimension}
    )
    certificate, created = Certificate.objects.get_or_create(
        user=user,
        path=path,
        defaults={
            "code": _new_code(),
            "holder_name": user.get_full_name(),
            "course_title": path.title,
            "dimensions": dimensions,
            "minutes": sum(c.estimated_minutes for c in courses),
            "issued_at": membership.completed_at,
        },
    )
    if created:
        log(instance=certificate, action="learning.certificate_issue", user=user)
        outbox.enqueue(certificate_pdf_render_task, certificate.pk, recipient=user)
    elif certificate.revoked_at is not None and (
        certificate.revocation_cause == RevocationCause.PATH_STEP
    ):
        certificate.revoked_at = None
        certificate.revoked_by = None
        certificate.revocation_reason = ""
        certificate.revocation_cause = ""
        certificate.revocation_notified_at = None
        certificate.save(update_fields=_REVOCATION_FIELDS)
        log(instance=certificate, action="learning.certificate_reinstate", user=user)
    return certificate


def _certificate_withdraw(*, membership, path, progress: PathProgress) -> None:
    from learning.services import _revoke

    certificate = (
        Certificate.objects.select_for_update()
        .filter(user=membership.user, path=path, revoked_at__isnull=True)
        .first()
    )
    if certificate is None:
        return
    missing = "; ".join(
        step_title(state.step)
        for state in progress.required
        if not (state.done and state.available)
    )
    with translation.override(interface_language(membership.user.preferred_language)):
        reason = gettext("Für den Lernpfad „%(path)s“ fehlt jetzt: %(missing)s.") % {
            "path": path.title,
            "missing": missing,
        }
    _revoke(certificate, actor=None, reason=reason, cause=RevocationCause.PATH_STEP)
