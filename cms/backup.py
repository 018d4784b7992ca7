"""Backups that restore: a PostgreSQL dump and the media files, kept 30 days.

``manage.py backup`` writes ``BACKUP_DIR/<UTC time>/`` with ``db.dump``
(pg_dump's custom format) and ``media.tar.gz``, then deletes backups older
than ``BACKUP_RETENTION_DAYS`` (at most 30: people who erased their account
must not live on in old backups for longer). ``manage.py restore <folder>``
puts both back, into this installation or into a fresh database and folder.
"""

import os
import shutil
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.db import connection

STAMP = "%Y%m%dT%H%M%SZ"
MAX_RETENTION_DAYS = 30
DUMP_NAME = "db.dump"
MEDIA_NAME = "media.tar.gz"


class BackupError(Exception):
    pass


def _pg_env(settings_dict: dict) -> tuple[list[str], dict]:
    """Connection arguments and environment for pg_dump/pg_restore."""
    if settings_dict["ENGINE"] != "django.db.backends.postgresql":
        raise BackupError("Backups need PostgreSQL (DATABASE_URL=postgres://…).")
    env = {**os.environ}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = str(settings_dict["PASSWORD"])
    args = []
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if settings_dict.get(key):
            args += [flag, str(settings_dict[key])]
    return args, env


def database_from_url(url: str) -> dict:
    parsed = urlparse(url)
    if parsed.scheme not in {"postgres", "postgresql"}:
        raise BackupError(f"Not a PostgreSQL URL: {parsed.scheme}://…")
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": parsed.path.lstrip("/"),
        "USER": unquote(parsed.username or ""),
        "PASSWORD": unquote(parsed.password or ""),
        "HOST": parsed.hostname or "",
        "PORT": parsed.port or "",
    }


def backup_create(*, now: datetime | None = None) -> Path:
    """Dump the database and pack the media files; prune old backups."""
    retention = retention_days()
    now = now or datetime.now(UTC)
    root = Path(settings.BACKUP_DIR)
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    target = root / now.strftime(STAMP)
    partial = root / f".{target.name}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(mode=0o700)
    args, env = _pg_env(connection.settings_dict)
    subprocess.run(
        [
            "pg_dump",
            *args,
            "--format=custom",
            "--no-owner",
            "--no-privileges",
            f"--file={partial / DUMP_NAME}",
            connection.settings_dict["NAME"],
        ],
        env=env,
        check=True,
        timeout=60 * 60,
    )
    media = Path(settings.MEDIA_ROOT)
    with tarfile.open(partial / MEDIA_NAME, "w:gz") as archive:
        if media.exists():
            archive.add(media, arcname="media")
    partial.rename(target)
    backups_prune(now=now, days=retention)
    return target


def retention_days() -> int:
    days = int(settings.BACKUP_RETENTION_DAYS)
    if not 1 <= days <= MAX_RETENTION_DAYS:
        raise BackupError(
            f"BACKUP_RETENTION_DAYS must be between 1 and {MAX_RETENTION_DAYS}: "
            "erased accounts must not live on in old backups."
        )
    return days


def backups_prune(*, now: datetime, days: int) -> list[Path]:
    """Delete backups older than ``days``; return what was deleted."""
    root = Path(settings.BACKUP_DIR)
    removed = []
    for entry in sorted(root.iterdir()) if root.exists() else []:
        try:
            made = datetime.strptime(entry.name, STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        if now - made > timedelta(days=days):
            shutil.rmtree(entry)
            removed.append(entry)
    return removed


def backup_restore(
    source: Path, *, database: dict | None = None, media_root: Path | None = None
) -> None:
    """Put a backup back: the database (replacing its tables) and the media."""
    source = Path(source)
    for name in (DUMP_NAME, MEDIA_NAME):
        if not (source / name).is_file():
            raise BackupError(f"{source / name} is missing.")
    database = database or connection.settings_dict
    args, env = _pg_env(database)
    subprocess.run(
        [
            "pg_restore",
            *args,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={database['NAME']}",
            str(source / DUMP_NAME),
        ],
        env=env,
        check=True,
        timeout=60 * 60,
    )
    media_root = Path(media_root or settings.MEDIA_ROOT)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    unpacked = Path(tempfile.mkdtemp(dir=media_root.parent, prefix=".restore-"))
    try:
        with tarfile.open(source / MEDIA_NAME, "r:gz") as archive:
            archive.extractall(unpacked, filter="data")
        restored = unpacked / "media"
        restored.mkdir(exist_ok=True)
        old = media_root.with_name(media_root.name + ".before-restore")
        shutil.rmtree(old, ignore_errors=True)
        if media_root.exists():
            media_root.rename(old)
        restored.rename(media_root)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(unpacked, ignore_errors=True)
