"""Customers' addresses: which may be mailed, which are failing, which were suggested."""

from __future__ import annotations

import datetime as dt

from relancebot.store.connection import Database
from relancebot.store.records import iso, record_event
from relancebot.store.tasks import TaskKind, open_task


def mark_address_failing(db: Database, address: str, reason: str, now: dt.datetime) -> list[str]:
    """Never mail this address again, and ask a person to call each customer it belongs to.

    Returns the customers concerned. Call inside the caller's transaction.
    """
    address = address.lower()
    customers = [
        r[0]
        for r in db.execute(
            "SELECT DISTINCT customer_id FROM contacts WHERE email = ? AND failing_since IS NULL",
            [address],
        )
    ]
    db.execute(
        "UPDATE contacts SET failing_since = ?, failing_reason = ?"
        " WHERE email = ? AND failing_since IS NULL",
        [iso(now), reason[:300], address],
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
