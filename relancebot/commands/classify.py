"""classify: what a reply means, as JSON lines; needs no database and no config."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from relancebot.cli import echo_json, main, pass_context
from relancebot.clock import parse_now
from relancebot.errors import InvalidValue


@main.command("classify")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--explain",
    is_flag=True,
    help="Ajoute à chaque ligne « explain » : les formules (cue …), les ajustements "
    "(adjust. …) et la lecture du modèle qui ont décidé.",
)
@pass_context
def classify_command(ctx: object, files: tuple[Path, ...], explain: bool) -> None:
    """Classe des réponses (.eml) : une ligne JSON par fichier.

    Relative dates ("vendredi prochain") count from the reply's Date header, or from --now
    when it has none. A file that cannot be read is named on stderr and the others go on.
    With --explain, each line also says what decided: the ids of the cues that fired, the
    adjustments that changed the reading, and the learned model's words and share.
    Needs no database and no config.
    """
    from relancebot.classify import classify

    now_arg = getattr(ctx, "now_arg", None)
    try:
        now = parse_now(now_arg, ZoneInfo("Europe/Paris")) if now_arg else dt.datetime.now(dt.UTC)
    except InvalidValue as exc:
        raise click.UsageError(str(exc)) from None
    unreadable = 0
    for path in files:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            click.echo(f"relancebot : {path} : illisible ({exc.strerror})", err=True)
            unreadable += 1
            continue
        echo_json(classify(raw, now=now).to_json_dict(str(path), explain=explain))
    if unreadable:
        sys.exit(1)
