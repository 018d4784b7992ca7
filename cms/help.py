"""Help contacts beyond the site settings, from the ``HELP_SOURCES`` hook."""

from cms import hooks


def extra_help_contacts() -> list[dict]:
    """Return the contacts every app adds to the "Hilfe holen" box."""
    return [
        contact
        for source in hooks.collect(hooks.HELP_SOURCES)
        for contact in source.contacts()
    ]
