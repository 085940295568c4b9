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
# What a terminal obeys rather than prints: CSI (colours, cursor), OSC (window title, links),
# DCS/SOS/PM/APC strings when terminated, their 8-bit C1 forms, and two-character escapes.
_ESCAPE_SEQUENCES = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]?"
    "|\x9b[0-?]*[ -/]*[@-~]?"
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c]{0,2000}(?:\x07|\x1b\\\\|\x9c)"
    "|\x1b[ -~]?"
)
# C0 and C1 controls (DEL too) and the Unicode bidirectional controls, which reorder the text
# shown around them (an invoice number or an address can be made to read backwards).
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_CONTROLS = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")
_CONTROLS_BUT_LINES = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")


def fold(text: str) -> str:
    """Lowercase, strip accents, unify apostrophes/spaces; same length as the input."""
    folded = text.translate(_FOLD_TABLE).lower()
    return folded if len(folded) == len(text) else text.translate(_FOLD_TABLE)


def collapse(text: str) -> str:
    """On one line, safe to show (see :func:`printable`)."""
    return _BLANK_RUNS.sub(" ", printable(text)).strip()


def clip(text: str, limit: int) -> str:
    text = collapse(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def printable(text: str, *, lines: bool = False) -> str:
    """What a customer wrote, safe to print in a terminal or a text digest.

    Escape sequences are removed whole, then every remaining control character and every
    bidirectional control. With ``lines`` (a body shown as it was written) newlines and tabs
    stay; otherwise line breaks and tabs become spaces. Use it wherever customer text is shown.
    """
    if not text:
        return ""
    text = _LINE_BREAKS.sub("\n", _ESCAPE_SEQUENCES.sub("", text))
    if lines:
        return _CONTROLS_BUT_LINES.sub("", text)
    return _CONTROLS.sub("", text.replace("\n", " ").replace("\t", " "))
