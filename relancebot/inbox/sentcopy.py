"""Copy each reminder sent into the mailbox's Sent folder, so the people see it in their mail.

The message has already left when this runs: a failure here is logged and journaled, and
never makes the message look unsent. After one connection failure the rest of the batch
is not retried (each would wait for the same timeout); each is still journaled.
"""

from __future__ import annotations

import datetime as dt
import email.parser
import logging

from relancebot.inbox.mailbox import Mailbox, MailboxError, MailboxUnavailable
from relancebot.store.connection import Database
from relancebot.store.records import record_event
from relancebot.store.replies import immediate

log = logging.getLogger(__name__)


class SentCopier:
    """The ``after_send(raw)`` hook of outgoing.outbox.deliver_due."""

    def __init__(
        self,
        db: Database,
        mailbox: Mailbox,
        now: dt.datetime,
        *,
        connected: bool = False,
        down: str = "",
    ) -> None:
        self.db, self.mailbox, self.now = db, mailbox, now
        self._connected = connected
        self._down = down  # the mailbox already failed in this pass: do not wait on it again
        self.copied = 0

    def __call__(self, raw: bytes) -> None:
        try:
            if self._down:
                raise MailboxUnavailable(self._down)
            if not self._connected:
                self.mailbox.connect()
                self._connected = True
            self.mailbox.append_sent(raw, self.now)
            self.copied += 1
        except MailboxError as exc:
            if isinstance(exc, MailboxUnavailable):
                self._down, self._connected = str(exc), False
            self._journal(raw, str(exc))
        except Exception as exc:  # whatever happens, the message stays sent
            self._journal(raw, f"{type(exc).__name__}: {exc}")

    def _journal(self, raw: bytes, error: str) -> None:
        headers = email.parser.BytesHeaderParser().parsebytes(raw[:65536])
        message_id = str(headers.get("Message-ID", ""))
        log.warning("copie dans les envoyés impossible pour %s : %s", message_id, error)
        try:
            with immediate(self.db):
                record_event(
                    self.db,
                    self.now,
                    "sent_copy_failed",
                    "Relance envoyée, mais non copiée dans le dossier des envoyés "
                    f"de la boîte ({error})",
                    detail={"message_id": message_id},
                )
        except Exception:
            log.exception("journal indisponible")

    def close(self) -> None:
        if self._connected:
            self.mailbox.close()
            self._connected = False
