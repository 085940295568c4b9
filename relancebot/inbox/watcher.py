"""The watcher: reads every new message of one mailbox folder once, in UID order.

Where it stands lives in SQLite (``mailbox_state``: UIDVALIDITY and the last UID handled),
so a catch-up (``UID SEARCH UID n+1:*``) at start, after every wake-up and after every
reconnect finds exactly what is new, whatever the people did with their \\Seen flags.

1. :meth:`Watcher.catch_up`: one pass, then return (what ``tick`` does).
2. :meth:`Watcher.run`: catch up, IDLE (or poll), catch up again...; a dropped connection
   reconnects with a growing delay and catches up. :meth:`Watcher.stop` ends it after the
   message in hand.

Each message: headers and size first; a known Message-ID is skipped (after a UIDVALIDITY
change everything is listed again); above ``max_message_bytes`` it is recorded, not
downloaded; otherwise :func:`relancebot.inbox.handling.handle_message` commits it. Only then
is it tagged with the keyword (and moved if configured).
"""

from __future__ import annotations

import logging
import threading
from contextlib import suppress
from dataclasses import dataclass, field

from relancebot.classify.learned import ReplyModel
from relancebot.clock import Clock
from relancebot.inbox.handling import (
    Incoming,
    ReplyActor,
    firm_model,
    handle_message,
    header_message_id,
    record_problem,
    synthetic_message_id,
)
from relancebot.inbox.mailbox import (
    Envelope,
    Mailbox,
    MailboxAuthError,
    MailboxError,
    MailboxUnavailable,
    MessageGone,
)
from relancebot.store.connection import Database
from relancebot.store.records import record_event, set_state
from relancebot.store.replies import (
    advance_folder,
    folder_state,
    immediate,
    open_invoice_numbers,
    reply_known,
    reset_folder,
    set_marked,
    unmarked_replies,
)
from relancebot.store.vitals import MAILBOX_ERROR, record_mailbox_read

log = logging.getLogger(__name__)


@dataclass
class PassReport:
    handled: list[int] = field(default_factory=list)  # reply ids, linked or not
    problems: list[int] = field(default_factory=list)  # quarantined or oversized
    skipped: int = 0  # already known (same Message-ID) or gone meanwhile
    interrupted: bool = False


