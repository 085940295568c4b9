"""`status` tells the truth: exit 1 and one line saying what to do, for each failure staged.

The failures are real ones: a database trigger that makes every pass fail, a PDF deleted from
the disk, pages of the database overwritten, a service whose mailbox watcher cannot start.
"""

from __future__ import annotations

import sqlite3

from click.testing import Result

from relancebot.store.database import service_lock

from .conftest import Firm
from .servers.smtp import SmtpServer
from .test_delivery import setup_firm


def problems(result: Result) -> list[str]:
    return [line for line in result.output.splitlines() if line.startswith("À faire : ")]


def test_no_pass_ever_is_a_problem_until_one_completes(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server)
    never = firm.run("status", now="2026-11-03T10:00", ok=False)
    assert never.exit_code == 1
    assert problems(never) == [
        "À faire : aucun passage n'a encore abouti : lancez `relancebot run` (ou `relancebot tick`)"
    ]
    firm.run("tick", now="2026-11-03T10:00")
    good = firm.run("status", now="2026-11-03T10:05")
    assert good.output.endswith("État : bon\n") and "Service : arrêté" in good.output
    # Without a running service (a tick from cron, say), an old pass is no problem by itself.
    assert firm.run("status", now="2026-11-09T10:05").exit_code == 0


def test_a_failing_pass_is_reported_until_one_succeeds(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server)
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        conn.execute(
            "CREATE TRIGGER broken BEFORE INSERT ON outbox"
            " BEGIN SELECT RAISE(ABORT, 'disque plein'); END"
        )
    failed = firm.run("tick", now="2026-11-03T10:00", ok=False)
    assert failed.exit_code != 0
    status = firm.run("status", now="2026-11-03T10:05", ok=False)
    assert status.exit_code == 1
    (line,) = problems(status)
    assert line.startswith(
        "À faire : le dernier passage a échoué le 03/11/2026 10:00 (disque plein)"
    )
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        conn.execute("DROP TRIGGER broken")
    firm.run("tick", now="2026-11-03T10:10")
    assert firm.run("status", now="2026-11-03T10:15").exit_code == 0


def test_a_pdf_gone_after_import_is_reported_before_any_pass_and_after(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    setup_firm(firm, smtp_server, customers=2)
    firm.run("tick", now="2026-11-02T10:00")  # a pass, before anything is due
    (firm.root / "factures" / "F-1.pdf").unlink()
    before = firm.run("status", now="2026-11-02T10:05", ok=False)
    assert problems(before) == [
        "À faire : PDF introuvable pour 1 facture(s) relancée(s) (F-1) : remettez les fichiers,"
        " ou réimportez les factures avec le bon chemin"
    ]
    tick = firm.run("tick", now="2026-11-03T10:00")  # F-1's reminder is set aside, F-0's leaves
    assert "1 message(s) préparé(s), 1 mis de côté, 2 envoyé(s)" in tick.output  # + digest
    assert "Mise de côté pour une personne : F-1 (PDF illisible " in tick.output
    after = firm.run("status", now="2026-11-03T10:05", ok=False)
    (line,) = problems(after)
    assert line.startswith("À faire : 1 relance(s) mise(s) de côté avant envoi (F-1 ; ")
    assert "relancebot resume NUMÉRO" in line
    firm.pdf("F-1")
    firm.run("resume", "F-1", now="2026-11-03T10:10")  # a person put the file back
    assert firm.run("status", now="2026-11-03T10:15").exit_code == 0


def test_damaged_database_pages_are_seen(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server, customers=40)
    firm.run("tick", now="2026-11-03T10:00")
    path = firm.root / "relancebot.db"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'contacts_email'"
        ).fetchone()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + 200] = b"\xa5" * 192  # an index page overwritten: the cells lie
    path.write_bytes(bytes(data))
    status = firm.run("status", now="2026-11-03T10:05", ok=False)
    assert status.exit_code == 1
    (line,) = problems(status)
    assert (
        line.startswith("À faire : base de données ") and "restaurez la dernière sauvegarde" in line
    )
    assert "Traceback" not in status.output


def test_a_running_service_whose_passes_and_reads_stall(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    setup_firm(firm, smtp_server)
    firm.run("tick", now="2026-11-03T10:00")  # a pass, and a complete read of inbox/
    # The service's own lock, held as `run` holds it (its passes and reads have stalled).
    with service_lock(firm.root / "relancebot.db", "service"):
        fresh = firm.run("status", now="2026-11-03T10:10", ok=False)
        assert "Service : en marche (service, pid " in fresh.output
        # Its watcher never recorded itself running: that alone is worth a line.
        assert problems(fresh) == [
            "À faire : la surveillance de la boîte est arrêtée : elle redémarre d'elle-même ;"
            " si cela dure, lisez le journal et redémarrez le service"
        ]
        stale = firm.run("status", now="2026-11-03T10:40", ok=False)
        assert problems(stale) == [
            "À faire : le service tourne mais aucun passage n'a abouti depuis le 03/11/2026 10:00 :"
            " lisez son journal, puis redémarrez-le",
            problems(fresh)[0],
            "À faire : la boîte n'a pas été lue en entier depuis le 03/11/2026 10:00 : vérifiez"
            " [imap] et le mot de passe, ou le dossier inbox/",
        ]
    assert firm.run("status", now="2026-11-03T10:40").exit_code == 0  # stopped: cron's ticks
