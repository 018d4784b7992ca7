"""The demo path "Ansprechperson werden": three courses, a training per dimension,
an exchange step, and one person on the way; twice changes nothing."""

import io

import pytest

from demo import events as demo_events
from demo import exchange as demo_exchange
from demo import learning as demo_learning
from demo import paths as demo_paths
from demo.site import seed_site
from learning import paths
from learning.models import PathMembership, PathStep, QualificationPath

pytestmark = pytest.mark.django_db


def test_demo_path_has_every_kind_of_step_and_a_person_half_way():
    for _run in range(2):
        seed_site()
        demo_learning.seed(stdout=io.StringIO())
        demo_events.seed(stdout=io.StringIO())
        demo_exchange.seed(stdout=io.StringIO())
        demo_paths.seed(stdout=io.StringIO())
    path = QualificationPath.objects.get()
    assert path.title == "Ansprechperson werden"
    kinds = list(path.steps.values_list("kind", flat=True))
    assert kinds.count(PathStep.Kind.COURSE) == 3
    assert sorted(
        path.steps.exclude(dimension="").values_list("dimension", flat=True)
    ) == [
        "handhabbarkeit",
        "sinnhaftigkeit",
        "verstehbarkeit",
    ]
    assert kinds.count(PathStep.Kind.EXCHANGE) == 1
    membership = PathMembership.objects.get()
    progress = paths.my_paths(user=membership.user)["paths"][0]
    assert 0 < progress.done_count < len(progress.required)
    # Half way: two courses and two trainings she attended (recorded).
    assert progress.done_count == 4
    assert len(progress.required) == 7
    assert membership.completed_at is None
    assert progress.next_step is not None
