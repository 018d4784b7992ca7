"""Running in production: request ids, JSON logs without secrets, metrics,
the worker heartbeat, error reports and the answer to a database outage.

Nothing here may write personal data: log lines carry no addresses, e-mail
addresses, tokens or passwords (``scrub``), error reports go out without
request bodies, cookies or users (``sentry_before_send``).
"""

import contextvars
import hmac
import ipaddress
import json
import logging
import re
import sys
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar(
    "request_id", default="-"
)
REQUEST_ID_HEADER = "X-Request-ID"
_REQUEST_ID_PATTERN = re.compile(r"^[A-Za-z0-9._-]{8,64}$")

HEARTBEAT_CACHE_KEY = "worker:heartbeat"

# ---------------------------------------------------------------- scrubbing

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Long random-looking words: tokens of feeds, exports, password resets, keys.
_TOKEN = re.compile(r"(?<![\w-])(?=[\w-]*\d)[\w-]{20,}(?![\w-])")
_SECRET_PARAM = re.compile(
    r"(?i)((?:password\d?|passwort|token|key|code|secret|csrfmiddlewaretoken|"
    r"sessionid|csrftoken)[\"']?\s*[=:]\s*[\"']?)[^&\s\"',;]+"
)
_IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")


def scrub(text: str) -> str:
    """Remove e-mail addresses, secrets, tokens and IP addresses from a text."""
    text = _EMAIL.sub("[email]", text)
    text = _SECRET_PARAM.sub(r"\1[redacted]", text)
    text = _TOKEN.sub("[token]", text)
    return _IPV4.sub("[ip]", text)


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time, level, logger, request id, scrubbed message."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", None) or request_id_var.get(),
            "message": scrub(record.getMessage()),
        }
        status = getattr(record, "status_code", None)
        if isinstance(status, int):
            entry["status"] = status
        if record.exc_info:
            entry["exception"] = scrub(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


class RequestIdFilter(logging.Filter):
    """Give every record the id of the request it belongs to."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


def json_logging(level: str = "INFO") -> dict:
    """A LOGGING setting that writes JSON lines to stderr."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "cms.observability.RequestIdFilter"}},
        "formatters": {"json": {"()": "cms.observability.JsonFormatter"}},
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "formatter": "json",
                "filters": ["request_id"],
            }
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # Django logs every 4xx with its path; paths may hold tokens (they
            # are scrubbed) and the 404s of scanners are noise.
            "django.request": {"level": "ERROR"},
            "django.security.DisallowedHost": {"level": "ERROR"},
        },
    }


# ---------------------------------------------------------------- middleware


class RequestIdMiddleware:
    """Tag each request with an id (the proxy's, if sane) for the logs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get(REQUEST_ID_HEADER, "")
        request_id = (
            incoming if _REQUEST_ID_PATTERN.match(incoming) else uuid.uuid4().hex
        )
        request.request_id = request_id
        token = request_id_var.set(request_id)
        started = time.monotonic()
        try:
            response = self.get_response(request)
        finally:
            request_id_var.reset(token)
        response[REQUEST_ID_HEADER] = request_id
        _observe(request, response, time.monotonic() - started)
        return response


DATABASE_ERRORS = (OperationalError, InterfaceError)


def database_unavailable(request: HttpRequest) -> HttpResponse:
    """The friendly error page with 503: the database is away for a moment."""
    html = loader.get_template("503.html").render()
    response = HttpResponse(html, status=503)
    response["Retry-After"] = "30"
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: a database outage answers 503 (try again), the rest 500.

    Django turns an exception in any middleware or view into this handler's
    answer, so it sees errors that a middleware's ``process_exception`` (views
    only) would miss, such as the session lookup failing.
    """
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_ERRORS):
        return database_unavailable(request)
    return HttpResponse(loader.get_template("500.html").render(), status=500)


class DatabaseOutageMiddleware:
    """Views that fail on the database answer 503 and log one line, not a trace."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            logging.getLogger("cms.database").warning(
                "Database unavailable: %s", type(exception).__name__
            )
            return database_unavailable(request)
        return None


# ---------------------------------------------------------------- heartbeat


def heartbeat_write() -> float:
    """Note that a worker is alive (the beat task calls this every 30 s)."""
    now = time.time()
    cache.set(HEARTBEAT_CACHE_KEY, now, timeout=24 * 60 * 60)
    return now


def heartbeat_age() -> float | None:
    """Seconds since a worker last ran the heartbeat; None if never seen."""
    try:
        seen = cache.get(HEARTBEAT_CACHE_KEY)
    except Exception:
        return None
    return None if seen is None else max(0.0, time.time() - float(seen))


def queue_length(queue: str = "celery") -> int | None:
    """Messages waiting in the broker's default queue; None if unknown."""
    from celery import current_app

    try:
        with current_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
            channel = conn.default_channel
            # Redis: the queue's lists (one per priority); a queue that never
            # held a message does not exist yet, which a passive declare
            # would report as an error.
            size = getattr(channel, "_size", None)
            if size is not None:
                return int(size(queue))
            return int(channel.queue_declare(queue=queue, passive=True).message_count)
    except Exception:
        return None


