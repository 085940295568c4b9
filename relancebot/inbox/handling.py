"""One message from the mailbox, handled in one transaction: classified, linked, stored.

:func:`handle_message` is the transaction boundary: the reply row, its invoices, its journal
events and the folder's new position are committed together, or not at all. Acting on a reply
(pausing the chase, resending a duplicate...) belongs inside it, after the reply is stored.
A message that cannot be handled is kept by :func:`record_problem` (quarantined or oversized)
so that a person sees it, and the watcher moves on.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.parser
import email.policy
import hashlib
import logging
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from relancebot.classify import Classification, classify
from relancebot.classify.learned import ModelFileError, ReplyModel, model_from_json
from relancebot.classify.text import printable
from relancebot.core.addresses import stored_address
from relancebot.core.categories import CATEGORY_FR as CATEGORY_FR  # re-exported
from relancebot.inbox.linking import METHOD_FR, Link, link_reply
from relancebot.store.connection import Database
from relancebot.store.records import record_event
from relancebot.store.replies import ReplyRow, advance_folder, immediate, insert_reply
from relancebot.store.reply_models import active_model_json
from relancebot.store.tasks import TaskKind, open_task

# Acting on a reply (relancebot.acting.Actor): called inside the reply's transaction.
ReplyActor = Callable[[Database, int, Classification, Link, dt.datetime], None]

_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(<[^<>\s]{1,300}>)", re.IGNORECASE | re.MULTILINE)

log = logging.getLogger(__name__)


class Unreadable(Exception):
    """The message cannot be understood well enough to be linked: a person must look."""


@dataclass(frozen=True)
class Incoming:
    """One message as the watcher found it in a folder."""

    mailbox: str
    uidvalidity: int
    uid: int
    size: int
    message_id: str


def header_message_id(header: bytes) -> str | None:
    """The Message-ID from the raw header block, without parsing the message."""
    unfolded = re.sub(rb"\r?\n[ \t]+", b" ", header)
    match = _MESSAGE_ID.search(unfolded)
    return match.group(1).decode("ascii", "replace") if match else None


def synthetic_message_id(content: bytes) -> str:
    """For a message without Message-ID: the same bytes always give the same identity."""
    return f"<sha256.{hashlib.sha256(content).hexdigest()[:40]}@relancebot.invalid>"


def _header_facts(header: bytes) -> tuple[str, str]:
    """(From, Subject) of a message we will not parse in full, best effort."""
    try:
        parsed = email.parser.BytesHeaderParser(policy=email.policy.default).parsebytes(header)
        sender, subject = str(parsed.get("From", "")), str(parsed.get("Subject", ""))
        return printable(sender)[:300], printable(subject)[:300]  # shown in tasks and history
    except Exception:
        return "", ""


def _summary(c: Classification, link: Link) -> str:
    label = CATEGORY_FR.get(c.category, c.category)
    head = f"Réponse de {c.sender or 'expéditeur sans adresse'} : « {label} » ({c.category})"
    if link.method == "none":
        return head + ", liée à aucune facture : à examiner"
    if not link.invoices:
        return head + f", client {link.customer_id} reconnu {METHOD_FR[link.method]}"
    return head + f", liée à {', '.join(link.invoices)} {METHOD_FR[link.method]}"


def _as_stored(c: Classification) -> Classification:
    """The addresses a reply names, spelled as the store spells contacts and recipients (an
    internationalised domain in ASCII), so that `café-dupont.fr` finds its customer."""
    return dataclasses.replace(
        c,
        sender=stored_address(c.sender),
        new_contact=stored_address(c.new_contact),
        failed_recipient=stored_address(c.failed_recipient),
    )


def firm_model(db: Database) -> ReplyModel | None:
    """The firm's own reply model (`relancebot learn`), or None for the shipped one: read
    once per pass (its JSON is parsed once per distinct model). A damaged one is logged and
    the shipped model reads the replies: the mail is never left unread for it."""
    text = active_model_json(db)
    if text is None:
        return None
    try:
        return model_from_json(text)
    except ModelFileError as exc:
        log.error("modèle de lecture de la société illisible, celui livré le remplace : %s", exc)
        return None


def handle_message(
    db: Database,
    secret: bytes,
    incoming: Incoming,
    raw: bytes,
    now: dt.datetime,
    known_invoices: Collection[str],
    act: ReplyActor | None = None,
    model: ReplyModel | None = None,
) -> tuple[int, str]:
    """Classify, link and store one reply: one transaction. Returns (reply id, state).
    ``model``: the firm's own (:func:`firm_model`), None for the one shipped.

    Raises :class:`Unreadable` (or anything else) without writing: the caller quarantines.
    """
    c = _as_stored(classify(raw, now=now, known_invoices=known_invoices, model=model))
    if not c.sender and c.category != "bounce":  # a mailer daemon may sign "<MAILER-DAEMON>"
        raise Unreadable("aucun expéditeur lisible (message mal formé)")
    with immediate(db):
        link = link_reply(db, secret, c)
        state = "handled" if link.invoices else "unlinked"
        reply_id = insert_reply(
            db,
            ReplyRow(
                mailbox=incoming.mailbox,
                uid=incoming.uid,
                uidvalidity=incoming.uidvalidity,
                message_id=incoming.message_id,
                received_at=c.sent_at or now,
                state=state,
                size=incoming.size,
                raw=raw,
                sender=c.sender or "",
                subject=c.subject,
                category=c.category,
                # The reasons quote the customer: stored as they may be shown, on a terminal too.
                reasons=[printable(r) for r in (*c.reasons, *link.notes)],
                promised_date=c.promised_date,
                new_contact=c.new_contact,
                failed_recipient=c.failed_recipient,
                excerpt=c.excerpt,
                customer_id=link.customer_id,
                link_method=link.method,
                invoices=link.invoices,
            ),
            now,
        )
        detail = {
            "reply_id": reply_id,
            "category": c.category,
            "link": link.method,
            "invoices": list(link.invoices),
            "message_id": incoming.message_id,
        }
        for invoice in link.invoices or (None,):  # one line in each invoice's history
            record_event(
                db,
                now,
                "reply",
                _summary(c, link),
                invoice=invoice,
                customer=link.customer_id,
                detail=detail,
            )
        advance_folder(db, incoming.mailbox, incoming.uidvalidity, incoming.uid, now)
        if act is not None:  # pause, resend, flag: same transaction, all or nothing
            act(db, reply_id, c, link, now)
    log.info(
        "réponse lue reply=%s %s uid=%s de=%s catégorie=%s factures=%s lien=%s",
        reply_id, incoming.message_id, incoming.uid, c.sender, c.category,
        ",".join(link.invoices) or "-", link.method,
    )  # fmt: skip
    return reply_id, state


def record_problem(
    db: Database,
    incoming: Incoming,
    *,
    state: str,
    error: str,
    now: dt.datetime,
    header: bytes = b"",
    raw: bytes | None = None,
) -> int:
    """Keep a message a person must look at (quarantined or oversized); never retried."""
    if not header and raw:
        header = re.split(rb"\r?\n\r?\n", raw[:65536], maxsplit=1)[0]
    sender, subject = _header_facts(header)
    with immediate(db):
        reply_id = insert_reply(
            db,
            ReplyRow(
                mailbox=incoming.mailbox,
                uid=incoming.uid,
                uidvalidity=incoming.uidvalidity,
                message_id=incoming.message_id,
                received_at=now,
                state=state,
                size=incoming.size,
                raw=raw,
                sender=sender,
                subject=subject,
                error=error,
            ),
            now,
        )
        what = (
            "trop volumineux, non téléchargé" if state == "oversized" else "mis de côté, illisible"
        )
        record_event(
            db,
            now,
            f"reply_{state}",
            f"Message de {sender or 'expéditeur inconnu'} « {subject} » {what} : "
            f"à examiner dans la boîte ({error})",
            detail={
                "reply_id": reply_id,
                "uid": incoming.uid,
                "size": incoming.size,
                "message_id": incoming.message_id,
            },
        )
        open_task(
            db,
            TaskKind.READ_REPLY,
            "Message(s) à lire dans la boîte (relancebot replies --to-review), le dernier :"
            f" de {sender or 'expéditeur inconnu'} « {subject} », {what}",
            now,
            reply_id=reply_id,
        )
        advance_folder(db, incoming.mailbox, incoming.uidvalidity, incoming.uid, now)
    return reply_id
