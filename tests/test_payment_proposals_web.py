"""The page Paiements: the bank credits proposed to a person, accepted or refused with a button
in a real headless Chromium (Selenium) against `relancebot web`, then seen by the command line;
and, under Flask's test client, a forged post (no CSRF token, another site) and a replayed
one refused with nothing changed.

Debian's chromium and chromium-driver are given to Selenium by path (as tests/test_web_browser
does), so its driver manager never goes to the network.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from relancebot.importing.statements import Statement, StatementLine
from relancebot.store.database import open_database
from relancebot.store.records import COMMAND
from relancebot.store.statements import record_statement

from .conftest import Firm
from .review_helpers import at
from .web_helpers import ORIGIN, add_user, browser, firm_app, plain

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager: never the network

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
NOW = "2026-11-10T09:00"
INVOICES = """\
    number;client;email;amount;issue_date;due_date;pdf
    F-2026-0418;Acme SARL;compta@acme.fr;300,00;15/09/2026;15/10/2026;factures/F-2026-0418.pdf
    F-2026-0420;Acme SARL;compta@acme.fr;1250,00;01/10/2026;02/11/2026;factures/F-2026-0420.pdf
    F-2026-0430;Studio Lefèvre;studio@lefevre.fr;640,00;05/10/2026;05/11/2026;factures/F-2026-0430.pdf
    F-2026-0440;Boulangerie Dupont;compta@dupont.fr;75,00;07/10/2026;07/11/2026;factures/F-2026-0440.pdf
    """
HOSTILE_PAYER = "<script>alert(1)</script> DURAND"


def books(firm: Firm) -> dict[str, int]:
    """Four invoices, and a statement of three credits: Dupont's amount from a stranger and
    Lefèvre's name (both proposed), and a gift that matches nothing."""
    for line in INVOICES.splitlines()[1:]:
        firm.pdf(line.split(";")[0].strip())
    firm.run("import-invoices", str(firm.csv("factures.csv", INVOICES)), now="2026-11-02T07:00")
    lines = (
        StatementLine(
            "ligne 5",
            dt.date(2026, 11, 5),
            Decimal("75.00"),
            payer_name=HOSTILE_PAYER,
            remittance="VIR INST <b>gras</b>",
        ),
        StatementLine(
            "ligne 6",
            dt.date(2026, 11, 6),
            Decimal("640.00"),
            payer_name="LEFEVRE STUDIO",
            remittance="VIREMENT",
        ),
        StatementLine("ligne 7", dt.date(2026, 11, 7), Decimal("99.00"), remittance="CADEAU"),
    )
    db = open_database(firm.root / "relancebot.db")
    try:
        done = record_statement(
            db, Statement("camt.053", "", lines), firm.root / "releve.xml", at(NOW), actor=COMMAND
        )
    finally:
        db.conn.close()
    assert [c.outcome for c in done.credits] == ["proposed", "proposed", "unmatched"]
    add_user(["--config", str(firm.config)])
    return {"dupont": done.credits[0].id, "lefevre": done.credits[1].id, "gift": done.credits[2].id}


def row(firm: Firm, sql: str, *params: object) -> tuple[Any, ...]:
    db = open_database(firm.root / "relancebot.db")
    try:
        found = db.execute(sql, list(params)).fetchone()
        return tuple(found) if found else ()
    finally:
        db.conn.close()


# --- Under Flask's test client: what a forged or replayed post does -----------------------------


@pytest.fixture
def ids(firm: Firm) -> dict[str, int]:
    return books(firm)


def state(firm: Firm) -> tuple[Any, ...]:
    return (
        row(firm, "SELECT group_concat(outcome) FROM statement_lines"),
        row(firm, "SELECT COUNT(*), COALESCE(SUM(amount), 0) FROM payments"),
    )


def test_the_page_lists_proposals_and_unmatched_as_text(firm: Firm, ids: dict[str, int]) -> None:
    b = browser(firm_app(firm, NOW))
    page = b.text("/paiements")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; DURAND" in page  # shown, never run
    assert "<script>alert" not in page
    text = plain(page)
    assert f"n° {ids['dupont']} — 75,00 € le 05/11/2026" in text
    assert "Proposé : F-2026-0440 ( Boulangerie Dupont )" in text
    assert "montant exact de F-2026-0440 (Boulangerie Dupont), seule facture ouverte" in text
    assert "Proposé : F-2026-0430 ( Studio Lefèvre )" in text
    assert f"n° {ids['gift']} — 99,00 € le 07/11/2026" in text
    assert "Paiements" in plain(b.text("/"))  # the tab


def test_a_forged_post_is_refused(firm: Firm, ids: dict[str, int]) -> None:
    b = browser(firm_app(firm, NOW))
    before = state(firm)
    url = f"/paiements/{ids['dupont']}/accepter"
    assert b.client.post(url, data={}, headers={"Origin": ORIGIN}).status_code == 400
    forged = b.client.post(url, data={"csrf_token": "x"}, headers={"Origin": ORIGIN})
    assert forged.status_code == 400
    assert b.post(url, {}, origin="http://evil.example").status_code == 403
    assert b.post(f"/paiements/{ids['lefevre']}/refuser", {}, origin="null").status_code == 403
    assert browser(firm_app(firm, NOW), logged_in=False).post(url, {}).status_code in (302, 303)
    assert state(firm) == before


