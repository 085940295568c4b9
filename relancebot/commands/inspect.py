"""status, history: what the service did and where things stand."""

from __future__ import annotations

import sys

import click

from relancebot.cli import Context, guarded, main, pass_context
from relancebot.store.records import from_iso, get_state


@main.command("status")
@pass_context
@guarded
def status_command(ctx: Context) -> None:
    """État du service ; code de sortie non nul s'il faut intervenir."""
    app = ctx.app()
    db = app.db
    tz = ctx.settings.tz
    last = from_iso(get_state(db, "last_tick"))
    click.echo(
        f"Dernier passage : {last.astimezone(tz):%d/%m/%Y %H:%M}"
        if last
        else "Dernier passage : jamais"
    )
    counts = dict(db.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall())
    click.echo(
        "File d'envoi : " + (", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "vide")
    )
    failing = db.execute(
        "SELECT email, failing_reason FROM contacts WHERE failing_since IS NOT NULL"
    ).fetchall()
    for email, reason in failing:
        click.echo(f"Adresse en échec : {email} ({reason})")
    unhealthy = counts.get("uncertain", 0) or counts.get("failed", 0)
    if unhealthy:
        click.echo("À vérifier : des envois sont en échec ou incertains.")
        sys.exit(1)


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
