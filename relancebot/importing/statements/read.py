"""The entry points: is this file a bank statement, and what does it say.

A statement is recognised by its content, never by its name (a bank's ".txt" may be CFONB or
MT940, its ".xml" camt, its ".csv" anything). Recognising reads the first bytes only; reading
refuses a file over `fields.MAX_STATEMENT_BYTES` before reading it, and a file in a known
format with one bad movement is refused whole, every bad place listed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from relancebot.importing.csvfile import ImportRejected
from relancebot.importing.statements import (
    Statement,
    bankcsv,
    camt,
    cfonb,
    fields,
    mt940,
    ofx,
)

_READERS: dict[str, Callable[[bytes, Path], Statement]] = {
    ofx.KIND: ofx.parse,
    camt.KIND: camt.parse,
    mt940.KIND: mt940.parse,
    cfonb.KIND: cfonb.parse,
}


def looks_like_statement(path: Path, head: bytes) -> str | None:
    """ "ofx", "camt.053", "mt940", "cfonb120", "csv:<bank>" or None, from the first bytes of
    the file (`head`: a few kilobytes; 8 KiB is plenty). `path` is not read: it only names
    the file."""
    del path  # by content only
    if ofx.looks_like(head):
        return ofx.KIND
    if camt.looks_like(head):
        return camt.KIND
    if mt940.looks_like(head):
        return mt940.KIND
    if cfonb.looks_like(head):
        return cfonb.KIND
    return bankcsv.looks_like(head)


def read_statement(path: Path) -> Statement:
    """The statement in the file; ImportRejected (with French reasons naming each place) when
    it is too large, not a statement, or has a movement that cannot be read."""
    data = fields.read_capped(path)
    kind = looks_like_statement(path, data[: fields.HEAD_BYTES])
    if kind is None:
        raise ImportRejected(
            path,
            [
                "format de relevé non reconnu (attendu : OFX, camt.053, MT940, CFONB 120, ou "
                "l'export CSV d'une banque française)"
            ],
        )
    if kind.startswith("csv:"):
        return bankcsv.parse(data, path)
    return _READERS[kind](data, path)
