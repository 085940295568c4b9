"""Addresses beyond ASCII, accepted at import, really leave: an internationalised domain in its
IDNA form (headers and envelope), a non-ASCII local part with SMTPUTF8 (RFC 6531/6532), or a
clean failure for good when the server does not offer it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller

from relancebot.outgoing.compose import wire_address

from .conftest import Firm
from .import_helpers import FIRST_REMINDER, HEAD, line, message, query, sending_to
from .servers.smtp import RecordingHandler, SmtpServer, free_port

CAFE = "compta@xn--caf-dupont-d7a.fr"


@pytest.fixture
def ascii_only() -> Iterator[SmtpServer]:
    """A server without SMTPUTF8 (aiosmtpd offers it unless told not to)."""
    handler, port = RecordingHandler(), free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, enable_SMTPUTF8=False)
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", port, handler, controller)
    finally:
        controller.stop(no_assert=True)


def import_one(firm: Firm, address: str) -> None:
    firm.pdf("F-1")
    firm.csv("f.csv", f"{HEAD}\n{line('F-1', 'Café Dupont', address)}\n")
    firm.run("import-invoices", str(firm.root / "f.csv"))


@pytest.mark.parametrize(
    ("address", "wire"),
    [
        ("compta@café-dupont.fr", CAFE),
        ("compta@dupont.fr", "compta@dupont.fr"),
        ("rené@café-dupont.fr", "rené@xn--caf-dupont-d7a.fr"),  # the local part needs SMTPUTF8
        ("paiements@straße.de", "paiements@xn--strae-oqa.de"),  # IDNA 2008: ß is kept
    ],
)
def test_wire_addresses(address: str, wire: str) -> None:
    assert wire_address(address) == wire


@pytest.mark.parametrize("server", ["smtp_server", "ascii_only"])
def test_an_accented_domain_goes_in_its_idna_form(
    firm: Firm, server: str, request: pytest.FixtureRequest
) -> None:
    smtp: SmtpServer = request.getfixturevalue(server)
    sending_to(firm, smtp)
    import_one(firm, "Compta@Café-Dupont.fr")
    assert query(firm, "SELECT email FROM contacts") == [(CAFE,)]  # as servers route it
    firm.run("tick", now=FIRST_REMINDER)
    (sent,) = smtp.to_customers
    assert sent.rcpt_tos == [CAFE]
    assert sent.raw.isascii()  # no SMTPUTF8 needed: any server carries it
    assert message(sent)["To"] == CAFE
    assert query(firm, "SELECT state FROM outbox WHERE kind = 'reminder'") == [("sent",)]


def test_an_accented_local_part_goes_with_smtputf8(firm: Firm, smtp_server: SmtpServer) -> None:
    sending_to(firm, smtp_server)
    import_one(firm, "rené@café-dupont.fr")
    firm.run("tick", now=FIRST_REMINDER)
    (sent,) = smtp_server.to_customers
    assert sent.rcpt_tos == ["rené@xn--caf-dupont-d7a.fr"]
    assert b"To: ren\xc3\xa9@xn--caf-dupont-d7a.fr\r\n" in sent.raw  # RFC 6532: UTF-8 header
    assert message(sent)["To"] == "rené@xn--caf-dupont-d7a.fr"


def test_without_smtputf8_an_accented_local_part_fails_for_good_saying_why(
    firm: Firm, ascii_only: SmtpServer
) -> None:
    sending_to(firm, ascii_only)
    import_one(firm, "rené@café-dupont.fr")
    firm.run("tick", now=FIRST_REMINDER)
    assert ascii_only.to_customers == []
    ((state, error),) = query(firm, "SELECT state, last_error FROM outbox WHERE kind = 'reminder'")
    assert state == "failed" and "SMTPUTF8" in error
    assert query(firm, "SELECT failing_since FROM contacts") == [(None,)]  # not the address's fault


def test_a_refused_address_is_marked_failing_however_the_file_spells_it(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    """A person may type the domain as people write it; the server names its ASCII form."""
    sending_to(firm, smtp_server)
    smtp_server.handler.refuse_rcpt[CAFE] = f"550 5.1.1 <{CAFE}>: user unknown"
    import_one(firm, "compta@dupont.fr")
    firm.run("confirm-contact", "cafe-dupont", "compta@café-dupont.fr", "--replace")
    firm.run("tick", now=FIRST_REMINDER)
    assert query(firm, "SELECT email, failing_since IS NOT NULL FROM contacts WHERE active") == [
        (CAFE, 1)  # confirm-contact stores it as imports do
    ]
    assert query(firm, "SELECT kind FROM tasks") == [("call_failing_address",)]


def test_a_reply_from_the_accented_domain_finds_its_customer(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    """People write the domain as they read it; the store keeps it as servers route it."""
    from .test_watcher_cli import drop

    sending_to(firm, smtp_server)
    import_one(firm, "compta@café-dupont.fr")
    firm.run("tick", now=FIRST_REMINDER)
    reply = (
        "From: Compta <compta@café-dupont.fr>\r\nTo: relances@atelier-morel.fr\r\n"
        "Subject: Facture F-1\r\nMessage-ID: <r1@x>\r\nContent-Type: text/plain; charset=utf-8"
        "\r\n\r\nBonjour, nous n'avons jamais reçu la facture F-1, pouvez-vous la renvoyer ?\r\n"
    ).encode()
    drop(firm.root / "inbox", reply, "1.reply")
    firm.run("tick", now="2026-11-04T10:00")
    assert query(firm, "SELECT sender, link_method FROM replies") == [(CAFE, "sender")]
    duplicates = [r for r in smtp_server.to_customers if r.rcpt_tos == [CAFE]]
    assert len(duplicates) == 2  # the reminder, then the duplicate: she is the customer
    firm.run("confirm-contact", customer_id(firm), "paie@Café-Dupont.fr")
    assert ("paie@xn--caf-dupont-d7a.fr",) in query(firm, "SELECT email FROM contacts")


def customer_id(firm: Firm) -> str:
    return str(query(firm, "SELECT id FROM customers")[0][0])
