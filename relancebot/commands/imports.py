"""import-invoices, import-payments."""

from __future__ import annotations

from pathlib import Path

import click

from relancebot.cli import Context, guarded, main, pass_context
from relancebot.importing.invoices import read_invoice_file
from relancebot.importing.payments import read_payment_file
from relancebot.store.imports import save_invoices, save_payments


@main.command("import-invoices")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--move",
    is_flag=True,
    help="Une facture déjà importée pour un autre client passe, avec ses paiements, au client "
    "que le fichier indique (sans cette option, le fichier est refusé).",
)
@pass_context
@guarded
def import_invoices(ctx: Context, file: Path, move: bool) -> None:
    """Ajoute ou met à jour des factures depuis un CSV (tout ou rien).

    Une facture est reconnue à son numéro ; un client à son client_id, sinon à son nom, son
    SIREN/SIRET et le domaine de ses adresses : deux sociétés du même nom ne sont jamais
    fusionnées. Les adresses d'un client deviennent celles du fichier (les anciennes restent
    au journal, inactives).
    """
    settings = ctx.settings
    root = settings.path(settings.invoices.pdf_root) if settings.invoices.pdf_root else None
    rows = read_invoice_file(
        file,
        root,
        settings.invoices.allow_pdf_outside_root,
        settings.invoices.max_pdf_bytes,
    )
    app = ctx.app()
    summary = save_invoices(app.db, rows, ctx.clock(), file, move=move)
    click.echo(
        f"{file} : {summary.added} facture(s) ajoutée(s), {summary.updated} mise(s) à jour"
        + (
            f" dont {len(summary.moved)} déplacée(s) ({', '.join(summary.moved)})"
            if summary.moved
            else ""
        )
        + "."
    )
    for note in summary.notes:
        click.echo(f"  - {note}")


@main.command("import-payments")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@pass_context
@guarded
def import_payments(ctx: Context, file: Path) -> None:
    """Enregistre des paiements (number, amount, date) ; les paiements partiels s'additionnent."""
    app = ctx.app()
    known = {r[0] for r in app.db.execute("SELECT number FROM invoices")}
    rows = read_payment_file(file, known)
    summary = save_payments(app.db, rows, ctx.clock(), file)
    click.echo(
        f"{file} : {summary.added} paiement(s) enregistré(s)"
        + (f", {summary.skipped} déjà connu(s)" if summary.skipped else "")
        + (f" ; soldée(s) : {', '.join(summary.settled)}" if summary.settled else "")
        + "."
    )
