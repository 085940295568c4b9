"""A cue: one way of saying something, with its category, weight and negation behaviour.

Every cue carries an id ("dispute.fr.contest": category, language, theme), an example it must
match and a near miss it must not say (tests/test_cues.py holds both to account). Patterns run
on folded text (lowercase, no accents, straight apostrophes); examples are written as customers
write and folded by the test. Weight STRONG (1.0) decides alone; WEAK (0.5) is a hint that needs
a second one. A negatable cue is dropped when its own clause negates or conditions it ("nous ne
contestons pas"); cues whose meaning *is* a negation ("jamais reçu") are not negatable.
"""

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
    id: str
    example: str
    near_miss: str


def cue(
    id: str, weight: float, *, negatable: bool, pattern: str, example: str, near_miss: str
) -> Cue:
    """One cue; its category is the first part of its id ("dispute.fr.contest")."""
    return Cue(
        category=id.split(".", 1)[0],
        weight=weight,
        negatable=negatable,
        pattern=re.compile(pattern.replace("{W}", FILLER)),
        id=id,
        example=example,
        near_miss=near_miss,
    )
