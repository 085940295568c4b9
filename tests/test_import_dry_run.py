"""A dry run of an import says what would change, and every refused line, writing nothing;
the import that follows does exactly that."""

from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from relancebot.config import load_settings
from relancebot.store.database import open_database
from relancebot.store.import_diff import AddressChange, FieldChange, InvoiceChange, PaymentLine
from relancebot.store.import_preview import ImportPreview, describe, preview_invoice_file

from .conftest import Firm

HEAD = "number,client,email,amount,issue_date,due_date,pdf,client_id\n"
FIRST = (
    "F-1,Boulangerie Dupont,compta@dupont.fr,1250.00,2026-10-02,2026-11-02,factures/F-1.pdf,\n"
    "F-2,Acme SARL,ap@acme.fr,3600.00,2026-10-10,2026-11-09,factures/F-2.pdf,\n"
    "F-3,Boulangerie Dupont,compta@dupont.fr,120.00,2026-10-03,2026-11-02,factures/F-3.pdf,\n"
)
SECOND = (
    # F-1: a later due date and a corrected amount; F-2: Acme's new address; F-3: its amount
    # lowered to what was paid; F-4: a new customer.
    "F-1,Boulangerie Dupont,compta@dupont.fr,1200.00,2026-10-02,2026-11-16,factures/F-1.pdf,\n"
    "F-2,Acme SARL,compta@acme.fr,3600.00,2026-10-10,2026-11-09,factures/F-2.pdf,\n"
    "F-3,Boulangerie Dupont,compta@dupont.fr,100.00,2026-10-03,2026-11-02,factures/F-3.pdf,\n"
    "F-4,Mairie de Lyon,finances@lyon.fr,540.00,2026-11-05,2026-12-05,factures/F-4.pdf,\n"
)
NOW = "2026-11-10T09:00"


def everything(firm: Firm) -> list[str]:
    """The whole store, as SQL: a dry run must leave it identical."""
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        return list(conn.iterdump())


def on_file(firm: Firm) -> Firm:
    for number in ("F-1", "F-2", "F-3", "F-4"):
        firm.pdf(number)
    firm.run("import-invoices", str(firm.csv("first.csv", HEAD + FIRST)), now="2026-11-02T07:00")
    paid = firm.csv("paid.csv", "number,amount,date\nF-3,100.00,2026-11-05\n")
    firm.run("import-payments", str(paid), now="2026-11-06T07:00")
    return firm


def test_a_dry_run_says_what_the_import_then_does(firm: Firm) -> None:
    on_file(firm)
    second = firm.csv("second.csv", HEAD + SECOND)
    before = everything(firm)
    out = firm.run("import-invoices", str(second), "--dry-run", now=NOW).output
    assert everything(firm) == before
    assert f"{second} : essai à blanc, rien n'a été écrit." in out
    assert "Factures ajoutées (1) : F-4 (mairie-de-lyon)" in out
    assert (
        "F-1 : montant TTC 1\u202f250,00\u00a0€ → 1\u202f200,00\u00a0€ ; échéance 02/11/2026 → 16/11/2026"
        in out
    )
    assert "F-3 : montant TTC 120,00\u00a0€ → 100,00\u00a0€" in out
    assert "Factures inchangées (1) : F-2" in out
    assert "Clients créés (1) : Mairie de Lyon (mairie-de-lyon)" in out
    assert (
        "Adresses ajoutées (2) :\n    acme-sarl : compta@acme.fr\n    mairie-de-lyon : finances@lyon.fr"
        in out
    )
    assert "Adresses remplacées (1) :\n    acme-sarl : ap@acme.fr" in out
    assert "Soldées par cet import (1) : F-3" in out
    assert "Adresse ap@acme.fr remplacée par compta@acme.fr" in out  # the import's own note

    done = firm.run("import-invoices", str(second), now=NOW).output
    assert "1 facture(s) ajoutée(s), 3 mise(s) à jour" in done
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        rows = conn.execute(
            "SELECT number, amount, due_date, paid_at IS NOT NULL FROM invoices ORDER BY number"
        ).fetchall()
        active = conn.execute(
            "SELECT email FROM contacts WHERE customer_id = 'acme-sarl' AND active"
        ).fetchall()
    assert rows == [
        ("F-1", "1200.00", "2026-11-16", 0),
        ("F-2", "3600.00", "2026-11-09", 0),
        ("F-3", "100.00", "2026-11-02", 1),
        ("F-4", "540.00", "2026-12-05", 0),
    ]
    assert active == [("compta@acme.fr",)]
    again = firm.run("import-invoices", str(second), "--dry-run", now=NOW).output
    assert "Factures inchangées (4) : F-1, F-2, F-3, F-4" in again


def test_every_refused_line_and_nothing_written(firm: Firm) -> None:
    on_file(firm)
    bad = firm.csv(
        "bad.csv",
        HEAD
        + "F-5,Mairie,finances@mairie.fr,douze,2026-11-05,2026-12-05,factures/F-4.pdf,\n"
        + "F-6,Mairie,finances@mairie.fr,10.00,2026-11-05,2026-12-05,factures/absent.pdf,\n"
        + "F-4,Mairie,finances@mairie.fr,540.00,2026-11-05,2026-12-05,factures/F-4.pdf,\n",
    )
    before = everything(firm)
    result = firm.run("import-invoices", str(bad), "--dry-run", now=NOW, ok=False)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "essai à blanc, fichier refusé, rien ne serait importé" in result.output
    assert "  - ligne 2 : montant illisible" in result.output
    assert "  - ligne 3 : pdf introuvable" in result.output
    assert "ligne 4" not in result.output
    assert everything(firm) == before


