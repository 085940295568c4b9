"""A person's decisions on a case: a call and its outcome, a pause, a resumption, a stop,
a contact confirmed, a payment seen. Each goes through relancebot.store.chase, as the pages'."""

from __future__ import annotations

import datetime as dt

import click

from relancebot.cli import Context, guarded, main, pass_context
from relancebot.core.calls import OUTCOMES, OUTCOMES_FR
from relancebot.core.money import format_money, parse_amount
from relancebot.errors import InvalidValue
from relancebot.review.calls import log_call
from relancebot.review.cases import resolve
from relancebot.store import chase
from relancebot.store.records import COMMAND


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    from relancebot.importing.csvfile import parse_date

    try:
        return parse_date(value)
    except InvalidValue as exc:
        raise InvalidValue(f"{option} : {exc}") from None


@main.command("call")
@click.argument("target")
@click.option("--outcome", required=True, type=click.Choice(OUTCOMES), help="L'issue de l'appel.")
@click.option(
    "--date",
    "date_text",
    help="Date promise ou convenue (2026-12-15) ; avec no_answer, le jour où rappeler.",
)
@click.option("--note", default="", help="Ce qui a été dit.")
@click.option("--confirm", is_flag=True, help="Envoyer au client un email confirmant l'accord.")
@pass_context
@guarded
def call_command(
    ctx: Context, target: str, outcome: str, date_text: str | None, note: str, confirm: bool
) -> None:
    """Note un appel (facture ou client) et ce qui en découle."""
    app = ctx.app()
    found = resolve(app.db, target)
    date = _date(date_text, "--date")
    result = log_call(app, found, outcome, note, date, confirm, ctx.clock(), actor=COMMAND)
    click.echo(
        f"Appel noté pour {', '.join(found.numbers)} : {OUTCOMES_FR[outcome]}."
        + (" Confirmation en file d'envoi." if result.outbox_id else "")
    )


@main.command("resume")
@click.argument("number")
@pass_context
@guarded
def resume_command(ctx: Context, number: str) -> None:
    """Reprendre les relances d'une facture (après une pause, un litige réglé...)."""
    chase.resume(ctx.app().db, number, ctx.clock(), actor=COMMAND)
    click.echo(f"{number} : relances reprises.")


@main.command("pause")
@click.argument("number")
@click.option("--until", "until_text", required=True, help="Jusqu'à quelle date (2026-12-15).")
@click.option("--note", default="", help="Pourquoi.")
@pass_context
@guarded
def pause_command(ctx: Context, number: str, until_text: str, note: str) -> None:
    """Suspendre les relances d'une facture jusqu'à une date."""
    until = _date(until_text, "--until")
    assert until is not None
    calendar = ctx.settings.business_calendar()
    chase.pause(
        ctx.app().db, number, until, ctx.clock(), actor=COMMAND, calendar=calendar, note=note
    )
    click.echo(f"{number} : relances suspendues jusqu'au {until:%d/%m/%Y}.")


@main.command("stop")
@click.argument("customer_id")
@pass_context
@guarded
def stop_command(ctx: Context, customer_id: str) -> None:
    """Ne plus relancer un client par email (= customer set ID --do-not-chase)."""
    chase.stop_customer(ctx.app().db, customer_id, ctx.clock(), actor=COMMAND)
    click.echo(f"{customer_id} : plus aucun email de relance ; l'appel à 30 jours reste signalé.")


@main.command("confirm-contact")
@click.argument("customer_id")
@click.argument("address")
@click.option("--replace", is_flag=True, help="Désactiver les autres adresses du client.")
@pass_context
@guarded
def confirm_contact_command(ctx: Context, customer_id: str, address: str, replace: bool) -> None:
    """Confirmer l'adresse d'un client (celle suggérée par une réponse, par exemple)."""
    db = ctx.app().db
    resumed = chase.confirm_contact(
        db, customer_id, address, ctx.clock(), actor=COMMAND, replace=replace
    )
    click.echo(
        f"{customer_id} : {address.lower()} confirmée"
        + (f", {resumed} facture(s) à nouveau relancée(s)." if resumed else ".")
    )


@main.command("mark-paid")
@click.argument("number")
@click.option("--amount", "amount_text", help="Montant reçu (défaut : le reste dû).")
@click.option("--date", "date_text", help="Date du paiement (défaut : aujourd'hui).")
@pass_context
@guarded
def mark_paid_command(
    ctx: Context, number: str, amount_text: str | None, date_text: str | None
) -> None:
    """Enregistrer un paiement constaté par une personne (tout ou partie)."""
    now = ctx.clock()
    db = ctx.app().db
    amount = parse_amount(amount_text) if amount_text else None
    day = _date(date_text, "--date") or now.astimezone(ctx.settings.tz).date()
    paid = chase.record_payment(db, number, amount, day, now, actor=COMMAND)
    row = db.execute("SELECT paid_at FROM invoices WHERE number = ?", [number]).fetchone()
    click.echo(
        f"{number} : paiement de {format_money(paid)} enregistré"
        + (" ; facture soldée." if row and row[0] else ".")
    )
