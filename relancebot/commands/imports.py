"""import-invoices, import-fec (import-payments: commands.payments)."""

from __future__ import annotations

from pathlib import Path

import click

from relancebot.cli import Context, fail, guarded, main, pass_context
from relancebot.store.import_files import import_fec_file, import_invoice_paths
from relancebot.store.import_preview import (
    ImportPreview,
    describe,
    preview_fec_file,
    preview_invoice_paths,
)

_DRY_RUN = click.option(
    "--dry-run",
    is_flag=True,
    help="Montrer ce qui changerait (et chaque ligne refusée), sans rien écrire.",
)


def show_preview(preview: ImportPreview) -> None:
    """The dry run's answer; a refused file exits 1, as the import would."""
    lines = describe(preview)
    if not preview.accepted:
        fail(f"{preview.path} : essai à blanc, " + "\n".join(lines), 1)
    click.echo(f"{preview.path} : essai à blanc, rien n'a été écrit.")
    for line in lines:
        click.echo(f"  {line}")


@main.command("import-invoices")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, exists=False))
@click.option(
    "--move",
    is_flag=True,
    help="Une facture déjà importée pour un autre client passe, avec ses paiements, au client "
    "que le fichier indique (sans cette option, le fichier est refusé).",
)
@_DRY_RUN
@pass_context
@guarded
def import_invoices(ctx: Context, paths: tuple[Path, ...], move: bool, dry_run: bool) -> None:
    """Ajoute ou met à jour des factures : CSV, Factur-X, CII, UBL ou dossier (tout ou rien).

    Chaque fichier est reconnu à son contenu : un CSV, un PDF Factur-X / ZUGFeRD (joint ensuite
    aux relances), une facture XML CII ou UBL (relances sans pièce jointe). Un fichier refusé,
    et rien n'est importé : chaque refus est listé avec son fichier et sa raison.

    Une facture est reconnue à son numéro ; un client à son client_id (ou, dans une facture
    électronique, à l'identifiant BT-46, au SIRET/SIREN), sinon à son nom, son SIREN/SIRET et
    le domaine de ses adresses : deux sociétés du même nom ne sont jamais fusionnées. Les
    adresses d'un client deviennent celles du CSV (les anciennes restent au journal,
    inactives) ; une facture électronique ajoute l'email de son contact (BT-58) sans rien
    effacer, et un client sans adresse est signalé (« adresse email manquante »). Un avoir
    réduit ce que doit la facture qu'il corrige.
    """
    db = ctx.app().db
    label = str(paths[0]) if len(paths) == 1 else f"{len(paths)} chemins"
    if dry_run:
        show_preview(preview_invoice_paths(db, ctx.settings, list(paths), ctx.clock(), move=move))
        return
    summary = import_invoice_paths(db, ctx.settings, list(paths), ctx.clock(), move=move)
    click.echo(
        f"{label} : {summary.added} facture(s) ajoutée(s), {summary.updated} mise(s) à jour"
        + (
            f" dont {len(summary.moved)} déplacée(s) ({', '.join(summary.moved)})"
            if summary.moved
            else ""
        )
        + (f", {summary.credit_notes} avoir(s)" if summary.credit_notes else "")
        + (f" ; soldée(s) : {', '.join(summary.settled)}" if summary.settled else "")
        + "."
    )
    for note in summary.notes:
        click.echo(f"  - {note}")


@main.command("import-fec")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@_DRY_RUN
@pass_context
@guarded
def import_fec(ctx: Context, file: Path, dry_run: bool) -> None:
    """Ajoute les factures clients ouvertes d'un FEC (comptes 411 non lettrés).

    Le Fichier des Écritures Comptables que tout logiciel comptable exporte (tabulations ou
    |, UTF-8 ou Latin-1) : chaque pièce d'un compte client non lettrée dont le débit dépasse
    le crédit est une facture à relancer, de ce solde (numéro : PieceRef ; client : le compte
    auxiliaire). Une facture déjà connue garde ses données ; l'échéance, quand le FEC n'en a
    pas, est la date de la pièce + [imports] payment_terms_days. Ni email ni PDF : les
    relances partent sans pièce jointe, une fois l'adresse du client connue. Une ligne
    malformée, et rien n'est importé.
    """
    db = ctx.app().db
    if dry_run:
        show_preview(preview_fec_file(db, ctx.settings, file, ctx.clock()))
        return
    summary, reading = import_fec_file(db, ctx.settings, file, ctx.clock())
    click.echo(
        f"{file} : {reading.lines} ligne(s) lue(s), {len(reading.items)} pièce(s) client "
        f"ouverte(s) : {summary.added} facture(s) ajoutée(s), {summary.known} déjà connue(s) "
        f"(gardées telles quelles) ; {reading.settled} pièce(s) soldée(s) ou avoir(s), non "
        "relancée(s)."
    )
    for note in summary.notes:
        click.echo(f"  - {note}")