def test_an_invoice_of_another_customer_is_refused_unless_moved(firm: Firm) -> None:
    on_file(firm)
    moving = firm.csv(
        "moving.csv",
        HEAD + "F-2,Acme Group,ap@acme-group.fr,3600.00,2026-10-10,2026-11-09,factures/F-2.pdf,\n",
    )
    refused = firm.run("import-invoices", str(moving), "--dry-run", now=NOW, ok=False)
    assert refused.exit_code == 1
    assert "ligne 2 : la facture F-2 appartient à « Acme SARL »" in refused.output
    before = everything(firm)
    moved = firm.run("import-invoices", str(moving), "--dry-run", "--move", now=NOW).output
    assert "F-2 : déplacée de acme-sarl" in moved
    assert "Clients créés (1) : Acme Group (acme-group)" in moved
    assert everything(firm) == before


def test_a_payments_dry_run(firm: Firm) -> None:
    on_file(firm)
    payments = firm.csv(
        "payments.csv",
        "number,amount,date\nF-3,100.00,2026-11-05\nF-2,3600.00,2026-11-08\nF-1,250.00,2026-11-08\n",
    )
    before = everything(firm)
    out = firm.run("import-payments", str(payments), "--dry-run", now=NOW).output
    assert everything(firm) == before
    assert (
        "Paiements appliqués (2) :\n"
        "    ligne 3 : F-2 3\u202f600,00\u00a0€ du 08/11/2026\n"
        "    ligne 4 : F-1 250,00\u00a0€ du 08/11/2026"
    ) in out
    assert "Paiements déjà enregistrés (1) :\n    ligne 2 : F-3 100,00\u00a0€ du 05/11/2026" in out
    assert "Soldées par cet import (1) : F-2" in out
    unknown = firm.csv("unknown.csv", "number,amount,date\nF-404,10.00,2026-11-08\n")
    refused = firm.run("import-payments", str(unknown), "--dry-run", now=NOW, ok=False)
    assert refused.exit_code == 1
    assert "ligne 2 : facture 'F-404' inconnue (importez-la d'abord)" in refused.output
    assert everything(firm) == before


def test_the_library_gives_the_changes_field_by_field(firm: Firm) -> None:
    on_file(firm)
    settings = load_settings(firm.config, explicit=True)
    db = open_database(firm.root / "relancebot.db")
    second = firm.csv("second.csv", HEAD + SECOND)
    now = dt.datetime(2026, 11, 10, 9, tzinfo=dt.UTC)
    preview = preview_invoice_file(db, settings, second, now)
    assert preview.accepted and not db.conn.in_transaction
    (f1,) = [i for i in preview.invoices if i.number == "F-1"]
    assert f1.changes == (
        FieldChange("montant TTC", "1\u202f250,00\u00a0€", "1\u202f200,00\u00a0€"),
        FieldChange("échéance", "02/11/2026", "16/11/2026"),
    )
    assert [i.number for i in preview.added] == ["F-4"]
    assert preview.becoming_paid == ("F-3",)
    assert [(c.customer_id, c.created) for c in preview.customers] == [("mairie-de-lyon", True)]
    # Inside a caller's transaction, the dry run is a savepoint rolled back: the caller's
    # own writes stay.
    with db.atomic():
        db.execute("UPDATE customers SET phone = '01' WHERE id = 'acme-sarl'")
        assert preview_invoice_file(db, settings, second, now).accepted
        assert db.execute("SELECT phone FROM customers WHERE id = 'acme-sarl'").fetchone() == (
            "01",
        )
    assert db.execute("SELECT count(*) FROM invoices").fetchone() == (3,)


P = Path("f.csv")
EUROS = "100,00\u00a0€"


@pytest.mark.parametrize(
    ("preview", "lines"),
    [
        (ImportPreview(P, "invoices"), ["rien ne changerait"]),
        (
            ImportPreview(P, "invoices", refused=("ligne 2 : client vide",)),
            ["fichier refusé, rien ne serait importé :", "  - ligne 2 : client vide"],
        ),
        (
            ImportPreview(
                P,
                "invoices",
                invoices=(
                    InvoiceChange("F-9", "a", True, (), None, None),
                    InvoiceChange(
                        "F-8", "b", False, (FieldChange("client", "a", "b"),), "a", "reopened"
                    ),
                ),
                addresses=(AddressChange("b", "x@b.fr", "cc", "added"),),
            ),
            [
                "Factures ajoutées (1) : F-9 (a)",
                "Factures mises à jour (1) :",
                "  F-8 : déplacée de a",
                "Adresses ajoutées (1) :",
                "  b : x@b.fr (copie)",
                "Rouvertes (1) : F-8",
            ],
        ),
        (
            ImportPreview(
                P,
                "payments",
                payments=(PaymentLine(2, "F-1", Decimal("100.00"), dt.date(2026, 11, 8), False),),
            ),
            ["Paiements déjà enregistrés (1) :", f"  ligne 2 : F-1 {EUROS} du 08/11/2026"],
        ),
    ],
)
def test_describe(preview: ImportPreview, lines: list[str]) -> None:
    assert describe(preview) == lines
