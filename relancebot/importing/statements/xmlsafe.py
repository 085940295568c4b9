"""A statement's XML (camt.053, OFX 2), read by relancebot.importing.safe_xml; its tags without
namespaces, so that every camt version and prefix reads alike."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from relancebot.importing.safe_xml import (
    XmlRefused,
    has_declaration,
    parse_safely,
    refused_declaration,
)

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["REFUSED_DECLARATION", "XmlRefused", "has_declaration", "namespace_of", "parse"]

REFUSED_DECLARATION = refused_declaration("un relevé bancaire")


def parse(data: bytes) -> _Element:
    """The root element, its tags without namespaces ("Ntry", not "{urn:iso:...}Ntry");
    XmlRefused says why it is not read."""
    from lxml import etree

    root = parse_safely(data, "un relevé bancaire")
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = etree.QName(element).localname
    return root


def namespace_of(data: bytes) -> str:
    """The namespace of the root element, read without parsing (for recognising a file)."""
    match = re.search(rb"<(?:[\w.-]+:)?Document\b[^>]*?xmlns(?::[\w.-]+)?=\"([^\"]+)\"", data)
    return match[1].decode("ascii", errors="replace") if match else ""
