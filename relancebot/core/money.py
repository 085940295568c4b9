"""Money as Decimal, parsed from what accounting exports write and formatted the French way."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from relancebot.errors import InvalidValue

CENT = Decimal("0.01")
# Under a thousand billion: no invoice comes near, and sums of many stay exact to the cent
# (Decimal keeps 28 digits; a 40-digit amount could not even be rounded to the cent).
MAX_AMOUNT = Decimal("999999999999.99")

# Spaces used as thousands separators by spreadsheets: plain, no-break, narrow no-break, thin.
_GROUP_SPACES = re.compile(r"[ \u00a0\u202f\u2009']")
_CURRENCY_MARKS = re.compile(r"(€|EUR|euros?|\$|USD|£|GBP|CHF|TTC|HT)", re.IGNORECASE)


class AmountError(InvalidValue):
    """An amount that cannot be read as money."""


class AmbiguousAmount(AmountError):
    """One mark followed by three digits ("1.250", "1,000"): a thousands separator or a decimal
    mark. Only the other amounts of its column can tell (see `column_decimal_mark`)."""

    def __init__(self, text: str, units: Decimal) -> None:
        self.text = text
        self.as_thousands = units
        written = f"{units.scaleb(-3):f}".replace(".", ",")
        self.readings = (
            f"montant {text.strip()!r} ambigu : {format_money(units)} (séparateur des milliers)"
            f" ou {written} € (trois décimales)"
        )
        self.advice = (
            "écrivez-le avec deux décimales, par exemple "
            f"{format_money(units).removesuffix(NBSP_EURO)}"
        )
        super().__init__(f"{self.readings} ? {self.advice[0].upper()}{self.advice[1:]}")


NBSP_EURO = "\u00a0€"
_MARKS = (",", ".")


@dataclass(frozen=True)
class _Shape:
    """What one written amount says about its marks, before any column is known."""

    digits: str  # sign and digits, marks and spaces taken out ("-1250,50" -> "-125050")
    decimal: str | None = None  # the mark that is certainly the decimal mark here
    thousands: str | None = None  # the mark that is certainly a thousands separator here
    ambiguous: str | None = None  # the lone mark of "1.250": either
    tail: str = ""  # the digits after the decimal (or ambiguous) mark


def _clean(text: str) -> str:
    cleaned = _CURRENCY_MARKS.sub("", text.strip()).replace("\u2212", "-")  # minus sign
    return _GROUP_SPACES.sub("", cleaned)


def _shape(text: str) -> _Shape:
    cleaned = _clean(text)
    if not cleaned:
        raise AmountError(f"montant vide : {text!r}")
    match = _WRITTEN.fullmatch(cleaned)
    if match is None:
        raise AmountError(f"montant illisible : {text!r}")
    sign, body = match["sign"], match["body"]
    present = [m for m in _MARKS if m in body]
    digits = sign + re.sub(r"[,.]", "", body)
    if not present:
        return _Shape(digits)
    if len(present) == 2:  # "1.250,50", "1,250.50": the last mark is the decimal mark
        decimal = max(present, key=body.rfind)
        thousands = "." if decimal == "," else ","
        head, _, tail = body.rpartition(decimal)
        if decimal in head or not _grouped(head, thousands):
            raise AmountError(f"montant illisible : {text!r}")
        return _Shape(digits, decimal, thousands, tail=tail)
    (mark,) = present
    head, _, tail = body.rpartition(mark)
    if body.count(mark) > 1:  # "1.000.000": only thousands repeat
        if not _grouped(body, mark):
            raise AmountError(f"montant illisible : {text!r}")
        return _Shape(digits, thousands=mark)
    if not head or not tail:
        raise AmountError(f"montant illisible : {text!r}")
    if len(tail) == 3 and _grouped(body, mark):  # "1.250", "12,345", not "0,250"
        return _Shape(digits, ambiguous=mark, tail=tail)
    return _Shape(digits, decimal=mark, tail=tail)


# Sign, then digits with at most marks between them: no exponent, no letters, no "1..2".
_WRITTEN = re.compile(r"(?P<sign>-?)(?P<body>\d+(?:[,.]\d+)*)")


def _grouped(integer_part: str, mark: str) -> bool:
    """'1.000.000' grouped by '.': a first group of one to three digits (not a lone 0), then
    groups of exactly three."""
    groups = integer_part.split(mark)
    first = groups[0]
    return (
        1 <= len(first) <= 3
        and first != "0"
        and all(len(g) == 3 and g.isdigit() for g in groups[1:])
    )


def column_decimal_mark(texts: Iterable[str]) -> str | None:
    """The decimal mark a column of amounts shows unambiguously, or None.

    "1.250,50" or "980,00" show that "," is the decimal mark (so "." groups thousands);
    "1.000.000" shows that "." groups thousands (so "," is the decimal mark). A column that
    shows both marks as decimal, or nothing, says nothing: its ambiguous amounts stay so.
    Unreadable amounts are skipped: their own line is refused for them.
    """
    decimals: set[str] = set()
    thousands: set[str] = set()
    for text in texts:
        try:
            shape = _shape(text)
        except AmountError:
            continue
        if shape.decimal:
            decimals.add(shape.decimal)
        if shape.thousands:
            thousands.add(shape.thousands)
    candidates = decimals or {m for m in _MARKS if m not in thousands and thousands}
    if len(candidates) != 1 or candidates & thousands:
        return None
    return candidates.pop()


def parse_amount(text: str, decimal_mark: str | None = None) -> Decimal:
    """Read "1 250,00 €", "1250.5", "1.250,00", "EUR 1,250.00" as an exact Decimal.

    A mark followed by one or two digits is the decimal mark; with both marks, the last one
    is; a repeated mark groups thousands. "1.250" is either: `decimal_mark`, read from the
    rest of its column, decides, else AmbiguousAmount. More than two decimals is refused,
    never rounded.
    """
    shape = _shape(text)
    decimal = shape.decimal
    if shape.ambiguous:
        if decimal_mark is None:
            raise AmbiguousAmount(text, Decimal(shape.digits))
        decimal = shape.ambiguous if decimal_mark == shape.ambiguous else None
    places = len(shape.tail) if decimal else 0
    if places > 2:
        raise AmountError(
            f"montant {text.strip()!r} : {places} décimales, deux au plus "
            "(un montant n'est jamais arrondi)"
        )
    try:
        value: Decimal | None = Decimal(shape.digits).scaleb(-places).quantize(CENT)
    except InvalidOperation:  # more digits than Decimal keeps
        value = None
    if value is None or abs(value) > MAX_AMOUNT:
        raise AmountError(
            f"montant démesuré {text.strip()[:40]!r} (au plus {format_money(MAX_AMOUNT)})"
        )
    return value


def format_money(amount: Decimal, currency: str = "EUR", language: str = "fr") -> str:
    """'1 250,00 €' in French (with the no-break spaces French typography wants),
    '€1,250.00' in English."""
    if currency == "EUR" and isinstance(amount, Decimal) and amount.is_finite():
        with contextlib.suppress(InvalidOperation):  # too many digits: babel says so
            return _euros(amount, language)
    from babel.numbers import format_currency  # a twentieth of a second, with its locale data

    locale = "fr_FR" if language == "fr" else "en_GB"
    return str(format_currency(amount, currency, locale=locale))


_GROUP_FR = "\u202f"  # narrow no-break space between thousands (CLDR fr)


def _euros(amount: Decimal, language: str) -> str:
    """Euros exactly as babel writes them (CLDR fr_FR, en_GB), without loading babel: a command
    that shows one amount should not pay for it. tests/test_money_format.py holds it to babel."""
    cents = amount.quantize(CENT, rounding=ROUND_HALF_EVEN)  # babel's rounding
    sign = "-" if cents.is_signed() else ""
    units, _, fraction = f"{abs(cents):f}".partition(".")
    grouped = f"{int(units):,}"
    if language == "fr":
        return f"{sign}{grouped.replace(',', _GROUP_FR)},{fraction}\u00a0€"
    return f"{sign}€{grouped}.{fraction}"
