"""The secretary's one digest for every firm: when it goes, and how.

1. Once per business day (the workspace's timezone, French holidays), after workspace.toml's
   `[review] digest_time`: the day is recorded in the workspace's own store (workspace.db, a
   relancebot database used for its service_state and outbox only), in the same transaction as
   the outbox row, so a second pass, or a second process, sends nothing.
2. Only with something to say (a call, a reply handled, a reminder sent, a firm that cannot be
   read); the next digest tells what happened since the last one.
3. With `[smtp]` and `[review] email`, it goes through that store's outbox from her own address
   (never a firm's) to her; otherwise it is written into ``digests/AAAA-MM-JJ.html`` beside
   workspace.toml, the owner's alone.
4. Every pass delivers what waits in that outbox (a server that was down), even when no digest
   is due; a digest that cannot be written is logged and journalled once a day, and never
   stops the firms' passes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from relancebot.config import ConfigError
from relancebot.core.calendar import BusinessCalendar
from relancebot.outgoing.outbox import DeliveryReport
from relancebot.outgoing.render import Rendered, TemplateProblem
from relancebot.store.connection import Database
from relancebot.store.database import StoreError, open_database
from relancebot.store.records import from_iso, get_state, iso, record_event, set_state
from relancebot.workspace.combined import WorkspaceDigest, build_workspace_digest
from relancebot.workspace.folder import Workspace
from relancebot.workspace.settings import WorkspaceSettings

log = logging.getLogger(__name__)

DAY_KEY = "digest_date"
AT_KEY = "digest_at"
FAILED_KEY = "digest_failed_date"  # journalled once a day, not at every pass
SECRET_FILE = "workspace.secret"  # signs the Message-IDs of her digests


@dataclass(frozen=True)
class WorkspaceDigestResult:
    digest: WorkspaceDigest
    rendered: Rendered
    outbox_id: int | None = None
    file: Path | None = None
    delivery: DeliveryReport | None = None


def workspace_calendar(settings: WorkspaceSettings) -> BusinessCalendar:
    return BusinessCalendar(settings.tz)


def _digest_time(settings: WorkspaceSettings) -> dt.time:
    return dt.time.fromisoformat(settings.review.digest_time)  # checked when read


def since_last(db: Database) -> dt.datetime:
    """Her last digest's moment; the first time, the beginning."""
    last = from_iso(get_state(db, AT_KEY))
    return last if last is not None else dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def digest_due(db: Database, settings: WorkspaceSettings, now: dt.datetime) -> bool:
    local = workspace_calendar(settings).local(now)
    if not workspace_calendar(settings).is_business_day(local.date()):
        return False
    if local.time() < _digest_time(settings):
        return False
    return get_state(db, DAY_KEY) != local.date().isoformat()


def render_workspace_digest(
    workspace: Workspace, db: Database, now: dt.datetime
) -> tuple[WorkspaceDigest, Rendered]:
    from relancebot.outgoing.render import SHIPPED_TEMPLATES, Renderer

    digest = build_workspace_digest(workspace, now, since_last(db))
    # With [web] base_url, each call links to its firm's pages (/e/<firm>/...).
    web = workspace.settings.web.link_base
    context = {"workspace": workspace.settings.workspace, "w": digest, "web": web}
    return digest, Renderer(SHIPPED_TEMPLATES).render("digest-espace", "fr", context)


def sends_mail(settings: WorkspaceSettings) -> bool:
    return settings.smtp is not None and bool(settings.review.email)


def _queue(settings: WorkspaceSettings, db: Database, rendered: Rendered, now: dt.datetime) -> int:
    """Her digest, from her address to her address (a firm's identity never signs it)."""
    from relancebot.outgoing.compose import Envelope, compose
    from relancebot.outgoing.outbox import enqueue
    from relancebot.outgoing.tokens import load_or_create_secret, new_message_id

    address = settings.review.email
    envelope = Envelope(settings.workspace.name, address, [address])
    secret = load_or_create_secret(settings.root / SECRET_FILE)
    message = compose(
        envelope,
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        message_id=new_message_id(secret, address.rpartition("@")[2]),
        date=now,
    )
    return enqueue(
        db,
        kind="digest",
        customer_id=None,
        message=message,
        recipients=envelope.recipients,
        at=now,
        in_window=False,  # she reads it any time
    )


