"""A person's decisions on a case: pause, resume, stop or restart the emails, a customer's terms,
a contact confirmed.

Each function checks, writes and journals, naming who acted, in one transaction of its own (a
savepoint of the caller's when one is open): a change is never recorded without its trace, and
a refusal (relancebot.errors) leaves nothing written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from relancebot.core.actions import CONTACT_REASON
from relancebot.core.addresses import wire_address
from relancebot.core.calendar import BusinessCalendar
from relancebot.core.model import Chase
from relancebot.errors import InvalidValue
from relancebot.store.chase.state import known_customer, open_invoice, set_chase
from relancebot.store.connection import Database
from relancebot.store.records import iso, record_event
from relancebot.store.tasks import TaskKind, close_tasks


def pause(
    db: Database,
    number: str,
    until: dt.date,
    now: dt.datetime,
    *,
    actor: str,
    calendar: BusinessCalendar,
    note: str = "",
) -> dt.datetime:
    """No reminder before the opening of `until`; returns that moment. `resume` ends it sooner."""
    with db.atomic():
        row = open_invoice(db, number)
        moment = calendar.opening(until)
        set_chase(db, number, Chase.PAUSED, moment, note or f"pause jusqu'au {until:%d/%m/%Y}", now)
        record_event(
            db,
            now,
            "chase_paused",
            f"Relances suspendues par une personne jusqu'au {until:%d/%m/%Y}"
            + (f" : {note}" if note else ""),
            invoice=number,
            customer=str(row["customer_id"]),
            actor=actor,
        )
    return moment


def resume(db: Database, number: str, now: dt.datetime, *, actor: str) -> None:
    """The chase goes on from where it was; a dispute settled by a person is closed."""
    with db.atomic():
        row = open_invoice(db, number)
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
            actor=actor,
        )


def stop_customer(db: Database, customer_id: str, now: dt.datetime, *, actor: str) -> None:
    """No reminder email to this customer any more (followed by phone); the 30-day call stays."""
    _do_not_chase(
        db,
        customer_id,
        True,
        "Plus aucun email de relance pour ce client (suivi par téléphone)",
        now,
        actor,
    )


def chase_customer(db: Database, customer_id: str, now: dt.datetime, *, actor: str) -> None:
    """The reminder emails to this customer start again, on their usual cadence."""
    _do_not_chase(db, customer_id, False, "Relances par email rétablies pour ce client", now, actor)


def _do_not_chase(
    db: Database, customer_id: str, stop: bool, summary: str, now: dt.datetime, actor: str
) -> None:
    with db.atomic():
        known_customer(db, customer_id)
        db.execute(
            "UPDATE customers SET do_not_chase = ?, updated_at = ? WHERE id = ?",
            [int(stop), iso(now), customer_id],
        )
        record_event(db, now, "customer_settings", summary, customer=customer_id, actor=actor)


def change_customer(
    db: Database,
    customer_id: str,
    now: dt.datetime,
    *,
    actor: str,
    do_not_chase: bool | None = None,
    extra_delay_days: int | None = None,
    language: str | None = None,
    notes: str | None = None,
    cc: Sequence[str] = (),
) -> str:
    """A customer's terms as a person sets them (None: unchanged; `cc` addresses added, already
    checked); returns the journal's summary of what changed."""
    if extra_delay_days is not None and not 0 <= extra_delay_days <= 365:
        raise InvalidValue(f"délai négocié de 0 à 365 jours attendu, reçu {extra_delay_days}")
    if language is not None and language not in ("fr", "en"):
        raise InvalidValue(f"langue {language!r} : 'fr' ou 'en' attendu")
    changes: dict[str, object] = {}
    if do_not_chase is not None:
        changes["do_not_chase"] = int(do_not_chase)
    if extra_delay_days is not None:
        changes["extra_delay_days"] = extra_delay_days
    if language is not None:
        changes["language"] = language
    if notes is not None:
        changes["notes"] = notes
    with db.atomic():
        known_customer(db, customer_id)
        for column, value in changes.items():  # column: one of the four names above
            db.execute(f"UPDATE customers SET {column} = ? WHERE id = ?", [value, customer_id])
        for address in cc:
            db.execute(
                "INSERT OR IGNORE INTO contacts (customer_id, email, role, source)"
                " VALUES (?, ?, 'cc', 'person')",
                [customer_id, address],
            )
        summary = ", ".join([f"{k} = {v}" for k, v in changes.items()] + [f"copie {a}" for a in cc])
        record_event(
            db,
            now,
            "customer_settings",
            f"Réglages modifiés : {summary}",
            customer=customer_id,
            actor=actor,
        )
    return summary


def confirm_contact(
    db: Database,
    customer_id: str,
    address: str,
    now: dt.datetime,
    *,
    actor: str,
    replace: bool = False,
) -> int:
    """The address becomes the customer's active one; returns how many invoices resume.

    A reply naming another contact leaves the address inactive (source 'reply:N') and may
    pause the chase; once a person confirms it, the invoices paused for that reason resume.
    """
    with db.atomic():
        known_customer(db, customer_id)
        address = address.strip().lower()
        if "@" not in address:
            raise InvalidValue(f"adresse email invalide : {address!r}")
        address = wire_address(address)  # spelled as imports store it: `café-` as `xn--caf-`
        if replace:
            db.execute(
                "UPDATE contacts SET active = 0 WHERE customer_id = ? AND role = 'to'"
                " AND email != ?",
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
            kinds=(TaskKind.CONFIRM_CONTACT, TaskKind.CALL_FAILING_ADDRESS, TaskKind.MISSING_EMAIL),
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
            actor=actor,
        )
    return resumed
