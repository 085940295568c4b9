"""Applying what a reply means, inside ``handle_message``'s transaction.

1. The facts are read (:mod:`relancebot.acting.facts`).
2. :func:`relancebot.core.actions.decide` says what to do.
3. Each effect is written here; the duplicate is rendered and queued in the outbox, so it
   leaves at the next pass inside the sending window, or not at all if the transaction fails.
A duplicate that cannot be written (PDF gone, template error) becomes a task, never a failure
of the whole reply.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from relancebot.acting.facts import (
    customers_facts,
    invoice_facts,
    is_contact,
    last_sent_to,
    sent_to_in,
)
from relancebot.acting.mail import queue_customer_mail
from relancebot.classify import Classification
from relancebot.config import Settings
from relancebot.core.action_model import (
    ClaimPaid,
    Effect,
    Journal,
    MarkFailing,
    OpenTask,
    ReplyFacts,
    SendDuplicate,
    SetChase,
    SetPromise,
    SuggestContact,
)
from relancebot.core.actions import decide
from relancebot.errors import UnknownCustomer
from relancebot.inbox.linking import Link
from relancebot.outgoing.reminders import PdfUnavailable
from relancebot.outgoing.render import Renderer, TemplateProblem
from relancebot.store import chase
from relancebot.store.connection import Database
from relancebot.store.contacts import mark_address_failing
from relancebot.store.records import record_event
from relancebot.store.tasks import TaskKind, open_task

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Actor:
    """What acting needs beyond the store: the settings, the templates, the signing key."""

    settings: Settings
    renderer: Renderer
    secret: bytes

    def __call__(
        self, db: Database, reply_id: int, c: Classification, link: Link, now: dt.datetime
    ) -> None:
        act_on_reply(db, self, reply_id, c, link, now)


def reply_facts(db: Database, reply_id: int, c: Classification, link: Link) -> ReplyFacts:
    return ReplyFacts(
        id=reply_id,
        category=c.category,
        link_method=link.method,
        sender=(c.sender or "").strip().lower(),
        customer_id=link.customer_id,
        promised_date=c.promised_date,
        new_contact=c.new_contact,
        failed_recipient=c.failed_recipient,
        failed_recipient_known=is_contact(db, c.failed_recipient),
        excerpt=c.excerpt,
        signed_reference=bool(link.message_ids),
        foreign_reference=bool(c.original_message_id or c.in_reply_to or c.references),
        failed_recipient_referenced=sent_to_in(db, link.message_ids, c.failed_recipient),
        failed_recipient_last_sent=last_sent_to(db, c.failed_recipient),
    )


def act_on_reply(
    db: Database, actor: Actor, reply_id: int, c: Classification, link: Link, now: dt.datetime
) -> list[Effect]:
    """Decide and apply; call inside the reply's transaction. Returns the effects applied."""
    reply = reply_facts(db, reply_id, c, link)
    invoices = invoice_facts(db, link.invoices)
    customers = customers_facts(db, [link.customer_id, *(i.customer_id for i in invoices)])
    settings = actor.settings
    effects = decide(
        reply, invoices, customers, settings.actions, settings.business_calendar(), now
    )
    for effect in effects:
        apply_effect(db, actor, reply_id, effect, now)
    return list(effects)


def apply_effect(
    db: Database, actor: Actor, reply_id: int, effect: Effect, now: dt.datetime
) -> None:
    match effect:
        case SetChase() | ClaimPaid() | SetPromise():
            chase.apply_reply_change(db, effect, now)
        case OpenTask(ask, summary, customer, invoice, due_at):
            open_task(
                db,
                TaskKind[ask.value],
                summary,
                now,
                customer=customer,
                invoice=invoice,
                reply_id=reply_id,
                due_at=due_at,
            )
        case SendDuplicate():
            _send_duplicate(db, actor, reply_id, effect, now)
        case SuggestContact(customer, address):
            db.execute(
                "INSERT OR IGNORE INTO contacts (customer_id, email, role, active, source)"
                " VALUES (?, ?, 'to', 0, ?)",
                [customer, address, f"reply:{reply_id}"],
            )
        case MarkFailing(address, reason):
            mark_address_failing(db, address, reason, now)
        case Journal(kind, summary, invoice, customer):
            record_event(
                db,
                now,
                kind,
                summary,
                invoice=invoice,
                customer=customer,
                detail={"reply_id": reply_id},
            )


def _send_duplicate(
    db: Database, actor: Actor, reply_id: int, effect: SendDuplicate, now: dt.datetime
) -> None:
    try:
        queued = queue_customer_mail(
            db,
            actor.settings,
            actor.renderer,
            actor.secret,
            template="duplicata",
            kind="duplicate",
            customer_id=effect.customer,
            numbers=effect.invoices,
            to=effect.to,
            cc=effect.cc,
            now=now,
        )
    except (TemplateProblem, PdfUnavailable, UnknownCustomer, ValueError) as exc:
        log.error("duplicata impossible client=%s : %s", effect.customer, exc)
        for number in effect.invoices:
            record_event(
                db,
                now,
                "duplicate_failed",
                f"Duplicata impossible ({exc}) : à envoyer par une personne",
                invoice=number,
                customer=effect.customer,
                detail={"reply_id": reply_id},
            )
            open_task(
                db,
                TaskKind.FIX_REMINDER,
                f"Duplicata de {number} demandé mais impossible à écrire : {exc}",
                now,
                customer=effect.customer,
                invoice=number,
                reply_id=reply_id,
            )
        return
    for number in effect.invoices:
        chase.duplicate_queued(
            db,
            number,
            effect.customer,
            effect.summary,
            now,
            detail={"reply_id": reply_id, "outbox_id": queued.outbox_id, "subject": queued.subject},
        )
    log.info(
        "duplicata en file outbox=%s client=%s factures=%s",
        queued.outbox_id,
        effect.customer,
        ",".join(effect.invoices),
    )
