"""The buyer's SIREN and SIRET from its legal registration (BT-47) or its identifiers (BT-46).

The scheme says what an identifier is (ISO 6523 ICD): 0002 a SIREN (nine digits), 0009 a
SIRET (fourteen digits, the SIREN then the establishment). A legal registration of a French
buyer written without a scheme is read by its length; an identifier without a scheme is the
seller's own code for the customer, whatever its digits, and says nothing of the SIREN.
"""

from __future__ import annotations

import re

from relancebot.importing.einvoice.written import Found

_SIREN_SCHEMES = {"0002", "SIREN"}
_SIRET_SCHEMES = {"0009", "SIRET"}
_SEPARATORS = re.compile(r"[\s.\-\u00a0\u202f]")


def registration(
    legal: Found | None, identifiers: tuple[Found, ...], country: str
) -> tuple[str, str]:
    """(SIREN, SIRET), each "" when the invoice does not give it in a readable form."""
    siren = siret = ""
    french = country.strip().upper() in ("", "FR")
    for found, bare_counts in ((legal, french), *((f, False) for f in identifiers)):
        if found is None:
            continue
        digits = _SEPARATORS.sub("", found.text)
        scheme = found.scheme.upper()
        is_siren = scheme in _SIREN_SCHEMES or (not scheme and bare_counts)
        is_siret = scheme in _SIRET_SCHEMES or (not scheme and bare_counts)
        if is_siren and not siren and re.fullmatch(r"\d{9}", digits):
            siren = digits
        elif is_siret and not siret and re.fullmatch(r"\d{14}", digits):
            siret = digits
    return siren or siret[:9], siret
