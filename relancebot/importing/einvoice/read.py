"""Reading an e-invoice file: recognising it by its content, and reading it into an EInvoice.

1. `looks_like_einvoice` says what a file is from its first bytes (a PDF is opened to look
   for its embedded XML): "facturx", "cii", "ubl", or None for anything else (a CSV, a plain
   PDF, a bank statement), so that the import can sort a folder.
2. `read_einvoice` reads the file, capped in size before anything is parsed, takes the XML
   (the PDF's embedded one for a Factur-X), parses it safely, finds the terms of its syntax and
   interprets them; every refusal is an ImportRejected naming the file and each reason.
"""

from __future__ import annotations

import os
from pathlib import Path

from lxml import etree

from relancebot.importing.csvfile import ImportRejected
from relancebot.importing.einvoice import EInvoice
from relancebot.importing.einvoice.cii import is_cii, read_cii
from relancebot.importing.einvoice.detect import xml_kind
from relancebot.importing.einvoice.facturx_pdf import (
    PdfRefused,
    carries_einvoice,
    embedded_invoice,
)
from relancebot.importing.einvoice.interpret import EInvoiceProblems, interpret
from relancebot.importing.einvoice.safexml import (
    MAX_PDF_BYTES,
    MAX_XML_BYTES,
    XmlRefused,
    parse_xml,
    too_large,
)
from relancebot.importing.einvoice.ubl import read_ubl, ubl_document
from relancebot.importing.einvoice.written import Written

HEAD_BYTES = 4096  # what `looks_like_einvoice` needs of a file's start


def _is_pdf(head: bytes) -> bool:
    return b"%PDF-" in head[:1024]  # the header may follow some junk, as readers allow


def looks_like_einvoice(path: Path, head: bytes) -> str | None:
    """ "facturx" (a PDF with an embedded Factur-X / ZUGFeRD XML), "cii", "ubl", or None.

    `head` is the file's first bytes (HEAD_BYTES are plenty); only a PDF is read further.
    """
    if not _is_pdf(head):
        return xml_kind(head)
    try:
        with path.open("rb") as handle:
            # Too large to be read, a Factur-X is still recognised by its attachment's name,
            # so that reading it refuses it with its size rather than the import passing it by.
            small = os.fstat(handle.fileno()).st_size <= MAX_PDF_BYTES
            return "facturx" if carries_einvoice(handle, look_inside=small) else None
    except OSError:
        return None


def read_einvoice(path: Path) -> EInvoice:
    """The invoice in the file at `path` (a Factur-X / ZUGFeRD PDF, a CII or UBL XML).

    Raises ImportRejected(path, reasons), each reason in French naming what is wrong (the
    BT-n of EN 16931, the value) and where (the attachment, the XML element).
    """
    head = _read(path, HEAD_BYTES)
    if _is_pdf(head):
        pdf = _capped(path, MAX_PDF_BYTES, "PDF")
        try:
            embedded = embedded_invoice(pdf)
        except PdfRefused as exc:
            raise ImportRejected(path, [exc.reason]) from None
        return _read_xml(path, embedded.data, "facturx", path, f"{embedded.name} : ")
    kind = xml_kind(head)
    if kind is None:
        raise ImportRejected(
            path,
            [
                "ni Factur-X, ni ZUGFeRD, ni CII, ni UBL : ni PDF avec sa facture XML, ni XML "
                "dont la racine est rsm:CrossIndustryInvoice, Invoice ou CreditNote (UBL 2.1)"
            ],
        )
    return _read_xml(path, _capped(path, MAX_XML_BYTES, "XML"), kind, None, "")


def _read_xml(path: Path, data: bytes, syntax: str, document: Path | None, where: str) -> EInvoice:
    try:
        written = _written(parse_xml(data))
        return interpret(written, path, syntax, document)
    except XmlRefused as exc:
        raise ImportRejected(path, [where + exc.reason]) from None
    except EInvoiceProblems as exc:
        raise ImportRejected(path, [where + problem for problem in exc.problems]) from None


def _written(root: etree._Element) -> Written:
    if is_cii(root):
        return read_cii(root)
    document = ubl_document(root)
    if document is not None:
        return read_ubl(document)
    raise XmlRefused(
        f"racine {root.tag!s:.120} : ni facture CII (rsm:CrossIndustryInvoice) ni UBL 2.1 "
        "(Invoice, CreditNote)"
    )


def _read(path: Path, limit: int) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(limit)
    except OSError as exc:
        raise ImportRejected(path, [f"lecture impossible : {exc.strerror}"]) from None


def _capped(path: Path, cap: int, what: str) -> bytes:
    """The whole file, refused unread past `cap` bytes (however large it claims or grows)."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            data = handle.read(cap + 1)
    except OSError as exc:
        raise ImportRejected(path, [f"lecture impossible : {exc.strerror}"]) from None
    if len(data) > cap:
        raise ImportRejected(path, [too_large(max(size, len(data)), cap, what)])
    return data
