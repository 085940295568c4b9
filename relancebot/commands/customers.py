"""customer: the per-customer settings a person decides (key account, negotiated delay, ...)."""

from __future__ import annotations

import click

from relancebot.cli import Context, guarded, main, pass_context
from relancebot.importing.invoices import parse_addresses
from relancebot.store import chase
from relancebot.store.records import COMMAND


@main.group("customer")
def customer_group() -> None:
    """Réglages d'un client : ne pas relancer, délai négocié, langue, copies."""


@customer_group.command("set")
@click.argument("customer_id")
@click.option(
    "--do-not-chase/--chase",
    default=None,
    help="Grand compte suivi par téléphone : aucun email automatique.",
)
@click.option(
    "--extra-delay",
    type=click.IntRange(0, 365),
    default=None,
    help="Délai négocié, en jours, ajouté à chaque échéance.",
)
@click.option("--language", type=click.Choice(["fr", "en"]), default=None)
@click.option("--cc", "cc", multiple=True, help="Adresse à mettre en copie (répétable).")
@click.option("--note", default=None, help="Note libre (conditions négociées, ...).")
@pass_context
@guarded
def customer_set(
    ctx: Context,
    customer_id: str,
    do_not_chase: bool | None,
    extra_delay: int | None,
    language: str | None,
    cc: tuple[str, ...],
    note: str | None,
) -> None:
    """Modifie les réglages d'un client (code client ou nom normalisé)."""
    db = ctx.app().db
    addresses = [a for value in cc for a in parse_addresses(value, "--cc")]
    summary = chase.change_customer(
        db, customer_id, ctx.clock(), actor=COMMAND, do_not_chase=do_not_chase,
        extra_delay_days=extra_delay, language=language, notes=note, cc=addresses,
    )  # fmt: skip
    click.echo(f"{customer_id} : {summary or 'rien à changer'}.")
