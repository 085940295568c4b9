"""A due date from payment terms written as text ("45 jours fin de mois", "net 30").

E-invoices without a due date (BT-9) often state their terms (BT-20) instead. Only a reading
that leaves no doubt gives a date: terms naming two different delays, or none, give None, and
the firm's default terms apply (said to the person by the import).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

MAX_DAYS = 365

# A clause about a discount for early payment or about late penalties names delays that are
# not the due date ("escompte 2 % à 10 jours", "pénalités ... 30 jours après mise en demeure").
_OTHER_CLAUSE = re.compile(r"escompte|discount|penalit|penalt|retard|late|interet|interest")
_EOM = r"(?:fin de mois|fdm|f\.d\.m\.?|end of (?:the )?month|eom)"
# "fin de mois + 10 jours", "fin de mois 45 jours": the month's end first, then the days.
_EOM_THEN_DAYS = re.compile(rf"{_EOM}\s*(?:\+|plus)?\s*(\d{{1,3}})\s*(?:jours?|j|days?)\b")
# "45 jours fin de mois (le 10)", "30 jours net", "à 60 jours date de facture", "30 days".
_DAYS = re.compile(
    rf"(?<![\d.,])(\d{{1,3}})\s*(?:jours?|j|days?)\b"
    r"(?:\s*(?:nets?|date de (?:la )?facture|a compter de la date de (?:la )?facture"
    r"|date d'emission|(?:after|from) (?:the )?invoice date))?"
    rf"(?:\s*(?P<eom>{_EOM})(?:\s*le\s*(?P<day>\d{{1,2}})\b)?)?"
)
_CLAUSES = re.compile(r"[,;\n]+|\.(?=\s|$)")  # "f.d.m." and "2.5" stay whole
_ALTERNATIVES = re.compile(r"\d\s*(?:ou|or|a|to|-|/)\s*\d{1,3}\s*(?:jours?|j|days?)\b")
_NET = re.compile(r"\bnet\s*(\d{1,3})\b")  # "Net 30", "net30"
_AT_RECEIPT = re.compile(
    r"(?:a|des|dès) (?:la )?reception|\bcomptant\b|(?:upon|on) receipt|\bimmediat"
)


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).lower()


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _next_month_day(day: dt.date, wanted: int) -> dt.date | None:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    if not 1 <= wanted <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, wanted)


def _candidates(clause: str, issue: dt.date) -> list[dt.date | None]:
    found: list[dt.date | None] = []
    if _ALTERNATIVES.search(clause):  # "30 ou 60 jours": which one?
        return [None]

    def days(text: str) -> int | None:
        value = int(text)
        return value if value <= MAX_DAYS else None

    def eom_then(match: re.Match[str]) -> str:
        count = days(match[1])
        found.append(None if count is None else _month_end(issue) + dt.timedelta(days=count))
        return " "

    def plain(match: re.Match[str]) -> str:
        count = days(match[1])
        if count is None:
            found.append(None)
            return " "
        day = issue + dt.timedelta(days=count)
        groups = match.groupdict()
        if groups.get("eom"):
            day = _month_end(day)
            if groups.get("day"):
                found.append(_next_month_day(day, int(groups["day"])))
                return " "
        found.append(day)
        return " "

    clause = _EOM_THEN_DAYS.sub(eom_then, clause)
    clause = _DAYS.sub(plain, clause)
    clause = _NET.sub(plain, clause)
    if _AT_RECEIPT.search(clause):
        found.append(issue)
    return found


def due_from_terms(terms: str, issue: dt.date) -> dt.date | None:
    """The due date the terms give for an invoice issued on `issue`, or None when they give
    none, or several that differ, or one beyond a year."""
    found: list[dt.date | None] = []
    for clause in _CLAUSES.split(_fold(terms)):
        if not _OTHER_CLAUSE.search(clause):
            found += _candidates(clause, issue)
    dates = set(found)
    if len(dates) != 1:
        return None
    return dates.pop()