class Watcher:
    BATCH = 100  # envelopes fetched at once: bounds memory on a backlog
    BACKOFF_MIN = 1.0
    BACKOFF_MAX = 300.0

    def __init__(
        self,
        mailbox: Mailbox,
        source: str,
        db: Database,
        secret: bytes,
        clock: Clock,
        *,
        max_message_bytes: int = 25_000_000,
        move_to: str = "",
        idle_seconds: float = 540.0,
        stopping: threading.Event | None = None,
        act: ReplyActor | None = None,
    ) -> None:
        self.mailbox, self.source, self.db, self.secret = mailbox, source, db, secret
        self.act = act  # what a reply sets in motion (relancebot.acting.Actor)
        self.clock = clock
        self.max_message_bytes, self.move_to = max_message_bytes, move_to
        self.idle_seconds = idle_seconds
        self._stopping = stopping or threading.Event()  # set by stop(), or by its owner
        self._connected = False
        self._unmarked: list[tuple[int, int, str]] = []  # (reply id, uid, state) to tag
        self._model: ReplyModel | None = None  # the firm's own (`learn`), read at each pass

    # -- one pass --------------------------------------------------------------------------
    def catch_up(self) -> PassReport:
        """Handle everything after the last UID handled, then return."""
        report = PassReport()
        if not self._connected:
            self.mailbox.connect()
            self._connected = True
        validity = self._current_validity()
        self._finish_marks(validity)
        state = folder_state(self.db, self.source)
        last_uid = state.last_uid if state else 0
        known = open_invoice_numbers(self.db)
        self._model = firm_model(self.db)  # once per pass: `learn` may have made a new one
        uids = self.mailbox.uids_after(last_uid)
        for start in range(0, len(uids), self.BATCH):
            chunk = uids[start : start + self.BATCH]
            for envelope in self.mailbox.envelopes(chunk):
                if self._stopping.is_set():
                    report.interrupted = True
                    self._flush_marks()
                    return report
                self._one(envelope, validity, known, report)
            self._flush_marks()
            with immediate(self.db):  # past the ones that vanished between SEARCH and FETCH
                advance_folder(self.db, self.source, validity, chunk[-1], self.clock())
        with immediate(self.db):  # read to the end: what `status` calls "lue le"
            record_mailbox_read(self.db, self.clock())
        return report

    def _current_validity(self) -> int:
        validity = self.mailbox.uidvalidity
        state = folder_state(self.db, self.source)
        if state is None or state.uidvalidity != validity:
            now = self.clock()
            with immediate(self.db):
                reset_folder(self.db, self.source, validity, now)
                if state is not None:
                    record_event(
                        self.db,
                        now,
                        "mailbox_reset",
                        f"Dossier {self.source} renuméroté (UIDVALIDITY "
                        f"{state.uidvalidity} → {validity}) : relu en entier, les "
                        "messages déjà traités sont reconnus à leur Message-ID",
                    )
            if state is None:
                log.info("%s : première lecture (UIDVALIDITY %s)", self.source, validity)
            else:
                log.warning(
                    "%s : UIDVALIDITY %s → %s, relecture complète",
                    self.source,
                    state.uidvalidity,
                    validity,
                )
        return validity

    def _one(self, envelope: Envelope, validity: int, known: list[str], report: PassReport) -> None:
        uid = envelope.uid
        message_id = header_message_id(envelope.header_bytes)
        if message_id and reply_known(self.db, message_id):
            self._skip(uid, validity, report, tag=True)
            return
        now = self.clock()
        incoming = Incoming(
            self.source,
            validity,
            uid,
            envelope.size,
            message_id or synthetic_message_id(envelope.header_bytes),
        )
        if envelope.size > self.max_message_bytes:
            error = f"{envelope.size} octets, limite {self.max_message_bytes}"
            reply_id = record_problem(
                self.db,
                incoming,
                state="oversized",
                error=error,
                now=now,
                header=envelope.header_bytes,
            )
            log.warning(
                "%s UID %s trop volumineux (%s) : gardé pour une personne", self.source, uid, error
            )
            self._mark(reply_id, uid, "oversized", report.problems)
            return
        try:
            raw = self.mailbox.fetch(uid)
        except MessageGone:
            self._skip(uid, validity, report, tag=False)
            return
        except MailboxUnavailable:
            raise
        except MailboxError as exc:  # the server refuses this one message: never loop on it
            reply_id = record_problem(
                self.db,
                incoming,
                state="quarantined",
                error=str(exc),
                now=now,
                header=envelope.header_bytes,
            )
            self._mark(reply_id, uid, "quarantined", report.problems)
            return
        if message_id is None:
            incoming = Incoming(self.source, validity, uid, len(raw), synthetic_message_id(raw))
            if reply_known(self.db, incoming.message_id):
                self._skip(uid, validity, report, tag=True)
                return
        try:
            reply_id, state = handle_message(
                self.db, self.secret, incoming, raw, now, known, self.act, model=self._model
            )
        except Exception as exc:  # nothing was written: keep it for a person, go on
            log.warning("%s UID %s mis de côté : %s", self.source, uid, exc)
            reply_id = record_problem(
                self.db,
                incoming,
                state="quarantined",
                error=f"{type(exc).__name__}: {exc}",
                now=now,
                raw=raw,
            )
            self._mark(reply_id, uid, "quarantined", report.problems)
            return
        self._mark(reply_id, uid, state, report.handled)

    def _skip(self, uid: int, validity: int, report: PassReport, *, tag: bool) -> None:
        report.skipped += 1
        if tag:
            self.mailbox.mark_handled(uid)
        with immediate(self.db):
            advance_folder(self.db, self.source, validity, uid, self.clock())

    def _mark(self, reply_id: int, uid: int, state: str, into: list[int]) -> None:
        """Committed: the message is tagged on the server with the others of its batch."""
        into.append(reply_id)
        self._unmarked.append((reply_id, uid, state))

    def _flush_marks(self) -> None:
        """Tag the committed messages (one STORE for the batch), move them if configured,
        then record it. A crash before the record only means tagging them again later."""
        pending, self._unmarked = self._unmarked, []
        if not pending:
            return
        self.mailbox.mark_handled(*(uid for _, uid, _ in pending))
        if self.move_to:
            for _, uid, state in pending:
                if state == "handled":  # the others stay in sight of the people
                    with suppress(MessageGone):
                        self.mailbox.move(uid, self.move_to)
        with immediate(self.db):
            set_marked(self.db, [reply_id for reply_id, _, _ in pending])

    def _finish_marks(self, validity: int) -> None:
        """Replies committed by a run that lost the connection before tagging them."""
        self._unmarked = unmarked_replies(self.db, self.source, validity)
        self._flush_marks()

    # -- the service -----------------------------------------------------------------------
    def stop(self) -> None:
        """Thread-safe: finish the message in hand, then return from run()."""
        self._stopping.set()
        self.mailbox.interrupt()

    def disconnect(self) -> None:
        self._connected = False
        self.mailbox.close()

    def run(self) -> None:
        """Catch up, wait for news, catch up...; survives outages until stop()."""
        delay = self.BACKOFF_MIN
        reported = ""
        while not self._stopping.is_set():
            try:
                self.catch_up()
                delay, reported = self.BACKOFF_MIN, ""
                if not self._stopping.is_set():
                    self.mailbox.wait_for_news(self.idle_seconds)
                continue
            except MailboxAuthError as exc:  # a config problem: no use hammering the server
                problem, delay = str(exc), self.BACKOFF_MAX
            except MailboxError as exc:
                problem = str(exc)
            except Exception as exc:  # e.g. the database: logged, retried later
                log.exception("lecture de la boîte %s en échec", self.source)
                problem = f"{type(exc).__name__}: {exc}"
            self.disconnect()
            log.warning("%s : %s ; nouvel essai dans %.0f s", self.source, problem, delay)
            if problem != reported:
                self._report(problem)
                reported = problem
            self._stopping.wait(delay)
            delay = min(delay * 2, self.BACKOFF_MAX)
        self.disconnect()

    def _report(self, problem: str) -> None:
        try:
            with immediate(self.db):
                record_event(
                    self.db,
                    self.clock(),
                    "mailbox_unavailable",
                    f"Lecture de la boîte impossible pour l'instant : {problem}",
                )
                set_state(self.db, MAILBOX_ERROR, problem[:500])
        except Exception:
            log.exception("journal indisponible")
