"""The outbox: a row is written before a message leaves, claimed, then marked sent.

1. `enqueue` stores the finished message (bytes) with state `pending`, inside the caller's
   transaction, together with what it means (reminder rows, invoice state).
2. `deliver_due` claims one row at a time (`pending` -> `sending` with the time of the attempt,
   committed), hands it to the transport, and records the outcome: `sent` (`record_sent`: its
   invoices count their next level from that moment), back to `pending` with a later attempt,
   or `failed` with the reason. A crash between the server's acceptance and that record leaves
   the row `sending`: the next run marks it `uncertain` and asks a person rather than sending
   it again blindly.
3. A refusal by the server's own settings (our sender, authentication, relaying) is the fault
   of no message and no address: the messages wait, no address is marked, and service_state
   `smtp_config_error` tells `status` why and since when, until a batch goes through cleanly.
4. A person's decision on an uncertain or failed message: relancebot.outgoing.decisions.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from relancebot.core.calendar import BusinessCalendar
from relancebot.outgoing.compose import Composed
from relancebot.outgoing.transport import Transport, TransportError
from relancebot.store import chase
from relancebot.store.connection import Database
from relancebot.store.contacts import mark_address_failing
from relancebot.store.records import get_state, iso, record_event, set_state
from relancebot.store.tasks import TaskKind, open_task

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 12  # refusals of the message itself; the server's settings or absence do not count
SMTP_CONFIG_ERROR = "smtp_config_error"  # service_state: {"since": iso, "error": French text}
_BACKOFF = dt.timedelta(minutes=5)
_MAX_BACKOFF = dt.timedelta(hours=4)


def backoff(attempts: int) -> dt.timedelta:
    """5 min, 10, 20, ... capped at 4 h: a server that is down is not hammered."""
    delay: dt.timedelta = _BACKOFF * (2 ** max(attempts - 1, 0))
    return min(delay, _MAX_BACKOFF)


def enqueue(
    db: Database,
    *,
    kind: str,
    customer_id: str | None,
    message: Composed,
    recipients: list[str],
    at: dt.datetime,
    in_window: bool = True,
) -> int:
    cursor = db.execute(
        """INSERT INTO outbox (kind, customer_id, message_id, recipients, subject, raw, state,
           next_attempt_at, created_at, in_window) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?, ?)""",
        [
            kind,
            customer_id,
            message.message_id,
            json.dumps(recipients),
            message.subject,
            message.raw,
            iso(at),
            iso(at),
            int(in_window),
        ],
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


@dataclass
class DeliveryReport:
    sent: list[int] = field(default_factory=list)
    deferred: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    error: str = ""


def _mark_uncertain(db: Database, outbox_id: int, why: str, now: dt.datetime) -> None:
    db.execute(
        "UPDATE outbox SET state = 'uncertain', last_error = ? WHERE id = ?", [why[:500], outbox_id]
    )
    customer, subject = db.execute(
        "SELECT customer_id, subject FROM outbox WHERE id = ?", [outbox_id]
    ).fetchone()
    summary = (
        f"{task_prefix(outbox_id)}« {subject} » interrompu au moment où le serveur l'acceptait "
        f"({why}) : vérifier s'il est parti (`relancebot outbox`) avant de le renvoyer"
    )
    record_event(
        db, now, "send_uncertain", summary, customer=customer, detail={"outbox_id": outbox_id}
    )
    open_task(db, TaskKind.CHECK_SEND, summary, now, customer=customer)


def mark_interrupted(db: Database, now: dt.datetime) -> list[int]:
    """Rows left `sending` by a crash: the server may or may not have accepted them."""
    ids = [r[0] for r in db.execute("SELECT id FROM outbox WHERE state = 'sending'")]
    for outbox_id in ids:
        with db.atomic():
            _mark_uncertain(db, outbox_id, "arrêt brutal", now)
    return ids


def _due_rows(db: Database, now: dt.datetime, window_open: bool) -> list[dict[str, object]]:
    window = "" if window_open else "AND in_window = 0"
    return list(
        db.query(
            f"""SELECT id, kind, customer_id, message_id, recipients, attempts, failures FROM outbox
            WHERE state = 'pending' AND next_attempt_at <= ? {window} ORDER BY id""",
            [iso(now)],
        )
    )


def _mark_failing(db: Database, addresses: tuple[str, ...], reason: str, now: dt.datetime) -> None:
    for address in addresses:
        mark_address_failing(db, address, reason, now)


def deliver_due(
    db: Database,
    open_transport: Callable[[], Transport],
    sender: str,
    calendar: BusinessCalendar,
    now: dt.datetime,
    after_send: Callable[[bytes], None] | None = None,
) -> DeliveryReport:
    """Send what is due over one connection; stop the batch when nothing more can go over it."""
    report = DeliveryReport()
    rows = _due_rows(db, now, calendar.can_send_at(now))
    if not rows:
        return report
    try:
        transport = open_transport().__enter__()
    except TransportError as exc:
        report.error = str(exc)
        _defer_all(db, rows, str(exc), now, report)
        if exc.server_config:  # refused credentials: the settings, not the server's absence
            _judge_settings(db, now, [str(exc)], sent=False)
        return report
    by_settings: list[str] = []  # refusals by the server's settings during this batch
    try:
        for index, row in enumerate(rows):
            outbox_id = int(str(row["id"]))
            # One message in memory at a time, however long the queue.
            (raw,) = db.execute("SELECT raw FROM outbox WHERE id = ?", [outbox_id]).fetchone()
            try:
                accepted = transport.send(
                    sender, json.loads(str(row["recipients"])), raw, _committing(db, outbox_id, now)
                )
            except TransportError as exc:
                _record_failure(db, row, exc, now, report)
                if exc.server_config:
                    by_settings.append(str(exc))
                if exc.whole_batch:
                    report.error = str(exc)
                    _defer_all(db, rows[index + 1 :], str(exc), now, report)
                    break
                continue
            with _without_fsync(db), db.atomic():
                record_sent(db, outbox_id, now, now)
                _mark_failing(db, accepted.refused, "refus SMTP", now)
            if accepted.by_settings:
                by_settings.append(accepted.by_settings)
            report.sent.append(outbox_id)
            log.info("envoyé outbox=%s %s", outbox_id, row["message_id"])
            if after_send is not None:
                after_send(raw)
    finally:
        transport.__exit__(None, None, None)
    _judge_settings(db, now, by_settings, sent=bool(report.sent))
    report.error = report.error or (by_settings[0] if by_settings else "")
    return report


def record_sent(db: Database, outbox_id: int, left_at: dt.datetime, now: dt.datetime) -> None:
    """The message left at `left_at`: its row says so, and each invoice it reminded counts its
    next level from then, not from when it was queued (after a server down for days, the next
    reminder would otherwise follow within days). Call inside the caller's transaction."""
    db.execute(
        "UPDATE outbox SET state = 'sent', sent_at = ?, last_error = '' WHERE id = ?",
        [iso(left_at), outbox_id],
    )
    chase.reminders_left(db, outbox_id, left_at, now)


