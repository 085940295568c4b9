"""status, backup: operating the service."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import click

from relancebot.cli import Context, guarded, main, pass_context
from relancebot.errors import FileProblem, InvalidValue
from relancebot.store.records import COMMAND, record_event


@main.command("status")
@pass_context
@guarded
def status_command(ctx: Context) -> None:
    """État du service ; code de sortie 1 s'il faut intervenir (pour la supervision)."""
    from relancebot.service.health import assess

    if ctx.serves_workspace:
        _status_workspace(ctx)
        return
    health = assess(ctx.settings, ctx.clock())
    for line in health.facts:
        click.echo(line)
    if not health.good:
        for problem in health.problems:
            click.echo(f"À faire : {problem}")
        sys.exit(1)
    click.echo("État : bon")


def _status_workspace(ctx: Context) -> None:
    """Each firm under its name; one problem line per problem, naming the firm."""
    from relancebot.workspace.passes import workspace_health

    workspace = ctx.workspace
    assert workspace is not None
    result = workspace_health(workspace, ctx.clock())
    for firm, health in result.firms:
        click.echo(f"== {firm} : {'bon' if health.good else 'à vérifier'}")
        for line in health.facts:
            click.echo(f"  {line}")
    if not result.good:
        for firm, health in result.firms:
            for problem in health.problems:
                click.echo(f"À faire : [{firm}] {problem}")
        sys.exit(1)
    firms = [firm for firm, _ in result.firms if firm != "espace"]
    click.echo(f"État : bon ({len(firms)} entreprise(s))")


@main.command("backup")
@click.argument("destination", type=click.Path(path_type=Path, dir_okay=False))
@pass_context
@guarded
def backup_command(ctx: Context, destination: Path) -> None:
    """Copie cohérente de la base, sûre même pendant que le service tourne."""
    if destination.exists():
        raise InvalidValue(f"{destination} existe déjà : choisissez un autre nom")
    app = ctx.app()
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.touch(mode=0o600)
    target = sqlite3.connect(destination)
    try:
        # SQLite's online backup copies a consistent snapshot, page by page, while the
        # service keeps writing (WAL readers never block the writer).
        app.db.conn.backup(target, pages=256)
    finally:
        target.close()
    check = sqlite3.connect(destination).execute("PRAGMA integrity_check").fetchone()[0]
    if check != "ok":
        raise FileProblem(f"{destination} : copie incohérente ({check})")
    with app.db.atomic():
        summary = f"Sauvegarde écrite dans {destination}"
        record_event(app.db, ctx.clock(), "backup", summary, actor=COMMAND)
    click.echo(f"Sauvegarde écrite : {destination} ({destination.stat().st_size} octets).")
