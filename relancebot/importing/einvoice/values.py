"""Reading one term's text as a date, an amount, or text fit for an email: each reader
appends to `problems` a French sentence naming the term (BT-n), the value and where it was
read, and returns None, so that every problem of a file is told at once."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal

from relancebot.clock import SENSIBLE_YEARS
from relancebot.core.money import MAX_AMOUNT
from relancebot.importing.einvoice.written import Found

_XSD_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_BASIC_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")  # CII's format 102
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?")  # UBL's xs:date
_SHOWN = 60  # characters of a bad value repeated in a message


def shown(text: str) -> str:
    """A value as a message repeats it: invisible characters out, cut if long."""
    text = clean(text, _SHOWN)
    return f"« {text} »"


def clean(text: str, limit: int) -> str:
    """Text as relancebot keeps it: control characters (line breaks, tabs, NUL) made spaces,
    invisible formatting characters (bidi overrides, zero widths) removed, runs of spaces made
    one, and at most `limit` characters (cut with an ellipsis)."""
    kept = []
    for char in text[: 4 * limit + 64]:  # a hostile megabyte is not walked through
        category = unicodedata.category(char)
        if category in ("Cc", "Zl", "Zp"):
            kept.append(" ")
        elif category not in ("Cf", "Cs", "Co", "Cn"):
            kept.append(char)
    tidy = " ".join("".join(kept).split())
    return tidy if len(tidy) <= limit else tidy[: limit - 1].rstrip() + "…"


def identifier(found: Found | None, label: str, limit: int, problems: list[str]) -> str:
    """An identifier (a number, an address): refused rather than cut when too long, since a
    cut one would name something else."""
    if found is None:
        return ""
    text = clean(found.text, 10 * limit)
    if len(text) > limit:
        problems.append(
            f"{label} trop long ({len(text)} caractères, {limit} au plus) ({found.where})"
        )
        return ""
    return text


def date(found: Found | None, label: str, problems: list[str]) -> dt.date | None:
    """A date as CII (format 102, AAAAMMJJ) or UBL (AAAA-MM-JJ) writes it."""
    if found is None:
        return None
    if found.date_format and found.date_format != "102":
        problems.append(
            f"{label} {shown(found.text)} au format {shown(found.date_format)} non pris en "
            f"charge : le format 102 (AAAAMMJJ) est attendu ({found.where})"
        )
        return None
    match = _BASIC_DATE.fullmatch(found.text) or _ISO_DATE.fullmatch(found.text)
    try:
        if match is None:
            raise ValueError
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        problems.append(
            f"{label} {shown(found.text)} illisible : AAAAMMJJ (CII, format 102) ou AAAA-MM-JJ "
            f"(UBL) attendu ({found.where})"
        )
        return None
    if day.year not in SENSIBLE_YEARS:
        problems.append(
            f"{label} {day.isoformat()} hors limites (année de {SENSIBLE_YEARS[0]} à "
            f"{SENSIBLE_YEARS[-1]} attendue) ({found.where})"
        )
        return None
    return day


def amount(found: Found | None, label: str, currency: str, problems: list[str]) -> Decimal | None:
    """An amount exactly as written ("1200.50" stays 1200.50), in the invoice's currency."""
    if found is None:
        return None
    if not _XSD_DECIMAL.fullmatch(found.text):
        problems.append(
            f"{label} {shown(found.text)} illisible : un nombre comme 1234.56 (point décimal) "
            f"est attendu ({found.where})"
        )
        return None
    value = Decimal(found.text)
    if abs(value) > MAX_AMOUNT:
        problems.append(f"{label} {found.text} hors limites ({found.where})")
        return None
    if currency and found.currency and found.currency.upper() != currency:
        problems.append(
            f"{label} {found.text} en {shown(found.currency)} alors que la facture est en "
            f"{currency} (BT-5) ({found.where})"
        )
        return None
    return value
