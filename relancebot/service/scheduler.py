"""`run`: APScheduler wakes the tick up; SQLite holds all state.

SIGTERM or SIGINT lets the tick in hand finish, then the service exits. The database is opened
(and migrated) before any thread starts; the mailbox watcher runs in a supervised thread.
"""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

from apscheduler.schedulers.background import BackgroundScheduler

from relancebot.app import App
from relancebot.clock import Clock
from relancebot.service.tick import run_pass
from relancebot.service.watcher_thread import start_watcher
from relancebot.store.database import service_lock

log = logging.getLogger(__name__)


def run_service(app: App, clock: Clock, stop: threading.Event | None = None) -> None:
    stop = stop or threading.Event()
    settings = app.settings

    def on_signal(signum: int, frame: FrameType | None) -> None:
        log.info("signal %s reçu : arrêt après le travail en cours", signum)
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)

    def wake() -> None:
        if stop.is_set():
            return
        # Scheduler threads take turns: each pass opens its own connection (sqlite3 objects
        # stay in the thread that made them).
        pass_app = App(settings)
        try:
            report = run_pass(pass_app, clock(), read=False)  # the watcher thread reads mail
            log.info(
                "passage : %s préparé(s), %s mis de côté, %s envoyé(s), %s en échec",
                len(report.queued),
                len(report.set_aside),
                len(report.delivery.sent),
                len(report.delivery.failed),
            )
        except Exception:  # one failing pass must not kill the service: logged, retried later
            log.exception("échec du passage ; nouvel essai au prochain réveil")
        finally:
            if "db" in pass_app.__dict__:
                pass_app.db.conn.close()

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
