"""With `[web] base_url`, the digest links each call to its case and its call form: the firm's
digest to the firm's pages, the secretary's to each firm's pages under /e/<firm>."""

from __future__ import annotations

from pathlib import Path

import pytest

from relancebot.app import App
from relancebot.config import load_settings
from relancebot.review.daily import render_digest
from relancebot.store.database import open_database
from relancebot.workspace import Workspace
from relancebot.workspace.digest import render_workspace_digest

from .conftest import Firm
from .review_helpers import at
from .web_helpers import NOW, make_workspace


@pytest.fixture
def espace(tmp_path: Path) -> Path:
    return make_workspace(tmp_path)


def test_the_digests_link_each_call_to_its_page(espace: Path) -> None:
    firm = espace / "atelier-morel"
    config = firm / "config.toml"
    config.write_text(
        config.read_text() + '[web]\nbase_url = "https://relances.lan/e/atelier-morel"\n'
    )
    _, rendered = render_digest(App(load_settings(config, explicit=True)), at(NOW))
    assert 'href="https://relances.lan/e/atelier-morel/dossier/boulangerie-dupont"' in (
        rendered.html
    )
    assert "Noter l'appel : https://relances.lan/e/atelier-morel/appel/" in rendered.text
    workspace = Workspace(espace)
    db = open_database(workspace.settings.database_path)
    _, combined = render_workspace_digest(workspace, db, at(NOW))
    assert 'href="http://127.0.0.1:8765/e/boulangerie-b/dossier/garage-martin"' in combined.html
    assert "Noter l'appel : http://127.0.0.1:8765/e/boulangerie-b/appel/B-7" in combined.text


def test_without_base_url_the_digest_has_no_links(tmp_path: Path) -> None:
    firm = Firm(tmp_path)
    firm.write_config()
    _, rendered = render_digest(App(load_settings(firm.config, explicit=True)), at(NOW))
    assert "/dossier/" not in rendered.html and "Noter l'appel :" not in rendered.text
