"""When the digest goes, and how: once per business day, after review.digest_time.

1. Not a business day, or before the digest time, or already done today: nothing.
2. The day is recorded in service_state (``digest_date``), so a second pass sends nothing,
   even when there was nothing to say (the next digest tells what happened since).
3. With something to say, the digest goes through the outbox (outside the customers' sending
   window) to ``[review] email``, or without one into ``digests/AAAA-MM-JJ.html`` (the
   owner's alone, like every file of customer data: relancebot.store.files).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from relancebot.app import App
from relancebot.outgoing.firm_mail import queue_firm_mail
from relancebot.outgoing.render import Rendered, TemplateProblem
from relancebot.review.digest import Digest, build_digest
from relancebot.store.files import private_dir, write_private_text
from relancebot.store.records import from_iso, get_state, iso, record_event, set_state

log = logging.getLogger(__name__)

DAY_KEY = "digest_date"
AT_KEY = "digest_at"


@dataclass(frozen=True)
class DigestResult:
    digest: Digest
    rendered: Rendered
    outbox_id: int | None = None
    file: Path | None = None


def since_last(app: App, now: dt.datetime) -> dt.datetime:
    """The last digest's moment (sent, or found with nothing to say); the first time, the
    beginning: a new install's first digest tells everything it did."""
    last = from_iso(get_state(app.db, AT_KEY))
    return last if last is not None else dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def render_digest(app: App, now: dt.datetime) -> tuple[Digest, Rendered]:
    digest = build_digest(app.db, app.settings, now, since_last(app, now))
    # With [web] base_url, each call links to its case and to its call form.
    context = {"firm": app.settings.firm, "d": digest, "web": app.settings.web.link_base}
    return digest, app.renderer.render("digest", "fr", context)


def digest_due(app: App, now: dt.datetime) -> bool:
    calendar = app.settings.business_calendar()
    local = calendar.local(now)
    if not calendar.is_business_day(local.date()) or local.time() < app.settings.digest_time:
        return False
    return get_state(app.db, DAY_KEY) != local.date().isoformat()


def send_digest(app: App, now: dt.datetime, *, force: bool = False) -> DigestResult | None:
    """Queue (or write) today's digest. Without `force`, only when due and worth reading."""
    if not force and not digest_due(app, now):
        return None
    digest, rendered = render_digest(app, now)
    db = app.db
    settings = app.settings
    today = digest.today.isoformat()
    result = None
    with db.atomic():
        set_state(db, DAY_KEY, today)
        set_state(db, AT_KEY, iso(now))
        if not digest.has_news and not force:
            return None
        address = settings.review.email
        if address:
            outbox_id, _ = queue_firm_mail(
                db, settings, app.secret, kind="digest", customer_id=None, to=[address],
                rendered=rendered, now=now, in_window=False,  # the firm reads it any time
            )  # fmt: skip
            result = DigestResult(digest, rendered, outbox_id=outbox_id)
            where = address
        else:
            path = private_dir(settings.base_dir / "digests") / f"{today}.html"
            write_private_text(path, rendered.html)
            result = DigestResult(digest, rendered, file=path)
            where = str(path)
        record_event(
            db,
            now,
            "digest_sent",
            f"Point du jour : {len(digest.calls)} action(s) à mener, envoyé à {where}",
            detail={"calls": len(digest.calls), "handled": len(digest.handled)},
        )
    return result


def digest_pass(app: App, now: dt.datetime) -> DigestResult | None:
    """The service's call: a digest that cannot be written (a template broken by an edit,
    a full disk) is logged and journalled once a day, and never stops the reminders."""
    try:
        return send_digest(app, now)
    except (TemplateProblem, OSError) as exc:
        log.error("point du jour impossible : %s", exc)
        db = app.db
        with db.atomic():
            set_state(db, DAY_KEY, app.settings.business_calendar().local(now).date().isoformat())
            record_event(db, now, "digest_failed", f"Point du jour impossible : {exc}")
        return None
