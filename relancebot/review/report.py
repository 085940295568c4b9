"""Where every case stands, for the firm or the secretary's client: CSV, HTML or plain text."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from collections.abc import Sequence
from decimal import Decimal

from relancebot.core.money import format_money
from relancebot.review.cases import CaseLine

COLUMNS = (
    "Client",
    "Code client",
    "Facture",
    "Échéance",
    "Montant TTC",
    "Payé",
    "Reste dû",
    "Jours de retard",
    "Niveau atteint",
    "Dernière action",
    "Date dernière action",
    "État",
    "Prochaine étape",
)


# A spreadsheet reads a cell starting with one of these as a formula (OWASP, CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")

Cell = str | Decimal | int  # text, an amount, a number of days


def _decimal(value: Decimal) -> str:
    """'1250,00': what a French spreadsheet reads as a number."""
    return f"{value:.2f}".replace(".", ",")


def inert(text: str) -> str:
    """Text a spreadsheet shows as it is: a customer called "=HYPERLINK(...)" or "-Dupont" gets
    a leading quote, which Excel and LibreOffice take as "this is text" and do not display."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _row(line: CaseLine, tz: dt.tzinfo) -> list[Cell]:
    at = line.last_action_at
    return [
        line.customer,
        line.customer_id,
        line.number,
        line.due_date.strftime("%d/%m/%Y"),
        line.amount,
        line.paid,
        line.balance,
        line.days_overdue,
        line.level_name,
        line.last_action,
        at.astimezone(tz).strftime("%d/%m/%Y %H:%M") if at else "",
        line.state,
        line.next_step,
    ]


def csv_cell(cell: Cell) -> str:
    """Our own numbers stay numbers (negative ones too), so the sheet still sums them; every
    text is made inert, whoever wrote it."""
    if isinstance(cell, Decimal):
        return _decimal(cell)
    if isinstance(cell, int):
        return str(cell)
    return inert(cell)


def report_csv(lines: Sequence[CaseLine], tz: dt.tzinfo) -> str:
    """Semicolons and decimal commas, as French spreadsheets expect (written with a BOM)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for line in lines:
        writer.writerow([csv_cell(cell) for cell in _row(line, tz)])
    return out.getvalue()


def totals(lines: Sequence[CaseLine]) -> tuple[Decimal, Decimal, int]:
    """(balance of every case, of the overdue ones, how many are overdue)."""
    overdue = [c for c in lines if c.days_overdue > 0 and c.balance > 0]
    return (
        sum((c.balance for c in lines), Decimal("0.00")),
        sum((c.balance for c in overdue), Decimal("0.00")),
        len(overdue),
    )


def report_html(lines: Sequence[CaseLine], firm: str, now: dt.datetime, tz: dt.tzinfo) -> str:
    e = html.escape
    balance, overdue, count = totals(lines)
    head = "".join(f"<th>{e(c)}</th>" for c in COLUMNS)

    def text(cell: Cell, currency: str) -> str:
        return format_money(cell, currency) if isinstance(cell, Decimal) else str(cell)

    body = "".join(
        "<tr>"
        + "".join(f"<td>{e(text(cell, line.currency))}</td>" for cell in _row(line, tz))
        + "</tr>"
        for line in lines
    )
    local = now.astimezone(tz)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Point des relances — {e(firm)}</title>
<style>
body {{ font-family: Arial, Helvetica, sans-serif; font-size: 13px; color: #222; margin: 24px; }}
h1 {{ font-size: 20px; color: #1f3a5f; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }}
th {{ background: #f2f2ee; }}
td:nth-child(n+5):nth-child(-n+8) {{ text-align: right; white-space: nowrap; }}
</style></head>
<body>
<h1>Point des relances — {e(firm)}</h1>
<p>Au {local:%d/%m/%Y à %H:%M} : {len(lines)} dossier(s), reste dû {e(format_money(balance))},
dont {e(format_money(overdue))} en retard sur {count} facture(s).</p>
<table id="dossiers"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>
</body>
</html>
"""


def report_text(lines: Sequence[CaseLine], tz: dt.tzinfo) -> str:
    balance, overdue, count = totals(lines)
    out = []
    for line in lines:
        out.append(
            f"{line.number:14} {line.customer[:28]:28} {format_money(line.balance):>14}"
            f"  {line.days_overdue:>4} j  {line.level_name:14} {line.state}"
        )
        out.append(f"{'':14} prochaine étape : {line.next_step}")
        if line.last_action:
            at = line.last_action_at
            when = f"{at.astimezone(tz):%d/%m} " if at else ""
            out.append(f"{'':14} dernière action : {when}{line.last_action}")
    out.append(
        f"Total : {len(lines)} dossier(s), reste dû {format_money(balance)},"
        f" en retard {format_money(overdue)} ({count} facture(s))."
    )
    return "\n".join(out)
