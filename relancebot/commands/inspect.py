"""history: what happened to an invoice or a customer."""

from __future__ import annotations

import click

from relancebot.cli import Context, guarded, main, pass_context
from relancebot.errors import NotFound
from relancebot.review.cases import resolve
from relancebot.review.history import history
from relancebot.store.records import invoice_row


@main.command("history")
@click.argument("target")
@pass_context
@guarded
def history_command(ctx: Context, target: str) -> None:
    """Tout ce qui concerne une facture ou un client, dans l'ordre : emails envoyés, réponses
    et leur classement, actions, appels."""
    db = ctx.app().db
    tz = ctx.settings.tz
    try:
        found = resolve(db, target, open_only=False)
    except NotFound:
        raise NotFound(
            f"rien de connu pour {target!r} (numéro de facture ou code client)"
        ) from None
    lines = history(db, found, whole_customer=invoice_row(db, target) is None)
    if not lines:
        raise NotFound(f"rien de connu pour {target!r} (numéro de facture ou code client)")
    for moment, number, text in lines:
        click.echo(f"{moment.astimezone(tz):%d/%m/%Y %H:%M}  {number:14} {text}")
