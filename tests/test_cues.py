"""Every hand-written cue of the reply classifier holds to its own example and near miss.

A cue's example is a sentence as a customer writes it: folded like a real reply, it must make
the cue fire (a hit of the cue's category, not negated, naming the cue). Its near miss is a
close sentence on which the cue must not say its category: no match, or a negated or
conditional one, or a payment moved to the future. Run through the real find_hits, so the
negation and tense rules of rules.py apply as they do on a reply.
"""

from __future__ import annotations

import re

import pytest

from relancebot.classify.cue import Cue
from relancebot.classify.cues import CUES, MODULES
from relancebot.classify.model import CATEGORIES
from relancebot.classify.normalise import normalise
from relancebot.classify.rules import CUES as RULES_CUES
from relancebot.classify.rules import find_hits

# "wait_money" never ends a reply: waiting.py turns it into a difficulty or a promise.
CUE_CATEGORIES = (
    "dispute",
    "payment_difficulty",
    "wrong_contact",
    "not_received",
    "already_paid",
    "promise_to_pay",
    "wait_money",
)
_ID = re.compile(
    rf"(?P<category>{'|'.join(CUE_CATEGORIES)})\.(?:fr|en|any)\.[a-z0-9]+(?:-[a-z0-9]+)*"
)


def _fires(cue: Cue, sentence: str) -> list[str]:
    """What the cue says of its category in the sentence, not negated."""
    folded = normalise(sentence)[0]
    return [
        folded[h.start : h.end]
        for h in find_hits(folded)
        if h.cue_id == cue.id and h.category == cue.category and not h.negated
    ]


def test_the_rules_read_every_cue_of_the_package() -> None:
    assert RULES_CUES == CUES
    assert len(CUES) == sum(len(module.CUES) for module in MODULES)


def test_cue_ids_are_unique_and_well_formed() -> None:
    ids = [c.id for c in CUES]
    assert len(set(ids)) == len(ids), sorted({i for i in ids if ids.count(i) > 1})
    for c in CUES:
        match = _ID.fullmatch(c.id)
        assert match, f"{c.id!r}: expected category.(fr|en|any).theme[-n]"
        assert match["category"] == c.category


def test_each_module_holds_one_category() -> None:
    for module in MODULES:
        name = module.__name__.rsplit(".", 1)[-1]
        assert {c.category for c in module.CUES} == {
            next(cat for cat in CUE_CATEGORIES if name.startswith(cat))
        }, name


def test_every_category_has_cues() -> None:
    found = {c.category for c in CUES}
    assert found == set(CUE_CATEGORIES)
    reply_categories = set(CATEGORIES) - {"other", "auto_reply", "bounce"}
    assert reply_categories <= found


def test_examples_and_near_misses_are_written_out() -> None:
    for c in CUES:
        assert c.example.strip() and c.near_miss.strip(), c.id
        assert c.example != c.near_miss, c.id
        assert c.weight > 0, c.id


@pytest.mark.parametrize("cue", CUES, ids=lambda c: c.id)
def test_cue_matches_its_example(cue: Cue) -> None:
    assert _fires(cue, cue.example), f"{cue.id} does not fire on {cue.example!r}"


@pytest.mark.parametrize("cue", CUES, ids=lambda c: c.id)
def test_cue_stays_silent_on_its_near_miss(cue: Cue) -> None:
    fired = _fires(cue, cue.near_miss)
    assert not fired, f"{cue.id} fires on its near miss {cue.near_miss!r}: {fired}"
