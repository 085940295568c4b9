"""The RF creditor reference (ISO 11649) of an invoice: what a payer types as the remittance
of a transfer, and what a bank statement then carries back.

"RF" + two check digits + the reference itself (1 to 21 letters and digits). The check digits
make a mistyped reference detectable (ISO 7064 MOD 97-10, as in an IBAN), so a statement line
quoting a valid RF reference names its invoice with certainty. Pure: no I/O.
"""

from __future__ import annotations

import re

from relancebot.errors import InvalidValue

_LONGEST = 21  # characters of the reference itself
# "RF", the check digits, then groups of letters and digits, maybe spaced (as printed).
# A lookahead, so that a reference glued to the next one is found too.
_FOUND = re.compile(r"(?=\b(RF\d\d(?:\s?[0-9A-Z]+)+))", re.IGNORECASE)


def _digits(text: str) -> int:
    """Letters as numbers (A = 10 ... Z = 35), as ISO 7064 MOD 97-10 reads them."""
    return int("".join(str(int(c, 36)) for c in text))


def _check_digits(body: str) -> str:
    return f"{98 - _digits(body + 'RF00') % 97:02d}"


def reference_body(invoice_number: str) -> str:
    """The invoice number's letters and digits, upper case: "F-2026-0420" -> "F20260420"."""
    return re.sub(r"[^0-9A-Za-z]", "", invoice_number).upper()


def creditor_reference(invoice_number: str) -> str:
    """The RF reference of an invoice number ("RF48F20260420"); InvalidValue when its letters
    and digits are none or more than 21 (then the invoice number is the remittance)."""
    body = reference_body(invoice_number)
    if not 1 <= len(body) <= _LONGEST:
        raise InvalidValue(
            f"référence RF impossible pour {invoice_number!r} : 1 à 21 lettres et chiffres"
        )
    return f"RF{_check_digits(body)}{body}"


def is_valid(reference: str) -> bool:
    compact = re.sub(r"\s", "", reference).upper()
    if not re.fullmatch(r"RF\d\d[0-9A-Z]{1,21}", compact):
        return False
    return _digits(compact[4:] + compact[:4]) % 97 == 1


def found_references(text: str) -> list[str]:
    """The valid RF references quoted in a text (a remittance, an end-to-end id), compact;
    one with wrong check digits is not a reference (a typo names nothing for certain)."""
    found = []
    for match in _FOUND.finditer(text):
        groups = _as_printed(match.group(1).split())
        # The longest run of its groups that checks out is the reference.
        for end in range(len(groups), 0, -1):
            compact = "".join(groups[:end]).upper()
            if is_valid(compact):
                found.append(compact)
                break
    return found


def _as_printed(groups: list[str]) -> list[str]:
    """The groups that may be the reference: written whole ("RF48F20260420"), it is the
    first; printed in groups of four ("RF18 5390 0754 7034"), every group but the last has
    four characters, so a word glued after it ("… 7034 MERCI", "RF22 RC7 MERCI") is not
    taken for its end (it could pass the check digits by chance, one time in 97)."""
    if len(groups[0]) != 4:
        return groups[:1]
    kept = [groups[0]]
    for group in groups[1:]:
        if len(group) > 4:
            break
        kept.append(group)
        if len(group) < 4:
            break
    return kept


def printed(reference: str) -> str:
    """In groups of four, as it is printed for a person to type: "RF48 F202 6042 0"."""
    return " ".join(reference[i : i + 4] for i in range(0, len(reference), 4))
