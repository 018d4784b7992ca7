"""One base class for refusals, one rate limiter, used by every app."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cms import ratelimit
from cms.errors import DomainError
from events.services import BookingError
from exchange.services import ExchangeError
from learning.services import LearningError
from network.services import NetworkError

APP_ERRORS = [BookingError, ExchangeError, LearningError, NetworkError]
APPS = ("cms", "events", "exchange", "learning", "network")


class ExampleError(DomainError):
    messages = {
        "full": _("Die Schulung ist leider ausgebucht."),
        # A message of the catalogue (tests are not extracted into it).
        "not_open": _("Buchen ist erst ab %(date)s möglich."),
    }


def test_a_refusal_carries_its_code_and_message():
    error = ExampleError("full")
    assert error.code == "full"
    assert error.message == str(error) == "Die Schulung ist leider ausgebucht."


def test_placeholders_are_filled_in_the_active_language():
    error = ExampleError("not_open", date="1. März 2027")
    with translation.override("de"):
        assert error.message == "Buchen ist erst ab 1. März 2027 möglich."
    with translation.override("en"):
        assert error.message == "Booking opens on 1. März 2027."


def test_an_unknown_code_is_a_programming_error():
    with pytest.raises(KeyError):
        ExampleError("no_such_code")


@pytest.mark.parametrize("error_class", APP_ERRORS, ids=lambda c: c.__name__)
def test_every_app_error_uses_the_base(error_class):
    assert issubclass(error_class, DomainError)
    assert "__init__" not in vars(error_class)
    assert not hasattr(error_class, "MESSAGES")
    assert error_class.messages


@pytest.mark.parametrize(
    ("error_class", "code"),
    [(cls, code) for cls in APP_ERRORS for code in cls.messages],
    ids=lambda value: getattr(value, "__name__", value),
)
def test_every_message_reads_in_german_and_english(error_class, code):
    params = {
        "date": "1. März",
        "position": 2,
        "limit": 120,
        "question": "Ich brauche ein Leihgerät",
        "name": "Helga B.",
    }
    error = error_class(code, **params)
    with translation.override("de"):
        german = error.message
    with translation.override("en"):
        english = error.message
    assert german and english
    assert "%(" not in german + english
    assert "{" not in german + english


def test_no_app_keeps_an_error_map_of_its_own():
    for app in APPS:
        for path in Path(settings.BASE_DIR, app).rglob("*.py"):
            assert "MESSAGES = {" not in path.read_text(), path


# The rate limiter ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "rates"),
    [
        ("5/m", [ratelimit.Rate(5, 60)]),
        ("5/h, 20/d", [ratelimit.Rate(5, 3600), ratelimit.Rate(20, 86400)]),
        ("3/10m", [ratelimit.Rate(3, 600)]),
        ("", []),
    ],
)
def test_rates_are_written_as_in_allauth(value, rates):
    assert ratelimit.parse_rates(value) == rates


@pytest.mark.parametrize("value", ["5", "x/m", "5/w", "5/xm"])
def test_a_bad_rate_is_refused(value):
    with pytest.raises(ValueError):
        ratelimit.parse_rates(value)


def test_attempts_over_the_rate_are_refused_per_key(settings):
    settings.RATE_LIMITS = {"demo.try": "2/m"}
    results = [ratelimit.consume(action="demo.try", key="user:1") for _ in range(3)]
    assert results == [True, True, False]
    assert ratelimit.consume(action="demo.try", key="user:2")
    # Another action counts on its own; an action without a rate is free.
    settings.RATE_LIMITS = {"demo.try": "2/m", "demo.other": "1/m"}
    assert ratelimit.consume(action="demo.other", key="user:1")
    assert all(ratelimit.consume(action="demo.free", key="user:1") for _ in range(50))


def test_every_rate_of_an_action_counts(settings):
    settings.RATE_LIMITS = {"demo.try": "5/m,3/d"}
    results = [ratelimit.consume(action="demo.try", key="k") for _ in range(4)]
    assert results == [True, True, True, False]


def test_the_window_ends(settings):
    settings.RATE_LIMITS = {"demo.try": "1/m"}
    assert ratelimit.consume(action="demo.try", key="k")
    assert not ratelimit.consume(action="demo.try", key="k")
    cache.clear()  # the cache forgot the window, as it does after a minute
    assert ratelimit.consume(action="demo.try", key="k")


def _cache_keys() -> list[str]:
    """Every key in the cache: local memory or Redis (the two we run on)."""
    store = cache._cache
    if isinstance(store, dict):
        return [str(key) for key in store]
    return [key.decode() for key in store.get_client().keys("*")]


def test_addresses_do_not_land_in_the_cache(settings):
    settings.RATE_LIMITS = {"demo.try": "1/m"}
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.7")
    ratelimit.consume(action="demo.try", key=ratelimit.client_key(request))
    keys = _cache_keys()
    assert keys, "the limiter stored its window"
    assert not any("203.0.113.7" in key for key in keys)


def test_every_rate_limit_goes_through_the_one_limiter():
    for app in APPS:
        for path in Path(settings.BASE_DIR, app).rglob("*.py"):
            if path.name == "ratelimit.py" or "migrations" in path.parts:
                continue
            # A limiter opens a window that ends: cache.add() with a timeout.
            # (Version counters never expire: their timeout is None; a lock
            # that marks work already queued is named ..._LOCK.)
            for arguments in re.findall(r"cache\.add\(([^)]*)\)", path.read_text()):
                if arguments.split(",")[0].strip().endswith("_LOCK"):
                    continue
                assert arguments.split(",")[-1].strip() in {"None", "timeout=None"}, (
                    path
                )


def test_the_configured_actions_parse():
    for action, value in settings.RATE_LIMITS.items():
        assert ratelimit.parse_rates(value), action
