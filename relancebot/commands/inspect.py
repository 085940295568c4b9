"""status, history: what the service did and where things stand."""

from __future__ import annotations

import click

from relancebot.cli import Context, guarded, main, pass_context
from relancebot.store.records import from_iso


@main.command("history")
@click.argument("target")
@pass_context
@guarded
def history_command(ctx: Context, target: str) -> None:
    """Tout ce qui concerne une facture ou un client, dans l'ordre."""
    db = ctx.app().db
    tz = ctx.settings.tz
    rows = db.execute(
        "SELECT at, kind, invoice_number, summary FROM events"
        " WHERE invoice_number = ? OR customer_id = ? ORDER BY at, id",
        [target, target],
    ).fetchall()
    if not rows:
        raise ValueError(f"rien de connu pour {target!r} (numéro de facture ou code client)")
    for at, _kind, number, summary in rows:
        moment = from_iso(at)
        assert moment is not None
        click.echo(f"{moment.astimezone(tz):%d/%m/%Y %H:%M}  {number or '-':14} {summary}")