# ---------------------------------------------------------------- metrics

_metrics = None
# A threaded server (runserver, a threaded worker) may ask for the first time
# in two threads at once: prometheus refuses a second metric of the same name.
_metrics_lock = threading.Lock()


def _registry():
    """The metric objects, made once per process (multi-process aware)."""
    global _metrics
    if _metrics is None:
        with _metrics_lock:
            if _metrics is None:
                _metrics = _make_metrics()
    return _metrics


def _make_metrics() -> dict:
    from prometheus_client import Counter, Histogram

    return {
        "requests": Counter(
            "gs_http_requests_total",
            "HTTP requests answered, by method and status class.",
            ["method", "status"],
        ),
        "latency": Histogram(
            "gs_http_request_duration_seconds",
            "Time to answer a request.",
            buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        ),
        "db_outages": Counter(
            "gs_database_unavailable_total",
            "Requests answered 503 because the database was unreachable.",
        ),
    }


def _observe(request, response, seconds: float) -> None:
    try:
        metrics = _registry()
        status = f"{response.status_code // 100}xx"
        metrics["requests"].labels(request.method, status).inc()
        metrics["latency"].observe(seconds)
        if response.status_code == 503 and response.get("Retry-After"):
            metrics["db_outages"].inc()
    except Exception:  # metrics never break a request
        logging.getLogger("cms.metrics").exception("Could not record metrics")


def _metrics_allowed(request: HttpRequest) -> bool:
    token = settings.METRICS_TOKEN
    auth = request.headers.get("Authorization", "")
    if token and auth.startswith("Bearer "):
        return hmac.compare_digest(auth.removeprefix("Bearer ").strip(), token)
    if not settings.METRICS_ALLOWED_IPS:
        return False
    from cms.ratelimit import client_ip

    try:
        address = ipaddress.ip_address(client_ip(request))
    except ValueError:
        return False
    return any(
        address in ipaddress.ip_network(network, strict=False)
        for network in settings.METRICS_ALLOWED_IPS
    )


@never_cache
@require_GET
def metrics(request: HttpRequest) -> HttpResponse:
    """Prometheus metrics for configured addresses or the bearer token only."""
    if not _metrics_allowed(request):
        return HttpResponseForbidden("Forbidden\n", content_type="text/plain")
    import os

    from prometheus_client import (
        CONTENT_TYPE_LATEST,
        REGISTRY,
        CollectorRegistry,
        generate_latest,
    )

    _registry()
    registry = REGISTRY
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
    body = generate_latest(registry)
    age = heartbeat_age()
    extra = [
        "# HELP gs_worker_heartbeat_age_seconds Seconds since a worker was seen.",
        "# TYPE gs_worker_heartbeat_age_seconds gauge",
        f"gs_worker_heartbeat_age_seconds {age if age is not None else 'NaN'}",
    ]
    if settings.CELERY_BROKER_URL and not settings.CELERY_TASK_ALWAYS_EAGER:
        length = queue_length()
        extra += [
            "# HELP gs_task_queue_length Tasks waiting in the broker.",
            "# TYPE gs_task_queue_length gauge",
            f"gs_task_queue_length {length if length is not None else 'NaN'}",
        ]
    body += ("\n".join(extra) + "\n").encode()
    return HttpResponse(body, content_type=CONTENT_TYPE_LATEST)


# ---------------------------------------------------------------- Sentry

_SCRUBBED_HEADERS = {"authorization", "cookie", "x-forwarded-for", "x-real-ip"}


def sentry_before_send(event: dict, hint: dict) -> dict:
    """Strip what could identify a person before an error report leaves."""
    event.pop("user", None)
    request = event.get("request")
    if isinstance(request, dict):
        request.pop("cookies", None)
        request.pop("data", None)
        request.pop("query_string", None)
        request.pop("env", None)
        headers = request.get("headers")
        if isinstance(headers, dict):
            request["headers"] = {
                key: value
                for key, value in headers.items()
                if key.lower() not in _SCRUBBED_HEADERS
            }
        if isinstance(request.get("url"), str):
            request["url"] = scrub(request["url"])
    for entry in event.get("breadcrumbs", {}).get("values", []) or []:
        if isinstance(entry.get("message"), str):
            entry["message"] = scrub(entry["message"])
        entry.pop("data", None)
    for exception in (event.get("exception") or {}).get("values", []) or []:
        if isinstance(exception.get("value"), str):
            exception["value"] = scrub(exception["value"])
        for frame in (exception.get("stacktrace") or {}).get("frames", []) or []:
            frame.pop("vars", None)
    if isinstance(event.get("message"), str):
        event["message"] = scrub(event["message"])
    return event


def sentry_init(dsn: str, environment: str = "production") -> None:
    """Send error reports to a (self-hosted) Sentry-compatible server."""
    import sentry_sdk

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        send_default_pii=False,
        include_local_variables=False,
        max_request_body_size="never",
        traces_sample_rate=0.0,
        before_send=sentry_before_send,
    )
