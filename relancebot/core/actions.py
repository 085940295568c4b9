"""What a classified, linked reply means for each invoice it concerns: decisions, no I/O.

:func:`decide` reads plain facts (the reply, its invoices, their customers), the settings and
`now`, and returns effects; ``relancebot.acting`` applies them inside the reply's transaction.

Rules of safety live here, in ``core.standing`` and in ``core.duplicates``, tested as a table:

1. A reply may pause or stop a chase and ask a person; it never marks an invoice paid.
2. Only a contact of the invoice's customer, or an address in its own domain, steers that
   invoice's chase; anyone else only informs a person (``core.standing``).
3. A duplicate goes to the sender only when that address is a mailable contact of the
   customer, or sits in the customer's own domain *and* the reply was linked by one of our
   signed references or an invoice number; otherwise to the contacts on file, a person told.
4. A delivery failure marks an address failing only when it proves it is about our mail: one
   of our signed Message-IDs sent to that address, or, without one, our recent email to it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence

from relancebot.core.action_model import (
    ActionSettings,
    Ask,
    ClaimPaid,
    Context,
    CustomerFacts,
    Effect,
    InvoiceFacts,
    Journal,
    MarkFailing,
    OpenTask,
    ReplyFacts,
    SetChase,
    SetPromise,
    SuggestContact,
    day_text,
    valid_address,
)
from relancebot.core.calendar import BusinessCalendar
from relancebot.core.duplicates import not_received
from relancebot.core.model import Chase
from relancebot.core.promises import promise_hold
from relancebot.core.standing import (
    OUTSIDE_DOMAIN,
    inform_only,
    outside_domain,
    quote_excerpt,
    split_by_standing,
)

PAUSABLE = (Chase.ACTIVE, Chase.PAUSED)  # stopped and escalated already wait for a person
CONTACT_REASON = "mauvais interlocuteur : nouveau contact à confirmer"


def decide(
    reply: ReplyFacts,
    invoices: Sequence[InvoiceFacts],
    customers: Mapping[str, CustomerFacts],
    settings: ActionSettings,
    calendar: BusinessCalendar,
    now: dt.datetime,
) -> tuple[Effect, ...]:
    """The effects of one reply; every change comes with its line in the journal."""
    ctx = Context(reply, customers, settings, calendar, now)
    unpaid = [i for i in invoices if not i.paid]
    category = reply.category
    if category == "auto_reply":
        return tuple(
            Journal(
                "reply_ignored", "Réponse automatique : rien ne change", i.number, i.customer_id
            )
            for i in unpaid
        )
    if category == "bounce":
        return _bounce(ctx, unpaid)
    if not unpaid:
        if category == "already_paid" and invoices:
            return ()  # it says paid, and it is: nothing to do
        what = "déjà soldée(s)" if invoices else "aucune facture ouverte reconnue"
        summary = f"Réponse de {reply.sender} ({category}), {what} : à lire"
        return (ctx.task(Ask.READ_REPLY, summary, reply.customer_id, None),)
    handler = _HANDLERS.get(category)
    if handler is None:
        return tuple(_other(ctx, unpaid))
    steered, informed = split_by_standing(ctx, unpaid)
    return (*(handler(ctx, steered) if steered else ()), *inform_only(ctx, informed))


def _bounce_proven(ctx: Context) -> bool:
    """The notice is about an email we sent to that address (see rule 4 above)."""
    reply = ctx.reply
    if reply.signed_reference:
        return reply.failed_recipient_referenced
    if reply.foreign_reference:
        return False
    last = reply.failed_recipient_last_sent
    return last is not None and ctx.now - last <= dt.timedelta(days=ctx.settings.bounce_recent_days)


def _bounce(ctx: Context, unpaid: Sequence[InvoiceFacts]) -> tuple[Effect, ...]:
    address = valid_address(ctx.reply.failed_recipient)
    if address and ctx.reply.failed_recipient_known and _bounce_proven(ctx):
        return (MarkFailing(address, f"message non distribué (réponse n° {ctx.reply.id})"),)
    if address and ctx.reply.failed_recipient_known:
        if ctx.reply.signed_reference:
            why = "ne porte la référence d'aucun email que nous lui avons envoyé"
        elif ctx.reply.foreign_reference:
            why = "porte la référence d'un message qui n'est pas de nous"
        else:
            why = (
                f"ne cite aucun de nos emails et nous n'avons rien envoyé à {address} depuis"
                f" {ctx.settings.bounce_recent_days} jours"
            )
        summary = (
            f"Avis de non-distribution pour {address} (réponse n° {ctx.reply.id}), invérifiable :"
            f" il {why}. L'adresse n'est pas marquée en échec : vérifier auprès du client"
        )
    elif address:
        summary = f"Message non distribué pour {address}, adresse inconnue de nos clients : à lire"
    else:
        summary = "Message non distribué sans adresse reconnaissable : à lire"
    invoice = unpaid[0].number if len(unpaid) == 1 else None
    return (ctx.task(Ask.READ_REPLY, summary, ctx.reply.customer_id, invoice),)


def _already_paid(ctx: Context, unpaid: Sequence[InvoiceFacts]) -> list[Effect]:
    check_day = ctx.calendar.add_business_days(
        ctx.today, ctx.settings.paid_claim_check_business_days
    )
    due = ctx.calendar.opening(check_day)
    out: list[Effect] = []
    for inv in unpaid:
        n, cid = inv.number, inv.customer_id
        out.append(ClaimPaid(n))
        if inv.chase in PAUSABLE:
            out.append(
                SetChase(n, Chase.PAUSED, None, "paiement annoncé par le client, à vérifier")
            )
        out.append(
            OpenTask(
                Ask.CHECK_BANK,
                f"Facture {n} : le client a dit le {day_text(ctx.today)} l'avoir réglée, aucun "
                "paiement enregistré depuis : vérifier le relevé bancaire",
                cid,
                n,
                due,
            )
        )
        out.append(
            Journal(
                "paid_claimed",
                "Le client dit avoir payé : relances suspendues (une annonce n'est pas un "
                f"paiement) ; vérification de la banque le {day_text(check_day)} si aucun paiement "
                "n'est enregistré d'ici là",
                n,
                cid,
            )
        )
    return out


def _promise(ctx: Context, unpaid: Sequence[InvoiceFacts]) -> list[Effect]:
    promised = ctx.reply.promised_date
    hold = promise_hold(promised, ctx.settings, ctx.calendar, ctx.today)
    day, until = hold.day, hold.until
    when = f"pour le {day_text(day)}" if day else "sans date précise"
    if promised is not None and day is None:
        when = f"à une date déjà passée ({day_text(promised)})"
    out: list[Effect] = []
    for inv in unpaid:
        n, cid = inv.number, inv.customer_id
        out.append(SetPromise(n, day))
        if inv.chase not in PAUSABLE:
            summary = f"Promesse de paiement {when} notée ; relances déjà arrêtées ({inv.chase})"
        else:
            out.append(SetChase(n, Chase.PAUSED, until, hold.reason))
            summary = (
                f"Promesse de paiement {when} : relances suspendues jusqu'au {day_text(until)} ; "
                "si rien n'est payé d'ici là, relance ferme et appel"
            )
        out.append(Journal("promise", summary, n, cid))
    return out


def _dispute(ctx: Context, unpaid: Sequence[InvoiceFacts]) -> list[Effect]:
    out: list[Effect] = []
    for inv in unpaid:
        n, cid = inv.number, inv.customer_id
        summary = f"Litige sur {n} : {ctx.reply.sender} conteste{quote_excerpt(ctx.reply.excerpt)}"
        out += [
            SetChase(n, Chase.STOPPED, None, "litige : contestation reçue par email"),
            ctx.task(Ask.CALL_DISPUTE, summary + " : appeler", cid, n),
            Journal(
                "chase_stopped", "Contestation reçue : relances arrêtées, appel demandé", n, cid
            ),
        ]
    return out


def _difficulty(ctx: Context, unpaid: Sequence[InvoiceFacts]) -> list[Effect]:
    out: list[Effect] = []
    for inv in unpaid:
        n, cid = inv.number, inv.customer_id
        if inv.chase in PAUSABLE:
            reason = "difficulté de paiement : une personne décide (délai, échéancier)"
            out.append(SetChase(n, Chase.PAUSED, None, reason))
        summary = (
            f"Facture {n} : {ctx.reply.sender} signale une difficulté de paiement"
            f"{quote_excerpt(ctx.reply.excerpt)} : appeler (délai, échéancier)"
        )
        out.append(ctx.task(Ask.CALL_DIFFICULTY, summary, cid, n))
        out.append(
            Journal(
                "chase_paused",
                "Difficulté de paiement : relances suspendues, appel demandé",
                n,
                cid,
            )
        )
    return out


def _wrong_contact(ctx: Context, unpaid: Sequence[InvoiceFacts]) -> list[Effect]:
    out: list[Effect] = []
    address = valid_address(ctx.reply.new_contact)
    by_customer: dict[str, list[str]] = defaultdict(list)
    for inv in unpaid:
        by_customer[inv.customer_id].append(inv.number)
        if inv.chase in PAUSABLE:
            out.append(SetChase(inv.number, Chase.PAUSED, None, CONTACT_REASON))
    for cid, numbers in by_customer.items():
        if address:
            out.append(SuggestContact(cid, address))
            customer = ctx.customers.get(cid, CustomerFacts(cid))
            flag = f" ({OUTSIDE_DOMAIN})" if outside_domain(address, customer) else ""
            proposal = (
                f"adresse proposée : {address}{flag}, à confirmer (confirm-contact {cid} {address})"
            )
        else:
            proposal = "aucune autre adresse donnée : trouver le bon interlocuteur"
        summary = f"{ctx.reply.sender} n'est pas le bon interlocuteur pour {', '.join(numbers)} ; "
        out.append(ctx.task(Ask.CONFIRM_CONTACT, summary + proposal, cid, None))
        for n in numbers:
            line = "Mauvais interlocuteur : relances suspendues ; " + proposal
            out.append(Journal("chase_paused", line, n, cid))
    return out


def _other(ctx: Context, unpaid: Sequence[InvoiceFacts]) -> list[Effect]:
    numbers = [i.number for i in unpaid]
    invoice = numbers[0] if len(numbers) == 1 else None
    customer = unpaid[0].customer_id
    quoted = quote_excerpt(ctx.reply.excerpt)
    summary = f"Réponse de {ctx.reply.sender} sur {', '.join(numbers)} à lire{quoted}"
    out: list[Effect] = [ctx.task(Ask.READ_REPLY, summary, customer, invoice)]
    line = "Réponse non reconnue : une personne la lit ; les relances continuent"
    out += [Journal("reply_to_read", line, i.number, i.customer_id) for i in unpaid]
    return out


_HANDLERS = {
    "already_paid": _already_paid,
    "promise_to_pay": _promise,
    "not_received": not_received,
    "dispute": _dispute,
    "payment_difficulty": _difficulty,
    "wrong_contact": _wrong_contact,
}
