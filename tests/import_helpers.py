"""Shared set-up for the import tests: a firm sending to a real aiosmtpd, files as written."""

from __future__ import annotations

import email
import email.policy
import sqlite3
from email.message import EmailMessage
from typing import Any

from .conftest import Firm
from .servers.smtp import Received, SmtpServer

HEAD = "number,client,email,amount,issue_date,due_date,pdf"
DUE = "2026-11-02"  # every invoice here falls due then: the first reminder leaves on the 3rd
FIRST_REMINDER = "2026-11-03T10:00"


def sending_to(firm: Firm, server: SmtpServer, extra: str = "") -> None:
    firm.write_config(
        f"""
        [smtp]
        host = "127.0.0.1"
        port = {server.port}
        security = "none"
        """
        + extra
    )


def line(number: str, client: str, address: str, amount: str = "100", *more: str) -> str:
    """One canonical line; its PDF is made if missing."""
    return ",".join(
        [number, client, address, amount, "2026-10-01", DUE, f"factures/{number}.pdf", *more]
    )


def query(firm: Firm, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        return conn.execute(sql, params).fetchall()


def message(received: Received) -> EmailMessage:
    parsed = email.message_from_bytes(received.raw, policy=email.policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def attachments(received: Received) -> list[str]:
    return sorted(str(part.get_filename()) for part in message(received).iter_attachments())


def body_text(received: Received) -> str:
    """The plain text of a reminder, with French typography's spaces made plain."""
    part = message(received).get_body(("plain",))
    assert isinstance(part, EmailMessage)
    return str(part.get_content()).replace("\u202f", " ").replace("\u00a0", " ")
