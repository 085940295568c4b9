"""What kind of e-invoice an XML file is, from its first bytes: its root element's name and
namespace, read without parsing the file (the caller may be sorting a whole folder).

A DOCTYPE before the root is stepped over, not refused, here: the file is recognised for
what it claims to be, and reading it (`safexml`) then refuses it with the reason.
"""

from __future__ import annotations

import codecs
import re

from relancebot.importing.einvoice.cii import CII_NAMESPACE, ZUGFERD1_NAMESPACE
from relancebot.importing.einvoice.ubl import (
    CREDIT_NOTE_NAMESPACE,
    INVOICE_NAMESPACE,
    SBDH_NAMESPACE,
)

_ROOTS = {
    ("CrossIndustryInvoice", CII_NAMESPACE): "cii",
    ("CrossIndustryDocument", ZUGFERD1_NAMESPACE): "cii",
    ("Invoice", INVOICE_NAMESPACE): "ubl",
    ("CreditNote", CREDIT_NOTE_NAMESPACE): "ubl",
}
_PROLOG = re.compile(
    r"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(\[.*?\]\s*)?>)", re.DOTALL | re.IGNORECASE
)
_START = re.compile(r"\s*<(?:([A-Za-z_][\w.\-]*):)?([A-Za-z_][\w.\-]*)")
_XMLNS = re.compile(r"""xmlns(?::([\w.\-]+))?\s*=\s*["']([^"']*)["']""")


def _text(head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="replace")
    if head[:4] in (b"<\x00?\x00", b"\x00<\x00?"):  # UTF-16 without its mark
        return head.decode("utf-16-le" if head[0] else "utf-16-be", errors="replace")
    return head.decode("utf-8-sig", errors="replace")  # names and URIs are ASCII


def xml_kind(head: bytes) -> str | None:
    """ "cii" (CII D16B or ZUGFeRD 1.0), "ubl" (Invoice, CreditNote, or either in a Peppol
    SBDH envelope), or None, from the file's first bytes (4 KB is plenty)."""
    text = _text(head)
    position = 0
    while match := _PROLOG.match(text, position):
        position = match.end()
    start = _START.match(text, position)
    if start is None:
        return None
    prefix, local = start.group(1) or "", start.group(2)
    end = text.find(">", start.end())
    tag = text[start.end() : end if end != -1 else len(text)]
    namespace = dict(_XMLNS.findall(tag)).get(prefix)
    if namespace is None:
        return None
    if local == "StandardBusinessDocument" and namespace == SBDH_NAMESPACE:
        return "ubl" if INVOICE_NAMESPACE in text or CREDIT_NOTE_NAMESPACE in text else None
    return _ROOTS.get((local, namespace))
