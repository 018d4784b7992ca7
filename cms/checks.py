"""System checks of the site package."""

from django.conf import settings
from django.core.checks import Error, Tags, register


@register(Tags.caches, deploy=True)
def shared_cache_for_public_pages(app_configs, **kwargs) -> list[Error]:
    """Every web worker must see the same cached pages and tag versions."""
    backend = settings.CACHES["default"]["BACKEND"]
    if settings.PUBLIC_PAGE_CACHE and backend.endswith(("LocMemCache", "DummyCache")):
        return [
            Error(
                "The public page cache needs a cache shared by all workers.",
                hint="Set CACHE_URL (for example redis://127.0.0.1:6379/1); with "
                "a per-process cache one worker serves stale pages after a "
                "change seen by another.",
                id="cms.E001",
            )
        ]
    return []
