"""nginx's access log never keeps a secret that travels in a link's path."""

import re
from pathlib import Path

from django.urls import URLPattern, URLResolver, get_resolver

TEMPLATE = Path(__file__).parents[2] / "deploy/nginx/gemeinsam-stark.conf.template"
# Route arguments that are secrets: whoever knows them can read or change
# something without logging in.
SECRET_ARGUMENTS = {"token", "public_id", "key"}


def logged_path_rule() -> tuple[re.Pattern, str]:
    text = TEMPLATE.read_text()
    block = re.search(r"map \$uri \$gs_logged_path \{(.*?)\n\}", text, re.S).group(1)
    pattern, replacement = re.search(r'"~(.+)" "(.+)";', block).groups()
    # nginx speaks PCRE: (?<name>…) is (?P<name>…) in Python.
    return re.compile(pattern.replace("(?<", "(?P<")), replacement


def logged(path: str) -> str:
    rule, replacement = logged_path_rule()
    match = rule.match(path)
    if match is None:
        return path
    return re.sub(
        r"\$\{(\w+)\}", lambda name: match.group(name.group(1)) or "", replacement
    )


def secret_routes(resolver=None, prefix="/"):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = str(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from secret_routes(entry, prefix + route)
        elif isinstance(entry, URLPattern):
            names = set(re.findall(r"<(?:\w+:)?(\w+)>", route))
            route = route.removeprefix("^").removesuffix("$")
            # The admin's report keys name a report; they are not secrets.
            if names & SECRET_ARGUMENTS and not prefix.startswith("/admin/"):
                yield prefix + route


def sample(route: str) -> str:
    """A path for the route, every argument filled with the same secret."""
    route = re.sub(r"\^|\$", "", route)
    # A regular expression's group (allauth) and a path converter (ours).
    route = re.sub(r"\(\?P<\w+>[^)]*\)", "S3cr3t0f7h3l1nk", route)
    return re.sub(r"<(?:\w+:)?\w+>", "S3cr3t-0f-7h3-l1nk", route)


def test_every_route_with_a_secret_is_blanked_in_the_access_log():
    routes = list(secret_routes())
    # The calendar link, the data export and the unsubscribe links at least.
    assert len(routes) >= 5, routes
    for route in routes:
        path = sample(route)
        written = logged(path)
        assert "S3cr3t" not in written, (route, written)
        assert "[geheim]" in written


def test_ordinary_paths_are_logged_as_they_are():
    for path in ("/termine/", "/termine/kalender.ics", "/kurse/resilienz/", "/"):
        assert logged(path) == path


def test_the_calendar_link_keeps_its_shape():
    assert logged("/termine/kalender/abc123.ics") == "/termine/kalender/[geheim].ics"


def test_no_query_string_and_no_referrer_are_logged():
    text = TEMPLATE.read_text()
    log_format = re.search(r"log_format gs_private (.*?);", text, re.S).group(1)
    for variable in (
        "$request_uri",
        "$request",
        "$args",
        "$query_string",
        "$http_referer",
    ):
        assert re.search(re.escape(variable) + r"\b", log_format) is None, variable
    assert re.search(r"access_log \S+ gs_private;", text)


def test_gunicorn_writes_its_own_lines_as_json():
    import json
    import logging
    import runpy

    from django.utils.module_loading import import_string

    logconfig = runpy.run_path(str(TEMPLATE.parents[1] / "gunicorn.conf.py"))[
        "logconfig_dict"
    ]
    handler = logconfig["loggers"]["gunicorn.error"]["handlers"][0]
    assert logconfig["root"]["handlers"] == [handler]
    formatter_name = logconfig["handlers"][handler]["formatter"]
    formatter = import_string(logconfig["formatters"][formatter_name]["()"])()
    record = logging.LogRecord(
        "gunicorn.error",
        logging.INFO,
        __file__,
        1,
        "Listening at: %s",
        ("10.0.0.1",),
        None,
    )
    entry = json.loads(formatter.format(record))
    assert entry["logger"] == "gunicorn.error"
    assert entry["message"] == "Listening at: [ip]"
