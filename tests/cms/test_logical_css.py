"""Our style sheets turn with the text: no left or right, only start and end."""

import re
from pathlib import Path

import pytest

CSS = sorted((Path(__file__).resolve().parents[2] / "static" / "css").glob("*.css"))
# A physical side in a property (border-left, margin-right, left: …, float:
# right) or a four-value margin or padding, whose sides do not turn.
PHYSICAL = re.compile(
    r"(?:^|[;{\s])(?:(?:border|margin|padding|inset)-(?:left|right)[\w-]*"
    r"|left|right)\s*:"
    r"|(?:float|clear|text-align)\s*:\s*(?:left|right)"
    r"|(?:margin|padding)\s*:\s*[^;}]+\s[^;}]+\s[^;}]+\s[^;}]+;"
)


@pytest.mark.parametrize("sheet", CSS, ids=lambda path: path.name)
def test_style_sheets_use_logical_sides(sheet):
    found = [
        f"{sheet.name}:{number}: {line.strip()}"
        for number, line in enumerate(sheet.read_text().splitlines(), 1)
        if PHYSICAL.search(line)
    ]
    assert not found, "\n".join(found)
