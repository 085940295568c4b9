"""Sending through the outbox against a real SMTP server: retries, refusals, one connection."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from relancebot.config import SmtpSettings
from relancebot.outgoing.transport import SmtpTransport, TransportError

from .conftest import Firm
from .servers.smtp import SmtpServer


def setup_firm(firm: Firm, server: SmtpServer, customers: int = 1) -> None:
    firm.write_config(f"""
        [smtp]
        host = "127.0.0.1"
        port = {server.port}
        security = "none"
        """)
    lines = ["number,client,email,amount,issue_date,due_date,pdf"]
    for i in range(customers):
        firm.pdf(f"F-{i}")
        lines.append(
            f"F-{i},Client {i},client{i}@exemple.fr,100,2026-10-01,2026-11-02,factures/F-{i}.pdf"
        )
    firm.csv("f.csv", "\n".join(lines) + "\n")
    firm.run("import-invoices", str(firm.root / "f.csv"), now="2026-11-02T07:00")


def outbox(firm: Firm) -> list[tuple[str, int]]:
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        return conn.execute(
            "SELECT state, attempts FROM outbox WHERE kind != 'digest' ORDER BY id"
        ).fetchall()


def test_one_connection_for_a_batch(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server, customers=5)
    firm.run("tick", now="2026-11-03T10:00")
    assert len(smtp_server.received) == 5
    assert smtp_server.handler.connections == 1
    firm.run("tick", now="2026-11-03T10:00")
    assert smtp_server.handler.connections == 1  # nothing due: no connection at all


def test_temporary_refusal_is_retried_later_without_a_storm(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    setup_firm(firm, smtp_server)
    smtp_server.handler.refuse_data = "451 4.3.0 Mailbox busy, try later"
    result = firm.run("tick", now="2026-11-03T10:00")
    assert "1 reporté(s)" in result.output
    assert outbox(firm) == [("pending", 1)]
    firm.run("tick", now="2026-11-03T10:02")  # before the backoff: not even tried
    assert outbox(firm) == [("pending", 1)] and smtp_server.handler.connections == 1
    smtp_server.handler.refuse_data = None
    firm.run("tick", now="2026-11-03T10:06")
    assert outbox(firm) == [("sent", 2)] and len(smtp_server.received) == 1


def test_server_down_loses_nothing(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server, customers=3)
    smtp_server.stop()
    result = firm.run("tick", now="2026-11-03T10:00")
    assert "Envoi interrompu" in result.output and "injoignable" in result.output
    assert [s for s, _ in outbox(firm)] == ["pending"] * 3
    smtp_server.start()
    firm.run("tick", now="2026-11-03T10:30")
    assert [s for s, _ in outbox(firm)] == ["sent"] * 3
    assert sorted(r.rcpt_tos[0] for r in smtp_server.received) == [
        "client0@exemple.fr",
        "client1@exemple.fr",
        "client2@exemple.fr",
    ]


def test_permanent_refusal_marks_the_address_and_stops_mailing_it(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    setup_firm(firm, smtp_server, customers=2)
    smtp_server.handler.refuse_rcpt["client0@exemple.fr"] = "550 5.1.1 User unknown"
    result = firm.run("tick", now="2026-11-03T10:00")
    assert "1 envoyé(s)" in result.output and "1 en échec" in result.output
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        failing = conn.execute(
            "SELECT email FROM contacts WHERE failing_since IS NOT NULL"
        ).fetchall()
    assert failing == [("client0@exemple.fr",)]
    status = firm.run("status", now="2026-11-03T10:05", ok=False)  # refused for good: a person
    assert status.exit_code == 1
    assert "Adresse en échec : client0@exemple.fr" in status.output
    assert "Tâches ouvertes pour une personne : 1" in status.output
    assert "À faire : 1 message(s) refusé(s) pour de bon (#1 : " in status.output
    dismissed = firm.run("outbox", "dismiss", "1", "--note", "appel prévu", now="2026-11-03T10:06")
    assert dismissed.output == "Message #1 laissé de côté par une personne : appel prévu\n"
    settled = firm.run("status", now="2026-11-03T10:07")  # the call stays on the list of tasks
    assert "Tâches ouvertes pour une personne : 1" in settled.output
    again = firm.run("outbox", "dismiss", "1", now="2026-11-03T10:08", ok=False)
    assert again.exit_code == 2 and "#1 est déjà laissé de côté" in again.output
    firm.run("tick", now="2026-11-10T10:00")  # the second level goes to the reachable customer only
    assert [r.rcpt_tos for r in smtp_server.to_customers] == [["client1@exemple.fr"]] * 2
    plan = firm.run("plan", "--all", now="2026-11-10T10:00").output
    assert "F-0 : aucune adresse valide : appeler le client" in plan


def test_without_smtp_messages_stay_on_the_machine(firm: Firm) -> None:
    firm.pdf("F-1")
    firm.csv(
        "f.csv",
        "number,client,email,amount,issue_date,due_date,pdf\n"
        "F-1,Client,c@exemple.fr,100,2026-10-01,2026-11-02,factures/F-1.pdf\n",
    )
    firm.run("import-invoices", str(firm.root / "f.csv"), now="2026-11-02T07:00")
    firm.run("tick", now="2026-11-03T10:00")
    files = list((firm.root / "outbox" / "new").iterdir())
    assert len(files) == 1 and b"F-1" in files[0].read_bytes()


def test_no_password_in_clear_to_a_remote_host() -> None:
    settings = SmtpSettings(host="smtp.exemple.fr", port=25, security="none", username="moi")
    with pytest.raises(TransportError, match="en clair") as caught:
        SmtpTransport(settings, "s3cret").__enter__()
    assert "s3cret" not in str(caught.value)


def test_a_message_caught_by_a_crash_is_not_resent_blindly(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    setup_firm(firm, smtp_server, customers=2)
    firm.run("tick", now="2026-11-03T08:00")  # queued? no: before the window, nothing planned
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        assert conn.execute("SELECT COUNT(*) FROM outbox").fetchone() == (0,)
    firm.run("tick", now="2026-11-03T10:00")
    with sqlite3.connect(firm.root / "relancebot.db") as conn:  # as a SIGKILL would leave it
        conn.execute("UPDATE outbox SET state = 'sending' WHERE id = 1")
    firm.run("tick", now="2026-11-03T10:10")
    assert outbox(firm) == [("uncertain", 1), ("sent", 1)]
    assert len(smtp_server.received) == 2  # nothing resent
    listing = firm.run("outbox", now="2026-11-03T10:15").output
    assert "#1  incertain" in listing and "#2" not in listing
    assert firm.run("status", now="2026-11-03T10:15", ok=False).exit_code == 1
    firm.run("outbox", "resend", "1", now="2026-11-03T10:20")
    firm.run("tick", now="2026-11-03T10:20")
    assert outbox(firm)[0][0] == "sent" and len(smtp_server.received) == 3
    refused = firm.run("outbox", "mark-sent", "1", now="2026-11-03T10:25", ok=False)
    assert "n'est ni incertain" in refused.output


def test_status_reports_an_unhealthy_service(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server)
    firm.run("tick", now="2026-11-03T10:00")
    assert firm.run("status", now="2026-11-03T10:20").output.endswith("État : bon\n")
    # Without a running service (passes from cron), a pass two hours old is no problem; a
    # running service whose passes stall is (tests/test_status.py).
    late = firm.run("status", now="2026-11-03T12:00")
    assert (
        "Service : arrêté" in late.output
        and "Dernier passage réussi : 03/11/2026 10:00" in late.output
    )


def test_slow_server_times_out_and_is_retried(firm: Firm, smtp_server: SmtpServer) -> None:
    import asyncio

    setup_firm(firm, smtp_server)
    firm.write_config(f"""
        [smtp]
        host = "127.0.0.1"
        port = {smtp_server.port}
        security = "none"
        timeout = 0.5
        """)
    original = smtp_server.handler.handle_DATA

    async def slow(*args: object) -> str:
        await asyncio.sleep(1.5)
        return "451 4.3.0 too slow"

    smtp_server.handler.handle_DATA = slow  # type: ignore[method-assign]
    result = firm.run("tick", now="2026-11-03T10:00")
    assert (
        "1 en échec" in result.output
    )  # timed out after the final dot: cannot know, so a person checks
    assert outbox(firm) == [("uncertain", 1)]
    smtp_server.handler.handle_DATA = original  # type: ignore[method-assign]
    firm.run("outbox", "resend", "1", now="2026-11-03T10:10")
    firm.run("tick", now="2026-11-03T10:10")
    assert outbox(firm) == [("sent", 2)] and len(smtp_server.received) == 1


def test_backup_while_the_store_is_in_use(
    firm: Firm, smtp_server: SmtpServer, tmp_path: Path
) -> None:
    setup_firm(firm, smtp_server, customers=3)
    firm.run("tick", now="2026-11-03T10:00")
    holder = sqlite3.connect(firm.root / "relancebot.db")
    holder.execute("BEGIN")  # another process in the middle of a read
    holder.execute("SELECT COUNT(*) FROM outbox").fetchone()
    try:
        result = firm.run("backup", str(tmp_path / "copie.db"), now="2026-11-03T10:05")
    finally:
        holder.rollback()
        holder.close()
    assert "Sauvegarde écrite" in result.output
    assert (tmp_path / "copie.db").stat().st_mode & 0o777 == 0o600
    with sqlite3.connect(tmp_path / "copie.db") as copy:
        assert copy.execute("SELECT COUNT(*) FROM outbox WHERE state = 'sent'").fetchone() == (3,)
    again = firm.run("backup", str(tmp_path / "copie.db"), ok=False)
    assert "existe déjà" in again.output


def test_a_message_refused_again_and_again_is_set_aside(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    setup_firm(firm, smtp_server)
    smtp_server.handler.refuse_data = "451 4.3.0 try later"
    moment = dt.datetime(2026, 11, 3, 10, 0)
    for _ in range(120):  # weeks of retries compressed: every pass after the backoff
        firm.run("tick", now=moment.isoformat())
        moment += dt.timedelta(hours=4, minutes=1)
        if outbox(firm)[0][0] == "failed":
            break
    assert outbox(firm) == [("failed", 12)]  # tried 12 times, then handed to a person
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        tasks = conn.execute("SELECT kind FROM tasks WHERE state = 'open'").fetchall()
    assert ("fix_reminder",) in tasks
