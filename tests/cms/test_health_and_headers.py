"""Health check, security headers and error pages."""

import re
from unittest import mock

import pytest
from django.db import connection


def test_healthz_answers_200_with_database(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": True}}


def test_healthz_answers_503_without_database(client, db):
    with mock.patch.object(connection, "cursor", side_effect=Exception("down")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] is False


def test_healthz_checks_the_broker_when_one_is_configured(client, db, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    settings.CELERY_TASK_ALWAYS_EAGER = False
    with mock.patch("cms.views._check_broker", return_value=False):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["broker"] is False


def test_public_pages_carry_a_strict_content_security_policy(client, home_page):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


def test_admin_gets_its_own_looser_policy(client, coordinator):
    client.force_login(coordinator)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in response["Content-Security-Policy"]


def test_pages_contain_no_inline_script_or_style(client, home_page):
    html = client.get("/").content.decode()
    assert "<script>" not in html
    assert "style=" not in html
    assert "<style" not in html


def test_unknown_page_gets_a_friendly_german_404(client, home_page):
    response = client.get("/gibt-es-wirklich-nicht/")
    assert response.status_code == 404
    assert "Diese Seite gibt es nicht" in response.content.decode()


@pytest.mark.parametrize("path", ["/konto/login/", "/konto/signup/", "/", "/suche/"])
def test_pages_load_nothing_from_third_parties(client, home_page, path):
    html = client.get(path).content.decode()
    loaded = re.findall(r'<(?:script|img|iframe|source)[^>]+src="([^"]+)"', html)
    loaded += re.findall(r'<link[^>]+href="([^"]+)"', html)
    assert loaded
    assert all(url.startswith("/") and not url.startswith("//") for url in loaded)


def test_pages_are_sent_compressed_also_from_the_cache(client, home_page, settings):
    import gzip

    settings.PUBLIC_PAGE_CACHE = True
    for expected in ("MISS", "HIT"):
        response = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
        assert response.headers["X-Cache"] == expected
        assert response.headers["Content-Encoding"] == "gzip"
        assert b"<html" in gzip.decompress(response.content)
    assert "Content-Encoding" not in client.get("/").headers


def test_the_menu_is_folded_by_the_stylesheet_before_any_script_runs(client, home_page):
    html = client.get("/").content.decode()
    head = html.split("</head>")[0]
    # early.js is the only script that runs before the first paint.
    assert 'src="/static/js/early.js"></script>' in head
    assert "hidden" not in html.split('class="nav-toggle"')[1].split(">")[0]
