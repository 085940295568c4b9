"""The rules' guard over the learned model: when the model may decide what the customer means.

The model reads wording the cues never saw; the cues see negation, conditions and dates
exactly, and explain themselves. The model decides when it is confident (its probability at
least the threshold chosen on held-out replies at training), except where a mistake would cost
a customer or a chase:
- a dispute or a payment difficulty the rules read stays with a person: the model may only
  move it to the other of the two or to a wrong contact (all read by a person, who calls),
  never to paid, a promise, "not received" (an invoice sent again without a word) nor to
  "other" (a message to read, where a dispute the rules saw would lose its call);
- the model alone never reassures: it may say "already paid" or "promise to pay" only when a
  cue of the rules says the customer paid or will pay somewhere in the reply (negated cues do
  not count), and no sign of trouble stands beside it (the safety net);
- it never makes an automatic reply or a bounce: it is not consulted when the structure of the
  message says automatic, and it has no such category.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from relancebot.classify.features import tokens
from relancebot.classify.learned import Reading, ReplyModel
from relancebot.classify.rules import Hit
from relancebot.classify.safety import safety_net

SERIOUS = frozenset(("dispute", "payment_difficulty"))
# Where the model may take what the rules read as serious: somewhere a person still reads it.
STILL_READ = SERIOUS | {"wrong_contact"}
REASSURING = frozenset(("already_paid", "promise_to_pay"))
# What relancebot acts on without a person: the model alone (no cue saying the same) must be
# surer to decide these: its `automatic_threshold`. Paid and promise need a cue in any case.
ACTED_ON_ALONE = REASSURING | {"not_received"}
PAYMENT_WORDS = frozenset(
    [
        "paye",
        "payee",
        "payes",
        "payees",
        "payer",
        "paie",
        "paiement",
        "paiements",
        "regle",
        "reglee",
        "regles",
        "reglees",
        "regler",
        "reglement",
        "virement",
        "virements",
        "vire",
        "viree",
        "vires",
        "virees",
        "verse",
        "versee",
        "versement",
        "cheque",
        "cheques",
        "solde",
        "soldee",
        "acquitte",
        "acquittee",
        "prelevement",
        "prelevee",
        "mandat",
        "mandatee",
        "mandatement",
        "lcr",
        "traite",
        "paid",
        "pay",
        "paying",
        "payment",
        "payments",
        "settled",
        "settle",
        "settlement",
        "transfer",
        "transferred",
        "transfers",
        "wired",
        "wire",
        "remittance",
        "check",
        "cheque",
        "remitted",
    ]
)
LABELS_FR = {
    "dispute": "contestation",
    "payment_difficulty": "difficulté de paiement",
    "wrong_contact": "mauvais interlocuteur",
    "not_received": "facture non reçue",
    "already_paid": "déjà payé",
    "promise_to_pay": "promesse de paiement",
    "other": "autre",
}


@dataclass(frozen=True)
class Verdict:
    category: str
    reason: str | None  # what to tell a person about the model, if anything
    decided_by_model: bool


def _words(reading: Reading) -> str:
    return ", ".join(f"« {w} »" for w in reading.words) or "l'ensemble du texte"


def arbitrate(
    rules_category: str,
    reading: Reading,
    model: ReplyModel,
    hits: Sequence[Hit],
    folded: str,
) -> Verdict:
    """The final category of a customer's reply, given the rules' and the model's readings."""
    proposed = reading.category
    share = f"{reading.probability:.0%}".replace("%", " %")
    said = f"le modèle : {_words(reading)} ({LABELS_FR.get(proposed, proposed)}, {share})"
    if reading.probability < model.threshold:
        return Verdict(rules_category, None, False)
    if proposed == rules_category:
        return Verdict(rules_category, said, False)
    refusal = _refusal(rules_category, proposed, reading, model, hits, folded)
    if refusal is not None:
        return Verdict(rules_category, f"{said} ; écarté : {refusal}", False)
    return Verdict(proposed, said, True)


def _supported(proposed: str, hits: Sequence[Hit], folded: str) -> bool:
    """The rules see the same kind of thing in the reply: a cue of that category, not negated,
    or, for a payment or a promise, a word of payment that no negation or condition governs
    ("virement", "réglé", "transfer", but not "pas encore payé", "if you paid")."""
    kin = REASSURING if proposed in REASSURING else {proposed}
    if any(h.category in kin and not h.negated for h in hits):
        return True
    return proposed in REASSURING and any(t.text in PAYMENT_WORDS for t in tokens(folded))


def _refusal(
    rules_category: str,
    proposed: str,
    reading: Reading,
    model: ReplyModel,
    hits: Sequence[Hit],
    folded: str,
) -> str | None:
    if proposed not in LABELS_FR:
        return "catégorie hors de sa portée"
    if rules_category in SERIOUS and proposed not in STILL_READ:
        return f"les formules disent {LABELS_FR[rules_category]}"
    if proposed in REASSURING:
        if not _supported(proposed, hits, folded):
            return "aucune formule ne le dit"
        _, caution = safety_net({proposed}, folded)
        return caution
    alone = proposed in ACTED_ON_ALONE and not _supported(proposed, hits, folded)
    if alone and reading.probability < model.automatic_threshold:
        return "pas assez sûr pour agir seul"
    return None
