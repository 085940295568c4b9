"""The command line: parses arguments, calls the library, turns its errors into clean messages."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from relancebot.app import App
from relancebot.clock import Clock, fixed_clock, parse_now, system_clock
from relancebot.config import ConfigError, Settings, load_settings
from relancebot.core.money import format_money
from relancebot.importing.csvfile import ImportRejected
from relancebot.outgoing.render import TemplateProblem
from relancebot.store.database import StoreError, storage_failure


class Context:
    def __init__(self, config: str | None, now: str | None) -> None:
        self.config_arg = config
        self.now_arg = now

    @property
    def settings(self) -> Settings:
        if not hasattr(self, "_settings"):
            name = self.config_arg or os.environ.get("RELANCEBOT_CONFIG")
            self._settings = load_settings(Path(name or "config.toml"), explicit=bool(name))
        return self._settings

    @property
    def clock(self) -> Clock:
        tz = self.settings.tz
        if self.now_arg:
            return fixed_clock(parse_now(self.now_arg, tz))
        return system_clock(tz)

    def app(self) -> App:
        return App(self.settings)


def fail(message: str, code: int = 2) -> NoReturn:
    click.echo(f"relancebot : {message}", err=True)
    sys.exit(code)


def guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Library errors become one clear line on stderr and a non-zero exit, never a traceback."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (ConfigError, StoreError, TemplateProblem, ValueError) as exc:
            fail(str(exc))
        except ImportRejected as exc:
            fail(str(exc), code=1)
        except sqlite3.Error as exc:
            # The file or the disk failing mid-command (a damaged page, a full disk) is the
            # person's to fix, in one line; SQLite reporting a mistake of the code stays a bug.
            problem = storage_failure(exc)
            if problem is None:
                raise
            fail(problem)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config",
    metavar="PATH",
    help="Fichier de configuration (défaut : ./config.toml ou $RELANCEBOT_CONFIG).",
)
@click.option(
    "--now",
    "now",
    metavar="WHEN",
    help="L'horloge de cette commande, ISO 8601 (ex. 2026-11-17T09:30:00+01:00).",
)
@click.option("-v", "--verbose", is_flag=True, help="Journal détaillé sur stderr.")
@click.version_option(package_name="relancebot")
@click.pass_context
def main(ctx: click.Context, config: str | None, now: str | None, verbose: bool) -> None:
    """relancebot : relance les factures impayées, lit les réponses, prépare le travail du jour."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    ctx.obj = Context(config, now)


pass_context = click.make_pass_decorator(Context)


def _register() -> None:
    # Commands live in their own modules; importing them attaches them to `main`.
    from relancebot import commands  # noqa: F401


def money(value: Any) -> str:
    from decimal import Decimal

    return format_money(Decimal(str(value)))


def echo_json(obj: Any) -> None:
    click.echo(json.dumps(obj, ensure_ascii=False, default=str))


def today(ctx: Context) -> dt.date:
    return ctx.clock().astimezone(ctx.settings.tz).date()


_register()
