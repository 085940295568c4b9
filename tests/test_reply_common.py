"""What every reply test shares: a firm on a real Dovecot and a real aiosmtpd, driven through
the command line at simulated times; and the replies no category claims (quarantined)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import pytest
from imapclient import IMAPClient

from relancebot.app import App
from relancebot.store.tasks import open_tasks
from tests.servers.dovecot import DovecotServer, MailUser
from tests.servers.smtp import Received, SmtpServer

from .conftest import Firm
from .test_linking import app_of, reminder_id, reply
from .test_watcher_imap import imap_config

__all__ = ["World", "reply", "world"]


@dataclass
class World:
    firm: Firm
    smtp: SmtpServer
    peer: IMAPClient

    def app(self) -> App:
        return app_of(self.firm)

    def invoices(self, *rows: tuple[str, str, str, str]) -> None:
        """(number, client, email, due date): imported, PDFs written."""
        lines = ["number,client,email,amount,issue_date,due_date,pdf"]
        for number, client, email, due in rows:
            self.firm.pdf(number)
            issued = dt.date.fromisoformat(due) - dt.timedelta(days=30)
            lines.append(f"{number},{client},{email},1000.00,{issued},{due},factures/{number}.pdf")
        path = self.firm.csv("factures.csv", "\n".join(lines) + "\n")
        self.firm.run("import-invoices", str(path), now="2026-10-01T08:00")

    def pay(self, number: str, day: str, now: str) -> None:
        path = self.firm.csv("paiements.csv", f"number,amount,date\n{number},1000.00,{day}\n")
        self.firm.run("import-payments", str(path), now=now)

    def receive(self, raw: bytes) -> None:
        self.peer.append("INBOX", raw)

    def tick(self, now: str) -> None:
        self.firm.run("tick", now=now)
        again = len(self.smtp.received)
        self.firm.run("tick", now=now)  # the same instant twice: nothing more
        assert len(self.smtp.received) == again, now

    def days(self, first: str, last: str, at: str = "09:30") -> None:
        """A tick every day at `at`, from `first` to `last` included."""
        day = dt.date.fromisoformat(first)
        while day <= dt.date.fromisoformat(last):
            self.tick(f"{day}T{at}")
            day += dt.timedelta(days=1)

    def mail_to(self, address: str) -> list[Received]:
        return [r for r in self.smtp.to_customers if address in r.rcpt_tos]

    def reminder_id(self, invoice: str) -> str:
        return reminder_id(self.app(), invoice)

    def invoice(self, number: str) -> dict[str, Any]:
        row = self.app().db.query("SELECT * FROM invoices WHERE number = ?", [number])
        return next(iter(row))

    def tasks(self, kind: str, state: str = "open") -> list[dict[str, Any]]:
        return list(
            self.app().db.query(
                "SELECT * FROM tasks WHERE kind = ? AND state = ? ORDER BY id", [kind, state]
            )
        )

    def due_tasks(self, now: str) -> list[str]:
        moment = dt.datetime.fromisoformat(now).replace(tzinfo=self.app().settings.tz)
        return [t.kind.name for t in open_tasks(self.app().db, moment)]

    def events(self, invoice: str) -> list[tuple[str, str]]:
        rows = self.app().db.execute(
            "SELECT kind, summary FROM events WHERE invoice_number = ? ORDER BY id", [invoice]
        )
        return [(str(k), str(s)) for k, s in rows]

    def outbox(self, kind: str) -> list[dict[str, Any]]:
        rows = list(self.app().db.query("SELECT * FROM outbox WHERE kind = ? ORDER BY id", [kind]))
        for row in rows:
            row["recipients"] = json.loads(row["recipients"])
        return rows


@pytest.fixture
def world(
    firm: Firm,
    smtp_server: SmtpServer,
    dovecot: DovecotServer,
    imap_user: MailUser,
    imap_peer: IMAPClient,
    monkeypatch: pytest.MonkeyPatch,
) -> World:
    firm.write_config(
        imap_config(dovecot, imap_user, 'sent_folder = ""\n')
        + f"""
        [smtp]
        host = "127.0.0.1"
        port = {smtp_server.port}
        security = "none"
        """
    )
    monkeypatch.setenv("RELANCEBOT_IMAP_PASSWORD", imap_user.password)
    return World(firm, smtp_server, imap_peer)


def test_an_unreadable_message_asks_a_person_to_read_it(world: World) -> None:
    world.invoices(("F-1", "Acme SARL", "ap@acme.fr", "2026-11-02"))
    world.receive(b"Subject: ?\r\n\r\nno sender at all")  # unreadable: quarantined
    world.tick("2026-11-04T10:00")
    (task,) = world.tasks("read_reply")
    assert "replies --to-review" in task["summary"] and task["reply_id"]
    assert world.due_tasks("2026-11-04T10:00") == ["READ_REPLY"]


def test_a_reply_linked_to_nothing_asks_a_person_and_sends_nothing(world: World) -> None:
    world.invoices(("F-1", "Acme SARL", "ap@acme.fr", "2026-11-02"))
    world.receive(
        reply("inconnu@ailleurs.example", "Bonjour, nous n'avons jamais reçu la facture.")
    )
    world.tick("2026-11-04T10:00")
    (task,) = world.tasks("read_reply")
    assert "inconnu@ailleurs.example" in task["summary"]
    assert not world.mail_to("inconnu@ailleurs.example")
    assert world.outbox("duplicate") == []
