"""SMTP refusals judged at the right depth, against a real aiosmtpd that refuses.

The server refusing our sender, or every recipient by its relaying policy, is its
configuration: the messages wait, no customer's address is marked, and service_state
`smtp_config_error` says why and since when. Only a refusal naming one recipient marks it.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from relancebot.config import load_settings
from relancebot.outgoing.compose import Composed
from relancebot.outgoing.outbox import deliver_due, enqueue
from relancebot.outgoing.transport import Fault, SmtpTransport, classify_refusal
from relancebot.store.database import open_database

from .conftest import Firm
from .servers.smtp import RecordingHandler, SmtpServer, free_port
from .test_delivery import setup_firm

RELAY_DENIED = "554 5.7.1 <{}>: Relay access denied"


@dataclass
class RefusingHandler(RecordingHandler):
    """Also refuses our sender (MAIL FROM), or every recipient with one reply."""

    refuse_mail: str | None = None
    refuse_every_rcpt: str | None = None  # "{}" is replaced by the address
    mails: list[str] = field(default_factory=list)
    rcpts: list[str] = field(default_factory=list)

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: list[str]
    ) -> str:
        self.mails.append(address)
        if self.refuse_mail:
            return self.refuse_mail
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        self.rcpts.append(address)
        if self.refuse_every_rcpt:
            return self.refuse_every_rcpt.format(address)
        return await super().handle_RCPT(server, session, envelope, address, rcpt_options)


def _server(handler: RecordingHandler, **smtp_options: Any) -> Iterator[SmtpServer]:
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **smtp_options)
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", port, handler, controller)
    finally:
        controller.stop(no_assert=True)


@pytest.fixture
def refusing() -> Iterator[SmtpServer]:
    yield from _server(RefusingHandler())


@pytest.fixture
def ascii_server() -> Iterator[SmtpServer]:
    """A server that does not offer SMTPUTF8 (aiosmtpd's Controller offers it by default)."""
    yield from _server(RecordingHandler(), enable_SMTPUTF8=False)


def handler(server: SmtpServer) -> RefusingHandler:
    assert isinstance(server.handler, RefusingHandler)
    return server.handler


def query(firm: Firm, sql: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        return conn.execute(sql).fetchall()


def config_error(firm: Firm) -> dict[str, str] | None:
    rows = query(firm, "SELECT value FROM service_state WHERE key = 'smtp_config_error'")
    return json.loads(rows[0][0]) if rows and rows[0][0] else None


def reminders(firm: Firm) -> list[tuple[str, int, int]]:
    return query(
        firm, "SELECT state, attempts, failures FROM outbox WHERE kind = 'reminder' ORDER BY id"
    )


def nothing_blamed_on_customers(firm: Firm) -> None:
    assert query(firm, "SELECT email FROM contacts WHERE failing_since IS NOT NULL") == []
    assert query(firm, "SELECT kind FROM tasks") == []


def test_sender_refused_is_the_servers_configuration(firm: Firm, refusing: SmtpServer) -> None:
    setup_firm(firm, refusing, customers=3)
    handler(refusing).refuse_mail = "550 5.7.1 Sender address rejected: not owned by user"
    firm.run("tick", now="2026-11-03T10:00")
    assert handler(refusing).mails == ["relances@atelier-morel.fr"]  # the batch stopped there
    assert reminders(firm) == [("pending", 1, 0)] * 3
    nothing_blamed_on_customers(firm)
    state = config_error(firm)
    assert state is not None and state["since"] == "2026-11-03T09:00:00+00:00"
    assert "550 5.7.1 Sender address rejected" in state["error"]

    # Two weeks of it: the messages keep waiting, never failed, and the journal says it once.
    day = dt.date(2026, 11, 4)
    while day <= dt.date(2026, 11, 17):
        for at in ("09:05", "13:10"):  # inside the sending window, past the 4-hour backoff
            firm.run("tick", now=f"{day}T{at}")
        day += dt.timedelta(days=1)
    assert [(s, f) for s, _, f in reminders(firm)] == [("pending", 0)] * 3
    assert reminders(firm)[0][1] > 12  # tried more than MAX_ATTEMPTS times, still waiting
    assert query(firm, "SELECT COUNT(*) FROM events WHERE kind = 'smtp_config_error'") == [(1,)]
    assert config_error(firm) == state  # still since the first refusal
    nothing_blamed_on_customers(firm)
    status = firm.run("status", now="2026-11-17T13:15", ok=False)
    assert (
        status.exit_code == 1 and "refuse l'expéditeur relances@atelier-morel.fr" in status.output
    )

    handler(refusing).refuse_mail = None  # [smtp] fixed
    firm.run("tick", now="2026-11-18T13:10")
    assert [s for s, _, _ in reminders(firm)] == ["sent"] * 3
    assert len(refusing.to_customers) == 3
    assert config_error(firm) is None
    assert query(firm, "SELECT COUNT(*) FROM events WHERE kind = 'smtp_config_fixed'") == [(1,)]
    assert firm.run("status", now="2026-11-18T13:15").output.endswith("État : bon\n")


def test_relay_denied_for_every_recipient_marks_no_address(
    firm: Firm, refusing: SmtpServer
) -> None:
    setup_firm(firm, refusing, customers=3)
    handler(refusing).refuse_every_rcpt = RELAY_DENIED
    firm.run("tick", now="2026-11-03T10:00")
    assert len(handler(refusing).rcpts) == 3  # each message offered: every one refused alike
    assert reminders(firm) == [("pending", 1, 0)] * 3
    nothing_blamed_on_customers(firm)
    state = config_error(firm)
    assert state is not None and "Relay access denied" in state["error"]
    handler(refusing).refuse_every_rcpt = None
    firm.run("tick", now="2026-11-03T10:10")
    assert [s for s, _, _ in reminders(firm)] == ["sent"] * 3 and config_error(firm) is None


def test_authentication_required_stops_the_batch(firm: Firm, refusing: SmtpServer) -> None:
    setup_firm(firm, refusing, customers=3)
    handler(refusing).refuse_every_rcpt = "530 5.7.0 Authentication required"
    firm.run("tick", now="2026-11-03T10:00")
    assert handler(refusing).rcpts == ["client0@exemple.fr"]  # not offered the two others
    assert reminders(firm) == [("pending", 1, 0)] * 3
    nothing_blamed_on_customers(firm)
    assert config_error(firm) is not None


def test_a_refusal_naming_one_recipient_still_marks_it(firm: Firm, refusing: SmtpServer) -> None:
    setup_firm(firm, refusing, customers=2)
    refusing.handler.refuse_rcpt["client0@exemple.fr"] = (
        "550 5.1.1 <client0@exemple.fr>: Recipient address rejected: "
        "User unknown in relay recipient table"  # "relay" in the text, but 5.1.1: the address
    )
    firm.run("tick", now="2026-11-03T10:00")
    assert [s for s, _, _ in reminders(firm)] == ["failed", "sent"]
    assert query(firm, "SELECT email FROM contacts WHERE failing_since IS NOT NULL") == [
        ("client0@exemple.fr",)
    ]
    (error,) = query(firm, "SELECT last_error FROM outbox WHERE id = 1")[0]
    assert "User unknown" in error
    assert config_error(firm) is None


def test_a_copy_refused_by_relaying_policy_is_not_marked(firm: Firm, refusing: SmtpServer) -> None:
    firm.write_config(f"""
        [smtp]
        host = "127.0.0.1"
        port = {refusing.port}
        security = "none"
        """)
    firm.pdf("F-1")
    firm.csv(
        "g.csv",
        "number,client,email,cc,amount,issue_date,due_date,pdf\n"
        "F-1,Client,ap@client.fr,expert@cabinet.fr,100,2026-10-01,2026-11-02,factures/F-1.pdf\n",
    )
    firm.run("import-invoices", str(firm.root / "g.csv"), now="2026-11-02T07:00")
    refusing.handler.refuse_rcpt["expert@cabinet.fr"] = RELAY_DENIED.format("expert@cabinet.fr")
    firm.run("tick", now="2026-11-03T10:00")
    assert [r.rcpt_tos for r in refusing.to_customers] == [["ap@client.fr"]]
    assert [s for s, _, _ in reminders(firm)] == ["sent"]
    nothing_blamed_on_customers(firm)
    state = config_error(firm)
    assert state is not None and "expert@cabinet.fr" in state["error"]


@pytest.mark.parametrize(
    ("code", "reply", "fault"),
    [
        (550, b"5.1.1 <a@b.fr>: Recipient address rejected: User unknown", Fault.ADDRESS),
        (550, b"User unknown", Fault.ADDRESS),
        (552, b"5.2.2 Mailbox full", Fault.ADDRESS),
        (550, b"5.1.1 User unknown in relay recipient table", Fault.ADDRESS),
        (554, b"5.7.1 <a@b.fr>: Relay access denied", Fault.POLICY),
        (554, b"Relay access denied", Fault.POLICY),
        (550, b"5.7.54 Unable to relay recipient in non-accepted domain", Fault.POLICY),
        (554, b"5.7.1 <a@b.fr>: Recipient address rejected: Access denied", Fault.POLICY),
        (454, b"4.7.1 <a@b.fr>: Relay access denied", Fault.POLICY),
        (530, b"5.7.0 Authentication required", Fault.SENDER),
        (550, b"5.7.57 Client not authenticated to send mail", Fault.SENDER),
        (553, b"5.7.1 <r@firm.fr>: Sender address rejected: not owned by user", Fault.SENDER),
        (450, b"4.1.8 <r@firm.fr>: Sender address rejected: Domain not found", Fault.SENDER),
        (451, b"4.3.0 Mailbox busy, try later", Fault.TRANSIENT),
        (450, b"4.2.0 Greylisted", Fault.TRANSIENT),
    ],
)
def test_whose_fault_a_recipient_refusal_is(code: int, reply: bytes, fault: Fault) -> None:
    assert classify_refusal(code, reply) is fault


def test_a_content_policy_refusal_at_data_is_the_messages(firm: Firm, refusing: SmtpServer) -> None:
    assert classify_refusal(554, b"5.7.1 Message rejected as spam", recipient=False) is (
        Fault.ADDRESS  # at DATA: this message refused for good, not the server's settings
    )
    setup_firm(firm, refusing, customers=1)
    refusing.handler.refuse_data = "554 5.7.1 Message rejected as spam"
    firm.run("tick", now="2026-11-03T10:00")
    assert [s for s, _, _ in reminders(firm)] == ["failed"]
    assert query(firm, "SELECT kind FROM tasks") == [("fix_reminder",)]
    assert config_error(firm) is None


def deliver_to(firm: Firm, server: SmtpServer, recipients: list[str]) -> list[tuple[Any, ...]]:
    """Two messages straight through the outbox: one to `recipients`, one to an ASCII address."""
    firm.write_config(f"""
        [smtp]
        host = "127.0.0.1"
        port = {server.port}
        security = "none"
        """)
    settings = load_settings(firm.config, explicit=True)
    smtp = settings.smtp
    assert smtp is not None
    db = open_database(settings.database_path)
    now = dt.datetime(2026, 11, 3, 10, 0, tzinfo=settings.tz)
    with db.atomic():
        db.execute(
            "INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c', 'C', 'x', 'x')"
        )
        db.execute("INSERT INTO contacts (customer_id, email) VALUES ('c', ?)", [recipients[0]])
        for i, to in enumerate([recipients, ["autre@client.fr"]]):
            raw = f"Subject: Relance {i}\r\nMessage-ID: <m{i}@x>\r\n\r\nBonjour\r\n".encode()
            enqueue(
                db,
                kind="reminder",
                customer_id="c",
                message=Composed(raw, f"<m{i}@x>", f"Relance {i}"),
                recipients=to,
                at=now,
            )
    deliver_due(
        db,
        lambda: SmtpTransport(smtp, None),
        settings.firm.email,
        settings.business_calendar(),
        now,
    )
    rows = db.execute(
        "SELECT o.state, o.last_error, (SELECT failing_since FROM contacts WHERE id = 1),"
        " (SELECT group_concat(summary) FROM tasks WHERE kind = 'fix_reminder') FROM outbox o"
        " ORDER BY o.id"
    ).fetchall()
    db.conn.close()
    return rows


def test_an_accented_address_without_smtputf8_fails_that_message_cleanly(
    firm: Firm, ascii_server: SmtpServer
) -> None:
    (first, second) = deliver_to(firm, ascii_server, ["rené@client.fr"])
    state, error, failing_since, tasks = first
    assert state == "failed" and "rené@client.fr" in error and "SMTPUTF8" in error
    assert failing_since is None  # the server never refused the address itself
    assert tasks.startswith("Envoi #1 abandonné") and "SMTPUTF8" in tasks
    assert second[0] == "sent"  # the pass went on
    assert [r.rcpt_tos for r in ascii_server.received] == [["autre@client.fr"]]


def test_an_accented_address_goes_with_smtputf8(firm: Firm, smtp_server: SmtpServer) -> None:
    rows = deliver_to(firm, smtp_server, ["rené@client.fr"])
    assert [r[0] for r in rows] == ["sent", "sent"]
    assert [r.rcpt_tos for r in smtp_server.received] == [["rené@client.fr"], ["autre@client.fr"]]
