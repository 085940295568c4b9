"""The invoice XML that a Factur-X or ZUGFeRD PDF carries as an embedded file.

The factur-x library's `get_xml_from_pdf` is not used to find it, though it reads the same
attachments with the same pypdf: it takes the first XML that parses and passes over the others
in silence, so it could neither refuse a PDF that carries two different invoices (which one
would we chase?) nor say that the one it carries is not well-formed; and it parses each XML
with its own parser before ours could refuse a DOCTYPE. Here every embedded XML is listed, and
the one invoice it must be is handed, still as bytes, to `safexml`.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from pypdf import PdfReader

from relancebot.errors import RelancebotError
from relancebot.importing.einvoice.safexml import MAX_XML_BYTES, too_large
from relancebot.importing.einvoice.values import clean

# Names the standards give the XML (Factur-X; ZUGFeRD 2.0; ZUGFeRD 2.1+ with XRechnung),
# compared without case, as the library does.
EINVOICE_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml")
# What an XML of another name must show early on to be taken for the invoice (CII D16B,
# ZUGFeRD 1.0): some software names it after the invoice number.
_CII_MARKS = (b"CrossIndustryInvoice", b"CrossIndustryDocument")


class PdfRefused(RelancebotError):
    """The PDF carries no invoice XML that can be taken; `reason` is French, for a person."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


@dataclass(frozen=True)
class Embedded:
    name: str  # the attachment's name in the PDF, cleaned to be shown
    data: bytes


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """pypdf's remarks on a sloppy PDF (warnings, log lines) are not ours to print: what
    matters is whether the invoice can be taken, and a refusal says so."""
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        pypdf_log.setLevel(level)


def _pdf_failure(exc: Exception) -> PdfRefused:
    detail = f"{type(exc).__name__} : {str(exc)[:160]}"
    return PdfRefused(f"PDF illisible, endommagé ou tronqué ? (pypdf : {detail})")


def _attachments(pdf: bytes) -> list[Embedded]:
    """The PDF's embedded files named *.xml, as bytes."""
    out = []
    try:
        with _quiet():
            reader = PdfReader(io.BytesIO(pdf), strict=False)
            for entry in reader.attachment_list:
                name = clean(str(entry.name), 120)  # any characters: it reaches a message
                if name.lower().endswith(".xml"):
                    out.append(Embedded(name, bytes(entry.content)))
    # pypdf meets hostile or broken PDFs with many kinds of exceptions (its own, KeyError,
    # ValueError, zlib's, a recursion limit...): each one means this PDF cannot be read.
    except Exception as exc:
        raise _pdf_failure(exc) from None
    return out


def _is_invoice(item: Embedded) -> bool:
    return item.name.lower() in EINVOICE_NAMES or any(m in item.data[:4096] for m in _CII_MARKS)


def _same(a: bytes, b: bytes) -> bool:
    """The same XML but for the spaces between its elements (one invoice under two names)."""
    squeeze = re.compile(rb">\s+<")
    return squeeze.sub(b"><", a.strip()) == squeeze.sub(b"><", b.strip())


def carries_einvoice(handle: BinaryIO, look_inside: bool = True) -> bool:
    """Whether the PDF read from `handle` carries an embedded invoice XML (well-formed or not).

    pypdf reads only the objects it is asked for, so a PDF too large to be read whole can still
    be recognised by its attachments' names (`look_inside=False`: no attachment is unpacked).
    """
    try:
        with _quiet():
            for entry in PdfReader(handle, strict=False).attachment_list:
                name = str(entry.name).lower()
                if name in EINVOICE_NAMES:
                    return True
                unpack = look_inside and name.endswith(".xml")
                if unpack and _is_invoice(Embedded(name, bytes(entry.content))):
                    return True
    except Exception:  # see _attachments: a PDF pypdf cannot read carries nothing we can take
        return False
    return False


def embedded_invoice(pdf: bytes) -> Embedded:
    """The one invoice XML the PDF carries; PdfRefused says why there is none to take."""
    items = _attachments(pdf)
    invoices = [item for item in items if _is_invoice(item)]
    if not invoices:
        seen = ", ".join(item.name for item in items) or "aucune"
        raise PdfRefused(
            "aucune facture électronique dans ce PDF : il ne joint pas de XML Factur-X ou "
            f"ZUGFeRD ({', '.join(EINVOICE_NAMES)}) ; pièces jointes XML : {seen}"
        )
    for item in invoices:
        if len(item.data) > MAX_XML_BYTES:
            raise PdfRefused(f"{item.name} : " + too_large(len(item.data), MAX_XML_BYTES, "XML"))
    first = invoices[0]
    others = [item for item in invoices[1:] if not _same(item.data, first.data)]
    if others:
        names = ", ".join(item.name for item in [first, *others])
        raise PdfRefused(
            f"le PDF joint plusieurs XML de facture différents ({names}) : impossible de savoir "
            "lequel fait foi"
        )
    return first
