"""Parsing an invoice's XML without letting the file reach out or blow up.

An invoice has no use for a DOCTYPE: one is where an external entity (XXE, a file or a URL read
into the document) or an entity bomb ("billion laughs") hides. So a DOCTYPE or ENTITY declaration
is refused outright, before parsing when it can be seen in the bytes and after parsing whatever
the encoding; the parser itself never resolves an entity, loads a DTD or touches the network.
"""

from __future__ import annotations

from lxml import etree

from relancebot.errors import RelancebotError

MAX_XML_BYTES = 5_000_000  # a real invoice's XML is tens of kilobytes, a thousand lines < 5 MB
MAX_PDF_BYTES = 20_000_000


class XmlRefused(RelancebotError):
    """The bytes are not an XML relancebot agrees to read; `reason` is French, for a person."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} Mo".replace(".", ",")


def too_large(size: int, cap: int, what: str) -> str:
    return f"{what} trop volumineux : {megabytes(size)} ({size} octets), au plus {megabytes(cap)}"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


_DECLARATIONS = (b"<!DOCTYPE", b"<!ENTITY")
_REFUSED = (
    "déclaration DOCTYPE ou ENTITY refusée : une facture n'en contient pas, et c'est la forme "
    "des attaques par entités (XXE, « billion laughs »)"
)


def parse_xml(data: bytes) -> etree._Element:
    """The root element of `data`; XmlRefused says why it is not read (size, DOCTYPE, syntax)."""
    if len(data) > MAX_XML_BYTES:
        raise XmlRefused(too_large(len(data), MAX_XML_BYTES, "XML"))
    if any(mark in data for mark in _DECLARATIONS):
        raise XmlRefused(_REFUSED)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position
        cut = line >= data.rstrip().count(b"\n") + 1  # stopped at the very end: cut short
        raise XmlRefused(
            f"XML mal formé (ligne {line}, colonne {column}) : {exc.msg}"
            + (" : le fichier semble tronqué" if cut else "")
        ) from None
    except ValueError as exc:  # a str with an encoding declaration, an unknown encoding
        raise XmlRefused(f"XML illisible : {exc}") from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:  # a UTF-16 file hides it from the bytes
        raise XmlRefused(_REFUSED)
    return root
