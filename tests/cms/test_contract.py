"""The apps meet only through the hooks that cms names (cms.hooks)."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

from cms import hooks
from cms.sections import dashboard_sections, home_sections

APPS = ("learning", "events", "exchange", "network")
ROOT = Path(settings.BASE_DIR)


def imported_modules(package: str):
    """Yield (file, module) for every import in a package, migrations aside."""
    for path in (ROOT / package).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                for alias in node.names:
                    yield path, f"{node.module}.{alias.name}"


def test_cms_imports_no_app_above_it():
    offending = [
        f"{path.relative_to(ROOT)}: {module}"
        for path, module in imported_modules("cms")
        if module.split(".")[0] in APPS
    ]
    assert offending == []


@pytest.mark.parametrize("app", APPS)
def test_an_app_reads_another_only_through_its_selectors(app):
    offending = [
        f"{path.relative_to(ROOT)}: {module}"
        for path, module in imported_modules(app)
        if (parts := module.split("."))[0] in APPS
        and parts[0] != app
        and parts[1:2] != ["selectors"]
    ]
    assert offending == []


def test_every_app_contributes_its_sections_through_the_hooks():
    assert {"courses", "trainings", "groups", "reports", "requests"} <= set(
        home_sections()
    )
    assert {"my_courses", "certificates", "bookings", "exchange", "network"} <= set(
        dashboard_sections()
    )
    assert [source.key for source in hooks.collect(hooks.COHERENCE_SOURCES)] == [
        "trainings"
    ]
    assert [panel.key for panel in hooks.collect(hooks.COURSE_PANELS)] == ["forum"]
    assert set(hooks.collect(hooks.COORDINATOR_APPS)) == set(APPS)


def test_no_module_level_registry_remains():
    for module in ("cms/integration.py", "learning/integration.py"):
        assert not (ROOT / module).exists()
    assert not (ROOT / "exchange" / "templatetags").exists()
