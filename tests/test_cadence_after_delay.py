"""After a delay (a server down for days, an uncertain message settled later), the next level
counts its 5-7 days from the day the previous email actually left, not from when it was queued."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from typing import Any

from .conftest import Firm
from .servers.smtp import SmtpServer


def setup(firm: Firm, server: SmtpServer, due: str, timeout: float = 30) -> None:
    firm.write_config(f"""
        [smtp]
        host = "127.0.0.1"
        port = {server.port}
        security = "none"
        timeout = {timeout}
        """)
    firm.pdf("F-1")
    firm.csv(
        "f.csv",
        "number,client,email,amount,issue_date,due_date,pdf\n"
        f"F-1,Client,ap@client.fr,100,2026-10-01,{due},factures/F-1.pdf\n",
    )
    firm.run("import-invoices", str(firm.root / "f.csv"), now="2026-10-01T08:00")


def days(firm: Firm, server: SmtpServer, first: str, last: str) -> list[tuple[dt.date, str]]:
    """A tick every day at 09:30; (day, subject) of each reminder the customer received."""
    got: list[tuple[dt.date, str]] = []
    day = dt.date.fromisoformat(first)
    while day <= dt.date.fromisoformat(last):
        before = len(server.to_customers)
        firm.run("tick", now=f"{day}T09:30")
        got += [(day, r.message["Subject"]) for r in server.to_customers[before:]]
        day += dt.timedelta(days=1)
    return got


def last_reminder_at(firm: Firm) -> str:
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        sql = "SELECT last_reminder_at FROM invoices WHERE number = 'F-1'"
        return str(conn.execute(sql).fetchone()[0])


def test_a_four_day_outage_delays_the_whole_ladder(firm: Firm, smtp_server: SmtpServer) -> None:
    setup(firm, smtp_server, due="2026-11-10")
    smtp_server.stop()  # down from Thursday 12 (the first reminder's day) to Sunday 15
    assert days(firm, smtp_server, "2026-11-10", "2026-11-15") == []
    smtp_server.start()
    got = days(firm, smtp_server, "2026-11-16", "2026-12-02")
    (first, level_1), (second, level_2) = got[:2]
    assert first == dt.date(2026, 11, 16) and level_1.startswith("Relance")
    assert level_2.startswith("2e relance")
    assert 5 <= (second - first).days <= 7  # Monday 23: not Thursday 19, a week after the 12th
    assert second == dt.date(2026, 11, 23)
    assert last_reminder_at(firm).startswith(f"{got[-1][0]}T08:30")


def test_an_uncertain_reminder_confirmed_later_counts_from_its_attempt(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    setup(firm, smtp_server, due="2026-11-02", timeout=0.5)
    accept = smtp_server.handler.handle_DATA

    async def slow(server: Any, session: Any, envelope: Any) -> str:
        await asyncio.sleep(1.5)  # accepted, but after the client gave up waiting
        return await accept(server, session, envelope)

    smtp_server.stop()
    firm.run("tick", now="2026-11-03T09:30")  # queued on Tuesday 3, the server down
    smtp_server.handler.handle_DATA = slow  # type: ignore[method-assign]
    smtp_server.start()
    firm.run("tick", now="2026-11-05T10:00")  # left on Thursday 5, but we cannot know it
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        assert conn.execute("SELECT state FROM outbox").fetchall() == [("uncertain",)]
    smtp_server.handler.handle_DATA = accept  # type: ignore[method-assign]
    # A person checks the Sent folder on Monday 9 and confirms it left.
    firm.run("outbox", "mark-sent", "1", now="2026-11-09T11:00")
    assert last_reminder_at(firm) == "2026-11-05T09:00:00+00:00"
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        assert conn.execute("SELECT sent_at FROM outbox").fetchall() == [
            ("2026-11-05T09:00:00+00:00",)
        ]
        open_tasks = conn.execute("SELECT kind FROM tasks WHERE state = 'open'").fetchall()
    assert open_tasks == []  # the check this message asked for is done
    got = days(firm, smtp_server, "2026-11-09", "2026-11-13")
    # From Thursday 5: Thursday 12 (not Tuesday 10 from the queueing, nor 16 from the 9th).
    assert [(d, s[:10]) for d, s in got] == [(dt.date(2026, 11, 12), "2e relance")]
