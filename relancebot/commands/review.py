"""digest, report, letter: what the firm reads and signs (files for the owner only: 0600)."""

from __future__ import annotations

from pathlib import Path

import click

from relancebot.app import App
from relancebot.cli import Context, guarded, main, pass_context
from relancebot.errors import FileProblem
from relancebot.review.cases import case_lines, resolve
from relancebot.review.daily import render_digest, send_digest
from relancebot.review.report import report_csv, report_html, report_text
from relancebot.store.files import write_private
from relancebot.store.records import COMMAND, record_event


def save(path: Path, data: bytes) -> None:
    """Customer data, for the owner only (relancebot.store.files); a folder that does not exist
    or refuses us is one line naming the file, not a traceback."""
    try:
        write_private(path, data)
    except OSError as exc:
        raise FileProblem(f"{path} : écriture impossible ({exc.strerror or exc})") from None


@main.command("digest")
@click.option(
    "--html",
    "html_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Écrire la version HTML dans ce fichier.",
)
@click.option("--send", is_flag=True, help="L'envoyer maintenant à [review] email.")
@pass_context
@guarded
def digest_command(ctx: Context, html_file: Path | None, send: bool) -> None:
    """Le point du jour : à faire, traité, envoyé, à venir (affiché en texte).

    Avec --workspace (sans --firm) : le point de toutes les entreprises, pour la secrétaire.
    """
    if ctx.serves_workspace:
        _workspace_digest(ctx, html_file, send)
        return
    app = ctx.app()
    now = ctx.clock()
    if send:
        from relancebot.outgoing.outbox import deliver_due

        result = send_digest(app, now, force=True)
        assert result is not None
        rendered = result.rendered
        if result.outbox_id is not None:
            deliver_due(
                app.db,
                app.transport,
                ctx.settings.firm.email,
                ctx.settings.business_calendar(),
                now,
            )
            click.echo(f"Point du jour envoyé à {ctx.settings.review.email}.", err=True)
        else:
            click.echo(f"Point du jour écrit dans {result.file}.", err=True)
    else:
        rendered = render_digest(app, now)[1]
    if html_file is not None:
        save(html_file, rendered.html.encode("utf-8"))
    click.echo(rendered.text)


def _workspace_digest(ctx: Context, html_file: Path | None, send: bool) -> None:
    from relancebot.store.database import open_database
    from relancebot.workspace.digest import render_workspace_digest, send_workspace_digest

    workspace = ctx.workspace
    assert workspace is not None
    now = ctx.clock()
    if send:
        result = send_workspace_digest(workspace, now, force=True)
        assert result is not None
        rendered = result.rendered
        if result.outbox_id is not None:
            delivery = result.delivery
            if delivery is not None and result.outbox_id in delivery.sent:
                click.echo(f"Point du jour envoyé à {workspace.settings.review.email}.", err=True)
            else:
                error = delivery.error if delivery is not None else ""
                click.echo(
                    "Point du jour en attente d'envoi (nouvel essai au prochain passage)"
                    + (f" : {error}" if error else "."),
                    err=True,
                )
        else:
            click.echo(f"Point du jour écrit dans {result.file}.", err=True)
    else:
        db = open_database(workspace.settings.database_path)
        try:
            rendered = render_workspace_digest(workspace, db, now)[1]
        finally:
            db.conn.close()
    if html_file is not None:
        save(html_file, rendered.html.encode("utf-8"))
    click.echo(rendered.text)