def _judge_settings(db: Database, now: dt.datetime, refusals: list[str], *, sent: bool) -> None:
    """`smtp_config_error` follows the last batch: set while the server's settings refuse us
    (one journal event when it starts, not one per pass), cleared by a batch that sends
    without such a refusal."""
    current = get_state(db, SMTP_CONFIG_ERROR)
    if not refusals and not (sent and current):
        return
    with db.atomic():
        if refusals:
            if not current:
                record_event(
                    db,
                    now,
                    "smtp_config_error",
                    f"Le serveur SMTP refuse nos envois ({refusals[0]}) : c'est sa configuration, "
                    "pas les adresses des clients ; les messages attendent que [smtp] soit corrigé",
                )
            value = {"since": _since(current) or iso(now), "error": refusals[0][:500]}
            set_state(db, SMTP_CONFIG_ERROR, json.dumps(value, ensure_ascii=False))
        elif sent and current:
            set_state(db, SMTP_CONFIG_ERROR, "")
            record_event(
                db, now, "smtp_config_fixed", "Le serveur SMTP accepte de nouveau nos envois"
            )


def _since(state: str | None) -> str | None:
    try:
        return str(json.loads(state)["since"]) if state else None
    except (ValueError, KeyError, TypeError):
        return None


def task_prefix(outbox_id: int) -> str:
    """How the tasks a message opens begin: a person's decision closes them by it."""
    return f"Envoi #{outbox_id} "


