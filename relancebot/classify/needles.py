"""Needles: literal strings one of which every match of a cue's pattern must contain.

Most cues cannot match most replies; a cue whose needles are all absent from the text is not run
(``str.__contains__`` is far cheaper than a regular expression tried at every position of the
text). A necessary condition only: what the cues find is exactly what they found without it.
Derived from the pattern itself (Python's own regular expression parser), so a cue added or
changed needs nothing more; `tests/test_cues.py` holds them to account on every example.
"""

from __future__ import annotations

import re
import re._constants as sre  # type: ignore[import-not-found,unused-ignore]
import re._parser as sre_parse  # type: ignore[import-not-found,unused-ignore]
from typing import Any

# Needles shorter than this filter too little to pay for the look.
_SHORTEST = 3
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))


def needles(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The needles of ``pattern``, or None when none can be told (then the cue always runs)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unknown construct: run the cue
        return None
    found = _sequence(list(parsed))
    if found is None or min(len(n) for n in found) < _SHORTEST:
        return None
    return tuple(sorted(found))


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two valid requirements: longest shortest needle, then fewest."""
    if a is None:
        return b
    if b is None:
        return a
    key_a = (min(map(len, a)), -len(a))
    key_b = (min(map(len, b)), -len(b))
    return b if key_b > key_a else a


def _sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """A requirement of a sequence: every item of it is in every match, so any item's own
    requirement (or a run of literal characters) is one; the most selective is kept."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        if op is sre.SUBPATTERN:
            if not av[1] & (re.IGNORECASE | re.VERBOSE):  # (?i:…) letters match either case
                best = _better(best, _sequence(list(av[-1])))
        elif op is sre.BRANCH:
            branches = [_sequence(list(branch)) for branch in av[1]]
            if branches and all(b is not None for b in branches):
                best = _better(best, frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            best = _better(best, _sequence(list(av[2])))
        # Anything else (a class, a lookaround, an anchor, an optional part) requires nothing
        # we can name, and ends the run of literals.
    if run:
        best = _better(best, frozenset(["".join(run)]))
    return best
