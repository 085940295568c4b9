"""The firm's own reply models (`learn`): each candidate, what was decided, the one in use.

Plain SQL, nothing heavier: `status` reads from here (relancebot.learning.firm writes). A model
that is not used keeps its figures, not its weights; a model superseded by a newer one loses its
weights too (the database keeps one model's JSON, about 700 KB). Call the writers inside the
caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from relancebot.store.connection import Database
from relancebot.store.records import from_iso, iso

USED = "used"
KEPT_PREVIOUS = "kept_previous"


@dataclass(frozen=True)
class StoredModel:
    id: int
    trained_at: dt.datetime
    examples: int
    corrections: int


def save_candidate(
    db: Database,
    *,
    model_json: str,
    trained_at: dt.datetime,
    examples: int,
    corrections: int,
    evaluation: Mapping[str, Any],
    used: bool,
    now: dt.datetime,
) -> int:
    """Keep a trained candidate and the decision; a used one becomes the active model."""
    if used:
        db.execute("UPDATE reply_models SET active = 0, model = NULL WHERE active = 1")
    cursor = db.execute(
        """INSERT INTO reply_models (trained_at, model, examples, corrections, evaluation,
                                     active, decided_at, outcome)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            iso(trained_at),
            model_json if used else None,
            examples,
            corrections,
            json.dumps(evaluation, ensure_ascii=False, sort_keys=True),
            1 if used else 0,
            iso(now),
            USED if used else KEPT_PREVIOUS,
        ],
    )
    return int(cursor.lastrowid or 0)


def active_model(db: Database) -> StoredModel | None:
    """The firm's model in use, without its weights; None: the shipped one."""
    row = db.execute(
        "SELECT id, trained_at, examples, corrections FROM reply_models WHERE active = 1"
    ).fetchone()
    if row is None:
        return None
    trained_at = from_iso(row[1])
    assert trained_at is not None
    return StoredModel(int(row[0]), trained_at, int(row[2]), int(row[3]))


def active_model_json(db: Database) -> str | None:
    """The JSON of the firm's model in use (read it once per pass, not per message)."""
    row = db.execute("SELECT model FROM reply_models WHERE active = 1").fetchone()
    return str(row[0]) if row is not None and row[0] is not None else None


def last_attempt(db: Database) -> dt.datetime | None:
    """When `learn` last trained a candidate, used or not."""
    row = db.execute("SELECT max(decided_at) FROM reply_models").fetchone()
    return from_iso(row[0]) if row and row[0] else None


def corrections_since(db: Database, since: dt.datetime | None) -> int:
    """Corrections made (or changed) after `since`; all of them when None."""
    if since is None:
        return int(db.execute("SELECT count(*) FROM reply_labels").fetchone()[0])
    return int(
        db.execute(
            "SELECT count(*) FROM reply_labels WHERE labelled_at > ?", [iso(since)]
        ).fetchone()[0]
    )


def new_corrections(db: Database) -> int:
    """Corrections since the last model trained (used or kept aside): what auto-learn counts,
    so that a candidate that lost is not retrained every day on the same corrections."""
    return corrections_since(db, last_attempt(db))
