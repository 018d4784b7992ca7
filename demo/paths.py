"""The demo's qualification path "Ansprechperson werden", one person half way.

Idempotent: a second run finds the path by its slug and changes nothing.
"""

from cms.models import User
from learning import paths
from learning.models import CoursePage, PathStep, QualificationPath

SLUG = "ansprechperson-werden"
COURSE_SLUGS = (
    "krisen-verstehen",
    "unterstuetzen-im-alltag",
    "gemeinsam-stark-im-stadtteil",
)
DIMENSIONS = ("verstehbarkeit", "handhabbarkeit", "sinnhaftigkeit")
ON_THE_WAY = "absolventin@example.org"
SUMMARY = (
    "Der Weg zur Ansprechperson des Netzwerks: die drei Online-Kurse, je eine "
    "Schulung zu jeder Säule des Kohärenzgefühls und ein erster Beitrag im "
    "Austausch. Die Reihenfolge ist ein Vorschlag, die Schulungen können Sie "
    "jederzeit besuchen."
)


def seed(*, stdout) -> None:
    path = QualificationPath.objects.filter(slug=SLUG).first()
    if path is None:
        courses = {c.slug: c for c in CoursePage.objects.filter(slug__in=COURSE_SLUGS)}
        path = QualificationPath(
            title="Ansprechperson werden", slug=SLUG, summary=SUMMARY, in_order=True
        )
        steps = [
            PathStep(kind=PathStep.Kind.COURSE, course=courses[slug])
            for slug in COURSE_SLUGS
            if slug in courses
        ]
        steps += [
            PathStep(kind=PathStep.Kind.TRAINING, dimension=value)
            for value in DIMENSIONS
        ]
        steps.append(PathStep(kind=PathStep.Kind.EXCHANGE))
        path.steps = steps
        path.save()
    person = User.objects.filter(email=ON_THE_WAY).first()
    if person is not None:
        paths.path_join(user=person, path=path)
    stdout.write(f"Lernpfade: {QualificationPath.objects.count()}")
