"""tick, run, plan, preview."""

from __future__ import annotations

import sys
from typing import Any

import click

from relancebot.cli import Context, fail, guarded, main, pass_context
from relancebot.core.model import LEVEL_NAMES, ReminderBatch
from relancebot.service.planning import current_plan
from relancebot.store.database import service_lock


@main.command("tick")
@pass_context
@guarded
def tick_command(ctx: Context) -> None:
    """Un passage de tout ce que fait le service à cet instant, puis s'arrête."""
    from relancebot.service.tick import run_pass

    if ctx.serves_workspace:
        _tick_workspace(ctx)
        return
    settings = ctx.settings
    with service_lock(settings.database_path, "tick"):
        report = run_pass(ctx.app(), ctx.clock())
    _show(report)


def _tick_workspace(ctx: Context) -> None:
    from relancebot.workspace.passes import tick_workspace

    workspace = ctx.workspace
    assert workspace is not None
    failed = False
    for result in tick_workspace(workspace, ctx.clock()):
        click.echo(f"== {result.firm}")
        if result.error:
            click.echo(f"relancebot : {result.firm} : {result.error}", err=True)
            failed = True
        else:
            _show(result.report)
    if failed:
        sys.exit(1)


def _show(report: Any) -> None:
    """The pass summary a person reads (relancebot.service.tick.TickReport)."""
    d = report.delivery
    if report.mail is not None:
        m = report.mail
        click.echo(
            f"{len(m.handled)} réponse(s) lue(s)"
            + (f", {len(m.problems)} mise(s) de côté pour une personne" if m.problems else "")
            + "."
        )
    if report.mail_error:
        click.echo(f"Boîte aux lettres : {report.mail_error}", err=True)
    for dropped in report.dropped:
        verdict = "importé" if dropped.imported else "refusé"
        click.echo(f"Fichier déposé {dropped.name} {verdict} : {dropped.summary}")
    click.echo(
        f"{len(report.queued)} message(s) préparé(s), {len(report.set_aside)} mis de côté, "
        f"{len(d.sent)} envoyé(s), "
        f"{len(d.deferred)} reporté(s), {len(d.failed)} en échec, "
        f"{len(report.escalated)} dossier(s) à appeler."
    )
    for invoice, reason in report.set_aside:
        click.echo(f"Mise de côté pour une personne : {invoice} ({reason})")
    if d.error:
        click.echo(f"Envoi interrompu : {d.error}", err=True)


@main.command("run")
@pass_context
@guarded
def run_command(ctx: Context) -> None:
    """Le service en continu (jusqu'à SIGTERM ou Ctrl-C).

    Avec --workspace : toutes les entreprises de l'espace dans un seul service ; un dossier
    d'entreprise ajouté ou retiré est pris en compte dans la minute (ou tout de suite sur
    SIGHUP)."""
    if ctx.now_arg:
        fail("--now ne s'utilise pas avec run : le service suit l'horloge réelle")
    if ctx.serves_workspace:
        from relancebot.workspace.service import run_workspace_service

        workspace = ctx.workspace
        assert workspace is not None
        run_workspace_service(workspace, ctx.clock)
        return
    from relancebot.service.scheduler import run_service

    run_service(ctx.app(), ctx.clock)


@main.command("plan")
@click.option("--all", "show_all", is_flag=True, help="Aussi les factures sans étape prévue.")
@pass_context
@guarded
def plan_command(ctx: Context, show_all: bool) -> None:
    """Ce qui partirait à --now, et ce qui vient ensuite, sans rien envoyer."""
    app = ctx.app()
    now = ctx.clock()
    todo = current_plan(app, now)
    tz = ctx.settings.tz
    if todo.batches:
        click.echo(f"À envoyer maintenant ({now.astimezone(tz):%d/%m/%Y %H:%M}) :")
        for batch in todo.batches:
            click.echo(f"  {batch.customer_id} : {_describe(batch)}")
    else:
        click.echo("Rien à envoyer maintenant.")
    for step in todo.escalations:
        click.echo(f"  À appeler : {step.invoice} ({step.customer_id})")
    if todo.upcoming:
        click.echo("Ensuite :")
        for step in todo.upcoming:
            what = "appel" if step.kind.value == "escalate" else LEVEL_NAMES[step.level]
            local = step.due_at.astimezone(tz)
            when = f"{DAYS_FR[local.weekday()]} {local:%d/%m/%Y %H:%M}"
            click.echo(f"  {when}  {step.invoice}  {step.customer_id}  {what}")
    if show_all:
        for number, why in todo.held:
            click.echo(f"  {number} : {why}")


# The days as babel abbreviates them in French (CLDR), without loading babel for one column.
DAYS_FR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")


def _describe(batch: ReminderBatch) -> str:
    numbers = ", ".join(f"{s.invoice} ({LEVEL_NAMES[s.level]})" for s in batch.steps)
    return f"{numbers}"


@main.command("preview")
@click.argument("number")
@click.option("--html", is_flag=True, help="Afficher la partie HTML plutôt que le texte.")
@pass_context
@guarded
def preview_command(ctx: Context, number: str, html: bool) -> None:
    """Affiche la prochaine relance d'une facture, sans l'envoyer."""
    from relancebot.outgoing.preview import render_next

    app = ctx.app()
    rendered = render_next(app, number, ctx.clock())
    click.echo(f"Objet : {rendered.subject}\n")
    click.echo(rendered.html if html else rendered.text)
