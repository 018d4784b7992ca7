"""The systemd units as the production check and the benchmarks start them."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _prod_check():
    spec = importlib.util.spec_from_file_location(
        "prod_check_units", ROOT / "deploy" / "prod_check.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_task_worker_yields_the_processor_to_requests():
    """Under a booking rush the mails wait a moment, the people do not."""
    unit = (ROOT / "deploy/systemd/gemeinsam-stark-worker.service").read_text()
    assert "\nCPUSchedulingPolicy=idle\n" in unit
    assert "\nCPUWeight=10\n" in unit
    argv, _env = _prod_check().unit_command("gemeinsam-stark-worker.service")
    assert argv[:3] == ["chrt", "--idle", "0"]
    assert argv[3].endswith("/celery") and "worker" in argv


def test_the_production_check_starts_the_worker_at_idle_priority(tmp_path):
    """The command line the check builds really runs at SCHED_IDLE here."""
    import subprocess

    argv, _env = _prod_check().unit_command("gemeinsam-stark-worker.service")
    shown = subprocess.run(
        [*argv[:3], "chrt", "--pid", "0"], capture_output=True, text=True, check=True
    ).stdout
    assert "SCHED_IDLE" in shown


def test_the_web_node_runs_at_normal_priority():
    argv, _env = _prod_check().unit_command("gemeinsam-stark-web@.service")
    assert argv[0].endswith("/gunicorn")
    assert argv[-1] == "cms.wsgi"
