"""What `status` says: the service's health, judged from the store, in French.

Each problem is one line that says what is wrong and what to do; `status` exits 1 when there
is any. The rules (../shared/INTERFACE.md, "status"):

1. The database answers and passes `PRAGMA quick_check`.
2. A pass has completed; the last one did not fail; while `run` works, one completed within
   2 × tick_minutes.
3. While `run` works, the mailbox was read to the end within 15 minutes and its watcher runs.
   Otherwise, the last attempt to read it did not fail.
4. Nothing waits for a person at the outbox: a message refused for good, an uncertain one, one
   the server keeps deferring; nor a reminder set aside before sending (template, PDF, address,
   size, encoding); nor a PDF missing on disk for an invoice still chased.
5. The SMTP server does not refuse our sender or every recipient (its configuration).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from relancebot.config import Settings
from relancebot.store.connection import Database
from relancebot.store.database import StoreError, open_database, service_holder
from relancebot.store.records import from_iso, get_state, iso
from relancebot.store.reply_models import active_model
from relancebot.store.vitals import (
    MAILBOX_ERROR,
    last_good_pass,
    last_pass,
    mailbox_read_at,
    watcher_vitals,
)

MAILBOX_STALE = dt.timedelta(minutes=15)
SMTP_CONFIG_ERROR = "smtp_config_error"  # written by the outbox: {"since", "error"}
SHOWN = 5  # invoice numbers named on one line before "..."
# relancebot.classify.learned.SHIPPED_MODEL, named here so that status imports no classifier.
SHIPPED_MODEL = Path(__file__).resolve().parent.parent / "classify" / "reply_model.json"
_TRAINED_AT = re.compile(rb'"trained_at"\s*:\s*"([^"]{1,40})"')


@dataclass
class Health:
    facts: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def good(self) -> bool:
        return not self.problems


def assess(settings: Settings, now: dt.datetime) -> Health:
    health = Health()
    holder = service_holder(settings.database_path)
    running = holder is not None and holder.startswith("service")
    health.facts.append(f"Service : en marche ({holder})" if running else "Service : arrêté")
    try:
        db = open_database(settings.database_path)
    except StoreError as exc:
        health.problems.append(
            f"base de données inutilisable ({exc}) : arrêtez le service et restaurez la "
            "dernière sauvegarde (`relancebot backup` en fait une)"
        )
        return health
    try:
        _database(db, health)
        if health.good:
            local = Local(settings.tz)
            _passes(db, settings, now, running, health, local)
            _mailbox(db, now, running, health, local)
            outbox_health(db, health, local)
            _set_aside(db, now, health)
            _reply_model(db, health, local)
            _watched_folder(settings, db, now, health, local)
    finally:
        db.conn.close()
    return health


@dataclass(frozen=True)
class Local:
    """Formats a moment in the firm's timezone, as every line of `status` shows it."""

    tz: dt.tzinfo

    def __call__(self, moment: dt.datetime) -> str:
        return f"{moment.astimezone(self.tz):%d/%m/%Y %H:%M}"


def _database(db: Database, health: Health) -> None:
    try:
        rows = [str(r[0]) for r in db.execute("PRAGMA quick_check").fetchall()]
    except Exception as exc:  # sqlite3.DatabaseError: the file itself is damaged
        rows = [str(exc)]
    if rows != ["ok"]:
        found = " ".join(" ; ".join(rows).split())[:200]  # its report spans several lines
        health.problems.append(
            f"base de données abîmée (quick_check : {found}) : arrêtez le "
            "service et restaurez la dernière sauvegarde"
        )


def _passes(
    db: Database, settings: Settings, now: dt.datetime, running: bool, health: Health, at: Local
) -> None:
    good = last_good_pass(db)
    latest = last_pass(db)
    health.facts.append(f"Dernier passage réussi : {at(good) if good else 'jamais'}")
    if latest is not None and not latest.ok:
        health.problems.append(
            f"le dernier passage a échoué le {at(latest.at)} ({latest.error}) : corrigez, "
            "puis vérifiez avec `relancebot tick` (le journal du service donne le détail)"
        )
    elif good is None:
        health.problems.append(
            "aucun passage n'a encore abouti : lancez `relancebot run` (ou `relancebot tick`)"
        )
    late = dt.timedelta(minutes=2 * settings.service.tick_minutes)
    if running and good is not None and now - good > late:
        health.problems.append(
            f"le service tourne mais aucun passage n'a abouti depuis le {at(good)} : "
            "lisez son journal, puis redémarrez-le"
        )


