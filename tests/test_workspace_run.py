"""`run` on a workspace: one service, each firm on its own, against real servers.

Each firm reads its own Dovecot user's mailbox (IDLE) and sends through its own SMTP server.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import logging
import shutil
import sqlite3
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from relancebot.clock import fixed_clock, system_clock
from tests.servers.dovecot import DovecotServer

from .test_linking import reply
from .workspace_servers import (
    Served,
    SilentServer,
    WorkspaceFirm,
    append,
    cli,
    make_workspace,
    smtp_servers,
    wait_until,
)

pytestmark = pytest.mark.imap
PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2026, 11, 5, 10, 0, tzinfo=PARIS)  # first reminders due since 3 November
DUPONT = "compta@dupont.fr"
ROUX = "admin@cabinet-roux.fr"


def firm(
    root: Path, dovecot: DovecotServer, firm_id: str, name: str, address: str
) -> WorkspaceFirm:
    return WorkspaceFirm(root, firm_id, name, address, dovecot.add_user())


def digest_day(root: Path) -> str | None:
    """The day of the secretary's last digest, from workspace.db (None before its first)."""
    if not (root / "workspace.db").exists():
        return None
    with sqlite3.connect(root / "workspace.db") as conn:
        try:
            row = conn.execute(
                "SELECT value FROM service_state WHERE key = 'digest_date'"
            ).fetchone()
        except sqlite3.OperationalError:  # being created by the digest job
            return None
    return None if row is None else str(row[0])


def test_each_firm_reads_and_sends_on_its_own(tmp_path: Path, dovecot: DovecotServer) -> None:
    dovecot.start()
    root = make_workspace(tmp_path / "secretariat")
    # Atelier comes first in every round, and its SMTP server hangs for a minute.
    atelier = firm(root, dovecot, "atelier", "Atelier Morel SARL", "relances@atelier-morel.fr")
    durand = firm(root, dovecot, "durand", "Durand Plomberie", "factures@durand-plomberie.fr")
    lefevre = firm(root, dovecot, "lefevre", "Studio Lefèvre", "compta@studio-lefevre.fr")
    firms = [atelier, durand, lefevre]
    silent = SilentServer()
    with smtp_servers([durand, lefevre]) as ports:
        atelier.write(dovecot=dovecot, smtp_port=silent.port, smtp_timeout=60)
        durand.write(dovecot=dovecot, smtp_port=ports[0])
        lefevre.write(dovecot=dovecot, smtp_port=ports[1])
        atelier.import_invoices({"M-101": DUPONT})
        durand.import_invoices({"D-2026-7": DUPONT, "D-2026-8": "contact@mairie-vaux.fr"})
        lefevre.import_invoices({"L-33": ROUX})
        service = Served(root, fixed_clock(NOW), digest_minutes=0.02)
        try:
            # Each firm's lock says "service" while the workspace serves it (for `status`).
            wait_until("every firm served", lambda: all(f.holder() for f in firms))
            assert all(str(f.holder()).startswith("service de l'espace") for f in firms)
            # Within a deadline shorter than Atelier's hang: its pass holds up no other firm.
            wait_until(
                "Durand's and Lefèvre's reminders",
                lambda: len(durand.received) == 2 and len(lefevre.received) == 1,
            )
            assert atelier.query("SELECT state FROM outbox") != [("sent",)]

            # Replies, each in its firm's mailbox; Atelier's names Durand's invoice too.
            append(dovecot, durand, reply(DUPONT, "Nous réglerons la facture D-2026-7 le 20/11."))
            append(
                dovecot, lefevre, reply(ROUX, "La facture L-33 est déjà réglée, virement du 3/11.")
            )
            append(
                dovecot,
                atelier,
                reply(
                    DUPONT,
                    "Nous contestons la facture M-101 : travaux inachevés. D-2026-7 : voir Durand.",
                ),
            )
            wait_until(
                "each reply handled by its own firm (Atelier's while its pass hangs)",
                lambda: all(f.query("SELECT COUNT(*) FROM replies") == [(1,)] for f in firms),
            )
            # The secretary's digest job has run: its day is recorded in workspace.db.
            wait_until(
                "the secretary's digest of the day", lambda: digest_day(root) == "2026-11-05"
            )
        finally:
            silent.close()  # Atelier's pass in hand ends
            service.stop()
    assert [f.holder() for f in firms] == [None, None, None]

    assert atelier.query("SELECT category FROM replies") == [("dispute",)]
    assert atelier.query("SELECT invoice_number FROM reply_invoices") == [("M-101",)]
    assert atelier.query("SELECT chase FROM invoices") == [("stopped",)]
    assert durand.query("SELECT category FROM replies") == [("promise_to_pay",)]
    assert durand.query("SELECT number, chase FROM invoices ORDER BY number") == [
        ("D-2026-7", "paused"),
        ("D-2026-8", "active"),
    ]
    assert lefevre.query("SELECT category FROM replies") == [("already_paid",)]
    for setup in (durand, lefevre):
        for received in setup.received:
            message = email.message_from_bytes(received.raw, policy=email.policy.default)
            assert received.mail_from == setup.email
            assert setup.name in str(message["From"])
            for other in firms:
                assert other is setup or other.name not in received.raw.decode("utf-8", "replace")


