"""Two identical rows of one payments file are two payments; the file imported again, or a later
export repeating them, counts nothing twice."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from relancebot.store.database import open_database
from relancebot.store.migrations import migrations

from .conftest import Firm
from .import_helpers import FIRST_REMINDER, HEAD, line, query, sending_to
from .servers.smtp import SmtpServer

TWO_INSTALMENTS = """\
    Facture;Montant;Date de paiement;Libellé
    F-1;250,00;15/10/2026;VIR DUPONT
    F-1;250,00;15/10/2026;VIR DUPONT
    """


def test_two_instalments_of_one_amount_on_one_day_both_count(
    firm: Firm, smtp_server: SmtpServer
) -> None:
    sending_to(firm, smtp_server)
    firm.pdf("F-1")
    firm.csv("f.csv", f"{HEAD}\n{line('F-1', 'Dupont', 'compta@dupont.fr', '750')}\n")
    firm.run("import-invoices", str(firm.root / "f.csv"))
    octobre = firm.csv("octobre.csv", TWO_INSTALMENTS)
    assert "2 paiement(s) enregistré(s)" in firm.run("import-payments", str(octobre)).output
    assert query(firm, "SELECT paid FROM invoices") == [("500.00",)]
    again = firm.run("import-payments", str(octobre)).output
    assert "0 paiement(s) enregistré(s), 2 déjà connu(s)" in again
    assert query(firm, "SELECT paid FROM invoices") == [("500.00",)]
    # November's export repeats October's two rows and adds a third instalment, identical.
    novembre = firm.csv("novembre.csv", TWO_INSTALMENTS + "    F-1;250,00;15/10/2026;VIR DUPONT\n")
    out = firm.run("import-payments", str(novembre)).output
    assert "1 paiement(s) enregistré(s), 2 déjà connu(s) ; soldée(s) : F-1" in out
    assert query(firm, "SELECT paid FROM invoices") == [("750.00",)]
    assert query(firm, "SELECT occurrence FROM payments ORDER BY id") == [(1,), (2,), (3,)]
    firm.run("tick", now=FIRST_REMINDER)
    assert smtp_server.to_customers == []  # paid in full: nobody is chased


def test_payments_recorded_before_the_upgrade_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(sqlite3.connect(path, isolation_level=None))
    migrations.apply(old, stop_before="0006_import_identity")
    old.execute(
        "INSERT INTO customers (id, name, created_at, updated_at) VALUES ('c1', 'Dupont', 'x', 'x')"
    )
    old.execute(
        "INSERT INTO invoices (number, customer_id, amount, issue_date, due_date, pdf_path,"
        " created_at, updated_at) VALUES ('F-1', 'c1', '500.00', '2026-10-01', '2026-11-02',"
        " '/f.pdf', 'x', 'x')"
    )
    old.execute(
        "INSERT INTO payments (invoice_number, amount, date, reference, source, imported_at)"
        " VALUES ('F-1', '250.00', '2026-10-15', 'VIR', 'p.csv:2', 'x')"
    )
    old.conn.close()
    db = open_database(path)
    assert db.execute(
        "SELECT invoice_number, amount, occurrence, source FROM payments"
    ).fetchall() == [("F-1", "250.00", 1, "p.csv:2")]
    assert db.execute("SELECT siren, siret FROM customers").fetchall() == [("", "")]
    db.conn.close()
