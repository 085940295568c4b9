"""The CSV exports of French banks (see `bankcsv_layouts`), recognised by their header row,
which may come after a preamble. One movement a row; a label may span lines inside quotes.

The payer is named only where the label says it ("/DE ...", "DE: ..."), or on the line after
a transfer's heading when the label spans lines ("VIREMENT EN VOTRE FAVEUR\nDUPONT SARL\n
FACTURE ..."). The account is the first IBAN, else the first long account number, of the
preamble.
"""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

from relancebot.core.money import AmountError, column_decimal_mark, parse_amount
from relancebot.errors import InvalidValue
from relancebot.importing.csvfile import ImportRejected, normalise_header, parse_date
from relancebot.importing.statements import Statement, StatementLine, fields
from relancebot.importing.statements.bankcsv_layouts import Layout, layout_of
from relancebot.importing.statements.labels import is_transfer, payer_in_label

_PREAMBLE_LINES = 30
_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_DELIMITERS = (";", ",", "\t")
# A summary row some exports end with ("Solde au 05/11/2026", "Total des opérations"): no movement.
_SUMMARY = re.compile(
    r"(?:total|sous total|solde|ancien solde|nouveau solde|cumul)\b"
)  # a header further down is not a bank's export
_ACCOUNT_NUMBER = re.compile(r"(?<![\d/.,])(\d{9,23}[A-Z]?\d{0,3})(?![\d/.,])")


def looks_like(head: bytes) -> str | None:
    """ "csv:<bank>" when a bank's header row is among the first lines, else None."""
    text = fields.decode_head(head)
    found = _header(_LINE_BREAK.split(text)[:_PREAMBLE_LINES])
    return f"csv:{found[1].bank}" if found else None


def read(path: Path) -> Statement:
    return parse(fields.read_capped(path), path)


def _cells(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return []


def _header(lines: list[str]) -> tuple[int, Layout, str] | None:
    """Where the header is, whose it is, and its delimiter (';' as French banks write it;
    ',' or a tab when a spreadsheet saved the file again)."""
    for index, line in enumerate(lines):
        for delimiter in _DELIMITERS:
            layout = layout_of(_cells(line, delimiter))
            if layout is not None:
                return index, layout, delimiter
    return None


def parse(data: bytes, path: Path) -> Statement:
    lines = _LINE_BREAK.split(fields.decode(data))
    found = _header(lines[:_PREAMBLE_LINES])
    if found is None:
        raise ImportRejected(path, ["en-tête d'export bancaire CSV non reconnu"])
    index, layout, delimiter = found
    rows = _rows(lines, index, delimiter, path)
    marks = _decimal_marks(layout, [values for _, values in rows])
    statement_lines: list[StatementLine] = []
    problems = []
    for number, values in rows:
        if not any(values.values()) or _SUMMARY.match(
            normalise_header(values.get(layout.date, ""))
        ):
            continue
        try:
            statement_lines.append(_line(layout, number, values, marks))
        except InvalidValue as exc:
            problems.append(f"ligne {number} : {exc}")
    if problems:
        raise ImportRejected(path, problems)
    return Statement(
        f"csv:{layout.bank}", _account(lines[:index]), fields.unique_bank_ids(statement_lines)
    )


def _rows(
    lines: list[str], index: int, delimiter: str, path: Path
) -> list[tuple[int, dict[str, str]]]:
    """The rows under the header, each with its first line's number and its cells by
    folded column name; a quoted cell may span lines."""
    reader = csv.reader(
        io.StringIO("\n".join(lines[index:]), newline=""), delimiter=delimiter, strict=True
    )
    rows: list[tuple[int, dict[str, str]]] = []
    try:
        header = [normalise_header(name) for name in next(reader)]
        while True:
            number = index + reader.line_num + 1
            cells = next(reader, None)
            if cells is None:
                return rows
            rows.append((number, dict(zip(header, (c.strip() for c in cells), strict=False))))
    except csv.Error as exc:
        number = index + reader.line_num
        raise ImportRejected(path, [f"ligne {number} : CSV illisible ({exc})"]) from None


def _account(preamble: list[str]) -> str:
    text = " ".join(preamble)
    for candidate in re.findall(r"[A-Z]{2}\d{2}[A-Z0-9 ]{11,40}", text):
        if fields.iban(candidate.strip()):
            return fields.iban(candidate.strip())
    match = _ACCOUNT_NUMBER.search(text.replace('="', " ").replace('"', " "))
    return match[1] if match else ""


def _decimal_marks(layout: Layout, rows: list[dict[str, str]]) -> dict[str, str]:
    """Each money column's decimal mark as the column shows it, else the French comma."""
    columns = [c for c in (layout.amount, layout.debit, layout.credit) if c]
    return {
        c: column_decimal_mark(row.get(c, "") for row in rows if row.get(c)) or "," for c in columns
    }


def _money(written: str, mark: str) -> Decimal:
    try:
        return fields.money(parse_amount(written.strip().removeprefix("+"), mark))
    except AmountError as exc:
        raise InvalidValue(str(exc)) from None


def _line(
    layout: Layout, number: int, values: dict[str, str], marks: dict[str, str]
) -> StatementLine:
    written = values.get(layout.date, "")
    if not written:
        raise InvalidValue("date absente")
    booked = fields.sensible(parse_date(written))
    if layout.amount:
        if not values.get(layout.amount):
            raise InvalidValue("montant absent")
        amount = _money(values[layout.amount], marks[layout.amount])
    else:
        debit, credit = values.get(layout.debit, ""), values.get(layout.credit, "")
        if debit and credit:
            raise InvalidValue(f"un débit ({debit}) et un crédit ({credit}) sur la même ligne")
        if not debit and not credit:
            raise InvalidValue("ni débit ni crédit")
        amount = (
            -abs(_money(debit, marks[layout.debit]))
            if debit
            else abs(_money(credit, marks[layout.credit]))
        )
    labels = [values.get(column, "") for column in layout.labels]
    return fields.movement(
        place=f"ligne {number}",
        booked=booked,
        amount=amount,
        currency_code=fields.currency(values.get(layout.currency, "") if layout.currency else ""),
        payer_name=_payer(labels, values.get(layout.counterparty, "")) if amount > 0 else "",
        remittance=fields.joined(*labels),
        bank_id=values.get(layout.reference, "") if layout.reference else "",
    )


def _payer(labels: list[str], counterparty: str) -> str:
    """Named by a marker of any label; else the short label of a transfer when the full one
    ends with it ("VIR SEPA EURL MARTIN ET CO" and "EURL MARTIN ET CO"); else, in a label
    spanning lines, the line after a transfer's heading ("VIREMENT EN VOTRE FAVEUR" then the
    payer)."""
    for label in labels:
        found = payer_in_label(label)
        if found:
            return found
    first = fields.clean(labels[0] if labels else "")
    if counterparty and is_transfer(first) and first.endswith(fields.clean(counterparty)):
        return counterparty
    parts = [part.strip() for part in labels[0].splitlines() if part.strip()] if labels else []
    if len(parts) >= 2 and is_transfer(parts[0]):
        return payer_in_label(parts[0], rest_is_name=True) or parts[1]
    return ""
