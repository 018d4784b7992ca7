"""Configuration comes from the environment, with safe defaults."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cms.env import cache_from_url, env_bool, env_list, load_email_settings

ROOT = Path(__file__).resolve().parents[2]


def test_env_helpers(monkeypatch):
    monkeypatch.setenv("FLAG", "yes")
    monkeypatch.setenv("HOSTS", "a.example, b.example,")
    assert env_bool("FLAG", default=False) is True
    assert env_bool("MISSING_FLAG", default=True) is True
    assert env_list("HOSTS", default=[]) == ["a.example", "b.example"]


def test_cache_url():
    assert cache_from_url(None)["BACKEND"].endswith("LocMemCache")
    redis = cache_from_url("redis://127.0.0.1:6379/3")
    assert redis["BACKEND"].endswith("RedisCache")
    assert redis["LOCATION"] == "redis://127.0.0.1:6379/3"
    with pytest.raises(ValueError):
        cache_from_url("memcached://x")


def test_email_url(monkeypatch):
    settings = {}
    monkeypatch.setenv("EMAIL_URL", "smtp+tls://user%40x:p%3Ass@mail.example:2525")
    load_email_settings(settings)
    assert settings["EMAIL_HOST"] == "mail.example"
    assert settings["EMAIL_PORT"] == 2525
    assert settings["EMAIL_HOST_USER"] == "user@x"
    assert settings["EMAIL_HOST_PASSWORD"] == "p:ss"
    assert settings["EMAIL_USE_TLS"] is True
    monkeypatch.delenv("EMAIL_URL")
    load_email_settings(settings)
    assert settings["EMAIL_BACKEND"].endswith("console.EmailBackend")


def _manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _manage(
        "check",
        env={"DJANGO_SETTINGS_MODULE": "cms.settings.production", "SECRET_KEY": ""},
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_check_deploy_is_clean():
    env = {
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "k3Y-" + "".join(chr(65 + i % 26) + str(i) for i in range(30)),
        "ALLOWED_HOSTS": "lernen.example.org",
        "SITE_URL": "https://lernen.example.org",
        "CACHE_URL": "redis://127.0.0.1:6379/1",
    }
    result = _manage("check", "--deploy", env=env)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_requires_a_shared_cache_for_public_pages(settings):
    from django.core import checks

    settings.PUBLIC_PAGE_CACHE = True
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    }
    errors = checks.run_checks(include_deployment_checks=True, tags=["caches"])
    assert [error.id for error in errors] == ["cms.E001"]
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/1",
        }
    }
    assert checks.run_checks(include_deployment_checks=True, tags=["caches"]) == []
