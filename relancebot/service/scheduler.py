"""`run`: APScheduler wakes the tick up; SQLite holds all state.

SIGTERM or SIGINT lets the tick in hand finish, then the service exits.
"""

from __future__ import annotations

import logging
import signal
import threading
from types import FrameType

from apscheduler.schedulers.background import BackgroundScheduler

from relancebot.app import App
from relancebot.clock import Clock
from relancebot.inbox.mailbox import Mailbox
from relancebot.service.tick import tick
from relancebot.store.database import open_database, service_lock

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
            report = tick(pass_app, clock(), read=False)  # the watcher thread reads the mail
            log.info(
                "passage : %s préparé(s), %s envoyé(s)",
                len(report.queued),
                len(report.delivery.sent),
            )
        except Exception:  # one failing pass must not kill the service: logged, retried later
            log.exception("échec du passage ; nouvel essai au prochain réveil")
        finally:
            if "db" in pass_app.__dict__:
                pass_app.db.conn.close()

    with service_lock(settings.database_path, "service"):
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


class WatcherThread(threading.Thread):
    """The mailbox watcher (IDLE, reconnect with backoff) beside the scheduler."""

    def __init__(self, app: App, mailbox: Mailbox, clock: Clock) -> None:
        super().__init__(name="relancebot-watcher", daemon=True)
        self.app, self.mailbox, self.clock = app, mailbox, clock
        self.stopping = threading.Event()

    def run(self) -> None:
        db = open_database(self.app.settings.database_path)  # this thread's own connection
        try:
            self.app.watcher(self.mailbox, db, self.clock, self.stopping).run()
        except Exception:
            log.exception("la surveillance de la boîte s'est arrêtée")
        finally:
            db.conn.close()

    def stop(self) -> None:
        self.stopping.set()
        self.mailbox.interrupt()


def start_watcher(app: App, clock: Clock) -> WatcherThread:
    """Built in the caller's thread, so that a missing password stops start-up."""
    _ = app.secret  # created here once, not raced by two threads
    thread = WatcherThread(app, app.mailbox(), clock)
    thread.start()
    log.info("surveillance de la boîte %s", app.mailbox_source)
    return thread
