"""The invoices a remittance text names: their numbers, however the payer typed them, and their
RF creditor references. Pure: no I/O.

A number is compared run by run (its runs of letters and of digits: "F-2026-0420" is F, 2026,
0420), so "F-2026-0420", "F2026-0420" and "f 2026 0420" name the same invoice. It is found
only whole, never inside a longer number:

- no letter or digit glued before or after it ("XF-2026-0420", "F-2026-04201");
- a number ending in digits is not followed by a dash and more digits ("F-2026-0420-2" is
  another number), nor, for a number of digits only, preceded by one ("2025-2026-0420");
- a number of digits only is not one link of a chain of digit groups (a phone number, an
  IBAN, an amount "1 250,00"), and a short one (under six digits) counts only right after a
  word saying it is one ("FACT 4207", "n° 4207"): an amount or a date is not an invoice.

Leading zeros: a digit run after the first may be written with fewer or more of them
("F-2026-420" for "F-2026-0420"); when two invoices of the store differ only by them, the
spelling that is exactly theirs decides, else neither is named. "F-2026-0420/0421" names both
F-2026-0420 and F-2026-0421 (a list of the last runs, as payers shorten it).
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from relancebot.core.creditor_reference import creditor_reference, found_references
from relancebot.errors import InvalidValue

_RUN = re.compile(r"[A-Z]+|[0-9]+")
_INSIDE = re.compile(r"[ \-_./]{1,3}")  # what may stand between two runs of one number
_GLUE = re.compile(r"[-_.]")  # a number glued to more of itself
_CHAIN = re.compile(r"[ \-_./,]{1,2}")  # between the groups of a phone, an IBAN, an amount
_LIST = re.compile(r" ?[/,+&] ?")  # "F-2026-0420/0421", "F-2026-0420, 0421"
_KEYWORD = re.compile(
    r"(?:\b(?:FACTURES?|FACT|FAC|FCT|FA|INVOICES?|INV|NO|NUM|NUMERO|REF)|N°|#)"
    r"[ .:°#-]{0,3}$"
)
_SHORT_DIGITS = 6
_LONGEST = 8  # runs in an invoice number


def _upper_ascii(text: str) -> str:
    """Upper case without accents, one character for one (so positions stay comparable)."""
    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).upper()


def runs(number: str) -> tuple[str, ...]:
    """ "F-2026-0420" -> ("F", "2026", "0420")."""
    return tuple(_RUN.findall(_upper_ascii(number)))


def _unpadded(run: str) -> str:
    return (run.lstrip("0") or "0") if run.isdigit() else run


def loose_key(parts: tuple[str, ...]) -> tuple[str, ...]:
    """The runs with the leading zeros of every digit run but the first taken out."""
    return parts[:1] + tuple(_unpadded(r) for r in parts[1:])


@dataclass(frozen=True)
class Named:
    """An invoice a text names, and how: by its number, or by its RF reference."""

    number: str
    reference: str = ""  # the RF reference quoted, when it was named so

    @property
    def how(self) -> str:
        """ "numéro F-2026-0420", "référence RF47F20260420"."""
        return f"référence {self.reference}" if self.reference else f"numéro {self.number}"


class NumberIndex:
    """The store's invoice numbers (and their RF references), ready to be looked for in texts."""

    def __init__(self, numbers: Iterable[str]) -> None:
        self._loose: dict[tuple[str, ...], list[tuple[tuple[str, ...], str]]] = {}
        self._references: dict[str, str] = {}
        self._longest = 1
        for number in numbers:
            parts = runs(number)
            if not parts or len(parts) > _LONGEST:
                continue
            self._longest = max(self._longest, len(parts))
            self._loose.setdefault(loose_key(parts), []).append((parts, number))
            # No RF reference for a number of more than 21 letters and digits.
            with contextlib.suppress(InvalidValue):
                self._references[creditor_reference(number)] = number

    def named_in(self, text: str) -> list[Named]:
        """The invoices `text` names, in the order it names them, each once."""
        found: list[Named] = []
        for reference in found_references(text):
            number = self._references.get(reference)
            if number is not None:
                found.append(Named(number, reference))
        upper = _upper_ascii(text)
        tokens: list[_Token] = [(m.start(), m.end(), m.group()) for m in _RUN.finditer(upper)]
        start = 0
        while start < len(tokens):
            step = 1
            for count in range(min(self._longest, len(tokens) - start), 0, -1):
                number = self._whole(upper, tokens, start, count)
                if number is None:
                    continue
                listed = self._listed(upper, tokens, start, count)
                found += [Named(n) for n in (number, *listed)]
                step = count + len(listed)  # no number is looked for inside this one
                break
            start += step
        unique: dict[str, Named] = {}
        for named in found:
            unique.setdefault(named.number, named)
        return list(unique.values())

    def _lookup(self, parts: tuple[str, ...]) -> str | None:
        candidates = self._loose.get(loose_key(parts), [])
        exact = [number for own, number in candidates if own == parts]
        if len(exact) == 1:
            return exact[0]
        return candidates[0][1] if len(candidates) == 1 else None

    def _whole(self, text: str, tokens: list[_Token], start: int, count: int) -> str | None:
        """The invoice tokens[start:start+count] spell, if they stand as a whole number."""
        end = start + count
        # Between two runs: nothing (a letter meets a digit) or a few separators.
        gaps = [_gap(text, tokens, i) or "" for i in range(start + 1, end)]
        if any(gap and not _INSIDE.fullmatch(gap) for gap in gaps):
            return None
        parts = tuple(t[2] for t in tokens[start:end])
        number = self._lookup(parts)
        if number is None:
            return None
        before, after = _gap(text, tokens, start), _gap(text, tokens, end)
        if before == "" or after == "":
            return None  # glued to a letter or a digit: part of a longer word
        digits_only = all(p.isdigit() for p in parts)
        more_digits = after is not None and parts[-1].isdigit() and tokens[end][2].isdigit()
        if more_digits and (
            _GLUE.fullmatch(after or "") or (digits_only and _CHAIN.fullmatch(after or ""))
        ):
            return None  # "F-2026-0420-2", or one group of "01 23 45 67 89"
        if before is not None and parts[0].isdigit():
            if _GLUE.fullmatch(before):
                return None  # "F-2026-0420" does not name an invoice "2026-0420"
            if digits_only and tokens[start - 1][2].isdigit() and _CHAIN.fullmatch(before):
                return None
        short = digits_only and sum(map(len, parts)) < _SHORT_DIGITS
        if short and not _KEYWORD.search(text[: tokens[start][0]]):
            return None  # an amount, a day, a postcode: not said to be an invoice
        return number

    def _listed(self, text: str, tokens: list[_Token], start: int, count: int) -> list[str]:
        """The siblings a list after the number names: "F-2026-0420/0421" -> F-2026-0421."""
        parts = [t[2] for t in tokens[start : start + count]]
        found: list[str] = []
        index = start + count
        while parts[-1].isdigit() and index < len(tokens):
            gap = _gap(text, tokens, index) or ""
            if tokens[index][2] == "ET" and gap == " " and _gap(text, tokens, index + 1) == " ":
                index += 1  # "F-2026-0420 ET 0421"
            elif not _LIST.fullmatch(gap):
                break
            run = tokens[index][2]
            following = _gap(text, tokens, index + 1)
            if not run.isdigit() or len(run) != len(parts[-1]):
                break
            if following == "" or _GLUE.fullmatch(following or " "):
                break
            number = self._lookup((*parts[:-1], run))
            if number is None:
                break
            found.append(number)
            index += 1
        return found


_Token = tuple[int, int, str]  # start, end, the run


def _gap(text: str, tokens: list[_Token], index: int) -> str | None:
    """What stands between token index-1 and token index; None before the first or after the
    last."""
    if index <= 0 or index >= len(tokens):
        return None
    return text[tokens[index - 1][1] : tokens[index][0]]
