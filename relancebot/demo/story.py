"""Running the demo: a firm folder, six weeks of passes, replies arriving, then the files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from zoneinfo import ZoneInfo

from fpdf import FPDF

from relancebot.demo.scenario import FIRM, INVOICES, PAYMENTS, REPLIES, START, WEEKS, Reply
from relancebot.store.files import (
    add_to_maildir,
    make_maildir,
    private_dir,
    write_private,
    write_private_text,
)

PARIS = ZoneInfo("Europe/Paris")
Run = Callable[..., str]  # run(*args, now=...) -> output of one relancebot command


def write_firm(folder: Path) -> None:
    """The demo's firm folder: its customers' data is the owner's alone, like a real firm's."""
    private_dir(folder)
    private_dir(folder / "factures")
    write_private_text(folder / "config.toml", FIRM)
    lines = [
        "Numéro;Client;Courriel;Montant HT;Montant TTC;Date;Échéance;PDF;Langue;Contact;Téléphone"
    ]
    for inv in INVOICES:
        pdf = FPDF()
        pdf.add_page()
        pdf.set_font("helvetica", size=16)
        pdf.cell(text=f"Atelier Morel SARL - Facture {inv.number}")
        pdf.ln(12)
        pdf.set_font("helvetica", size=11)
        pdf.cell(
            text=f"{inv.client} - {inv.amount} EUR TTC - échéance {inv.due}".encode(
                "latin-1", "replace"
            ).decode("latin-1")
        )
        write_private(folder / "factures" / f"{inv.number}.pdf", bytes(pdf.output()))
        lines.append(
            ";".join(
                [
                    inv.number,
                    inv.client,
                    inv.email,
                    inv.excl_tax,
                    inv.amount,
                    inv.issued,
                    inv.due,
                    f"factures/{inv.number}.pdf",
                    inv.language,
                    inv.contact,
                    inv.phone,
                ]
            )
        )
    write_private_text(folder / "factures.csv", "\n".join(lines) + "\n")


def _last_reminder(folder: Path, address: str) -> tuple[str, str]:
    with sqlite3.connect(folder / "relancebot.db") as conn:
        row = conn.execute(
            "SELECT message_id, subject FROM outbox WHERE recipients LIKE ? AND kind != 'digest'"
            " ORDER BY id DESC LIMIT 1",
            [f'%"{address}"%'],
        ).fetchone()
    if row is None:
        raise RuntimeError(f"démo : aucune relance envoyée à {address} avant sa réponse")
    return str(row[0]), str(row[1])


def build_reply(folder: Path, reply: Reply, when: dt.datetime) -> bytes:
    message_id, subject = _last_reminder(folder, reply.customer_email)
    msg = EmailMessage()
    msg["From"] = reply.sender
    msg["To"] = "relances@atelier-morel.fr"
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain=reply.sender.rpartition("@")[2])
    msg["Subject"] = reply.subject or f"RE: {subject}"
    if reply.kind == "autoreply":
        msg["Auto-Submitted"] = "auto-replied"
    if reply.kind == "bounce":
        msg.set_content(reply.body)
        original = EmailMessage()
        original["Message-ID"] = message_id
        original["To"] = reply.customer_email
        original["Subject"] = subject
        msg.add_attachment(original.as_bytes(), maintype="text", subtype="rfc822-headers")
        msg.replace_header("Content-Type", msg["Content-Type"].replace("mixed", "report"))
        return msg.as_bytes()
    msg["In-Reply-To"] = message_id
    msg["References"] = message_id
    quoted = f"\n\nLe {when:%d/%m/%Y}, Atelier Morel SARL <relances@atelier-morel.fr> a écrit :\n"
    msg.set_content(reply.body + quoted + "> Sauf erreur de notre part, la facture reste impayée.")
    return msg.as_bytes()


def play(folder: Path, run: Run, say: Callable[[str], None]) -> None:
    """Six weeks: each day a pass at 08:30 (digest), 09:30 (reminders), replies at 14:00, a
    pass at 15:00 (they are read and acted on)."""
    write_firm(folder)
    first = dt.datetime.combine(START, dt.time(7, 0), tzinfo=PARIS)
    run("import-invoices", str(folder / "factures.csv"), now=first.isoformat())
    inbox = make_maildir(folder / "inbox")
    for offset in range(WEEKS * 7):
        day = START + dt.timedelta(days=offset)
        for number_day, number, amount in PAYMENTS:
            if number_day == offset:
                path = private_dir(folder / "banque") / f"paiements-{day}.csv"
                write_private_text(path, f"number;amount;date\n{number};{amount};{day:%d/%m/%Y}\n")
                run("import-payments", str(path), now=f"{day}T07:00")
        for hour in ("08:30", "09:30"):
            run("tick", now=f"{day}T{hour}")
        for reply in REPLIES:
            if reply.day == offset:
                when = dt.datetime.combine(day, dt.time(14, 0), tzinfo=PARIS)
                add_to_maildir(inbox, build_reply(folder, reply, when))
        run("tick", now=f"{day}T15:00")
        if day.weekday() == 4:
            say(f"  semaine du {day - dt.timedelta(days=4):%d/%m} jouée")
