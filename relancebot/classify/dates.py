"""Promised payment dates in French and English, absolute or relative to the reply's date.

All patterns run on folded text (lowercase, no accents).
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from relancebot.classify.date_patterns import (
    INVOICE_CONTEXT,
    MONTHS,
    NEXT_DAY,
    NUMBER_WORDS,
    PATTERNS,
    PAYMENT_WORDS,
    SAME_DAY,
    WEEKDAYS,
)


@dataclass(frozen=True)
class FoundDate:
    value: datetime.date
    text: str
    near_payment: bool
    start: int = 0
    end: int = 0


def _last_day(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: datetime.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _roll_forward(ref: datetime.date, month: int, day: int) -> datetime.date | None:
    """A month-day without a year: this year, or next year if only just past (Dec -> Jan)."""
    candidate = _safe_date(ref.year, month, day)
    if candidate is None or candidate >= ref:
        return candidate
    following = _safe_date(ref.year + 1, month, day)
    if following is not None and (following - ref).days <= 120:
        return following
    return None


def _year(text: str | None, ref: datetime.date) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def _add_business_days(day: datetime.date, count: int) -> datetime.date:
    while count > 0:
        day += datetime.timedelta(days=1)
        count -= day.weekday() < 5
    return day


def _resolve_more(kind: str, match: re.Match[str], ref: datetime.date) -> datetime.date | None:
    """Festive, weekend and working-day expressions."""
    if kind == "christmas":
        return datetime.date(ref.year, 12, 24)
    if kind == "year_end":
        return datetime.date(ref.year, 12, 31)
    if kind == "weekend":
        return ref + datetime.timedelta(days=(5 - ref.weekday()) % 7)
    if kind == "end_next_week":
        return ref + datetime.timedelta(days=7 - ref.weekday() + 4)
    if kind == "business_days":
        count_text = match.group(1)
        count = int(count_text) if count_text.isdigit() else NUMBER_WORDS[count_text]
        return _add_business_days(ref, count)
    return None


def _resolve(
    kind: str, match: re.Match[str], ref: datetime.date, month_first: bool = False
) -> datetime.date | None:
    groups = match.groups()
    if kind in ("christmas", "year_end", "weekend", "end_next_week", "business_days"):
        return _resolve_more(kind, match, ref)
    if kind == "iso":
        return _safe_date(int(groups[0]), int(groups[1]), int(groups[2]))
    if kind == "numeric":
        day, month = int(groups[0]), int(groups[1])
        if (month > 12 and day <= 12) or (month_first and day <= 12 and not groups[2]):
            # an American reply writes month/day ("12/10" is 10 December)
            day, month = month, day
        year = _year(groups[2], ref)
        return _safe_date(year, month, day) if year else _roll_forward(ref, month, day)
    if kind in ("day_month", "month_day"):
        day_text, month_text = (groups[0], groups[1]) if kind == "day_month" else groups[1::-1]
        year = _year(groups[2], ref)
        month, day = MONTHS[month_text], int(day_text)
        return _safe_date(year, month, day) if year else _roll_forward(ref, month, day)
    if kind in ("end_month_named", "mid_month_named", "start_month_named"):
        month = MONTHS[groups[0]]
        year = ref.year if month >= ref.month else ref.year + 1
        if kind == "end_month_named":
            return _last_day(year, month)
        return datetime.date(year, month, 15 if kind == "mid_month_named" else 1)
    if kind == "end_month":
        return _last_day(ref.year, ref.month)
    if kind == "end_next_month":
        return _last_day(*_add_months(ref, 1))
    if kind == "start_next_month":
        year, month = _add_months(ref, 1)
        return datetime.date(year, month, 1)
    if kind == "next_week":
        return ref + datetime.timedelta(days=7 - ref.weekday())
    if kind == "end_week":
        return ref + datetime.timedelta(days=(4 - ref.weekday()) % 7)
    if kind == "weekday_week":  # "Thursday week": a week after the coming Thursday
        ahead = (WEEKDAYS[groups[0]] - ref.weekday()) % 7
        return ref + datetime.timedelta(days=ahead + 7)
    if kind in ("weekday", "next_weekday"):
        ahead = (WEEKDAYS[groups[0]] - ref.weekday()) % 7
        return ref + datetime.timedelta(days=ahead or 7)
    if kind == "week_today":
        return ref + datetime.timedelta(days=7)
    if kind == "huitaine":
        return ref + datetime.timedelta(days=8)
    if kind == "quinzaine":
        return ref + datetime.timedelta(days=15)
    if kind == "in_days":
        count_text, unit = groups
        count = int(count_text) if count_text.isdigit() else NUMBER_WORDS[count_text]
        if unit.startswith(("semaine", "week")):
            return ref + datetime.timedelta(days=7 * count)
        if unit.startswith(("h", "heure", "hour")):
            return ref + datetime.timedelta(days=max(1, count // 24))
        return ref + datetime.timedelta(days=count)
    if kind in ("tomorrow", "next_day"):
        return ref + datetime.timedelta(days=2 if match.group(0).startswith("apres") else 1)
    if kind in ("today", "same_day"):
        return ref
    if kind == "day_only":
        day = int(groups[0])
        if not 1 <= day <= 31:
            return None
        # A day of the month already past this month means next month.
        year, month = (ref.year, ref.month) if day >= ref.day else _add_months(ref, 1)
        return _safe_date(year, month, min(day, calendar.monthrange(year, month)[1]))
    return None


def find_dates(folded: str, ref: datetime.date, month_first: bool = False) -> list[FoundDate]:
    """Every date expression, in text order; overlapping weaker readings are dropped."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, FoundDate]] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(folded):
            start, end = match.span()
            if any(start < t_end and end > t_start for t_start, t_end in taken):
                continue
            taken.append((start, end))
            if INVOICE_CONTEXT.search(folded[max(0, start - 40) : start]):
                continue  # "facture du 2 octobre", "de retour le 15": not a promise
            value = _resolve(kind, match, ref, month_first)
            if value is None or value < ref or (value - ref).days > 400:
                continue
            sentence_start = max(folded.rfind(".", 0, start), folded.rfind("\n", 0, start))
            sentence_end = min(
                (i for i in (folded.find(".", end), folded.find("\n", end)) if i != -1),
                default=len(folded),
            )
            near = bool(PAYMENT_WORDS.search(folded[sentence_start + 1 : sentence_end]))
            found.append((start, FoundDate(value, match.group(0), near, start, end)))
    found.sort(key=lambda item: item[0])
    return _chain_next_day([item[1] for item in found])


