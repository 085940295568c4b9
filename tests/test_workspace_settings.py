"""workspace.toml and the workspace options: refused in one line, naming what and where."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from relancebot.cli import main


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def workspace(tmp_path: Path, toml: str = "") -> Path:
    (tmp_path / "workspace.toml").write_text(toml, encoding="utf-8")
    for firm in ("morel", "durand"):
        (tmp_path / firm).mkdir()
        (tmp_path / firm / "config.toml").write_text(
            f'[firm]\nname = "{firm}"\nemail = "relances@{firm}.fr"\n', encoding="utf-8"
        )
    (tmp_path / "notes").mkdir()  # a folder without config.toml is no firm
    return tmp_path


def test_the_options_and_their_mistakes(tmp_path: Path) -> None:
    root = str(workspace(tmp_path))
    ok = run("--workspace", root, "--now", "2026-11-03T10:00", "tick")
    assert ok.exit_code == 0 and ok.output.count("== ") == 2
    cases = run("--workspace", root, "cases")
    assert cases.exit_code == 2
    assert "--firm ID (entreprises : durand, morel)" in cases.output
    assert (
        "--firm nope : pas d'entreprise"
        in run("--workspace", root, "--firm", "nope", "cases").output
    )
    assert "--firm va avec --workspace" in run("--firm", "morel", "cases").output
    both = run("--workspace", root, "--config", f"{root}/morel/config.toml", "cases")
    assert both.exit_code == 2 and "l'un ou l'autre" in both.output
    alone = run("--config", f"{root}/morel/config.toml", "cases")  # a firm folder alone
    assert alone.exit_code == 0


def test_workspace_toml_is_read_strictly(tmp_path: Path) -> None:
    none = run("--workspace", str(tmp_path), "status")
    assert (
        none.exit_code == 2
        and "pas un espace de travail (workspace.toml introuvable)" in none.output
    )
    root = workspace(tmp_path, '[review]\nemail = "claire@dupuis.fr"\nreport_every = "month"\n')
    refused = run("--workspace", str(root), "status")
    assert refused.exit_code == 2
    assert (
        "review.report_every : se règle dans le config.toml de chaque entreprise" in refused.output
    )
    (root / "workspace.toml").write_text('[smtp]\nhost = "x"\nport = 99999\n', encoding="utf-8")
    assert "smtp.port" in run("--workspace", str(root), "status").output
