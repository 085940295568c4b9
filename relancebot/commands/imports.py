"""import-invoices, import-payments."""

from __future__ import annotations

from pathlib import Path

import click

from relancebot.cli import Context, fail, guarded, main, pass_context
from relancebot.store.import_preview import (
    ImportPreview,
    describe,
    import_invoice_file,
    import_payment_file,
    preview_invoice_file,
    preview_payment_file,
)

_DRY_RUN = click.option(
    "--dry-run",
    is_flag=True,
    help="Montrer ce qui changerait (et chaque ligne refusée), sans rien écrire.",
)


def _show_preview(preview: ImportPreview) -> None:
    """The dry run's answer; a refused file exits 1, as the import would."""
    lines = describe(preview)
    if not preview.accepted:
        fail(f"{preview.path} : essai à blanc, " + "\n".join(lines), 1)
    click.echo(f"{preview.path} : essai à blanc, rien n'a été écrit.")
    for line in lines:
        click.echo(f"  {line}")


@main.command("import-invoices")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--move",
    is_flag=True,
    help="Une facture déjà importée pour un autre client passe, avec ses paiements, au client "
    "que le fichier indique (sans cette option, le fichier est refusé).",
)
@_DRY_RUN
@pass_context
@guarded
def import_invoices(ctx: Context, file: Path, move: bool, dry_run: bool) -> None:
    """Ajoute ou met à jour des factures depuis un CSV (tout ou rien).

    Une facture est reconnue à son numéro ; un client à son client_id, sinon à son nom, son
    SIREN/SIRET et le domaine de ses adresses : deux sociétés du même nom ne sont jamais
    fusionnées. Les adresses d'un client deviennent celles du fichier (les anciennes restent
    au journal, inactives).
    """
    db = ctx.app().db
    if dry_run:
        _show_preview(preview_invoice_file(db, ctx.settings, file, ctx.clock(), move=move))
        return
    summary = import_invoice_file(db, ctx.settings, file, ctx.clock(), move=move)
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
@_DRY_RUN
@pass_context
@guarded
def import_payments(ctx: Context, file: Path, dry_run: bool) -> None:
    """Enregistre des paiements (number, amount, date) ; les paiements partiels s'additionnent."""
    db = ctx.app().db
    if dry_run:
        _show_preview(preview_payment_file(db, file, ctx.clock()))
        return
    summary = import_payment_file(db, file, ctx.clock())
    click.echo(
        f"{file} : {summary.added} paiement(s) enregistré(s)"
        + (f", {summary.skipped} déjà connu(s)" if summary.skipped else "")
        + (f" ; soldée(s) : {', '.join(summary.settled)}" if summary.settled else "")
        + "."
    )
