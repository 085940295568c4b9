"""One owner for an invoice's chase state (relancebot.store.chase): whoever asks (the service, a
command, a web page), the same rules of the core decide, and the journal names who acted."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import relancebot
from relancebot.config import load_settings
from relancebot.core.promises import promise_pause
from relancebot.errors import NotAllowedNow, RelancebotError, UnknownCustomer, UnknownInvoice
from relancebot.store import chase
from relancebot.store.connection import Database
from relancebot.store.database import open_database
from relancebot.store.records import iso

from .conftest import Firm
from .review_helpers import PARIS, at, setup_firm
from .servers.smtp import SmtpServer

# Columns of an invoice's or a customer's chase state: written in relancebot/store/chase only.
CHASE_COLUMNS = (
    "chase|paused_until|chase_reason|escalated_at|reminders_sent|last_reminder_at"
    "|pre_reminder_sent|cadence_anchor_at|last_duplicate_at|promised_date|paid_claimed_at"
    "|paid|paid_at|do_not_chase|extra_delay_days"
)
RAW_WRITE = re.compile(
    rf"UPDATE\s+(invoices|customers)\s+SET\b[^;\"]*?\b({CHASE_COLUMNS})\s*=", re.IGNORECASE
)


def test_only_the_chase_module_writes_chase_state() -> None:
    package = Path(relancebot.__file__).parent
    owner = package / "store" / "chase"
    writers = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if owner not in path.parents and RAW_WRITE.search(path.read_text(encoding="utf-8"))
    )
    assert writers == []


def db_of(firm: Firm) -> Database:
    return open_database(firm.root / "relancebot.db")


def with_grace(firm: Firm, days: int) -> None:
    text = firm.config.read_text(encoding="utf-8")
    firm.config.write_text(text + f"\n[actions]\npromise_grace_business_days = {days}\n")


def invoice(firm: Firm, number: str) -> dict[str, object]:
    return next(db_of(firm).query("SELECT * FROM invoices WHERE number = ?", [number]))


def test_a_phoned_promise_follows_the_written_rule(firm: Firm, smtp_server: SmtpServer) -> None:
    """[actions] promise_grace_business_days holds a phoned promise as it holds a written one."""
    setup_firm(firm, smtp_server)
    with_grace(firm, 5)
    firm.run("tick", now="2026-11-03T09:30")
    firm.run("call", "F-3", "--outcome", "promise", "--date", "2026-11-12", now="2026-11-05T10:00")
    settings = load_settings(firm.config, explicit=True)
    calendar = settings.business_calendar()
    written = promise_pause(dt.date(2026, 11, 12), settings.actions, calendar, dt.date(2026, 11, 5))
    row = invoice(firm, "F-3")
    # 12 Nov + 5 business days: the 13th, 16th, 17th, 18th, 19th.
    assert written.date() == dt.date(2026, 11, 19)
    assert row["paused_until"] == iso(written)
    assert row["chase_reason"] == "promesse de paiement au 12/11/2026"
    assert row["promised_date"] == "2026-11-12"
    # A date already past holds the chase the default span, as in a reply; the call keeps it.
    firm.run("call", "F-4", "--outcome", "promise", "--date", "2026-11-01", now="2026-11-05T10:00")
    row = invoice(firm, "F-4")
    default = promise_pause(None, settings.actions, calendar, dt.date(2026, 11, 5))
    assert row["paused_until"] == iso(default) and row["promised_date"] is None
    assert row["chase_reason"] == "promesse de paiement (sans date)"
    calls = db_of(firm).execute("SELECT promised_date FROM calls ORDER BY id").fetchall()
    assert calls == [("2026-11-12",), ("2026-11-01",)]


def actors(firm: Firm, kind: str) -> list[str]:
    rows = db_of(firm).execute("SELECT actor FROM events WHERE kind = ? ORDER BY id", [kind])
    return [str(r[0]) for r in rows]


def test_the_journal_names_who_acted(firm: Firm, smtp_server: SmtpServer) -> None:
    setup_firm(firm, smtp_server)
    firm.run("tick", now="2026-11-03T09:30")
    assert set(actors(firm, "reminder_queued")) == {"service"}
    firm.run("pause", "F-1", "--until", "2026-11-20", now="2026-11-04T10:00")
    db = db_of(firm)
    calendar = load_settings(firm.config, explicit=True).business_calendar()
    until = chase.pause(
        db, "F-2", dt.date(2026, 11, 20), at("2026-11-04T10:05"),
        actor=chase.web_actor("claire"), calendar=calendar, note="au téléphone",
    )  # fmt: skip
    assert until == dt.datetime(2026, 11, 20, 9, 0, tzinfo=PARIS)
    assert actors(firm, "chase_paused") == ["commande", "web:claire"]
    chase.resume(db, "F-2", at("2026-11-05T10:00"), actor=chase.web_actor("claire"))
    chase.stop_customer(db, "studio-lefevre", at("2026-11-05T10:01"), actor="web:claire")
    chase.chase_customer(db, "studio-lefevre", at("2026-11-05T10:02"), actor=chase.COMMAND)
    assert actors(firm, "chase_resumed") == ["web:claire"]
    assert actors(firm, "customer_settings") == ["web:claire", "commande"]
    assert invoice(firm, "F-2")["chase"] == "active"
    customer = next(db.query("SELECT do_not_chase FROM customers WHERE id = 'studio-lefevre'"))
    assert customer["do_not_chase"] == 0
    paid = chase.record_payment(
        db, "F-2", None, dt.date(2026, 11, 6), at("2026-11-06T10:00"), actor="web:claire"
    )
    assert str(paid) == "120.00" and invoice(firm, "F-2")["paid_at"]
    assert actors(firm, "invoice_paid") == ["web:claire"]


def test_a_refused_decision_writes_nothing(firm: Firm) -> None:
    setup_firm(firm)
    firm.run("mark-paid", "F-2", now="2026-11-04T10:00")
    db = db_of(firm)
    (events,) = db.execute("SELECT COUNT(*) FROM events").fetchone()
    now = at("2026-11-05T10:00")
    calendar = load_settings(firm.config, explicit=True).business_calendar()
    refusals: list[tuple[type[RelancebotError], Callable[[], object]]] = [
        (UnknownInvoice, lambda: chase.resume(db, "F-404", now, actor="commande")),
        (NotAllowedNow, lambda: chase.resume(db, "F-2", now, actor="commande")),
        (
            NotAllowedNow,
            lambda: chase.pause(
                db, "F-2", dt.date(2026, 12, 1), now, actor="commande", calendar=calendar
            ),
        ),
        (UnknownCustomer, lambda: chase.stop_customer(db, "personne", now, actor="commande")),
        (
            UnknownCustomer,
            lambda: chase.confirm_contact(db, "personne", "a@b.fr", now, actor="commande"),
        ),
        (
            NotAllowedNow,
            lambda: chase.record_payment(db, "F-2", None, now.date(), now, actor="commande"),
        ),
    ]
    for error, attempt in refusals:
        with pytest.raises(error):
            attempt()
    assert db.execute("SELECT COUNT(*) FROM events").fetchone() == (events,)
    with pytest.raises(ValueError, match="unknown actor"):
        chase.resume(db, "F-1", now, actor="claire")
    assert invoice(firm, "F-1")["chase"] == "active"
