"""An invoice file against what the store already knows: nothing changes hands silently.

Read inside the import's transaction, before anything is written, so the answer still holds
when the rows land. Each problem names the line and the reason, as the file's own checks do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from relancebot.importing.identity import TELL_APART, Identity, address_marks
from relancebot.importing.invoices import InvoiceRow, customer_key
from relancebot.store.connection import Database

_ON_FILE = "(déjà importé)"


@dataclass(frozen=True)
class Owner:
    customer_id: str
    name: str


def invoice_owners(db: Database, numbers: Sequence[str]) -> dict[str, Owner]:
    """Who each of these invoices belongs to now, for those already imported."""
    owners = {}
    for start in range(0, len(numbers), 500):  # SQLite's limit on bound parameters
        chunk = list(numbers[start : start + 500])
        for number, customer_id, name in db.execute(
            "SELECT i.number, i.customer_id, c.name FROM invoices i"
            " JOIN customers c ON c.id = i.customer_id"
            f" WHERE i.number IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            owners[str(number)] = Owner(str(customer_id), str(name))
    return owners


def store_conflicts(
    db: Database, rows: Sequence[InvoiceRow], owners: dict[str, Owner], move: bool
) -> list[str]:
    """Lines that would move an invoice to another customer (unless `move`), or merge a
    company into another one of the same name already on file. `owners`: invoice_owners."""
    problems = []
    if not move:
        for row in rows:
            owner = owners.get(row.number)
            if owner is not None and owner.customer_id != row.customer_id:
                problems.append(
                    f"{row.where} : la facture {row.number} appartient à « {owner.name} » "
                    f"(client {owner.customer_id}), pas à « {row.client} » "
                    f"(client {row.customer_id}) : pour la déplacer avec ses paiements, "
                    "relancez avec --move"
                )
    return problems + _identity_conflicts(db, rows, owners)


def _identity_conflicts(
    db: Database, rows: Sequence[InvoiceRow], owners: dict[str, Owner]
) -> list[str]:
    """A line known only by its name must be the company on file under that name.

    The customer on file is what the store knows of it (SIREN, SIRET, the domains of its
    addresses), plus what this file's lines certainly about it say: its own invoices imported
    again (their address may be a correction) and lines with its client_id. A line about an
    invoice already its own is only held to its SIREN/SIRET.
    """
    known = {str(i): str(n) for i, n in db.execute("SELECT id, name FROM customers")}
    by_name: dict[str, list[str]] = {}
    for customer_id, name in known.items():
        by_name.setdefault(customer_key(name), []).append(customer_id)
    identities = {
        key: on_file(db, key)
        for key in {r.customer_id for r in rows if not r.explicit_id and r.customer_id in known}
    }
    for row in rows:
        identity = identities.get(row.customer_id)
        if identity is not None and _attached(row, owners):
            identity.learn(row.siren, row.siret, address_marks(row.emails), row.where)
    problems = []
    for row in rows:
        if row.explicit_id:
            continue
        identity = identities.get(row.customer_id)
        if identity is None:
            others = [c for c in by_name.get(customer_key(row.client), []) if c != row.customer_id]
            if others:
                problems.append(
                    f"{row.where} : client « {row.client} » sans client_id, alors qu'il est "
                    f"connu sous le code client {', '.join(others)} : "
                    + (
                        "indiquez son client_id (le même si c'est lui, un autre sinon)"
                        if row.origin == "csv"
                        else _NO_ID_IN_EINVOICE
                    )
                )
            continue
        marks = frozenset() if _attached(row, owners) else address_marks(row.emails)
        why = identity.disagreement(row.siren, row.siret, marks)
        if why:
            problems.append(
                f"{row.where} : client « {row.client} » : {why} ; "
                + (
                    f"{TELL_APART} (client_id {row.customer_id} si c'est bien le client déjà connu)"
                    if row.origin == "csv"
                    else _NO_ID_IN_EINVOICE
                )
            )
    return problems


# An e-invoice cannot be given a client_id: the person says who the buyer is in a CSV line.
_NO_ID_IN_EINVOICE = (
    "la facture ne donne ni identifiant de l'acheteur (BT-46) ni SIREN pour savoir lequel ; "
    "importez-la par une ligne de CSV avec son client_id"
)


def _attached(row: InvoiceRow, owners: dict[str, Owner]) -> bool:
    """The line is about an invoice its customer already has: it is that customer's."""
    owner = owners.get(row.number)
    return owner is not None and owner.customer_id == row.customer_id


def on_file(db: Database, customer_id: str) -> Identity:
    """What the store knows of a customer's identity: SIREN, SIRET, its addresses' marks."""
    identity = Identity()
    siren, siret = db.execute(
        "SELECT siren, siret FROM customers WHERE id = ?", [customer_id]
    ).fetchone()
    addresses = [
        str(email)
        for (email,) in db.execute(
            "SELECT email FROM contacts WHERE customer_id = ? AND role = 'to'"
            " AND source NOT LIKE 'reply:%'",
            [customer_id],
        )
    ]
    identity.learn(str(siren), str(siret), address_marks(addresses), _ON_FILE)
    return identity
