"""replies: what the customers answered, as read from the mailbox."""

from __future__ import annotations

import click

from relancebot.classify.text import printable
from relancebot.cli import Context, guarded, main, pass_context
from relancebot.inbox.handling import CATEGORY_FR
from relancebot.inbox.linking import METHOD_FR
from relancebot.store.records import from_iso
from relancebot.store.replies import list_replies

STATE_FR = {
    "handled": "liée",
    "unlinked": "non liée, à examiner",
    "quarantined": "mise de côté (illisible), à examiner",
    "oversized": "trop volumineuse, non lue, à examiner",
}


@main.command("replies")
@click.option(
    "--to-review",
    is_flag=True,
    help="Seulement celles à examiner : non liées, mises de côté, trop volumineuses.",
)
@click.option("--limit", default=50, show_default=True, help="Nombre maximal de réponses.")
@pass_context
@guarded
def replies_command(ctx: Context, to_review: bool, limit: int) -> None:
    """Les réponses lues dans la boîte, les plus récentes d'abord."""
    states = ("unlinked", "quarantined", "oversized") if to_review else None
    rows = list_replies(ctx.app().db, states=states, limit=limit)
    if not rows:
        click.echo("Aucune réponse à examiner." if to_review else "Aucune réponse reçue.")
        return
    tz = ctx.settings.tz
    for row in rows:
        moment = from_iso(row["handled_at"])
        assert moment is not None
        category = CATEGORY_FR.get(row["category"] or "", "non classée")
        # Sender, subject and error come from the message: never let them drive the terminal.
        sender = printable(row["sender"] or "") or "?"
        line = f"{moment.astimezone(tz):%d/%m/%Y %H:%M}  {sender}  « {category} »"
        if row["invoices"]:
            line += f"  {', '.join(row['invoices'])} {METHOD_FR[row['link_method']]}"
        click.echo(f"{line}  [{STATE_FR[row['state']]}]")
        if row["subject"]:
            click.echo(f"    Objet : {printable(row['subject'])}")
        if row["promised_date"]:
            click.echo(f"    Date promise : {row['promised_date']}")
        if row["error"]:
            click.echo(f"    Motif : {printable(row['error'])}")
