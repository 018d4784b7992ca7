"""Fixtures shared by every test folder."""

import io
import os

import pytest

from cms import roles
from demo.pages import ensure_home_page
from tests.factories import TEST_PASSWORD, UserFactory

# Playwright's sync API runs an event loop in the test thread; Django refuses
# ORM calls from such a thread unless told this is intended.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def _clear_cache():
    """Start every test with an empty cache (rate limits, cached pages)."""
    from django.core.cache import cache

    from cms import memo

    cache.clear()
    memo.forget_local_entries()
    yield
    cache.clear()
    memo.forget_local_entries()


@pytest.fixture(autouse=True)
def _german_by_default():
    """Start every test in German: a test that switched language must not leak."""
    from django.utils import translation

    translation.activate("de")
    yield
    translation.deactivate()


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The German demo, seeded once for all tests of a module that ask for it.

    Seeding takes half a minute; each test runs in its own savepoint inside the
    module's transaction (pytest-django's ``db``), so what a test writes is gone
    for the next one, and the seeded demo is gone after the module.
    """
    from django.core.management import call_command
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("seed_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def password() -> str:
    return TEST_PASSWORD


@pytest.fixture
def home_page(db):
    """The site's home page with the role groups in place."""
    roles.ensure_roles()
    return ensure_home_page()


@pytest.fixture
def contact_person(db):
    return UserFactory(display_name="Anna Ansprech")


@pytest.fixture
def other_person(db):
    return UserFactory(display_name="Bernd Beispiel")


@pytest.fixture
def trainer(db):
    return UserFactory(display_name="Tanja Trainerin", role=roles.TRAINERS)


@pytest.fixture
def other_trainer(db):
    return UserFactory(display_name="Theo Trainer", role=roles.TRAINERS)


@pytest.fixture
def coordinator(db):
    return UserFactory(display_name="Karin Koordination", role=roles.COORDINATORS)
