"""The report's figures: aged balance, DSO, collections per month, their chart and exports.

The pure core against hand-computed tables; then `report --aged` on a real firm folder.
"""

from __future__ import annotations

import csv
import datetime as dt
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest

from relancebot.review.aging import (
    Collected,
    OpenItem,
    Sale,
    aged_balance,
    bucket_of,
    days_sales_outstanding,
    monthly_collections,
    percent,
)
from relancebot.review.chart import Bar, bar_chart_svg, collections_svg, short_amount

from .conftest import Firm

TODAY = dt.date(2026, 12, 7)
D = Decimal


def day(offset: int) -> dt.date:
    return TODAY + dt.timedelta(days=offset)


def item(customer: str, due: int, balance: str, issued: int = -60) -> OpenItem:
    return OpenItem(
        customer, customer.title(), f"F{due}{customer}", day(issued), day(due), D(balance)
    )


@pytest.mark.parametrize(
    ("days", "bucket"),
    [(-30, 0), (0, 0), (1, 1), (30, 1), (31, 2), (60, 2), (61, 3), (90, 3), (91, 4), (120, 4),
     (121, 5), (4000, 5)],
)  # fmt: skip
def test_buckets(days: int, bucket: int) -> None:
    assert bucket_of(days) == bucket


def test_aged_balance_by_hand() -> None:
    items = [
        item("a", 3, "100.00"),  # not due
        item("a", -7, "200.00"),  # 7 days past due
        item("b", -97, "300.00"),
        item("b", -159, "400.00"),
        item("b", -10, "0.00"),  # paid: left out
        item("c", -200, "-50.00"),  # overpaid: left out
    ]
    aged = aged_balance(items, TODAY)
    assert [(c.customer_id, c.total, c.invoices) for c in aged.customers] == [
        ("b", D("700.00"), 2),
        ("a", D("300.00"), 2),
    ]
    zero = D("0.00")
    assert aged.customers[1].buckets == (D("100.00"), D("200.00"), zero, zero, zero, zero)
    assert aged.totals == (D("100.00"), D("200.00"), zero, zero, D("300.00"), D("400.00"))
    assert aged.total == D("1000.00")
    assert aged.shares == (D("10.0"), D("20.0"), D("0.0"), D("0.0"), D("30.0"), D("40.0"))


@pytest.mark.parametrize(
    ("part", "whole", "share"),
    [("1", "3", "33.3"), ("2", "3", "66.7"), ("1", "8", "12.5"), ("0", "0", "0.0"), ("5", "5", "100.0")],
)  # fmt: skip
def test_percent(part: str, whole: str, share: str) -> None:
    assert percent(D(part), D(whole)) == D(share)


@pytest.mark.parametrize(
    ("items", "sales", "dso"),
    [
        # 3 000 owed, 9 000 invoiced in 90 days: a month of sales is owed.
        ([item("a", -5, "3000.00")], [Sale(day(-10), D("9000.00"))], D("30.0")),
        ([item("a", -5, "1250.00")], [Sale(day(-10), D("9000.00"))], D("12.5")),
        # 1 000 × 90 / 7 000 = 12.857...
        ([item("a", -5, "1000.00")], [Sale(day(-1), D("7000.00"))], D("12.9")),
        # The window is today − 89 … today: the sale of day −90 is outside.
        ([item("a", -5, "300.00")], [Sale(day(-89), D("900")), Sale(day(-90), D("9999"))], D("30.0")),
        # An invoice issued after today is not owed yet.
        ([item("a", 30, "500.00", issued=1), item("a", -5, "450.00", issued=-10)],
         [Sale(day(-10), D("900.00")), Sale(day(1), D("500.00"))], D("45.0")),
        # Everything owed is older than the sales: more days than the period.
        ([item("a", -200, "2000.00", issued=-230)], [Sale(day(0), D("1000.00"))], D("180.0")),
        ([item("a", -5, "300.00")], [], None),  # nothing invoiced: no ratio
        ([], [Sale(day(-3), D("100.00"))], D("0.0")),
    ],
)  # fmt: skip
def test_days_sales_outstanding(items: list[OpenItem], sales: list[Sale], dso: D | None) -> None:
    assert days_sales_outstanding(items, sales, TODAY) == dso


def test_monthly_collections() -> None:
    payments = [
        Collected(dt.date(2026, 12, 1), D("100.00")),
        Collected(dt.date(2026, 12, 7), D("20.00")),
        Collected(dt.date(2026, 12, 8), D("50.00")),  # after today
        Collected(dt.date(2026, 1, 15), D("200.00")),
        Collected(dt.date(2026, 1, 31), D("1.50")),
        Collected(dt.date(2025, 12, 31), D("999.00")),  # thirteen months back
    ]
    months = monthly_collections(payments, TODAY)
    assert len(months) == 12
    assert (months[0].month, months[0].amount) == (dt.date(2026, 1, 1), D("201.50"))
    assert (months[-1].month, months[-1].amount) == (dt.date(2026, 12, 1), D("120.00"))
    assert sum(m.amount for m in months[1:-1]) == 0
    over_new_year = monthly_collections([], dt.date(2026, 1, 10), months=3)
    assert [m.month for m in over_new_year] == [
        dt.date(2025, 11, 1),
        dt.date(2025, 12, 1),
        dt.date(2026, 1, 1),
    ]


@pytest.mark.parametrize(
    ("amount", "text"),
    [("0", "0\u00a0€"), ("849.50", "850\u00a0€"), ("1000", "1\u00a0k€"), ("1250", "1,3\u00a0k€"),
     ("999999", "1000\u00a0k€"), ("2500000", "2,5\u00a0M€")],
)  # fmt: skip
def test_short_amounts(amount: str, text: str) -> None:
    assert short_amount(D(amount)) == text


