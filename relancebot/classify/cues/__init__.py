"""Every hand-written cue of the reply classifier, one module per category.

A cue lives with its category (split by language or theme where a module would grow long), has
an id ("dispute.fr.contest"), an example it must match and a near miss it must not say; the
fragments shared by several cues are in fragments.py. To add a cue: write it at the end of the
module of its category, with its example and near miss, and run tests/test_cues.py.

The order of CUES is the order in which rules.find_hits tries them: within a category it decides
which of two cues found at the same place counts (scores() keeps the first), so a new cue goes
after the ones already there.
"""

from __future__ import annotations

from relancebot.classify.cue import Cue
from relancebot.classify.cues import (
    already_paid,
    dispute_concepts,
    dispute_en,
    dispute_fr,
    dispute_terms,
    not_received_concepts,
    not_received_fr,
    payment_difficulty_concepts,
    payment_difficulty_en,
    payment_difficulty_fr,
    promise_to_pay_concepts,
    promise_to_pay_fr,
    wait_money,
    wrong_contact_concepts,
    wrong_contact_en,
    wrong_contact_fr,
)

# Category by category, each in the order its modules are listed.
MODULES = (
    dispute_fr,
    dispute_en,
    dispute_concepts,
    dispute_terms,
    payment_difficulty_fr,
    payment_difficulty_en,
    payment_difficulty_concepts,
    wrong_contact_fr,
    wrong_contact_en,
    wrong_contact_concepts,
    not_received_fr,
    not_received_concepts,
    already_paid,
    promise_to_pay_fr,
    promise_to_pay_concepts,
    wait_money,
)
CUES: tuple[Cue, ...] = tuple(c for module in MODULES for c in module.CUES)

__all__ = ["CUES", "MODULES"]