def deliver(settings: WorkspaceSettings, db: Database, now: dt.datetime) -> DeliveryReport:
    """What waits in her outbox, over workspace.toml's [smtp] (password as the firms read
    theirs: smtp.password_file beside workspace.toml, or RELANCEBOT_SMTP_PASSWORD)."""
    from relancebot.app import read_password
    from relancebot.outgoing.outbox import deliver_due
    from relancebot.outgoing.transport import SmtpTransport

    smtp = settings.smtp
    if smtp is None:
        return DeliveryReport()

    def transport() -> SmtpTransport:
        assert smtp is not None
        chosen = settings.root / smtp.password_file if smtp.password_file else None
        password = read_password("RELANCEBOT_SMTP_PASSWORD", chosen, "smtp.password_file")
        ca_file = str(settings.root / smtp.ca_file) if smtp.ca_file else ""
        return SmtpTransport(dataclasses.replace(smtp, ca_file=ca_file), password)

    return deliver_due(db, transport, settings.review.email, workspace_calendar(settings), now)


def send_workspace_digest(
    workspace: Workspace, now: dt.datetime, *, force: bool = False
) -> WorkspaceDigestResult | None:
    """Queue and deliver (or write) today's digest. Without `force`, only when due and worth
    reading; what waits in her outbox is delivered either way."""
    from relancebot.store.files import private_dir, write_private_text

    settings = workspace.settings
    db = open_database(settings.database_path)
    try:
        result = None
        if force or digest_due(db, settings, now):
            digest, rendered = render_workspace_digest(workspace, db, now)
            with db.atomic():
                if not force and not digest_due(db, settings, now):  # another process did it
                    return None
                set_state(db, DAY_KEY, digest.today.isoformat())
                set_state(db, AT_KEY, iso(now))
                if digest.has_news or force:
                    if sends_mail(settings):
                        outbox_id = _queue(settings, db, rendered, now)
                        result = WorkspaceDigestResult(digest, rendered, outbox_id=outbox_id)
                        where = settings.review.email
                    else:
                        path = private_dir(settings.digests_dir) / f"{digest.today}.html"
                        write_private_text(path, rendered.html)
                        result = WorkspaceDigestResult(digest, rendered, file=path)
                        where = str(path)
                    record_event(
                        db,
                        now,
                        "digest_sent",
                        f"Point du jour de l'espace : {digest.calls} action(s) à mener dans "
                        f"{len(digest.sections)} entreprise(s), envoyé à {where}",
                        detail={"calls": digest.calls, "firms": len(digest.sections)},
                    )
        delivery = deliver(settings, db, now)
        if result is not None and result.outbox_id is not None:
            result = dataclasses.replace(result, delivery=delivery)
        return result
    finally:
        db.conn.close()


def workspace_digest_pass(workspace: Workspace, now: dt.datetime) -> WorkspaceDigestResult | None:
    """The service's call (tick and run on a workspace, after the firms' passes): a digest that
    cannot be written (a template broken, a full disk, workspace.toml refused) is logged and
    journalled once a day, and never stops the firms' passes."""
    try:
        return send_workspace_digest(workspace, now)
    except (TemplateProblem, OSError, ValueError, ConfigError, StoreError, sqlite3.Error) as exc:
        log.error("point du jour de l'espace impossible : %s", exc)
        _journal_failure(workspace, now, str(exc))
        return None


def _journal_failure(workspace: Workspace, now: dt.datetime, problem: str) -> None:
    try:
        settings = workspace.settings
        db = open_database(settings.database_path)
    except (ConfigError, StoreError):
        return  # workspace.toml or its store is the problem: the log has said it
    try:
        today = workspace_calendar(settings).local(now).date().isoformat()
        with db.atomic():
            set_state(db, DAY_KEY, today)
            if get_state(db, FAILED_KEY) != today:
                summary = f"Point du jour de l'espace impossible : {problem}"
                record_event(db, now, "digest_failed", summary)
            set_state(db, FAILED_KEY, today)
    finally:
        db.conn.close()
