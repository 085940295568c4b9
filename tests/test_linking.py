"""Linking a reply to its invoices: references, invoice number, sender, domain; forgeries refused.

The firm is real: invoices imported through the CLI, reminders sent by a tick (to the local
outbox Maildir), their signed Message-IDs read back from the store.
"""

from __future__ import annotations

from email.utils import make_msgid

import pytest

from relancebot.app import App
from relancebot.classify import classify
from relancebot.config import load_settings
from relancebot.inbox.linking import Link, is_public_domain, link_reply
from relancebot.store.replies import open_invoice_numbers

from .conftest import Firm

SENT_AT = "2026-11-03T09:30"  # the first reminders leave then (due 2 November)
NOW_AFTER = "2026-11-05T10:00"


def seed(firm: Firm) -> None:
    """Three customers, four invoices; the first reminders sent."""
    for number in ("F-2026-0412", "F-2026-0413", "F-2026-0420", "F-2026-0430"):
        firm.pdf(number)
    firm.csv(
        "factures.csv",
        """\
        number,client,email,amount,issue_date,due_date,pdf
        F-2026-0412,Boulangerie Dupont,compta@dupont.fr,1250.00,2026-10-02,2026-11-02,factures/F-2026-0412.pdf
        F-2026-0413,Boulangerie Dupont,compta@dupont.fr,120.00,2026-10-03,2026-11-02,factures/F-2026-0413.pdf
        F-2026-0420,Acme SARL,ap@acme.fr,3600.00,2026-10-10,2026-11-02,factures/F-2026-0420.pdf
        F-2026-0430,Jean Martin,jean.martin@gmail.com,600.00,2026-10-02,2026-11-02,factures/F-2026-0430.pdf
        """,
    )
    firm.run("import-invoices", str(firm.root / "factures.csv"), now="2026-11-02T07:00")
    firm.run("tick", now=SENT_AT)


def app_of(firm: Firm) -> App:
    return App(load_settings(firm.config, explicit=True))


def reminder_id(app: App, invoice: str) -> str:
    row = app.db.execute(
        "SELECT o.message_id FROM outbox o JOIN reminders r ON r.outbox_id = o.id"
        " WHERE r.invoice_number = ? ORDER BY o.id DESC",
        [invoice],
    ).fetchone()
    assert row, f"no reminder sent for {invoice}"
    return str(row[0])


def reply(
    sender: str,
    body: str,
    *,
    subject: str = "Re: votre relance",
    in_reply_to: str = "",
    message_id: str = "",
) -> bytes:
    """A customer's answer as their mail client writes it."""
    head = [
        f"From: {sender}",
        "To: relances@atelier-morel.fr",
        f"Subject: {subject}",
        f"Message-ID: {message_id or make_msgid(domain='client.example')}",
        "Date: Wed, 04 Nov 2026 10:12:00 +0100",
        "Content-Type: text/plain; charset=utf-8",
    ]
    if in_reply_to:
        head += [f"In-Reply-To: {in_reply_to}", f"References: {in_reply_to}"]
    return ("\r\n".join(head) + "\r\n\r\n" + body + "\r\n").encode()


def bounce(failed: str, original_id: str = "") -> bytes:
    returned = f"Message-ID: {original_id}\r\n" if original_id else ""
    return (
        "From: MAILER-DAEMON@mx.example.net\r\nTo: relances@atelier-morel.fr\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
        f"Message-ID: {make_msgid(domain='mx.example.net')}\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nThe mail system: user unknown\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx\r\n\r\n"
        f"Final-Recipient: rfc822; {failed}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        f"--B\r\nContent-Type: text/rfc822-headers\r\n\r\n{returned}"
        "Subject: Relance\r\n--B--\r\n"
    ).encode()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Firm:
    firm = Firm(tmp_path_factory.mktemp("linking") / "firm")
    firm.root.mkdir()
    firm.write_config()
    seed(firm)
    return firm


def link(firm: Firm, raw: bytes) -> Link:
    app = app_of(firm)
    c = classify(raw, known_invoices=open_invoice_numbers(app.db))
    return link_reply(app.db, app.secret, c)