def test_firms_come_and_go_and_status_names_the_one_to_fix(
    tmp_path: Path, dovecot: DovecotServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="relancebot.workspace")
    dovecot.start()
    root = make_workspace(tmp_path / "secretariat")
    morel = firm(root, dovecot, "morel", "Atelier Morel SARL", "relances@atelier-morel.fr")
    durand = firm(root, dovecot, "durand", "Durand Plomberie", "factures@durand-plomberie.fr")
    for setup in (morel, durand):
        setup.write(dovecot=dovecot, smtp_port=None)
    service = Served(root, system_clock(PARIS), discover_seconds=0.2)
    try:
        wait_until("a good status", lambda: cli(root, "status").exit_code == 0, timeout=30)
        assert "État : bon (2 entreprise(s))" in cli(root, "status").output

        # A firm folder appears (made aside, then moved in), its password file missing.
        aside = tmp_path / "aside"
        staging = firm(aside, dovecot, "lefevre", "Studio Lefèvre", "compta@lefevre.fr")
        staging.write(dovecot=dovecot, smtp_port=None)
        password = (staging.folder / "imap.password").read_text()
        (staging.folder / "imap.password").unlink()
        shutil.move(staging.folder, root / "lefevre")
        lefevre = WorkspaceFirm(root, "lefevre", staging.name, staging.email, staging.user)
        wait_until("Lefèvre served", lambda: lefevre.holder() is not None)

        def problems() -> list[str]:
            result = cli(root, "status")
            lines = [line for line in result.output.splitlines() if line.startswith("À faire")]
            assert (result.exit_code == 0) == (not lines), (result.exit_code, result.output)
            return lines

        wait_until(
            "status names Lefèvre's stopped watcher",
            lambda: any(
                "[lefevre] la surveillance de la boîte est arrêtée" in p for p in problems()
            ),
        )
        assert all(p.startswith("À faire : [lefevre] ") for p in problems())

        # The password put back: its watcher finds it at its next restart, without a reload.
        (lefevre.folder / "imap.password").write_text(password)
        (lefevre.folder / "imap.password").chmod(0o600)
        wait_until("a good status again", lambda: not problems(), timeout=40)

        # A config.toml changed: the firm is served again, with it.
        with (morel.folder / "config.toml").open("a", encoding="utf-8") as config:
            config.write("[service]\ntick_minutes = 5\n")
        wait_until(
            "Morel served with its new config",
            lambda: "morel : servie (passage toutes les 5 min" in caplog.text,
        )
        assert "morel : config.toml modifié" in caplog.text

        # A firm folder without its config.toml: let go, its lock released.
        (durand.folder / "config.toml").rename(durand.folder / "config.toml.retire")
        wait_until("Durand let go", lambda: durand.holder() is None)
        assert morel.holder() is not None
    finally:
        service.stop()
    assert morel.holder() is None and lefevre.holder() is None
