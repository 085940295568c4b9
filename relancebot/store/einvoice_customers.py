"""Who the buyer of an e-invoice is among the customers on file: found, never guessed.

An e-invoice names its buyer by the seller's code for it (BT-46), else by its SIRET, SIREN or
VAT number, else by name alone. The first is the customer id as given. Otherwise the store
is asked, most precise fact first, and only one answer is taken:

1. a customer with this SIRET; with this SIREN (one company, whatever its establishment,
   unless the one on file is another establishment); with this VAT number;
2. a buyer of the same import given an id by these facts (first one naming its BT-46);
3. the one customer of this name on file whose registration and addresses do not contradict
   the invoice (a customer imported from a CSV before its SIREN was known);
4. else a new customer: id the SIRET or SIREN, or the name folded (then, as for a CSV, the
   identity checks of store.import_checks refuse to merge two companies of one name).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from relancebot.importing.identity import address_marks
from relancebot.importing.invoices import InvoiceRow, customer_key
from relancebot.store.connection import Database
from relancebot.store.import_checks import on_file


@dataclass(frozen=True)
class _OnFile:
    id: str
    name_key: str
    siren: str
    siret: str
    vat: str


def _registered(row: InvoiceRow, known: Sequence[_OnFile]) -> str | None:
    def only(found: list[_OnFile]) -> str | None:
        return found[0].id if len({c.id for c in found}) == 1 else None

    if row.siret:
        hit = only([c for c in known if c.siret == row.siret])
        if hit:
            return hit
    if row.siren:
        hit = only(
            [
                c
                for c in known
                if c.siren == row.siren and not (c.siret and row.siret and c.siret != row.siret)
            ]
        )
        if hit:
            return hit
    if row.vat_number:
        return only([c for c in known if c.vat == row.vat_number])
    return None


def _by_name(db: Database, row: InvoiceRow, known: Sequence[_OnFile]) -> str | None:
    same = [c for c in known if c.name_key == customer_key(row.client)]
    if len(same) != 1:
        return None
    identity = on_file(db, same[0].id)
    why = identity.disagreement(row.siren, row.siret, address_marks(row.emails))
    return None if why else same[0].id


def _facts(row: InvoiceRow) -> list[str]:
    pairs = (("siret", row.siret), ("siren", row.siren), ("vat", row.vat_number))
    return [f"{kind}:{value}" for kind, value in pairs if value]


def _named_in_import(rows: Sequence[InvoiceRow]) -> dict[str, str]:
    """Fact -> id, from the buyers of this import that name their id (BT-46); a fact two of
    them share with different ids tells nothing."""
    named: dict[str, str] = {}
    shared: set[str] = set()
    for row in rows:
        if row.explicit_id:
            for fact in _facts(row):
                if named.setdefault(fact, row.customer_id) != row.customer_id:
                    shared.add(fact)
    return {fact: i for fact, i in named.items() if fact not in shared}


def resolve_customers(db: Database, rows: Sequence[InvoiceRow]) -> list[InvoiceRow]:
    """The rows with the customer id each buyer has (see the module's steps)."""
    known = [
        _OnFile(str(i), customer_key(str(n)), str(siren), str(siret), str(vat))
        for i, n, siren, siret, vat in db.execute(
            "SELECT id, name, siren, siret, vat_number FROM customers"
        )
    ]
    chosen = _named_in_import(rows)  # "siret:...", "siren:...", "vat:..." -> id
    out = []
    for row in rows:
        facts = _facts(row)
        if not row.explicit_id:  # else the seller's own code for the buyer (BT-46) says who
            found = _registered(row, known) or next((chosen[f] for f in facts if f in chosen), None)
            if found is not None:
                row = dataclasses.replace(row, customer_id=found, explicit_id=True)
            elif (named := _by_name(db, row, known)) is not None:
                # its identity is checked again with the others' (store.import_checks)
                row = dataclasses.replace(row, customer_id=named, explicit_id=False)
            elif facts:
                row = dataclasses.replace(row, explicit_id=True)  # id: its SIRET or SIREN
        for fact in facts:
            chosen.setdefault(fact, row.customer_id)
        out.append(row)
    return out
