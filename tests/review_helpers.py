"""Shared set-up for the person's-side tests: a firm with a few overdue invoices."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from relancebot.store.database import open_database
from relancebot.store.replies import ReplyRow, insert_reply
from relancebot.store.tasks import TaskKind, open_task

from .conftest import Firm
from .servers.smtp import SmtpServer

PARIS = ZoneInfo("Europe/Paris")
INVOICES = """\
    number;client;email;amount;issue_date;due_date;pdf;phone;contact;language;cc
    F-1;Boulangerie Dupont;compta@dupont.fr;1250,00;02/10/2026;02/11/2026;factures/F-1.pdf;06 11 22 33 44;Mme Dupont;fr;expert@roux.fr
    F-2;Boulangerie Dupont;compta@dupont.fr;120,00;03/10/2026;02/11/2026;factures/F-2.pdf;;;fr;
    F-3;Studio Lefèvre;studio@lefevre.fr;600,00;02/10/2026;02/11/2026;factures/F-3.pdf;01 40 00 00 00;M. Lefèvre;fr;
    F-4;Acme Ltd;ap@acme.co.uk;3600,00;10/10/2026;10/11/2026;factures/F-4.pdf;;John Smith;en;
    """


def setup_firm(firm: Firm, smtp: SmtpServer | None = None, review: str | None = None) -> None:
    extra = ""
    if smtp is not None:
        extra += f'[smtp]\nhost = "127.0.0.1"\nport = {smtp.port}\nsecurity = "none"\n'
    firm.write_config(extra)
    if review is not None:
        text = firm.config.read_text(encoding="utf-8")
        firm.config.write_text(
            text.replace('email = "gerant@atelier-morel.fr"', f'email = "{review}"'),
            encoding="utf-8",
        )
    for number in ("F-1", "F-2", "F-3", "F-4"):
        firm.pdf(number)
    firm.csv("factures.csv", INVOICES)
    firm.run("import-invoices", str(firm.root / "factures.csv"), now="2026-11-02T07:00")


def db_of(firm: Firm) -> Database:
    return open_database(firm.root / "relancebot.db")


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=PARIS)


def add_reply(
    db: Database, customer: str, number: str, category: str, excerpt: str, when: str
) -> int:
    with db.atomic():
        return insert_reply(
            db,
            ReplyRow(
                mailbox="maildir:test",
                uid=abs(hash((customer, when, category))) % 100000,
                uidvalidity=1,
                message_id=f"<{customer}.{category}.{when}@client.example>",
                received_at=at(when),
                state="handled",
                size=len(excerpt),
                raw=b"",
                sender=f"compta@{customer}.example",
                subject="Re: Relance",
                category=category,
                reasons=[f"indice : {category}"],
                excerpt=excerpt,
                customer_id=customer,
                link_method="invoice_number",
                invoices=[number],
            ),
            at(when),
        )


def add_task(
    db: Database,
    kind: TaskKind,
    summary: str,
    when: str,
    *,
    customer: str,
    invoice: str | None = None,
    reply_id: int | None = None,
) -> int:
    with db.atomic():
        return open_task(
            db, kind, summary, at(when), customer=customer, invoice=invoice, reply_id=reply_id
        )
