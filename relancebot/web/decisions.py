"""A person's decisions from the pages, each through the library function its command calls
(relancebot.store.chase, relancebot.review.calls, relancebot.outgoing.decisions), journalled
with who acted: ``web:<user>``.

Each takes (app, ..., now, actor), runs inside the transaction relancebot.web.context.change
opened, and returns the French sentence shown to the person.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from relancebot.app import App
from relancebot.core.calls import OUTCOMES_FR
from relancebot.core.calls import check_call as check_library_call
from relancebot.core.money import format_money
from relancebot.errors import InvalidDecision, NotAllowedNow
from relancebot.outgoing import decisions as outbox_decisions
from relancebot.review.calls import log_call
from relancebot.review.cases import Target
from relancebot.store import chase
from relancebot.store.records import record_event

# The call's outcomes as the form offers them: the library's, and two ways of not reaching
# anyone, recorded as `no_answer` with what happened at the head of the note.
NO_ANSWER_KINDS = {"message_left": "Message laissé", "unreachable": "Injoignable"}
CALL_OUTCOMES = {
    "paid": "Réglé (le solde est enregistré comme payé)",
    "promise": "Promesse de paiement (à la date ci-dessous)",
    "dispute": "Litige",
    "difficulty": "Difficulté de paiement, plan convenu (jusqu'à la date ci-dessous)",
    "no_answer": "Pas de réponse (rappeler à la date ci-dessous, sinon le prochain jour ouvré)",
    "message_left": "Message laissé (idem)",
    "unreachable": "Injoignable (idem)",
}


def library_call(outcome: str, note: str) -> tuple[str, str]:
    """(the library's outcome, the note as recorded) for an outcome of the form."""
    if outcome not in CALL_OUTCOMES:
        raise InvalidDecision(f"issue de l'appel inconnue : {outcome!r}")
    said = NO_ANSWER_KINDS.get(outcome)
    if said is None:
        return outcome, note
    return "no_answer", f"{said} — {note}" if note else said


def check_call(outcome: str, day: dt.date | None, *, confirm: bool) -> None:
    """The refusals of `relancebot call`, before anything is shown or written."""
    check_library_call(library_call(outcome, "")[0], day, confirm)


def record_call(
    app: App,
    target: Target,
    outcome: str,
    note: str,
    day: dt.date | None,
    confirm: bool,
    now: dt.datetime,
    actor: str,
) -> str:
    recorded, note = library_call(outcome, note)
    result = log_call(app, target, recorded, note, day, confirm, now, actor=actor)
    said = NO_ANSWER_KINDS.get(outcome, OUTCOMES_FR[recorded])
    again = f" Rappel prévu le {day:%d/%m/%Y}." if recorded == "no_answer" and day else ""
    return f"Appel noté pour {', '.join(target.numbers)} : {said}.{again}" + (
        " Confirmation en file d'envoi." if result.outbox_id else ""
    )


def pause(app: App, number: str, until: dt.date, note: str, now: dt.datetime, actor: str) -> str:
    calendar = app.settings.business_calendar()
    chase.pause(app.db, number, until, now, actor=actor, calendar=calendar, note=note)
    return f"{number} : relances suspendues jusqu'au {until:%d/%m/%Y}."


def resume(app: App, number: str, now: dt.datetime, actor: str) -> str:
    chase.resume(app.db, number, now, actor=actor)
    return f"{number} : relances reprises."


def stop_emails(app: App, customer_id: str, now: dt.datetime, actor: str) -> str:
    chase.stop_customer(app.db, customer_id, now, actor=actor)
    return "Plus aucun email de relance pour ce client ; l'appel à 30 jours reste signalé."


def mark_paid(
    app: App, number: str, amount: Decimal | None, day: dt.date, now: dt.datetime, actor: str
) -> str:
    paid = chase.record_payment(app.db, number, amount, day, now, actor=actor)
    settled = app.db.execute("SELECT paid_at FROM invoices WHERE number = ?", [number]).fetchone()
    return f"{number} : paiement de {format_money(paid)} enregistré" + (
        " ; facture soldée." if settled and settled[0] else "."
    )


def confirm_contact(
    app: App, customer_id: str, address: str, replace: bool, now: dt.datetime, actor: str
) -> str:
    resumed = chase.confirm_contact(app.db, customer_id, address, now, actor=actor, replace=replace)
    return f"{address.lower()} confirmée" + (
        f", {resumed} facture(s) à nouveau relancée(s)." if resumed else "."
    )


def letter_prepared(app: App, target: Target, now: dt.datetime, actor: str) -> str:
    """Journalled when the person asks for the formal notice; the PDF is made as it is read."""
    from relancebot.review.letter import DEADLINE_DAYS  # fpdf: only when a letter is asked

    if not target.numbers:
        raise NotAllowedNow(
            f"{target.customer_id} : aucune facture impayée, pas de mise en demeure"
        )
    deadline = app.settings.business_calendar().local(now).date() + dt.timedelta(DEADLINE_DAYS)
    for number in target.numbers:
        record_event(
            app.db,
            now,
            "letter_prepared",
            "Mise en demeure préparée (pages web), à signer par la direction ;"
            f" délai au {deadline:%d/%m/%Y}",
            invoice=number,
            customer=target.customer_id,
            actor=actor,
        )
    return "Mise en demeure préparée : à signer, puis envoyer en recommandé AR."


def settle_message(app: App, outbox_id: int, sent: bool, now: dt.datetime, actor: str) -> str:
    summary = (
        f"Message #{outbox_id} confirmé envoyé par une personne"
        if sent
        else f"Message #{outbox_id} remis en file par une personne"
    )
    outbox_decisions.settle(app.db, outbox_id, sent=sent, summary=summary, now=now, actor=actor)
    return summary


def dismiss_message(app: App, outbox_id: int, note: str, now: dt.datetime, actor: str) -> str:
    return outbox_decisions.dismiss(app.db, outbox_id, note=note, now=now, actor=actor)