def test_a_replayed_post_changes_nothing(firm: Firm, ids: dict[str, int]) -> None:
    b = browser(firm_app(firm, NOW))
    url = f"/paiements/{ids['dupont']}/accepter"
    first = plain(b.follow(b.post(url, {})))
    assert f"Virement n° {ids['dupont']}" in first
    assert "appliqué à F-2026-0440 ; soldée(s) : F-2026-0440." in first
    after = state(firm)
    again = plain(b.follow(b.post(url, {})))
    assert "déjà accepté par une personne le 10/11/2026 par web:claire" in again
    assert state(firm) == after
    refused = plain(b.follow(b.post(f"/paiements/{ids['dupont']}/refuser", {})))
    assert "déjà accepté" in refused
    assert state(firm) == after
    unknown = plain(b.follow(b.post("/paiements/9999/accepter", {})))
    assert "aucun virement n° 9999" in unknown


def test_a_credit_put_on_an_invoice_typed(firm: Firm, ids: dict[str, int]) -> None:
    b = browser(firm_app(firm, NOW))
    answer = plain(b.follow(b.post(f"/paiements/{ids['gift']}/accepter", {"invoice": "F-404"})))
    assert "facture inconnue : 'F-404'" in answer
    answer = plain(
        b.follow(b.post(f"/paiements/{ids['gift']}/accepter", {"invoice": "F-2026-0418"}))
    )
    assert "appliqué à F-2026-0418" in answer
    assert row(firm, "SELECT paid FROM invoices WHERE number = 'F-2026-0418'") == ("99.00",)
    assert row(firm, "SELECT actor FROM events WHERE kind = 'bank_credit_accepted'") == (
        "web:claire",
    )


# --- In a real browser --------------------------------------------------------------------------

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402

from .test_web_browser import Walk, chromium, serving  # noqa: E402

needs_chromium = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="chromium and chromium-driver not installed (scripts/install-test-servers)",
)


@pytest.fixture
def served(firm: Firm) -> Iterator[tuple[Firm, str, dict[str, int]]]:
    ids = books(firm)
    with serving(firm, NOW) as base:
        yield firm, base, ids


@needs_chromium
def test_accept_and_refuse_in_chromium(
    served: tuple[Firm, str, dict[str, int]], tmp_path: Path
) -> None:
    firm, base, ids = served
    shots = tmp_path / "screenshots"
    shots.mkdir()
    driver = chromium(1280, 1000)
    try:
        w = Walk(driver, base, shots, "paiements")
        w.open("/login")
        w.log_in()
        w.open("/")
        # Today's task about Dupont's credit leads to the page.
        task = driver.find_element(By.CSS_SELECTOR, 'li.appel[data-customer="boulangerie-dupont"]')
        assert "rapprocher un paiement reçu" in task.text.lower()
        w.click(task.find_element(By.CSS_SELECTOR, "a.rapprocher"))
        assert driver.current_url == base + "/paiements"
        w.shot("paiements")
        payer = driver.find_element(By.CSS_SELECTOR, f"#virement-{ids['dupont']} .payeur")
        assert payer.text == HOSTILE_PAYER  # text, no script run

        w.click(driver.find_element(By.ID, f"accepter-{ids['dupont']}"))
        w.shot("accepte")
        assert f"Virement n° {ids['dupont']}" in w.text()
        assert "appliqué à F-2026-0440" in w.text()
        assert not driver.find_elements(By.ID, f"accepter-{ids['dupont']}")

        w.click(driver.find_element(By.ID, f"refuser-{ids['lefevre']}"))
        w.shot("refuse")
        assert "proposition refusée, rien n'a été appliqué" in w.text()
        unmatched = driver.find_element(By.ID, "sans-correspondance").text
        assert (
            f"n° {ids['lefevre']}" in unmatched
            and "Proposition refusée par web:claire" in unmatched
        )
        assert "Aucun virement à décider." in driver.find_element(By.ID, "propositions").text
    finally:
        driver.quit()
    # The command line sees what the page did, and who did it.
    assert row(
        firm, "SELECT paid, paid_at IS NOT NULL FROM invoices WHERE number = 'F-2026-0440'"
    ) == (
        "75.00",
        1,
    )
    assert row(firm, "SELECT paid FROM invoices WHERE number = 'F-2026-0430'") == ("0.00",)
    assert "Aucun virement à décider." in firm.run("payments", "proposed", now=NOW).output
    history = firm.run("history", "F-2026-0440", now=NOW).output
    assert "accepté par une personne, appliqué à F-2026-0440" in history
    assert row(firm, "SELECT decided_by FROM statement_lines WHERE id = ?", ids["lefevre"]) == (
        "web:claire",
    )
