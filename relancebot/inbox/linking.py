"""Which invoices a reply is about, tried in order of trust.

1. ``references``: In-Reply-To/References (and, in a bounce, the original Message-ID) naming
   one of our reminders. Only signed Message-IDs count (outgoing/tokens.is_ours): a forged or
   mistyped one is refused and noted, and the next rules are tried.
2. ``invoice_number``: invoice numbers of the store named in the subject or the body.
3. ``sender``: the exact address (in a bounce, the failed recipient) is a customer's contact.
4. ``domain``: the sender's domain is a customer's, unless strangers share it (a free webmail
   or an Internet provider's mailbox: gmail.com, gmx.net, sfr.fr..., see :mod:`.freemail`).
   Never for bounces.

Rules 1, 3 and 4 may find several invoices: the reply concerns all of them, unless it names
some of them, then only those. Linking says what the reply is about, not who may act on it:
``core.actions`` weighs the sender's standing with each invoice's customer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from relancebot.classify import Classification
from relancebot.inbox.freemail import is_free_mail_domain
from relancebot.outgoing.tokens import is_ours
from relancebot.store.connection import Database

METHOD_FR = {
    "references": "par référence",
    "invoice_number": "par numéro de facture",
    "sender": "par l'adresse de l'expéditeur",
    "domain": "par le domaine de l'expéditeur",
    "none": "",
}


def is_public_domain(domain: str) -> bool:
    """A domain strangers share (gmail.com, gmx.net, sfr.fr...): see :mod:`.freemail`."""
    return is_free_mail_domain(domain)


@dataclass(frozen=True)
class Link:
    method: str  # references | invoice_number | sender | domain | none
    invoices: tuple[str, ...] = ()
    customer_id: str | None = None
    notes: tuple[str, ...] = ()  # what was refused and why, for the person reading
    # Our signed Message-IDs the reply (or the bounce) carries; evidence, not identity.
    message_ids: tuple[str, ...] = field(default=(), compare=False)


def _in(values: Sequence[str]) -> str:
    return ", ".join("?" for _ in values)


def _narrow(candidates: Sequence[str], named: Sequence[str]) -> tuple[str, ...]:
    chosen = [n for n in candidates if n in set(named)]
    return tuple(sorted(set(chosen or candidates)))


def _customer(db: Database, invoices: Sequence[str]) -> str | None:
    rows = db.execute(
        f"SELECT DISTINCT customer_id FROM invoices WHERE number IN ({_in(invoices)})",
        list(invoices),
    ).fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def _our_references(secret: bytes, c: Classification) -> tuple[list[str], list[str]]:
    candidates = [c.original_message_id] if c.original_message_id else []
    candidates += [*c.in_reply_to, *c.references]
    ours: list[str] = []
    notes: list[str] = []
    for mid in dict.fromkeys(candidates):
        if is_ours(secret, mid):
            ours.append(mid)
        elif mid.startswith("<rb."):
            notes.append(f"référence {mid} refusée : signature invalide")
    return ours, notes


def _invoices_of_messages(db: Database, message_ids: Sequence[str]) -> list[str]:
    if not message_ids:
        return []
    rows = db.execute(
        f"""SELECT DISTINCT r.invoice_number FROM outbox o JOIN reminders r ON r.outbox_id = o.id
            WHERE o.message_id IN ({_in(message_ids)})""",
        list(message_ids),
    ).fetchall()
    return [str(r[0]) for r in rows]


def _existing(db: Database, numbers: Sequence[str]) -> list[str]:
    if not numbers:
        return []
    rows = db.execute(
        f"SELECT number FROM invoices WHERE number IN ({_in(numbers)})", list(numbers)
    ).fetchall()
    return [str(r[0]) for r in rows]


def _customers_where(db: Database, condition: str, value: str) -> list[str]:
    rows = db.execute(
        f"SELECT DISTINCT customer_id FROM contacts WHERE {condition} ORDER BY 1", [value]
    ).fetchall()
    return [str(r[0]) for r in rows]


def _open_invoices(db: Database, customers: Sequence[str]) -> list[str]:
    rows = db.execute(
        f"SELECT number FROM invoices WHERE customer_id IN ({_in(customers)})"
        " AND paid_at IS NULL ORDER BY number",
        list(customers),
    ).fetchall()
    return [str(r[0]) for r in rows]


def _foreign_notes(db: Database, sender: str | None, invoices: Sequence[str]) -> list[str]:
    """The invoices named belong to a customer the sender is no contact of, while it is one of
    another customer's: worth saying to the person (a signature's digits, a mistake, a probe)."""
    if not sender or not invoices:
        return []
    own = set(_customers_where(db, "email = ? AND active", sender.lower()))
    if not own:
        return []
    rows = db.execute(
        f"SELECT number, customer_id FROM invoices WHERE number IN ({_in(invoices)})",
        list(invoices),
    ).fetchall()
    foreign = sorted(str(n) for n, cid in rows if str(cid) not in own)
    if not foreign:
        return []
    return [
        f"{sender} est un contact de {', '.join(sorted(own))}, mais {', '.join(foreign)}"
        " appartient à un autre client"
    ]


def link_reply(db: Database, secret: bytes, c: Classification) -> Link:
    """The invoices ``c`` is about; reads the store, writes nothing."""
    ours, notes = _our_references(secret, c)
    found = _invoices_of_messages(db, ours)
    signed = tuple(ours)
    if found:
        chosen = _narrow(found, c.invoices)
        notes += _foreign_notes(db, c.sender, chosen)
        return Link("references", chosen, _customer(db, chosen), tuple(notes), signed)
    named = _existing(db, c.invoices)
    if named:
        chosen = tuple(sorted(set(named)))
        notes += _foreign_notes(db, c.sender, chosen)
        return Link("invoice_number", chosen, _customer(db, chosen), tuple(notes), signed)
    bounce = c.category == "bounce"
    address = (c.failed_recipient if bounce else c.sender) or ""
    customer: str | None = None
    if "@" in address:
        rules = [("sender", "email = ?", address.lower())]
        domain = address.rsplit("@", 1)[1].lower()
        if not bounce and is_free_mail_domain(domain):
            notes.append(f"domaine public {domain} : rapprochement par l'adresse exacte seulement")
        elif not bounce:
            rules.append(("domain", "substr(email, instr(email, '@') + 1) = ?", domain))
        for method, condition, value in rules:
            customers = _customers_where(db, condition, value)
            if not customers:
                continue
            customer = customer or (customers[0] if len(customers) == 1 else None)
            invoices = _open_invoices(db, customers)
            if invoices:
                chosen = _narrow(invoices, c.invoices)
                return Link(method, chosen, customer, tuple(notes), signed)
            notes.append(
                f"client {', '.join(customers)} reconnu {METHOD_FR[method]}, sans facture ouverte"
            )
    return Link("none", (), customer, tuple(notes), signed)
