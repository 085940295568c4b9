"""Who may log in: `relancebot user add/list/remove`, passwords kept as scrypt hashes only, and
the [web] section of config.toml and workspace.toml."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from relancebot.cli import main
from relancebot.config import ConfigError, load_settings
from relancebot.store.database import open_database
from relancebot.workspace import Workspace

from .conftest import Firm

PASSWORD = "correct horse battery"


def user(firm: Firm, *args: str, password: str | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(
        main,
        ["--config", str(firm.config), "--now", "2026-12-07T09:00", "user", *args],
        input=None if password is None else password + "\n",
    )
    return result.exit_code, result.output


def test_add_list_remove(firm: Firm) -> None:
    assert user(firm, "list") == (
        0,
        "Aucun utilisateur : `relancebot user add NOM` pour en créer un.\n",
    )
    assert user(firm, "add", "claire", "--password-stdin", password=PASSWORD)[0] == 0
    code, out = user(firm, "list")
    assert code == 0 and out.startswith("claire") and "créé le 07/12/2026" in out
    code, out = user(firm, "add", "claire", "--password-stdin", password="autre mot de passe")
    assert code == 2 and "existe déjà (--replace" in out
    assert (
        user(firm, "add", "claire", "--password-stdin", "--replace", password="autre mdp ok")[0]
        == 0
    )
    assert user(firm, "remove", "claire") == (0, "claire ne peut plus se connecter.\n")
    code, out = user(firm, "remove", "claire")
    assert code == 2 and "pas d'utilisateur 'claire'" in out
    db = open_database(firm.root / "relancebot.db")
    journal = [r[0] for r in db.execute("SELECT summary FROM events WHERE kind = 'web_user'")]
    assert journal == [
        "Utilisateur web claire ajouté",
        "Mot de passe de l'utilisateur web claire changé (ses sessions fermées)",
        "Utilisateur web claire retiré (ses sessions fermées)",
    ]


def test_the_password_is_kept_as_an_scrypt_hash_only(firm: Firm) -> None:
    user(firm, "add", "claire", "--password-stdin", password=PASSWORD)
    for stored_file in firm.root.glob("relancebot.db*"):  # the database and its WAL
        assert PASSWORD.encode() not in stored_file.read_bytes()
    (stored,) = (
        open_database(firm.root / "relancebot.db")
        .execute("SELECT password_hash FROM web_users")
        .fetchone()
    )
    assert stored.startswith("scrypt:")


@pytest.mark.parametrize(
    ("name", "password", "message"),
    [
        ("claire dupuis", PASSWORD, "sans espace"),
        ("", PASSWORD, "nom d'utilisateur"),
        ("claire", "court", "trop court : 8 caractères au moins"),
        ("claire", "        ", "trop court"),
    ],
)
def test_bad_names_and_passwords_are_refused(
    firm: Firm, name: str, password: str, message: str
) -> None:
    code, out = user(firm, "add", name, "--password-stdin", password=password)
    assert code == 2 and message in out


def test_the_password_is_asked_twice_without_stdin(firm: Firm) -> None:
    result = CliRunner().invoke(
        main,
        ["--config", str(firm.config), "user", "add", "marc"],
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )
    assert result.exit_code == 0, result.output
    assert PASSWORD not in result.output


def test_a_workspace_keeps_its_users_in_workspace_db(tmp_path: Path) -> None:
    (tmp_path / "workspace.toml").write_text('[workspace]\nname = "Secrétariat"\n')
    result = CliRunner().invoke(
        main,
        ["--workspace", str(tmp_path), "user", "add", "claire", "--password-stdin"],
        input=PASSWORD + "\n",
    )
    assert result.exit_code == 0, result.output
    names = open_database(tmp_path / "workspace.db").execute("SELECT name FROM web_users")
    assert [n for (n,) in names] == ["claire"]


def test_web_section(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        '[web]\nbase_url = "https://relances.lan/"\nallowed_hosts = ["relances.lan", "*.local"]\n'
        "behind_tls = true\n"
    )
    web = load_settings(config, explicit=True).web
    assert web.link_base == "https://relances.lan"
    assert web.allowed_hosts == ("relances.lan", "*.local") and web.behind_tls
    for bad, message in (
        ('allowed_hosts = "relances.lan"', "web.allowed_hosts : liste de textes"),
        ('allowed_hosts = ["http://relances.lan"]', "sans port ni schéma"),
        ('base_url = "relances.lan"', "web.base_url : adresse http(s) attendue"),
        ("behind_tls = 1", "web.behind_tls : true/false attendu"),
        ("port = 8765", "web.port : clé inconnue"),
    ):
        config.write_text(f"[web]\n{bad}\n")
        with pytest.raises(ConfigError, match=re.escape(message)):
            load_settings(config, explicit=True)


def test_workspace_web_section(tmp_path: Path) -> None:
    (tmp_path / "workspace.toml").write_text(
        '[workspace]\nname = "S"\n[web]\nbase_url = "http://192.168.1.10:8765"\n'
    )
    assert Workspace(tmp_path).settings.web.link_base == "http://192.168.1.10:8765"
