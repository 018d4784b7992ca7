"""The whole German demo, in the order its parts build on each other."""

from demo import (
    evaluations,
    events,
    exchange,
    learning,
    network,
    paths,
    translations,
)
from demo.site import seed_site

# Accounts and districts come first; courses before trainings (which link
# them) and before the exchange (which opens their forums). Evaluations and
# report data use trainings, courses and people; the qualification path names
# all of them; the English translations follow the German pages they translate.
STEPS = (
    learning.seed,
    events.seed,
    exchange.seed,
    network.seed,
    evaluations.seed,
    paths.seed,
    translations.seed,
)


def seed_demo(*, stdout) -> None:
    """Build or update every part of the demo; a second run changes nothing."""
    seed_site()
    for step in STEPS:
        step(stdout=stdout)
