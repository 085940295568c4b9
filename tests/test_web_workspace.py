"""A workspace in the browser: its users in workspace.db, a firm switcher on every page, today
across all firms, and each firm's pages under /e/<firm>."""

from __future__ import annotations

from pathlib import Path

import pytest

from relancebot.config import load_settings
from relancebot.store.database import open_database
from relancebot.web.app import create_app
from relancebot.workspace import Workspace

from .review_helpers import at
from .web_helpers import NOW, browser, make_workspace, plain


@pytest.fixture
def espace(tmp_path: Path) -> Path:
    return make_workspace(tmp_path)


def workspace_browser(root: Path):  # type: ignore[no-untyped-def]
    app = create_app(Workspace(root), now_override=at(NOW))
    return browser(app)


def test_today_across_all_firms(espace: Path) -> None:
    b = workspace_browser(espace)
    page = b.text("/")
    text = plain(page)
    assert "Aujourd'hui, toutes les entreprises" in text
    assert "Atelier Morel SARL" in text and "Boulangerie B" in text and "Garage Martin" in text
    assert 'href="/e/boulangerie-b/dossier/garage-martin"' in page
    assert 'href="/e/atelier-morel/appel/' in page
    # The switcher, on every page, lists the firms and goes to the one chosen (a GET).
    assert '<option value="boulangerie-b">Boulangerie B</option>' in page
    answer = b.get("/entreprise?firm=boulangerie-b")
    assert answer.headers["Location"] == "/e/boulangerie-b/"
    assert b.get("/entreprise?firm=../x").headers["Location"] == "/"
    firm_page = b.text("/e/boulangerie-b/")
    assert '<option value="boulangerie-b" selected>' in firm_page
    assert 'href="/e/boulangerie-b/dossiers"' in firm_page and "Garage Martin" in firm_page
    assert "Atelier Morel SARL" not in plain(firm_page).split("Aujourd'hui, le")[1]


def test_cases_across_firms_and_a_firm_filter(espace: Path) -> None:
    b = workspace_browser(espace)
    all_cases = plain(b.text("/dossiers"))
    assert "B-7" in all_cases and "F-1" in all_cases and "5 factures sur 5" in all_cases
    one = plain(b.text("/dossiers?entreprise=boulangerie-b"))
    assert "B-7" in one and "F-1" not in one
    assert "F-1" in b.text("/e/atelier-morel/dossiers") and "B-7" not in b.text(
        "/e/atelier-morel/dossiers"
    )


def test_a_firms_decision_is_written_in_its_own_database(espace: Path) -> None:
    b = workspace_browser(espace)
    answer = b.post("/e/boulangerie-b/appel/B-7", {"outcome": "dispute", "note": "devis"})
    assert answer.headers["Location"] == "/e/boulangerie-b/dossier/garage-martin"
    assert "Appel noté pour B-7 : litige." in plain(b.follow(answer))
    calls = open_database(espace / "boulangerie-b" / "relancebot.db").execute(
        "SELECT outcome FROM calls"
    )
    assert list(calls) == [("dispute",)]
    other = open_database(espace / "atelier-morel" / "relancebot.db")
    assert other.execute("SELECT COUNT(*) FROM calls").fetchone() == (0,)
    assert b.get("/e/inconnue/").status_code == 404


def test_users_are_the_workspaces(espace: Path) -> None:
    workspace_browser(espace)
    firm_settings = load_settings(espace / "atelier-morel" / "config.toml", explicit=True)
    alone = browser(create_app(firm_settings, now_override=at(NOW)), logged_in=False)
    assert alone.login().headers["Location"] == "/login"  # claire is the workspace's user
    assert (espace / "relancebot-web.secret").exists()
