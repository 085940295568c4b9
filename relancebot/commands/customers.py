"""customer: the per-customer settings a person decides (key account, negotiated delay, ...)."""

from __future__ import annotations

import click

from relancebot.cli import Context, guarded, main, pass_context
from relancebot.errors import UnknownCustomer
from relancebot.importing.invoices import parse_addresses
from relancebot.store.records import customer_row, record_event


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
    app = ctx.app()
    db = app.db
    if customer_row(db, customer_id) is None:
        raise UnknownCustomer(f"client inconnu : {customer_id!r} (voir le code dans `plan --all`)")
    changes: dict[str, object] = {}
    if do_not_chase is not None:
        changes["do_not_chase"] = int(do_not_chase)
    if extra_delay is not None:
        changes["extra_delay_days"] = extra_delay
    if language is not None:
        changes["language"] = language
    if note is not None:
        changes["notes"] = note
    addresses = [a for value in cc for a in parse_addresses(value, "--cc")]
    now = ctx.clock()
    with db.atomic():
        for column, value in changes.items():
            db.execute(f"UPDATE customers SET {column} = ? WHERE id = ?", [value, customer_id])
        for address in addresses:
            db.execute(
                "INSERT OR IGNORE INTO contacts (customer_id, email, role, source)"
                " VALUES (?, ?, 'cc', 'person')",
                [customer_id, address],
            )
        summary = ", ".join(
            [f"{k} = {v}" for k, v in changes.items()] + [f"copie {a}" for a in addresses]
        )
        record_event(
            db, now, "customer_settings", f"Réglages modifiés : {summary}", customer=customer_id
        )
    click.echo(f"{customer_id} : {summary or 'rien à changer'}.")
