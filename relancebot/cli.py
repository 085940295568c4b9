"""The command line: parses arguments, calls the library, turns its errors into clean messages.

Start-up stays light: this module imports click and nothing heavy, and a command's module (with
the libraries it needs: fpdf, jinja2, apscheduler...) is imported only when that command is used.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from gettext import gettext as _
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from relancebot.commands import COMMANDS, load

if TYPE_CHECKING:
    from relancebot.app import App
    from relancebot.clock import Clock
    from relancebot.config import Settings
    from relancebot.workspace import Workspace


class Context:
    def __init__(
        self,
        config: str | None,
        now: str | None,
        workspace: str | None = None,
        firm: str | None = None,
    ) -> None:
        self.config_arg = config
        self.now_arg = now
        self.workspace_arg = workspace
        self.firm_arg = firm

    @property
    def workspace(self) -> Workspace | None:
        """--workspace, or $RELANCEBOT_WORKSPACE unless --config names one firm's file."""
        if not hasattr(self, "_workspace"):
            from relancebot.workspace import Workspace

            name = self.workspace_arg or (
                None if self.config_arg else os.environ.get("RELANCEBOT_WORKSPACE")
            )
            self._workspace = Workspace(Path(name)) if name else None
        return self._workspace

    @property
    def serves_workspace(self) -> bool:
        """run, tick, status and digest serve every firm of a workspace given no --firm."""
        return self.workspace is not None and self.firm_arg is None

    @property
    def settings(self) -> Settings:
        if not hasattr(self, "_settings"):
            from relancebot.config import ConfigError, load_settings

            workspace = self.workspace
            if self.workspace_arg and self.config_arg:
                raise ConfigError("--workspace et --config : l'un ou l'autre")
            if self.firm_arg is not None:
                if workspace is None:
                    raise ConfigError("--firm va avec --workspace DIR (ou $RELANCEBOT_WORKSPACE)")
                self._settings = workspace.firm(self.firm_arg).settings()
            elif workspace is not None:
                firms = ", ".join(f.id for f in workspace.firms()) or "aucune"
                raise ConfigError(
                    f"cette commande porte sur une entreprise : --firm ID (entreprises : {firms})"
                )
            else:
                name = self.config_arg or os.environ.get("RELANCEBOT_CONFIG")
                self._settings = load_settings(Path(name or "config.toml"), explicit=bool(name))
        return self._settings

    @property
    def clock(self) -> Clock:
        from relancebot.clock import fixed_clock, parse_now, system_clock

        workspace = self.workspace
        tz = workspace.settings.tz if self.serves_workspace and workspace else self.settings.tz
        if self.now_arg:
            return fixed_clock(parse_now(self.now_arg, tz))
        return system_clock(tz)

    def app(self) -> App:
        from relancebot.app import App

        return App(self.settings)


def fail(message: str, code: int = 2) -> NoReturn:
    click.echo(f"relancebot : {message}", err=True)
    sys.exit(code)


def _exit_code(exc: Exception) -> int | None:
    """The exit code of a refusal shown as one line (relancebot.errors), or None for a bug,
    which keeps its traceback: a bare ValueError is a mistake of the code, not the person's."""
    from relancebot.errors import RelancebotError

    return exc.exit_code if isinstance(exc, RelancebotError) else None


def guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Library errors become one clear line on stderr and a non-zero exit, never a traceback."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except Exception as exc:
            code = _exit_code(exc)
            if code is not None:
                fail(str(exc), code)
            import sqlite3

            if not isinstance(exc, sqlite3.Error):
                raise
            # The file or the disk failing mid-command (a damaged page, a full disk) is the
            # person's to fix, in one line; SQLite reporting a mistake of the code stays a bug.
            from relancebot.store.database import storage_failure

            problem = storage_failure(exc)
            if problem is None:
                raise
            fail(problem)

    return wrapper


class LazyGroup(click.Group):
    """A group whose commands are imported on first use (click's documented lazy loading).

    `relancebot status` imports the status command's module only; `relancebot --help` lists
    every command from `relancebot.commands.COMMANDS` without importing any.
    """

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            load(cmd_name)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """As click.Group's, with a command not imported yet stood in for by its listed help."""
        listed: list[tuple[str, click.Command]] = []
        for name in self.list_commands(ctx):
            command = self.commands.get(name) or click.Command(name, help=COMMANDS[name][1])
            if not command.hidden:
                listed.append((name, command))
        if not listed:
            return
        limit = formatter.width - 6 - max(len(name) for name, _command in listed)
        rows = [(name, command.get_short_help_str(limit)) for name, command in listed]
        with formatter.section(_("Commands")):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
@click.option(
    "--workspace",
    "workspace",
    metavar="DIR",
    help="Espace de travail de plusieurs entreprises (défaut : $RELANCEBOT_WORKSPACE).",
)
@click.option(
    "--firm",
    "firm",
    metavar="ID",
    help="L'entreprise de l'espace de travail visée (le nom de son dossier).",
)
@click.option("-v", "--verbose", is_flag=True, help="Journal détaillé sur stderr.")
@click.version_option(package_name="relancebot")
@click.pass_context
def main(
    ctx: click.Context,
    config: str | None,
    now: str | None,
    workspace: str | None,
    firm: str | None,
    verbose: bool,
) -> None:
    """relancebot : relance les factures impayées, lit les réponses, prépare le travail du jour."""
    import logging

    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    ctx.obj = Context(config, now, workspace, firm)


pass_context = click.make_pass_decorator(Context)


def echo_json(obj: Any) -> None:
    import json

    click.echo(json.dumps(obj, ensure_ascii=False, default=str))
