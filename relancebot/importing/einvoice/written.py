"""What a syntax reader found in an invoice's XML, still as text, with where it was found.

CII and UBL say the same EN 16931 terms in different places; each reader (`cii`, `ubl`) only
finds the texts, and `interpret` reads them the same way for both, so that a date, an amount
or a missing term is judged, and named in a refusal, once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from lxml import etree


@dataclass(frozen=True)
class Found:
    """One term's text as written (stripped), the path it was read at, and its attributes."""

    text: str
    where: str  # "ram:ExchangedDocument/ram:ID", for a person to find it in the file
    scheme: str = ""  # schemeID (identifiers, electronic address)
    currency: str = ""  # currencyID (amounts)
    date_format: str = ""  # CII's format attribute (102: YYYYMMDD)


@dataclass(frozen=True)
class Contact:
    """BG-9, the buyer's contact: BT-56 name, BT-57 phone, BT-58 email."""

    name: Found | None
    phone: Found | None
    email: Found | None


@dataclass(frozen=True)
class Written:
    """An invoice's terms as one syntax writes them; None (or empty) where it gives none."""

    syntax_name: str  # "CII", "UBL": named in refusals
    guideline: str  # BT-24, the specification identifier: the profile
    type_code: Found | None  # BT-3
    number: Found | None  # BT-1
    issue_date: Found | None  # BT-2
    due_dates: tuple[Found, ...]  # BT-9 (several payment terms in EXTENDED)
    payment_terms: tuple[Found, ...]  # BT-20
    currency: Found | None  # BT-5
    preceding_invoice: Found | None  # BT-25
    buyer_name: Found | None  # BT-44 (or BT-45, the trading name, when it is missing)
    buyer_ids: tuple[Found, ...]  # BT-46, with their schemes
    buyer_legal_id: Found | None  # BT-47, with its scheme
    buyer_vat: Found | None  # BT-48
    buyer_routing_id: Found | None  # BT-49
    buyer_country: str  # BT-55, to tell whether a bare 9 or 14 digit id is a SIREN/SIRET
    contacts: tuple[Contact, ...]  # BG-9
    total_excl_tax: Found | None  # BT-109
    tax_totals: tuple[Found, ...]  # BT-110 (and BT-111 in the accounting currency)
    total_incl_tax: Found | None  # BT-112
    prepaid: Found | None  # BT-113
    rounding: Found | None  # BT-114
    amount_due: Found | None  # BT-115
    places: Mapping[str, str] = field(default_factory=dict)  # BT-n -> where it is expected

    def place(self, term: str) -> str:
        """Where the syntax puts a term, to say where a missing one was looked for."""
        return f"{self.syntax_name} {self.places.get(term, '')}".strip()


# Paths are written with the syntax's prefixes ("ram:ExchangedDocument/ram:ID"), as its
# specification and a person reading the file write them, and matched on local names whatever
# the namespace versions (CII D16B writes ram:100, ZUGFeRD 1.0 ram:12): the root's namespace
# alone says which syntax the file is (`detect`).


def _steps(path: str) -> str:
    return "/".join("{*}" + step.rpartition(":")[2] for step in path.split("/"))


def elements(node: etree._Element | None, path: str) -> list[etree._Element]:
    if node is None:
        return []
    return list(node.iterfind(_steps(path)))


def element(node: etree._Element | None, path: str) -> etree._Element | None:
    return next(iter(elements(node, path)), None)


def every(node: etree._Element | None, path: str, within: str = "") -> tuple[Found, ...]:
    """Each element at `path` under `node` that has a text, as a Found; `within` names the
    node in messages ("ram:BuyerTradeParty"), else the path's last two steps name it."""
    where = f"{within}/{path}" if within else "/".join(path.split("/")[-2:])
    out = []
    for item in elements(node, path):
        text = "".join(item.itertext()).strip()
        if text:
            out.append(
                Found(
                    text=text,
                    where=where,
                    scheme=(item.get("schemeID") or "").strip(),
                    currency=(item.get("currencyID") or "").strip(),
                    date_format=(item.get("format") or "").strip(),
                )
            )
    return tuple(out)


def first(node: etree._Element | None, path: str, within: str = "") -> Found | None:
    return next(iter(every(node, path, within)), None)


def text_of(found: Found | None) -> str:
    """The text of a term found, "" when absent."""
    return found.text if found else ""
