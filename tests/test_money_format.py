"""Euros are written without babel, exactly as babel writes them (CLDR fr_FR and en_GB)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

from relancebot.core.money import format_money

LOCALES = {"fr": "fr_FR", "en": "en_GB", "de": "en_GB"}  # any other language: English


@pytest.mark.parametrize(
    "amount",
    [
        "0",
        "-0",
        "1250",
        "1250.5",
        "-1250.5",
        "0.005",  # halves round to even, as babel does
        "0.015",
        "0.025",
        "-0.001",
        "12.345",
        "1E+3",
        "1234567.891",
        "999999999999.99",
        "1E+20",
    ],
)
@pytest.mark.parametrize("language", sorted(LOCALES))
def test_like_babel(amount: str, language: str) -> None:
    value = Decimal(amount)
    assert format_money(value, "EUR", language) == format_currency(
        value, "EUR", locale=LOCALES[language]
    )


@given(
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15),
    st.sampled_from(sorted(LOCALES)),
)
def test_like_babel_for_any_amount(value: Decimal, language: str) -> None:
    assert format_money(value, "EUR", language) == format_currency(
        value, "EUR", locale=LOCALES[language]
    )


def test_other_currencies_still_go_through_babel() -> None:
    assert format_money(Decimal("1250"), "USD") == format_currency(
        Decimal("1250"), "USD", locale="fr_FR"
    )
