"""RF creditor references (ISO 11649): made from an invoice number, found in a statement."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relancebot.core.creditor_reference import (
    creditor_reference,
    found_references,
    is_valid,
    printed,
)
from relancebot.errors import InvalidValue


def test_the_standards_example_checks_out() -> None:
    assert is_valid("RF18539007547034")
    assert is_valid("RF18 5390 0754 7034")
    assert not is_valid("RF19539007547034")  # one check digit off
    assert not is_valid("RF18539007547035")  # one digit of the reference off


def test_an_invoice_numbers_reference() -> None:
    reference = creditor_reference("F-2026-0420")
    assert reference == "RF48F20260420"
    assert printed(reference) == "RF48 F202 6042 0"


def test_a_number_too_long_or_empty_has_none() -> None:
    with pytest.raises(InvalidValue, match="1 à 21"):
        creditor_reference("FACTURE-2026-000000000000042")
    with pytest.raises(InvalidValue):
        creditor_reference("--")


@given(st.text(alphabet="ABCDEFGHJKMNPQRSTVWXYZ0123456789-/ ", min_size=1, max_size=30))
def test_every_reference_made_is_valid_and_found_again(number: str) -> None:
    try:
        reference = creditor_reference(number)
    except InvalidValue:
        return
    assert is_valid(reference)
    assert found_references(f"VIR SEPA {printed(reference)} MERCI") == [reference]


def test_found_in_what_banks_write() -> None:
    assert found_references("VIR SEPA ref RF18 5390 0754 7034 merci") == ["RF18539007547034"]
    assert found_references("rf48f20260420/FACT") == ["RF48F20260420"]
    assert found_references("RF48F20260420 RF18539007547034") == [
        "RF48F20260420",
        "RF18539007547034",
    ]
    # A mistyped reference names nothing: no certainty from a typo.
    assert found_references("RF19539007547034") == []
    assert found_references("REFERENCE CLIENT 1234") == []


def test_a_word_after_a_printed_reference_is_not_its_end() -> None:
    # "RF22RC7MERCI" passes the check digits too, by chance: the grouping tells.
    reference = creditor_reference("RC7")
    assert reference == "RF22RC7"
    assert is_valid("RF22RC7MERCI")
    assert found_references(f"VIR SEPA {printed(reference)} MERCI") == [reference]
    assert found_references(f"VIR SEPA {reference} MERCI") == [reference]
