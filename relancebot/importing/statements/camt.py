"""ISO 20022 camt.053 (bank to customer statement), versions .001.02 to .001.13, read with lxml.

Why not `pycamt` (MIT, checked at 1.1.1): it reads the common case, but a statement it misreads
would apply a payment to the wrong invoice. It fails outright on a prefixed namespace
(`<ns2:Document>`, as several banks write it); in a batch entry every detail gets the entry's
AcctSvcrRef (so the bank's id no longer tells the payments apart) and the entry's currency;
in .02 it takes the first `Amt` of a detail, the instructed amount (the payer's currency)
before the booked TxAmt; it keeps only the first structured reference and no referred
document number; and its flat list loses which entry a value came from, which a refusal must
name. The structure is small enough to read here, with the safe parser of `xmlsafe`.

One entry (Ntry) is one booking. A batch booking (several TxDtls) becomes one line per
detail, each with its own amount, payer and remittance. Only booked entries count: a pending
(PDNG) or information-only (INFO) entry is not money on the account yet.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from relancebot.errors import InvalidValue
from relancebot.importing.csvfile import ImportRejected
from relancebot.importing.statements import Statement, StatementLine, fields, xmlsafe
from relancebot.importing.statements.labels import payer_in_label

if TYPE_CHECKING:
    from lxml.etree import _Element as Element

KIND = "camt.053"
_NAMESPACE = re.compile(r"urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(\d\d)")
_VERSIONS = range(2, 14)
_SKIPPED_STATUS = {"PDNG", "INFO", "FUTR"}
_AMOUNT = re.compile(r"\d{1,15}(?:\.\d{1,5})?")


def looks_like(head: bytes) -> bool:
    text = fields.head_text(head)
    # camt.052 and .054 too: they are refused with the reason, not left unrecognised.
    return text.lstrip().startswith("<") and (
        re.search(r"camt\.05[234]\.", text) is not None or "BkToCstmr" in text
    )


def read(path: Path) -> Statement:
    return parse(fields.read_capped(path), path)


def parse(data: bytes, path: Path) -> Statement:
    try:
        root = xmlsafe.parse(data)
    except xmlsafe.XmlRefused as exc:
        raise ImportRejected(path, [str(exc)]) from None
    _check_version(root, data, path)
    statements = root.findall("BkToCstmrStmt/Stmt")
    if not statements:
        raise ImportRejected(path, ["aucun relevé (BkToCstmrStmt/Stmt) dans ce camt.053"])
    lines: list[StatementLine] = []
    problems: list[str] = []
    accounts: list[str] = []
    number = 0
    for statement in statements:
        own = fields.account(
            _text(statement, "Acct/Id/IBAN") or _text(statement, "Acct/Id/Othr/Id")
        )
        if own and own not in accounts:
            accounts.append(own)
        try:
            default_currency = fields.currency(_text(statement, "Acct/Ccy"))
        except InvalidValue as exc:
            problems.append(f"relevé {own or '?'} : {exc}")
            continue
        for entry in statement.findall("Ntry"):
            number += 1
            lines.extend(_entry(entry, number, default_currency, problems))
    if problems:
        raise ImportRejected(path, problems)
    return Statement(KIND, ", ".join(accounts), fields.unique_bank_ids(lines))


def _check_version(root: Element, data: bytes, path: Path) -> None:
    for message, name in (("BkToCstmrAcctRpt", "052"), ("BkToCstmrDbtCdtNtfctn", "054")):
        if root.find(message) is not None:
            raise ImportRejected(
                path,
                [
                    f"camt.{name} : un avis de la banque, pas un relevé de compte ; "
                    "exportez le relevé camt.053 (relevé de fin de journée)"
                ],
            )
    if root.tag != "Document" or root.find("BkToCstmrStmt") is None:
        raise ImportRejected(path, [f"pas un relevé camt.053 (élément racine {root.tag!r})"])
    match = _NAMESPACE.search(xmlsafe.namespace_of(data))
    if match and int(match[1]) not in _VERSIONS:
        raise ImportRejected(
            path, [f"camt.053.001.{match[1]} : version non prise en charge (02 à 13)"]
        )


def _text(element: Element | None, path: str) -> str:
    if element is None:
        return ""
    found = element.find(path)
    return (found.text or "").strip() if found is not None else ""


def _texts(element: Element, path: str) -> list[str]:
    return [(found.text or "").strip() for found in element.findall(path)]


def _amount(element: Element | None, where: str, currency: str) -> tuple[Decimal, str] | None:
    """The amount and currency of an `Amt` element (`currency` when it names none), None
    when there is no such element."""
    if element is None:
        return None
    written = (element.text or "").strip()
    if not _AMOUNT.fullmatch(written):
        raise InvalidValue(f"{where} : montant illisible {written[:30]!r}")
    try:
        return fields.money(Decimal(written)), fields.currency(element.get("Ccy"), currency)
    except InvalidValue as exc:
        raise InvalidValue(f"{where} : {exc}") from None


def _signed(value: Decimal, indicator: str, where: str) -> Decimal:
    if indicator == "CRDT":
        return value
    if indicator == "DBIT":
        return -value
    shown = f" {indicator[:10]!r}" if indicator else ""
    raise InvalidValue(f"{where} : sens (CdtDbtInd{shown}) illisible, CRDT ou DBIT attendu")


def _entry(entry: Element, number: int, currency: str, problems: list[str]) -> list[StatementLine]:
    """The entry's lines (none when it is not booked yet); each bad place goes to `problems`."""
    reference = _text(entry, "AcctSvcrRef")
    where = f"entrée {number}" + (f" (AcctSvcrRef {reference})" if reference else "")
    if (_text(entry, "Sts/Cd") or _text(entry, "Sts")).upper() in _SKIPPED_STATUS:
        return []
    try:
        booked = fields.iso_date(
            _text(entry, "BookgDt/Dt") or _text(entry, "BookgDt/DtTm"),
            f"{where} : date de comptabilisation",
        )
        total = _amount(entry.find("Amt"), where, currency)
        if total is None:
            raise InvalidValue(f"{where} : montant (Amt) absent")
        indicator = _text(entry, "CdtDbtInd")
        signed = _signed(total[0], indicator, where)
    except InvalidValue as exc:
        problems.append(str(exc))
        return []
    details = entry.findall("NtryDtls/TxDtls")
    if len(details) <= 1:
        detail = details[0] if details else None
        line = _line(detail, where, booked, signed, total[1], reference)
        return [_with_label(line, _text(entry, "AddtlNtryInf"))]
    lines = []
    for index, detail in enumerate(details, start=1):
        place = f"{where}, détail {index}"
        try:
            own = _amount(detail.find("Amt"), place, total[1]) or _amount(
                detail.find("AmtDtls/TxAmt/Amt"), place, total[1]
            )
            if own is None:
                raise InvalidValue(f"{place} : montant du détail absent (entrée groupée)")
            amount = _signed(own[0], _text(detail, "CdtDbtInd") or indicator, place)
        except InvalidValue as exc:
            problems.append(str(exc))
            continue
        bank_id = f"{reference}/{index}" if reference else ""
        lines.append(_line(detail, place, booked, amount, own[1], bank_id))
    return lines


