"""OFX statements: 1.x (SGML, leaf tags left open, as Crédit Agricole, LCL, Banque Populaire
or Boursorama export them) and 2.x (XML), read with `ofxparse` (MIT).

ofxparse turns both shapes into one tree (it closes SGML's open leaf tags, then parses with
BeautifulSoup). It is given one fragment at a time (a statement's heading, then each
transaction): on a whole file its tag closing is quadratic (a 3.6 MB export took 40 s, and a
20 MB one would hold the service for hours), on fragments it is linear. Each transaction's
values are read here rather than by its `parseTransaction`, because that one moves the posting
date by the time zone (a transfer booked at midnight CET would land the day before), takes
"NaN" or "1E5" for an amount, refuses a line without FITID, and names no transaction in its
errors.

Only bank statements (STMTRS) are read: a card statement (CCSTMTRS) carries no customer's
payment. The file must end with </OFX>: without it, it was cut short.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from relancebot.errors import InvalidValue
from relancebot.importing.csvfile import ImportRejected
from relancebot.importing.statements import Statement, StatementLine, fields, xmlsafe
from relancebot.importing.statements.labels import is_transfer, payer_in_label

KIND = "ofx"
_STATEMENT = re.compile(r"<STMTRS>(.*?)</STMTRS>", re.DOTALL | re.IGNORECASE)
_TRANSACTION = re.compile(r"<STMTTRN>(.*?)</STMTTRN>", re.DOTALL | re.IGNORECASE)
_OPENING = re.compile(r"<STMTTRN>", re.IGNORECASE)
# A transaction is a few hundred characters; ofxparse's tag closing is quadratic in a fragment.
_FRAGMENT_LIMIT = 50_000
_AMOUNT = re.compile(r"[+-]?\d{1,15}(?:[.,]\d{1,4})?")
_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
# What starts a French label that is not a name: the bank's kind of operation.
_OPERATION = re.compile(
    r"^(?:VIR|VIREMENT|PRLV|PRELEVEMENT|PRELEVMT|CB|CARTE|CHQ|CHEQUE|REM|REMISE|RETRAIT|"
    r"FRAIS|COMMISSION|COTIS|ECH|ECHEANCE|AVOIR|INTERETS|AGIOS|F\s|PAIEMENT)\b",
    re.IGNORECASE,
)


def looks_like(head: bytes) -> bool:
    text = fields.head_text(head)[:4096].upper()
    return "OFXHEADER" in text or "<OFX>" in text


def read(path: Path) -> Statement:
    return parse(fields.read_capped(path), path)


def parse(data: bytes, path: Path) -> Statement:
    if xmlsafe.has_declaration(data):
        raise ImportRejected(path, [xmlsafe.REFUSED_DECLARATION])
    text = fields.decode(data)
    if "<OFX>" not in text.upper():
        raise ImportRejected(path, ["pas de balise <OFX> : ce n'est pas un relevé OFX"])
    if "</OFX>" not in text[-4096:].upper():
        raise ImportRejected(path, ["la balise </OFX> finale manque : fichier tronqué ?"])
    statements = _STATEMENT.findall(text)
    if not statements:
        raise ImportRejected(path, ["aucun relevé de compte bancaire (STMTRS) dans ce fichier OFX"])
    lines: list[StatementLine] = []
    problems: list[str] = []
    accounts: list[str] = []
    number = 0
    for statement in statements:
        try:
            own, default_currency = _heading(statement)
        except InvalidValue as exc:
            problems.append(str(exc))
            continue
        if own and own not in accounts:
            accounts.append(own)
        transactions = _TRANSACTION.findall(statement)
        for transaction in transactions:
            number += 1
            try:
                if len(transaction) > _FRAGMENT_LIMIT:
                    raise InvalidValue(
                        f"transaction {number} : démesurée ({len(transaction)} "
                        "caractères) : fichier altéré ?"
                    )
                tree = _tree(transaction, f"transaction {number}")
                lines.append(_line(tree, number, default_currency))
            except InvalidValue as exc:
                problems.append(str(exc))
        if len(transactions) != len(_OPENING.findall(statement)):
            problems.append(f"après la transaction {number} : une balise </STMTTRN> manque")
    if problems:
        raise ImportRejected(path, problems)
    return Statement(KIND, ", ".join(accounts), fields.unique_bank_ids(lines))


def _heading(statement: str) -> tuple[str, str]:
    """The statement's account and currency, from what it holds besides its transactions."""
    text = _TRANSACTION.sub("", statement)
    if len(text) > _FRAGMENT_LIMIT:
        raise InvalidValue("en-tête de relevé (STMTRS) démesuré : fichier altéré ?")
    heading = _values(_tree(text, "en-tête du relevé (STMTRS)"))
    try:
        return _account(heading), fields.currency(heading.get("curdef"))
    except InvalidValue as exc:
        raise InvalidValue(f"CURDEF : {exc}") from None