def _mailbox(db: Database, now: dt.datetime, running: bool, health: Health, at: Local) -> None:
    read = mailbox_read_at(db)
    health.facts.append(
        f"Boîte aux lettres : lue en entier le {at(read)}"
        if read
        else "Boîte aux lettres : jamais lue en entier"
    )
    for mailbox, updated in db.execute("SELECT mailbox, updated_at FROM mailbox_state"):
        handled = from_iso(updated)
        if handled is not None:
            health.facts.append(f"  {mailbox} : dernier message traité le {at(handled)}")
    error = get_state(db, MAILBOX_ERROR) or ""
    watcher = watcher_vitals(db)
    if watcher is not None and watcher.stops:
        health.facts.append(
            f"Surveillance de la boîte : {watcher.stops} arrêt(s), dernier : {watcher.error}"
        )
    if running:
        if watcher is None or watcher.state != "running":
            why = f" ({watcher.error})" if watcher and watcher.error else ""
            health.problems.append(
                f"la surveillance de la boîte est arrêtée{why} : elle redémarre d'elle-même ; "
                "si cela dure, lisez le journal et redémarrez le service"
            )
        if read is None or now - read > MAILBOX_STALE:
            since = f"depuis le {at(read)}" if read else "jamais"
            health.problems.append(
                f"la boîte n'a pas été lue en entier {since}"
                + (f" ({error})" if error else "")
                + " : vérifiez [imap] et le mot de passe, ou le dossier inbox/"
            )
    elif error:
        health.problems.append(
            f"la boîte aux lettres ne se lit pas ({error}) : vérifiez [imap] et le mot de passe"
        )


def outbox_health(db: Database, health: Health, at: Local) -> None:
    """The outbox's part of the rules (4 and 5): also judged for the workspace's own store,
    whose outbox carries the secretary's digest."""
    counts = dict(db.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall())
    labels = {
        "pending": "en attente",
        "sending": "en cours",
        "sent": "envoyés",
        "failed": "en échec",
        "uncertain": "incertains",
    }
    health.facts.append(
        "File d'envoi : "
        + (", ".join(f"{labels.get(k, k)} {v}" for k, v in sorted(counts.items())) or "vide")
    )
    config = _smtp_config_error(db)
    if config is not None:
        since, error = config
        health.problems.append(
            f"le serveur SMTP refuse nos envois depuis le {at(since)} ({error}) : c'est sa "
            "configuration (expéditeur, authentification, relais), pas les adresses des "
            "clients ; corrigez [smtp] ou le compte d'envoi, les messages attendent"
        )
    if counts.get("uncertain"):
        health.problems.append(
            f"{counts['uncertain']} envoi(s) incertain(s) : vérifiez avec `relancebot outbox`, "
            "puis `relancebot outbox mark-sent ID` ou `relancebot outbox resend ID`"
        )
    failed = db.execute(
        "SELECT id, last_error FROM outbox WHERE state = 'failed' AND settled_at IS NULL"
        " ORDER BY id"
    ).fetchall()
    if failed:
        first_id, first_error = failed[0]
        health.problems.append(
            f"{len(failed)} message(s) refusé(s) pour de bon (#{first_id} : {first_error}) : "
            "`relancebot outbox` dit pourquoi ; après correction `relancebot outbox resend ID`, "
            "ou `relancebot outbox dismiss ID` pour le laisser de côté"
        )
    stuck = db.execute(
        "SELECT COUNT(*), MIN(last_error) FROM outbox WHERE state = 'pending' AND attempts >= 3"
    ).fetchone()
    if stuck[0] and config is None:
        health.problems.append(
            f"{stuck[0]} message(s) n'arrivent pas à partir ({stuck[1]}) : vérifiez [smtp] et "
            "que le serveur répond"
        )


def _smtp_config_error(db: Database) -> tuple[dt.datetime, str] | None:
    text = get_state(db, SMTP_CONFIG_ERROR)
    if not text:
        return None
    try:
        value = json.loads(text)
        since = from_iso(value["since"])
        error = str(value["error"])
    except (ValueError, KeyError, TypeError):
        return None
    return (since, error) if since is not None else None


