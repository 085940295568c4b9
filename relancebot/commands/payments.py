"""import-payments, and payments: what a person decides about the bank credits."""

from __future__ import annotations

from pathlib import Path

import click

from relancebot.cli import Context, guarded, main, pass_context
from relancebot.store.records import COMMAND


@main.command("import-payments")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--dry-run",
    is_flag=True,
    help="Montrer ce qui changerait (et chaque ligne refusée), sans rien écrire.",
)
@pass_context
@guarded
def import_payments(ctx: Context, paths: tuple[Path, ...], dry_run: bool) -> None:
    """Enregistre des paiements : CSV (number, amount, date) ou relevés bancaires.

    Chaque fichier est reconnu à son contenu : un CSV de paiements, ou un relevé (OFX,
    camt.053, MT940, CFONB 120, export CSV d'une banque). Chaque crédit d'un relevé est
    rapproché : appliqué quand c'est certain (numéro de facture ou référence RF dans le
    libellé, IBAN connu et montant exact), proposé à une personne quand c'est probable
    (`relancebot payments proposed`), listé sinon (`relancebot payments unmatched`). Les débits
    sont ignorés ; un relevé importé deux fois n'enregistre rien deux fois. Un fichier
    refusé, et rien n'est importé.
    """
    from relancebot.commands.imports import show_preview
    from relancebot.review.credits import describe_import
    from relancebot.store.import_preview import preview_payment_file
    from relancebot.store.payment_import import (
        import_payment_paths,
        preview_payment_paths,
        statement_kind,
    )

    db = ctx.app().db
    now = ctx.clock()
    if dry_run and all(p.is_file() and statement_kind(p) is None for p in paths):
        for path in paths:  # payments CSV files: the field-by-field preview, as always
            show_preview(preview_payment_file(db, path, now))
        return
    if dry_run:
        click.echo("Essai à blanc : rien n'a été écrit.")
        done = preview_payment_paths(db, list(paths), now)
    else:
        done = import_payment_paths(db, list(paths), now, actor=COMMAND)
    for imported in done:
        for line in describe_import(imported):
            click.echo(line)


@main.group("payments", invoke_without_command=True)
@click.pass_context
@guarded
def payments_group(click_ctx: click.Context) -> None:
    """Les virements reçus à rapprocher : propositions à décider, sans correspondance.

    `proposed` liste les rapprochements probables (n° de chaque virement), `accept N` en
    applique un (ou l'impute à une autre facture avec --invoice), `reject N` le refuse,
    `unmatched` liste les virements rapprochés de rien.
    """
    if click_ctx.invoked_subcommand is None:
        click_ctx.invoke(proposed_command)


@payments_group.command("proposed")
@click.option("--limit", default=100, show_default=True, help="Nombre maximal de virements.")
@pass_context
@guarded
def proposed_command(ctx: Context, limit: int = 100) -> None:
    """Les virements dont le rapprochement attend une personne, les plus anciens d'abord."""
    from relancebot.review.credits import stored_line
    from relancebot.store.payment_proposals import proposed_credits

    found = proposed_credits(ctx.app().db, limit=limit)
    if not found:
        click.echo("Aucun virement à décider.")
        return
    for credit in found:
        click.echo(stored_line(credit))
    click.echo(
        "Accepter : relancebot payments accept N (ou --invoice F-… pour une autre facture) ;"
        " refuser : relancebot payments reject N."
    )


@payments_group.command("unmatched")
@click.option("--limit", default=100, show_default=True, help="Nombre maximal de virements.")
@pass_context
@guarded
def unmatched_command(ctx: Context, limit: int) -> None:
    """Les virements rapprochés d'aucune facture (et les propositions refusées)."""
    from relancebot.review.credits import stored_line
    from relancebot.store.payment_proposals import unmatched_credits

    found = unmatched_credits(ctx.app().db, limit=limit)
    if not found:
        click.echo("Aucun virement sans correspondance.")
        return
    for credit in found:
        click.echo(stored_line(credit))
    click.echo("Imputer l'un d'eux : relancebot payments accept N --invoice F-….")


@payments_group.command("accept")
@click.argument("line_id", metavar="N", type=int)
@click.option("--invoice", help="Imputer tout le virement à cette facture plutôt qu'à la proposée.")
@pass_context
@guarded
def accept_command(ctx: Context, line_id: int, invoice: str | None) -> None:
    """Applique le rapprochement proposé du virement N (ou l'impute à --invoice)."""
    from relancebot.review.credits import decided_line
    from relancebot.store.payment_proposals import accept_credit

    done = accept_credit(ctx.app().db, line_id, ctx.clock(), actor=COMMAND, invoice=invoice)
    click.echo(decided_line(done, accepted=True))


@payments_group.command("reject")
@click.argument("line_id", metavar="N", type=int)
@pass_context
@guarded
def reject_command(ctx: Context, line_id: int) -> None:
    """Refuse le rapprochement proposé du virement N : rien n'est appliqué."""
    from relancebot.review.credits import decided_line
    from relancebot.store.payment_proposals import reject_credit

    done = reject_credit(ctx.app().db, line_id, ctx.clock(), actor=COMMAND)
    click.echo(decided_line(done, accepted=False))
