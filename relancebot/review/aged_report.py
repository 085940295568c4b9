"""The aged balance as the person reads it: a text table (`report --aged`), CSV and HTML files.

CSV cells follow relancebot.review.report: our amounts stay numbers, every text (a customer's
name, a note) is made inert against spreadsheet formulas. HTML escapes every text; its chart
is inline SVG (relancebot.review.chart).
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
from decimal import ROUND_HALF_UP, Decimal

from relancebot.core.money import format_money
from relancebot.review.aging import BUCKETS, AgingReport, CustomerAging
from relancebot.review.chart import collections_svg, month_label
from relancebot.review.report import Cell, csv_cell

HEADINGS = (
    "Client",
    "Code client",
    *(label for _lowest, label in BUCKETS),
    "Total",
    "Factures",
    "Dernier contact",
    "Date dernier contact",
    "Prochaine étape",
)


def dso_text(report: AgingReport) -> str:
    if report.dso is None:
        return "Délai moyen de paiement (DSO) : non calculable, rien de facturé en 90 jours"
    days = f"{report.dso}".replace(".", ",")
    return (
        f"Délai moyen de paiement (DSO) : {days} jours"
        f" (reste dû / ventes des 90 derniers jours, {format_money(report.sales)}, × 90)"
    )


def _when(customer: CustomerAging, tz: dt.tzinfo) -> str:
    contact = customer.last_contact
    return f"{contact.at.astimezone(tz):%d/%m/%Y}" if contact else ""


def _row(customer: CustomerAging, tz: dt.tzinfo) -> list[Cell]:
    contact = customer.last_contact
    return [
        customer.customer,
        customer.customer_id,
        *customer.buckets,
        customer.total,
        customer.invoices,
        contact.what if contact else "",
        _when(customer, tz),
        customer.next_step,
    ]


def aged_csv(report: AgingReport, tz: dt.tzinfo) -> str:
    """The customers, the totals and each bucket's share; then the DSO and the money
    collected per month, each under a heading line. `;` and decimal commas (Excel, fr)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADINGS)
    for customer in report.aged.customers:
        writer.writerow([csv_cell(cell) for cell in _row(customer, tz)])
    aged = report.aged
    total: list[Cell] = ["Total", "", *aged.totals, aged.total]
    shares: list[Cell] = ["Part (%)", "", *aged.shares]
    writer.writerow([csv_cell(c) for c in total])
    writer.writerow([csv_cell(c) for c in shares])
    writer.writerow([])
    dso: list[Cell] = ["Délai moyen de paiement (jours)", report.dso if report.dso else ""]
    writer.writerow([csv_cell(c) for c in dso])
    sales: list[Cell] = ["Ventes des 90 derniers jours", report.sales]
    writer.writerow([csv_cell(c) for c in sales])
    writer.writerow([])
    writer.writerow(["Mois", "Encaissé"])
    for month in report.collections:
        writer.writerow([csv_cell(month_label(month.month)), csv_cell(month.amount)])
    return out.getvalue()


def _euros(amount: Decimal) -> str:
    """Whole euros, for a table that must fit a terminal."""
    return format_money(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)).replace(",00", "")


def aged_text(report: AgingReport, tz: dt.tzinfo) -> str:
    aged = report.aged
    width = 11
    head = f"{'Client':22}" + "".join(f"{label:>{width}}" for _l, label in BUCKETS)
    out = [f"Balance âgée au {report.today:%d/%m/%Y}", head + f"{'Total':>{width}}"]
    for customer in aged.customers:
        cells = "".join(f"{_euros(a):>{width}}" for a in (*customer.buckets, customer.total))
        out.append(f"{customer.customer[:21]:22}{cells}")
        contact = customer.last_contact
        if contact:
            out.append(f"{'':4}dernier contact : {_when(customer, tz)} {contact.what}")
        if customer.next_step:
            out.append(f"{'':4}prochaine étape : {customer.next_step}")
    totals = "".join(f"{_euros(a):>{width}}" for a in (*aged.totals, aged.total))
    shares = "".join(f"{str(s).replace('.', ',') + ' %':>{width}}" for s in aged.shares)
    out += [f"{'Total':22}{totals}", f"{'Part':22}{shares}", "", dso_text(report)]
    out.append("Encaissé par mois :")
    out += [f"  {month_label(m.month):10} {format_money(m.amount):>16}" for m in report.collections]
    return "\n".join(out)


def aged_html(report: AgingReport, firm: str, tz: dt.tzinfo) -> str:
    e = html.escape
    aged = report.aged

    def cells(values: list[Cell]) -> str:
        shown = (format_money(v) if isinstance(v, Decimal) else str(v) for v in values)
        return "".join(f"<td>{e(text)}</td>" for text in shown)

    body = "".join(f"<tr>{cells(_row(c, tz))}</tr>" for c in aged.customers)
    total = cells(["Total", "", *aged.totals, aged.total])
    shares = "".join(f"<td>{e(str(s).replace('.', ','))} %</td>" for s in aged.shares)
    head = "".join(f"<th>{e(h)}</th>" for h in HEADINGS)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Balance âgée — {e(firm)}</title>
<style>
body {{ font-family: Arial, Helvetica, sans-serif; font-size: 13px; color: #222; margin: 24px; }}
h1 {{ font-size: 20px; color: #1f3a5f; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 16px; }}
th, td {{ border: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }}
th {{ background: #f2f2ee; }}
td:nth-child(n+3):nth-child(-n+10) {{ text-align: right; white-space: nowrap; }}
</style></head>
<body>
<h1>Balance âgée — {e(firm)}</h1>
<p>Au {report.today:%d/%m/%Y} : reste dû {e(format_money(aged.total))}.
{e(dso_text(report))}.</p>
<table id="balance-agee"><thead><tr>{head}</tr></thead><tbody>{body}</tbody>
<tfoot><tr>{total}</tr><tr><td>Part</td><td></td>{shares}</tr></tfoot></table>
{collections_svg(report.collections)}
</body>
</html>
"""
