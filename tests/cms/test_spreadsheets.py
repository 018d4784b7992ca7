"""CSV downloads never hand a spreadsheet a live formula."""

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
