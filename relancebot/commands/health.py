"""status, backup: operating the service."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from relancebot.cli import Context, guarded, main, pass_context
from relancebot.store.records import COMMAND


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
    click.echo(f"État : bon ({result.firm_count} entreprise(s))")


@main.command("backup")
@click.argument("destination", type=click.Path(path_type=Path, dir_okay=False))
@pass_context
@guarded
def backup_command(ctx: Context, destination: Path) -> None:
    """Copie cohérente de la base, sûre même pendant que le service tourne."""
    from relancebot.store.backup import backup

    size = backup(ctx.app().db, destination, ctx.clock(), actor=COMMAND)
    click.echo(f"Sauvegarde écrite : {destination} ({size} octets).")
