"""What the classifier settles after the cues, in this order: ADJUSTMENTS.

The cues say which categories a reply's words reach (`rules.said`); each adjustment below may
then drop or add one, for a reason its docstring gives. They run in the order of the list, each
seeing what the previous ones left, and each one that changes something is named in
`classify --explain` ("adjust.handed_on").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from relancebot.classify.cue import WEAK
from relancebot.classify.rules import Hit, hints_only
from relancebot.classify.safety import safety_net
from relancebot.classify.waiting import handed_on


@dataclass(frozen=True)
class Evidence:
    hits: tuple[Hit, ...]
    scores: dict[str, float]
    folded: str  # the customer's words, folded, known addresses masked
    subject: str
    auto_strength: str | None  # what the automatic-reply detector found, if anything


# An adjustment: the categories so far and the evidence → new categories and, when it changed
# something, a reason worth showing to a person (or "" when the change explains itself).
Adjustment = Callable[[frozenset[str], Evidence], tuple[frozenset[str], str | None]]


def handed_on_is_no_redirection(
    content: frozenset[str], evidence: Evidence
) -> tuple[frozenset[str], str | None]:
    """A forward to a colleague ("TR:", "Fwd:") or "je transmets à ...", naming no address:
    the writer passes it on himself; our reminders need not go elsewhere."""
    if "wrong_contact" in content and handed_on(evidence.subject, evidence.folded):
        return content - {"wrong_contact"}, ""
    return content, None


def hinted_dispute_beside_difficulty(
    content: frozenset[str], evidence: Evidence
) -> tuple[frozenset[str], str | None]:
    """ "Ça fait deux mois" + "la moitié le 10" beside instalments: hints of a dispute told
    with a payment difficulty are the story of the difficulty."""
    if {"dispute", "payment_difficulty"} <= content and hints_only(list(evidence.hits), "dispute"):
        return content - {"dispute"}, ""
    return content, None


def lone_difficulty_hint(
    content: frozenset[str], evidence: Evidence
) -> tuple[frozenset[str], str | None]:
    """A lone hint of money trouble ("la trésorerie", "plus tard") in a reply that says nothing
    else: a person reads it rather than the chase going on as if unanswered."""
    if not content and evidence.scores.get("payment_difficulty", 0.0) >= WEAK:
        return frozenset({"payment_difficulty"}), ""
    return content, None


def trouble_beside_reassurance(
    content: frozenset[str], evidence: Evidence
) -> tuple[frozenset[str], str | None]:
    """The safety net (`safety.py`): a payment or a promise said beside any sign of a dispute
    or a difficulty never reassures alone. Not for a full automatic reply."""
    if evidence.auto_strength not in (None, "body"):
        return content, None
    widened, caution = safety_net(set(content), evidence.folded)
    if caution is None:
        return content, None
    return frozenset(widened), caution


ADJUSTMENTS: tuple[Adjustment, ...] = (
    handed_on_is_no_redirection,
    hinted_dispute_beside_difficulty,
    lone_difficulty_hint,
    trouble_beside_reassurance,
)


def adjust(
    content: frozenset[str], evidence: Evidence
) -> tuple[frozenset[str], list[str], list[str]]:
    """Runs ADJUSTMENTS in order: the categories, the reasons to show, the names applied."""
    reasons: list[str] = []
    applied: list[str] = []
    for adjustment in ADJUSTMENTS:
        changed, reason = adjustment(content, evidence)
        if reason is not None:
            applied.append(f"adjust.{adjustment.__name__}")
            if reason:
                reasons.append(reason)
        content = changed
    return content, reasons, applied
