"""config.toml is read strictly: every refusal names the key and what is expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from relancebot.config import ConfigError, load_settings

from .conftest import Firm


def load(tmp_path: Path, text: str) -> object:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path, explicit=True)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colour = 'blue'\n", "colour : clé inconnue au premier niveau"),
        ("[firm]\nnom = 'X'\n", "firm.nom : clé inconnue (clés possibles : name, email"),
        ("[smtp]\nport = 25\n", "smtp.host : valeur obligatoire manquante (texte)"),
        ("[smtp]\nhost = 'h'\nport = '25'\n", "smtp.port : nombre entier attendu, reçu '25'"),
        (
            "[smtp]\nhost = 'h'\nsecurity = 'ssl'\n",
            "smtp.security : 'none' ou 'starttls' ou 'tls' attendu",
        ),
        ("[policy]\npre_reminder = 'yes'\n", "policy.pre_reminder : true/false attendu"),
        (
            "[policy]\nfollowup_min_days = 9\n",
            "policy.followup_min_days (9) doit être inférieur ou égal à policy.followup_max_days (7)",
        ),
        (
            "[calendar]\nwindow_start = '9h'\n",
            "calendar.window_start : heure attendue au format HH:MM",
        ),
        ("timezone = 'Europe/Parris'\n", "timezone : fuseau inconnu 'Europe/Parris'"),
        ("[firm]\nname = 'A'\n[firm]\n", "TOML invalide"),
        ("firm = 3\n", "[firm] : une table est attendue"),
    ],
)
def test_bad_values_are_refused_with_the_key(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=None) as caught:
        load(tmp_path, text)
    assert message in str(caught.value)


def test_the_shipped_example_is_valid() -> None:
    settings = load_settings(Path(__file__).resolve().parents[1] / "config.toml", explicit=True)
    assert settings.smtp is None and settings.imap is None  # nothing leaves the machine
    assert settings.firm.name == "Atelier Morel SARL"


def test_embedded_defaults_without_a_file(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "config.toml", explicit=False)
    assert settings.database_path == tmp_path / "relancebot.db"
    assert settings.outbox_maildir == tmp_path / "outbox"
    assert settings.policy.escalate_after_days == 30


def test_an_explicit_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="introuvable"):
        load_settings(tmp_path / "absent.toml", explicit=True)


def test_cli_reports_config_errors_in_one_line(firm: Firm) -> None:
    firm.write_config("[smtp]\nhost = 'h'\nport = 'vingt-cinq'\n")
    result = firm.run("plan", ok=False)
    assert result.exit_code == 2
    assert result.output.strip() == (
        "relancebot : smtp.port : nombre entier attendu, reçu 'vingt-cinq'"
    )


def test_relancebot_config_variable(firm: Firm, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from relancebot.cli import main

    monkeypatch.setenv("RELANCEBOT_CONFIG", str(firm.config))
    result = CliRunner().invoke(main, ["--now", "2026-11-03T10:00", "tick"])
    assert result.exit_code == 0, result.output
    assert (firm.root / "relancebot.db").exists()
    assert (firm.root / "relancebot.db").stat().st_mode & 0o777 == 0o600
    assert (firm.root / "relancebot.secret").stat().st_mode & 0o777 == 0o600
