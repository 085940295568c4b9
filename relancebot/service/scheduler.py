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
from relancebot.service.tick import tick
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
        try:
            report = tick(app, clock())
            log.info(
                "passage : %s préparé(s), %s envoyé(s)",
                len(report.queued),
                len(report.delivery.sent),
            )
        except Exception:  # one failing pass must not kill the service: logged, retried later
            log.exception("échec du passage ; nouvel essai au prochain réveil")

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
        scheduler.start()
        log.info("service démarré (réveil toutes les %s min)", settings.service.tick_minutes)
        wake()
        stop.wait()
        scheduler.shutdown(wait=True)  # the tick in hand finishes first
        log.info("service arrêté proprement")
