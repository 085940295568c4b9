"""`run`: APScheduler wakes the tick up; SQLite holds all state.

SIGTERM or SIGINT lets the tick in hand finish, then the service exits. The database is opened
(and migrated) before any thread starts; the mailbox watcher runs in a supervised thread.
A workspace's `run` (relancebot.workspace.service) serves each of its firms with the same
pieces: `pass_job` and the supervised watcher.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from types import FrameType

from apscheduler.schedulers.background import BackgroundScheduler

from relancebot.app import App
from relancebot.clock import Clock
from relancebot.service.tick import run_pass
from relancebot.service.watcher_thread import start_watcher
from relancebot.store.database import service_lock

log = logging.getLogger(__name__)


def on_stop_signals(stop: threading.Event, reload: threading.Event | None = None) -> None:
    """SIGTERM and SIGINT set `stop`, SIGHUP sets `reload` when given; from the main thread
    only (Python runs signal handlers there, and refuses to install them elsewhere)."""
    if threading.current_thread() is not threading.main_thread():
        return

    def on_signal(signum: int, frame: FrameType | None) -> None:
        log.info("signal %s reçu : arrêt après le travail en cours", signum)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    if reload is not None:

        def on_reload(signum: int, frame: FrameType | None) -> None:
            log.info("signal %s reçu : relecture des dossiers d'entreprise", signum)
            reload.set()

        signal.signal(signal.SIGHUP, on_reload)


def pass_job(
    app: App, clock: Clock, stop: threading.Event, label: str = "", *, own_digest: bool = True
) -> Callable[[], None]:
    """The scheduler's wake-up: one pass without reading mail (the watcher thread reads it).

    `app` serves every pass, so its templates are compiled once (Jinja reloads one a person
    edits); its database connection is closed after each pass and reopened by the next, in
    whichever scheduler thread runs it (sqlite3 objects stay in the thread that made them).
    Give it an App of its own: no other thread may use its `db`."""
    prefix = f"{label} : " if label else ""

    def wake() -> None:
        if stop.is_set():
            return
        try:
            report = run_pass(app, clock(), read=False, own_digest=own_digest)
            log.info(
                "%spassage : %s préparé(s), %s mis de côté, %s envoyé(s), %s en échec",
                prefix,
                len(report.queued),
                len(report.set_aside),
                len(report.delivery.sent),
                len(report.delivery.failed),
            )
        except Exception:  # one failing pass must not kill the service: logged, retried later
            log.exception("%séchec du passage ; nouvel essai au prochain réveil", prefix)
        finally:
            db = app.__dict__.pop("db", None)
            if db is not None:
                db.conn.close()

    return wake


def run_service(app: App, clock: Clock, stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()
    settings = app.settings
    on_stop_signals(stop)
    wake = pass_job(App(settings), clock, stop)
    with service_lock(settings.database_path, "service"):
        # Everything the threads share is made here, once, before any of them starts: the
        # schema (two first connections migrating at once collide), the signing key.
        _ = app.db
        _ = app.secret
        scheduler = BackgroundScheduler(timezone=settings.tz)
        scheduler.add_job(
            wake,
            "interval",
            minutes=settings.service.tick_minutes,
            id="tick",
            max_instances=1,
            coalesce=True,
        )
        watcher = start_watcher(app, clock)
        scheduler.start()
        log.info("service démarré (réveil toutes les %s min)", settings.service.tick_minutes)
        wake()
        stop.wait()
        watcher.stop()  # the message in hand is finished first
        scheduler.shutdown(wait=True)  # the tick in hand finishes first
        watcher.join(timeout=120)
        log.info("service arrêté proprement")
