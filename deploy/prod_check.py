#!/usr/bin/env python3
"""The production check (``make prod-check``): the real topology on one machine.

Starts Debian's nginx (installed when missing) in front of two gunicorn nodes,
a Celery worker and beat on Redis and an SMTP server that keeps every mail in
a folder, all with the production settings and the files in ``deploy/``
(nginx template, systemd units' command lines, gunicorn config), over plain
HTTP on 127.0.0.1. It migrates a fresh PostgreSQL database, seeds the demo,
collects the static files, then walks the main flows through nginx like a
browser (cookies, CSRF): home, login, enrol, book (and the mail with its
.ics), an image upload by a trainer and its rendition, the iCal feed with 304,
logout. Then the operational promises: client addresses behind the proxy,
health and metrics, a rolling restart of the nodes under load, and a database
outage of a few seconds (through a TCP proxy this script controls, so the
machine's PostgreSQL keeps running). Everything it started is stopped at the
end; every wait is bounded.

Environment (defaults in brackets):
  PROD_CHECK_DB           database name [gs_topology_check], dropped and made anew
  PROD_CHECK_PG           server URL without database [postgres://postgres@127.0.0.1:5432]
  PROD_CHECK_BROKER_URL   Redis for Celery [redis://127.0.0.1:6379/1], flushed
  PROD_CHECK_CACHE_URL    Redis for the cache [redis://127.0.0.1:6379/2], flushed
  PROD_CHECK_PORT         first of five ports [8200]: nginx, node 1, node 2, SMTP,
                          database proxy
  PROD_CHECK_TIMEOUT      seconds for the whole check [1200]
  PROD_CHECK_KEEP         1: keep the database and the temporary folder
"""

import contextlib
import io
import os
import re
import secrets
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from email import message_from_bytes, policy
from pathlib import Path

import psycopg
import redis
import requests
from requests.adapters import HTTPAdapter

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DEPLOY = ROOT / "deploy"
INSTALL_DIR = "/srv/gemeinsam-stark"

PG = os.environ.get("PROD_CHECK_PG", "postgres://postgres@127.0.0.1:5432").rstrip("/")
DB_NAME = os.environ.get("PROD_CHECK_DB", "gs_topology_check")
BROKER_URL = os.environ.get("PROD_CHECK_BROKER_URL", "redis://127.0.0.1:6379/1")
CACHE_URL = os.environ.get("PROD_CHECK_CACHE_URL", "redis://127.0.0.1:6379/2")
BASE_PORT = int(os.environ.get("PROD_CHECK_PORT", "8200"))
NGINX_PORT, NODE1, NODE2, SMTP_PORT, DB_PROXY_PORT = range(BASE_PORT, BASE_PORT + 5)
TOTAL_TIMEOUT = int(os.environ.get("PROD_CHECK_TIMEOUT", "1200"))
# One management command (a fresh migrate takes 2 to 5 minutes on a busy 2-core box).
COMMAND_TIMEOUT = 600
KEEP = os.environ.get("PROD_CHECK_KEEP") == "1"
BASE = f"http://127.0.0.1:{NGINX_PORT}"
REQUEST_TIMEOUT = 20

DEMO_PASSWORD = "Gemeinsam-Stark-2026"  # the demo's, printed by seed_demo
LEARNER = "nachbar@example.org"
TRAINER = "trainerin@example.org"
FRIENDLY_503 = "gleich wieder da"


class CheckFailed(Exception):
    pass


class TimedOut(BaseException):
    """Raised by the alarm; not an Exception, so no step swallows it."""


# ------------------------------------------------------------------ report

RESULTS: list[tuple[str, float, bool, str]] = []


def say(text: str) -> None:
    print(text, flush=True)


@contextlib.contextmanager
def step(name: str):
    started = time.monotonic()
    say(f"-- {name} …")
    detail = {"text": ""}
    try:
        yield detail
    except Exception as error:
        seconds = time.monotonic() - started
        RESULTS.append((name, seconds, False, f"{type(error).__name__}: {error}"))
        say(f"   FAILED after {seconds:.1f}s: {error}")
        raise
    seconds = time.monotonic() - started
    RESULTS.append((name, seconds, True, detail["text"]))
    say(f"   ok in {seconds:.1f}s {detail['text']}")


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def summary() -> bool:
    ok = all(passed for _name, _s, passed, _d in RESULTS)
    say("")
    say("=" * 78)
    say(f"{'Step':<44} {'Time':>7}  Result")
    say("-" * 78)
    for name, seconds, passed, detail in RESULTS:
        say(f"{name[:44]:<44} {seconds:6.1f}s  {'ok' if passed else 'FAILED'}")
        if detail:
            for line in detail.splitlines():
                say(f"{'':<8}{line}")
    say("-" * 78)
    total = sum(seconds for _n, seconds, _p, _d in RESULTS)
    say(f"{'Total':<44} {total:6.1f}s  {'PASSED' if ok else 'FAILED'}")
    say("=" * 78)
    return ok


