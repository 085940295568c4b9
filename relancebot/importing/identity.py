"""Who a line of an invoice file is: one customer is one customer, never two companies merged.

Without a `client_id`, a customer is known by its name; two companies may share one. What tells
them apart: their SIRET or SIREN when the file gives them, else the domains of their addresses
(at a webmail, gmail.com or orange.fr, the whole address: strangers share the domain). Lines of
one name that disagree are not merged: the file is refused and a `client_id` column asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from relancebot.core.addresses import wire_address
from relancebot.errors import InvalidValue

_SEPARATORS = re.compile(r"[\s.\-\u00a0\u202f]")


def parse_registration(siren: str, siret: str) -> tuple[str, str]:
    """(SIREN, SIRET) from the cells as written ("123 456 789", "123 456 789 00012"); a SIRET
    gives its SIREN (its first nine digits), a nine-digit value in the SIRET column is a SIREN."""
    siren_digits = _SEPARATORS.sub("", siren)
    siret_digits = _SEPARATORS.sub("", siret)
    if siret_digits and len(siret_digits) == 9:
        siren_digits, siret_digits = siren_digits or siret_digits, ""
    if siren_digits and not re.fullmatch(r"\d{9}", siren_digits):
        raise InvalidValue(f"SIREN {siren!r} : neuf chiffres attendus")
    if siret_digits and not re.fullmatch(r"\d{14}", siret_digits):
        raise InvalidValue(f"SIRET {siret!r} : quatorze chiffres attendus")
    if siren_digits and siret_digits and not siret_digits.startswith(siren_digits):
        raise InvalidValue(f"SIRET {siret_digits} ne commence pas par le SIREN {siren_digits}")
    return siren_digits or siret_digits[:9], siret_digits


def address_marks(addresses: Iterable[str]) -> frozenset[str]:
    """What addresses say about who owns them: the domain, or the whole address at a webmail."""
    from relancebot.inbox.linking import is_public_domain  # its list: import-time only

    marks = set()
    for address in addresses:
        address = wire_address(address.lower())  # one spelling per domain
        domain = address.rpartition("@")[2]
        marks.add(address if is_public_domain(domain) else domain)
    return frozenset(marks)


@dataclass
class Identity:
    """What is known of a customer: its SIREN, SIRET and address marks, each with the line (or
    the record) that said it, so that a refusal can name both lines."""

    siren: str = ""
    siret: str = ""
    marks: dict[str, str] = field(default_factory=dict)  # mark -> where it was seen
    siren_from: str = ""
    siret_from: str = ""

    def disagreement(self, siren: str, siret: str, marks: frozenset[str]) -> str | None:
        """Why a line with these facts cannot be this customer, or None.

        The most precise fact both sides have decides: the SIRET, then the SIREN (one company,
        whatever its addresses), then the addresses, which must share a domain.
        """
        for kind, mine, known, where in (
            ("SIRET", siret, self.siret, self.siret_from),
            ("SIREN", siren, self.siren, self.siren_from),
        ):
            if mine and known:
                return None if mine == known else f"{kind} {mine}, mais {known} {where}"
        if marks and self.marks and marks.isdisjoint(self.marks):
            known = ", ".join(f"{mark} {where}" for mark, where in sorted(self.marks.items()))
            return f"adresse chez {', '.join(sorted(marks))}, mais {known}"
        return None

    def learn(self, siren: str, siret: str, marks: Iterable[str], where: str) -> None:
        if siren and not self.siren:
            self.siren, self.siren_from = siren, where
        if siret and not self.siret:
            self.siret, self.siret_from = siret, where
        for mark in marks:
            self.marks.setdefault(mark, where)


@dataclass(frozen=True)
class Seen:
    """One line as identity sees it."""

    line: int
    key: str  # the customer id the line resolves to
    name: str
    name_key: str  # the id its name alone would give
    explicit: bool  # a client_id was given: the file says who it is
    siren: str
    siret: str
    marks: frozenset[str]


TELL_APART = "deux sociétés du même nom ? ajoutez une colonne client_id pour les distinguer"


def same_name_conflicts(lines: Sequence[Seen]) -> list[str]:
    """Lines the file would merge into one customer although they describe two companies.

    Lines keyed by their name are compared on everything they say; lines with a client_id only
    on their SIREN/SIRET (the client_id says they are one customer; a SIREN that differs is a
    mistake of the file). A line keyed by a name that another line gives a client_id is
    refused too: the same company would become two customers.
    """
    problems = []
    known: dict[str, Identity] = {}
    with_id = {line.name_key: line for line in lines if line.explicit}
    for line in lines:
        identity = known.setdefault(line.key, Identity())
        marks = frozenset() if line.explicit else line.marks
        why = identity.disagreement(line.siren, line.siret, marks)
        if why:
            problems.append(f"ligne {line.line} : client « {line.name} » : {why} ; {TELL_APART}")
            continue
        identity.learn(line.siren, line.siret, marks, f"ligne {line.line}")
        other = with_id.get(line.name_key)
        if not line.explicit and other is not None and other.key != line.key:
            problems.append(
                f"ligne {line.line} : client « {line.name} » sans client_id, alors que la ligne "
                f"{other.line} lui donne le client_id {other.key} : remplissez client_id sur "
                "chaque ligne"
            )
    return problems
