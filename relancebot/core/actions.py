"""What a classified, linked reply means for each invoice it concerns: decisions, no I/O.

:func:`decide` reads plain facts (the reply, its invoices, their customers), the settings and
`now`, and returns effects; ``relancebot.acting`` applies them inside the reply's transaction.

Two rules of safety live here, so that they are tested as a table:

1. A reply may pause or stop a chase and ask a person; it never marks an invoice paid.
2. A duplicate goes to the sender only when that address is a mailable contact of the
   customer, or sits in the customer's own domain (never a public webmail domain: those are
   not in ``CustomerFacts.domains``) *and* the reply was linked by one of our signed references
   or an invoice number. Otherwise it goes to the contacts on file, and a person is told why.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from relancebot.core.action_model import (
    ActionSettings,
    Ask,
    ClaimPaid,
    CustomerFacts,
    Effect,
    InvoiceFacts,
    Journal,
    MarkFailing,
    OpenTask,
    ReplyFacts,
    SendDuplicate,
    SetChase,
    SetPromise,
    SuggestContact,
)
from relancebot.core.calendar import BusinessCalendar
from relancebot.core.model import Chase

STRONG_LINKS = frozenset({"references", "invoice_number"})
PAUSABLE = (Chase.ACTIVE, Chase.PAUSED)  # stopped and escalated already wait for a person
PROMISE_REASON = "promesse de paiement"  # chase_reason prefix the promise follow-up looks for
CONTACT_REASON = "mauvais interlocuteur : nouveau contact à confirmer"


def _day(moment: dt.datetime | dt.date) -> str:
    return f"{moment:%d/%m/%Y}"


def _valid_address(text: str | None) -> str | None:
    if not text:
        return None
    address = text.strip().lower()
    local, _, domain = address.partition("@")
    if not local or "." not in domain or any(ch.isspace() or ch in "<>,;\"'" for ch in address):
        return None
    return address


@dataclass(frozen=True)
class _Ctx:
    reply: ReplyFacts
    customers: Mapping[str, CustomerFacts]
    settings: ActionSettings
    calendar: BusinessCalendar
    now: dt.datetime

    @property
    def today(self) -> dt.date:
        return self.calendar.local(self.now).date()

    def task(self, ask: Ask, summary: str, customer: str | None, invoice: str | None) -> OpenTask:
        return OpenTask(ask, summary, customer, invoice, self.now)


def decide(
    reply: ReplyFacts,
    invoices: Sequence[InvoiceFacts],
    customers: Mapping[str, CustomerFacts],
    settings: ActionSettings,
    calendar: BusinessCalendar,
    now: dt.datetime,
) -> tuple[Effect, ...]:
    """The effects of one reply; every change comes with its line in the journal."""
    ctx = _Ctx(reply, customers, settings, calendar, now)
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
    handler = _HANDLERS.get(category, _other)
    return tuple(handler(ctx, unpaid))


def _bounce(ctx: _Ctx, unpaid: Sequence[InvoiceFacts]) -> tuple[Effect, ...]:
    address = _valid_address(ctx.reply.failed_recipient)
    if address and ctx.reply.failed_recipient_known:
        return (MarkFailing(address, f"message non distribué (réponse n° {ctx.reply.id})"),)
    summary = (
        f"Message non distribué pour {address}, adresse inconnue de nos clients : à lire"
        if address
        else "Message non distribué sans adresse reconnaissable : à lire"
    )
    invoice = unpaid[0].number if len(unpaid) == 1 else None
    return (ctx.task(Ask.READ_REPLY, summary, ctx.reply.customer_id, invoice),)


def _already_paid(ctx: _Ctx, unpaid: Sequence[InvoiceFacts]) -> list[Effect]:
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
                f"Facture {n} : le client a dit le {_day(ctx.today)} l'avoir réglée, aucun "
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
                f"paiement) ; vérification de la banque le {_day(check_day)} si aucun paiement "
                "n'est enregistré d'ici là",
                n,
                cid,
            )
        )
    return out


def promise_pause(
    promised: dt.date | None, settings: ActionSettings, calendar: BusinessCalendar, today: dt.date
) -> dt.datetime:
    """Until when a promise holds the chase: the date plus a little grace, or a default span."""
    if promised is not None and promised >= today:
        return calendar.opening(
            calendar.add_business_days(promised, settings.promise_grace_business_days)
        )
    return calendar.opening(
        calendar.next_business_day(today + dt.timedelta(days=settings.promise_default_days))
    )


def _promise(ctx: _Ctx, unpaid: Sequence[InvoiceFacts]) -> list[Effect]:
    promised = ctx.reply.promised_date
    day = promised if promised is not None and promised >= ctx.today else None
    until = promise_pause(day, ctx.settings, ctx.calendar, ctx.today)
    when = f"pour le {_day(day)}" if day else "sans date précise"
    if promised is not None and day is None:
        when = f"à une date déjà passée ({_day(promised)})"
    out: list[Effect] = []
    for inv in unpaid:
        n, cid = inv.number, inv.customer_id
        out.append(SetPromise(n, day))
        if inv.chase not in PAUSABLE:
            summary = f"Promesse de paiement {when} notée ; relances déjà arrêtées ({inv.chase})"
        else:
            reason = f"{PROMISE_REASON} au {_day(day)}" if day else f"{PROMISE_REASON} (sans date)"
            out.append(SetChase(n, Chase.PAUSED, until, reason))
            summary = (
                f"Promesse de paiement {when} : relances suspendues jusqu'au {_day(until)} ; "
                "si rien n'est payé d'ici là, relance ferme et appel"
            )
        out.append(Journal("promise", summary, n, cid))
    return out


def _duplicate_recipients(ctx: _Ctx, customer: CustomerFacts) -> tuple[tuple[str, ...], str]:
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


def _not_received(ctx: _Ctx, unpaid: Sequence[InvoiceFacts]) -> list[Effect]:
    out: list[Effect] = []
    span = dt.timedelta(days=ctx.settings.duplicate_min_days)
    fresh: dict[str, list[str]] = defaultdict(list)
    for inv in unpaid:
        last = inv.last_duplicate_at
        if last is not None and ctx.now - last < span:
            summary = (
                f"Facture non reçue selon {ctx.reply.sender}, mais un duplicata est déjà parti le "
                f"{_day(ctx.calendar.local(last))} : pas de nouvel envoi automatique avant le "
                f"{_day(ctx.calendar.local(last + span))}"
            )
            out.append(Journal("duplicate_skipped", summary, inv.number, inv.customer_id))
        else:
            fresh[inv.customer_id].append(inv.number)
    for cid, numbers in fresh.items():
        customer = ctx.customers.get(cid, CustomerFacts(cid))
        to, why = _duplicate_recipients(ctx, customer)
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


def _quote(excerpt: str) -> str:
    text = " ".join(excerpt.split())
    return f" : « {text[:160]}{'…' if len(text) > 160 else ''} »" if text else ""


def _dispute(ctx: _Ctx, unpaid: Sequence[InvoiceFacts]) -> list[Effect]:
    out: list[Effect] = []
    for inv in unpaid:
        n, cid = inv.number, inv.customer_id
        summary = f"Litige sur {n} : {ctx.reply.sender} conteste{_quote(ctx.reply.excerpt)}"
        out += [
            SetChase(n, Chase.STOPPED, None, "litige : contestation reçue par email"),
            ctx.task(Ask.CALL_DISPUTE, summary + " : appeler", cid, n),
            Journal(
                "chase_stopped", "Contestation reçue : relances arrêtées, appel demandé", n, cid
            ),
        ]
    return out


def _difficulty(ctx: _Ctx, unpaid: Sequence[InvoiceFacts]) -> list[Effect]:
    out: list[Effect] = []
    for inv in unpaid:
        n, cid = inv.number, inv.customer_id
        if inv.chase in PAUSABLE:
            reason = "difficulté de paiement : une personne décide (délai, échéancier)"
            out.append(SetChase(n, Chase.PAUSED, None, reason))
        summary = (
            f"Facture {n} : {ctx.reply.sender} signale une difficulté de paiement"
            f"{_quote(ctx.reply.excerpt)} : appeler (délai, échéancier)"
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


def _wrong_contact(ctx: _Ctx, unpaid: Sequence[InvoiceFacts]) -> list[Effect]:
    out: list[Effect] = []
    address = _valid_address(ctx.reply.new_contact)
    by_customer: dict[str, list[str]] = defaultdict(list)
    for inv in unpaid:
        by_customer[inv.customer_id].append(inv.number)
        if inv.chase in PAUSABLE:
            out.append(SetChase(inv.number, Chase.PAUSED, None, CONTACT_REASON))
    for cid, numbers in by_customer.items():
        if address:
            out.append(SuggestContact(cid, address))
            proposal = (
                f"adresse proposée : {address}, à confirmer (confirm-contact {cid} {address})"
            )
        else:
            proposal = "aucune autre adresse donnée : trouver le bon interlocuteur"
        summary = f"{ctx.reply.sender} n'est pas le bon interlocuteur pour {', '.join(numbers)} ; "
        out.append(ctx.task(Ask.CONFIRM_CONTACT, summary + proposal, cid, None))
        for n in numbers:
            line = "Mauvais interlocuteur : relances suspendues ; " + proposal
            out.append(Journal("chase_paused", line, n, cid))
    return out


def _other(ctx: _Ctx, unpaid: Sequence[InvoiceFacts]) -> list[Effect]:
    numbers = [i.number for i in unpaid]
    invoice = numbers[0] if len(numbers) == 1 else None
    customer = unpaid[0].customer_id
    summary = (
        f"Réponse de {ctx.reply.sender} sur {', '.join(numbers)} à lire{_quote(ctx.reply.excerpt)}"
    )
    out: list[Effect] = [ctx.task(Ask.READ_REPLY, summary, customer, invoice)]
    line = "Réponse non reconnue : une personne la lit ; les relances continuent"
    out += [Journal("reply_to_read", line, i.number, i.customer_id) for i in unpaid]
    return out


_HANDLERS = {
    "already_paid": _already_paid,
    "promise_to_pay": _promise,
    "not_received": _not_received,
    "dispute": _dispute,
    "payment_difficulty": _difficulty,
    "wrong_contact": _wrong_contact,
}
