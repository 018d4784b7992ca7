"""CSV downloads that open cleanly in spreadsheet programs, and safely.

One convention for every CSV the platform hands out: UTF-8 with a byte order
mark, semicolons between cells (what German spreadsheet programs expect, since
the comma is their decimal sign), every cell formula-safe.
"""

import csv
from collections.abc import Iterable

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """Keep spreadsheet programs from running a cell as a formula.

    A display name or a note like ``=HYPERLINK(…)`` would otherwise become a
    live formula on the coordinator's computer.
    """
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


class SafeWriter:
    def __init__(self, stream, *, delimiter: str):
        self._writer = csv.writer(stream, delimiter=delimiter)

    def writerow(self, row: Iterable) -> None:
        self._writer.writerow([safe_cell(value) for value in row])


DELIMITER = ";"


def csv_download(filename: str) -> tuple[HttpResponse, SafeWriter]:
    """Return a CSV attachment response and a writer that escapes every cell."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # The BOM lets spreadsheet programs read the umlauts correctly.
    response.write("\ufeff")
    return response, SafeWriter(response, delimiter=DELIMITER)
