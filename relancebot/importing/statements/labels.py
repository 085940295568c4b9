"""The payer's name inside a French bank's label ("libellé"), when the bank gives no field for
it. Pure: no I/O.

French banks write a received transfer in a few shapes:

- "VIR SEPA RECU /DE DUPONT SARL /MOTIF FACTURE F-2026-0412 /REF 4411" (BNP Paribas, LCL,
  Crédit Agricole's newer exports): the name between "/DE" and the next " /";
- "VIR RECU 1234567890 DE: DUPONT SARL MOTIF: FACTURE ... REF: ..." (Société Générale): the
  name between "DE:" and the next keyword;
- "VIREMENT SEPA RECU DE DUPONT SARL MOTIF FACTURE ...": the name between the heading's "DE"
  and a keyword (MOTIF, REF...);
- "VIR SEPA DUPONT SARL" or "VIREMENT DE DUPONT SARL", where the bank puts the name alone
  after its prefix: only trusted when the caller knows that field holds nothing else
  (`rest_is_name`), as OFX's NAME or the second line of a Crédit Agricole label do.

Anything else gives "": a name read wrong would be learned as a customer's payer.
"""

from __future__ import annotations

import re

_SLASH_DE = re.compile(r"(?:^|\s)/DE\s+(?P<name>[^/]+?)\s*(?:\s/|$)", re.IGNORECASE)
_KEYWORDS = r"(?:MOTIF|REF|REFDO|REFBEN|ID|IBAN|BIC|LIB|LIBELLE|DATE|NPY|CDE)"
_COLON_DE = re.compile(
    rf"(?:^|\s)DE\s?:\s*(?P<name>.+?)\s*(?=\s{_KEYWORDS}\s?:|\s/|$)", re.IGNORECASE
)
# "VIREMENT SEPA RECU DE DUPONT SARL MOTIF ...": after a transfer's heading, up to a keyword.
_HEADING_DE = re.compile(
    r"^VIR(?:EMENT)?\.?(?:\s+(?:SEPA|SCT|INST(?:ANTANE)?|RECU|REC|EN\s+VOTRE\s+FAVEUR|\d{6,}\w?))*"
    r"\s+DE\s+(?P<name>[^/:]+?)\s+(?:MOTIF|REF|REFERENCE|LIB|LIBELLE|ID)\b",
    re.IGNORECASE,
)
_PREFIX = re.compile(
    r"^(?:VIR(?:EMENT)?\.?\s+)(?:(?:SEPA|SCT|INST(?:ANTANE)?|PERMANENT|EUROPEEN|RECU|REC|"
    r"EN\s+VOTRE\s+FAVEUR|FAVEUR|INTERNE|EMIS|\d{6,})\s+)*(?:DE\s+(?:LA\s+PART\s+DE\s+)?|"
    r"PAR\s+|/DE\s+)?",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(r"^(?:RECU|EN VOTRE FAVEUR|SEPA|VIREMENT|VIR)?$", re.IGNORECASE)


def payer_in_label(label: str, *, rest_is_name: bool = False) -> str:
    """The payer's name the label gives, or ""."""
    text = " ".join(label.split())
    for pattern in (_SLASH_DE, _COLON_DE, _HEADING_DE):
        match = pattern.search(text)
        if match:
            return match["name"].strip(" :-")
    if rest_is_name:
        prefix = _PREFIX.match(text)
        if prefix and prefix.end() > 0:
            rest = text[prefix.end() :].strip(" :-/")
            return "" if _NOT_A_NAME.match(rest) else rest
    return ""


_TRANSFER = re.compile(r"^\s*(?:VIR(?:EMENT)?\b|/DE\b)", re.IGNORECASE)


def is_transfer(label: str) -> bool:
    """Whether the label starts as a transfer does ("VIR SEPA ...", "VIREMENT ...")."""
    return _TRANSFER.match(label) is not None
