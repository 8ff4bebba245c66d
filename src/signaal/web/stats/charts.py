"""Bar charts as inline SVG, drawn on the server: the geometry is computed here, the
template ``signaal/stats/_bar_chart.html`` writes it out with the texts (title, description,
legend). No script, no style attribute (the CSP allows neither): presentation attributes only.
"""

from __future__ import annotations

from dataclasses import dataclass

WIDTH = 780
LABEL_WIDTH = 390  # the longest name of a figure, at font size 12
BAR_SPACE = 300  # the longest bar; the value is written after it
ROW_HEIGHT = 40
TOP = 34  # room for the legend
THIS_HEIGHT, PREVIOUS_HEIGHT = 14, 9


@dataclass(frozen=True, slots=True)
class Bar:
    y: int
    height: int
    width: int
    text: str  # the value as written after the bar ("65,0 %", or "-" when there is none)
    text_x: int
    text_y: int


@dataclass(frozen=True, slots=True)
class ChartRow:
    label: str
    label_y: int
    this: Bar
    previous: Bar


@dataclass(frozen=True, slots=True)
class Chart:
    id: str
    width: int
    height: int
    label_width: int
    rows: tuple[ChartRow, ...]


def _bar(value: float | None, maximum: float, y: int, height: int, text: str) -> Bar:
    width = 0 if value is None or maximum <= 0 else round(BAR_SPACE * value / maximum)
    return Bar(y, height, width, text, LABEL_WIDTH + width + 6, y + height - 1)


def bar_chart(
    chart_id: str,
    rows: list[tuple[str, float | None, float | None, str, str]],
    *,
    maximum: float,
) -> Chart:
    """Rows of (label, this year's value, last year's value, their texts); bars scale to
    ``maximum`` (100 for percentages)."""
    out = []
    for i, (label, this, previous, this_text, previous_text) in enumerate(rows):
        top = TOP + i * ROW_HEIGHT
        out.append(
            ChartRow(
                label=label,
                label_y=top + THIS_HEIGHT,
                this=_bar(this, maximum, top + 2, THIS_HEIGHT, this_text),
                previous=_bar(
                    previous, maximum, top + THIS_HEIGHT + 5, PREVIOUS_HEIGHT, previous_text
                ),
            )
        )
    return Chart(chart_id, WIDTH, TOP + len(rows) * ROW_HEIGHT + 6, LABEL_WIDTH, tuple(out))
