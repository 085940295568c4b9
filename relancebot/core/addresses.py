"""An email address as SMTP carries it, and the spellings one address may have.

An internationalised domain has two spellings: as people write it (`café-dupont.fr`) and as
servers route it (IDNA 2008, `xn--caf-dupont-d7a.fr`). Imports store the second, so that the
customer file, the SMTP envelope, a refusal naming the address and a reply from it all agree;
a non-ASCII local part (`rené@`) has no ASCII form and needs SMTPUTF8 (RFC 6531).
"""

from __future__ import annotations

from relancebot.errors import InvalidValue


def wire_address(address: str) -> str:
    """The address with its domain in ASCII (IDNA): what headers and the envelope carry."""
    local, at, domain = address.rpartition("@")
    if not at or domain.isascii():
        return address
    import idna  # only for an internationalised domain: not at start-up

    try:
        return f"{local}@{idna.encode(domain, uts46=True).decode('ascii')}"
    except idna.IDNAError as exc:
        raise InvalidValue(f"adresse {address} : domaine intransmissible ({exc})") from None


def address_forms(address: str) -> list[str]:
    """Every spelling the store may hold for this address, lower-cased: as given, with its
    domain in ASCII, with its domain as people write it (a person may have typed either)."""
    address = address.lower()
    local, at, domain = address.rpartition("@")
    if not at or (domain.isascii() and "xn--" not in domain):
        return [address]
    import idna

    forms = [address]
    for convert in (idna.decode, lambda d: idna.encode(d, uts46=True).decode("ascii")):
        try:
            forms.append(f"{local}@{convert(domain)}")
        except idna.IDNAError:
            continue
    return list(dict.fromkeys(forms))


def stored_address(address: str | None) -> str | None:
    """An address as the store keeps contacts and recipients: lower-cased, domain in ASCII.
    One that cannot be so written (a broken domain) is kept lower-cased: it matches nothing."""
    if not address:
        return address
    try:
        return wire_address(address.strip().lower())
    except ValueError:
        return address.strip().lower()
