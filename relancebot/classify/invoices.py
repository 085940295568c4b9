"""Invoice-number-looking tokens, optionally mapped onto the firm's known invoice numbers.

An invoice number matches only as a whole token of its own shape: never inside a longer run of
digits, and never as a piece of a chain of digit groups (a phone number "01 23 45 67 89", an
IBAN, a SIRET, a date, an amount "12 345,00"), whose groups it would have to cut through.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

# Prefix + digits with separators: F-2026-0412, FA-2026-118, FAC2026/0042, INV-00123.
_PREFIXED = re.compile(
    r"(?<![\w@./-])((?:fa?c?t?|inv|fv|ff|fc|fct|in|fr|no|doc|bill|ref)"
    r"[ ]?[-_/.]?[ ]?\d{2,}(?:[-_/.]\d+){0,3})(?![\w@]|[-/.]\d)",
    re.IGNORECASE,
)
# Upper-case prefixes other than the usual ones: accepted only when written in capitals.
_CAPS_PREFIXED = re.compile(
    r"(?<![\w@./-])([A-Z]{1,5}[-_/.]?\d{2,}(?:[-_/.]\d+){0,3})(?![\w@]|[-/.]\d)"
)
# Bare numbers after a keyword: "facture 2026-0412", "invoice #12345", "n° 0412"; never the
# first group of a longer chain ("n° 01 23 45 67 89", "facture 12345,00 €").
_AFTER_KEYWORD = re.compile(
    r"(?:factures?|invoices?|fact\.|n°|nº|no\.|num[ée]ro|number|#|r[ée]f\.?|r[ée]f[ée]rence)"
    r"\s*(?:n°|nº|no\.?|num[ée]ro|#)?\s*:?\s*"
    r"(\d{3,}(?:[-_/.]\d+){0,3}|[A-Z]{1,5}[-_/.]?\d{2,}(?:[-_/.]\d+){0,3})"
    r"(?![\w@]|[-/., \u00a0\u202f]\d)",
    re.IGNORECASE,
)
_NOT_INVOICE_PREFIX = frozenset(
    [
        "tva",
        "fr",
        "siret",
        "siren",
        "rcs",
        "cp",
        "bp",
        "ape",
        "naf",
        "rib",
        "iban",
        "bic",
        "tel",
        "fax",
        "cedex",
        "re",
        "tr",
        "fw",
        "fwd",
        "eur",
        "ht",
        "ttc",
        "n",
        "no",
        "tel",
        "gsm",
        "rdc",
        "ce",
    ]
)
_DATE_LIKE = re.compile(r"^\d{1,2}[/.-]\d{1,2}([/.-]\d{2,4})?$|^\d{4}-\d{2}-\d{2}$")
_PHONE_LIKE = re.compile(r"^0\d([ .-]?\d{2}){4}$")


def invoice_key(token: str) -> str:
    """Comparison key: case and separators do not matter (F-2026-0412 == f2026/0412)."""
    return re.sub(r"[^0-9a-z]", "", token.lower())


def _groups(invoice: str) -> list[str]:
    """Its runs of letters and of digits: F-2026-0412 -> f, 2026, 0412."""
    return re.findall(r"[a-z]+|\d+", invoice.lower())


def _tails(invoice: str) -> set[str]:
    """The keys of its endings made of whole groups: f20260412, 20260412, 0412, and 412 for
    0412 written without its padding; never 12 or 2026041."""
    groups = _groups(invoice)
    tails = {"".join(groups[i:]) for i in range(len(groups))}
    return tails | {t.lstrip("0") for t in tails if t[0] == "0" and t.lstrip("0")}


_SEPARATOR = r"(?:\s?[-_/.]\s?|\s)?"
_CHAIN_SEPARATORS = "[-_/., \u00a0\u202f]"  # between the groups of a phone, an amount...


def shape_pattern(invoice: str) -> re.Pattern[str]:
    """The invoice written with any separators between its groups (or none where a letter
    meets a digit), and no digit group cut; not glued to a neighbouring word, and, for a
    number made of digits only, not one link of a chain of digit groups."""
    groups = _groups(invoice)
    digits_only = all(g.isdigit() for g in groups)
    body = ""
    for index, group in enumerate(groups):
        if index:
            apart = group[0].isdigit() == groups[index - 1][-1].isdigit()
            body += r"(?:\s?[-_/.]\s?|\s)" if apart else _SEPARATOR
        body += re.escape(group)
    before = r"(?<![^\W_])" + (rf"(?<!\d{_CHAIN_SEPARATORS})" if digits_only else "")
    after = r"(?![^\W_])" + (rf"(?!{_CHAIN_SEPARATORS}\d)" if digits_only else r"(?![-_/.]\d)")
    return re.compile(before + body + after, re.IGNORECASE)


def _plausible(token: str) -> bool:
    token = token.strip()
    if _DATE_LIKE.match(token) or _PHONE_LIKE.match(token):
        return False
    digits = sum(ch.isdigit() for ch in token)
    if digits < 3:
        return False
    prefix = re.match(r"[A-Za-z]+", token)
    return not (prefix and prefix.group(0).lower() in _NOT_INVOICE_PREFIX)


def find_invoice_tokens(text: str) -> list[str]:
    found: list[tuple[int, str]] = []
    for pattern in (_PREFIXED, _CAPS_PREFIXED, _AFTER_KEYWORD):
        for match in pattern.finditer(text):
            token = match.group(1).strip().rstrip(".")
            if _plausible(token):
                found.append((match.start(1), token.upper().replace(" ", "")))
    found.sort()
    seen: set[str] = set()
    result: list[str] = []
    for _, token in found:
        key = invoice_key(token)
        # "F-2026-0412" also yields "2026-0412" after "facture": keep the longer spelling.
        if key in seen or any(other.endswith(key) for other in seen):
            continue
        seen.add(key)
        result.append(token)
    return result


def _spellable(key: str) -> bool:
    """Long enough to be found as a known number without a pattern: five characters, or a
    short number of the firm's own with letters in it ("A-77"), which no phone number has."""
    digits = sum(ch.isdigit() for ch in key)
    return len(key) >= 5 or (len(key) >= 3 and digits >= 2 and digits < len(key))