def _chain_next_day(dates: list[FoundDate]) -> list[FoundDate]:
    """ "Mercredi ... le lendemain" / "ce jour-là": the day after (or the day of) the date just
    named, which was only an anchor."""
    result: list[FoundDate] = []
    for found in dates:
        same = bool(SAME_DAY.search(found.text))
        if (same or NEXT_DAY.search(found.text)) and result:
            anchor = result.pop()
            found = FoundDate(
                anchor.value + datetime.timedelta(days=0 if same else 1),
                found.text, True, found.start, found.end,
            )  # fmt: skip
        result.append(found)
    return result


_LATEST = re.compile(
    r"^[\s,]*(au plus tard|at the latest|latest|maxi(mum)?|max|grand max|dernier delai)"
)


def promised_date(
    folded: str,
    ref: datetime.date,
    month_first: bool = False,
    cue_spans: Sequence[tuple[int, int]] = (),
    first: bool = False,
) -> FoundDate | None:
    """The promised date: one said to be the latest, else one in the sentence of the cue that
    made the category (with `first`, the earliest date inside a cue: a plan's first instalment),
    else one near a payment word, else the first."""
    dates = find_dates(folded, ref, month_first)
    for candidate in dates:
        if _LATEST.match(folded[candidate.end :]):
            return candidate
    governed: list[tuple[int, FoundDate]] = []
    for start, end in cue_spans:
        lower = max(folded.rfind(c, 0, start) for c in ".?\n")
        ends = [i for i in (folded.find(c, end) for c in ".?") if i != -1]
        upper = min(ends, default=len(folded))
        for found in dates:
            if lower < found.start < upper:
                if start <= found.start and found.end <= end:
                    # The date is part of the cue ("500 € vendredi et le reste fin octobre"):
                    # the first one in it.
                    distance = found.start - start
                elif found.start >= end:
                    distance = found.start - end
                else:
                    distance = 1000 + start - found.end
                governed.append((distance, found))
    inside = [f for f in dates for a, b in cue_spans if a <= f.start and f.end <= b]
    if inside and first:  # a plan of payments ("500 € vendredi et le reste fin octobre")
        return min(inside, key=lambda found: found.start)
    if governed:
        return min(governed, key=lambda item: item[0])[1]
    for candidate in dates:
        if candidate.near_payment:
            return candidate
    return dates[0] if dates else None
