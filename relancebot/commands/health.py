"""status, backup: operating the service."""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

import click

from relancebot.cli import Context, guarded, main, pass_context
from relancebot.store.records import from_iso, get_state, iso, record_event


@main.command("status")
@pass_context
@guarded
def status_command(ctx: Context) -> None:
    """État du service ; code de sortie 1 s'il faut intervenir (pour la supervision)."""
    app = ctx.app()
    db = app.db
    settings = ctx.settings
    tz = settings.tz
    now = ctx.clock()
    problems: list[str] = []

    last = from_iso(get_state(db, "last_tick"))
    click.echo(
        f"Dernier passage : {last.astimezone(tz):%d/%m/%Y %H:%M}"
        if last
        else "Dernier passage : jamais"
    )
    late = dt.timedelta(minutes=3 * settings.service.tick_minutes + 5)
    if last is not None and now - last > late:
        problems.append(f"aucun passage depuis {last.astimezone(tz):%d/%m/%Y %H:%M}")

    for mailbox, updated in db.execute("SELECT mailbox, updated_at FROM mailbox_state"):
        synced = from_iso(updated)
        assert synced is not None
        click.echo(f"Boîte {mailbox} : lue le {synced.astimezone(tz):%d/%m/%Y %H:%M}")
    mail_error = get_state(db, "mailbox_error")
    if mail_error:
        click.echo(f"Lecture de la boîte : {mail_error}")
        problems.append("la boîte aux lettres ne se lit pas")

    counts = dict(db.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall())
    labels = {
        "pending": "en attente",
        "sent": "envoyés",
        "failed": "en échec",
        "uncertain": "incertains",
        "sending": "en cours",
    }
    click.echo(
        "File d'envoi : "
        + (", ".join(f"{labels.get(k, k)} {v}" for k, v in sorted(counts.items())) or "vide")
    )
    if counts.get("uncertain"):
        problems.append(f"{counts['uncertain']} envoi(s) incertain(s) : `relancebot outbox`")
    stuck = db.execute(
        "SELECT COUNT(*) FROM outbox WHERE state = 'pending' AND attempts >= 3"
    ).fetchone()[0]
    if stuck:
        problems.append(f"{stuck} message(s) n'arrivent pas à partir (serveur SMTP ?)")

    for email, reason in db.execute(
        "SELECT email, failing_reason FROM contacts WHERE failing_since IS NOT NULL AND active"
    ):
        click.echo(f"Adresse en échec : {email} ({reason})")
    quarantined = db.execute(
        "SELECT COUNT(*) FROM replies WHERE state IN ('quarantined', 'oversized')"
    ).fetchone()[0]
    if quarantined:
        click.echo(f"Messages mis de côté pour une personne : {quarantined}")
    tasks = db.execute(
        "SELECT COUNT(*) FROM tasks WHERE state = 'open' AND due_at <= ?", [iso(now)]
    ).fetchone()[0]
    click.echo(f"Tâches ouvertes pour une personne : {tasks}")

    if problems:
        click.echo("À vérifier : " + " ; ".join(problems))
        sys.exit(1)
    click.echo("État : bon")


@main.command("backup")
@click.argument("destination", type=click.Path(path_type=Path, dir_okay=False))
@pass_context
@guarded
def backup_command(ctx: Context, destination: Path) -> None:
    """Copie cohérente de la base, sûre même pendant que le service tourne."""
    if destination.exists():
        raise ValueError(f"{destination} existe déjà : choisissez un autre nom")
    app = ctx.app()
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.touch(mode=0o600)
    target = sqlite3.connect(destination)
    try:
        # SQLite's online backup copies a consistent snapshot, page by page, while the
        # service keeps writing (WAL readers never block the writer).
        app.db.conn.backup(target, pages=256)
    finally:
        target.close()
    check = sqlite3.connect(destination).execute("PRAGMA integrity_check").fetchone()[0]
    if check != "ok":
        raise ValueError(f"{destination} : copie incohérente ({check})")
    with app.db.atomic():
        record_event(app.db, ctx.clock(), "backup", f"Sauvegarde écrite dans {destination}")
    click.echo(f"Sauvegarde écrite : {destination} ({destination.stat().st_size} octets).")