# ------------------------------------------------------------------ processes


class Services:
    """Every process this check starts, stopped in reverse order at the end."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.logs = tmp / "logs"
        self.logs.mkdir()
        self.procs: dict[str, subprocess.Popen] = {}
        self.stoppers: list = []

    def start(self, name: str, argv: list[str], env: dict) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "ab")
        proc = subprocess.Popen(
            argv,
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        self.procs[name] = proc
        return proc

    def stop(self, name: str, timeout: float = 30) -> float:
        proc = self.procs.pop(name, None)
        if proc is None or proc.poll() is not None:
            return 0.0
        started = time.monotonic()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        return time.monotonic() - started

    def stop_all(self) -> None:
        for name in reversed(list(self.procs)):
            self.stop(name)
        for stopper in reversed(self.stoppers):
            with contextlib.suppress(Exception):
                stopper()

    def tail(self, name: str, lines: int = 25) -> str:
        path = self.logs / f"{name}.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def run(argv: list[str], env: dict, timeout: float, what: str) -> str:
    result = subprocess.run(
        argv,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if result.returncode != 0:
        raise CheckFailed(
            f"{what} failed:\n{result.stdout[-2000:]}{result.stderr[-3000:]}"
        )
    return result.stdout


def unit_command(unit: str, **replace: str) -> tuple[list[str], dict[str, str]]:
    """The ExecStart and Environment of a systemd unit in deploy/systemd."""
    text = (DEPLOY / "systemd" / unit).read_text()
    exec_start = re.search(r"^ExecStart=(.+)$", text, re.M).group(1)
    environment = dict(
        line.split("=", 1) for line in re.findall(r"^Environment=(\S+)$", text, re.M)
    )
    replace = {f"{INSTALL_DIR}/.venv/bin/": f"{BIN}/", **replace}

    def fill(value: str) -> str:
        for old, new in replace.items():
            value = value.replace(old, new)
        return value

    argv = [fill(part) for part in shlex.split(exec_start)]
    # systemd's Nice= and CPUSchedulingPolicy=idle (the worker yields the
    # processor to requests): the same priority here. CPUWeight= needs
    # systemd's control groups and has no counterpart.
    nice = re.search(r"^Nice=(-?\d+)$", text, re.M)
    if nice:
        argv = ["nice", "-n", nice.group(1), *argv]
    if re.search(r"^CPUSchedulingPolicy=idle$", text, re.M):
        argv = ["chrt", "--idle", "0", *argv]
    return argv, {key: fill(value) for key, value in environment.items()}


def port_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def wait_for(what: str, probe, timeout: float, interval: float = 0.25):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            value = probe()
            if value:
                return value
        except Exception as error:
            last = error
        time.sleep(interval)
    raise CheckFailed(f"{what}: not within {timeout:.0f}s ({last})")


# ------------------------------------------------------------------ SMTP


def start_smtp(services: Services, maildir: Path):
    from aiosmtpd.controller import Controller

    class Keep:
        async def handle_DATA(self, server, session, envelope):
            name = f"{time.time_ns()}-{uuid.uuid4().hex[:6]}.eml"
            (maildir / name).write_bytes(envelope.original_content or envelope.content)
            return "250 Message accepted"

    controller = Controller(Keep(), hostname="127.0.0.1", port=SMTP_PORT)
    controller.start()
    services.stoppers.append(controller.stop)


def mails_to(maildir: Path, address: str) -> list:
    found = []
    for path in sorted(maildir.glob("*.eml")):
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
        if address in str(message.get("To", "")):
            found.append(message)
    return found


# ------------------------------------------------------------------ database proxy


class PausableProxy:
    """A TCP proxy between the app nodes and PostgreSQL that can go away.

    ``pause()`` closes every open connection and refuses new ones, as a
    database restart or a network cut would; ``resume()`` listens again.
    """

    def __init__(self, port: int, target: tuple[str, int]):
        self.port, self.target = port, target
        self.listener: socket.socket | None = None
        self.connections: set[socket.socket] = set()
        self.lock = threading.Lock()

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(128)
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.connections |= {client, upstream}
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(
                    target=self._pump, args=(source, sink), daemon=True
                ).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            with self.lock:
                self.connections -= {source, sink}

    def pause(self) -> None:
        if self.listener is not None:
            with contextlib.suppress(OSError):
                self.listener.shutdown(socket.SHUT_RDWR)
            self.listener.close()
            self.listener = None
        with self.lock:
            open_now = list(self.connections)
        for sock in open_now:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            with contextlib.suppress(OSError):
                sock.close()

    def resume(self) -> None:
        self.start()

    def stop(self) -> None:
        self.pause()


# ------------------------------------------------------------------ HTTP client


class SourceAddressAdapter(HTTPAdapter):
    """Connect from a given loopback address: 127.0.0.2 is another client."""

    def __init__(self, source: str, **kwargs):
        self.source = source
        super().__init__(**kwargs)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.source, 0)
        super().init_poolmanager(*args, **kwargs)


class Browser:
    """A client with cookies and CSRF tokens, as a browser would send them."""

    def __init__(self, source: str = "127.0.0.1"):
        self.session = requests.Session()
        self.session.mount("http://", SourceAddressAdapter(source))
        self.session.headers["User-Agent"] = "gemeinsam-stark-prod-check"

    def get(self, path: str, **kwargs) -> requests.Response:
        kwargs.setdefault("allow_redirects", False)
        return self.session.get(BASE + path, timeout=REQUEST_TIMEOUT, **kwargs)

    def post(self, path: str, data=None, **kwargs) -> requests.Response:
        kwargs.setdefault("allow_redirects", False)
        data = {"csrfmiddlewaretoken": self.csrf(), **(data or {})}
        headers = {"Referer": BASE + path, **kwargs.pop("headers", {})}
        return self.session.post(
            BASE + path, data=data, headers=headers, timeout=REQUEST_TIMEOUT, **kwargs
        )

    def csrf(self) -> str:
        token = self.session.cookies.get("csrftoken")
        if not token:
            self.get("/konto/login/")
            token = self.session.cookies.get("csrftoken")
        return token or ""

    def login(self, email: str, password: str) -> requests.Response:
        self.get("/konto/login/")
        return self.post("/konto/login/", {"login": email, "password": password})


def links(html: str, pattern: str) -> list[str]:
    return list(dict.fromkeys(re.findall(pattern, html)))


# ------------------------------------------------------------------ the check


def preflight(tmp: Path) -> dict:
    if shutil.which("nginx") is None:
        if os.geteuid() != 0:
            raise CheckFailed(
                "nginx is missing and this is not root: apt-get install nginx"
            )
        say("   installing Debian's nginx …")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, timeout=300, env=env)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", "nginx"],
            check=True,
            timeout=600,
            env=env,
        )
    busy = [p for p in range(BASE_PORT, BASE_PORT + 5) if not port_free(p)]
    expect(not busy, f"ports in use: {busy} (set PROD_CHECK_PORT)")
    with psycopg.connect(f"{PG}/postgres", autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{DB_NAME}"')
    for url in (BROKER_URL, CACHE_URL):
        redis.Redis.from_url(url, socket_timeout=5).flushdb()
    media = tmp / "media"
    (media / "check").mkdir(parents=True)
    # A file someone might try to smuggle in: it must come back as a download.
    (media / "check" / "page.html").write_text("<script>alert(1)</script>")
    return {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": f"{PG}/{DB_NAME}",
        "CELERY_BROKER_URL": BROKER_URL,
        "CACHE_URL": CACHE_URL,
        "EMAIL_URL": f"smtp://127.0.0.1:{SMTP_PORT}",
        "SITE_URL": BASE,
        "ALLOWED_HOSTS": "127.0.0.1",
        "PLAIN_HTTP_FOR_LOCAL_CHECK": "1",
        "TRUSTED_PROXY_COUNT": "1",
        # The check cannot type TOTP codes; real servers keep the default (on).
        "REQUIRE_STAFF_MFA": "0",
        "MEDIA_ROOT": str(media),
        "PRIVATE_MEDIA_ROOT": str(tmp / "private"),
        "STATIC_ROOT": str(tmp / "static"),
        "BACKUP_DIR": str(tmp / "backups"),
        "METRICS_TOKEN": "prod-check-metrics-token",
        "WORKER_HEARTBEAT_MAX_AGE": "120",
        "LOG_LEVEL": "INFO",
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
    }


def render_nginx(tmp: Path, env: dict) -> Path:
    values = {
        "GS_LISTEN": f"127.0.0.1:{NGINX_PORT}",
        "GS_SERVER_NAME": "127.0.0.1",
        "GS_NODE1": f"127.0.0.1:{NODE1}",
        "GS_NODE2": f"127.0.0.1:{NODE2}",
        "GS_STATIC_ROOT": env["STATIC_ROOT"],
        "GS_MEDIA_ROOT": env["MEDIA_ROOT"],
        "GS_LOG_DIR": str(tmp / "logs"),
    }
    site = (DEPLOY / "nginx" / "gemeinsam-stark.conf.template").read_text()
    for key, value in values.items():
        site = site.replace("${" + key + "}", value)
    left = re.findall(r"\$\{GS_\w+\}", site)
    expect(not left, f"unfilled values in the nginx template: {left}")
    (tmp / "site.conf").write_text(site)
    # The frame Debian's /etc/nginx/nginx.conf gives a site, in our folder.
    (tmp / "nginx.conf").write_text(
        f"""{"user root;" if os.geteuid() == 0 else ""}
