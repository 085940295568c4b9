"""Text normalisation shared by the rules: accent folding that keeps character offsets."""

from __future__ import annotations

import re
import unicodedata


def _build_fold_table() -> dict[int, str]:
    # One output character per input character, so a match in the folded text points at the
    # same span of the original text (used to quote the customer's exact words in reasons).
    table: dict[int, str] = {}
    for code in range(0x80, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFKD", char)[:1].lower()
        if base and base != char:
            table[code] = base
    for char in "’‘`´ʼ′":
        table[ord(char)] = "'"
    for char in "\u00a0\u202f\u2007\u2009\u200b\t":
        table[ord(char)] = " "
    for char in "‐‑‒–—":
        table[ord(char)] = "-"
    table[ord("œ")] = "œ"
    table[ord("Œ")] = "œ"
    table[ord("İ")] = "i"
    return table


_FOLD_TABLE = _build_fold_table()
_SPACES = re.compile(r"[ \t\u00a0\u202f]+")
_BLANK_RUNS = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lowercase, strip accents, unify apostrophes/spaces; same length as the input."""
    folded = text.translate(_FOLD_TABLE).lower()
    return folded if len(folded) == len(text) else text.translate(_FOLD_TABLE)


def collapse(text: str) -> str:
    return _BLANK_RUNS.sub(" ", text).strip()


def clip(text: str, limit: int) -> str:
    text = collapse(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
