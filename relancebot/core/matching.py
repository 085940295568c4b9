"""Which invoices a bank credit pays: certainly, probably, or none we can tell, and why, in
French. Pure: the credit, the invoices with what remains due (relancebot.core.ledger), the
payers learned; no I/O, no clock.

The rules, in order; the first that says something decides:

1. The remittance text or the end-to-end id names invoices of the store (their number, or a
   valid RF creditor reference: relancebot.core.remittance). One invoice: CERTAIN, the whole
   credit goes to it (a partial payment, or an overpayment noted as such). Several whose
   balances add up exactly to the credit: CERTAIN. Otherwise PROBABLE, spread oldest first.
   Named invoices all in another currency: NONE, for a person to look at.
2. The payer's IBAN was learned for one customer (from an earlier certain or accepted match):
   its one open invoice of exactly that amount is CERTAIN; several or none, PROBABLE (the
   oldest of that amount, or the customer's oldest open invoices).
3. The payer's name was learned for a customer, or resembles one customer's name: PROBABLE,
   on its invoice of exactly that amount, else on its oldest open invoices. Never certain: a
   name is not an identity.
4. Exactly one open invoice, of any customer, of exactly that amount: PROBABLE.
Else NONE. A credit never pays an invoice in another currency.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from relancebot.core.ledger import (
    ZERO,
    Invoice,
    Ledger,
    Match,
    Verdict,
    money,
    oldest_first,
    short_iban,
    spread,
)
from relancebot.core.payer_names import fold_name, resembles
from relancebot.core.remittance import Named
from relancebot.importing.statements import StatementLine

__all__ = ["Ledger", "Match", "Verdict", "match_credit"]


def match_credit(line: StatementLine, ledger: Ledger) -> Match:
    """What the credit `line` (amount > 0) pays, by the rules above, in order."""
    for rule in (_by_reference, _by_iban, _by_name, _by_amount):
        found = rule(line, ledger)
        if found is not None:
            return found
    return Match(Verdict.NONE, _nothing(line, ledger))


def payer_label(text: str, width: int = 60) -> str:
    """A payer's name or a remittance as the bank wrote it, made safe to print: no control
    or bidirectional characters, one line, at most `width` characters."""
    plain = " ".join(_UNPRINTABLE.sub(" ", _ESCAPES.sub("", text)).split())
    return plain[:width] + ("…" if len(plain) > width else "")


_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-_])")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _notes(amount: Decimal, outstanding: Decimal, currency: str) -> str:
    """ "; paiement partiel, reste dû …" or "; trop-perçu de …", for one invoice named."""
    if amount < outstanding:
        return f" ; paiement partiel, reste dû {money(outstanding - amount, currency)}"
    if amount > outstanding:
        return f" ; trop-perçu de {money(amount - outstanding, currency)}"
    return ""


def _by_reference(line: StatementLine, ledger: Ledger) -> Match | None:
    found: list[tuple[Invoice, Named, str]] = []
    for text, where in (
        (line.remittance, "dans le libellé"),
        (line.end_to_end, "dans l'identifiant de bout en bout"),
    ):
        for item in ledger.numbers.named_in(text) if text else ():
            if all(item.number != invoice.number for invoice, _, _ in found):
                found.append((ledger.invoices[item.number], item, where))
    if not found:
        return None
    said = _said(found)
    found_invoices = [(invoice, where) for invoice, _, where in found]
    cur, amount = line.currency, line.amount
    same = [invoice for invoice, _ in found_invoices if invoice.currency == cur]
    if not same:
        theirs = ", ".join(sorted({i.currency for i, _ in found_invoices}))
        return Match(
            Verdict.NONE,
            f"{said}, mais le virement est en {cur} et la facture en {theirs} : à voir",
            customer_id=found_invoices[0][0].customer_id,
        )
    unpaid = oldest_first(i for i in same if i.open)
    if not unpaid:
        allocation, over = spread(amount, same)
        paid = ", ".join(i.number for i in same)
        return Match(
            Verdict.PROBABLE,
            f"{said}, mais {paid} déjà soldée(s) : trop-perçu ou paiement en double ?",
            allocation,
            same[0].customer_id,
            over,
        )
    if len(same) == 1:
        invoice = same[0]
        return Match(
            Verdict.CERTAIN,
            said + _notes(amount, invoice.outstanding, cur),
            ((invoice.number, amount),),
            invoice.customer_id,
            max(amount - invoice.outstanding, ZERO),
        )
    total = sum((i.outstanding for i in unpaid), ZERO)
    if total == amount:
        return Match(
            Verdict.CERTAIN,
            f"{said}, dont les restes dus font exactement {money(amount, cur)}",
            tuple((i.number, i.outstanding) for i in unpaid),
            unpaid[0].customer_id,
        )
    allocation, over = spread(amount, unpaid)
    return Match(
        Verdict.PROBABLE,
        f"{said}, mais leurs restes dus ({money(total, cur)}) ne font pas {money(amount, cur)} :"
        " réparti de la plus ancienne à la plus récente",
        allocation,
        unpaid[0].customer_id,
        over,
    )


def _said(found: list[tuple[Invoice, Named, str]]) -> str:
    """ "numéros F-1, F-2 dans le libellé et référence RF… dans l'identifiant de bout en bout"."""
    parts = []
    for where in dict.fromkeys(w for _, _, w in found):
        named = [n for _, n, w in found if w == where]
        for kind, plural in (("numéro", "numéros"), ("référence", "références")):
            spelled = [n.reference or n.number for n in named if n.how.startswith(kind)]
            if spelled:
                parts.append(f"{plural if len(spelled) > 1 else kind} {', '.join(spelled)} {where}")
    return " et ".join(parts)


def _on_customer(
    line: StatementLine, ledger: Ledger, customer: str, who: str, *, certain_if_one: bool
) -> Match:
    """A customer is known (by IBAN or name): its invoice of exactly that amount, else its
    oldest open invoices."""
    opens = ledger.open_of(customer, line.currency)
    cur, amount = line.currency, line.amount
    exact = [i for i in opens if i.outstanding == amount]
    if len(exact) == 1:
        verdict = Verdict.CERTAIN if certain_if_one else Verdict.PROBABLE
        reason = f"{who}, montant exact de {exact[0].number}"
        return Match(verdict, reason, ((exact[0].number, amount),), customer)
    if exact:
        numbers = ", ".join(i.number for i in exact)
        return Match(
            Verdict.PROBABLE,
            f"{who}, {len(exact)} factures de {money(amount, cur)} ({numbers}) : la plus"
            f" ancienne, {exact[0].number}, proposée",
            ((exact[0].number, amount),),
            customer,
        )
    allocation, over = spread(amount, opens)
    return Match(
        Verdict.PROBABLE,
        f"{who}, aucune facture de {money(amount, cur)} : réparti sur ses plus anciennes",
        allocation,
        customer,
        over,
    )


def _by_iban(line: StatementLine, ledger: Ledger) -> Match | None:
    if not line.payer_iban:
        return None
    customers = ledger.customers_paying_with("iban", line.payer_iban)
    if not customers:
        return None
    iban = short_iban(line.payer_iban)
    if len(customers) > 1:  # an accountant or a group paying for several customers
        names = ", ".join(ledger.name(c) for c in customers)
        return _one_exact(line, ledger, customers, f"IBAN {iban} connu pour {names}")
    customer = customers[0]
    who = f"IBAN {iban} connu pour {ledger.name(customer)}"
    if not ledger.open_of(customer, line.currency):
        return Match(
            Verdict.NONE, f"{who}, mais aucune facture ouverte en {line.currency}", (), customer
        )
    return _on_customer(line, ledger, customer, who, certain_if_one=True)


def _by_name(line: StatementLine, ledger: Ledger) -> Match | None:
    folded = fold_name(line.payer_name)
    if not folded:
        return None
    payer = payer_label(line.payer_name)
    customers = ledger.customers_paying_with("name", folded)
    if customers:
        who = f"nom « {payer} » déjà vu pour {{}}"
    else:
        customers = sorted(c for c in ledger.by_customer if resembles(ledger.name(c), payer))
        who = f"nom « {payer} » proche du client {{}}"
    customers = [c for c in customers if ledger.open_of(c, line.currency)]
    if len(customers) == 1:
        customer = customers[0]
        said = who.format(ledger.name(customer))
        return _on_customer(line, ledger, customer, said, certain_if_one=False)
    if customers:
        names = ", ".join(ledger.name(c) for c in customers)
        return _one_exact(line, ledger, customers, who.format(names))
    return None


def _one_exact(
    line: StatementLine, ledger: Ledger, customers: Sequence[str], who: str
) -> Match | None:
    """Among several customers, the one open invoice of exactly that amount, if only one."""
    exact = [
        i
        for c in customers
        for i in ledger.open_of(c, line.currency)
        if i.outstanding == line.amount
    ]
    if len(exact) != 1:
        return None
    invoice = exact[0]
    return Match(
        Verdict.PROBABLE,
        f"{who}, montant exact de {invoice.number} ({invoice.customer_name})",
        ((invoice.number, line.amount),),
        invoice.customer_id,
    )


def _by_amount(line: StatementLine, ledger: Ledger) -> Match | None:
    exact = _exact_amount(line, ledger)
    if len(exact) != 1:
        return None
    invoice = exact[0]
    payer = payer_label(line.payer_name)
    return Match(
        Verdict.PROBABLE,
        f"montant exact de {invoice.number} ({invoice.customer_name}), seule facture ouverte de"
        f" ce montant ; {f'payeur « {payer} » inconnu' if payer else 'payeur non indiqué'}",
        ((invoice.number, line.amount),),
        invoice.customer_id,
    )


def _exact_amount(line: StatementLine, ledger: Ledger) -> list[Invoice]:
    return oldest_first(
        i
        for i in ledger.invoices.values()
        if i.open and i.currency == line.currency and i.outstanding == line.amount
    )


def _nothing(line: StatementLine, ledger: Ledger) -> str:
    same = _exact_amount(line, ledger)
    amount = money(line.amount, line.currency)
    what = (
        f"aucune facture ouverte de {amount}"
        if not same
        else f"{len(same)} factures ouvertes de {amount} ({', '.join(i.number for i in same)})"
    )
    return f"aucun numéro de facture ni référence, payeur inconnu, {what}"
