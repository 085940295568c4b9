"""Rapport: the aged balance in buckets with totals, shares and DSO, the money collected per
month as an inline SVG chart, and the exports (CSV with formulas made inert, HTML)."""

from __future__ import annotations

from pathlib import Path

import pytest

from relancebot.web.app import create_app
from relancebot.workspace import Workspace

from .conftest import Firm
from .review_helpers import at
from .web_helpers import NOW, browser, firm_app, make_workspace, plain, seed

HOSTILE = """\
    number;client;email;amount;issue_date;due_date;pdf
    H-1;=HYPERLINK("http://evil.example");h@evil.example;100,00;01/12/2026;31/12/2026;factures/H-1.pdf
    """


@pytest.fixture
def reported(firm: Firm) -> Firm:
    """F-1 to F-4 as seeded, F-2 paid on 20/11, and a customer whose name is a formula."""
    seed(firm)
    firm.pdf("H-1")
    firm.csv("hostile.csv", HOSTILE)
    firm.run("import-invoices", str(firm.root / "hostile.csv"), now="2026-12-01T07:00")
    b = browser(firm_app(firm))
    paid = b.post("/dossier/boulangerie-dupont/payer", {"number": "F-2", "date": "2026-11-20"})
    assert paid.status_code == 303
    return firm


def test_the_aged_balance(reported: Firm) -> None:
    page = browser(firm_app(reported)).text("/rapport")
    text = plain(page)
    assert "Balance âgée au 07/12/2026" in text
    for label in ("non échu", "1-30 j", "31-60 j", "61-90 j", "91-120 j", "> 120 j"):
        assert label in text
    assert "Reste dû : 5 550,00 €" in text  # 1250 + 600 + 3600 + 100
    totals = plain(page.split('id="totaux"')[1].split("</tr>")[0])
    assert "100,00 € 3 600,00 € 1 850,00 €" in totals.replace(">", "")
    shares = plain(page.split('id="parts"')[1].split("</tr>")[0])
    assert "1,8 % 64,9 % 33,3 %" in shares
    assert "Délai moyen de paiement (DSO)" in text
    assert "=HYPERLINK(&#34;http://evil.example&#34;)" in page or "=HYPERLINK(&quot;" in page
    assert 'href="/dossier/boulangerie-dupont"' in page and 'href="/rapport"' in page
    chart = page.split('id="encaissements"')[1]
    assert "<svg" in chart and "120,00" in chart and "<script" not in chart


def test_the_exports(reported: Firm) -> None:
    b = browser(firm_app(reported))
    aged = b.get("/rapport/balance-agee.csv")
    assert aged.status_code == 200 and aged.mimetype == "text/csv"
    assert "attachment" in aged.headers["Content-Disposition"]
    body = aged.get_data().decode("utf-8-sig")
    assert "'=HYPERLINK" in body and ";=HYPERLINK" not in body and "Part (%)" in body
    assert "Délai moyen de paiement (jours)" in body
    html = b.get("/rapport/balance-agee.html")
    assert html.status_code == 200 and "attachment" in html.headers["Content-Disposition"]
    assert "Balance âgée — Atelier Morel SARL" in html.get_data(as_text=True)
    cases = b.get("/rapport/dossiers.csv").get_data().decode("utf-8-sig")
    assert "F-1" in cases and "'=HYPERLINK" in cases and "F-2" not in cases
    listing = b.get("/rapport/dossiers.html")
    assert listing.status_code == 200 and "F-3" in listing.get_data(as_text=True)


def test_login_is_required_and_nothing_changes_on_get(reported: Firm) -> None:
    stranger = browser(firm_app(reported), logged_in=False)
    for url in ("/rapport", "/rapport/balance-agee.csv", "/rapport/dossiers.html"):
        assert "/login" in stranger.get(url).headers["Location"]
    b = browser(firm_app(reported))
    assert b.client.post("/rapport", headers={"Origin": "http://localhost"}).status_code in (
        400,
        405,
    )


def test_each_firm_of_a_workspace(tmp_path: Path) -> None:
    root = make_workspace(tmp_path)
    b = browser(create_app(Workspace(root), now_override=at(NOW)))
    page = b.text("/e/boulangerie-b/rapport")
    assert "Garage Martin" in page and "Boulangerie Dupont" not in page
    assert 'href="/e/boulangerie-b/rapport/balance-agee.csv"' in page
    assert 'href="/e/boulangerie-b/rapport"' in page  # the tab, in the firm's pages
    export = b.get("/e/boulangerie-b/rapport/balance-agee.csv")
    assert "boulangerie-b" in export.headers["Content-Disposition"]
    assert "Garage Martin" in export.get_data().decode("utf-8-sig")


def test_a_payment_shows_at_once(reported: Firm) -> None:
    b = browser(firm_app(reported))
    assert "Reste dû : 5 550,00 €" in plain(b.text("/rapport"))
    b.post("/dossier/acme-ltd/payer", {"number": "F-4", "date": "2026-12-07"})
    assert "Reste dû : 1 950,00 €" in plain(b.text("/rapport"))
    paid = reported.csv("paid.csv", "number;amount;date\nF-1;1250,00;07/12/2026\n")
    reported.run("import-payments", str(paid), now=NOW)  # a command, beside the pages
    assert "Reste dû : 700,00 €" in plain(b.text("/rapport"))


def test_a_long_list_shows_its_first_lines_then_all_on_demand(
    reported: Firm, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Thousands of customers drawn at once made the page slower than a person waits: the
    largest balances first, the rest on demand; the totals always count every customer."""
    import relancebot.web.pages.report as report_page

    monkeypatch.setattr(report_page, "CUSTOMERS_SHOWN", 1)
    b = browser(firm_app(reported))
    first = b.text("/rapport")
    rows = first.split("<tbody>")[1].split("</tbody>")[0].count('<tr id="client-')
    assert rows == 1 and 'id="tous-les-clients"' in first
    assert "Reste dû : 5 550,00 €" in plain(first)  # every customer still counted
    everything = b.text("/rapport?tout=1")
    assert everything.split("<tbody>")[1].count('<tr id="client-') > 1
    assert 'id="tous-les-clients"' not in everything
