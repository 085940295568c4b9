"""What a person decides on a reply: its category, its customer or invoice, read, its contact.

Each function is one transaction (a savepoint inside the caller's) that writes the change and
its line in the journal, naming who acted (`actor`: COMMAND, or web_actor(user)). None of
them acts on the invoices: a reply corrected or linked by hand does not pause, stop or resend
anything as it would have at arrival; the person decides what follows (`call`, `pause`,
`resume`, `confirm-contact`...), each a decision of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from relancebot.classify.model import CATEGORIES
from relancebot.core.categories import CATEGORY_FR
from relancebot.errors import InvalidDecision, UnknownCustomer, UnknownInvoice
from relancebot.store.connection import Database
from relancebot.store.records import COMMAND, customer_row, invoice_row, record_event
from relancebot.store.reply_review import (
    reply_record,
    save_label,
    set_link,
    set_read,
    settle_read_tasks,
)

from .replies import NoContactToConfirm, UnknownCategory, UnknownReply, plain


def _reply(db: Database, reply_id: int) -> dict[str, Any]:
    row = reply_record(db, reply_id)
    if row is None:
        raise UnknownReply(f"aucune réponse n° {reply_id} (voir `relancebot replies --all`)")
    return row


def _label(category: str | None) -> str:
    return f"« {CATEGORY_FR.get(category or '', 'non classée')} »"


def _who(row: dict[str, Any]) -> str:
    return f"Réponse n° {row['id']} de {plain(row['sender'] or '') or 'expéditeur inconnu'}"


def _journal(
    db: Database,
    row: dict[str, Any],
    now: dt.datetime,
    kind: str,
    summary: str,
    detail: dict[str, Any],
    actor: str,
) -> None:
    """One line in each linked invoice's history, else one for its customer (or none)."""
    for invoice in row["invoices"] or (None,):
        record_event(
            db,
            now,
            kind,
            summary,
            invoice=invoice,
            customer=row["customer_id"],
            detail={"reply_id": row["id"], **detail},
            actor=actor,
        )


@dataclass(frozen=True)
class Relabelled:
    reply_id: int
    before: str | None
    after: str


def relabel_reply(
    db: Database,
    reply_id: int,
    category: str,
    now: dt.datetime,
    *,
    note: str = "",
    actor: str = COMMAND,
) -> Relabelled:
    """A person's category for the reply: shown from now on, kept as labelled data (beside
    what the classifier said and the customer's words) for `learn`, and journalled.

    The same category as the classifier's is kept too: a confirmation is a label as well.
    """
    if category not in CATEGORIES:
        raise UnknownCategory(
            f"catégorie inconnue {category!r} ; au choix : {', '.join(CATEGORIES)}"
        )
    note = " ".join(plain(note).split())[:500]
    with db.atomic():
        row = _reply(db, reply_id)
        before = row["category"]
        save_label(db, reply_id, category, note, now, actor)
        what = (
            f"classement {_label(category)} confirmé"
            if before == category
            else f"reclassée {_label(before)} → {_label(category)}"
        )
        _journal(
            db,
            row,
            now,
            "reply_relabelled",
            f"{_who(row)} : {what} par une personne"
            + (f" ({note})" if note else "")
            + " ; aucune action automatique",
            {"from": before, "to": category, "note": note},
            actor,
        )
    return Relabelled(reply_id, before, category)


@dataclass(frozen=True)
class Linked:
    reply_id: int
    customer_id: str
    invoices: tuple[str, ...]
    previous_customer: str | None


def _target(db: Database, invoice: str | None, customer: str | None) -> tuple[str, tuple[str, ...]]:
    if (invoice is None) == (customer is None):
        raise InvalidDecision("indiquez une facture ou un client (l'un ou l'autre)")
    if invoice is not None:
        found = invoice_row(db, invoice)
        if found is None:
            raise UnknownInvoice(f"facture inconnue : {invoice!r} (voir `relancebot cases`)")
        return str(found["customer_id"]), (str(found["number"]),)
    assert customer is not None
    if customer_row(db, customer) is None:
        raise UnknownCustomer(f"client inconnu : {customer!r} (voir `relancebot cases`)")
    return customer, ()


def link_reply_to(
    db: Database,
    reply_id: int,
    now: dt.datetime,
    *,
    invoice: str | None = None,
    customer: str | None = None,
    actor: str = COMMAND,
) -> Linked:
    """The reply is about this invoice (or this customer): recorded, journalled, read.

    Its "Lire une réponse" task is closed (see store.reply_review.settle_read_tasks). A link
    to another customer than the watcher found replaces it: that customer's invoices are no
    longer linked to the reply. Nothing else happens: see the module's docstring.
    """
    with db.atomic():
        row = _reply(db, reply_id)
        customer_id, invoices = _target(db, invoice, customer)
        previous = row["customer_id"] if row["customer_id"] != customer_id else None
        settle_read_tasks(db, reply_id, now, "réponse liée par une personne")
        set_link(db, reply_id, customer_id, invoices, now, actor)
        set_read(db, reply_id, now, actor)
        linked = _reply(db, reply_id)
        to = ", ".join(invoices) if invoices else "son client"
        summary = f"{_who(row)} liée à {to} ({customer_id}) par une personne" + (
            f", plus à {previous}" if previous else ""
        )
        _journal(
            db,
            linked,
            now,
            "reply_linked",
            summary + " ; aucune action automatique",
            {"customer": customer_id, "invoices": list(invoices), "previous": previous},
            actor,
        )
    return Linked(reply_id, customer_id, invoices, previous)


def mark_reply_read(db: Database, reply_id: int, now: dt.datetime, *, actor: str = COMMAND) -> bool:
    """The reply leaves the replies to read and its task is closed; False when a person had
    read it already (nothing written)."""
    with db.atomic():
        row = _reply(db, reply_id)
        if row["read_at"] is not None:
            return False
        set_read(db, reply_id, now, actor)
        settle_read_tasks(db, reply_id, now, "réponse lue par une personne")
        _journal(db, row, now, "reply_read", f"{_who(row)} lue par une personne", {}, actor)
    return True


def confirm_suggested_contact(
    db: Database,
    reply_id: int,
    now: dt.datetime,
    *,
    replace: bool = False,
    actor: str = COMMAND,
) -> tuple[str, int]:
    """The address the reply suggested becomes its customer's; returns (address, invoices
    resumed). The same decision as `confirm-contact CUSTOMER ADDRESS`, by its one owner
    (relancebot.store.chase.decisions.confirm_contact)."""
    from relancebot.store.chase.decisions import confirm_contact

    with db.atomic():
        row = _reply(db, reply_id)
        address = row["new_contact"]
        if not address:
            raise NoContactToConfirm(f"la réponse n° {reply_id} ne propose aucune adresse")
        if not row["customer_id"]:
            raise NoContactToConfirm(
                f"la réponse n° {reply_id} n'est liée à aucun client : liez-la d'abord"
                f" (`relancebot replies link {reply_id} --customer ID`)"
            )
        if not row["contact_to_confirm"]:
            raise NoContactToConfirm(f"{address} est déjà une adresse active du client")
        resumed = confirm_contact(
            db, str(row["customer_id"]), str(address), now, actor=actor, replace=replace
        )
    return str(address), resumed
