"""demo: six simulated weeks of a small firm, in a throwaway folder, in well under a minute."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import logging
import shutil
import sqlite3
from pathlib import Path

import click

from relancebot.cli import main

MARKER = ".relancebot-demo"


def _prepare(folder: Path) -> None:
    if folder.exists():
        if not (folder / MARKER).exists():
            raise click.ClickException(
                f"{folder} existe et n'est pas un dossier de démo : choisissez --dir"
            )
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / MARKER).write_text("dossier de démonstration, recréé à chaque `relancebot demo`\n")


def _runner(folder: Path) -> object:
    config = str(folder / "config.toml")

    def run(*args: str, now: str) -> str:
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            try:
                main.main(["--config", config, "--now", now, *args], standalone_mode=False)
            except SystemExit as exc:
                if exc.code not in (0, None):
                    raise click.ClickException(f"démo : `{' '.join(args)}` a échoué") from None
        return out.getvalue()

    return run


def _timeline(folder: Path) -> list[str]:
    from relancebot.demo.story import PARIS

    with sqlite3.connect(folder / "relancebot.db") as conn:
        rows = conn.execute(
            "SELECT at, invoice_number, customer_id, summary FROM events"
            " WHERE kind NOT IN ('invoice_imported') ORDER BY at, id"
        ).fetchall()
    return [
        f"{dt.datetime.fromisoformat(at).astimezone(PARIS):%d/%m %H:%M}  "
        f"{number or customer or '':22} {summary}"
        for at, number, customer, summary in rows
    ]


@main.command("demo")
@click.option(
    "--dir",
    "folder",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("relancebot-demo"),
    show_default=True,
    help="Dossier de la démonstration (recréé à chaque fois).",
)
def demo_command(folder: Path) -> None:
    """Six semaines simulées d'une petite entreprise, dans un dossier jetable."""
    from relancebot.demo.story import play

    logging.getLogger().setLevel(logging.WARNING)
    folder = folder.resolve()
    _prepare(folder)
    click.echo(f"Démonstration dans {folder} : six semaines à partir du 2 novembre 2026.")
    run = _runner(folder)
    play(folder, run, click.echo)  # type: ignore[arg-type]
    click.echo("\nCe que relancebot a fait, et pourquoi :")
    for line in _timeline(folder):
        click.echo("  " + line)
    end = "2026-12-14T08:00"
    outputs = [
        ("digest", ["digest", "--html", str(folder / "recapitulatif.html")]),
        (
            "rapport",
            [
                "report",
                "--csv",
                str(folder / "rapport.csv"),
                "--html",
                str(folder / "rapport.html"),
            ],
        ),
        ("lettre", ["letter", "F-2026-0412", "--out", str(folder / "mise-en-demeure.pdf")]),
    ]
    click.echo("\nFichiers à ouvrir :")
    for label, args in outputs:
        try:
            run(*args, now=end)  # type: ignore[operator]
        except click.ClickException as exc:
            click.echo(f"  ({label} indisponible : {exc.message})")
    for path in sorted(folder.glob("*")):
        if path.suffix in (".html", ".csv", ".pdf") and path.name != "factures.csv":
            click.echo(f"  {path}")
    click.echo(f"  {folder / 'outbox' / 'new'}  (les emails envoyés, un fichier .eml chacun)")
