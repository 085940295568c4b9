"""A bar chart as inline SVG markup: no JavaScript, no library, nothing fetched.

Every label is escaped; the exact amount of each bar is its tooltip (`<title>`) and the
chart's summary is its `aria-label`, so the chart reads without a mouse and without sight.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from html import escape

from relancebot.core.money import format_money
from relancebot.review.aging import MonthTotal

MONTHS_FR = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin",
    "juil.", "août", "sept.", "oct.", "nov.", "déc.",
)  # fmt: skip
BAR_COLOUR = "#1f3a5f"
TEXT_COLOUR = "#222222"


def month_label(month: dt.date) -> str:
    return f"{MONTHS_FR[month.month - 1]} {month.year}"


def short_amount(amount: Decimal) -> str:
    """What fits above a bar: '850 €', '1,3 k€', '2,5 M€'."""
    for size, unit in ((Decimal(1_000_000), "M€"), (Decimal(1_000), "k€")):
        if abs(amount) >= size:
            value = (amount / size).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            return f"{value}".replace(".", ",").removesuffix(",0") + f"\u00a0{unit}"
    return f"{amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)}\u00a0€"


@dataclass(frozen=True)
class Bar:
    label: str  # under the bar
    amount: Decimal
    sub: str = ""  # a second line under it (the year)
    name: str = ""  # in full, for its tooltip and the summary (default: the label)

    @property
    def full_name(self) -> str:
        return self.name or f"{self.label} {self.sub}".strip()


def _text(x: float, y: float, text: str, size: int = 11, weight: str = "normal") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="middle" font-size="{size}"'
        f' font-weight="{weight}" fill="{TEXT_COLOUR}">{escape(text)}</text>'
    )


def bar_chart_svg(bars: Sequence[Bar], title: str, *, width: int = 640, height: int = 240) -> str:
    """Vertical bars scaled to the largest; a zero or negative amount draws no bar. Returns
    one `<svg>` element."""
    top, bottom, side = 28, 40, 8
    plot = height - top - bottom
    slot = (width - 2 * side) / max(len(bars), 1)
    largest = max((bar.amount for bar in bars), default=Decimal(0))
    summary = f"{title} : " + ", ".join(f"{b.full_name} {format_money(b.amount)}" for b in bars)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}"'
        f' width="{width}" height="{height}" role="img" aria-label="{escape(summary)}"'
        ' font-family="Arial, Helvetica, sans-serif">',
        f"<title>{escape(title)}</title>",
        _text(width / 2, 16, title, 13, "bold"),
    ]
    baseline = top + plot
    for index, bar in enumerate(bars):
        centre = side + slot * (index + 0.5)
        if bar.amount > 0 and largest > 0:
            tall = float(bar.amount / largest) * (plot - 14)
            out.append(
                f'<rect x="{centre - slot * 0.35:.1f}" y="{baseline - tall:.1f}"'
                f' width="{slot * 0.7:.1f}" height="{tall:.1f}" fill="{BAR_COLOUR}">'
                f"<title>{escape(bar.full_name)} : {escape(format_money(bar.amount))}</title>"
                "</rect>"
            )
            out.append(_text(centre, baseline - tall - 4, short_amount(bar.amount), 10))
        out.append(_text(centre, baseline + 15, bar.label))
        if bar.sub:
            out.append(_text(centre, baseline + 29, bar.sub, 10))
    out.append(
        f'<line x1="{side}" y1="{baseline}" x2="{width - side}" y2="{baseline}"'
        f' stroke="{TEXT_COLOUR}" stroke-width="1"/>'
    )
    out.append("</svg>")
    return "\n".join(out)


def collections_svg(months: Sequence[MonthTotal], *, width: int = 640, height: int = 240) -> str:
    """The money collected per month as bars; a year is written under its first month shown
    and under January."""
    bars = [
        Bar(
            label=MONTHS_FR[m.month.month - 1],
            amount=m.amount,
            sub=str(m.month.year) if index == 0 or m.month.month == 1 else "",
            name=month_label(m.month),
        )
        for index, m in enumerate(months)
    ]
    return bar_chart_svg(bars, "Encaissements par mois", width=width, height=height)
