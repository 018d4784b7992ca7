"""gunicorn settings of one app node (deploy/systemd/gemeinsam-stark-web@.service).

The address comes from the command line (``--bind 127.0.0.1:8001``); nginx
spreads requests over the nodes. Values can be changed by environment
variables in /etc/gemeinsam-stark/env.
"""

import os

workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
# A request that takes longer is stuck: the worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On restart (SIGTERM) running requests get this long to finish; nginx sends
# new requests to the other node meanwhile.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "20"))
# Workers are renewed now and then, so a slow leak never grows.
max_requests = 2000
max_requests_jitter = 200
# nginx logs every request; gunicorn only its own events and errors, as the
# same JSON lines as the app (cms.observability), so one log reader serves both.
accesslog = None
errorlog = "-"
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "cms.observability.JsonFormatter"}},
    "handlers": {
        "json": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stderr",
        }
    },
    "root": {"level": "INFO", "handlers": ["json"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["json"], "propagate": False},
    },
}
# Only nginx on this machine may say which scheme the client used.
forwarded_allow_ips = "127.0.0.1"
proc_name = "gemeinsam-stark"


def child_exit(server, worker):
    """Prometheus' multi-process mode: forget the metrics files of a dead worker."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