@contextmanager
def _without_fsync(db: Database) -> Iterator[None]:
    """Record "sent" without waiting for the disk: the doubtful instant shrinks to microseconds.

    In WAL mode the write survives a crash of the process; only a power cut can lose it, and
    then the row is found `sending` (that mark was written with a full sync) and becomes
    `uncertain` for a person: never sent twice.
    """
    db.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        db.execute("PRAGMA synchronous = FULL")


def _committing(db: Database, outbox_id: int, now: dt.datetime) -> Callable[[], None]:
    """Record, durably, that the server may accept this message from now on."""

    def mark() -> None:
        db.execute(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1, attempted_at = ?"
            " WHERE id = ? AND state = 'pending'",
            [iso(now), outbox_id],
        )

    return mark


def _defer_all(
    db: Database,
    rows: list[dict[str, object]],
    error: str,
    now: dt.datetime,
    report: DeliveryReport,
) -> None:
    with db.atomic():
        for row in rows:
            attempts = int(str(row["attempts"])) + 1
            db.execute(
                "UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ?"
                " WHERE id = ? AND state = 'pending'",
                [attempts, iso(now + backoff(attempts)), error[:500], row["id"]],
            )
            report.deferred.append(int(str(row["id"])))


def _record_failure(
    db: Database,
    row: dict[str, object],
    exc: TransportError,
    now: dt.datetime,
    report: DeliveryReport,
) -> None:
    outbox_id = int(str(row["id"]))
    attempts = int(str(row["attempts"])) + 1
    failures = int(str(row["failures"])) + 1
    customer = str(row["customer_id"]) if row["customer_id"] else None
    with db.atomic():
        _mark_failing(db, exc.refused, str(exc), now)  # only addresses refused by name
        if exc.ambiguous:
            # Sending it again could deliver it twice: a person checks instead.
            _mark_uncertain(db, outbox_id, str(exc), now)
            report.failed.append(outbox_id)
        elif exc.server_config:
            # Not this message's fault: it waits, and this refusal is not counted against it.
            _retry_later(db, outbox_id, attempts, failures - 1, str(exc), now)
            report.deferred.append(outbox_id)
        elif exc.permanent or exc.refused or failures >= MAX_ATTEMPTS:
            why = str(exc) if exc.permanent or exc.refused else f"refusé {failures} fois : {exc}"
            db.execute(
                "UPDATE outbox SET state = 'failed', attempts = ?, failures = ?, last_error = ?"
                " WHERE id = ?",
                [attempts, failures, why[:500], outbox_id],
            )
            record_event(
                db,
                now,
                "send_failed",
                f"Envoi abandonné ({why}) : une personne doit reprendre ce dossier",
                customer=customer,
                detail={"outbox_id": outbox_id, "attempts": attempts},
            )
            if not exc.refused:  # a refused address already opened its own call task
                open_task(
                    db,
                    TaskKind.FIX_REMINDER,
                    f"{task_prefix(outbox_id)}abandonné après {attempts} essai(s) : {why}",
                    now,
                    customer=customer,
                )
            report.failed.append(outbox_id)
        else:
            _retry_later(db, outbox_id, attempts, failures, str(exc), now)
            report.deferred.append(outbox_id)
    log.warning("échec d'envoi outbox=%s : %s", outbox_id, exc)


def _retry_later(
    db: Database, outbox_id: int, attempts: int, failures: int, error: str, now: dt.datetime
) -> None:
    db.execute(
        "UPDATE outbox SET state = 'pending', attempts = ?, failures = ?, next_attempt_at = ?,"
        " last_error = ? WHERE id = ?",
        [attempts, failures, iso(now + backoff(attempts)), error[:500], outbox_id],
    )
