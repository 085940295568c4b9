"""The open cases as a person reads them: the list, and one case in full."""

from __future__ import annotations

from decimal import Decimal

import click

from relancebot.cli import Context, guarded, main, pass_context
from relancebot.core.money import format_money
from relancebot.review.cases import case_lines, resolve
from relancebot.store.records import customer_row


@main.command("cases")
@pass_context
@guarded
def cases_command(ctx: Context) -> None:
    """Les dossiers ouverts : factures impayées, où elles en sont, la prochaine étape."""
    app = ctx.app()
    lines = case_lines(app.db, ctx.settings, ctx.clock())
    if not lines:
        click.echo("Aucun dossier ouvert : toutes les factures sont réglées.")
        return
    for c in lines:
        click.echo(
            f"{c.number:14} {c.customer[:26]:26} {format_money(c.balance, c.currency):>13}"
            f" {c.days_overdue:>4} j  {c.level_name:14} {c.state} → {c.next_step}"
        )
    total = sum((c.balance for c in lines), Decimal("0.00"))
    click.echo(f"{len(lines)} dossier(s), {format_money(total)} restant dû.")


@main.command("case")
@click.argument("target")
@pass_context
@guarded
def case_command(ctx: Context, target: str) -> None:
    """Un dossier : le client, ses contacts, ses factures, les tâches ouvertes."""
    app = ctx.app()
    db = app.db
    found = resolve(db, target, open_only=False)
    customer = customer_row(db, found.customer_id)
    assert customer is not None
    click.echo(f"{customer['name']} ({found.customer_id})")
    if customer["contact"] or customer["phone"]:
        click.echo(f"  Contact : {customer['contact'] or '—'}  Tél. : {customer['phone'] or '—'}")
    for email, role, active, failing, source in db.execute(
        "SELECT email, role, active, failing_since, source FROM contacts WHERE customer_id = ?"
        " ORDER BY id",
        [found.customer_id],
    ):
        status = "en échec" if failing else ("active" if active else "inactive, à confirmer")
        click.echo(
            f"  Adresse {email} ({'copie' if role == 'cc' else 'destinataire'}, {status}"
            f", source {source})"
        )
    if customer["do_not_chase"]:
        click.echo("  Pas de relance par email (suivi par téléphone).")
    if customer["notes"]:
        click.echo(f"  Notes : {customer['notes']}")
    for c in case_lines(db, ctx.settings, ctx.clock(), numbers=found.numbers, include_paid=True):
        click.echo(
            f"  {c.number} : {format_money(c.amount, c.currency)}, payé "
            f"{format_money(c.paid, c.currency)}, reste {format_money(c.balance, c.currency)} ;"
            f" échue le {c.due_date:%d/%m/%Y} ({c.days_overdue} j) ; {c.level_name} ; {c.state}"
        )
        click.echo(f"    Prochaine étape : {c.next_step}")
    for kind, summary in db.execute(
        "SELECT kind, summary FROM tasks WHERE state = 'open' AND customer_id = ?"
        " ORDER BY priority, id",
        [found.customer_id],
    ):
        click.echo(f"  À faire ({kind}) : {summary}")
