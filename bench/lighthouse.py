"""Lighthouse (mobile) performance of the main public pages, served for real.

The site runs as in production: nginx from deploy/nginx in front of gunicorn
(the systemd unit's command line), production settings, static files
collected, uploaded images served by nginx, PostgreSQL and Redis (the set-up
of bench/mixed_load.py, on a freshly seeded demo). Lighthouse's mobile
preset (simulated slow 4G, a mid-range phone's CPU) loads home, the course
catalogue, a course, the calendar and a training page, and this prints each
page's performance score (goal >= 95) with the metrics behind it and the
audits that cost points.

Lighthouse is an npm package, installed at a pinned version into the
project-local, git-ignored folder .node/ (``make lighthouse-install``). Skips
with a message when node, Lighthouse or Chromium is missing, or PostgreSQL or
Redis cannot be reached. Ports, database and Redis come from the MIXED_LOAD_*
variables (see bench/mixed_load.py); CHROME_PATH defaults to /usr/bin/chromium.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mixed_load

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE_VERSION = "12.8.2"
LIGHTHOUSE = ROOT / ".node" / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)
GOAL = 95
# Audits worth naming when a page loses points.
WATCHED = (
    "render-blocking-resources",
    "uses-responsive-images",
    "offscreen-images",
    "modern-image-formats",
    "unsized-images",
    "font-display",
    "layout-shifts",
    "largest-contentful-paint-element",
    "unused-css-rules",
    "unused-javascript",
    "uses-text-compression",
    "uses-long-cache-ttl",
    "server-response-time",
    "total-byte-weight",
    "critical-request-chains",
)
METRICS = (
    ("first-contentful-paint", "FCP"),
    ("largest-contentful-paint", "LCP"),
    ("total-blocking-time", "TBT"),
    ("cumulative-layout-shift", "CLS"),
    ("speed-index", "SI"),
)


def missing() -> str:
    if shutil.which("node") is None:
        return "node is not installed"
    if not LIGHTHOUSE.exists():
        return (
            f"Lighthouse is not installed: npm install --prefix .node "
            f"lighthouse@{LIGHTHOUSE_VERSION} (make lighthouse-install)"
        )
    if not Path(CHROME).exists():
        return f"no Chromium at {CHROME} (set CHROME_PATH)"
    return ""


def pages(pc) -> list[tuple[str, str]]:
    """Home, the catalogue, its first course, the calendar, its first training."""
    import requests

    base = f"http://{mixed_load.HOST}:{mixed_load.BASE_PORT}"
    home = requests.get(base + "/", timeout=30).text
    catalogue = pc.links(home, r'href="(/kurse/)"')[0]
    courses = pc.links(
        requests.get(base + catalogue, timeout=30).text, r'href="(/kurse/[\w-]+/)"'
    )
    calendar = pc.links(home, r'href="(/termine/)"')[0]
    trainings = pc.links(
        requests.get(base + calendar, timeout=30).text, r'href="(/termine/[\w-]+/)"'
    )
    return [
        ("home", "/"),
        ("catalogue", catalogue),
        ("course", courses[0]),
        ("calendar", calendar),
        ("training", trainings[0]),
    ]


def lighthouse(url: str, out: Path, attempts: int = 2) -> dict:
    """Lighthouse's report on ``url``; a run whose browser failed is tried
    once more, then its last lines of output are shown."""
    for attempt in range(1, attempts + 1):
        done = subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--only-categories=performance",
                "--output=json",
                f"--output-path={out}",
                f"--chrome-flags={CHROME_FLAGS}",
                "--quiet",
            ],
            env={**os.environ, "CHROME_PATH": CHROME},
            timeout=240,
            capture_output=True,
            text=True,
        )
        if done.returncode == 0:
            return json.loads(out.read_text())
        said = "\n".join((done.stderr or done.stdout).strip().splitlines()[-8:])
        print(f"lighthouse failed on {url} (attempt {attempt}):\n{said}", flush=True)
    raise RuntimeError(f"lighthouse failed {attempts} times on {url}")


def body(pc, psycopg, services, tmp: Path) -> int:
    mixed_load.start_site(pc, psycopg, services, tmp, prepare_people=False, nginx=True)
    # Through nginx, as in production: it serves the uploaded images.
    base = f"http://{mixed_load.HOST}:{mixed_load.BASE_PORT}"
    rows = []
    for label, path in pages(pc):
        report = lighthouse(base + path, tmp / f"{label}.json")
        audits = report["audits"]
        score = round(report["categories"]["performance"]["score"] * 100)
        metrics = "  ".join(
            f"{short} {audits[key]['displayValue']}" for key, short in METRICS
        )
        rows.append((label, path, score))
        mixed_load.say(f"{label:<10} {path:<42} {score:>3}  {metrics}")
        for key in WATCHED:
            audit = audits.get(key)
            if audit and audit.get("score") is not None and audit["score"] < 0.9:
                shown = audit.get("displayValue") or ""
                mixed_load.say(f"{'':<14}- {audit['title']} {shown}")
                for item in (audit.get("details") or {}).get("items", [])[:3]:
                    if isinstance(item.get("url"), str):
                        mixed_load.say(f"{'':<16}{item['url'].replace(base, '')}")
    low = [f"{label} {score}" for label, _path, score in rows if score < GOAL]
    mixed_load.say(
        f"Lighthouse {LIGHTHOUSE_VERSION}, mobile preset: "
        + (f"below {GOAL}: {', '.join(low)}" if low else f"every page ≥ {GOAL}")
    )
    # Scores move with the machine's load: report them, fail only on errors.
    return 0


def main() -> int:
    why = missing()
    if why:
        mixed_load.say(f"skipped: {why}")
        return 0
    return mixed_load.harness(body)


if __name__ == "__main__":
    sys.exit(main())
