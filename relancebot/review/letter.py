"""The formal notice ("mise en demeure"), prepared as a PDF for the direction to sign.

The secretary never signs it; relancebot only prepares it, around 30 days overdue, from
the records: the invoices, the reminders already sent, the penalties and the indemnity.
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from relancebot.config import Settings
from relancebot.core.model import LEVEL_NAMES
from relancebot.core.money import format_money
from relancebot.core.payment_details import Due
from relancebot.errors import NotAllowedNow
from relancebot.outgoing.payment_qr import PaymentBlock, firm_payment
from relancebot.outgoing.render import long_date
from relancebot.review.cases import Target
from relancebot.store.connection import Database
from relancebot.store.records import customer_row, from_iso

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
DEADLINE_DAYS = 8
_ASCII = {"€": "EUR", "’": "'", "«": '"', "»": '"', "–": "-", "—": "-", "…": "...", "œ": "oe"}


@dataclass(frozen=True)
class Letter:
    pdf: bytes
    total: Decimal
    deadline: dt.date
    numbers: tuple[str, ...]


def _plain(text: str) -> str:
    """For the core Helvetica font (Latin-1 only) when no Unicode font is installed."""
    text = text.replace("\u202f", " ").replace("\u00a0", " ")
    for char, ascii_text in _ASCII.items():
        text = text.replace(char, ascii_text)
    out = []
    for char in text:
        if ord(char) < 256:
            out.append(char)
        else:
            out.append(unicodedata.normalize("NFKD", char).encode("ascii", "ignore").decode())
    return "".join(out)


class _Pdf(FPDF):
    def __init__(self, font_dir: Path) -> None:
        super().__init__(format="A4")
        self.set_margins(22, 18, 22)
        self.set_auto_page_break(True, 20)
        regular, bold = font_dir / "DejaVuSans.ttf", font_dir / "DejaVuSans-Bold.ttf"
        self.has_unicode = regular.exists()
        if self.has_unicode:
            self.add_font("letter", "", str(regular))
            self.add_font("letter", "B", str(bold if bold.exists() else regular))
            self.letter_family = "letter"
        else:
            self.letter_family = "helvetica"

    def say(self, text: str, size: float = 10.5, bold: bool = False, align: str = "L") -> None:
        self.set_font(self.letter_family, "B" if bold else "", size)
        self.multi_cell(
            0,
            size * 0.5,
            self.plain_if_needed(text),
            align=align,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    def plain_if_needed(self, text: str) -> str:
        return text if self.has_unicode else _plain(text)

    def row(self, cells: list[str], widths: list[float], bold: bool = False) -> None:
        self.set_font(self.letter_family, "B" if bold else "", 9.5)
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            last = i == len(cells) - 1
            self.cell(
                width,
                6.5,
                self.plain_if_needed(cell),
                border="B",
                align="L" if i < 3 else "R",
                new_x=XPos.LMARGIN if last else XPos.RIGHT,
                new_y=YPos.NEXT if last else YPos.TOP,
            )


def _history(db: Database, numbers: tuple[str, ...], tz: dt.tzinfo) -> list[str]:
    """The reminders known to have left: a letter the firm signs asserts nothing in doubt
    (an uncertain message may never have reached the server)."""
    marks = ",".join("?" * len(numbers))
    rows = db.execute(
        f"""SELECT o.sent_at, o.created_at, r.level, group_concat(r.invoice_number, ', ')
        FROM reminders r JOIN outbox o ON o.id = r.outbox_id
        WHERE r.invoice_number IN ({marks}) AND o.state = 'sent'
        GROUP BY o.id ORDER BY o.id""",
        list(numbers),
    ).fetchall()
    lines = []
    for sent, created, level, invoices in rows:
        moment = from_iso(sent or created)
        assert moment is not None
        name = LEVEL_NAMES.get(int(level), f"relance {level}")
        lines.append(f"{long_date(moment.astimezone(tz).date())} : {name} ({invoices}) par email")
    return lines


QR_SIZE = 32.0  # mm: read at arm's length by a phone, as banks print them on invoices


def _payment_block(pdf: _Pdf, payment: PaymentBlock) -> None:
    """The "Pour régler" block, its QR code on the right, kept on one page."""
    lines = [("Bénéficiaire", payment.payee), ("IBAN", payment.iban)]
    if payment.bic:
        lines.append(("BIC", payment.bic))
    if payment.amount is not None:
        lines.append(("Montant", format_money(payment.amount, payment.currency)))
    lines.append(("Référence à indiquer", payment.reference))
    height = max(6.0 + 5.5 * len(lines), QR_SIZE + 2 if payment.qr else 0.0)
    if pdf.will_page_break(height):
        pdf.add_page()
    top = pdf.get_y()
    text_width = pdf.epw - (QR_SIZE + 6 if payment.qr else 0)
    pdf.set_font(pdf.letter_family, "B", 10.5)
    pdf.cell(text_width, 6, pdf.plain_if_needed("Pour régler par virement"),
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)  # fmt: skip
    for label, value in lines:
        pdf.set_font(pdf.letter_family, "", 10)
        pdf.cell(42, 5.5, pdf.plain_if_needed(label), new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_font(pdf.letter_family, "B", 10)
        pdf.cell(text_width - 42, 5.5, pdf.plain_if_needed(value),
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)  # fmt: skip
    if payment.qr is not None:
        pdf.image(
            io.BytesIO(payment.qr.content),
            x=pdf.l_margin + pdf.epw - QR_SIZE,
            y=top,
            w=QR_SIZE,
            h=QR_SIZE,
            alt_text="QR code de virement SEPA",
        )
    pdf.set_y(top + height)


def prepare_letter(
    db: Database, settings: Settings, target: Target, now: dt.datetime, font_dir: Path = FONT_DIR
) -> Letter:
    if not target.numbers:
        raise NotAllowedNow(f"{target.customer_id} : aucune facture impayée")
    customer = customer_row(db, target.customer_id)
    assert customer is not None
    firm = settings.firm
    today = now.astimezone(settings.tz).date()
    deadline = today + dt.timedelta(days=DEADLINE_DAYS)
    rows: list[dict[str, Any]] = [
        r for n in target.numbers for r in db.query("SELECT * FROM invoices WHERE number = ?", [n])
    ]
    total = sum((Decimal(r["amount"]) - Decimal(r["paid"]) for r in rows), Decimal("0.00"))
    indemnity = settings.policy.recovery_indemnity
    money = format_money

    pdf = _Pdf(font_dir)
    pdf.set_creation_date(now)  # and the /ID with it: the same `now` gives the same bytes
    pdf.add_page()
    pdf.say(firm.name, 13, bold=True)
    for line in (firm.address, f"Tél. {firm.phone}" if firm.phone else "", firm.email):
        if line:
            pdf.say(line, 9.5)
    pdf.ln(8)
    pdf.set_x(115)
    pdf.say(customer["name"], bold=True)
    if customer["contact"]:
        pdf.set_x(115)
        pdf.say(f"À l'attention de {customer['contact']}")
    pdf.ln(8)
    pdf.say(f"Le {long_date(today)}", align="R")
    pdf.ln(3)
    pdf.say("Lettre recommandée avec accusé de réception", bold=True)
    pdf.say("Objet : Mise en demeure de payer", bold=True)
    pdf.ln(4)
    pdf.say("Madame, Monsieur,")
    pdf.ln(2)
    history = _history(db, target.numbers, settings.tz)
    plural = len(rows) > 1
    pdf.say(
        ("Malgré nos relances restées sans effet, " if history else "Sauf erreur de notre part, ")
        + ("les factures suivantes demeurent impayées" if plural else "la facture suivante demeure")
        + (" :" if plural else " impayée :")
    )
    pdf.ln(2)
    widths = [34.0, 26.0, 26.0, 40.0, 40.0]
    pdf.row(["Facture", "Date", "Échéance", "Montant TTC", "Reste dû"], widths, bold=True)
    for r in rows:
        pdf.row(
            [
                r["number"],
                dt.date.fromisoformat(r["issue_date"]).strftime("%d/%m/%Y"),
                dt.date.fromisoformat(r["due_date"]).strftime("%d/%m/%Y"),
                money(Decimal(r["amount"]), r["currency"]),
                money(Decimal(r["amount"]) - Decimal(r["paid"]), r["currency"]),
            ],
            widths,
        )
    pdf.row(["Total", "", "", "", money(total)], widths, bold=True)
    pdf.ln(4)
    if history:
        pdf.say("Nous vous avons adressé les relances suivantes :")
        for line in history:
            pdf.say(f"  – {line}")
        pdf.ln(2)
    pdf.say(
        f"Par la présente, nous vous mettons en demeure de nous régler la somme de "
        f"{money(total)} dans un délai de {DEADLINE_DAYS} jours à compter de la date de "
        f"cette lettre, soit au plus tard le {long_date(deadline)}"
        + (", par virement (coordonnées ci-dessous)." if firm.iban else ".")
    )
    pdf.ln(2)
    dues = [
        Due(r["number"], Decimal(r["amount"]) - Decimal(r["paid"]), r["currency"]) for r in rows
    ]
    payment = firm_payment(firm, dues)
    if payment is not None:
        _payment_block(pdf, payment)
        pdf.ln(2)
    pdf.say(
        "Conformément à l'article L441-10 du Code de commerce, ces sommes sont majorées de "
        f"plein droit des pénalités de retard au taux de {firm.late_penalty_terms}, calculées "
        "à compter du lendemain de chaque échéance, ainsi que de l'indemnité forfaitaire pour "
        f"frais de recouvrement de {money(indemnity)} par facture (article D441-5), soit "
        f"{money(indemnity * len(rows))} pour {len(rows)} facture{'s' if plural else ''}."
    )
    pdf.ln(2)
    pdf.say(
        "À défaut de règlement dans ce délai, nous nous réservons le droit d'engager sans "
        "autre avis une procédure de recouvrement judiciaire, dont les frais resteraient à "
        "votre charge."
    )
    pdf.ln(2)
    pdf.say(
        "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées."
    )
    pdf.ln(10)
    pdf.set_x(115)
    pdf.say(firm.signatory or "La direction", bold=True)
    pdf.set_x(115)
    pdf.say(firm.name)
    pdf.set_x(115)
    pdf.say("Signature :")
    return Letter(bytes(pdf.output()), total, deadline, target.numbers)
