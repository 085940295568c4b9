"""The result type of the reply classifier and the fixed list of categories."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

# Priority order: when a reply says several things, the first category wins because it needs
# the most careful human handling. "other" is the fallback and comes last.
CATEGORIES: tuple[str, ...] = (
    "bounce",
    "auto_reply",
    "dispute",
    "payment_difficulty",
    "wrong_contact",
    "not_received",
    "already_paid",
    "promise_to_pay",
    "other",
)

PRIORITY: dict[str, int] = {name: rank for rank, name in enumerate(CATEGORIES)}


@dataclass(frozen=True)
class Classification:
    category: str
    invoices: tuple[str, ...] = ()
    promised_date: datetime.date | None = None
    new_contact: str | None = None
    failed_recipient: str | None = None
    original_message_id: str | None = None
    reasons: tuple[str, ...] = ()
    excerpt: str = ""
    message_id: str | None = None
    in_reply_to: tuple[str, ...] = ()
    references: tuple[str, ...] = field(default=())
    sender: str | None = None
    subject: str = ""
    sent_at: datetime.datetime | None = None
    explain: tuple[str, ...] = ()  # what decided: cue ids, adjustments, the model's words

    def to_json_dict(self, file: str, *, explain: bool = False) -> dict[str, object]:
        """The digest/evaluation view; the first five keys are a fixed contract."""
        view: dict[str, object] = {
            "file": file,
            "category": self.category,
            "invoices": list(self.invoices),
            "promised_date": self.promised_date.isoformat() if self.promised_date else None,
            "reasons": list(self.reasons),
            "new_contact": self.new_contact,
            "failed_recipient": self.failed_recipient,
        }
        if explain:
            view["explain"] = list(self.explain)
        return view
