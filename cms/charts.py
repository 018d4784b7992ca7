"""Bar and line charts drawn on the server as SVG, without any script.

Each chart is an ``<svg role="img">`` with a ``<title>`` and ``<desc>``; the
page shows the same numbers as a table next to it (``cms/reports/table.html``),
so a screen reader reads the table and the chart is a picture of it. Values
that are ``None`` (suppressed: fewer than 5 people) draw nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString, mark_safe

#: Colours with enough contrast on white, told apart by pattern too (the
#: legend names them and the table holds the numbers).
PALETTE = ("#1d5b8f", "#c0562b", "#2f7d32", "#6a3d9a", "#8a6d00", "#444444")

WIDTH = 640
ROW_HEIGHT = 26
LEFT = 170
RIGHT = 60


@dataclass
class Series:
    label: str
    values: list[float | None]


def _fmt(value: float) -> str:
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.1f}".replace(".", ",")


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if value <= step:
            return step
    return value


def _frame(
    width: int, height: int, title: str, desc: str, body: list[str]
) -> SafeString:
    return mark_safe(
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {width} {height}" preserveAspectRatio="xMinYMin meet" '
        f'aria-labelledby="{_id(title)}-t {_id(title)}-d">'
        f'<title id="{_id(title)}-t">{escape(title)}</title>'
        f'<desc id="{_id(title)}-d">{escape(desc)}</desc>' + "".join(body) + "</svg>"
    )


def _id(title: str) -> str:
    import hashlib

    return "c" + hashlib.sha1(title.encode()).hexdigest()[:8]


def _legend(series: list[Series], y: int) -> list[str]:
    parts, x = [], LEFT
    for index, item in enumerate(series):
        colour = PALETTE[index % len(PALETTE)]
        parts.append(
            f'<rect x="{x}" y="{y}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 16}" y="{y + 11}" class="chart__label">'
            f"{escape(item.label)}</text>"
        )
        x += 24 + 8 * len(item.label)
    return parts


def bar_chart(
    *, title: str, desc: str, labels: list[str], series: list[Series], unit: str = ""
) -> SafeString:
    """Draw horizontal bars: one group per label, one bar per series."""
    per_group = max(len(series), 1)
    bar = 18 if per_group == 1 else max(8, 22 // per_group + 4)
    group_height = bar * per_group + 10
    legend = 28 if len(series) > 1 else 0
    height = legend + group_height * max(len(labels), 1) + 24
    top = legend + 4
    known = [v for s in series for v in s.values if v is not None]
    scale_max = _nice_max(max(known, default=0))
    plot = WIDTH - LEFT - RIGHT
    body = _legend(series, 4) if legend else []
    body.append(
        f'<line x1="{LEFT}" y1="{top}" x2="{LEFT}" y2="{height - 20}" '
        'class="chart__axis"/>'
    )
    for index, label in enumerate(labels):
        y = top + index * group_height
        body.append(
            f'<text x="{LEFT - 6}" y="{y + group_height / 2 + 4:.0f}" '
            f'text-anchor="end" class="chart__label">{escape(_short(label))}</text>'
        )
        for s_index, item in enumerate(series):
            value = item.values[index] if index < len(item.values) else None
            by = y + s_index * bar + 2
            if value is None:
                body.append(
                    f'<text x="{LEFT + 4}" y="{by + bar - 5}" class="chart__note">'
                    "&lt; 5</text>"
                )
                continue
            length = plot * (value / scale_max) if scale_max else 0
            colour = PALETTE[s_index % len(PALETTE)]
            body.append(
                f'<rect x="{LEFT}" y="{by}" width="{length:.1f}" height="{bar - 2}" '
                f'fill="{colour}"/>'
                f'<text x="{LEFT + length + 4:.1f}" y="{by + bar - 5}" '
                f'class="chart__value">{_fmt(value)}{escape(unit)}</text>'
            )
    body.append(
        f'<text x="{LEFT}" y="{height - 4}" class="chart__note">0</text>'
        f'<text x="{WIDTH - RIGHT}" y="{height - 4}" text-anchor="end" '
        f'class="chart__note">{_fmt(scale_max)}{escape(unit)}</text>'
    )
    return _frame(WIDTH, height, title, desc, body)


def line_chart(
    *, title: str, desc: str, labels: list[str], series: list[Series], unit: str = ""
) -> SafeString:
    """Draw one line per series over the labels (quarters, months)."""
    height, top, bottom, left = 300, 36, 40, 50
    plot_w, plot_h = WIDTH - left - 20, height - top - bottom
    known = [v for s in series for v in s.values if v is not None]
    scale_max = _nice_max(max(known, default=0))
    step = plot_w / max(len(labels) - 1, 1)
    body = _legend(series, 4)
    for fraction in (0, 0.5, 1):
        y = top + plot_h * (1 - fraction)
        body.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{WIDTH - 20}" y2="{y:.1f}" '
            f'class="chart__grid"/><text x="{left - 6}" y="{y + 4:.1f}" '
            f'text-anchor="end" class="chart__note">'
            f"{_fmt(scale_max * fraction)}{escape(unit)}</text>"
        )
    for index, label in enumerate(labels):
        x = left + index * step
        body.append(
            f'<text x="{x:.1f}" y="{height - 18}" text-anchor="middle" '
            f'class="chart__label">{escape(_short(label, 10))}</text>'
        )
    for s_index, item in enumerate(series):
        colour = PALETTE[s_index % len(PALETTE)]
        points = []
        for index, value in enumerate(item.values):
            if value is None:
                if len(points) > 1:
                    body.append(_polyline(points, colour))
                points = []
                continue
            x = left + index * step
            y = top + plot_h * (1 - value / scale_max)
            points.append((x, y))
            body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}"/>')
        if len(points) > 1:
            body.append(_polyline(points, colour))
    return _frame(WIDTH, height, title, desc, body)


def _polyline(points: list[tuple[float, float]], colour: str) -> str:
    coords = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return (
        f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2"/>'
    )


def _short(label: str, length: int = 26) -> str:
    label = str(label)
    return label if len(label) <= length else label[: length - 1] + "…"