@main.command("report")
@click.option(
    "--csv",
    "csv_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Écrire le point au format CSV (Excel).",
)
@click.option(
    "--html",
    "html_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Écrire le point en HTML (à imprimer ou envoyer).",
)
@click.option("--all", "include_paid", is_flag=True, help="Aussi les factures soldées.")
@click.option(
    "--aged",
    is_flag=True,
    help="La balance âgée par client (non échu, 1-30 j ... > 120 j), le délai moyen de"
    " paiement (DSO) et les encaissements par mois ; --csv et --html écrivent alors ceux-ci.",
)
@click.option(
    "--send",
    is_flag=True,
    help="Envoyer maintenant le rapport périodique à [review] email (CSV joint) ;"
    " il compte pour la période.",
)
@pass_context
@guarded
def report_command(
    ctx: Context,
    csv_file: Path | None,
    html_file: Path | None,
    include_paid: bool,
    aged: bool,
    send: bool,
) -> None:
    """Où en est chaque dossier : pour l'entreprise ou le client de la secrétaire."""
    app = ctx.app()
    now = ctx.clock()
    tz = ctx.settings.tz
    if aged:
        _aged_report(ctx, app, csv_file, html_file, include_paid or send)
        return
    if send:
        _send_report(ctx, app)
    lines = case_lines(app.db, ctx.settings, now, include_paid=include_paid)
    if csv_file is not None:
        save(csv_file, report_csv(lines, tz).encode("utf-8-sig"))
    if html_file is not None:
        save(html_file, report_html(lines, ctx.settings.firm.name, now, tz).encode("utf-8"))
    if csv_file is None and html_file is None:
        if not send:
            click.echo(report_text(lines, tz))
    else:
        written = ", ".join(str(p) for p in (csv_file, html_file) if p is not None)
        click.echo(f"Point de {len(lines)} dossier(s) écrit dans {written}.")


def _aged_report(
    ctx: Context, app: App, csv_file: Path | None, html_file: Path | None, other_option: bool
) -> None:
    from relancebot.errors import InvalidDecision
    from relancebot.review.aged_report import aged_csv, aged_html, aged_text
    from relancebot.review.aging_rows import read_aging_report

    if other_option:
        raise InvalidDecision("--aged va seul, ou avec --csv et --html (sans --all ni --send)")
    tz = ctx.settings.tz
    report = read_aging_report(app.db, ctx.settings, ctx.clock())
    if csv_file is not None:
        save(csv_file, aged_csv(report, tz).encode("utf-8-sig"))
    if html_file is not None:
        save(html_file, aged_html(report, ctx.settings.firm.name, tz).encode("utf-8"))
    if csv_file is None and html_file is None:
        click.echo(aged_text(report, tz))
    else:
        written = ", ".join(str(p) for p in (csv_file, html_file) if p is not None)
        click.echo(f"Balance âgée de {len(report.aged.customers)} client(s) écrite dans {written}.")


def _send_report(ctx: Context, app: App) -> None:
    from relancebot.outgoing.outbox import deliver_due
    from relancebot.review.periodic import send_report

    now = ctx.clock()
    result = send_report(app, now, force=True)
    assert result is not None
    if result.outbox_id is None:
        click.echo(f"Rapport écrit dans {', '.join(str(p) for p in result.files)}.")
        return
    delivery = deliver_due(
        app.db, app.transport, ctx.settings.firm.email, ctx.settings.business_calendar(), now
    )
    if result.outbox_id in delivery.sent:
        click.echo(f"Rapport envoyé à {ctx.settings.review.email}.")
    else:
        click.echo(
            "Rapport en attente d'envoi (nouvel essai au prochain passage)"
            + (f" : {delivery.error}" if delivery.error else "."),
        )


@main.command("letter")
@click.argument("target")
@click.option(
    "--out",
    "out_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Le fichier PDF (défaut : mise-en-demeure-CLIENT-DATE.pdf).",
)
@pass_context
@guarded
def letter_command(ctx: Context, target: str, out_file: Path | None) -> None:
    """Prépare la mise en demeure (PDF) d'une facture ou d'un client, à faire signer."""
    from relancebot.review.letter import prepare_letter  # fpdf: a quarter of a second

    app = ctx.app()
    db = app.db
    now = ctx.clock()
    found = resolve(db, target)
    letter = prepare_letter(db, ctx.settings, found, now)
    path = out_file or Path(
        f"mise-en-demeure-{found.customer_id}-{now.astimezone(ctx.settings.tz):%Y-%m-%d}.pdf"
    )
    save(path, letter.pdf)
    with db.atomic():
        for number in found.numbers:
            record_event(
                db,
                now,
                "letter_prepared",
                f"Mise en demeure préparée ({path.name}), à signer par la direction ;"
                f" délai au {letter.deadline:%d/%m/%Y}",
                invoice=number,
                customer=found.customer_id,
                actor=COMMAND,
            )
    click.echo(f"Mise en demeure écrite dans {path} : à signer, puis envoyer en recommandé AR.")