def test_by_references_covers_the_whole_reminder(seeded: Firm) -> None:
    mid = reminder_id(app_of(seeded), "F-2026-0412")
    got = link(
        seeded, reply("secretariat@autre-adresse.fr", "Bien reçu, nous regardons.", in_reply_to=mid)
    )
    assert got == Link("references", ("F-2026-0412", "F-2026-0413"), "boulangerie-dupont")


def test_by_references_narrowed_to_the_invoice_named(seeded: Firm) -> None:
    mid = reminder_id(app_of(seeded), "F-2026-0413")
    got = link(
        seeded,
        reply("compta@dupont.fr", "La facture F-2026-0412 a été réglée hier.", in_reply_to=mid),
    )
    assert (got.method, got.invoices) == ("references", ("F-2026-0412",))


def test_forged_reference_is_refused(seeded: Firm) -> None:
    real = reminder_id(app_of(seeded), "F-2026-0420")
    forged = real[:-20] + ("0" if real[-20] != "0" else "1") + real[-19:]  # signature altered
    got = link(seeded, reply("escroc@inconnu.example", "Déjà payé.", in_reply_to=forged))
    assert got.method == "none" and got.invoices == ()
    assert any("refusée" in note for note in got.notes)
    # From a known customer, the forged reference is ignored and the sender still links.
    got = link(seeded, reply("ap@acme.fr", "Déjà payé.", in_reply_to=forged))
    assert (got.method, got.invoices) == ("sender", ("F-2026-0420",))


def test_by_invoice_number(seeded: Firm) -> None:
    got = link(
        seeded,
        reply(
            "inconnu@ailleurs.example",
            "Notre virement pour la facture F-2026-0420 est parti.",
            subject="Paiement",
        ),
    )
    assert got == Link("invoice_number", ("F-2026-0420",), "acme-sarl")


def test_by_sender_then_by_domain(seeded: Firm) -> None:
    got = link(seeded, reply("Compta Dupont <COMPTA@dupont.fr>", "Nous payons le 15."))
    assert (got.method, got.invoices) == ("sender", ("F-2026-0412", "F-2026-0413"))
    got = link(seeded, reply("direction@dupont.fr", "Je m'en occupe."))
    assert got == Link("domain", ("F-2026-0412", "F-2026-0413"), "boulangerie-dupont")


def test_public_webmail_never_links_by_domain(seeded: Firm) -> None:
    got = link(seeded, reply("pierre.durand@gmail.com", "Je vous ai déjà payé."))
    assert (got.method, got.invoices) == ("none", ())
    assert any("domaine public gmail.com" in note for note in got.notes)
    got = link(seeded, reply("jean.martin@gmail.com", "Je vous ai déjà payé."))
    assert (got.method, got.invoices) == ("sender", ("F-2026-0430",))


def test_bounce_links_by_original_id_or_failed_address(seeded: Firm) -> None:
    mid = reminder_id(app_of(seeded), "F-2026-0420")
    got = link(seeded, bounce("ap@acme.fr", mid))
    assert (got.method, got.invoices) == ("references", ("F-2026-0420",))
    got = link(seeded, bounce("compta@dupont.fr"))
    assert (got.method, got.invoices) == ("sender", ("F-2026-0412", "F-2026-0413"))
    got = link(seeded, bounce("quelquun@dupont.fr"))  # a bounce never links by domain
    assert got.method == "none"


@pytest.mark.parametrize(
    ("domain", "public"),
    [
        ("gmail.com", True),
        ("orange.fr", True),
        ("wanadoo.fr", True),
        ("free.fr", True),
        ("hotmail.fr", True),
        ("outlook.com", True),
        ("yahoo.co.uk", True),
        ("laposte.net", True),
        ("icloud.com", True),
        ("sfr.fr", True),
        ("dupont.fr", False),
        ("orange-bleue.fr", False),
    ],
)
def test_public_domains(domain: str, public: bool) -> None:
    assert is_public_domain(domain) is public
