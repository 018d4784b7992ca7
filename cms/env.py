"""Read configuration from environment variables with safe development defaults."""

import os
from urllib.parse import parse_qs, unquote, urlparse

TRUE_VALUES = {"1", "true", "yes", "on"}


def env_bool(name: str, *, default: bool) -> bool:
    """Return the environment variable as a boolean."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in TRUE_VALUES


def env_list(name: str, *, default: list[str]) -> list[str]:
    """Return a comma-separated environment variable as a list."""
    value = os.environ.get(name, "")
    items = [item.strip() for item in value.split(",") if item.strip()]
    return items or default


def cache_from_url(url: str | None) -> dict:
    """Return a CACHES entry for a redis:// URL, or local memory when unset."""
    if not url or url.startswith("locmem://"):
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    if url.startswith("dummy://"):
        return {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    if url.startswith(("redis://", "rediss://", "unix://")):
        return {
            "BACKEND": "cms.redis_cache.RedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "gs",
        }
    raise ValueError(f"CACHE_URL: unsupported scheme in {url!r}")


def load_email_settings(settings: dict) -> None:
    """Set Django's EMAIL_* settings from EMAIL_URL (smtp://user:pass@host:port).

    ``smtp+tls://`` uses STARTTLS, ``smtps://`` implicit TLS, ``console://``
    prints mails, ``locmem://`` keeps them in memory. Unset means console.
    """
    url = os.environ.get("EMAIL_URL", "")
    backends = {
        "": "django.core.mail.backends.console.EmailBackend",
        "console": "django.core.mail.backends.console.EmailBackend",
        "locmem": "django.core.mail.backends.locmem.EmailBackend",
        "dummy": "django.core.mail.backends.dummy.EmailBackend",
    }
    parsed = urlparse(url)
    if parsed.scheme in backends:
        settings["EMAIL_BACKEND"] = backends[parsed.scheme]
        return
    if parsed.scheme not in {"smtp", "smtp+tls", "smtps"}:
        raise ValueError(f"EMAIL_URL: unsupported scheme {parsed.scheme!r}")
    options = parse_qs(parsed.query)
    settings.update(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST=parsed.hostname or "localhost",
        EMAIL_PORT=parsed.port or (465 if parsed.scheme == "smtps" else 587),
        EMAIL_HOST_USER=unquote(parsed.username or ""),
        EMAIL_HOST_PASSWORD=unquote(parsed.password or ""),
        EMAIL_USE_TLS=parsed.scheme == "smtp+tls",
        EMAIL_USE_SSL=parsed.scheme == "smtps",
        EMAIL_TIMEOUT=int(options.get("timeout", ["20"])[0]),
    )
