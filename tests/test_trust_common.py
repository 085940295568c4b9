"""What the trust tests share: a firm that sends through a real aiosmtpd and reads its replies
from the local Maildir inbox/ at each `tick`, as it does on a fresh machine without [imap].

Every attack is staged the way it would arrive: real reminders sent first, then a message
dropped into inbox/ as an MDA delivers it, then `relancebot tick`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from relancebot.app import App
from tests.servers.smtp import REVIEWER, Received, SmtpServer

from .conftest import Firm
from .test_linking import app_of, reminder_id, reply
from .test_watcher_cli import drop

__all__ = ["Office", "office", "reply"]

FIRST_REMINDERS = "2026-11-03T09:30"  # invoices due on 2 November: the first reminders leave


@dataclass
class Office:
    firm: Firm
    smtp: SmtpServer
    _names: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def app(self) -> App:
        return app_of(self.firm)

    def invoices(self, *rows: tuple[str, str, str, str]) -> None:
        """(number, client, email, due date): imported with their PDFs."""
        lines = ["number,client,email,amount,issue_date,due_date,pdf"]
        for number, client, email, due in rows:
            self.firm.pdf(number)
            issued = dt.date.fromisoformat(due) - dt.timedelta(days=30)
            lines.append(f"{number},{client},{email},1000.00,{issued},{due},factures/{number}.pdf")
        path = self.firm.csv("factures.csv", "\n".join(lines) + "\n")
        self.firm.run("import-invoices", str(path), now="2026-10-01T08:00")

    def receive(self, raw: bytes) -> None:
        drop(self.firm.root / "inbox", raw, f"{next(self._names)}.trust")

    def tick(self, now: str) -> str:
        return self.firm.run("tick", now=now).output

    def days(self, first: str, last: str, at: str = "09:30") -> None:
        day = dt.date.fromisoformat(first)
        while day <= dt.date.fromisoformat(last):
            self.tick(f"{day}T{at}")
            day += dt.timedelta(days=1)

    def mail_to(self, address: str) -> list[Received]:
        return [r for r in self.smtp.received if address in r.rcpt_tos]

    def customer_mail(self) -> list[Received]:
        return [r for r in self.smtp.received if r.rcpt_tos != [REVIEWER]]

    def reminder_id(self, invoice: str) -> str:
        return reminder_id(self.app(), invoice)

    def invoice(self, number: str) -> dict[str, Any]:
        return next(iter(self.app().db.query("SELECT * FROM invoices WHERE number = ?", [number])))

    def tasks(self, kind: str | None = None) -> list[dict[str, Any]]:
        where, params = ("AND kind = ?", [kind]) if kind else ("", [])
        return list(
            self.app().db.query(
                f"SELECT * FROM tasks WHERE state = 'open' {where} ORDER BY id", params
            )
        )

    def outbox(self, kind: str) -> list[dict[str, Any]]:
        rows = list(self.app().db.query("SELECT * FROM outbox WHERE kind = ? ORDER BY id", [kind]))
        for row in rows:
            row["recipients"] = json.loads(row["recipients"])
        return rows

    def replies(self) -> list[dict[str, Any]]:
        return list(self.app().db.query("SELECT * FROM replies ORDER BY id"))

    def contact(self, address: str) -> dict[str, Any] | None:
        rows = self.app().db.query("SELECT * FROM contacts WHERE email = ?", [address])
        return next(iter(rows), None)

    def events(self, invoice: str) -> list[str]:
        rows = self.app().db.execute(
            "SELECT kind FROM events WHERE invoice_number = ? ORDER BY id", [invoice]
        )
        return [str(r[0]) for r in rows]


@pytest.fixture
def office(firm: Firm, smtp_server: SmtpServer) -> Office:
    firm.write_config(f"""
        [smtp]
        host = "127.0.0.1"
        port = {smtp_server.port}
        security = "none"
        """)
    return Office(firm, smtp_server)


def untouched(row: dict[str, Any]) -> bool:
    """The chase goes on as if nobody had written."""
    return (
        row["chase"] == "active"
        and row["paused_until"] is None
        and row["promised_date"] is None
        and row["paid_claimed_at"] is None
        and row["last_duplicate_at"] is None
    )
