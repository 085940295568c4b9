"""What a person types wrong is one line naming what and why, never a traceback."""

from __future__ import annotations

from .conftest import Firm


def setup(firm: Firm) -> None:
    firm.pdf("F-1")
    firm.csv(
        "f.csv",
        "number,client,email,amount,issue_date,due_date,pdf\n"
        "F-1,Client,c@exemple.fr,100,2026-10-01,2026-11-02,factures/F-1.pdf\n",
    )
    firm.run("import-invoices", str(firm.root / "f.csv"), now="2026-11-02T07:00")


def one_line(output: str) -> str:
    lines = output.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in output, output
    return lines[0]


def test_dates_out_of_any_sensible_range(firm: Firm) -> None:
    setup(firm)
    call = firm.run(
        "call",
        "F-1",
        "--outcome",
        "promise",
        "--date",
        "9999-12-31",
        now="2026-11-10T10:00",
        ok=False,
    )
    assert call.exit_code == 2
    assert one_line(call.output).startswith("relancebot : --date : date '9999-12-31' hors limites")
    paid = firm.run("mark-paid", "F-1", "--date", "31/12/9999", now="2026-11-10T10:00", ok=False)
    assert paid.exit_code == 2 and "hors limites" in one_line(paid.output)
    tick = firm.run("tick", now="9999-12-31T23:00", ok=False)
    assert tick.exit_code == 2
    assert one_line(tick.output) == (
        "relancebot : --now : '9999-12-31T23:00' hors limites (année de 1990 à 2100 attendue)"
    )
    assert "Payée" not in firm.run("case", "F-1", now="2026-11-10T10:00").output


def test_the_outbox_listing_on_a_broken_config(firm: Firm) -> None:
    firm.write_config("[smtp]\nport = 25\n")  # host is required
    listing = firm.run("outbox", ok=False)
    assert listing.exit_code == 2
    assert one_line(listing.output).startswith("relancebot : smtp.host : valeur obligatoire")
