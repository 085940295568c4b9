"""Naming an invoice number does not make anyone the customer.

Only a contact of the invoice's customer, or an address in its own domain, steers a chase
(pause, stop, promise, resend, new contact). Anyone else informs a person: a task with the
reply, in the digest; the reminders go on to the customer as if nothing had been said.
"""

from __future__ import annotations

import pytest

from .test_trust_common import FIRST_REMINDERS, Office, office, reply, untouched

__all__ = ["office"]

N = "F-2026-0610"
STRANGERS = ["tresorerie@acme-groupe.example", "j.dupuis@gmail.com", "ap@acme.fr.evil.example"]


def acme(office: Office) -> None:
    office.invoices((N, "Acme SARL", "ap@acme.fr", "2026-11-02"))
    office.tick(FIRST_REMINDERS)


PROMISES = [
    f"Bonjour, nous réglerons la facture {N} le 15 juin 2027. Cordialement",
    f"Hello, invoice {N} will be paid on June 15th, 2027. Best regards",
    f"Le virement pour la {N} partira le 15/06/2027, merci de patienter d'ici là.",
]


@pytest.mark.parametrize(("sender", "text"), list(zip(STRANGERS, PROMISES, strict=True)))
def test_a_strangers_promise_holds_nothing(office: Office, sender: str, text: str) -> None:
    acme(office)
    office.receive(reply(sender, text, subject=f"Facture {N}"))
    office.tick("2026-11-04T10:00")
    assert untouched(office.invoice(N))
    (task,) = office.tasks("read_reply")
    assert sender in task["summary"] and "rien n'a été fait" in task["summary"]
    assert task["invoice_number"] == N and task["reply_id"]
    # The chase goes on: the second reminder leaves on its day, to the customer, and no
    # "engagement non tenu" is ever written about a promise the customer never made.
    office.days("2026-11-05", "2026-11-20")
    subjects = [m.message["Subject"] for m in office.mail_to("ap@acme.fr")]
    assert len(subjects) >= 2 and subjects[1].startswith("2e relance")
    assert not [s for s in subjects if "Engagement non tenu" in s]
    assert office.tasks("call_broken_promise") == []
    assert office.customer_mail() == office.mail_to("ap@acme.fr")


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("already_paid", f"Bonjour, la facture {N} a déjà été réglée par virement le 2/11."),
        ("already_paid", f"We already paid invoice {N} last week, please check your account."),
        ("dispute", f"Nous contestons la facture {N} : les travaux ne sont pas terminés."),
        ("dispute", f"Invoice {N} is wrong, the amount does not match the quote. We won't pay."),
        ("payment_difficulty", f"Pour la {N}, nous ne pouvons pas payer en ce moment, désolés."),
        ("wrong_contact", f"Je ne suis plus en charge de la {N}, écrivez à boss@evil.example"),
        ("not_received", f"Jamais reçu la facture {N}, renvoyez-la moi."),
    ],
)
def test_a_stranger_only_informs_a_person(office: Office, category: str, text: str) -> None:
    acme(office)
    office.receive(reply("quelquun@ailleurs.example", text, subject=f"Re: {N}"))
    office.tick("2026-11-04T10:00")
    (stored,) = office.replies()
    assert stored["category"] == category
    row = office.invoice(N)
    assert untouched(row) and row["chase_reason"] == ""
    assert [t["kind"] for t in office.tasks()] == ["read_reply"]
    assert office.contact("boss@evil.example") is None
    assert len(office.customer_mail()) == 1  # the first reminder, nothing since
    assert office.outbox("duplicate") == []
    digest = office.firm.run("digest", now="2026-11-04T10:05").output
    assert "quelquun@ailleurs.example (ni contact ni domaine du client) a écrit" in digest
    assert "Le client a écrit" not in digest


def test_the_same_words_from_the_customer_do_steer(office: Office) -> None:
    acme(office)
    office.receive(reply("Service compta <AP@acme.fr>", PROMISES[0], subject=f"Facture {N}"))
    office.tick("2026-11-04T10:00")
    row = office.invoice(N)
    assert (row["chase"], row["promised_date"]) == ("paused", "2027-06-15")


def test_the_digest_says_the_customer_wrote_only_when_it_did(office: Office) -> None:
    acme(office)
    office.receive(reply("ap@acme.fr", f"Nous contestons la facture {N} : travaux non finis."))
    office.tick("2026-11-04T10:00")
    assert "Le client a écrit le 04/11" in office.firm.run("digest", now="2026-11-04T10:05").output


def test_a_colleague_at_the_customers_domain_steers(office: Office) -> None:
    acme(office)
    office.receive(reply("direction@acme.fr", PROMISES[1], subject=f"Invoice {N}"))
    office.tick("2026-11-04T10:00")
    assert office.invoice(N)["chase"] == "paused"


def test_answering_our_reminder_is_not_enough(office: Office) -> None:
    """A reminder forwarded outside the company (or a leaked Message-ID): the reference says
    what the reply is about, not who wrote it."""
    acme(office)
    office.receive(
        reply(
            "inconnu@cabinet-x.example",
            "Nous payons le 15 juin 2027.",
            in_reply_to=office.reminder_id(N),
        )
    )
    office.tick("2026-11-04T10:00")
    assert untouched(office.invoice(N))
    assert [t["kind"] for t in office.tasks()] == ["read_reply"]
