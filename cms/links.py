"""Absolute addresses for e-mails, feeds and calendar entries."""

from django.conf import settings


def absolute_url(path: str = "/") -> str:
    """Return the public address of a site-relative path ("/termine/…")."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.SITE_URL + "/" + path.lstrip("/")
