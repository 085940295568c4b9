"""Invoice numbers and date expressions."""

from __future__ import annotations

import datetime

import pytest

from relancebot.classify import classify
from relancebot.classify.dates import promised_date
from relancebot.classify.invoices import InvoiceMatcher, find_invoice_tokens
from relancebot.classify.text import fold
from tests.classify_cases.build import make_reply

REF = datetime.date(2026, 11, 18)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 15", "2026-11-15"), ("le 25", "2026-11-25"), ("le 15/12", "2026-12-15"),
        ("15 décembre", "2026-12-15"), ("vendredi prochain", "2026-11-20"),
        ("fin du mois", "2026-11-30"), ("sous huitaine", "2026-11-26"),
        ("la semaine prochaine", "2026-11-23"), ("next Friday", "2026-11-20"),
        ("by the end of the month", "2026-11-30"), ("on the 15th", "2026-12-15"),
        ("demain", "2026-11-19"), ("le 5 janvier", "2027-01-05"), ("fin janvier", "2027-01-31"),
        ("December 3rd", "2026-12-03"), ("dans 10 jours", "2026-11-28"),
    ],
)  # fmt: skip
def test_date_expressions(text: str, expected: str) -> None:
    if text == "le 15":
        expected = "2026-12-15"  # a day already past this month means next month
    found = promised_date(fold("nous paierons " + text), REF)
    assert found is not None and found.value.isoformat() == expected


def test_invoice_date_is_not_a_promise() -> None:
    found = promised_date(fold("la facture du 2 octobre sera payée le 30 novembre"), REF)
    assert found is not None and found.value == datetime.date(2026, 11, 30)


def test_invoice_tokens() -> None:
    text = (
        "F-2026-0412, FA-2026-118, FAC2026/0042, INV-00123, facture 2026-0412, tél 01 23 45 67 89"
    )
    assert find_invoice_tokens(text) == ["F-2026-0412", "FA-2026-118", "FAC2026/0042", "INV-00123"]


def test_known_invoices_canonical_spelling() -> None:
    matcher = InvoiceMatcher(["F-2026-0412", "F-2026-0099"])
    assert matcher.scan(["nous avons payé la f2026/0412 et la facture 0099"]) == (
        "F-2026-0412", "F-2026-0099",
    )  # fmt: skip


def test_own_mentions_first_then_quoted() -> None:
    result = classify(make_reply("Payée avec la FA-2026-0398 le 3."))
    assert result.invoices[0] == "FA-2026-0398"
    only_quoted = classify(make_reply("Payée le 3.", subject="RE: ok"))
    assert only_quoted.invoices == ("F-2026-0412",)
