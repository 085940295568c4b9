"""Weighted cues over the customer's own words: negation scope, tense, and per-category scores.

Every cue found is a Hit that quotes the customer's words. A negatable cue is dropped when its
clause negates or conditions it ("nous ne contestons pas", "si vous avez déjà payé"). A payment
said in the future ("sera réglée le 15", "will be paid") is a promise, not a payment made.
A category is "said" when its cues add up to THRESHOLD: one strong cue, or two weak hints
("rayure" + "depuis six semaines"). A lone hint says nothing.

The cues live in relancebot/classify/cues/, one module per category; every Hit names the cue
that fired (cue_id). What is read around a cue (tense, condition, question, negation) is
HIT_ADJUSTMENTS: small named steps applied in order to every cue found.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from relancebot.classify.cue import Cue
from relancebot.classify.cues import CUES
from relancebot.classify.needles import needles

__all__ = [
    "CUES",
    "HIT_ADJUSTMENTS",
    "THRESHOLD",
    "Hit",
    "HitAdjustment",
    "Reading",
    "find_hits",
    "hints_only",
    "said",
    "scores",
]

THRESHOLD = 1.0

_CLAUSE_BREAK = re.compile(
    r"[.;:!?,\n()]|\b(mais|but|cependant|however|par contre|en revanche|alors que|et|and|car"
    r"|because|puisque|since)\b"
)
_NEGATION_BEFORE = re.compile(
    r"(\bne\b|\bn'|\bpas\b|\bjamais\b|\baucune?\b|\bnot\b|\bno\b(?!\.?\s*\d)|\bnever\b|n't\b|"
    r"\bsans\b|\bwithout\b|\bnon\b|\bni\b|\bsi\b|\bif\b|\bunless\b|\bsauf\b|\bwhether\b|"
    r"\bau cas ou\b|\bin case\b)"
    # A purpose or a condition just before the cue: "pour vous payer", "avant de régler".
    r"|\b(avant de|before|pour|pour pouvoir|afin de|in order to|so we can)\s*$"
)
# "Si vous voulez, on peut faire en 2 fois": an offer made politely, not a condition.
_POLITE_IF = re.compile(
    r"\b(si|if) (vous|tu|you|that|ca|cela|it) (le |l')?(voulez|veux|souhaitez|preferez|etes d'acc"
    r"ord"
    r"|acceptez|like|prefer|want|wish|agree|suits?|works?|helps?|is ok|vous va|vous convient"
    r"|vous arrange|convient|arrange|va)\b"
)
_CONDITION_BEFORE = re.compile(r"\b(si|if|unless|au cas ou|in case|whether)\b")
# "Nos règlements sont effectués le 15 de chaque mois": a habit announces a payment to come.
_HABIT_AFTER = re.compile(
    r"^\s*(le \d+ |(on )?the \d+\w* |\d+\w* |en fin |a la fin )?(de chaque|chaque|tous les"
    r"|toutes les|every|each|of each|of every)\b"
)
_ABOUT_THE_FILE = re.compile(r"\b(fichier|pdf|piece jointe|pj|attachment|file|lien|link)s?\b")
# Bank details that "do not match" are no dispute about the invoice.
_BANK_DETAILS = re.compile(r"\b(rib|iban|bic|coordonnees bancaires|bank details|sort code)\b")
_PRESENT_SUBJECT = re.compile(r"\b(je|on|nous|tu) (vous |te )?$")
_PRESENT_VERB = re.compile(r"(paye|paie|regle|vire|verse|solde)\b")
_WH = re.compile(
    r"\s*(bonjour,? |hello,? |hi,? )?(quel|quelle|quels|quelles|what|which|how|comment|combien|"
    r"pourquoi|why|when|quand)\b"
)
_NEGATION_AFTER = re.compile(r"^\s*(pas|plus|jamais|point|yet)\b")
_FUTURE_BEFORE = re.compile(
    r"\b(sera|seront|serait|va etre|vont etre|devrait etre|pourra etre|will|shall|'ll|going to"
    r"|to be|would be|once|des que|une fois|quand|lorsque|d'ici|avant)\b"
)


@dataclass(frozen=True)
class Hit:
    category: str
    start: int
    end: int
    negated: bool
    weight: float = 1.0
    src: tuple[int, int] | None = None  # the span in the customer's original text
    cue_id: str = ""  # the cue that fired ("dispute.fr.contest")

    def mapped(self, start: int, end: int) -> Hit:
        return replace(self, src=(start, end))


def _clause_prefix(folded: str, start: int) -> str:
    window = folded[max(0, start - 60) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


def _asked(folded: str, start: int) -> bool:
    """The cue sits in a question that opens with a question word."""
    opening = max(folded.rfind(c, 0, start) for c in ".!?\n") + 1
    closing = min((i for i in (folded.find(c, start) for c in ".!?\n") if i != -1), default=-1)
    return closing != -1 and folded[closing] == "?" and bool(_WH.match(folded, opening))


def _present(folded: str, start: int) -> bool:
    """ "Je paye le solde", "on vire": a subject and a present tense, not a payment made."""
    return bool(_PRESENT_VERB.match(folded, start)) and bool(
        _PRESENT_SUBJECT.search(folded[max(0, start - 12) : start])
    )


@dataclass(frozen=True)
class Reading:
    """One cue found in the folded text, as the adjustments read it and change it."""

    cue: Cue
    folded: str
    start: int
    end: int
    prefix: str  # the cue's clause before it, a polite "si vous voulez" blanked out
    category: str
    negated: bool


HitAdjustment = Callable[[Reading], Reading]


def future_is_a_promise(reading: Reading) -> Reading:
    """A payment said in the future is a promise: "sera réglée le 15", "will be paid Friday"."""
    folded, start, end = reading.folded, reading.start, reading.end
    if reading.category == "already_paid" and _FUTURE_BEFORE.search(
        reading.prefix + folded[start:end]
    ):
        return replace(reading, category="promise_to_pay")
    return reading


def present_is_a_promise(reading: Reading) -> Reading:
    """A payment said in the present or as a habit is to come: "je paye le solde vendredi",
    "nos règlements sont effectués le 15 de chaque mois"."""
    folded, start, end = reading.folded, reading.start, reading.end
    if reading.category == "already_paid" and (
        _HABIT_AFTER.match(folded[end : end + 40]) or _present(folded, start)
    ):
        return replace(reading, category="promise_to_pay")
    return reading


def condition_negates(reading: Reading) -> Reading:
    """Any cue under a condition says nothing: "si vous avez déjà payé", "if it is wrong"."""
    if _CONDITION_BEFORE.search(reading.prefix):
        return replace(reading, negated=True)
    return reading


def question_negates_payment(reading: Reading) -> Reading:
    """A payment in a question is no statement: "Quel est le délai de paiement prévu ?"."""
    if reading.category in ("already_paid", "promise_to_pay") and _asked(
        reading.folded, reading.start
    ):
        return replace(reading, negated=True)
    return reading


def file_or_bank_details_negate_dispute(reading: Reading) -> Reading:
    """A fault in the attachment or bank details that do not match is no dispute about the
    invoice: "le fichier semble endommagé", "the IBAN does not match"."""
    folded, start = reading.folded, reading.start
    if reading.category == "dispute" and (
        _ABOUT_THE_FILE.search(reading.prefix)
        or _BANK_DETAILS.search(folded[max(0, start - 100) : start])
    ):
        return replace(reading, negated=True)
    return reading


def negation_negates(reading: Reading) -> Reading:
    """A negatable cue is dropped when its clause negates it, before ("nous ne contestons
    pas") or just after ("réglée ? pas encore")."""
    if reading.cue.negatable and not reading.negated:
        folded, end = reading.folded, reading.end
        negated = bool(_NEGATION_BEFORE.search(reading.prefix)) or bool(
            _NEGATION_AFTER.match(folded[end : end + 12])
        )
        return replace(reading, negated=negated)
    return reading


# Applied in this order to every cue found: the tense first (it may change the category the
# later steps look at), then the steps that negate; the plain negation comes last, as it only
# looks when nothing else has negated the cue.
HIT_ADJUSTMENTS: tuple[HitAdjustment, ...] = (
    future_is_a_promise,
    present_is_a_promise,
    condition_negates,
    question_negates_payment,
    file_or_bank_details_negate_dispute,
    negation_negates,
)


def _hit(cue: Cue, folded: str, start: int, end: int) -> Hit:
    prefix = _POLITE_IF.sub(" ", _clause_prefix(folded, start))
    reading = Reading(cue, folded, start, end, prefix, cue.category, False)
    for adjust in HIT_ADJUSTMENTS:
        reading = adjust(reading)
    return Hit(reading.category, start, end, reading.negated, cue.weight, cue_id=cue.id)


@lru_cache(maxsize=1)
def _cues_with_needles() -> tuple[tuple[Cue, tuple[str, ...] | None], ...]:
    return tuple((cue, needles(cue.pattern)) for cue in CUES)


def find_hits(folded: str) -> list[Hit]:
    hits: list[Hit] = []
    for cue, needed in _cues_with_needles():
        # A cue none of whose needles is in the text cannot match it: not run (same hits).
        if needed is not None and not any(needle in folded for needle in needed):
            continue
        for match in cue.pattern.finditer(folded):
            start, end = match.span()
            if end > start:
                hits.append(_hit(cue, folded, start, end))
    hits.sort(key=lambda hit: (hit.start, -hit.end))
    return hits


def scores(hits: list[Hit]) -> dict[str, float]:
    """Sum of the weights of the distinct, non-negated cues of each category."""
    total: dict[str, float] = {}
    seen: set[tuple[str, int]] = set()
    for hit in hits:
        if hit.negated or (hit.category, hit.start) in seen:
            continue
        seen.add((hit.category, hit.start))
        total[hit.category] = total.get(hit.category, 0.0) + hit.weight
    return total


def said(total: dict[str, float]) -> set[str]:
    """Categories the reply says: those whose cues reach the threshold."""
    return {category for category, score in total.items() if score >= THRESHOLD}


def hints_only(hits: list[Hit], category: str) -> bool:
    """The category is said by hints alone (no cue that decides by itself)."""
    return not any(h.category == category and not h.negated and h.weight >= THRESHOLD for h in hits)
