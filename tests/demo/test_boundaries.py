"""The demo sits on top of the product: no product module imports it."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCT_PACKAGES = ("cms", "learning", "events", "exchange", "network")


def _is_demo(name: str | None) -> bool:
    return bool(name) and (name == "demo" or name.startswith("demo."))


def _demo_imports(path: Path) -> list[str]:
    """Return the lines of ``path`` that import the demo, statically or by name."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module] if node.level == 0 else []
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            # importlib.import_module("demo.…") and app labels in settings lists
            names = [node.value]
        else:
            continue
        where = path.relative_to(ROOT)
        found += [f"{where}:{node.lineno}: {name}" for name in names if _is_demo(name)]
    return found


@pytest.mark.parametrize("package", PRODUCT_PACKAGES)
def test_no_product_module_imports_the_demo(package):
    modules = sorted(
        path
        for path in (ROOT / package).rglob("*.py")
        if path.parent.name != "settings"
    )
    assert modules
    offenders = [line for path in modules for line in _demo_imports(path)]
    assert offenders == []


def test_production_settings_module_names_no_demo():
    path = ROOT / "cms" / "settings" / "production.py"
    assert _demo_imports(path) == []
    assert _demo_imports(ROOT / "cms" / "settings" / "base.py") == []