class InvoiceMatcher:
    def __init__(self, known_invoices: Collection[str] | None) -> None:
        self._known: dict[str, str] = {}
        self._tails: dict[str, list[str]] = {}
        self._shapes: dict[str, re.Pattern[str]] = {}
        for invoice in known_invoices or ():
            key = invoice_key(invoice)
            if not key or key in self._known:
                continue
            self._known[key] = invoice
            for tail in _tails(invoice):
                self._tails.setdefault(tail, []).append(invoice)

    def canonical(self, token: str) -> str:
        key = invoice_key(token)
        if key in self._known:
            return self._known[key]
        # A customer often shortens "F-2026-0412" to "0412" or "2026-0412": whole groups only.
        if len(key) >= 3:
            tails = self._tails.get(key, [])
            if len(tails) == 1:
                return tails[0]
        return token

    def scan(self, texts: Iterable[str]) -> tuple[str, ...]:
        result: list[str] = []
        for text in texts:
            for token in find_invoice_tokens(text):
                canonical = self.canonical(token)
                if canonical not in result:
                    result.append(canonical)
            if self._known:
                result.extend(self._known_spelled_in(text, result))
        return tuple(result)

    def _shape(self, key: str) -> re.Pattern[str]:
        if key not in self._shapes:
            self._shapes[key] = shape_pattern(self._known[key])
        return self._shapes[key]

    def _known_spelled_in(self, text: str, already: list[str]) -> list[str]:
        """Known numbers written with odd separators or spaces that the patterns missed, each
        as a whole token of its own shape (a phone number holds no invoice 12345)."""
        squeezed = invoice_key(text)
        return [
            value
            for key, value in self._known.items()
            if _spellable(key)
            and value not in already
            and key in squeezed  # cheap test first
            and self._shape(key).search(text)
        ]
