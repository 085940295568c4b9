"""classify: what a reply means, as JSON lines; needs no database and no config."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from relancebot.cli import echo_json, main, pass_context
from relancebot.clock import parse_now


@main.command("classify")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False, exists=True)
)
@pass_context
def classify_command(ctx: object, files: tuple[Path, ...]) -> None:
    """Classe des réponses (.eml) : une ligne JSON par fichier."""
    from zoneinfo import ZoneInfo

    from relancebot.classify import classify

    now_arg = getattr(ctx, "now_arg", None)
    now = parse_now(now_arg, ZoneInfo("Europe/Paris")) if now_arg else dt.datetime.now(dt.UTC)
    for path in files:
        result = classify(path.read_bytes(), now=now)
        echo_json(result.to_json_dict(str(path)))
