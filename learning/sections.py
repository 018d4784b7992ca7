"""Contexts of the learning sections on the home page and in "Mein Bereich"."""

from django.http import HttpRequest

from learning import selectors

NOTES_SHOWN = 3


def home_courses(request: HttpRequest) -> dict | None:
    courses = selectors.newest_courses()
    if not courses:
        return None
    return {"courses": courses, "catalogue": selectors.catalogue_page()}


def my_courses(request: HttpRequest) -> dict:
    return {
        "rows": selectors.my_courses(user=request.user),
        "catalogue": selectors.catalogue_page(),
    }


def certificates(request: HttpRequest) -> dict | None:
    items = selectors.my_certificates(user=request.user)
    return {"certificates": items} if items else None


def coherence(request: HttpRequest) -> dict:
    profile = selectors.coherence_profile(user=request.user)
    return {"profile": profile, "total": sum(row["lessons"] for row in profile)}


def notes(request: HttpRequest) -> dict | None:
    items = list(selectors.my_notes(user=request.user)[: NOTES_SHOWN + 1])
    if not items:
        return None
    return {"notes": items[:NOTES_SHOWN], "has_more": len(items) > NOTES_SHOWN}


def paths(request: HttpRequest) -> dict | None:
    from learning.paths import my_paths

    context = my_paths(user=request.user)
    if not context["paths"] and not context["offered"]:
        return None
    return context
