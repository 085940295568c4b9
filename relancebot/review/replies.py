"""The replies a person should read (page "Réponses à lire", `replies --to-review`).

Only what is safe to show is given: the customer's own words as stored at arrival (the
excerpt, never the HTML, the attachments or the quoted reminder), with control characters
removed and web addresses written out as plain text ("[lien retiré : exemple.fr]") so that
nothing a stranger wrote becomes something to click. The page escapes it like any text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from relancebot.classify.text import printable
from relancebot.core.categories import CATEGORY_FR
from relancebot.errors import InvalidValue, NotAllowedNow, NotFound
from relancebot.inbox.linking import METHOD_FR
from relancebot.store.connection import Database
from relancebot.store.records import from_iso
from relancebot.store.reply_review import reply_record, reply_rows

STATE_FR = {
    "handled": "liée",
    "unlinked": "non liée, à examiner",
    "quarantined": "mise de côté (illisible), à examiner",
    "oversized": "trop volumineuse, non lue, à examiner",
}

_URL = re.compile(r"(?i)\b(?:https?://|ftp://|www\.)([^\s<>\"'/?#]*)[^\s<>\"']*")


class UnknownReply(NotFound):
    """No reply has this number."""


class UnknownCategory(InvalidValue):
    """Not one of the categories of the classifier (relancebot.classify.CATEGORIES)."""


class NoContactToConfirm(NotAllowedNow):
    """The reply suggests no new address, or the customer has it already, or the reply is
    linked to no customer."""


def without_links(text: str) -> str:
    """Web addresses as plain words naming their site: "[lien retiré : exemple.fr]"."""

    def masked(match: re.Match[str]) -> str:
        host = match.group(1).rpartition("@")[2].split(":")[0].strip(".,;)").lower()
        host = host if match.group(0).lower().startswith(("http", "ftp")) else "www." + host
        return f"[lien retiré : {host}]" if host and host != "www." else "[lien retiré]"

    return _URL.sub(masked, text)


def plain(text: str) -> str:
    """What a customer wrote, safe to show anywhere: no control characters, no links."""
    return without_links(printable(text))


@dataclass(frozen=True)
class ReplyView:
    """One reply as a person reads it; every text is plain and safe to print (still escape
    it in HTML, as any text)."""

    id: int
    received_at: dt.datetime  # as its Date header says (the sender's clock, or its word)
    read_from_mailbox_at: dt.datetime
    sender: str
    subject: str
    text: str  # the customer's own words (quotes of our reminder removed), at most 600 chars
    category: str | None  # the code (None: never classified: set aside before reading)
    category_fr: str
    reasons: tuple[str, ...]  # the clues of the classification
    state: str
    state_fr: str
    problem: str  # why it was set aside (quarantined, oversized), else ""
    customer_id: str | None
    customer_name: str
    invoices: tuple[str, ...]
    link_fr: str  # how it was linked: "par référence", ..., "par une personne", ""
    promised_date: dt.date | None
    suggested_contact: str | None  # an address it named, not yet the customer's contact
    corrected: bool  # a person set the category
    classifier_said: str | None  # the classifier's category, when a person corrected it
    correction_note: str
    to_read: bool
    read_at: dt.datetime | None


def _view(row: dict[str, Any]) -> ReplyView:
    received, handled = from_iso(row["received_at"]), from_iso(row["handled_at"])
    assert received is not None and handled is not None
    category = row["category"]
    linked_by = row["linked_by"]
    link = "par une personne" if linked_by else METHOD_FR.get(row["link_method"], "")
    return ReplyView(
        id=int(row["id"]),
        received_at=received,
        read_from_mailbox_at=handled,
        sender=plain(row["sender"] or ""),
        subject=plain(row["subject"] or ""),
        text=plain(row["excerpt"] or ""),
        category=category,
        category_fr=CATEGORY_FR.get(category or "", "non classée"),
        reasons=tuple(plain(str(r)) for r in json.loads(row["reasons"] or "[]")),
        state=row["state"],
        state_fr="liée par une personne" if linked_by else STATE_FR[row["state"]],
        problem=plain(row["error"] or ""),
        customer_id=row["customer_id"],
        customer_name=plain(row["customer_name"] or ""),
        invoices=tuple(row["invoices"]),
        link_fr=link if (row["invoices"] or row["customer_id"]) else "",
        promised_date=dt.date.fromisoformat(row["promised_date"]) if row["promised_date"] else None,
        suggested_contact=row["new_contact"] if row["contact_to_confirm"] else None,
        corrected=bool(row["labelled"]),
        classifier_said=row["predicted"] if row["labelled"] else None,
        correction_note=plain(row["label_note"] or ""),
        to_read=bool(row["to_read"]),
        read_at=from_iso(row["read_at"]),
    )


def replies_to_read(
    db: Database, *, include_all: bool = False, limit: int = 100, offset: int = 0
) -> list[ReplyView]:
    """The replies a person should read, the last read from the mailbox first; with
    `include_all`, every reply (a person may correct any). See
    relancebot.store.reply_review.TO_READ."""
    rows = reply_rows(db, only_to_read=not include_all, limit=limit, offset=offset)
    return [_view(row) for row in rows]


def reply_view(db: Database, reply_id: int) -> ReplyView:
    row = reply_record(db, reply_id)
    if row is None:
        raise UnknownReply(f"aucune réponse n° {reply_id} (voir `relancebot replies`)")
    return _view(row)
