"""web, user: the person's pages in the browser, and who may log in to them.

Flask and waitress are imported by `web` alone: `user` and every other command start without.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from relancebot.cli import Context, guarded, main, pass_context

if TYPE_CHECKING:
    from relancebot.store.connection import Database


def _users_db(ctx: Context) -> Database:
    """The workspace's workspace.db when the pages serve a workspace, else the firm's."""
    workspace = ctx.workspace
    if ctx.serves_workspace and workspace is not None:
        from relancebot.store.database import open_database

        return open_database(workspace.settings.database_path)
    return ctx.app().db


@main.command("web")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Adresse d'écoute (seulement cette machine par défaut).",
)
@click.option(
    "--port",
    default=8765,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port d'écoute (0 : un port libre, affiché au démarrage).",
)
@pass_context
@guarded
def web_command(ctx: Context, host: str, port: int) -> None:
    """Les pages de la personne dans le navigateur (jusqu'à SIGTERM ou Ctrl-C).

    Ne prend pas le verrou du service : `run` peut tourner en même temps. Chaque page demande
    une connexion (`relancebot user add NOM`)."""
    from relancebot.clock import parse_now
    from relancebot.web.app import create_app
    from relancebot.web.server import serve

    workspace = ctx.workspace
    if ctx.serves_workspace and workspace is not None:
        target: object = workspace
        tz = workspace.settings.tz
    else:
        target = ctx.settings
        tz = ctx.settings.tz
    now = parse_now(ctx.now_arg, tz) if ctx.now_arg else None
    app = create_app(target, now_override=now, host=host)  # type: ignore[arg-type]
    serve(app, host, port, say=lambda line: click.echo(line, err=True))


@main.group("user")
def user_group() -> None:
    """Qui peut se connecter aux pages web : ajouter, retirer, lister."""


@user_group.command("add")
@click.argument("name")
@click.option(
    "--password-stdin",
    is_flag=True,
    help="Lire le mot de passe sur une ligne de l'entrée standard (scripts, tests).",
)
@click.option("--replace", is_flag=True, help="Changer le mot de passe d'un utilisateur existant.")
@pass_context
@guarded
def user_add(ctx: Context, name: str, password_stdin: bool, replace: bool) -> None:
    """Ajouter un utilisateur (le mot de passe est demandé, jamais affiché ni gardé en clair)."""
    from relancebot.store.web_users import add_user, check_user_name

    check_user_name(name)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt(
            "Mot de passe", hide_input=True, confirmation_prompt="Encore une fois"
        )
    add_user(_users_db(ctx), name, password, ctx.clock(), replace=replace)
    click.echo(f"{name} peut se connecter à `relancebot web`.")


@user_group.command("remove")
@click.argument("name")
@pass_context
@guarded
def user_remove(ctx: Context, name: str) -> None:
    """Retirer un utilisateur ; ses sessions ouvertes sont fermées aussitôt."""
    from relancebot.store.web_users import remove_user

    remove_user(_users_db(ctx), name, ctx.clock())
    click.echo(f"{name} ne peut plus se connecter.")


@user_group.command("list")
@pass_context
@guarded
def user_list(ctx: Context) -> None:
    """Les utilisateurs, avec leur dernière connexion."""
    from relancebot.store.web_users import list_users

    users = list_users(_users_db(ctx))
    if not users:
        click.echo("Aucun utilisateur : `relancebot user add NOM` pour en créer un.")
    tz = ctx.clock().tzinfo
    for user in users:
        last = user.last_login_at
        click.echo(
            f"{user.name:24} créé le {user.created_at.astimezone(tz):%d/%m/%Y}"
            + (f", dernière connexion le {last.astimezone(tz):%d/%m/%Y %H:%M}" if last else "")
        )
