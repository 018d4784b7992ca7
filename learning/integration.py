"""What other apps add to a person's sense-of-coherence profile.

The events app can register how many trainings a person attended per
dimension: ``register_profile_source(key="trainings", label=…, counts=fn)``
with ``fn(user) -> dict[dimension value, int]`` in a fixed number of queries.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class ProfileSource:
    key: str
    label: str
    counts: Callable[..., dict[str, int]]
    # Say "1 besuchte Schulung" / "3 besuchte Schulungen" in the profile's text.
    describe: Callable[[int], str] = str


profile_sources: dict[str, ProfileSource] = {}


def register_profile_source(
    *, key: str, label: str, counts: Callable, describe: Callable[[int], str] = str
) -> None:
    """Count something else (attended trainings …) per dimension in the profile."""
    profile_sources[key] = ProfileSource(
        key=key, label=label, counts=counts, describe=describe
    )
