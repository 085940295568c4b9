"""The sender is the address itself, never the display name; a new contact outside the
customer's domain is flagged as such to the person who confirms it."""

from __future__ import annotations

import base64

import pytest

from relancebot.classify import classify

from .test_trust_common import FIRST_REMINDERS, Office, office, reply, untouched

__all__ = ["office"]

N = "F-2026-0700"
ATTACKER = "attacker@evil.example"
B64 = base64.b64encode(b"compta@client.fr").decode()

DISGUISES = [
    f"=?utf-8?q?compta=40client=2Efr?= <{ATTACKER}>",
    f"=?UTF-8?B?{B64}?= <{ATTACKER}>",
    f'"compta@client.fr" <{ATTACKER}>',
    f"compta@client.fr <{ATTACKER}>",
    f"Compta (compta@client.fr) <{ATTACKER}>",
]
REDIRECTS = [
    f"Bonjour, je ne m'occupe plus de la comptabilité. Merci d'écrire désormais à {ATTACKER}.",
    f"Hello, I have left the company. Please send invoice {N} to {ATTACKER} from now on.",
    "La personne en charge des factures est maintenant factures@client-fr.example, merci"
    " de lui écrire.",
    f"Bonjour, merci d'adresser dorénavant vos relances à {ATTACKER}.",
    f"Please write to {ATTACKER} instead, I no longer handle the accounts.",
]


def client(office: Office) -> None:
    office.invoices((N, "Client SA", "compta@client.fr", "2026-11-02"))
    office.tick(FIRST_REMINDERS)


@pytest.mark.parametrize(("disguise", "text"), list(zip(DISGUISES, REDIRECTS, strict=True)))
def test_a_display_name_is_not_the_sender(office: Office, disguise: str, text: str) -> None:
    client(office)
    office.receive(reply(disguise, text, subject=f"Facture {N}"))
    office.tick("2026-11-04T10:00")
    (stored,) = office.replies()
    assert stored["sender"] == ATTACKER
    assert stored["category"] == "wrong_contact"
    assert untouched(office.invoice(N))
    assert office.contact(ATTACKER) is None  # not even suggested
    (task,) = office.tasks()
    assert task["kind"] == "read_reply"
    assert ATTACKER in task["summary"] and "hors du domaine du client" in task["summary"]
    assert office.contact("factures@client-fr.example") is None
    digest = office.firm.run("digest", now="2026-11-04T10:05").output
    assert "hors du domaine du client" in digest
    office.days("2026-11-05", "2026-11-20")
    assert office.mail_to(ATTACKER) == []


@pytest.mark.parametrize("disguise", DISGUISES)
def test_classify_reads_the_addr_spec(disguise: str) -> None:
    assert classify(reply(disguise, "Déjà payé.")).sender == ATTACKER


@pytest.mark.parametrize(
    ("text", "address", "flagged"),
    [
        ("Je pars à la retraite, écrivez à paul.martin@gmail.com désormais.",
         "paul.martin@gmail.com", True),
        ("I'm no longer in charge, please contact p.martin@cabinet-roux.example.",
         "p.martin@cabinet-roux.example", True),
        ("Merci d'écrire désormais à fournisseurs@client.fr, je ne gère plus les factures.",
         "fournisseurs@client.fr", False),
    ],
)  # fmt: skip
def test_a_new_contact_outside_the_domain_is_flagged(
    office: Office, text: str, address: str, flagged: bool
) -> None:
    client(office)
    office.receive(reply("compta@client.fr", text, in_reply_to=office.reminder_id(N)))
    office.tick("2026-11-04T10:00")
    assert office.invoice(N)["chase"] == "paused"  # the real contact: the chase waits
    (task,) = office.tasks("confirm_contact")
    assert address in task["summary"]
    assert ("hors du domaine du client" in task["summary"]) is flagged
    digest = office.firm.run("digest", now="2026-11-04T10:05").output
    assert ("hors du domaine du client" in digest) is flagged


@pytest.mark.parametrize(
    "cc",
    [
        "=?utf-8?q?boss=40acme=2Efr?= <attacker@evil.example>",
        '"boss@acme.fr" <attacker@evil.example>',
        "=?utf-8?b?" + base64.b64encode(b"boss@acme.fr").decode() + "?= <attacker@evil.example>",
    ],
)
def test_a_copied_address_is_its_addr_spec_too(cc: str) -> None:
    """A redirection to "the person in copy" names the address copied, not its display name."""
    raw = (
        "From: Compta Acme <ap@acme.fr>\r\nTo: relances@atelier-morel.fr\r\n"
        f"Cc: {cc}\r\nSubject: Re: Facture F-2026-0610\r\nMessage-ID: <cc1@acme.fr>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Bonjour, je ne m'occupe plus de ce dossier, voyez avec la personne en copie.\r\n"
    ).encode()
    result = classify(raw)
    assert result.category == "wrong_contact"
    assert result.new_contact == "attacker@evil.example"
