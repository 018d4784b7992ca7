"""CSV downloads never hand a spreadsheet a live formula."""

import re

import pytest

from cms.spreadsheets import csv_download, safe_cell


@pytest.mark.parametrize("value", ["=HYPERLINK(1)", "+1", "-1", "@SUM(A1)", "\tx"])
def test_formula_starts_are_neutralised(value):
    assert safe_cell(value) == "'" + value


def test_other_values_stay_as_they_are():
    assert safe_cell("Anna") == "Anna"
    assert safe_cell(3) == 3
    assert safe_cell("") == ""


def test_download_escapes_every_cell_and_keeps_umlauts():
    response, writer = csv_download("liste.csv")
    writer.writerow(["=cmd|' /C calc'!A0", "Jürgen"])
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    assert "'=cmd" in body and "Jürgen" in body
    assert response["Content-Disposition"] == 'attachment; filename="liste.csv"'


def test_every_csv_of_the_platform_uses_the_one_convention():
    """UTF-8 with BOM, semicolons, formula-safe: no download picks its own."""
    import inspect
    from pathlib import Path

    assert "delimiter" not in inspect.signature(csv_download).parameters
    root = Path(__file__).resolve().parents[2]
    for app in ("cms", "events", "learning", "exchange", "network"):
        for source in (root / app).rglob("*.py"):
            if source.name == "spreadsheets.py" or "migrations" in source.parts:
                continue
            text = source.read_text(encoding="utf-8")
            assert not re.search(r"^\s*import csv\b", text, re.M), (
                f"{source}: use cms.spreadsheets"
            )
            assert "text/csv" not in text, f"{source}: use cms.spreadsheets"


def test_learning_report_and_notes_use_semicolons(client, contact_person):
    client.force_login(contact_person)
    response = client.get("/mein-bereich/notizen/export/")
    assert response.status_code == 200
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    assert ";" in body.splitlines()[0]
