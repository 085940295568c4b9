"""`relancebot demo`: the newcomer's first command runs the whole story and leaves files."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from relancebot.cli import main


def test_demo_plays_six_weeks_and_writes_the_files(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = CliRunner().invoke(main, ["demo", "--dir", str(folder)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    out = result.output
    for expected in (
        "1re relance préparée",
        "2e relance préparée",
        "3e relance préparée",
        "(already_paid)",
        "(promise_to_pay)",
        "(not_received)",
        "(dispute)",
        "(payment_difficulty)",
        "(wrong_contact)",
        "(auto_reply)",
        "(bounce)",
        "duplicata",
        "non tenue",
        "client est à appeler",
        "soldée",
    ):
        assert expected in out, expected
    for name in ("recapitulatif.html", "rapport.csv", "rapport.html", "mise-en-demeure.pdf"):
        assert (folder / name).stat().st_size > 0, name
    assert len(list((folder / "outbox" / "new").iterdir())) > 10
    again = CliRunner().invoke(main, ["demo", "--dir", str(folder)])  # recreated, not refused
    assert again.exit_code == 0
    other = tmp_path / "precious"
    other.mkdir()
    (other / "factures.csv").write_text("do not delete")
    refused = CliRunner().invoke(main, ["demo", "--dir", str(other)])
    assert refused.exit_code != 0 and (other / "factures.csv").exists()
