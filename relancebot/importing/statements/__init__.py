"""Bank statements in the formats banks give (OFX, camt.053, MT940, CFONB 120, CSV exports),
read into one shape: the credit lines a payment may be, each with what identifies it.

Each format has a module exposing ``looks_like(head: bytes) -> bool`` (recognised by
content, not by name; `bankcsv`'s says which bank) and ``read(path: Path) -> Statement``;
a file that cannot be read raises `relancebot.importing.csvfile.ImportRejected` naming the
place and the reason.
The entry points are in `read`: `looks_like_statement(path, head)` and `read_statement(path)`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class StatementLine:
    """One movement of a statement. Debits are read too (``amount`` < 0) and then ignored."""

    place: str  # where in the file, for messages: "ligne 12", "transaction 3 (FITID 2026…)"
    booked: dt.date
    amount: Decimal  # > 0: a credit to the firm's account
    currency: str = "EUR"
    payer_name: str = ""
    payer_iban: str = ""  # compact, upper case, when the bank gives it
    remittance: str = ""  # the free text (libellé, RmtInf/Ustrd, :86:), or a structured ref
    end_to_end: str = ""  # SEPA EndToEndId, when given ("NOTPROVIDED" is dropped)
    bank_id: str = ""  # the bank's own id of the line (FITID, AcctSvcrRef, ...), when given


@dataclass(frozen=True)
class Statement:
    kind: str  # "ofx", "camt.053", "mt940", "cfonb120", "csv:<bank>"
    # The statement's own account (IBAN, else the number as the bank writes it), "" if not
    # given; a file holding several accounts' statements names them all, ", " between.
    account: str
    lines: tuple[StatementLine, ...]
