"""`[service] templates_dir`: the firm's own copy wins, template by template, over the shipped one."""

from __future__ import annotations

import shutil
from pathlib import Path

from relancebot.app import App
from relancebot.config import load_settings
from relancebot.outgoing.render import SHIPPED_TEMPLATES

from .test_message import context


def test_the_firms_copy_wins_and_the_rest_comes_with_relancebot(tmp_path: Path) -> None:
    own = tmp_path / "mes-gabarits" / "fr"
    own.mkdir(parents=True)
    for suffix in ("txt", "html"):
        shutil.copy(SHIPPED_TEMPLATES / "fr" / f"relance-1.{suffix}", own)
    text = (own / "relance-1.txt").read_text(encoding="utf-8")
    (own / "relance-1.txt").write_text(
        text.replace("Sauf erreur de notre part", "Chère cliente, cher client"), encoding="utf-8"
    )
    config = tmp_path / "config.toml"
    config.write_text('[service]\ntemplates_dir = "mes-gabarits"\n', encoding="utf-8")
    renderer = App(load_settings(config, explicit=True)).renderer
    first = renderer.render("relance-1", "fr", context())
    english = renderer.render("relance-1", "en", context())  # the firm has no English copy
    assert "Chère cliente, cher client" in first.text
    assert english.subject.startswith("Reminder") and "Chère" not in english.text
