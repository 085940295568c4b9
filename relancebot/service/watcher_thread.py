"""The mailbox watcher's thread in `run`, supervised: whatever stops it, it starts again.

The watcher survives the mailbox's own outages by itself (relancebot.inbox.watcher). This
thread guards against the rest: a bug, the database failing under it, and in a workspace a
mailbox that cannot even be built (a password file missing). Each stop is logged and counted
in the store, and the watcher restarts after a growing delay (1 s, 2 s, ... 5 min), so a
service that is up never silently stops reading replies; `status` shows the stops.
"""

from __future__ import annotations

import logging
import threading

from relancebot.app import App
from relancebot.clock import Clock
from relancebot.config import ConfigError
from relancebot.inbox.mailbox import Mailbox
from relancebot.store.database import open_database
from relancebot.store.vitals import record_watcher

log = logging.getLogger(__name__)

RESTART_MIN = 1.0
RESTART_MAX = 300.0


class WatcherThread(threading.Thread):
    """Watches `mailbox`, or with None the mailbox `app` builds afresh at each (re)start: a
    workspace serves its other firms while one firm's password is missing, and finds the
    password once it is there."""

    def __init__(self, app: App, mailbox: Mailbox | None, clock: Clock, *, label: str = "") -> None:
        name = f"relancebot-watcher-{label}" if label else "relancebot-watcher"
        super().__init__(name=name, daemon=True)
        self.app, self.mailbox, self.clock = app, mailbox, clock
        self.built = mailbox is None
        self.prefix = f"{label} : " if label else ""  # which firm, in a workspace's log
        self.stopping = threading.Event()
        self.restart_min, self.restart_max = RESTART_MIN, RESTART_MAX

    def run(self) -> None:
        delay = self.restart_min
        while not self.stopping.is_set():
            error = self._watch_once()
            if self.stopping.is_set():
                break
            stops = self._record("restarting", stopped=True, error=error)
            log.error(
                "%sla surveillance de la boîte s'est arrêtée (%s) ; arrêt n° %s, "
                "redémarrage dans %.0f s",
                self.prefix,
                error,
                stops,
                delay,
            )
            self.stopping.wait(delay)
            delay = min(delay * 2, self.restart_max)
        self._record("stopped")

    def _watch_once(self) -> str:
        """Run the watcher until it returns; say why it stopped ('' when asked to)."""
        try:
            db = open_database(self.app.settings.database_path)  # this thread's own connection
        except Exception as exc:
            return f"{type(exc).__name__}: {exc}"
        try:
            if self.built:
                try:
                    self.mailbox = self.app.mailbox()
                except ConfigError as exc:  # the person's to fix: said, without a traceback
                    return str(exc)
                if self.stopping.is_set():  # stop() came before there was a mailbox to interrupt
                    return ""
            assert self.mailbox is not None
            record_watcher(db, self.clock(), "running")
            self.app.watcher(self.mailbox, db, self.clock, self.stopping).run()
        except Exception as exc:
            log.exception("%sla surveillance de la boîte a échoué", self.prefix)
            return f"{type(exc).__name__}: {exc}"
        finally:
            db.conn.close()
        return "" if self.stopping.is_set() else "fin inattendue de la surveillance"

    def _record(self, state: str, *, stopped: bool = False, error: str = "") -> int:
        """Through a fresh connection: the last one may be what failed."""
        try:
            db = open_database(self.app.settings.database_path)
        except Exception:
            log.exception("%sétat de la surveillance non enregistré", self.prefix)
            return 0
        try:
            return record_watcher(db, self.clock(), state, stopped=stopped, error=error[:500])
        except Exception:
            log.exception("%sétat de la surveillance non enregistré", self.prefix)
            return 0
        finally:
            db.conn.close()

    def stop(self) -> None:
        self.stopping.set()
        mailbox = self.mailbox
        if mailbox is not None:
            mailbox.interrupt()


def start_watcher(app: App, clock: Clock) -> WatcherThread:
    """Built in the caller's thread, so that a missing password stops start-up."""
    thread = WatcherThread(app, app.mailbox(), clock)
    thread.start()
    log.info("surveillance de la boîte %s", app.mailbox_source)
    return thread
