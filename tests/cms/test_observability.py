"""Running in production: health with the worker, metrics, request ids, JSON logs
without secrets, the client's address behind proxies and database outages."""

import io
import json
import logging
import re
from unittest import mock

import pytest
from django.core import mail
from django.db import OperationalError
from django.test import RequestFactory

from cms import observability, ratelimit
from events import services as event_services

LOGIN = "/konto/login/"


@pytest.fixture
def with_broker(settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    settings.CELERY_TASK_ALWAYS_EAGER = False
    with (
        mock.patch("cms.views._check_broker", return_value=True),
        mock.patch("cms.observability.queue_length", return_value=3),
    ):
        yield


def test_healthz_is_503_until_a_worker_ran_the_heartbeat(client, db, with_broker):
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["checks"] == {"database": True, "broker": True, "worker": False}
    assert body["worker_heartbeat_age_seconds"] is None

    from cms.tasks import worker_heartbeat_task

    worker_heartbeat_task.apply()
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["checks"]["worker"] is True
    assert 0 <= body["worker_heartbeat_age_seconds"] < 5
    assert body["queue_length"] == 3


def test_healthz_is_503_when_the_worker_was_last_seen_too_long_ago(
    client, db, with_broker, settings
):
    observability.heartbeat_write()
    settings.WORKER_HEARTBEAT_MAX_AGE = 60
    with mock.patch("cms.observability.time.time", return_value=10**10):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["worker"] is False


def test_the_heartbeat_runs_on_the_beat_schedule(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["cms-worker-heartbeat"]
    assert entry["task"] == "cms.tasks.worker_heartbeat_task"
    assert entry["schedule"] < settings.WORKER_HEARTBEAT_MAX_AGE / 2


def test_metrics_only_for_the_token_or_configured_addresses(client, db, settings):
    settings.METRICS_TOKEN = "metrics-token-for-the-test"
    settings.METRICS_ALLOWED_IPS = ["10.0.0.0/8"]
    client.get("/healthz")
    assert client.get("/metrics").status_code == 403
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer wrong").status_code == 403
    response = client.get(
        "/metrics", HTTP_AUTHORIZATION="Bearer metrics-token-for-the-test"
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "gs_http_requests_total" in text
    assert "gs_worker_heartbeat_age_seconds" in text
    assert client.get("/metrics", REMOTE_ADDR="10.1.2.3").status_code == 200


def test_metrics_closed_when_nothing_is_configured(client, db, settings):
    settings.METRICS_TOKEN = ""
    settings.METRICS_ALLOWED_IPS = []
    assert client.get("/metrics", HTTP_AUTHORIZATION="Bearer ").status_code == 403
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 403


# ------------------------------------------------------------ client address


def test_client_address_is_the_one_our_proxy_saw(settings):
    request = RequestFactory().get(
        "/",
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.9",
    )
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert ratelimit.client_ip(request) == "127.0.0.1"
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    assert ratelimit.client_ip(request) == "203.0.113.9"
    assert ratelimit.client_key(request) == "ip:203.0.113.9"
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2
    assert ratelimit.client_ip(request) == "6.6.6.6"


def test_trusted_proxy_count_comes_from_the_environment(monkeypatch):
    import importlib

    from cms.settings import base

    monkeypatch.setenv("TRUSTED_PROXY_COUNT", "2")
    try:
        assert importlib.reload(base).ALLAUTH_TRUSTED_PROXY_COUNT == 2
    finally:
        monkeypatch.delenv("TRUSTED_PROXY_COUNT")
        importlib.reload(base)


def test_failed_logins_lock_only_the_client_that_failed(
    client, home_page, contact_person, settings
):
    """Behind one proxy everyone arrives from 127.0.0.1: only X-Forwarded-For
    tells them apart; a forged entry further left changes nothing."""
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS}
    settings.ACCOUNT_RATE_LIMITS["login_failed"] = "3/m/ip"

    def attempt(forwarded: str, password: str = "falsch-falsch-falsch") -> str:
        response = client.post(
            LOGIN,
            {"login": contact_person.email, "password": password},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=forwarded,
        )
        if response.status_code == 302:
            return "in"
        html = response.content.decode()
        return "locked" if "Zu viele fehlgeschlagene" in html else "wrong"

    assert [attempt("198.51.100.1") for _ in range(3)] == ["wrong"] * 3
    assert attempt("198.51.100.1") == "locked"
    # The same client forging another address: still locked.
    assert attempt("192.0.2.77, 198.51.100.1") == "locked"
    # Another client: not locked, and may log in.
    assert attempt("198.51.100.2") == "wrong"
    from tests.factories import TEST_PASSWORD

    assert attempt("198.51.100.3", TEST_PASSWORD) == "in"


# ------------------------------------------------------------ database outage


def test_a_view_failing_on_the_database_answers_503_with_the_friendly_page(rf):
    middleware = observability.DatabaseOutageMiddleware(lambda request: None)
    response = middleware.process_exception(rf.get("/"), OperationalError("gone"))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "gleich wieder da" in response.content.decode()
    assert middleware.process_exception(rf.get("/"), ValueError()) is None


def test_an_outage_before_the_view_answers_503_too(client, contact_person):
    """The session lookup in a middleware fails: the handler answers 503."""
    client.force_login(contact_person)
    client.raise_request_exception = False
    with mock.patch(
        "django.contrib.sessions.backends.db.SessionStore.load",
        side_effect=OperationalError("server closed the connection"),
    ):
        response = client.get("/mein-bereich/")
    assert response.status_code == 503
    assert "gleich wieder da" in response.content.decode()
    # And the next request, with the database back, works.
    assert client.get("/mein-bereich/").status_code == 200


def test_other_errors_stay_500(rf):
    try:
        raise ValueError("bug")
    except ValueError:
        response = observability.server_error(rf.get("/"))
    assert response.status_code == 500


# ------------------------------------------------------------ logs


def test_every_response_carries_a_request_id(client, db):
    response = client.get("/healthz")
    assert re.fullmatch(r"[0-9a-f]{32}", response["X-Request-ID"])
    response = client.get("/healthz", HTTP_X_REQUEST_ID="abc-123-from-proxy")
    assert response["X-Request-ID"] == "abc-123-from-proxy"
    response = client.get("/healthz", HTTP_X_REQUEST_ID="<script>")
    assert response["X-Request-ID"] != "<script>"


def test_scrub_removes_addresses_tokens_and_secrets():
    text = observability.scrub(
        "user a.b@example.org from 203.0.113.9 fetched "
        "/termine/kalender/Zx8_kQ2mP0aLr5TtY7uVwXyZ12.ics password=hunter2hunter"
    )
    assert "example.org" not in text
    assert "203.0.113.9" not in text
    assert "Zx8_kQ2mP0aLr5TtY7uVwXyZ12" not in text
    assert "hunter2hunter" not in text


@pytest.fixture
def json_log():
    """Capture every log line of the flows as production writes them."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(observability.JsonFormatter())
    handler.addFilter(observability.RequestIdFilter())
    raw: list[str] = []

    class Raw(logging.Handler):
        def emit(self, record):
            # Django's request logger names the path; the formatter scrubs it.
            if record.name != "django.request":
                raw.append(record.getMessage())

    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    raw_handler = Raw()
    root.addHandler(handler)
    root.addHandler(raw_handler)
    yield stream, raw
    root.removeHandler(handler)
    root.removeHandler(raw_handler)
    root.setLevel(old_level)


def test_logs_of_the_main_flows_hold_no_secrets(
    client, home_page, contact_person, password, json_log, settings
):
    stream, raw = json_log
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    secrets = {password, contact_person.email}

    # Login with a password, and one wrong one.
    client.post(LOGIN, {"login": contact_person.email, "password": "Falsch-1234567"})
    assert client.post(
        LOGIN, {"login": contact_person.email, "password": password}
    ).status_code in (302, 200)
    # A personal calendar feed by its token, and a wrong token.
    _feed, token = event_services.calendar_feed_create(
        user=contact_person, name="Handy"
    )
    secrets.add(token)
    assert client.get(f"/termine/kalender/{token}.ics").status_code == 200
    client.get(f"/termine/kalender/{token}x.ics")
    client.logout()
    # Sign up.
    signup_password = "Ein-langes-Passwort-42"
    secrets |= {signup_password, "neu-im-log@example.org"}
    client.post(
        "/konto/signup/",
        {
            "email": "neu-im-log@example.org",
            "display_name": "Neue Person",
            "password1": signup_password,
            "password2": signup_password,
            "preferred_language": "de",
            "privacy_consent": "on",
        },
    )
    # Password reset: the mailed key must not reach the log.
    mail.outbox.clear()
    client.post("/konto/password/reset/", {"email": contact_person.email})
    keys = re.findall(r"/konto/password/reset/key/([^/\s]+)/", mail.outbox[0].body)
    assert keys
    secrets |= set(keys)
    client.get(f"/konto/password/reset/key/{keys[0]}/")
    # A server error's traceback goes through the same formatter.
    logging.getLogger("django.request").error(
        "Internal Server Error: /termine/kalender/%s.ics", token
    )

    output = stream.getvalue()
    assert output.strip(), "no log line was captured"
    for line in output.splitlines():
        entry = json.loads(line)
        assert set(entry) >= {"time", "level", "logger", "request_id", "message"}
    for secret in secrets:
        assert secret not in output, secret
    # Our own code does not even hand them to the logger (the formatter's
    # scrubbing is the second line of defence).
    raw_text = "\n".join(raw)
    for secret in (password, signup_password, token, *keys):
        assert secret not in raw_text, secret


def test_sentry_reports_leave_personal_data_behind():
    event = {
        "user": {"email": "a@example.org", "ip_address": "203.0.113.9"},
        "request": {
            "url": "https://x.example/termine/kalender/Zx8_kQ2mP0aLr5TtY7uVwXyZ12.ics",
            "cookies": {"sessionid": "abc"},
            "data": {"password": "geheim"},
            "query_string": "email=a@example.org",
            "headers": {"Cookie": "sessionid=abc", "User-Agent": "x"},
        },
        "exception": {
            "values": [
                {
                    "value": "duplicate key a@example.org",
                    "stacktrace": {"frames": [{"vars": {"password": "geheim"}}]},
                }
            ]
        },
    }
    cleaned = json.dumps(observability.sentry_before_send(event, {}))
    assert "example.org" not in cleaned
    assert "geheim" not in cleaned
    assert "sessionid" not in cleaned
    assert "Zx8_kQ2mP0aLr5TtY7uVwXyZ12" not in cleaned
    assert "203.0.113.9" not in cleaned


def test_sentry_is_off_without_a_dsn(settings):
    import sentry_sdk

    assert settings.SENTRY_DSN == ""
    assert not sentry_sdk.get_client().is_active()


def test_sentry_init_sends_no_personal_data():
    with mock.patch("sentry_sdk.init") as init:
        observability.sentry_init("https://key@sentry.example.org/1")
    options = init.call_args.kwargs
    assert options["send_default_pii"] is False
    assert options["include_local_variables"] is False
    assert options["max_request_body_size"] == "never"
    assert options["before_send"] is observability.sentry_before_send