def _line(
    detail: Element | None,
    place: str,
    booked: dt.date,
    amount: Decimal,
    currency: str,
    bank_id: str,
) -> StatementLine:
    """One movement; for a debit the other party is the creditor (kept for the record)."""
    if detail is not None:
        bank_id = _text(detail, "Refs/AcctSvcrRef") or bank_id
    side = ("Dbtr", "UltmtDbtr", "DbtrAcct") if amount > 0 else ("Cdtr", "UltmtCdtr", "CdtrAcct")
    return fields.movement(
        place=place,
        booked=booked,
        amount=amount,
        currency_code=currency,
        payer_name=_party_name(detail, side[0]) or _party_name(detail, side[1]),
        payer_iban=_text(detail, f"RltdPties/{side[2]}/Id/IBAN"),
        remittance=_remittance(detail),
        end_to_end_id=_text(detail, "Refs/EndToEndId"),
        bank_id=bank_id,
    )


def _party_name(detail: Element | None, party: str) -> str:
    """The name under RltdPties/<party>: directly (.02 to .07) or under Pty (.08 on)."""
    return _text(detail, f"RltdPties/{party}/Nm") or _text(detail, f"RltdPties/{party}/Pty/Nm")


def _remittance(detail: Element | None) -> str:
    """The unstructured texts, then each structured block's creditor reference (an RF
    reference), referred document numbers (invoice numbers) and additional text."""
    if detail is None:
        return ""
    parts = _texts(detail, "RmtInf/Ustrd")
    for block in detail.findall("RmtInf/Strd"):
        parts += _texts(block, "CdtrRefInf/Ref")
        parts += _texts(block, "RfrdDocInf/Nb")
        parts += _texts(block, "AddtlRmtInf")
    parts += _texts(detail, "AddtlTxInf")
    return fields.joined(*parts)


def _with_label(line: StatementLine, label: str) -> StatementLine:
    """A single booking's line with the bank's label (AddtlNtryInf) after its remittance, and
    the payer named there when the details name none."""
    if not label:
        return line
    return replace(
        line,
        remittance=fields.joined(line.remittance, label),
        payer_name=line.payer_name or fields.clean(payer_in_label(label), fields.NAME_LIMIT),
    )
