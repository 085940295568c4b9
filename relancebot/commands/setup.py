"""init: a firm folder ready to use, for someone who installed relancebot as a package."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import click

from relancebot.cli import fail, main
from relancebot.config import ConfigError

DEFAULT_FIRM = "Mon Entreprise SARL"
DEFAULT_EMAIL = "relances@mon-entreprise.example"
NEXT_STEPS = (
    "relancebot import-invoices factures/factures.csv   vos factures (colonnes : number,",
    "      client, email, amount, issue_date, due_date, pdf ; le README en donne le détail)",
    "relancebot plan      ce qui partirait, et quand",
    "relancebot tick      un passage : les relances dues sont écrites dans outbox/",
    "relancebot run       le service, en continu (Ctrl-C l'arrête)",
    "relancebot status    dit à tout moment si tout va bien",
)


@main.command("init")
@click.argument("folder", required=False, type=click.Path(path_type=Path, file_okay=False))
@click.option("--firm", "firm", default=DEFAULT_FIRM, metavar="NOM", help="Nom de l'entreprise.")
@click.option(
    "--email",
    "email",
    default=DEFAULT_EMAIL,
    metavar="ADRESSE",
    help="Adresse d'envoi des relances ; les réponses y arrivent.",
)
def init_command(folder: Path | None, firm: str, email: str) -> None:
    """Crée un dossier d'entreprise prêt à l'emploi (config.toml commenté, factures/)."""
    from relancebot.setup import FirmFolderExists, init_firm_folder

    target = folder or Path.cwd()
    try:
        result = init_firm_folder(target, firm, email)
    except FirmFolderExists as exc:
        fail(str(exc))
    except ConfigError as exc:
        fail(f"valeur refusée : {exc}")
    except OSError as exc:
        fail(f"{target} : impossible de créer le dossier ({exc.strerror})")
    config = result.config
    click.echo(f"Dossier prêt : {result.folder.resolve()}")
    click.echo(f"  {config.name}  la configuration (telle quelle, rien ne quitte la machine)")
    click.echo(f"  {result.invoices.name}/  vos factures PDF et leur liste CSV")
    if firm == DEFAULT_FIRM or email == DEFAULT_EMAIL:
        click.echo(f"À faire d'abord : le nom et l'adresse de l'entreprise dans {config.name}.")
    click.echo("Ensuite :")
    if result.folder.resolve() != Path.cwd().resolve():
        click.echo(f"  cd {shlex.quote(str(result.folder))}")
    for line in NEXT_STEPS:
        click.echo(f"  {line}")
    sys.stdout.flush()
