"""Parsing a statement's XML (camt.053, OFX 2) without letting the file reach out or blow up.

A bank statement has no use for a DOCTYPE: one is where an external entity (XXE: a file or a
URL read into the document) or an entity bomb ("billion laughs") hides. A DOCTYPE or ENTITY
declaration is refused outright, in the bytes and again after parsing (a UTF-16 file hides it
from a byte search); the parser itself never resolves an entity, loads a DTD, touches the
network or builds a huge tree.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from relancebot.errors import InvalidValue

if TYPE_CHECKING:
    from lxml.etree import _Element

REFUSED_DECLARATION = (
    "déclaration DOCTYPE ou ENTITY refusée : un relevé bancaire n'en contient pas, et c'est la "
    "forme des attaques par entités (XXE, « billion laughs »)"
)
_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class XmlRefused(InvalidValue):
    """The bytes are not an XML this module agrees to read; the message says why, in French."""


def has_declaration(data: bytes) -> bool:
    return _DECLARATION.search(data) is not None


def _parser() -> Any:
    from lxml import etree

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse(data: bytes) -> _Element:
    """The root element, its tags without namespaces ("Ntry", not "{urn:iso:...}Ntry") so
    that every camt version and prefix reads alike; XmlRefused says why it is not read."""
    from lxml import etree  # imported when a file is read, not when one is recognised

    if has_declaration(data):
        raise XmlRefused(REFUSED_DECLARATION)
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line, column = exc.position
        raise XmlRefused(
            f"XML mal formé (ligne {line}, colonne {column}) : {exc.msg} ; fichier tronqué ?"
        ) from None
    except ValueError as exc:  # an unknown encoding declared
        raise XmlRefused(f"XML illisible : {exc}") from None
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:
        raise XmlRefused(REFUSED_DECLARATION)
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = etree.QName(element).localname
    return root


def namespace_of(data: bytes) -> str:
    """The namespace of the root element, read without parsing (for recognising a file)."""
    match = re.search(rb"<(?:[\w.-]+:)?Document\b[^>]*?xmlns(?::[\w.-]+)?=\"([^\"]+)\"", data)
    return match[1].decode("ascii", errors="replace") if match else ""
