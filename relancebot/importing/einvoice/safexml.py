"""An invoice's XML, read by relancebot.importing.safe_xml within an invoice's size caps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from relancebot.importing.safe_xml import XmlRefused, parse_safely

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["MAX_PDF_BYTES", "MAX_XML_BYTES", "XmlRefused", "parse_xml", "too_large"]

MAX_XML_BYTES = 5_000_000  # a real invoice's XML is tens of kilobytes, a thousand lines < 5 MB
MAX_PDF_BYTES = 20_000_000


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} Mo".replace(".", ",")


def too_large(size: int, cap: int, what: str) -> str:
    return f"{what} trop volumineux : {megabytes(size)} ({size} octets), au plus {megabytes(cap)}"


def parse_xml(data: bytes) -> _Element:
    """The root element of `data`; XmlRefused says why it is not read (size, DOCTYPE, syntax)."""
    if len(data) > MAX_XML_BYTES:
        raise XmlRefused(too_large(len(data), MAX_XML_BYTES, "XML"))
    return parse_safely(data, "une facture")
