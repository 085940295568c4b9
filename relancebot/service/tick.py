"""One pass of everything the service does at `now`. Running it twice at the same `now`
does nothing the second time: every write is keyed on what it stands for."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass, field

from relancebot.acting import FollowUpReport, follow_up
from relancebot.app import App
from relancebot.config import ConfigError
from relancebot.core.model import Step
from relancebot.errors import RelancebotError
from relancebot.inbox.mailbox import Mailbox, MailboxError
from relancebot.inbox.sentcopy import SentCopier
from relancebot.inbox.watcher import PassReport
from relancebot.outgoing.outbox import DeliveryReport, deliver_due, mark_interrupted
from relancebot.outgoing.reminders import SetAside, queue_batches
from relancebot.review.daily import digest_pass
from relancebot.review.periodic import report_pass
from relancebot.service.learning import learn_pass
from relancebot.service.planning import current_plan
from relancebot.service.watched_folder import import_dropped
from relancebot.store import chase
from relancebot.store.database import open_database
from relancebot.store.dropped_files import Dropped
from relancebot.store.records import (
    get_state,
    record_event,
    set_state,
)
from relancebot.store.vitals import record_pass

log = logging.getLogger(__name__)


@dataclass
class TickReport:
    queued: list[int] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)  # for a person, with the reason
    escalated: list[str] = field(default_factory=list)
    interrupted: list[int] = field(default_factory=list)
    delivery: DeliveryReport = field(default_factory=DeliveryReport)
    mail: PassReport | None = None  # None: not read (the service's watcher does it)
    follow_up: FollowUpReport = field(default_factory=FollowUpReport)
    mail_error: str = ""
    dropped: list[Dropped] = field(default_factory=list)  # files taken from [imports] watch_dir


def escalate(app: App, step: Step, now: dt.datetime) -> bool:
    with app.db.atomic():
        return chase.escalate(
            app.db,
            step,
            app.settings.policy.escalate_after_days,
            "30 jours de retard : appeler le client",
            now,
        )


def _mail_problem(app: App, now: dt.datetime, problem: str) -> None:
    """Journal a mailbox failure once, not at every tick while it lasts."""
    db = app.db
    with db.atomic():
        if problem and get_state(db, "mailbox_error") != problem:
            record_event(
                db, now, "mailbox_unavailable", f"Lecture de la boîte impossible : {problem}"
            )
        set_state(db, "mailbox_error", problem)


def read_mail(app: App, mailbox: Mailbox, now: dt.datetime, report: TickReport) -> bool:
    """One catch-up pass over the mailbox (no IDLE). True if the mailbox is left connected."""
    watcher = app.watcher(mailbox, app.db, lambda: now)
    try:
        report.mail = watcher.catch_up()
    except MailboxError as exc:
        log.warning("boîte aux lettres : %s", exc)
        report.mail_error = str(exc)
        watcher.disconnect()
        _mail_problem(app, now, str(exc))
        return False
    _mail_problem(app, now, "")
    return True


def sent_copier(
    app: App, mailbox: Mailbox | None, now: dt.datetime, connected: bool, down: str = ""
) -> SentCopier | None:
    """Reminders are copied into the IMAP Sent folder (imap.sent_folder, "" to not copy)."""
    imap = app.settings.imap
    if imap is None or not imap.sent_folder:
        return None
    if mailbox is None:
        mailbox, connected = app.mailbox(), False
    return SentCopier(app.db, mailbox, now, connected=connected, down=down)


def tick(app: App, now: dt.datetime, *, read: bool = True, own_digest: bool = True) -> TickReport:
    """``read=False`` when the service's watcher thread reads the mailbox itself;
    ``own_digest=False`` in a workspace for a firm whose manager asked for no digest of its
    own (no ``[review] email``): the secretary's digest covers it."""
    report = TickReport()
    db = app.db
    report.interrupted = mark_interrupted(db, now)
    mailbox: Mailbox | None = None
    connected = False
    try:
        if read:
            mailbox = app.mailbox()
            connected = read_mail(app, mailbox, now, report)
        copier = sent_copier(app, mailbox, now, connected, down=report.mail_error)
    except ConfigError as exc:  # e.g. no IMAP password: the reminders still go out
        report.mail_error = str(exc)
        _mail_problem(app, now, str(exc))
        copier = None
    # The files dropped in [imports] watch_dir: a payment on today's statement stops today's
    # reminder, so before the plan.
    report.dropped = import_dropped(app, now)
    # Promises and claims first: a broken promise restarts the cadence before it is planned.
    report.follow_up = follow_up(db, app.actor, now)
    todo = current_plan(app, now)
    queued = queue_batches(db, app.settings, app.renderer, app.secret, todo.batches, now)
    report.queued, report.set_aside = queued.outbox_ids, queued.set_aside
    report.escalated = [s.invoice for s in todo.escalations if escalate(app, s, now)]
    if own_digest:
        digest_pass(app, now)  # queued before delivery: it leaves in this same pass
    report_pass(app, now)  # the firm's weekly or monthly report, likewise
    try:
        report.delivery = deliver_due(
            db,
            app.transport,
            app.settings.firm.email,
            app.settings.business_calendar(),
            now,
            after_send=copier,
        )
    finally:
        if copier is not None:
            copier.close()
        elif mailbox is not None:
            mailbox.close()
    learn_pass(app, now)  # after delivery (it takes seconds): the firm's own model, judged
    record_pass(db, now)
    return report


class PassFailed(RelancebotError):
    """A pass stopped before its end; its message says why, the log (-v) has the detail."""

    exit_code = 1


def run_pass(
    app: App, now: dt.datetime, *, read: bool = True, own_digest: bool = True
) -> TickReport:
    """A pass whose failure is recorded for `status` (through a connection of its own: the
    pass's may be the very thing that broke), then raised as PassFailed."""
    try:
        return tick(app, now, read=read, own_digest=own_digest)
    except Exception as exc:
        error = str(exc) or type(exc).__name__
        log.error("échec du passage : %s", error)
        log.debug("détail de l'échec du passage", exc_info=True)
        try:
            db = open_database(app.settings.database_path)
        except Exception:  # the database itself is the problem: the log has said it
            raise PassFailed(f"passage interrompu : {error}") from exc
        try:
            record_pass(db, now, error[:500])
        finally:
            db.conn.close()
        raise PassFailed(f"passage interrompu : {error}") from exc
