"""replies: what the customers answered, as read from the mailbox, and a person's decisions."""

from __future__ import annotations

import click

from relancebot.cli import Context, guarded, main, pass_context
from relancebot.review.replies import ReplyView, replies_to_read

_TEXT_SHOWN = 300  # characters of the customer's words in the listing


@main.group("replies", invoke_without_command=True)
@click.option(
    "--to-review",
    is_flag=True,
    help="Seulement celles à lire : non liées, « autre », mises de côté, trop volumineuses,"
    " tant qu'une personne ne les a pas marquées lues.",
)
@click.option("--limit", default=50, show_default=True, help="Nombre maximal de réponses.")
@click.pass_context
@guarded
def replies_group(click_ctx: click.Context, to_review: bool, limit: int) -> None:
    """Les réponses lues dans la boîte, les plus récentes d'abord.

    Le numéro (#12) de chaque réponse sert aux sous-commandes : `relabel` corrige sa
    catégorie, `link` la lie à une facture ou un client, `done` la marque lue.
    """
    if click_ctx.invoked_subcommand is not None:
        return
    ctx: Context = click_ctx.obj
    views = replies_to_read(ctx.app().db, include_all=not to_review, limit=limit)
    if not views:
        click.echo("Aucune réponse à lire." if to_review else "Aucune réponse reçue.")
        return
    for view in views:
        _show(view, ctx, with_text=to_review)


def _show(view: ReplyView, ctx: Context, with_text: bool) -> None:
    """Every text comes from the message, made plain (relancebot.review.replies.plain)."""
    line = (
        f"#{view.id}  {view.read_from_mailbox_at.astimezone(ctx.settings.tz):%d/%m/%Y %H:%M}"
        f"  {view.sender or '?'}  « {view.category_fr} »"
    )
    if view.invoices:
        line += f"  {', '.join(view.invoices)} {view.link_fr}".rstrip()
    elif view.customer_id and view.link_fr:
        line += f"  client {view.customer_id} {view.link_fr}"
    click.echo(f"{line}  [{view.state_fr}]")
    if view.subject:
        click.echo(f"    Objet : {view.subject}")
    if view.promised_date:
        click.echo(f"    Date promise : {view.promised_date.isoformat()}")
    if view.problem:
        click.echo(f"    Motif : {view.problem}")
    if view.corrected:
        said = f" (le classement disait « {view.classifier_said} »)" if view.classifier_said else ""
        click.echo(f"    Catégorie corrigée par une personne{said}")
    if view.suggested_contact:
        click.echo(f"    Adresse proposée : {view.suggested_contact}")
    if with_text and view.text:
        text = view.text if len(view.text) <= _TEXT_SHOWN else view.text[: _TEXT_SHOWN - 1] + "…"
        click.echo(f"    Texte : {text}")
    if with_text and view.reasons:
        click.echo(f"    Indices : {' ; '.join(view.reasons[:3])}")


@replies_group.command("relabel")
@click.argument("reply_id", metavar="ID", type=int)
@click.argument("category", metavar="CATEGORY")
@click.option("--note", default="", help="Pourquoi (gardé avec la correction).")
@pass_context
@guarded
def relabel_command(ctx: Context, reply_id: int, category: str, note: str) -> None:
    """Corrige la catégorie d'une réponse (journalisé ; sert à l'apprentissage).

    CATEGORY : already_paid, promise_to_pay, not_received, dispute, payment_difficulty,
    wrong_contact, auto_reply, bounce ou other. Rien n'est fait automatiquement sur les
    factures : à vous de décider la suite (call, pause, resume...).
    """
    from relancebot.review.reply_decisions import relabel_reply

    done = relabel_reply(ctx.app().db, reply_id, category, ctx.clock(), note=note)
    before = done.before or "non classée"
    click.echo(f"Réponse #{reply_id} : {before} → {done.after}, correction enregistrée.")


@replies_group.command("link")
@click.argument("reply_id", metavar="ID", type=int)
@click.option("--invoice", "invoice", metavar="N", help="La facture dont parle la réponse.")
@click.option("--customer", "customer", metavar="ID", help="Le client qui a écrit.")
@pass_context
@guarded
def link_command(ctx: Context, reply_id: int, invoice: str | None, customer: str | None) -> None:
    """Lie une réponse à une facture ou à un client, et la marque lue (journalisé).

    Rien n'est fait automatiquement sur les factures (ni pause, ni renvoi) : à vous de
    décider la suite.
    """
    from relancebot.review.reply_decisions import link_reply_to

    done = link_reply_to(ctx.app().db, reply_id, ctx.clock(), invoice=invoice, customer=customer)
    to = ", ".join(done.invoices) if done.invoices else "au client"
    click.echo(
        f"Réponse #{reply_id} liée {'à ' + to if done.invoices else to} ({done.customer_id})"
        + (f", plus à {done.previous_customer}" if done.previous_customer else "")
        + "."
    )


@replies_group.command("done")
@click.argument("reply_id", metavar="ID", type=int)
@pass_context
@guarded
def done_command(ctx: Context, reply_id: int) -> None:
    """Marque une réponse lue : elle quitte les réponses à lire, sa tâche est close."""
    from relancebot.review.reply_decisions import mark_reply_read

    changed = mark_reply_read(ctx.app().db, reply_id, ctx.clock())
    click.echo(f"Réponse #{reply_id} " + ("marquée lue." if changed else "déjà lue."))
