"""Backups that restore: dump + media, restored into a fresh database and folder."""

import io
import os
import warnings
from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from django.db import connection, connections
from psycopg import sql

from cms import backup
from demo.seed import seed_demo

ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith(("postgres", "postgresql"))


def test_retention_prunes_backups_older_than_the_limit(settings, tmp_path):
    settings.BACKUP_DIR = tmp_path
    now = datetime(2026, 12, 2, 2, 30, tzinfo=UTC)
    for days in (0, 29, 31, 90):
        (tmp_path / (now - timedelta(days=days)).strftime(backup.STAMP)).mkdir()
    (tmp_path / "notes").mkdir()
    removed = backup.backups_prune(now=now, days=30)
    assert sorted(path.name for path in removed) == sorted(
        (now - timedelta(days=d)).strftime(backup.STAMP) for d in (31, 90)
    )
    assert len(list(tmp_path.iterdir())) == 3


def test_retention_longer_than_30_days_is_refused(settings):
    settings.BACKUP_RETENTION_DAYS = 45
    with pytest.raises(backup.BackupError, match="30"):
        backup.retention_days()


def test_backup_refuses_sqlite_with_a_clear_message():
    if ON_POSTGRES:
        pytest.skip("runs on SQLite only")
    with pytest.raises(backup.BackupError, match="PostgreSQL"):
        backup._pg_env({"ENGINE": "django.db.backends.sqlite3"})


def _counts(dsn: str) -> dict[str, int]:
    with psycopg.connect(dsn, autocommit=True) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
        ]
        return {
            table: conn.execute(
                sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
            ).fetchone()[0]
            for table in tables
        }


def _dsn(settings_dict: dict, name: str) -> str:
    return psycopg.conninfo.make_conninfo(
        dbname=name,
        host=settings_dict["HOST"] or None,
        port=settings_dict["PORT"] or None,
        user=settings_dict["USER"] or None,
        password=settings_dict["PASSWORD"] or None,
    )


def _files(root) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_backup_of_the_demo_restores_into_a_fresh_database(settings, tmp_path, client):
    if not ON_POSTGRES:
        warnings.warn(
            "Backup/restore is NOT tested: set DATABASE_URL=postgres://… to run it.",
            stacklevel=1,
        )
        pytest.skip("BACKUP/RESTORE NOT TESTED: needs PostgreSQL (DATABASE_URL)")
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.BACKUP_DIR = tmp_path / "backups"
    seed_demo(stdout=io.StringIO())
    folder = backup.backup_create()
    assert {p.name for p in folder.iterdir()} == {"db.dump", "media.tar.gz"}

    original = dict(connection.settings_dict)
    restored_name = f"{original['NAME']}_restored"
    admin_dsn = _dsn(original, "postgres")
    with psycopg.connect(admin_dsn, autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(restored_name)
            )
        )
        conn.execute(
            sql.SQL("CREATE DATABASE {}").format(sql.Identifier(restored_name))
        )
    restored_media = tmp_path / "restored" / "media"
    try:
        backup.backup_restore(
            folder,
            database={**original, "NAME": restored_name},
            media_root=restored_media,
        )
        before = _counts(_dsn(original, original["NAME"]))
        after = _counts(_dsn(original, restored_name))
        assert after == before
        assert before["cms_user"] >= 8
        assert sum(before.values()) > 500
        assert _files(restored_media) == _files(tmp_path / "media")
        assert any(
            name.startswith("original_images/") for name in _files(restored_media)
        )

        # Smoke flows on the restored copy.
        connections["default"].close()
        connections["default"].settings_dict["NAME"] = restored_name
        settings.MEDIA_ROOT = restored_media
        assert client.get("/").status_code == 200
        assert client.get("/kurse/").status_code == 200
        assert client.get("/termine/").status_code == 200
        assert client.get("/termine/kalender.ics").status_code == 200
        response = client.post(
            "/konto/login/",
            {"login": "ansprechperson@example.org", "password": "Gemeinsam-Stark-2026"},
        )
        assert response.status_code == 302
        assert client.get("/mein-bereich/").status_code == 200
        from wagtail.images.models import Image

        image = Image.objects.first()
        assert (restored_media / image.file.name).is_file()
        client.logout()
    finally:
        connections["default"].close()
        connections["default"].settings_dict["NAME"] = original["NAME"]
        with psycopg.connect(admin_dsn, autocommit=True) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                    sql.Identifier(restored_name)
                )
            )
