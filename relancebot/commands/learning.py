"""learn: the firm's own reply model, from the shipped corpus and the person's corrections."""

from __future__ import annotations

import click

from relancebot.cli import Context, guarded, main, pass_context


@main.command("learn")
@pass_context
@guarded
def learn_command(ctx: Context) -> None:
    """Réapprend à lire les réponses, avec les corrections de la société.

    Le modèle est entraîné sur les réponses livrées avec relancebot et vos corrections
    (`replies relabel`, « corriger la catégorie »), puis jugé, avec le modèle en usage, sur
    des réponses qu'aucun modèle n'apprend (dont une correction sur quatre, toujours les
    mêmes) : il n'est utilisé que s'il lit au moins aussi bien, sans plus d'erreurs
    dangereuses. Quelques secondes.
    """
    from relancebot.learning.firm import learn

    now = ctx.clock()
    outcome = learn(ctx.app().db, now)
    c, p = outcome.candidate, outcome.previous
    click.echo(
        f"Exemples appris : {outcome.examples}, dont {outcome.corrections} correction(s) "
        "de la société."
    )
    click.echo(
        f"Jugé sur {outcome.held_out} réponses jamais apprises, dont "
        f"{outcome.held_out_corrections} correction(s) de la société :"
    )
    click.echo(
        f"  nouveau modèle : macro-F1 {c.macro_f1:.3f}, {c.correct}/{c.total} justes, "
        f"erreurs dangereuses {c.dangerous}"
    )
    click.echo(
        f"  modèle en usage ({outcome.previous_name}) : macro-F1 {p.macro_f1:.3f}, "
        f"{p.correct}/{p.total} justes, erreurs dangereuses {p.dangerous}"
    )
    if outcome.used:
        click.echo(
            f"Décision : le nouveau modèle (n° {outcome.model_id}) lit désormais les réponses."
        )
    else:
        click.echo(
            "Décision : le nouveau modèle lit moins bien, le modèle en usage reste "
            f"({outcome.previous_name})."
        )
    click.echo(f"({outcome.seconds:.1f} s)")
