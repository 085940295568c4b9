"""The EN 16931 profile an invoice declares in its specification identifier (BT-24).

Factur-X writes "urn:factur-x.eu:1p0:minimum", "urn:cen.eu:en16931:2017#compliant#urn:
factur-x.eu:1p0:basic", "urn:cen.eu:en16931:2017" (EN 16931) or "...#conformant#urn:
factur-x.eu:1p0:extended"; ZUGFeRD 2 the same with urn:zugferd.de:2p0; ZUGFeRD 1.0
"urn:ferd:CrossIndustryDocument:invoice:1p0:comfort"; XRechnung "...#compliant#urn:xeinkauf.de:
kosit:xrechnung_3.0"; Peppol BIS "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:...".
"""

from __future__ import annotations

import re

# The first that matches names the profile: BASIC WL before BASIC, the CIUS before EN 16931.
_PROFILES = (
    (re.compile(r"xrechnung"), "XRECHNUNG"),
    (re.compile(r"extended"), "EXTENDED"),
    (re.compile(r"basicwl|basic-wl|basic_wl"), "BASIC WL"),
    (re.compile(r"minimum"), "MINIMUM"),
    (re.compile(r":basic\b"), "BASIC"),
    (re.compile(r":comfort\b|:en16931\b"), "EN 16931"),  # ZUGFeRD 1.0's name for it
    (re.compile(r"^urn:cen\.eu:en16931:2017"), "EN 16931"),
)


def profile_of(guideline: str) -> str:
    """ "MINIMUM", "BASIC WL", "BASIC", "EN 16931", "EXTENDED", "XRECHNUNG", or "" when the
    identifier names none of them."""
    text = guideline.strip().lower()
    for pattern, profile in _PROFILES:
        if pattern.search(text):
            return profile
    return ""
