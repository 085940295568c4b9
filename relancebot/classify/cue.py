"""A cue: one way of saying something, with its category, weight and negation behaviour."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Up to three filler words ("n'avons bien malheureusement jamais reçu"); "{W}" in a pattern.
FILLER = r"(?:[\w-]+[ ']?){0,3}"
STRONG = 1.0
WEAK = 0.5


@dataclass(frozen=True)
class Cue:
    category: str
    weight: float
    negatable: bool
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Group:
    cues: tuple[Cue, ...]


def group(category: str, weight: float, negatable: bool, *patterns: str) -> Group:
    """Compile one group of patterns that share a category, a weight and a negation rule."""
    return Group(
        tuple(
            Cue(category, weight, negatable, re.compile(p.replace("{W}", FILLER))) for p in patterns
        )
    )
