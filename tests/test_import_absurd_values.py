"""An amount or a date no invoice can have is a refused row (file, line, reason), never a
traceback, and never an invoice that makes every later pass fail."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from relancebot.core.money import MAX_AMOUNT, AmountError, format_money, parse_amount
from relancebot.importing.csvfile import parse_date

from .conftest import Firm


@pytest.mark.parametrize(
    "text",
    [
        "1" * 40,  # more digits than Decimal keeps: could not even be rounded to the cent
        "1" * 27,
        "1 000 000 000 000,00",
        "-" + "9" * 30,
        "9" * 500,
    ],
)
def test_absurd_amounts_are_refused(text: str) -> None:
    with pytest.raises(AmountError, match="montant démesuré"):
        parse_amount(text)


def test_the_largest_amount_reads_and_prints() -> None:
    assert parse_amount("999 999 999 999,99") == MAX_AMOUNT
    assert format_money(MAX_AMOUNT) == "999\u202f999\u202f999\u202f999,99\u00a0€"
    assert parse_amount("1 250,00 €") == Decimal("1250.00")  # ordinary amounts unchanged


@pytest.mark.parametrize("text", ["31/12/9999", "0001-01-01", "02/11/1900", "2200-01-01"])
def test_dates_out_of_any_invoice_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="hors limites"):
        parse_date(text)


def test_a_40_digit_amount_refuses_the_file_with_its_line(firm: Firm) -> None:
    firm.pdf("F-1")
    csv = firm.csv(
        "f.csv",
        f"""\
        number,client,email,amount,issue_date,due_date,pdf
        F-1,Client A,a@a.fr,100,2026-10-01,2026-11-01,factures/F-1.pdf
        F-2,Client B,b@b.fr,{"1" * 40},2026-10-01,2026-11-01,factures/F-1.pdf
        F-3,Client C,c@c.fr,100,2026-10-01,9999-12-31,factures/F-1.pdf
        F-4,Client D,d@d.fr,100,2026-10-01,2026-11-01,factures/F-1.pdf
        """,
    )
    csv_with_ht = firm.csv(
        "g.csv",
        f"""\
        number,client,email,amount,amount_excl_tax,issue_date,due_date,pdf
        F-5,Client E,e@e.fr,100,{"9" * 30},2026-10-01,2026-11-01,factures/F-1.pdf
        """,
    )
    firm.run("tick", now="2026-11-02T08:00")  # the store exists: nothing may be half-written in it
    result = firm.run("import-invoices", str(csv), ok=False)
    assert result.exit_code == 1
    assert f"{csv} : fichier refusé, rien n'a été importé." in result.output
    assert "ligne 3 : montant démesuré '1111111111" in result.output
    assert "ligne 4 : date '9999-12-31' hors limites" in result.output
    assert "ligne 2" not in result.output and "ligne 5" not in result.output
    assert "Traceback" not in result.output
    result = firm.run("import-invoices", str(csv_with_ht), ok=False)
    assert result.exit_code == 1 and "ligne 2 : montant démesuré" in result.output
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        assert conn.execute("SELECT count(*) FROM invoices").fetchone() == (0,)


def test_an_absurd_payment_is_refused_with_its_line(firm: Firm) -> None:
    firm.pdf("F-1")
    invoices = firm.csv(
        "f.csv",
        """\
        number,client,email,amount,issue_date,due_date,pdf
        F-1,Client A,a@a.fr,100,2026-10-01,2026-11-01,factures/F-1.pdf
        """,
    )
    firm.run("import-invoices", str(invoices))
    payments = firm.csv(
        "p.csv",
        f"""\
        number,amount,date
        F-1,{"1" * 40},2026-11-02
        F-1,50,31/12/9999
        """,
    )
    result = firm.run("import-payments", str(payments), ok=False)
    assert result.exit_code == 1
    assert "ligne 2 : montant démesuré" in result.output
    assert "ligne 3 : date '31/12/9999' hors limites" in result.output


def test_an_absurd_amount_typed_by_a_person_is_one_line(firm: Firm) -> None:
    firm.pdf("F-1")
    invoices = firm.csv(
        "f.csv",
        """\
        number,client,email,amount,issue_date,due_date,pdf
        F-1,Client A,a@a.fr,100,2026-10-01,2026-11-01,factures/F-1.pdf
        """,
    )
    firm.run("import-invoices", str(invoices))
    result = firm.run("mark-paid", "F-1", "--amount", "1" * 40, ok=False)
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert line.startswith("relancebot : montant démesuré")


def test_two_unknown_columns_are_not_a_duplicate(firm: Firm) -> None:
    firm.pdf("F-1")
    csv = firm.csv(
        "f.csv",
        """\
        number,client,email,amount,issue_date,due_date,pdf,remarque,commercial
        F-1,Client A,a@a.fr,100,2026-10-01,2026-11-01,factures/F-1.pdf,urgent,Paul
        """,
    )
    assert "1 facture(s) ajoutée(s)" in firm.run("import-invoices", str(csv)).output
