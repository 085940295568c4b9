"""The last resort, when no rule recognises the customer's words: a small naive Bayes model
over words and word pairs, counted from the labelled replies in tests/corpus/ and
tests/classify_cases/ by scripts/train_fallback.py (a JSON file of counts, no dependency).

Rules stay first because they explain themselves and handle negation and dates; this only
turns an `other` into a category when the words lean clearly one way, and says which words.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from relancebot.classify.text import fold

MODEL_PATH = Path(__file__).with_name("fallback_model.json")
_WORD = re.compile(r"[a-z]{2,}")
# Words every reply has: they say nothing of what it means.
_STOP_WORDS = """
le la les de des du un une et a au aux en pour par sur dans ce cette ces nous vous je
il elle on est sont ete etre avons avez ai qui que quoi ne pas plus bonjour
cordialement merci madame monsieur the and to of for in on is are we you it this that
be have has with our your hello hi regards thanks dear re fw tr fr com www http https
"""
_STOP = frozenset(_STOP_WORDS.split())


def tokens(text: str) -> set[str]:
    words = [w for w in _WORD.findall(fold(text)) if w not in _STOP]
    return set(words) | {f"{a}_{b}" for a, b in itertools.pairwise(words)}


@dataclass(frozen=True)
class Guess:
    category: str
    margin: float  # log-odds over the runner-up
    runner_up: str
    words: tuple[str, ...]  # the words that weighed most for it


@dataclass(frozen=True)
class _Model:
    priors: dict[str, float]
    counts: dict[str, dict[str, int]]
    totals: dict[str, int]
    vocabulary: int


@lru_cache(maxsize=1)
def _model() -> _Model | None:
    try:
        data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    documents = sum(data["documents"].values())
    return _Model(
        priors={c: math.log(n / documents) for c, n in data["documents"].items()},
        counts=data["counts"],
        totals={c: sum(words.values()) for c, words in data["counts"].items()},
        vocabulary=data["vocabulary"],
    )


def guess(text: str) -> Guess | None:
    model = _model()
    seen = tokens(text)
    if model is None or not seen:
        return None
    scores: dict[str, float] = {}
    for category, prior in model.priors.items():
        counts, total = model.counts[category], model.totals[category] + model.vocabulary
        scores[category] = prior + sum(math.log((counts.get(w, 0) + 1) / total) for w in seen)
    best, second = sorted(scores, key=scores.__getitem__, reverse=True)[:2]

    def weight(word: str) -> float:  # how much more this word belongs to the winner
        return math.log(
            (model.counts[best].get(word, 0) + 1) / (model.counts[second].get(word, 0) + 1)
        )

    known = sorted((w for w in seen if weight(w) > 0), key=weight, reverse=True)
    return Guess(
        best, scores[best] - scores[second], second, tuple(w.replace("_", " ") for w in known[:3])
    )
