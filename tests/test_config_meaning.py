"""Config values are checked for meaning at start-up: a value that makes no sense is refused with
its key and what is expected, in one line, before anything is sent or planned."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from relancebot.cli import main
from relancebot.config import ConfigError, Settings, load_settings

from .conftest import Firm

SMTP = "[smtp]\nhost = '127.0.0.1'\n"
IMAP = "[imap]\nhost = '127.0.0.1'\n"


def load(tmp_path: Path, text: str) -> Settings:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path, explicit=True)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # the calendar: a region holidays does not know used to fail every pass
        ("[calendar]\nregion = '75'\n", "calendar.region : région inconnue '75' pour FR"),
        ("[calendar]\ncountry = 'XX'\n", "calendar.country : pays inconnu 'XX'"),
        ("[calendar]\ncountry = 'fr'\n", "code ISO à deux lettres attendu (ex. 'FR')"),
        (
            "[calendar]\nwindow_start = '18:00'\n",
            "calendar.window_start (18:00) doit précéder calendar.window_end (17:00)",
        ),
        ("[calendar]\nwindow_end = '24:00'\n", "calendar.window_end : heure attendue"),
        ("[review]\ndigest_time = '25:00'\n", "review.digest_time : heure attendue"),
        # the policy: numbers that end up in customers' emails
        (
            "[policy]\nlevel2_deadline_days = -3\n",
            "policy.level2_deadline_days : nombre entier de 1 à 365 attendu, reçu -3",
        ),
        ("[policy]\nlevel3_deadline_days = 0\n", "policy.level3_deadline_days : nombre entier"),
        ("[policy]\nescalate_after_days = 0\n", "policy.escalate_after_days : nombre entier"),
        ("[policy]\nfollowup_max_days = 400\n", "policy.followup_max_days : nombre entier"),
        ("[policy]\nfirst_reminder_business_days = -1\n", "de 0 à 365 attendu, reçu -1"),
        ("[policy]\npre_reminder_business_days_before = 0\n", "de 1 à 365 attendu, reçu 0"),
        ("[policy]\nlevels = 4\n", "policy.levels : nombre entier de 1 à 3 attendu, reçu 4"),
        ("[policy]\nlevels = 0\n", "policy.levels : nombre entier de 1 à 3 attendu, reçu 0"),
        (
            "[policy]\nfollowup_min_days = 8\nfollowup_max_days = 6\n",
            "policy.followup_min_days (8) doit être inférieur ou égal à policy.followup_max_days",
        ),
        (
            "[policy]\nrecovery_indemnity = nan\n",
            "policy.recovery_indemnity : montant de 0 à 1000000000 attendu, reçu NaN",
        ),
        ("[policy]\nrecovery_indemnity = -40\n", "policy.recovery_indemnity : montant"),
        ("[policy]\nrecovery_indemnity = 'quarante'\n", "montant attendu, reçu 'quarante'"),
        ("[policy]\npre_reminder_min_amount = inf\n", "reçu Infinity"),
        ("[policy]\npre_reminder_min_amount = 1e40\n", "policy.pre_reminder_min_amount"),
        # [actions]
        ("[actions]\nduplicate_min_days = 0\n", "actions.duplicate_min_days : nombre entier"),
        ("[actions]\npromise_default_days = 9999\n", "actions.promise_default_days"),
        ("[actions]\npromise_grace_business_days = -1\n", "positifs ou nuls, reçu -1"),
        # the service
        ("[service]\ntick_minutes = 0\n", "service.tick_minutes : nombre entier de 1 à 1440"),
        ("[service]\ntick_minutes = -5\n", "service.tick_minutes : nombre entier de 1 à 1440"),
        ("[service]\ntemplates_dir = 'absent'\n", "service.templates_dir : dossier introuvable"),
        ("[invoices]\npdf_root = 'absent'\n", "invoices.pdf_root : dossier introuvable"),
        ("[database]\npath = ''\n", "database.path : texte non vide attendu"),
        # servers
        (SMTP + "port = 99999\n", "smtp.port : nombre entier de 1 à 65535 attendu, reçu 99999"),
        (SMTP + "port = 0\n", "smtp.port : nombre entier de 1 à 65535"),
        (IMAP + "port = 99999\n", "imap.port : nombre entier de 1 à 65535 attendu, reçu 99999"),
        (SMTP + "timeout = 0\n", "smtp.timeout : nombre de secondes > 0 et ≤ 600 attendu"),
        (SMTP + "timeout = nan\n", "smtp.timeout : nombre de secondes"),
        (IMAP + "timeout = -1\n", "imap.timeout : nombre de secondes"),
        ("[smtp]\nhost = ''\n", "smtp.host : texte non vide et sans espace attendu"),
        ("[imap]\nhost = 'mail atelier.fr'\n", "imap.host : texte non vide et sans espace"),
        (SMTP + "ca_file = 'absent.pem'\n", "smtp.ca_file : fichier de certificats introuvable"),
        (IMAP + "ca_file = 'absent.pem'\n", "imap.ca_file : fichier de certificats introuvable"),
        (IMAP + "folder = ''\n", "imap.folder : texte non vide"),
        (IMAP + "keyword = 'relance bot'\n", "imap.keyword : mot-clé IMAP attendu"),
        (IMAP + "max_message_bytes = 0\n", "imap.max_message_bytes : nombre entier"),
        (IMAP + "idle_seconds = 0\n", "imap.idle_seconds : nombre entier de 10 à 1740"),
        (IMAP + "idle_seconds = 3600\n", "imap.idle_seconds : nombre entier de 10 à 1740"),
        # addresses and texts
        (
            "[firm]\nemail = 'relances atelier-morel.fr'\n",
            "firm.email : adresse email attendue (ex. relances@mon-entreprise.fr), "
            "reçu 'relances atelier-morel.fr'",
        ),
        ("[firm]\nemail = 'relances@atelier'\n", "firm.email : adresse email attendue"),
        ("[review]\nemail = 'gerant'\n", "review.email : adresse email attendue"),
        ("[firm]\nname = ' '\n", "firm.name : texte non vide attendu"),
        ('[firm]\nname = "Morel\\r\\nBcc: x@y.fr"\n', "firm.name : caractère de contrôle"),
        ('[firm]\nphone = "01\\n23"\n', "firm.phone : caractère de contrôle"),
        ("[firm]\nlate_penalty_terms = ''\n", "firm.late_penalty_terms : texte non vide"),
        ("[firm]\niban = 'mon iban'\n", "firm.iban : IBAN attendu"),
    ],
)
def test_a_value_without_meaning_is_refused(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load(tmp_path, text)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        "[calendar]\nregion = '57'\n",
        "[calendar]\nregion = 'Alsace'\n",
        "[calendar]\ncountry = 'DE'\nregion = 'BY'\n",
        "[calendar]\ncountry = 'BE'\n",
        "[calendar]\nwindow_start = '08:00'\nwindow_end = '18:30'\n",
        "[review]\nemail = ''\n",
        '[firm]\naddress = "12 rue des Artisans\\n69003 Lyon"\n',
        "[firm]\niban = 'FR76 3000 6000 0112 3456 7890 189'\n",
        "[policy]\nfirst_reminder_business_days = 0\nrecovery_indemnity = 0\n",
        "[policy]\nfollowup_min_days = 7\nfollowup_max_days = 7\nlevels = 1\n",
        "[policy]\nrecovery_indemnity = '40.00'\n",
        SMTP + "port = 465\nsecurity = 'tls'\ntimeout = 0.5\n",
        IMAP + "port = 993\nusername = 'relances'\nidle_seconds = 60\n",
        "[service]\ntick_minutes = 1\n",
    ],
)
def test_sensible_values_are_accepted(tmp_path: Path, text: str) -> None:
    load(tmp_path, text)


def test_alsace_departements_are_the_alsace_region(tmp_path: Path) -> None:
    """The README says region "67" or "68" for Alsace; holidays knows it as "6AE"."""
    for region in ("67", "68", "57"):
        calendar = load(tmp_path, f"[calendar]\nregion = '{region}'\n").business_calendar()
        assert calendar.is_holiday(dt.date(2026, 12, 26))  # Saint-Étienne
        assert calendar.is_holiday(dt.date(2026, 4, 3))  # Vendredi saint
    assert not load(tmp_path, "").business_calendar().is_holiday(dt.date(2026, 12, 26))


def test_config_files_and_folders_are_relative_to_the_config(tmp_path: Path) -> None:
    (tmp_path / "gabarits").mkdir()
    (tmp_path / "ca.pem").write_text("", encoding="utf-8")
    settings = load(tmp_path, SMTP + "ca_file = 'ca.pem'\n[service]\ntemplates_dir = 'gabarits'\n")
    assert settings.templates_path == tmp_path / "gabarits"


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("[calendar]\nregion = '75'\n", "calendar.region : région inconnue '75' pour FR"),
        (
            "[policy]\nlevel2_deadline_days = -3\n",
            "policy.level2_deadline_days : nombre entier de 1 à 365 attendu, reçu -3",
        ),
        ("[policy]\nrecovery_indemnity = nan\n", "policy.recovery_indemnity : montant"),
        ("[service]\ntick_minutes = 0\n", "service.tick_minutes : nombre entier de 1 à 1440"),
        ("[service]\ntick_minutes = -5\n", "service.tick_minutes : nombre entier de 1 à 1440"),
        (SMTP + "port = 99999\n", "smtp.port : nombre entier de 1 à 65535 attendu, reçu 99999"),
        (IMAP + "port = 99999\n", "imap.port : nombre entier de 1 à 65535 attendu, reçu 99999"),
    ],
)
@pytest.mark.parametrize("command", ["status", "tick", "plan"])
def test_every_command_refuses_in_one_line(
    firm: Firm, config: str, message: str, command: str
) -> None:
    firm.write_config(config)
    result = firm.run(command, now="2026-11-03T10:00", ok=False)
    assert result.exit_code == 2
    (line,) = result.output.strip().splitlines()
    assert line.startswith(f"relancebot : {message}")


def test_a_bad_firm_address_is_refused_before_sending(firm: Firm) -> None:
    firm.config.write_text(
        "[firm]\nname = 'Atelier Morel'\nemail = 'relances atelier-morel.fr'\n", encoding="utf-8"
    )
    result = firm.run("tick", now="2026-11-03T10:00", ok=False)
    assert result.exit_code == 2
    assert result.output.strip() == (
        "relancebot : firm.email : adresse email attendue (ex. relances@mon-entreprise.fr), "
        "reçu 'relances atelier-morel.fr'"
    )
    assert not (firm.root / "relancebot.db").exists()  # refused before anything was opened


def test_a_missing_password_file_names_the_variable_and_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from relancebot.app import read_password

    monkeypatch.delenv("RELANCEBOT_SMTP_PASSWORD", raising=False)
    monkeypatch.setenv("RELANCEBOT_SMTP_PASSWORD_FILE", str(tmp_path / "absent"))
    with pytest.raises(ConfigError) as caught:
        read_password("RELANCEBOT_SMTP_PASSWORD")
    assert str(caught.value) == (
        f"RELANCEBOT_SMTP_PASSWORD_FILE : fichier de mot de passe introuvable : "
        f"{tmp_path / 'absent'} (corrigez le chemin, ou retirez la variable)"
    )
    secret = tmp_path / "secret"
    secret.write_bytes(b"\xff\xfe\n")
    secret.chmod(0o600)
    monkeypatch.setenv("RELANCEBOT_SMTP_PASSWORD_FILE", str(secret))
    with pytest.raises(ConfigError, match=r"illisible .* \(texte UTF-8 attendu\)"):
        read_password("RELANCEBOT_SMTP_PASSWORD")
    secret.write_text("s3cret\n", encoding="utf-8")
    assert read_password("RELANCEBOT_SMTP_PASSWORD") == "s3cret"


def test_tick_reports_a_missing_imap_password_file_in_one_line(
    firm: Firm, monkeypatch: pytest.MonkeyPatch
) -> None:
    firm.write_config(IMAP + "port = 1\nsecurity = 'none'\nusername = 'relances'\n")
    monkeypatch.delenv("RELANCEBOT_IMAP_PASSWORD", raising=False)
    monkeypatch.setenv("RELANCEBOT_IMAP_PASSWORD_FILE", str(firm.root / "absent"))
    result = firm.run("tick", now="2026-11-03T10:00", ok=False)
    assert "Traceback" not in result.output
    assert (
        f"RELANCEBOT_IMAP_PASSWORD_FILE : fichier de mot de passe introuvable : "
        f"{firm.root / 'absent'}" in result.output
    )


def test_a_folder_given_as_config_is_one_line(firm: Firm) -> None:
    result = CliRunner().invoke(main, ["--config", str(firm.root), "status"])
    assert result.exit_code == 2
    assert result.output.strip() == (
        f"relancebot : {firm.root} : fichier de configuration illisible (Is a directory)"
    )


def test_a_firm_names_its_own_password_file(firm: Firm, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each firm of a workspace has its own password: one environment variable cannot say it."""
    from relancebot.app import App
    from relancebot.config import load_settings

    monkeypatch.setenv("RELANCEBOT_SMTP_PASSWORD", "celui-de-l-environnement")
    secret = firm.root / "smtp.password"
    secret.write_text("le-sien\n", encoding="utf-8")
    secret.chmod(0o600)
    firm.write_config(
        '[smtp]\nhost = "127.0.0.1"\nport = 2525\nusername = "u"\npassword_file = "smtp.password"\n'
    )
    app = App(load_settings(firm.config, explicit=True))
    assert app._password("RELANCEBOT_SMTP_PASSWORD", "smtp", app.settings.smtp) == "le-sien"  # type: ignore[arg-type]
    secret.chmod(0o644)
    firm.pdf("F-1")
    firm.csv(
        "f.csv",
        "number,client,email,amount,issue_date,due_date,pdf\n"
        "F-1,Client,c@exemple.fr,100,2026-10-01,2026-11-02,factures/F-1.pdf\n",
    )
    firm.run("import-invoices", str(firm.root / "f.csv"), now="2026-11-02T07:00")
    result = firm.run("tick", now="2026-11-03T10:00", ok=False)
    assert "smtp.password_file : " in result.output and "chmod 600 requis" in result.output
