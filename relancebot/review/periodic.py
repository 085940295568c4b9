"""The periodic report to the firm's manager: where each case stands, what was done since the
last report, what was collected, the calls made; an HTML email (with its text part) and the
CSV of `report --csv` attached.

1. Due as :mod:`relancebot.review.period` says (first business day of the week or month, after
   `[review] digest_time`); `report --send` sends one at once, which then counts as the period's.
2. It covers the moments since the last report (service_state ``report_at``), the first time
   the whole period before.
3. It goes through the firm's own outbox, from the firm's address, to `[review] email` (outside
   the customers' sending window), or without one into ``rapports/`` beside the config
   (``rapport-AAAA-MM-JJ.html`` and ``.csv``, the owner's alone: relancebot.store.files).
4. The period's key and the moment are recorded in the same transaction as the outbox row, so
   a second pass sends nothing; a report that cannot be written (a template broken by an edit,
   a full disk) is logged and journalled, tried again the next business day, and never stops
   the reminders.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import logging
from dataclasses import dataclass
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path

from relancebot.app import App
from relancebot.config import Settings
from relancebot.outgoing.compose import Composed
from relancebot.outgoing.firm_mail import firm_message
from relancebot.outgoing.outbox import enqueue
from relancebot.outgoing.render import Rendered, TemplateProblem
from relancebot.review.activity import Activity, activity
from relancebot.review.cases import CaseLine, case_lines
from relancebot.review.period import first_since, period_key, report_due
from relancebot.review.report import report_csv, totals
from relancebot.store.files import private_dir, write_private
from relancebot.store.records import from_iso, get_state, iso, record_event, set_state

log = logging.getLogger(__name__)

PERIOD_KEY = "report_period"
AT_KEY = "report_at"
FAILED_KEY = "report_failed_date"


@dataclass
class PeriodReport:
    firm: str
    today: dt.date
    every: str  # "week", "month", or "" for one asked by hand
    cases: list[CaseLine]
    done: Activity

    @property
    def balance(self) -> Decimal:
        return totals(self.cases)[0]

    @property
    def overdue(self) -> Decimal:
        return totals(self.cases)[1]

    @property
    def overdue_cases(self) -> int:
        return totals(self.cases)[2]


@dataclass(frozen=True)
class ReportResult:
    report: PeriodReport
    rendered: Rendered
    csv: bytes
    outbox_id: int | None = None
    files: tuple[Path, ...] = ()


def since_last(app: App, now: dt.datetime) -> dt.datetime:
    last = from_iso(get_state(app.db, AT_KEY))
    if last is not None:
        return last
    return first_since(app.settings.business_calendar(), now, app.settings.review.report_every)


def build_report(app: App, now: dt.datetime) -> PeriodReport:
    settings = app.settings
    return PeriodReport(
        firm=settings.firm.name,
        today=settings.business_calendar().local(now).date(),
        every=settings.review.report_every,
        cases=case_lines(app.db, settings, now),
        done=activity(app.db, since_last(app, now), now, settings.tz),
    )


def render_report(app: App, now: dt.datetime) -> tuple[PeriodReport, Rendered, bytes]:
    """The report, its rendering, and the CSV exactly as `report --csv` writes it."""
    report = build_report(app, now)
    context = {"firm": app.settings.firm, "r": report}
    rendered = app.renderer.render("rapport-periodique", "fr", context)
    csv = report_csv(report.cases, app.settings.tz).encode("utf-8-sig")
    return report, rendered, csv


def csv_name(today: dt.date) -> str:
    return f"relances-{today.isoformat()}.csv"


def with_csv(message: Composed, name: str, csv: bytes) -> Composed:
    """The firm's message (its headers, signed Message-ID, text and HTML parts as every email
    of the firm has them), with the CSV attached as text/csv."""
    parsed = email.message_from_bytes(message.raw, policy=email.policy.SMTP)
    assert isinstance(parsed, EmailMessage)
    parsed.add_attachment(
        csv, maintype="text", subtype="csv", filename=name, params={"charset": "utf-8"}
    )
    return Composed(parsed.as_bytes(), message.message_id, message.subject)


def _queue(app: App, settings: Settings, report: PeriodReport, rendered: Rendered, csv: bytes,
           now: dt.datetime) -> int:  # fmt: skip
    address = settings.review.email
    message, envelope = firm_message(settings, app.secret, [address], [], rendered, now)
    return enqueue(
        app.db,
        kind="report",
        customer_id=None,
        message=with_csv(message, csv_name(report.today), csv),
        recipients=envelope.recipients,
        at=now,
        in_window=False,  # the firm reads it any time
    )


def due(app: App, now: dt.datetime) -> bool:
    settings = app.settings
    calendar = settings.business_calendar()
    if get_state(app.db, FAILED_KEY) == calendar.local(now).date().isoformat():
        return False
    every = settings.review.report_every
    return report_due(calendar, now, every, settings.digest_time, get_state(app.db, PERIOD_KEY))


def send_report(app: App, now: dt.datetime, *, force: bool = False) -> ReportResult | None:
    """Queue (or write) the report. Without `force`, only when due."""
    if not force and not due(app, now):
        return None
    report, rendered, csv = render_report(app, now)
    db = app.db
    settings = app.settings
    today = report.today
    with db.atomic():
        if not force and not due(app, now):  # another process sent it meanwhile
            return None
        if settings.review.report_every:  # one asked by hand counts as the period's
            set_state(db, PERIOD_KEY, period_key(today, settings.review.report_every))
        set_state(db, AT_KEY, iso(now))
        if settings.review.email:
            result = ReportResult(
                report, rendered, csv, outbox_id=_queue(app, settings, report, rendered, csv, now)
            )
            where = settings.review.email
        else:
            folder = private_dir(settings.base_dir / "rapports")
            page, sheet = folder / f"rapport-{today}.html", folder / f"rapport-{today}.csv"
            write_private(page, rendered.html.encode("utf-8"))
            write_private(sheet, csv)
            result = ReportResult(report, rendered, csv, files=(page, sheet))
            where = str(folder)
        record_event(
            db,
            now,
            "report_sent",
            f"Rapport des relances ({len(report.cases)} dossier(s) ouverts, "
            f"{len(report.done.calls)} appel(s)) envoyé à {where}",
            detail={"cases": len(report.cases), "since": iso(report.done.since)},
        )
    return result


def report_pass(app: App, now: dt.datetime) -> ReportResult | None:
    """The service's call: a failure is logged and journalled once a day, tried again the next
    business day, and never stops the reminders."""
    try:
        return send_report(app, now)
    except (TemplateProblem, OSError, ValueError) as exc:
        log.error("rapport périodique impossible : %s", exc)
        db = app.db
        with db.atomic():
            set_state(
                db, FAILED_KEY, app.settings.business_calendar().local(now).date().isoformat()
            )
            record_event(db, now, "report_failed", f"Rapport périodique impossible : {exc}")
        return None
