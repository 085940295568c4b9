"""The duplicate a "never received" reply asks for: to whom, and how often. Pure.

The sender gets it only when that address is a mailable contact of the customer, or sits in
the customer's own domain (public webmail domains are never in ``CustomerFacts.domains``) and
the reply was linked by one of our signed references or an invoice number. Anyone else steers
nothing (relancebot.core.standing): no duplicate at all, a person reads the reply. At most
one automatic resend per invoice per ``duplicate_min_days``, so an auto-responder cannot
start a loop.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from relancebot.core.action_model import (
    Ask,
    Context,
    CustomerFacts,
    Effect,
    InvoiceFacts,
    Journal,
    SendDuplicate,
    day_text,
)

STRONG_LINKS = frozenset({"references", "invoice_number"})


def duplicate_recipients(ctx: Context, customer: CustomerFacts) -> tuple[tuple[str, ...], str]:
    """(To, why) for the sender when allowed, else empty To and the reason for the person."""
    sender = ctx.reply.sender
    if sender in customer.to or sender in customer.cc:
        return (sender,), ""
    domain = sender.rpartition("@")[2]
    if domain in customer.domains and ctx.reply.link_method in STRONG_LINKS:
        return (sender,), ""
    if domain in customer.domains:
        return (
            (),
            f"{sender} n'est pas un contact connu et sa réponse n'est liée que par le domaine",
        )
    return (), f"{sender} n'est ni un contact ni une adresse du domaine de ce client"


def not_received(ctx: Context, unpaid: Sequence[InvoiceFacts]) -> list[Effect]:
    out: list[Effect] = []
    span = dt.timedelta(days=ctx.settings.duplicate_min_days)
    fresh: dict[str, list[str]] = defaultdict(list)
    for inv in unpaid:
        last = inv.last_duplicate_at
        if last is not None and ctx.now - last < span:
            summary = (
                f"Facture non reçue selon {ctx.reply.sender}, mais un duplicata est déjà parti le "
                f"{day_text(ctx.calendar.local(last))} : pas de nouvel envoi automatique avant le "
                f"{day_text(ctx.calendar.local(last + span))}"
            )
            out.append(Journal("duplicate_skipped", summary, inv.number, inv.customer_id))
        else:
            fresh[inv.customer_id].append(inv.number)
    for cid, numbers in fresh.items():
        customer = ctx.customers.get(cid, CustomerFacts(cid))
        to, why = duplicate_recipients(ctx, customer)
        cc: tuple[str, ...] = ()
        if not to:
            to, cc = (customer.to, customer.cc) if customer.to else (customer.cc, ())
            listed = ", ".join(numbers)
            if not to:
                summary = (
                    f"Duplicata de {listed} demandé ({why}) et aucune adresse valide : appeler"
                )
                out.append(ctx.task(Ask.READ_REPLY, summary, cid, None))
                continue
            out.append(
                ctx.task(
                    Ask.READ_REPLY,
                    f"Duplicata de {listed} demandé par {ctx.reply.sender} ({why}) : envoyé "
                    f"aux contacts connus ({', '.join(to + cc)}). Ajouter cette adresse si "
                    "elle est légitime",
                    cid,
                    None,
                )
            )
        summary = (
            f"Facture non reçue selon {ctx.reply.sender} : duplicata renvoyé à "
            f"{', '.join(to + cc)} ; les relances reprennent à partir de cet envoi"
        )
        out.append(SendDuplicate(cid, tuple(numbers), to, cc, summary))
    return out
