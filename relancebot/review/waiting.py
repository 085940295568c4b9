"""The messages of the outbox that wait for a person: uncertain (did it leave?), refused for good
and not yet left aside, and those that keep failing to leave (stuck), oldest first."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from relancebot.classify.text import printable
from relancebot.store.connection import Database
from relancebot.store.records import from_iso

STUCK_ATTEMPTS = 3  # as `status` counts them (relancebot.service.health)
STATES_FR = {"uncertain": "incertain", "failed": "refusé", "pending": "bloqué"}


@dataclass(frozen=True)
class WaitingMessage:
    id: int
    state: str  # 'uncertain', 'failed' or 'pending' (stuck)
    kind: str
    customer_id: str
    customer: str
    recipients: list[str]
    subject: str
    created_at: dt.datetime
    attempts: int
    last_error: str

    @property
    def state_fr(self) -> str:
        return STATES_FR[self.state]

    @property
    def decidable(self) -> bool:
        """Uncertain and failed ones wait for a decision; a stuck one for its server."""
        return self.state in ("uncertain", "failed")


def waiting_messages(db: Database) -> list[WaitingMessage]:
    rows = db.execute(
        """SELECT o.id, o.state, o.kind, COALESCE(o.customer_id, ''), COALESCE(c.name, ''),
                  o.recipients, o.subject, o.created_at, o.attempts, o.last_error
           FROM outbox o LEFT JOIN customers c ON c.id = o.customer_id
           WHERE o.state = 'uncertain' OR (o.state = 'failed' AND o.settled_at IS NULL)
              OR (o.state = 'pending' AND o.attempts >= ?)
           ORDER BY o.id""",
        [STUCK_ATTEMPTS],
    ).fetchall()
    messages = []
    for mid, state, kind, cid, name, to, subject, created, attempts, error in rows:
        created_at = from_iso(created)
        assert created_at is not None
        messages.append(
            WaitingMessage(
                mid,
                state,
                kind,
                cid,
                name,
                json.loads(to),
                printable(subject),
                created_at,
                attempts,
                printable(error),
            )
        )
    return messages


def waiting_message(db: Database, outbox_id: int) -> WaitingMessage | None:
    return next((m for m in waiting_messages(db) if m.id == outbox_id), None)