def _set_aside(db: Database, now: dt.datetime, health: Health) -> None:
    rows = db.execute(
        "SELECT invoice_number, summary FROM tasks WHERE state = 'open' AND kind = 'fix_reminder'"
        " AND due_at <= ? ORDER BY created_at, id",
        [iso(now)],
    ).fetchall()
    if rows:
        numbers = _names([n or "?" for n, _ in rows])
        health.problems.append(
            f"{len(rows)} relance(s) mise(s) de côté avant envoi ({numbers} ; {rows[0][1]}) : "
            "`relancebot case NUMÉRO` dit pourquoi ; une fois corrigé, `relancebot resume NUMÉRO`"
        )
    missing = [
        number
        for number, path in db.execute(
            "SELECT number, pdf_path FROM invoices WHERE paid_at IS NULL"
            " AND chase IN ('active', 'paused') ORDER BY number"
        )
        if path and not Path(path).is_file()
    ]
    if missing:
        health.problems.append(
            f"PDF introuvable pour {len(missing)} facture(s) relancée(s) ({_names(missing)}) : "
            "remettez les fichiers, ou réimportez les factures avec le bon chemin"
        )
    for email, reason in db.execute(
        "SELECT email, failing_reason FROM contacts WHERE failing_since IS NOT NULL AND active"
    ):
        health.facts.append(f"Adresse en échec : {email} ({reason})")
    quarantined = db.execute(
        "SELECT COUNT(*) FROM replies WHERE state IN ('quarantined', 'oversized')"
    ).fetchone()[0]
    if quarantined:
        health.facts.append(f"Messages mis de côté pour une personne : {quarantined}")
    tasks = db.execute(
        "SELECT COUNT(*) FROM tasks WHERE state = 'open' AND due_at <= ?", [iso(now)]
    ).fetchone()[0]
    health.facts.append(f"Tâches ouvertes pour une personne : {tasks}")


def _watched_folder(
    settings: Settings, db: Database, now: dt.datetime, health: Health, at: Local
) -> None:
    """[imports] watch_dir: where it is, and what came in this week (a fact; a refused file
    is in the digest, a folder that is gone makes the config fail)."""
    folder = settings.watch_dir
    if folder is None:
        return
    week = iso(now - dt.timedelta(days=7))
    imported, refused = db.execute(
        "SELECT COALESCE(SUM(outcome = 'imported'), 0), COALESCE(SUM(outcome = 'refused'), 0)"
        " FROM dropped_files WHERE at >= ?",
        [week],
    ).fetchone()
    last = from_iso(db.execute("SELECT MAX(at) FROM dropped_files").fetchone()[0])
    since = f", dernier fichier le {at(last)}" if last else ""
    health.facts.append(
        f"Dossier surveillé : {folder} ({imported} fichier(s) importé(s), {refused} refusé(s) "
        f"en 7 jours{since})"
    )


def _reply_model(db: Database, health: Health, at: Local) -> None:
    """Which model reads the replies: a fact, never a problem."""
    stored = active_model(db)
    if stored is not None:
        health.facts.append(
            f"Modèle de lecture : propre à la société, entraîné le {at(stored.trained_at)} "
            f"sur {stored.corrections} correction(s)"
        )
        return
    trained = shipped_trained_at()
    when = f" (entraîné le {trained:%d/%m/%Y})" if trained else ""
    health.facts.append(f"Modèle de lecture : celui livré avec relancebot{when}")


def shipped_trained_at() -> dt.datetime | None:
    """The shipped model's date, without parsing its 700 KB: the key sits near the file's
    end (read its last 16 KB, or else the whole file, as bytes)."""
    try:
        with SHIPPED_MODEL.open("rb") as handle:
            size = handle.seek(0, 2)
            handle.seek(max(0, size - 16_384))
            found = _TRAINED_AT.search(handle.read())
            if found is None:
                handle.seek(0)
                found = _TRAINED_AT.search(handle.read())
    except OSError:
        return None
    try:
        return dt.datetime.fromisoformat(found.group(1).decode()) if found else None
    except ValueError:
        return None


def _names(numbers: list[str]) -> str:
    shown = ", ".join(numbers[:SHOWN])
    return shown + (f" et {len(numbers) - SHOWN} autre(s)" if len(numbers) > SHOWN else "")
