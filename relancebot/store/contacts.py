"""Customers' addresses: which may be mailed, which are failing, which were suggested."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from relancebot.core.addresses import address_forms
from relancebot.store.connection import Database
from relancebot.store.records import SERVICE, iso, record_event
from relancebot.store.tasks import TaskKind, open_task


def mark_address_failing(db: Database, address: str, reason: str, now: dt.datetime) -> list[str]:
    """Never mail this address again, and ask a person to call each customer it belongs to.

    Returns the customers concerned. Call inside the caller's transaction.
    """
    forms = address_forms(address)
    address = forms[0]
    marks = ",".join("?" * len(forms))
    customers = [
        r[0]
        for r in db.execute(
            f"SELECT DISTINCT customer_id FROM contacts WHERE email IN ({marks})"
            " AND failing_since IS NULL",
            forms,
        )
    ]
    db.execute(
        "UPDATE contacts SET failing_since = ?, failing_reason = ?"
        f" WHERE email IN ({marks}) AND failing_since IS NULL",
        [iso(now), reason[:300], *forms],
    )
    for customer in customers:
        record_event(
            db,
            now,
            "address_failing",
            f"Adresse {address} en échec ({reason[:120]}) : ne plus y écrire, appeler",
            customer=customer,
            detail={"address": address, "reason": reason},
        )
        open_task(
            db,
            TaskKind.CALL_FAILING_ADDRESS,
            f"L'adresse {address} ne reçoit plus nos emails : appeler pour en obtenir une autre",
            now,
            customer=customer,
        )
    return customers


def set_import_addresses(
    db: Database,
    customer_id: str,
    role: str,
    addresses: Sequence[str],
    now: dt.datetime,
    source: Path,
    *,
    actor: str = SERVICE,
) -> list[str]:
    """The addresses an import gives a customer (`to` or `cc`) replace those imports gave it.

    1. Each address listed is added, active, unless it is on file already: one set inactive
       (replaced, a person's decision, a reply's suggestion) stays so: an import does not undo
       a person, it says so in the notes returned.
    2. When one address listed can be mailed, the addresses earlier imports gave for that role
       and that the file no longer lists become inactive, each journalled: a corrected address
       replaces the old one. A blank cell (nothing listed) changes nothing.
    3. Addresses a person or a reply added are never touched.
    """
    if not addresses:
        return []
    on_file = {
        str(email): (bool(active), failing)
        for email, active, failing in db.execute(
            "SELECT email, active, failing_since FROM contacts WHERE customer_id = ? AND role = ?",
            [customer_id, role],
        )
    }
    notes = []
    for address in addresses:
        if address not in on_file:
            db.execute(
                "INSERT INTO contacts (customer_id, email, role, source)"
                " VALUES (?, ?, ?, 'import')",
                [customer_id, address, role],
            )
            on_file[address] = (True, None)
        elif on_file[address] != (True, None):
            state = "inactive" if not on_file[address][0] else "en échec"
            notes.append(
                f"{customer_id} : l'adresse {address} est {state} et le reste ; "
                f"`relancebot confirm-contact {customer_id} {address}` pour la reprendre"
            )
    if not any(on_file[a] == (True, None) for a in addresses):
        return notes
    placeholders = ",".join("?" * len(addresses))
    stale = [
        str(email)
        for (email,) in db.execute(
            "SELECT email FROM contacts WHERE customer_id = ? AND role = ? AND active"
            f" AND source = 'import' AND email NOT IN ({placeholders})",
            [customer_id, role, *addresses],
        )
    ]
    for old in stale:
        db.execute(
            "UPDATE contacts SET active = 0 WHERE customer_id = ? AND role = ? AND email = ?",
            [customer_id, role, old],
        )
        summary = (
            f"Adresse {old} remplacée par {', '.join(addresses)} "
            f"({'copie' if role == 'cc' else 'destinataire'}, import de {source.name})"
        )
        record_event(
            db,
            now,
            "contact_replaced",
            summary,
            customer=customer_id,
            detail={"address": old, "role": role, "by": list(addresses), "source": str(source)},
            actor=actor,
        )
        notes.append(f"{customer_id} : {summary}")
    return notes
