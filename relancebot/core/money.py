"""Money as Decimal, parsed from what accounting exports write and formatted the French way."""

from __future__ import annotations

import contextlib
import re
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
# Under a thousand billion: no invoice comes near, and sums of many stay exact to the cent
# (Decimal keeps 28 digits; a 40-digit amount could not even be rounded to the cent).
MAX_AMOUNT = Decimal("999999999999.99")

# Spaces used as thousands separators by spreadsheets: plain, no-break, narrow no-break, thin.
_GROUP_SPACES = re.compile(r"[ \u00a0\u202f\u2009']")
_CURRENCY_MARKS = re.compile(r"(€|EUR|euros?|\$|USD|£|GBP|CHF|TTC|HT)", re.IGNORECASE)


class AmountError(ValueError):
    """An amount that cannot be read as money."""


def parse_amount(text: str) -> Decimal:
    """Read "1 250,00 €", "1250.5", "1.250,00", "EUR 1,250.00" as a Decimal rounded to the cent.

    A comma alone is the decimal mark (French); with both marks, the last one is the decimal mark.
    """
    cleaned = _CURRENCY_MARKS.sub("", text.strip())
    cleaned = _GROUP_SPACES.sub("", cleaned)
    if not cleaned:
        raise AmountError(f"montant vide : {text!r}")
    if "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        if cleaned.count(",") > 1:
            raise AmountError(f"montant illisible : {text!r}")
        cleaned = cleaned.replace(",", ".")
    elif cleaned.count(".") > 1:
        cleaned = cleaned.replace(".", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise AmountError(f"montant illisible : {text!r}")
    try:
        value: Decimal | None = Decimal(cleaned).quantize(CENT, rounding=ROUND_HALF_UP)
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