def test_the_chart_escapes_its_labels_and_draws_bars_to_scale() -> None:
    svg = bar_chart_svg(
        [Bar("<script>", D("100"), "a&b"), Bar("zéro", D("0")), Bar('"x"', D("50"))],
        'Titre <img src=x onerror="alert(1)">',
        width=300,
        height=200,
    )
    root = ET.fromstring(svg)  # well-formed XML
    assert "<script>" not in svg and "<img" not in svg and 'onerror="' not in svg
    assert "&lt;script&gt;" in svg and "a&amp;b" in svg
    ns = "{http://www.w3.org/2000/svg}"
    bars = root.findall(f"{ns}rect")
    assert len(bars) == 2  # no bar for zero
    heights = [float(b.attrib["height"]) for b in bars]
    assert heights[0] == pytest.approx(2 * heights[1], abs=0.2)
    assert [b.findtext(f"{ns}title") for b in bars] == [
        "<script> a&b : 100,00\u00a0€",
        '"x" : 50,00\u00a0€',
    ]
    assert "script" not in "".join(root.attrib) and root.attrib["role"] == "img"


def test_the_collections_chart_names_each_month() -> None:
    months = monthly_collections([Collected(dt.date(2026, 11, 3), D("1250.00"))], TODAY)
    svg = collections_svg(months)
    ET.fromstring(svg)
    assert "nov. 2026 : 1\u202f250,00\u00a0€" in svg and ">2026<" in svg
    assert "janv." in svg and "déc." in svg


HOSTILE = '=HYPERLINK("http://evil.example/","clic")'


def aged_firm(firm: Firm) -> None:
    lines = ["number;client;email;amount;issue_date;due_date;pdf"]
    for number, client, email, amount, issued, due in (
        ("F-1", "Boulangerie Dupont", "compta@dupont.fr", "1250,00", "02/10/2026", "01/11/2026"),
        ("F-2", "Mairie", "finances@mairie.fr", "1020,00", "15/11/2026", "14/12/2026"),
        ("F-3", HOSTILE.replace('"', '""'), "x@evil.example", "600,00", "01/06/2026", "01/07/2026"),
        ("F-4", "Boulangerie Dupont", "compta@dupont.fr", "500,00", "20/11/2026", "01/12/2026"),
    ):
        firm.pdf(number)
        lines.append(f'{number};"{client}";{email};{amount};{issued};{due};factures/{number}.pdf')
    firm.run(
        "import-invoices", str(firm.csv("f.csv", "\n".join(lines) + "\n")), now="2026-11-21T07:00"
    )
    payments = "number;amount;date\nF-1;250,00;20/11/2026\nF-4;500,00;02/12/2026\n"
    firm.run("import-payments", str(firm.csv("p.csv", payments)), now="2026-12-02T18:00")
    firm.run("call", "F-1", "--outcome", "promise", "--date", "2026-12-15", now="2026-12-03T10:00")


NOW = "2026-12-07T09:00"


def test_report_aged_on_a_firm(firm: Firm) -> None:
    aged_firm(firm)
    out = firm.run("report", "--aged", now=NOW).output
    # Owed: F-1 1 000 (36 days), F-2 1 020 (not due), F-3 600 (159 days); F-4 paid.
    # Invoiced since 09/09: F-1, F-2, F-4 = 2 770; DSO = 2 620 × 90 / 2 770 = 85.1.
    assert "Balance âgée au 07/12/2026" in out
    assert "Délai moyen de paiement (DSO) : 85,1 jours" in out
    assert "dernier contact : 03/12/2026 Appel : promesse de paiement (15/12/2026)" in out
    assert "prochaine étape : F-1 : " in out
    lines = out.splitlines()
    (dupont,) = [line for line in lines if line.startswith("Boulangerie Dupont")]
    cells = [dupont[22 + 11 * i : 33 + 11 * i].strip() for i in range(7)]
    thousand, nothing = "1\u202f000\u00a0€", "0\u00a0€"
    assert cells == [nothing, nothing, thousand, nothing, nothing, nothing, thousand]
    assert any(line.startswith("Part") and "38,9 %" in line for line in lines)  # 1 020 / 2 620
    assert "nov. 2026" in out and "250,00" in out


def test_report_aged_exports(firm: Firm) -> None:
    aged_firm(firm)
    path, page = firm.root / "balance.csv", firm.root / "balance.html"
    written = firm.run("report", "--aged", "--csv", str(path), "--html", str(page), now=NOW)
    assert "Balance âgée de 3 client(s) écrite dans" in written.output
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    by_name = {r[0]: r for r in rows if r}
    assert by_name["'" + HOSTILE][7:10] == [
        "600,00",
        "600,00",
        "1",
    ]  # text made inert, the amount a number
    assert by_name["Boulangerie Dupont"][2:9] == [
        "0,00", "0,00", "1000,00", "0,00", "0,00", "0,00", "1000,00"
    ]  # fmt: skip
    assert by_name["Total"][8] == "2620,00"
    assert by_name["Délai moyen de paiement (jours)"][1] == "85,10"
    assert by_name["nov. 2026"] == ["nov. 2026", "250,00"]
    html = page.read_text(encoding="utf-8")
    assert "<svg" in html and "<script" not in html
    assert "=HYPERLINK(&quot;http://evil.example/&quot;" in html
    assert path.stat().st_mode & 0o077 == 0  # customer data: the owner's only


def test_report_aged_goes_alone(firm: Firm) -> None:
    result = firm.run("report", "--aged", "--all", now=NOW, ok=False)
    assert result.exit_code == 2 and "--aged va seul" in result.output
