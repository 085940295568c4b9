"""Promised payment dates in French and English, absolute or relative to the reply's date.

All patterns run on folded text (lowercase, no accents).
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

_MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    "janv": 1, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11,
    "dec": 12, "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
}  # fmt: skip
_WEEKDAYS = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
_NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "dix": 10, "quinze": 15, "trente": 30, "one": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "seven": 7, "eight": 8, "ten": 10, "fifteen": 15, "thirty": 30,
}  # fmt: skip
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(_WEEKDAYS)
_ORDINAL = r"(?:er|re|e|eme|th|st|nd|rd)?"
_COUNT = r"(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("numeric", re.compile(r"\b(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b(?![.,/]\d)")),
    (
        "day_month",
        re.compile(rf"\b(\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?({_MONTH_RE})\.?(?:\s+(\d{{4}}))?\b"),
    ),
    ("month_day", re.compile(rf"\b({_MONTH_RE})\.?\s+(\d{{1,2}}){_ORDINAL}\b(?:,?\s+(\d{{4}}))?")),
    ("end_month_named", re.compile(rf"\b(?:fin|end of|late)\s+(?:de\s+|d')?({_MONTH_RE})\b")),
    ("mid_month_named", re.compile(rf"\b(?:mi-?|mid-?|mi\s)\s*({_MONTH_RE})\b")),
    (
        "start_month_named",
        re.compile(rf"\b(?:debut|early|beginning of)\s+(?:de\s+|d')?({_MONTH_RE})\b"),
    ),
    (
        "end_next_month",
        re.compile(
            r"\bfin (?:du |de )?mois prochain\b|\bend of next month\b|\bfin du mois suivant\b"
        ),
    ),
    (
        "end_month",
        re.compile(
            r"\bfin (?:du |de |de ce )?mois\b|\bend of (?:the |this )?month\b|\bmonth[- ]end\b"
        ),
    ),
    (
        "start_next_month",
        re.compile(
            r"\bdebut (?:du |de )?mois prochain\b|\b(?:early|beginning of|start of) next month\b"
        ),
    ),
    ("next_week", re.compile(r"\bsemaine prochaine\b|\bnext week\b")),
    (
        "end_week",
        re.compile(r"\bfin (?:de |de la |de cette )?semaine\b|\bend of (?:the |this )?week\b"),
    ),
    ("weekday", re.compile(rf"\b({_WEEKDAY_RE})\b(\s+(?:prochain|qui vient))?")),
    ("next_weekday", re.compile(rf"\b(?:next|this|on|by|ce|cette)\s+({_WEEKDAY_RE})\b")),
    ("huitaine", re.compile(r"\bsous (?:hui|8)taine\b|\bhuitaine\b")),
    ("quinzaine", re.compile(r"\bsous quinzaine\b|\bquinzaine\b")),
    (
        "in_days",
        re.compile(
            rf"\b(?:sous|dans|d'ici|within|in|under)\s+(?:les\s+|the next\s+)?{_COUNT}\s*"
            r"(jours?|days?|semaines?|weeks?|h\b|heures?|hours?)"
        ),
    ),
    ("tomorrow", re.compile(r"\bapres[- ]demain\b|\bdemain\b|\btomorrow\b")),
    ("today", re.compile(r"\baujourd'hui\b|\bce jour\b|\btoday\b|\bce soir\b|\btonight\b")),
    (
        "day_only",
        re.compile(
            r"\b(?:le|du|au|on the|the|by the|avant le|d'ici le|a partir du)\s+"
            rf"(\d{{1,2}}){_ORDINAL}"
            r"\b(?!\s*(?:[/.:h-]\d|h\b|heures?|%|€|euros?|eur\b|jours?|days?|mois|ans?|an\b|"
            r"semaines?|k\b|000|,\d))"
        ),
    ),
]
_INVOICE_CONTEXT = re.compile(
    r"((facture|invoice)s?( n°? ?\S+)? (du|dated|of)|datee? du|emise le|en date du|echue le"
    r"|echeance (du|le)|dated|issued on|(absente?|retour|back|conges|vacances|out of the office"
    r"|away|jusqu'au|until)( \w+){0,3})\s*$"
)
_PAYMENT_WORDS = re.compile(
    r"pai|pay|regl|regle|vire|virement|cheque|verse|solde|settle|transfer|wire|remit"
)


@dataclass(frozen=True)
class FoundDate:
    value: datetime.date
    text: str
    near_payment: bool


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


def _resolve(kind: str, match: re.Match[str], ref: datetime.date) -> datetime.date | None:
    groups = match.groups()
    if kind == "iso":
        return _safe_date(int(groups[0]), int(groups[1]), int(groups[2]))
    if kind == "numeric":
        day, month = int(groups[0]), int(groups[1])
        if month > 12 and day <= 12:  # an English reply written month/day
            day, month = month, day
        year = _year(groups[2], ref)
        return _safe_date(year, month, day) if year else _roll_forward(ref, month, day)
    if kind in ("day_month", "month_day"):
        day_text, month_text = (groups[0], groups[1]) if kind == "day_month" else groups[1::-1]
        year = _year(groups[2], ref)
        month, day = _MONTHS[month_text], int(day_text)
        return _safe_date(year, month, day) if year else _roll_forward(ref, month, day)
    if kind in ("end_month_named", "mid_month_named", "start_month_named"):
        month = _MONTHS[groups[0]]
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
    if kind in ("weekday", "next_weekday"):
        ahead = (_WEEKDAYS[groups[0]] - ref.weekday()) % 7
        return ref + datetime.timedelta(days=ahead or 7)
    if kind == "huitaine":
        return ref + datetime.timedelta(days=8)
    if kind == "quinzaine":
        return ref + datetime.timedelta(days=15)
    if kind == "in_days":
        count_text, unit = groups
        count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS[count_text]
        if unit.startswith(("semaine", "week")):
            return ref + datetime.timedelta(days=7 * count)
        if unit.startswith(("h", "heure", "hour")):
            return ref + datetime.timedelta(days=max(1, count // 24))
        return ref + datetime.timedelta(days=count)
    if kind == "tomorrow":
        return ref + datetime.timedelta(days=2 if match.group(0).startswith("apres") else 1)
    if kind == "today":
        return ref
    if kind == "day_only":
        day = int(groups[0])
        if not 1 <= day <= 31:
            return None
        # A day of the month already past this month means next month.
        year, month = (ref.year, ref.month) if day >= ref.day else _add_months(ref, 1)
        return _safe_date(year, month, min(day, calendar.monthrange(year, month)[1]))
    return None


def find_dates(folded: str, ref: datetime.date) -> list[FoundDate]:
    """Every date expression, in text order; overlapping weaker readings are dropped."""
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, FoundDate]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(folded):
            start, end = match.span()
            if any(start < t_end and end > t_start for t_start, t_end in taken):
                continue
            taken.append((start, end))
            if _INVOICE_CONTEXT.search(folded[max(0, start - 40) : start]):
                continue  # "facture du 2 octobre", "de retour le 15": not a promise
            value = _resolve(kind, match, ref)
            if value is None or value < ref or (value - ref).days > 400:
                continue
            sentence_start = max(folded.rfind(".", 0, start), folded.rfind("\n", 0, start))
            sentence_end = min(
                (i for i in (folded.find(".", end), folded.find("\n", end)) if i != -1),
                default=len(folded),
            )
            near = bool(_PAYMENT_WORDS.search(folded[sentence_start + 1 : sentence_end]))
            found.append((start, FoundDate(value, match.group(0), near)))
    found.sort(key=lambda item: item[0])
    return [item[1] for item in found]


def promised_date(folded: str, ref: datetime.date) -> FoundDate | None:
    dates = find_dates(folded, ref)
    for candidate in dates:
        if candidate.near_payment:
            return candidate
    return dates[0] if dates else None
