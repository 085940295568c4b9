"""import-invoices / import-payments: French exports, all-or-nothing, every bad row named."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from relancebot.core.money import AmountError, parse_amount
from relancebot.importing.csvfile import parse_date

from .conftest import Firm


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1250", "1250.00"),
        ("1 250,00 €", "1250.00"),
        ("1\u202f250,5", "1250.50"),
        ("1.250,00", "1250.00"),
        ("1,250.00", "1250.00"),
        ("EUR 99.99", "99.99"),  # three decimals are refused, never rounded: test_import_amounts
        ("12,3", "12.30"),
        ("3 600,00 TTC", "3600.00"),
        ("1.000.000", "1000000.00"),
    ],
)
def test_amounts_as_accounting_exports_write_them(text: str, value: str) -> None:
    assert parse_amount(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "12 €uros en trop", "1e5"])
def test_unreadable_amounts_are_refused(text: str) -> None:
    with pytest.raises(AmountError):
        parse_amount(text)


@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_french_formatting_reads_back(value: Decimal) -> None:
    from relancebot.core.money import format_money

    assert parse_amount(format_money(value)) == value


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026-11-02", "2026-11-02"),
        ("02/11/2026", "2026-11-02"),
        ("2.11.2026", "2026-11-02"),
        ("02-11-2026", "2026-11-02"),
        ("2/11/2026", "2026-11-02"),
        ("02/11/2026 00:00", "2026-11-02"),
        ("2026-11-02T00:00:00", "2026-11-02"),
        ("02/11/26", "2026-11-02"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    assert parse_date(text).isoformat() == iso


def rows(firm: Firm, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        return conn.execute(sql).fetchall()


def test_french_headers_semicolons_and_windows_1252(firm: Firm) -> None:
    firm.pdf("F-2026-0412")
    text = (
        "N° facture;Raison sociale;Courriel;Montant HT;Montant TTC;Date;Échéance;PDF;"
        "Téléphone;Code client;Copie\r\n"
        "F-2026-0412;Boulangerie Hénault;Compta@Henault.fr;1 041,67;1 250,00 €;02/10/2026;"
        "01/11/2026;factures/F-2026-0412.pdf;04 78 00 00 00;C042;expert@cabinet.fr\r\n"
    )
    path = firm.root / "export.csv"
    path.write_bytes(text.encode("cp1252"))
    result = firm.run("import-invoices", str(path))
    assert "1 facture(s) ajoutée(s)" in result.output
    assert rows(
        firm, "SELECT number, customer_id, amount, amount_excl_tax, due_date FROM invoices"
    ) == [("F-2026-0412", "C042", "1250.00", "1041.67", "2026-11-01")]
    assert rows(firm, "SELECT name, phone FROM customers") == [
        ("Boulangerie Hénault", "04 78 00 00 00")
    ]
    assert sorted(rows(firm, "SELECT email, role FROM contacts")) == [
        ("compta@henault.fr", "to"),
        ("expert@cabinet.fr", "cc"),
    ]


def test_a_bad_row_refuses_the_whole_file_naming_each_line(firm: Firm) -> None:
    firm.pdf("F-1")
    (firm.root / "factures" / "pas-un-pdf.pdf").write_text("bonjour")
    csv = firm.csv(
        "f.csv",
        """\
        number,client,email,amount,issue_date,due_date,pdf
        F-1,Client A,a@a.fr,100,2026-10-01,2026-11-01,factures/F-1.pdf
        F-2,Client B,pas-une-adresse,100,2026-10-01,2026-11-01,factures/F-1.pdf
        F-3,Client C,c@c.fr,cent euros,2026-10-01,2026-11-01,factures/F-1.pdf
        F-4,Client D,d@d.fr,100,2026-13-45,2026-11-01,factures/F-1.pdf
        F-5,Client E,e@e.fr,100,2026-10-01,2026-11-01,factures/absent.pdf
        F-6,Client F,f@f.fr,100,2026-10-01,2026-11-01,factures/pas-un-pdf.pdf
        F-7,Client G,g@g.fr,100,2026-10-01,2026-11-01,../../../etc/passwd
        F-1,Client A,a@a.fr,100,2026-10-01,2026-11-01,factures/F-1.pdf
        F-8,Client H,h@h.fr,100,2026-10-01,2026-09-01,factures/F-1.pdf
        """,
    )
    firm.run("tick", now="2026-11-02T08:00")  # the store exists: nothing may be half-written in it
    result = firm.run("import-invoices", str(csv), ok=False)
    assert result.exit_code == 1
    out = result.output
    assert "rien n'a été importé" in out
    for line, reason in [
        (3, "email invalide"),
        (4, "montant illisible"),
        (5, "date illisible"),
        (6, "pdf introuvable"),
        (7, "n'est pas un PDF"),
        (8, "hors du dossier"),
        (9, "déjà vue ligne 2"),
        (10, "antérieure"),
    ]:
        assert f"ligne {line} : " in out and reason in out, (line, reason, out)
    assert "ligne 2 :" not in out
    assert rows(firm, "SELECT COUNT(*) FROM invoices") == [(0,)]


def test_header_injection_in_a_name_is_refused(firm: Firm) -> None:
    firm.pdf("F-1")
    csv = firm.csv(
        "f.csv",
        "number,client,email,amount,issue_date,due_date,pdf\n"
        'F-1,"Evil\nBcc: victim@x.fr",a@a.fr,100,2026-10-01,2026-11-01,factures/F-1.pdf\n',
    )
    result = firm.run("import-invoices", str(csv), ok=False)
    assert "caractère de contrôle" in result.output


def test_missing_columns_are_named(firm: Firm) -> None:
    csv = firm.csv("f.csv", "number;client;amount\nF-1;A;100\n")
    result = firm.run("import-invoices", str(csv), ok=False)
    assert "email, issue_date, due_date, pdf" in result.output


def test_update_by_number_keeps_the_chase(firm: Firm) -> None:
    firm.pdf("F-1")
    head = "number,client,email,amount,issue_date,due_date,pdf\n"
    firm.csv("a.csv", head + "F-1,Client A,a@a.fr,100,2026-10-01,2026-11-01,factures/F-1.pdf\n")
    firm.run("import-invoices", str(firm.root / "a.csv"))
    firm.run("tick", now="2026-11-03T10:00")
    firm.csv("b.csv", head + "F-1,Client A,a@a.fr,120,2026-10-01,2026-11-01,factures/F-1.pdf\n")
    result = firm.run("import-invoices", str(firm.root / "b.csv"))
    assert "1 mise(s) à jour" in result.output
    assert rows(firm, "SELECT amount, reminders_sent FROM invoices") == [("120.00", 1)]


def test_payments_add_up_and_stop_the_chase(firm: Firm) -> None:
    firm.pdf("F-1")
    firm.csv(
        "a.csv",
        "number,client,email,amount,issue_date,due_date,pdf\n"
        "F-1,Client A,a@a.fr,1250,2026-10-01,2026-11-01,factures/F-1.pdf\n",
    )
    firm.run("import-invoices", str(firm.root / "a.csv"))
    firm.csv("p1.csv", "Facture;Montant;Date de paiement\nF-1;1 000,00;05/11/2026\n")
    firm.csv("p2.csv", "number,amount,date\nF-1,250,2026-11-06\n")
    firm.run("import-payments", str(firm.root / "p1.csv"))
    again = firm.run("import-payments", str(firm.root / "p1.csv"))
    assert "1 déjà connu(s)" in again.output
    assert rows(firm, "SELECT paid, paid_at IS NULL FROM invoices") == [("1000.00", 1)]
    done = firm.run("import-payments", str(firm.root / "p2.csv"))
    assert "soldée(s) : F-1" in done.output
    assert rows(firm, "SELECT paid, paid_at IS NOT NULL FROM invoices") == [("1250.00", 1)]
    firm.run("tick", now="2026-11-10T10:00")
    assert rows(firm, "SELECT COUNT(*) FROM outbox WHERE kind != 'digest'") == [(0,)]


def test_payment_for_an_unknown_invoice_is_refused(firm: Firm) -> None:
    firm.csv("p.csv", "number,amount,date\nX-9,10,2026-11-06\n")
    firm.run("tick", now="2026-11-10T10:00")
    result = firm.run("import-payments", str(firm.root / "p.csv"), ok=False)
    assert "ligne 2 : facture 'X-9' inconnue" in result.output


def test_addresses_as_mail_clients_and_exports_write_them() -> None:
    from relancebot.importing.invoices import parse_addresses

    assert parse_addresses(
        "Jean Dupont <Jean@Dupont.fr>; compta@dupont.fr, a@b.fr c@d.fr", "email"
    ) == ("jean@dupont.fr", "compta@dupont.fr", "a@b.fr", "c@d.fr")
    with pytest.raises(ValueError, match="email invalide 'Jean'"):
        parse_addresses("Jean Dupont", "email")


def test_headers_of_other_exports(firm: Firm) -> None:
    firm.pdf("F-9")
    firm.csv(
        "export.csv",
        """\
        N° de facture;Nom du client;Adresse mail;Total TTC (€);Date de la facture;Date limite de paiement;Chemin
        F-9;Garage Martin;Martin <contact@garage-martin.fr>;"2 500,00 €";02/11/2026 00:00;02/12/2026;factures/F-9.pdf
        """,
    )
    assert (
        "1 facture(s) ajoutée(s)"
        in firm.run("import-invoices", str(firm.root / "export.csv")).output
    )
    assert rows(firm, "SELECT number, customer_id, amount, due_date FROM invoices") == [
        ("F-9", "garage-martin", "2500.00", "2026-12-02")
    ]
