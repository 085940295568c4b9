"""Parsing the XML of a file from outside (an e-invoice, a bank statement) without letting the
file reach out or blow up.

Neither an invoice nor a statement has any use for a DOCTYPE: one is where an external entity
(XXE, a file or a URL read into the document) or an entity bomb ("billion laughs") hides. So a
DOCTYPE or ENTITY declaration is refused outright, before parsing when it shows in the bytes and
after parsing whatever the encoding (a UTF-16 file hides it from a byte search); the parser itself
never resolves an entity, loads a DTD, touches the network or builds a huge tree.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from relancebot.errors import InvalidValue

if TYPE_CHECKING:
    from lxml.etree import _Element

_DECLARATION = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


class XmlRefused(InvalidValue):
    """The bytes are not an XML relancebot agrees to read; `reason` is French, for a person."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


def refused_declaration(document: str) -> str:
    """Why a declaration is refused, for `document` ("une facture", "un relevé bancaire")."""
    return (
        f"déclaration DOCTYPE ou ENTITY refusée : {document} n'en contient pas, et c'est la "
        "forme des attaques par entités (XXE, « billion laughs »)"
    )


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


def parse_safely(data: bytes, document: str) -> _Element:
    """The root element of `data`; XmlRefused says why it is not read (a declaration, the
    syntax, with its line and column and whether the file stops short)."""
    from lxml import etree  # imported when a file is read, not when one is recognised

    if has_declaration(data):
        raise XmlRefused(refused_declaration(document))
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
    if info.doctype or info.internalDTD is not None:
        raise XmlRefused(refused_declaration(document))
    return root
