"""Who may steer a chase by email: the rule of standing. Pure.

Naming an invoice number, or answering one of our reminders, says what a reply is *about*; it
says nothing of who wrote it. A reply steers an invoice's chase (pause, stop, promise, resend,
a new contact) only when its sender is, for that invoice's customer:

1. an active contact on file (``Standing.CONTACT``), or
2. an address in the customer's own domain (``Standing.DOMAIN``), never a domain strangers
   share (free webmails, Internet providers: those are not in ``CustomerFacts.domains``).

Anyone else (``Standing.STRANGER``) may only inform a person: a task carrying the reply, in
the digest, and one line in each invoice's journal. The chase goes on as if nothing was said.
Each invoice is weighed with its own customer: a contact of customer A naming B's invoice is a
stranger to B.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from relancebot.core.action_model import (
    Ask,
    Context,
    CustomerFacts,
    Effect,
    InvoiceFacts,
    Journal,
    Standing,
    valid_address,
)
from relancebot.core.categories import CATEGORY_FR

STEERS = frozenset({Standing.CONTACT, Standing.DOMAIN})
OUTSIDE_DOMAIN = "hors du domaine du client"


def standing(ctx: Context, customer_id: str) -> Standing:
    customer = ctx.customers.get(customer_id, CustomerFacts(customer_id))
    return customer.standing(ctx.reply.sender)


def split_by_standing(
    ctx: Context, invoices: Sequence[InvoiceFacts]
) -> tuple[list[InvoiceFacts], list[InvoiceFacts]]:
    """(invoices the sender may steer, invoices it may only inform a person about)."""
    steered = [i for i in invoices if standing(ctx, i.customer_id) in STEERS]
    return steered, [i for i in invoices if i not in steered]


def outside_domain(address: str, customer: CustomerFacts) -> bool:
    """An address proposed for a customer that is neither on file nor in its own domain."""
    return address not in customer.contacts and address.rpartition("@")[2] not in customer.domains


def quote_excerpt(excerpt: str) -> str:
    """The customer's words, on one line and short, for a task or a journal line."""
    text = " ".join(excerpt.split())
    return f" : « {text[:160]}{'…' if len(text) > 160 else ''} »" if text else ""


def _what_a_person_may_do(ctx: Context, customer: CustomerFacts) -> str:
    category = ctx.reply.category
    if category == "not_received":
        return "duplicata demandé, non envoyé : le renvoyer soi-même si la demande est légitime"
    if category == "wrong_contact":
        # No other address given: the sender offers itself ("write to me from now on").
        address = valid_address(ctx.reply.new_contact) or valid_address(ctx.reply.sender)
        if address is None:
            return "aucune autre adresse donnée"
        flag = f" ({OUTSIDE_DOMAIN})" if outside_domain(address, customer) else ""
        return (
            f"adresse proposée : {address}{flag}, à ne confirmer qu'après avoir appelé le client"
            f" (confirm-contact {customer.id} {address})"
        )
    if category == "promise_to_pay" and ctx.reply.promised_date is not None:
        return f"date annoncée : {ctx.reply.promised_date:%d/%m/%Y}, non enregistrée"
    return "si c'est bien le client, noter la suite (call, pause...)"


def inform_only(ctx: Context, invoices: Sequence[InvoiceFacts]) -> list[Effect]:
    """A stranger's reply about these invoices: a person reads it; nothing else changes."""
    out: list[Effect] = []
    by_customer: dict[str, list[str]] = defaultdict(list)
    for inv in invoices:
        by_customer[inv.customer_id].append(inv.number)
    sender = ctx.reply.sender
    label = CATEGORY_FR.get(ctx.reply.category, ctx.reply.category)
    for cid, numbers in by_customer.items():
        customer = ctx.customers.get(cid, CustomerFacts(cid))
        listed = ", ".join(numbers)
        summary = (
            f"Réponse « {label} » sur {listed} de {sender}, qui n'est ni un contact de ce client"
            f" ni une adresse de son domaine : rien n'a été fait automatiquement"
            f"{quote_excerpt(ctx.reply.excerpt)} ; {_what_a_person_may_do(ctx, customer)}"
        )
        invoice = numbers[0] if len(numbers) == 1 else None
        out.append(ctx.task(Ask.READ_REPLY, summary, cid, invoice))
        line = (
            f"Réponse « {label} » d'une adresse inconnue de ce client ({sender}) : aucune action"
            " automatique, une personne la lit ; les relances continuent"
        )
        out += [Journal("reply_untrusted", line, n, cid) for n in numbers]
    return out