worker_processes 2;
pid {tmp}/nginx.pid;
error_log {tmp}/logs/nginx-main.log warn;
events {{ worker_connections 512; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    client_body_temp_path {tmp}/nginx-body;
    proxy_temp_path {tmp}/nginx-proxy;
    fastcgi_temp_path {tmp}/nginx-fastcgi;
    uwsgi_temp_path {tmp}/nginx-uwsgi;
    scgi_temp_path {tmp}/nginx-scgi;
    include {tmp}/site.conf;
}}
"""
    )
    return tmp / "nginx.conf"


def start_node(services: Services, env: dict, port: int, tmp: Path) -> None:
    argv, unit_env = unit_command(
        "gemeinsam-stark-web@.service", **{"%i": str(port), "/run/": f"{tmp}/run/"}
    )
    Path(unit_env["PROMETHEUS_MULTIPROC_DIR"]).mkdir(parents=True, exist_ok=True)
    node_env = {
        **env,
        **unit_env,
        # The nodes reach PostgreSQL through the proxy the outage test cuts.
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{DB_PROXY_PORT}/{DB_NAME}",
    }
    services.start(f"node-{port}", argv, node_env)


def node_up(port: int) -> bool:
    response = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=5)
    return response.status_code in (200, 503)


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="gs-prod-check-"))
    tmp.chmod(0o755)
    services = Services(tmp)
    started_at = time.monotonic()

    def on_alarm(signum, frame):
        raise TimedOut(f"the whole check took longer than {TOTAL_TIMEOUT}s")

    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(TOTAL_TIMEOUT)
    say(f"Production check in {tmp} (ports {BASE_PORT}–{BASE_PORT + 4}, db {DB_NAME})")
    failed_service = None
    try:
        with step("Preflight: nginx, ports, fresh database, Redis"):
            env = preflight(tmp)
        with step("migrate (production settings)") as d:
            out = run(
                [str(BIN / "python"), "manage.py", "migrate", "--noinput"],
                env,
                COMMAND_TIMEOUT,
                "migrate",
            )
            d["text"] = f"({out.count('Applying')} migrations)"
        with step("Seed the demo (demo settings, same database)"):
            seed_env = {
                **env,
                "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
                "DEBUG": "0",
                "CELERY_BROKER_URL": "",
                "EMAIL_URL": "dummy://",
            }
            run(
                [str(BIN / "python"), "manage.py", "seed_demo"],
                seed_env,
                COMMAND_TIMEOUT,
                "seed_demo",
            )
        with step("collectstatic (production settings)") as d:
            out = run(
                [str(BIN / "python"), "manage.py", "collectstatic", "--noinput"],
                env,
                COMMAND_TIMEOUT,
                "collectstatic",
            )
            d["text"] = out.strip().splitlines()[-1] if out.strip() else ""

        with step("Start SMTP, database proxy, 2 nodes, worker, beat, nginx") as d:
            maildir = tmp / "mail"
            maildir.mkdir()
            start_smtp(services, maildir)
            proxy = PausableProxy(DB_PROXY_PORT, ("127.0.0.1", 5432))
            proxy.start()
            services.stoppers.append(proxy.stop)
            for port in (NODE1, NODE2):
                start_node(services, env, port, tmp)
            argv, unit_env = unit_command("gemeinsam-stark-worker.service")
            services.start("worker", argv, {**env, **unit_env})
            argv, unit_env = unit_command(
                "gemeinsam-stark-beat.service",
                **{"/var/lib/gemeinsam-stark-beat": str(tmp)},
            )
            services.start("beat", argv, {**env, **unit_env})
            conf = render_nginx(tmp, env)
            test = subprocess.run(
                ["nginx", "-t", "-p", str(tmp), "-c", str(conf)],
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            )
            expect(test.returncode == 0, f"nginx -t: {test.stderr}")
            services.start(
                "nginx",
                ["nginx", "-p", str(tmp), "-c", str(conf), "-g", "daemon off;"],
                env,
            )
            for port in (NODE1, NODE2):
                failed_service = f"node-{port}"
                wait_for(f"node {port}", lambda port=port: node_up(port), 60)
            failed_service = "nginx"
            wait_for(
                "nginx",
                lambda: (
                    requests.get(BASE + "/healthz", timeout=5).status_code in (200, 503)
                ),
                30,
            )
            failed_service = None
            d["text"] = (
                "(pids: "
                + ", ".join(f"{k}={p.pid}" for k, p in services.procs.items())
                + ")"
            )

        anonymous = Browser()
        with step("Home page and static files through nginx") as d:
            response = anonymous.get("/")
            expect(response.status_code == 200, f"home: {response.status_code}")
            for header in (
                "Content-Security-Policy",
                "X-Content-Type-Options",
                "X-Request-ID",
            ):
                expect(header in response.headers, f"home lacks {header}")
            css = links(response.text, r'href="(/static/[^"]+\.css)"')
            expect(css, "no stylesheet linked")
            static = anonymous.get(css[0])
            expect(static.status_code == 200, f"{css[0]}: {static.status_code}")
            expect(
                static.headers.get("X-Content-Type-Options") == "nosniff",
                "static without nosniff",
            )
            expect(
                "max-age" in static.headers.get("Cache-Control", ""),
                "static not cached",
            )
            d["text"] = f"(stylesheet {css[0]} from nginx)"

        learner = Browser()
        with step(f"Login as {LEARNER}") as d:
            response = learner.login(LEARNER, DEMO_PASSWORD)
            expect(
                response.status_code == 302, f"login answered {response.status_code}"
            )
            dashboard = learner.get("/mein-bereich/")
            expect(dashboard.status_code == 200, f"dashboard: {dashboard.status_code}")
            d["text"] = (
                f"(session cookie HttpOnly, SameSite={_cookie_samesite(learner)})"
            )

        with step("Enrol in a course") as d:
            catalogue = learner.get("/kurse/").text
            enrolled = None
            for course in links(catalogue, r'href="(/kurse/[\w-]+/)"'):
                page = learner.get(course).text
                start = links(page, r'action="(/kurse/[\w-]+/starten/)"')
                if start:
                    response = learner.post(start[0])
                    expect(
                        response.status_code == 302, f"enrol: {response.status_code}"
                    )
                    enrolled = course
                    break
            expect(enrolled is not None, "no course offered an enrolment")
            d["text"] = f"({enrolled})"

        with step("Book a training, receive the mail with .ics over SMTP") as d:
            calendar = learner.get("/termine/").text
            booked = None
            for event in links(calendar, r'href="(/termine/[\w-]+/)"'):
                page = learner.get(event).text
                book = links(page, r'action="(/termine/buchen/\d+/)"')
                if book:
                    # A training whose questions must be answered first answers
                    # 400 without them: try the next one.
                    response = learner.post(book[0])
                    if response.status_code == 302:
                        booked = event
                        break
            expect(booked is not None, "no training could be booked")
            sent = time.monotonic()

            def confirmation():
                for message in mails_to(maildir, LEARNER):
                    for part in message.iter_attachments():
                        if part.get_content_type() == "text/calendar":
                            return message, part
                return None

            message, ics = wait_for("booking mail", confirmation, 60, 0.5)
            body = ics.get_content()
            body = body.decode() if isinstance(body, bytes) else body
            expect("BEGIN:VEVENT" in body, "the .ics holds no event")
            d["text"] = (
                f"({booked}; mail after {time.monotonic() - sent:.1f}s: "
                f"{message['Subject']!s:.60} + {ics.get_filename()})"
            )

        with step("iCal feed, then 304 on a conditional request") as d:
            feed = anonymous.get("/termine/kalender.ics")
            expect(feed.status_code == 200, f"feed: {feed.status_code}")
            expect(
                feed.headers["Content-Type"].startswith("text/calendar"), "feed type"
            )
            conditional = {}
            if feed.headers.get("ETag"):
                conditional["If-None-Match"] = feed.headers["ETag"]
            if feed.headers.get("Last-Modified"):
                conditional["If-Modified-Since"] = feed.headers["Last-Modified"]
            expect(conditional, "feed has neither ETag nor Last-Modified")
            again = anonymous.get("/termine/kalender.ics", headers=conditional)
            expect(again.status_code == 304, f"conditional feed: {again.status_code}")
            d["text"] = (
                f"({len(feed.content)} bytes, then 304 with {', '.join(conditional)})"
            )

        with step("Personal calendar link; nginx's access log keeps no secret") as d:
            created = learner.post("/mein-bereich/kalender/", {"name": "Telefon"})
            expect(created.status_code == 200, f"new link: {created.status_code}")
            found = re.search(r"/termine/kalender/([\w:-]+)\.ics", created.text)
            expect(found is not None, "the new calendar link is not shown")
            secret = found.group(1)
            personal = anonymous.get(found.group(0))
            expect(
                personal.status_code == 200, f"personal feed: {personal.status_code}"
            )
            expect("BEGIN:VEVENT" in personal.text, "the booking is not in the feed")
            access_log = tmp / "logs" / "gemeinsam-stark.access.log"

            def logged():
                text = access_log.read_text()
                return text if "/termine/kalender/[geheim].ics" in text else None

            text = wait_for("the feed request in the access log", logged, 10)
            expect(secret not in text, "the access log holds the calendar secret")
            d["text"] = f"({len(personal.content)} bytes; logged as [geheim])"

        trainer = Browser()
        with step("Trainer uploads an image in the admin; rendition via nginx") as d:
            response = trainer.login(TRAINER, DEMO_PASSWORD)
            expect(
                response.status_code == 302, f"trainer login: {response.status_code}"
            )
            form = trainer.get("/admin/images/add/")
            expect(form.status_code == 200, f"image form: {form.status_code}")
            collection = re.search(
                r'name="collection"[^>]*>.*?<option value="(\d+)"', form.text, re.S
            )
            title = f"Prüfbild {uuid.uuid4().hex[:6]}"
            data = {"title": title}
            if collection:
                data["collection"] = collection.group(1)
            response = trainer.post(
                "/admin/images/add/",
                data,
                files={"file": ("pruefbild.png", _png(), "image/png")},
            )
            expect(
                response.status_code == 302,
                f"upload: {response.status_code} {_errors(response.text)}",
            )
            listing = trainer.get("/admin/images/", params={"q": title}).text
            ids = re.findall(r'href="/admin/images/(\d+)/"', listing)
            expect(ids, "uploaded image not listed")
            edit = trainer.get(f"/admin/images/{ids[0]}/").text
            renditions = links(edit, r'src="(/media/images/[^"]+)"')
            expect(renditions, "no rendition on the image's page")
            image = anonymous.get(renditions[0])
            expect(image.status_code == 200, f"rendition: {image.status_code}")
            expect(image.headers["Content-Type"].startswith("image/"), "rendition type")
            expect(
                image.headers.get("X-Content-Type-Options") == "nosniff",
                "rendition nosniff",
            )
            expect(
                "Content-Disposition" not in image.headers, "image should show inline"
            )
            smuggled = anonymous.get("/media/check/page.html")
            expect(smuggled.status_code == 200, f"media file: {smuggled.status_code}")
            expect(
                smuggled.headers.get("Content-Disposition") == "attachment",
                "html in media not a download",
            )
            expect(
                smuggled.headers["Content-Type"] == "application/octet-stream",
                "html in media has a type",
            )
            expect(
                "sandbox" in smuggled.headers.get("Content-Security-Policy", ""),
                "no sandbox",
            )
            expect(
                anonymous.get("/media/documents/x.pdf").status_code == 404,
                "documents served directly",
            )
            d["text"] = (
                f"({renditions[0]}, {len(image.content)} bytes; "
                ".html in media → attachment)"
            )

        with step("Logout") as d:
            page = learner.get("/konto/logout/")
            response = learner.post("/konto/logout/")
            expect(
                response.status_code == 302,
                f"logout: {response.status_code} {page.status_code}",
            )
            after = learner.get("/mein-bereich/")
            expect(
                after.status_code == 302
                and "/konto/login/" in after.headers["Location"],
                "still logged in",
            )
            d["text"] = "(Mein Bereich asks for the login again)"

        with step("Client addresses behind nginx: lockout per client") as d:
            attacker = Browser("127.0.0.2")
            attacker.get("/konto/login/")
            outcomes = []
            for number in range(11):
                response = attacker.post(
                    "/konto/login/",
                    {
                        "login": f"niemand{number}@example.org",
                        "password": "falsch-falsch-1",
                    },
                )
                outcomes.append(
                    "locked" if "Zu viele" in response.text else response.status_code
                )
            expect(
                outcomes[-1] == "locked", f"no lockout after 10 failures: {outcomes}"
            )
            forged = attacker.post(
                "/konto/login/",
                {"login": "niemand@example.org", "password": "falsch-falsch-1"},
                headers={"X-Forwarded-For": "198.51.100.23"},
            )
            expect(
                "Zu viele" in forged.text, "a forged X-Forwarded-For lifted the lock"
            )
            neighbour = Browser("127.0.0.3")
            response = neighbour.login(LEARNER, DEMO_PASSWORD)
            expect(response.status_code == 302, "another client was locked out too")
            impostor = Browser("127.0.0.4")
            impostor.get("/konto/login/")
            response = impostor.post(
                "/konto/login/",
                {"login": "niemand@example.org", "password": "falsch-falsch-1"},
                headers={"X-Forwarded-For": "127.0.0.2"},
            )
            expect(
                "Zu viele" not in response.text,
                "a forged header borrowed another's lock",
            )
            d["text"] = (
                "(127.0.0.2 locked after 10 failures, also with a forged "
                "X-Forwarded-For;\n127.0.0.3 logs in; 127.0.0.4 claiming to be "
                "127.0.0.2 is not locked)"
            )

        with step("Health (worker heartbeat, queue) and metrics") as d:

            def healthy():
                response = anonymous.get("/healthz")
                return response.json() if response.status_code == 200 else None

            health = wait_for("healthz 200 with a worker heartbeat", healthy, 90, 1)
            expect(
                health["checks"] == {"database": True, "broker": True, "worker": True},
                str(health),
            )
            expect(
                anonymous.get("/metrics").status_code == 403, "metrics open to anyone"
            )
            metrics = anonymous.get(
                "/metrics", headers={"Authorization": "Bearer prod-check-metrics-token"}
            )
            expect(
                metrics.status_code == 200, f"metrics with token: {metrics.status_code}"
            )
            expect("gs_http_requests_total" in metrics.text, "no request counter")
            d["text"] = (
                f"(heartbeat {health['worker_heartbeat_age_seconds']}s old, "
                f"queue {health['queue_length']}; /metrics 403 without token)"
            )

        with step("Rolling restart under load: migrate, then node by node") as d:
            member = Browser("127.0.0.5")
            expect(
                member.login(LEARNER, DEMO_PASSWORD).status_code == 302,
                "login for load",
            )
            load = Load(
                [(anonymous, "/"), (anonymous, "/kurse/"), (member, "/mein-bereich/")]
            )
            load.start()
            time.sleep(1.5)
            run(
                [str(BIN / "python"), "manage.py", "migrate", "--noinput"],
                env,
                COMMAND_TIMEOUT,
                "migrate",
            )
            restarts = []
            for port in (NODE1, NODE2):
                old_pid = services.procs[f"node-{port}"].pid
                stopped = services.stop(f"node-{port}")
                start_node(services, env, port, tmp)
                wait_for(f"node {port} back", lambda port=port: node_up(port), 60)
                restarts.append(
                    f"node {port}: stopped in {stopped:.1f}s, pid {old_pid} → "
                    f"{services.procs[f'node-{port}'].pid}"
                )
                # nginx keeps a node it saw fail as down for fail_timeout (5 s):
                # wait that out before the other node goes, or both are "down".
                time.sleep(6)
            time.sleep(1.5)
            load.stop()
            expect(
                load.total > 20, f"too few requests during the restart: {load.total}"
            )
            expect(
                not load.failures,
                f"{len(load.failures)} of {load.total} failed: {load.failures[:5]}",
            )
            d["text"] = (
                f"({load.total} requests during the restart, all 200; "
                f"{load.rate():.1f}/s)\n" + "\n".join(restarts)
            )

        with step("Database outage of 5 s: 503 with the friendly page, recovery") as d:
            member = Browser("127.0.0.6")
            expect(
                member.login(LEARNER, DEMO_PASSWORD).status_code == 302,
                "login for outage",
            )
            expect(member.get("/mein-bereich/").status_code == 200, "before the outage")
            pids = {
                name: proc.pid
                for name, proc in services.procs.items()
                if name.startswith("node-")
            }
            proxy.pause()
            cut = time.monotonic()
            during: dict[int, int] = {}
            friendly = True
            while time.monotonic() - cut < 5:
                response = member.get("/mein-bereich/")
                during[response.status_code] = during.get(response.status_code, 0) + 1
                if response.status_code == 503:
                    friendly &= FRIENDLY_503 in response.text
                time.sleep(0.2)
            health = anonymous.get("/healthz")
            home = anonymous.get("/")
            proxy.resume()
            back = time.monotonic()
            wait_for(
                "recovery",
                lambda: member.get("/mein-bereich/").status_code == 200,
                30,
                0.2,
            )
            recovered = time.monotonic() - back
            expect(set(during) == {503}, f"during the outage: {during}")
            expect(friendly, "the 503 page is not the friendly one")
            expect(
                health.status_code == 503
                and health.json()["checks"]["database"] is False,
                "healthz during outage",
            )
            now = {
                name: proc.pid
                for name, proc in services.procs.items()
                if name.startswith("node-")
            }
            expect(
                now == pids and all(p.poll() is None for p in services.procs.values()),
                "a process restarted",
            )
            expect(recovered < 10, f"recovery took {recovered:.1f}s")
            d["text"] = (
                f"({sum(during.values())} requests in 5 s: all 503 with the friendly "
                f"page; /healthz 503; cached home {home.status_code};\n"
                f"recovered {recovered:.2f}s after the database returned, "
                "same gunicorn pids)"
            )
    except TimedOut as error:
        RESULTS.append(("Time limit", time.monotonic() - started_at, False, str(error)))
    except Exception as error:
        if not RESULTS or RESULTS[-1][2]:
            RESULTS.append(
                ("Unexpected error", 0.0, False, f"{type(error).__name__}: {error}")
            )
        names = [failed_service] if failed_service else list(services.procs)
        for name in names:
            tail = services.tail(name)
            if tail:
                say(f"\n--- last lines of {name}.log ---\n{tail}")
    finally:
        signal.alarm(0)
        signal.alarm(120)
        try:
            with step("Stop everything that was started") as d:
                count = len(services.procs)
                services.stop_all()
                leftovers = [
                    p for p in range(BASE_PORT, BASE_PORT + 5) if not port_free(p)
                ]
                expect(not leftovers, f"ports still in use: {leftovers}")
                if not KEEP:
                    with psycopg.connect(
                        f"{PG}/postgres", autocommit=True, connect_timeout=5
                    ) as conn:
                        conn.execute(
                            f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)'
                        )
                    shutil.rmtree(tmp, ignore_errors=True)
                d["text"] = f"({count} processes, SMTP server and proxy stopped)"
        except BaseException as error:
            say(f"cleanup: {error}")
        finally:
            signal.alarm(0)
    return 0 if summary() else 1


class Load:
    """Requests through nginx in a loop, from a thread, counting failures."""

    def __init__(self, targets):
        self.targets = targets
        self.total = 0
        self.failures: list[str] = []
        self.running = False
        self.started = self.ended = 0.0

    def start(self) -> None:
        self.running = True
        self.started = time.monotonic()
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        index = 0
        while self.running:
            browser, path = self.targets[index % len(self.targets)]
            index += 1
            try:
                status = browser.get(path).status_code
            except requests.RequestException as error:
                status = type(error).__name__
            self.total += 1
            if status != 200:
                self.failures.append(f"{path}: {status}")

    def stop(self) -> None:
        self.running = False
        self.thread.join(timeout=REQUEST_TIMEOUT + 5)
        self.ended = time.monotonic()

    def rate(self) -> float:
        return self.total / max(0.001, self.ended - self.started)


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (640, 400), (30, 110, 160)).save(buffer, "PNG")
    return buffer.getvalue()


def _errors(html: str) -> str:
    return " ".join(re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]{3,200})', html))[
        :500
    ]


def _cookie_samesite(browser: Browser) -> str:
    for cookie in browser.session.cookies:
        if cookie.name == "sessionid":
            return str(cookie.get_nonstandard_attr("SameSite") or "?")
    return "?"


if __name__ == "__main__":
    sys.exit(main())
