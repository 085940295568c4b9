"""Digits in a signature are not an invoice number, and a customer never steers another's.

An invoice number matches only as a whole token of its own shape: not inside a phone number,
an IBAN, a SIRET, a date or an amount. And a contact of customer A who names B's invoice is a
stranger to B: a person reads it, B's chase goes on.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from relancebot.classify import classify
from relancebot.classify.invoices import InvoiceMatcher

from .conftest import Firm
from .test_trust_common import FIRST_REMINDERS, Office, office, reply, untouched

__all__ = ["office"]

A, B = "F-2026-0412", "12345"  # Boulangerie Dupont's invoice, Acme's invoice

SIGNATURES = [
    "Marie Dupont\nBoulangerie Dupont\nTél. : 01 23 45 67 89",
    "Marie Dupont\nPhone: +33 1 23 45 67 89 / mobile 06.12.34.56.78",
    "Boulangerie Dupont - SIRET 812 345 678 00012 - IBAN FR76 3000 1234 5000 0000 0012 345",
    "Boulangerie Dupont, 12 rue des Lilas, 75012 Paris\nTél 01.23.45.67.89",
]


def two_customers(office: Office) -> None:
    office.invoices(
        (A, "Boulangerie Dupont", "compta@dupont.fr", "2026-11-02"),
        (B, "Acme SARL", "ap@acme.fr", "2026-11-02"),
    )
    office.tick(FIRST_REMINDERS)


@pytest.mark.parametrize(
    ("words", "signature"),
    [
        ("Bonjour, nous contestons cette facture : le four n'est toujours pas réparé.", 0),
        ("Hello, we dispute this invoice, the work is not finished.", 1),
        ("Bonjour, cette facture ne correspond pas au devis, nous ne la réglerons pas.", 2),
        ("Nous refusons de payer : la prestation n'a jamais été terminée.", 3),
    ],
)
def test_a_signature_never_links_another_customers_invoice(
    office: Office, words: str, signature: int
) -> None:
    two_customers(office)
    office.receive(reply("compta@dupont.fr", f"{words}\n\n--\n{SIGNATURES[signature]}\n"))
    office.tick("2026-11-04T10:00")
    (stored,) = office.replies()
    assert (stored["category"], stored["link_method"]) == ("dispute", "sender")
    assert office.invoice(A)["chase"] == "stopped"  # the customer's own dispute: stopped
    assert untouched(office.invoice(B))  # the other customer's: never touched
    assert [t["invoice_number"] for t in office.tasks()] == [A]


@pytest.mark.parametrize(
    "text",
    [
        f"Bonjour, nous contestons la facture {B} : ce n'est pas notre commande.",
        f"Hello, regarding invoice n° {B}: we already paid it, please stop.",
        f"Facture {B} jamais reçue, merci de me la renvoyer.",
    ],
)
def test_one_customer_naming_anothers_invoice_asks_a_person(office: Office, text: str) -> None:
    two_customers(office)
    office.receive(reply("compta@dupont.fr", text, subject="Votre relance"))
    office.tick("2026-11-04T10:00")
    assert untouched(office.invoice(B)) and untouched(office.invoice(A))
    (task,) = office.tasks()
    assert task["kind"] == "read_reply" and task["invoice_number"] == B
    assert "compta@dupont.fr" in task["summary"]
    (stored,) = office.replies()
    assert "appartient à un autre client" in stored["reasons"]
    assert office.mail_to("compta@dupont.fr")[1:] == []  # no duplicate of B's invoice to A


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tél. 01 23 45 67 89", ()),
        ("+33 1 23 45 67 89", ()),
        ("01.23.45.67.89", ()),
        ("mobile 0612345678", ()),
        ("IBAN FR76 3000 1234 5000 0000 0012 345", ()),
        ("SIRET 812 345 678 00012", ()),
        ("SIRET 81234567800012", ()),
        ("montant 12 345,00 €", ()),
        ("un virement de 12345,00 EUR", ()),
        ("réglé le 12.345", ()),
        ("facture 12345", (B,)),
        ("invoice #12345, thanks", (B,)),
        ("(12345)", (B,)),
        ("la 0412 et la F 2026 0412", (A,)),
        ("la facture 412 est payée", (A,)),
        ("réf. 2026-0412", (A,)),
        ("la F-2026-0412-2 est payée", ()),
        ("n° 123 456", ()),
    ],
)
def test_whole_tokens_of_their_own_shape(text: str, found: tuple[str, ...]) -> None:
    matcher = InvoiceMatcher([A, B, "00123", "2026-118"])
    assert tuple(n for n in matcher.scan([text]) if n in (A, B, "00123")) == found


def test_the_classifier_cli_reads_no_invoice_in_a_signature(firm: Firm, tmp_path: Path) -> None:
    paths = []
    for index, signature in enumerate(SIGNATURES):
        path = tmp_path / f"{index}.eml"
        path.write_bytes(reply("compta@dupont.fr", f"Déjà payé.\n\n--\n{signature}"))
        paths.append(str(path))
    lines = firm.run("classify", *paths).output.splitlines()
    assert [json.loads(line)["invoices"] for line in lines] == [[]] * len(SIGNATURES)
    with_known = classify(reply("x@y.fr", f"Payé.\n--\n{SIGNATURES[0]}"), known_invoices=[B])
    assert with_known.invoices == ()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Bonjour, jamais reçu la facture A-77, renvoyez-la svp.", ("A-77",)),
        ("Pour la A77 c'est réglé", ("A-77",)),
        ("Tél. 01 23 45 67 77", ()),
        ("la A-770 n'est pas à nous", ("A-770",)),  # a token, but not the firm's A-77
    ],
)
def test_a_short_number_of_the_firms_own_is_found_whole(text: str, found: tuple[str, ...]) -> None:
    from relancebot.classify.invoices import InvoiceMatcher

    assert InvoiceMatcher(["A-77", "12345"]).scan([text]) == found
