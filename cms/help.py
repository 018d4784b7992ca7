"""Sources for the "Hilfe holen" box beyond the contacts in the site settings.

An app registers a callable that returns dicts with name, phone and hours,
fetched in a fixed number of queries.
"""

from collections.abc import Callable

help_sources: list[Callable[[], list[dict]]] = []


def register_help_source(source: Callable[[], list[dict]]) -> None:
    """Add a source of help contacts (for example crisis services of the directory)."""
    if source not in help_sources:
        help_sources.append(source)


def extra_help_contacts() -> list[dict]:
    return [contact for source in help_sources for contact in source()]