def _tree(fragment: str, where: str) -> Any:
    """ofxparse's tree of an OFX fragment (0.15 s to import: when a file is read only)."""
    from ofxparse.ofxparse import OfxPreprocessedFile, soup_maker

    # ofxparse decodes by the SGML header: give it the text, in UTF-8, under a header saying so.
    body = b"ENCODING:UTF-8\r\n\r\n" + fragment.encode("utf-8", errors="replace")
    try:
        return soup_maker(OfxPreprocessedFile(io.BytesIO(body)).fh)
    except (IndexError, ValueError) as exc:  # a "<" that opens no tag it knows
        raise InvalidValue(f"{where} : balises OFX illisibles ({type(exc).__name__})") from None


def _values(tree: Any) -> dict[str, str]:
    """Each tag's own text by its name (lower case), the first of a name kept."""
    values: dict[str, str] = {}
    for tag in tree.find_all(True):
        own = tag.find(string=True, recursive=False)
        if own and own.strip():
            values.setdefault(tag.name, str(own).strip())
    return values


def _account(heading: dict[str, str]) -> str:
    number = heading.get("acctid", "")
    if fields.iban(number):
        return fields.iban(number)
    parts = (heading.get("bankid"), heading.get("branchid"), number)
    return fields.clean(" ".join(p for p in parts if p), 60)


def _line(tree: Any, number: int, default_currency: str) -> StatementLine:
    values = _values(tree)
    fitid = values.get("fitid", "")
    where = f"transaction {number}" + (f" (FITID {fields.clean(fitid, 40)})" if fitid else "")
    amount = _amount(values.get("trnamt", ""), where)
    booked = _date(values.get("dtposted", ""), where)
    foreign = tree.find("currency")  # TRNAMT is then in that currency (not in ORIGCURRENCY)
    currency = _values(foreign).get("cursym", "") if foreign is not None else ""
    name, memo = values.get("name", ""), values.get("memo", "")
    return fields.movement(
        place=where,
        booked=booked,
        amount=amount,
        currency_code=fields.currency(currency or default_currency),
        payer_name=_payer(name, memo) if amount > 0 else name,
        remittance=fields.joined(name, memo),
        bank_id=fitid,
    )


def _amount(written: str, where: str) -> Decimal:
    if not written:
        raise InvalidValue(f"{where} : montant (TRNAMT) absent")
    compact = written.replace(" ", "").replace("\u00a0", "")
    if not _AMOUNT.fullmatch(compact):
        raise InvalidValue(f"{where} : montant illisible {written[:30]!r}")
    try:
        return fields.money(Decimal(compact.replace(",", ".")))
    except InvalidValue as exc:
        raise InvalidValue(f"{where} : {exc}") from None


def _date(written: str, where: str) -> dt.date:
    """The day the bank wrote (YYYYMMDD, then maybe a time and a zone, which do not move it)."""
    if not written:
        raise InvalidValue(f"{where} : date de comptabilisation (DTPOSTED) absente")
    match = _DATE.match(written)
    try:
        if match is None:
            raise ValueError
        day = dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise InvalidValue(
            f"{where} : date illisible {written[:30]!r} (AAAAMMJJ attendu)"
        ) from None
    try:
        return fields.sensible(day)
    except InvalidValue as exc:
        raise InvalidValue(f"{where} : {exc}") from None


def _payer(name: str, memo: str) -> str:
    """Who paid: named by a marker of the label ("/DE ...", "DE: ..."), else the rest of a
    transfer's NAME after the bank's prefix, else NAME itself when it is no operation label
    (OFX's NAME is the payee's name; French banks put their label there)."""
    found = payer_in_label(f"{name} {memo}")
    if found:
        return found
    if is_transfer(name):
        return payer_in_label(name, rest_is_name=True)
    return "" if _OPERATION.match(name) else name
