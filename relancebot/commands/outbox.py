"""outbox: what is waiting, failed or uncertain, and a person's decision on it."""

from __future__ import annotations

import json

import click

from relancebot.cli import Context, guarded, main, pass_context
from relancebot.store.records import COMMAND, from_iso

_STATES = {
    "pending": "en attente",
    "sending": "en cours",
    "sent": "envoyé",
    "failed": "en échec",
    "uncertain": "incertain",
}


@main.group("outbox", invoke_without_command=True)
@click.option("--all", "show_all", is_flag=True, help="Aussi les messages envoyés.")
@click.pass_context
@guarded
def outbox_group(click_ctx: click.Context, show_all: bool) -> None:
    """La file d'envoi : messages en attente, en échec ou incertains."""
    if click_ctx.invoked_subcommand is not None:
        return
    ctx: Context = click_ctx.obj
    db = ctx.app().db
    tz = ctx.settings.tz
    where = "" if show_all else "WHERE state != 'sent'"
    rows = db.execute(
        f"SELECT id, state, created_at, recipients, subject, attempts, last_error FROM outbox"
        f" {where} ORDER BY id"
    ).fetchall()
    if not rows:
        click.echo("File d'envoi vide." if not show_all else "Aucun message.")
    for outbox_id, state, created, recipients, subject, attempts, error in rows:
        moment = from_iso(created)
        assert moment is not None
        click.echo(
            f"#{outbox_id}  {_STATES.get(state, state):10}  {moment.astimezone(tz):%d/%m/%Y %H:%M}"
            f"  {', '.join(json.loads(recipients))}  {subject}"
            + (f"  [{attempts} essai(s) : {error}]" if error else "")
        )


def _decide(ctx: Context, outbox_id: int, state: str, summary: str) -> None:
    from relancebot.outgoing.decisions import settle

    db, now = ctx.app().db, ctx.clock()
    settle(db, outbox_id, sent=state == "sent", summary=summary, now=now, actor=COMMAND)
    click.echo(summary)


@outbox_group.command("resend")
@click.argument("outbox_id", type=int)
@pass_context
@guarded
def resend(ctx: Context, outbox_id: int) -> None:
    """Renvoyer un message incertain ou en échec (après vérification)."""
    _decide(ctx, outbox_id, "pending", f"Message #{outbox_id} remis en file par une personne")


@outbox_group.command("mark-sent")
@click.argument("outbox_id", type=int)
@pass_context
@guarded
def mark_sent(ctx: Context, outbox_id: int) -> None:
    """Confirmer qu'un message incertain est bien parti."""
    _decide(ctx, outbox_id, "sent", f"Message #{outbox_id} confirmé envoyé par une personne")


@outbox_group.command("dismiss")
@click.argument("outbox_id", type=int)
@click.option("--note", default="", metavar="TEXTE", help="Pourquoi (gardé au journal).")
@pass_context
@guarded
def dismiss_command(ctx: Context, outbox_id: int, note: str) -> None:
    """Laisser de côté un message refusé pour de bon (status cesse de le signaler)."""
    from relancebot.outgoing.decisions import dismiss

    click.echo(dismiss(ctx.app().db, outbox_id, note=note, now=ctx.clock(), actor=COMMAND))
