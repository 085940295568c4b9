"""What a person decides on a case: resume, pause, stop, mark paid, confirm a contact.

Each function writes its change and its journal line in the caller's transaction; the
command opens it (``with db.atomic()``), so a change is never recorded without its trace.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from relancebot.core.actions import CONTACT_REASON
from relancebot.core.addresses import wire_address
from relancebot.core.calendar import BusinessCalendar
from relancebot.core.money import format_money
from relancebot.errors import InvalidValue, NotAllowedNow, UnknownCustomer, UnknownInvoice
from relancebot.store.connection import Database
from relancebot.store.imports import settle as settle_invoice
from relancebot.store.records import customer_row, invoice_row, iso, record_event
from relancebot.store.tasks import TaskKind, close_tasks

# The tasks a call answers: once a person has spoken to the customer, they are done.
CALL_KINDS = (
    TaskKind.CALL_DISPUTE,
    TaskKind.CALL_DIFFICULTY,
    TaskKind.CALL_FAILING_ADDRESS,
    TaskKind.CALL_BROKEN_PROMISE,
    TaskKind.CHECK_BANK,
    TaskKind.CALL_OVERDUE,
)


def _open_invoice(db: Database, number: str) -> dict[str, object]:
    row = invoice_row(db, number)
    if row is None:
        raise UnknownInvoice(f"facture inconnue : {number!r}")
    if row["paid_at"]:
        raise NotAllowedNow(f"la facture {number} est déjà soldée")
    return row


def record_payment(
    db: Database,
    number: str,
    amount: Decimal | None,
    day: dt.date,
    source: str,
    now: dt.datetime,
) -> Decimal:
    """A payment a person saw (on the phone, on the bank statement); the balance by default.

    Returns the amount recorded. When the balance reaches zero the invoice is settled and
    every open task about it is closed.
    """
    row = _open_invoice(db, number)
    balance = Decimal(str(row["amount"])) - Decimal(str(row["paid"]))
    paid = balance if amount is None else amount
    if paid <= 0:
        raise InvalidValue(f"montant à enregistrer invalide : {paid}")
    db.execute(
        "INSERT OR IGNORE INTO payments (invoice_number, amount, date, reference, source,"
        " imported_at) VALUES (?, ?, ?, ?, ?, ?)",
        [number, str(paid), day.isoformat(), f"{source} {iso(now)}", source, iso(now)],
    )
    customer = str(row["customer_id"])
    record_event(
        db,
        now,
        "payment",
        f"Paiement de {format_money(paid)} du {day:%d/%m/%Y} enregistré par une personne"
        f" ({source})",
        invoice=number,
        customer=customer,
        detail={"source": source},
    )
    if settle_invoice(db, number, now):
        close_tasks(db, now, "payée", invoice=number)
        record_event(
            db,
            now,
            "invoice_paid",
            f"Facture {number} soldée : relances terminées",
            invoice=number,
            customer=customer,
        )
    return paid


def pause_invoice(
    db: Database, number: str, until: dt.datetime, reason: str, now: dt.datetime
) -> None:
    _open_invoice(db, number)
    db.execute(
        "UPDATE invoices SET chase = 'paused', paused_until = ?, chase_reason = ?,"
        " updated_at = ? WHERE number = ?",
        [iso(until), reason, iso(now), number],
    )


def resume_invoice(db: Database, number: str, now: dt.datetime) -> None:
    """The chase goes on from where it was; a dispute settled by a person is closed."""
    row = _open_invoice(db, number)
    db.execute(
        "UPDATE invoices SET chase = 'active', paused_until = NULL, chase_reason = '',"
        " escalated_at = CASE WHEN chase = 'escalated' THEN NULL ELSE escalated_at END,"
        " updated_at = ? WHERE number = ?",
        [iso(now), number],
    )
    close_tasks(
        db,
        now,
        "relances reprises",
        invoice=number,
        kinds=(TaskKind.CALL_DISPUTE, TaskKind.FIX_REMINDER),  # a person looked into it
    )
    record_event(
        db,
        now,
        "chase_resumed",
        "Relances reprises par une personne",
        invoice=number,
        customer=str(row["customer_id"]),
    )


def until_after(calendar: BusinessCalendar, day: dt.date, business_days: int) -> dt.datetime:
    """The opening of the `business_days`-th business day after `day`: a little grace."""
    return calendar.opening(calendar.add_business_days(day, business_days))


def stop_customer(db: Database, customer_id: str, now: dt.datetime) -> None:
    if customer_row(db, customer_id) is None:
        raise UnknownCustomer(f"client inconnu : {customer_id!r}")
    db.execute(
        "UPDATE customers SET do_not_chase = 1, updated_at = ? WHERE id = ?",
        [iso(now), customer_id],
    )
    record_event(
        db,
        now,
        "customer_settings",
        "Plus aucun email de relance pour ce client (suivi par téléphone)",
        customer=customer_id,
    )


def confirm_contact(
    db: Database, customer_id: str, address: str, replace: bool, now: dt.datetime
) -> int:
    """The address becomes the customer's active one; returns how many invoices resume.

    A reply naming another contact leaves the address inactive (source 'reply:N') and may
    pause the chase; once a person confirms it, the invoices paused for that reason resume.
    """
    if customer_row(db, customer_id) is None:
        raise UnknownCustomer(f"client inconnu : {customer_id!r}")
    address = address.strip().lower()
    if "@" not in address:
        raise InvalidValue(f"adresse email invalide : {address!r}")
    address = wire_address(address)  # spelled as imports store it: `café-` as `xn--caf-`
    if replace:
        db.execute(
            "UPDATE contacts SET active = 0 WHERE customer_id = ? AND role = 'to' AND email != ?",
            [customer_id, address],
        )
    changed = db.execute(
        "UPDATE contacts SET active = 1, failing_since = NULL, failing_reason = NULL"
        " WHERE customer_id = ? AND email = ? AND role = 'to'",
        [customer_id, address],
    ).rowcount
    if not changed:
        db.execute(
            "INSERT INTO contacts (customer_id, email, role, active, source)"
            " VALUES (?, ?, 'to', 1, 'person')",
            [customer_id, address],
        )
    resumed = db.execute(
        "UPDATE invoices SET chase = 'active', paused_until = NULL, chase_reason = '',"
        " updated_at = ? WHERE customer_id = ? AND paid_at IS NULL AND chase = 'paused'"
        " AND chase_reason = ?",
        [iso(now), customer_id, CONTACT_REASON],
    ).rowcount
    close_tasks(
        db,
        now,
        f"contact confirmé : {address}",
        customer=customer_id,
        kinds=(TaskKind.CONFIRM_CONTACT, TaskKind.CALL_FAILING_ADDRESS),
    )
    record_event(
        db,
        now,
        "contact_confirmed",
        f"Contact {address} confirmé par une personne"
        + (" (remplace les précédents)" if replace else "")
        + (f" ; {resumed} facture(s) à nouveau relancée(s)" if resumed else ""),
        customer=customer_id,
        detail={"address": address, "replace": replace},
    )
    return resumed
