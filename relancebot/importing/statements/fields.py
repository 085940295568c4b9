"""What every statement reader shares: reading the file under a size cap, decoding it, and
making each field of a line what `StatementLine` promises (clean, bounded, compact).

A bank file is read by a person's command or from the watched folder: it is untrusted. Names
and texts lose their control characters (a CR/LF must never reach a digest or an email) and
are cut to a bound; an IBAN is kept only when it is one (shape and MOD 97 check), so that a
payer learned from it is a real account.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from collections import Counter
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from relancebot.clock import SENSIBLE_YEARS
from relancebot.core.money import MAX_AMOUNT
from relancebot.errors import InvalidValue
from relancebot.importing.csvfile import ImportRejected
from relancebot.importing.statements import StatementLine

MAX_STATEMENT_BYTES = 20_000_000  # a year of a busy account's statements is a few megabytes
HEAD_BYTES = 65536  # what recognising a format reads (a bank CSV's preamble included)

NAME_LIMIT = 140  # SEPA's longest name (Nm, Max140Text)
TEXT_LIMIT = 1000  # several remittance blocks of 140 characters, and the bank's label
REFERENCE_LIMIT = 70  # an end-to-end id is 35 at most; some banks pad or prefix it
BANK_ID_LIMIT = 255  # OFX's FITID may be this long


def megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} Mo".replace(".", ",")


def read_capped(path: Path) -> bytes:
    """The file's bytes; refused whole, before reading, when it is over the cap."""
    try:
        size = path.stat().st_size
        if size <= MAX_STATEMENT_BYTES:
            with path.open("rb") as handle:
                data = handle.read(MAX_STATEMENT_BYTES + 1)  # it may have grown since
            size = len(data)
    except OSError as exc:
        raise ImportRejected(path, [f"lecture impossible : {exc.strerror or exc}"]) from None
    if size > MAX_STATEMENT_BYTES:
        raise ImportRejected(
            path,
            [
                f"fichier trop volumineux : {megabytes(size)} ({size} octets), au plus "
                f"{megabytes(MAX_STATEMENT_BYTES)} pour un relevé bancaire"
            ],
        )
    return data


def decode(data: bytes) -> str:
    """Text as banks write it: UTF-8 (with or without BOM), UTF-16 with a BOM, else the
    Windows Latin-1 of French exports (cp1252, which Latin-1 files read right too)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return data.decode("latin-1")


def decode_head(head: bytes) -> str:
    """`decode` for the first bytes of a file, which may end inside a UTF-8 character."""
    try:
        return head.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
            return head[: exc.start].decode("utf-8-sig")
    return decode(head)


def head_text(head: bytes) -> str:
    """The start of a file as text, for recognising it (a cut multibyte character is fine)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return head.decode("utf-16", errors="ignore")
    return head.removeprefix(codecs.BOM_UTF8).decode("latin-1")


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")


def clean(text: str | None, limit: int = TEXT_LIMIT) -> str:
    """Control and direction characters become spaces, runs of spaces one, cut to `limit`."""
    if not text:
        return ""
    flat = _SPACES.sub(" ", _CONTROL.sub(" ", text)).strip()
    return flat[:limit].rstrip()


def joined(*parts: str | None, limit: int = TEXT_LIMIT) -> str:
    """The parts in order, one space between, without a part another one already holds
    (a bank's short label repeated in its detail)."""
    kept: list[str] = []
    for part in parts:
        text = clean(part, limit)
        if not text or any(text in earlier for earlier in kept):
            continue
        kept = [earlier for earlier in kept if earlier not in text] + [text]
    return clean(" ".join(kept), limit)


_IBAN = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")


def iban(text: str | None) -> str:
    """The IBAN compact and upper case, or "" when the text is not one (an account number,
    a BIC, a typo): a learned payer must be a real account."""
    compact = re.sub(r"[\s\-.]", "", text or "").upper().removeprefix("IBAN:")
    if not _IBAN.fullmatch(compact):
        return ""
    moved = compact[4:] + compact[:4]
    return compact if int("".join(str(int(c, 36)) for c in moved)) % 97 == 1 else ""


def account(text: str | None) -> str:
    """The statement's own account: an IBAN compacted, else the number as written."""
    return iban(text) or clean(text, 60)


def end_to_end(text: str | None) -> str:
    """The SEPA end-to-end id, "" when the payer gave none ("NOTPROVIDED")."""
    value = clean(text, REFERENCE_LIMIT)
    return "" if re.sub(r"[\s_-]", "", value).upper() == "NOTPROVIDED" else value


def money(value: Decimal, currency: str = "EUR") -> Decimal:
    """`value` when it is an amount of money; InvalidValue says why not."""
    if not value.is_finite():
        raise InvalidValue(f"montant illisible ({value})")
    if abs(value) > MAX_AMOUNT:
        raise InvalidValue(f"montant {value} hors limites")
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -4:
        raise InvalidValue(f"montant {value} : trop de décimales pour de la monnaie")
    return value


def currency(text: str | None, default: str = "EUR") -> str:
    value = (text or "").strip().upper()
    if not value:
        return default
    if not re.fullmatch(r"[A-Z]{3}", value):
        raise InvalidValue(f"devise {value[:10]!r} illisible (trois lettres attendues)")
    return value


def sensible(day: dt.date) -> dt.date:
    if day.year not in SENSIBLE_YEARS:
        raise InvalidValue(
            f"date {day:%d/%m/%Y} hors limites (année de {SENSIBLE_YEARS[0]} à "
            f"{SENSIBLE_YEARS[-1]} attendue)"
        )
    return day


def iso_date(text: str | None, what: str) -> dt.date:
    """ "2026-11-02", or the date of "2026-11-02T10:15:00+01:00" as written (not moved to UTC:
    the bank's own day is the booking day)."""
    value = (text or "").strip()
    if not value:
        raise InvalidValue(f"{what} absente")
    try:
        return sensible(dt.date.fromisoformat(value[:10]))
    except ValueError:
        raise InvalidValue(f"{what} illisible : {value[:30]!r}") from None


def unique_bank_ids(lines: list[StatementLine]) -> tuple[StatementLine, ...]:
    """The lines, with a bank id that the file gives to several lines taken out: some banks
    reuse an id (a FITID made of the date and the amount), and a shared id would make the
    second line look already imported. Those lines are then told apart by their content."""
    counts = Counter(line.bank_id for line in lines if line.bank_id)
    return tuple(replace(line, bank_id="") if counts[line.bank_id] > 1 else line for line in lines)


def movement(
    *,
    place: str,
    booked: dt.date,
    amount: Decimal,
    currency_code: str = "EUR",
    payer_name: str | None = "",
    payer_iban: str | None = "",
    remittance: str | None = "",
    end_to_end_id: str | None = "",
    bank_id: str | None = "",
) -> StatementLine:
    """A StatementLine with every field made clean, bounded and compact."""
    return StatementLine(
        place=place,
        booked=booked,
        amount=amount,
        currency=currency_code,
        payer_name=clean(payer_name, NAME_LIMIT),
        payer_iban=iban(payer_iban),
        remittance=clean(remittance),
        end_to_end=end_to_end(end_to_end_id),
        bank_id=clean(bank_id, BANK_ID_LIMIT),
    )
