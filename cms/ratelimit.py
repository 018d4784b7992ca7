"""One rate limiter for the platform: attempts per action and key, in the cache.

Rates are written as in allauth's ``ACCOUNT_RATE_LIMITS``: ``"5/m"`` is five a
minute, ``"5/h,20/d"`` five an hour and twenty a day, ``"3/10m"`` three in ten
minutes. ``RATE_LIMITS`` in the settings holds the rates per action, so an
operator (or a test) changes them in one place. allauth's own helpers read
only allauth's settings and need a request; services have neither.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache

UNITS = {"s": 1, "m": 60, "h": 60 * 60, "d": 24 * 60 * 60}


@dataclass(frozen=True)
class Rate:
    amount: int
    seconds: int


def parse_rates(value: str) -> list[Rate]:
    """Turn ``"5/h,20/d"`` into rates; raise ValueError on anything else."""
    rates = []
    for part in filter(None, (piece.strip() for piece in value.split(","))):
        amount, _slash, period = part.partition("/")
        number, unit = period[:-1], period[-1:]
        if unit not in UNITS or not amount.isdigit() or not (number or "1").isdigit():
            raise ValueError(f"Invalid rate: {part!r}")
        rates.append(Rate(int(amount), int(number or 1) * UNITS[unit]))
    return rates


def consume(*, action: str, key: str) -> bool:
    """Count one attempt at ``action`` by ``key``; return False when over a rate.

    ``key`` names who tries (``user:12``, ``ip:…``); it is hashed, so no
    address lands in the cache. An action without a configured rate is free.
    """
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    allowed = True
    for rate in parse_rates(settings.RATE_LIMITS.get(action, "")):
        cache_key = f"ratelimit:{action}:{rate.amount}/{rate.seconds}:{digest}"
        # add() starts the window only once; incr() is atomic in Redis.
        cache.add(cache_key, 0, timeout=rate.seconds)
        try:
            count = cache.incr(cache_key)
        except ValueError:  # the window ended between add() and incr()
            cache.set(cache_key, 1, timeout=rate.seconds)
            count = 1
        allowed = allowed and count <= rate.amount
    return allowed


def client_ip(request) -> str:
    """Return the visitor's address as allauth's login limits find it.

    Behind proxies, ``TRUSTED_PROXY_COUNT`` (allauth's
    ``ALLAUTH_TRUSTED_PROXY_COUNT``) says how many of the right-most
    ``X-Forwarded-For`` entries were added by our own proxies; whatever a
    client wrote further left is ignored.
    """
    from allauth.account.adapter import get_adapter

    return get_adapter(request).get_client_ip(request)


def client_key(request) -> str:
    """Return the key of an anonymous visitor: their address (so our limits and
    allauth's agree behind a proxy)."""
    return f"ip:{client_ip(request)}"
