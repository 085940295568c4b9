"""Matching a bank credit to invoices (relancebot.core.matching), rule by rule, each with its
near misses: pure, so every case is a table row or a few lines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from relancebot.core.creditor_reference import creditor_reference
from relancebot.core.ledger import Invoice, Ledger, Payer, Verdict, spread
from relancebot.core.matching import match_credit, payer_label
from relancebot.core.payer_names import fold_name, resembles
from relancebot.core.remittance import NumberIndex
from relancebot.importing.statements import StatementLine

D = Decimal


def invoice(
    number: str,
    outstanding: str,
    customer: str = "acme",
    name: str = "Acme SARL",
    issued: str = "2026-10-01",
    currency: str = "EUR",
) -> Invoice:
    return Invoice(number, customer, name, dt.date.fromisoformat(issued), D(outstanding), currency)


def credit(amount: str, text: str = "", **fields: str) -> StatementLine:
    return StatementLine("ligne 2", dt.date(2026, 11, 5), D(amount), remittance=text, **fields)


BOOK = [
    invoice("F-2026-0418", "300.00", issued="2026-09-15"),
    invoice("F-2026-0420", "1250.00"),
    invoice("F-2026-0421", "480.00", issued="2026-10-02"),
    invoice("F-2026-04201", "99.00", "dupont", "Boulangerie Dupont"),
    invoice("2026-0500", "75.00", "dupont", "Boulangerie Dupont"),
    invoice("F-2026-0430", "640.00", "lefevre", "Studio Lefèvre"),
    invoice("F-2026-0431", "640.00", "lefevre", "Studio Lefèvre", issued="2026-10-05"),
    invoice("F-2026-0399", "0.00", "lefevre", "Studio Lefèvre"),
    invoice("U-2026-0007", "500.00", "globex", "Globex Ltd", currency="USD"),
]


def ledger(payers: tuple[Payer, ...] = ()) -> Ledger:
    return Ledger(BOOK, payers)


# --- Invoice numbers and references in a remittance -------------------------------------------


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("VIR SEPA ACME F-2026-0420 MERCI", ["F-2026-0420"]),
        ("F2026-0420", ["F-2026-0420"]),
        ("f 2026 0420", ["F-2026-0420"]),
        ("PAIEMENT FACT. F-2026-420", ["F-2026-0420"]),  # its padding left out
        ("FACTURES F-2026-0420/0421", ["F-2026-0420", "F-2026-0421"]),
        ("F-2026-0420 ET 0421", ["F-2026-0420", "F-2026-0421"]),
        ("F-2026-04201", ["F-2026-04201"]),  # the longer number, not the one inside it
        ("REGLEMENT 2026-0500", ["2026-0500"]),
        (f"REF {creditor_reference('F-2026-0418')}", ["F-2026-0418"]),
        (creditor_reference("F-2026-0418")[:4] + " F202 6041 8", ["F-2026-0418"]),
    ],
)
def test_numbers_and_references_found(text: str, named: list[str]) -> None:
    assert [n.number for n in NumberIndex(i.number for i in BOOK).named_in(text)] == named


@pytest.mark.parametrize(
    "text",
    [
        "XF-2026-0420",  # glued to a longer word
        "F-2026-0420-2",  # a longer number
        "F-2026-042",  # a shorter one
        "F-2026-04205",
        "AF-2026-0420 B",
        "F-2026-0500",  # "2026-0500" inside another number
        "RF99F20260418",  # an RF reference whose check digits are wrong names nothing
        "RF05 F202 6041 9",
        "TEL 01 2026 0500 45",  # one group of a chain of digits
    ],
)
def test_near_misses_name_nothing(text: str) -> None:
    assert NumberIndex(i.number for i in BOOK).named_in(text) == []


def test_a_short_number_of_digits_needs_saying_so() -> None:
    index = NumberIndex(["4207"])
    assert index.named_in("VIR DUPONT 4207 EUR") == []  # an amount, a postcode...
    assert [n.number for n in index.named_in("FACT 4207")] == ["4207"]
    assert [n.number for n in index.named_in("n° 4207")] == ["4207"]


def test_two_numbers_differing_only_by_padding_need_the_exact_spelling() -> None:
    index = NumberIndex(["F-42", "F-042"])
    assert [n.number for n in index.named_in("F-042")] == ["F-042"]
    assert [n.number for n in index.named_in("F-42")] == ["F-42"]
    assert index.named_in("F-0042") == []  # either of them: neither is named


# --- Rule 1: named invoices -------------------------------------------------------------------


def test_one_invoice_named_is_certain() -> None:
    match = match_credit(credit("1250.00", "VIR ACME F2026-0420"), ledger())
    assert match.verdict is Verdict.CERTAIN
    assert match.allocation == (("F-2026-0420", D("1250.00")),)
    assert match.reason == "numéro F-2026-0420 dans le libellé"
    assert match.customer_id == "acme"


def test_a_partial_payment_is_certain_and_says_what_is_left() -> None:
    match = match_credit(credit("250.00", "ACOMPTE F-2026-0420"), ledger())
    assert match.verdict is Verdict.CERTAIN
    assert match.allocation == (("F-2026-0420", D("250.00")),)
    assert "paiement partiel, reste dû 1\u202f000,00\u00a0€" in match.reason


def test_an_overpayment_is_applied_and_noted() -> None:
    match = match_credit(credit("1300.00", "F-2026-0420"), ledger())
    assert match.verdict is Verdict.CERTAIN
    assert match.allocation == (("F-2026-0420", D("1300.00")),)
    assert match.overpaid == D("50.00")
    assert "trop-perçu de 50,00\u00a0€" in match.reason


def test_the_end_to_end_id_and_an_rf_reference_count() -> None:
    e2e = match_credit(credit("300.00", "", end_to_end="F-2026-0418"), ledger())
    assert e2e.verdict is Verdict.CERTAIN
    assert "dans l'identifiant de bout en bout" in e2e.reason
    rf = creditor_reference("F-2026-0418")
    by_rf = match_credit(credit("300.00", f"VIREMENT {rf}"), ledger())
    assert by_rf.verdict is Verdict.CERTAIN
    assert by_rf.reason == f"référence {rf} dans le libellé"


def test_a_bad_rf_check_digit_is_no_reference() -> None:
    match = match_credit(credit("300.00", "RF99F20260418"), ledger())
    assert match.verdict is not Verdict.CERTAIN
    assert "référence" not in match.reason


def test_several_named_adding_up_exactly_are_certain() -> None:
    match = match_credit(credit("1730.00", "FACT F-2026-0420 F-2026-0421"), ledger())
    assert match.verdict is Verdict.CERTAIN
    assert match.allocation == (("F-2026-0420", D("1250.00")), ("F-2026-0421", D("480.00")))


def test_several_named_not_adding_up_are_probable_oldest_first() -> None:
    match = match_credit(credit("1500.00", "F-2026-0421 / F-2026-0418 / F-2026-0420"), ledger())
    assert match.verdict is Verdict.PROBABLE
    # F-0418 (15 September) first, then F-0420 (1 October), then F-0421 (2 October).
    assert match.allocation == (
        ("F-2026-0418", D("300.00")),
        ("F-2026-0420", D("1200.00")),
    )
    assert "ne font pas" in match.reason


def test_a_credit_naming_a_paid_invoice_is_for_a_person() -> None:
    match = match_credit(credit("640.00", "F-2026-0399"), ledger())
    assert match.verdict is Verdict.PROBABLE  # not put on F-0430 for its amount
    assert "déjà soldée" in match.reason


def test_a_credit_in_another_currency_pays_nothing() -> None:
    usd = match_credit(credit("1250.00", "F-2026-0420", currency="USD"), ledger())
    assert usd.verdict is Verdict.NONE
    assert "le virement est en USD et la facture en EUR" in usd.reason
    eur = match_credit(credit("500.00", "U-2026-0007"), ledger())
    assert eur.verdict is Verdict.NONE
    amount_only = match_credit(credit("500.00", "VIR GLOBEX"), ledger())
    assert amount_only.verdict is Verdict.NONE  # the USD invoice is not "exactly 500 €"


# --- Rule 2: a learned IBAN -------------------------------------------------------------------

IBAN = "FR7630006000011234567890189"
ACME_IBAN = (Payer("acme", "iban", IBAN),)


def test_a_known_iban_and_an_exact_amount_are_certain() -> None:
    match = match_credit(credit("480.00", "VIREMENT", payer_iban=IBAN), ledger(ACME_IBAN))
    assert match.verdict is Verdict.CERTAIN
    assert match.allocation == (("F-2026-0421", D("480.00")),)
    assert match.reason == "IBAN FR76…0189 connu pour Acme SARL, montant exact de F-2026-0421"


def test_a_known_iban_without_the_exact_amount_is_probable() -> None:
    match = match_credit(credit("1000.00", "VIREMENT", payer_iban=IBAN), ledger(ACME_IBAN))
    assert match.verdict is Verdict.PROBABLE
    assert match.allocation == (("F-2026-0418", D("300.00")), ("F-2026-0420", D("700.00")))


def test_a_known_iban_and_two_invoices_of_that_amount_is_probable() -> None:
    payers = (Payer("lefevre", "iban", IBAN),)
    match = match_credit(credit("640.00", "", payer_iban=IBAN), ledger(payers))
    assert match.verdict is Verdict.PROBABLE
    assert match.allocation == (("F-2026-0430", D("640.00")),)  # the oldest
    assert "2 factures de 640,00\u00a0€" in match.reason


def test_an_unknown_iban_is_no_evidence() -> None:
    match = match_credit(credit("480.00", "", payer_iban="DE89370400440532013000"), ledger())
    assert match.verdict is not Verdict.CERTAIN


# --- Rule 3: a name, never certain ------------------------------------------------------------


def test_a_learned_name_with_the_exact_amount_is_only_probable() -> None:
    payers = (Payer("acme", "name", fold_name("ACME SARL")),)
    match = match_credit(credit("480.00", "", payer_name="ACME SARL"), ledger(payers))
    assert match.verdict is Verdict.PROBABLE
    assert match.allocation == (("F-2026-0421", D("480.00")),)
    assert "déjà vu pour Acme SARL" in match.reason


def test_a_resembling_name_is_only_probable() -> None:
    match = match_credit(credit("480.00", "VIR", payer_name="S.A.R.L. ACME"), ledger())
    assert match.verdict is Verdict.PROBABLE
    assert match.allocation == (("F-2026-0421", D("480.00")),)
    assert "proche du client Acme SARL" in match.reason


@pytest.mark.parametrize(
    ("customer", "payer", "alike"),
    [
        ("Acme SARL", "ACME", True),
        ("Boulangerie Dupont", "BOULANGERIE DUPONT SAS", True),
        ("Studio Lefèvre", "M. OU MME LEFEVRE STUDIO", True),
        ("Atelier Morel Menuiserie Générale", "ATELIER MOREL MENUISER", True),  # cut short
        ("Acme SARL", "ACME INDUSTRIE", False),  # one short word in common
        ("Boulangerie Dupont", "DUPONT JEAN", False),
        ("Garage Martin", "MARTINEZ", False),
        ("SARL", "SARL", False),  # nothing left but the legal form
    ],
)
def test_names_resemble(customer: str, payer: str, alike: bool) -> None:
    assert resembles(customer, payer) is alike


# --- Rule 4: the amount alone -----------------------------------------------------------------


def test_one_invoice_of_that_amount_is_probable() -> None:
    match = match_credit(credit("75.00", "VIR INST", payer_name="J DURAND"), ledger())
    assert match.verdict is Verdict.PROBABLE
    assert match.allocation == (("2026-0500", D("75.00")),)
    assert "seule facture ouverte de ce montant" in match.reason


def test_two_invoices_of_the_same_amount_match_nothing() -> None:
    match = match_credit(credit("640.00", "VIR INST", payer_name="J DURAND"), ledger())
    assert match.verdict is Verdict.NONE
    assert "2 factures ouvertes de 640,00\u00a0€ (F-2026-0430, F-2026-0431)" in match.reason


def test_nothing_at_all() -> None:
    match = match_credit(credit("12.34", "REMBOURSEMENT"), ledger())
    assert match.verdict is Verdict.NONE
    assert match.reason.startswith("aucun numéro de facture ni référence, payeur inconnu")


# --- The ledger after a credit ----------------------------------------------------------------


def test_a_statement_is_matched_line_after_line() -> None:
    book = ledger()
    first = match_credit(credit("250.00", "F-2026-0420"), book)
    book = book.paid(first.allocation).learned("acme", IBAN, "ACME SARL")
    assert book.invoices["F-2026-0420"].outstanding == D("1000.00")
    second = match_credit(credit("1000.00", "VIR", payer_iban=IBAN), book)
    assert second.verdict is Verdict.CERTAIN
    assert second.allocation == (("F-2026-0420", D("1000.00")),)


def test_spread_puts_the_rest_on_the_last() -> None:
    allocation, over = spread(D("500.00"), [BOOK[0], BOOK[2]])
    assert allocation == (("F-2026-0418", D("300.00")), ("F-2026-0421", D("200.00")))
    assert over == 0
    allocation, over = spread(D("900.00"), [BOOK[0], BOOK[2]])
    assert allocation == (("F-2026-0418", D("300.00")), ("F-2026-0421", D("600.00")))
    assert over == D("120.00")


def test_what_a_bank_wrote_is_printed_plain() -> None:
    assert payer_label("ACME\x1b[31m SARL\u202e\n\x1b]8;;http://x\x07") == "ACME SARL"
    assert payer_label("A" * 70, 60) == "A" * 60 + "…"
