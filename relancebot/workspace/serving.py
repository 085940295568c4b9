"""One firm served by a workspace's `run`: its lock, its database, its pass job, its watcher.

What a firm alone gets from relancebot.service.scheduler.run_service, for one firm among
others: a firm that cannot start says why and is tried again later, and a firm let go (its
folder removed, its config.toml changed) releases its lock only once its pass in hand and
its watcher have finished.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field

from relancebot.app import App
from relancebot.clock import Clock
from relancebot.config import Settings
from relancebot.service.scheduler import pass_job
from relancebot.service.watcher_thread import WatcherThread
from relancebot.store.database import open_database, service_lock
from relancebot.workspace.folder import Firm

log = logging.getLogger(__name__)

# What each firm's lock says while the workspace serves it. `status` reads it (service_holder):
# starting with "service", the while-running rules apply to this firm.
HOLDER = "service de l'espace de travail"


def config_stamp(firm: Firm) -> int:
    """When the firm's config.toml last changed (0 if it is gone): a change restarts the firm."""
    try:
        return firm.config.stat().st_mtime_ns
    except OSError:
        return 0


@dataclass
class ServedFirm:
    firm: Firm
    settings: Settings
    stamp: int
    locks: ExitStack
    watcher: WatcherThread
    leaving: threading.Event = field(default_factory=threading.Event)
    busy: threading.Lock = field(default_factory=threading.Lock)  # held by the pass in hand

    @property
    def job_id(self) -> str:
        return f"passage:{self.firm.id}"

    @property
    def executor(self) -> str:
        """Each firm's passes run in an executor of its own: one hanging holds up no other."""
        return f"entreprise:{self.firm.id}"

    def job(self, clock: Clock) -> Callable[[], None]:
        """The firm's pass, as its scheduler job runs it."""
        wake = pass_job(
            App(self.settings),
            clock,
            self.leaving,
            label=self.firm.id,
            # The secretary's digest covers a firm whose manager asked for none of its own.
            own_digest=bool(self.settings.review.email),
        )

        def run() -> None:
            # One pass at a time, and none once the firm is let go: whoever holds `busy`
            # may release the firm's lock (finished()).
            if not self.busy.acquire(blocking=False):
                return
            try:
                wake()
            finally:
                self.busy.release()

        return run

    def let_go(self) -> None:
        """Ask the pass and the watcher to stop after the work in hand; returns at once."""
        self.leaving.set()
        self.watcher.stop()

    def finished(self) -> bool:
        """True once nothing of this firm runs any more; then its lock is released. Once
        True, `busy` stays held: a pass that was already queued returns without working."""
        if self.watcher.is_alive() or not self.busy.acquire(blocking=False):
            return False
        self.locks.close()
        return True


def start_firm(firm: Firm, clock: Clock) -> ServedFirm:
    """Read the config, take the firm's lock, open and migrate its database and make its
    signing key, all before any of its threads exists; the watcher is made, not started.

    Raises ConfigError (the config, a workspace error), AlreadyRunning (another `run` serves
    this firm), StoreError or OSError (the database, the key): the firm is not served."""
    stamp = config_stamp(firm)
    settings = firm.settings()
    locks = ExitStack()
    try:
        locks.enter_context(service_lock(settings.database_path, HOLDER))
        open_database(settings.database_path).conn.close()  # migrated once, here
        app = App(settings)
        _ = app.secret
    except BaseException:
        locks.close()
        raise
    # The mailbox is built in the watcher's thread: a firm whose password is missing still
    # sends, and `status` names its stopped watcher.
    watcher = WatcherThread(app, None, clock, label=firm.id)
    return ServedFirm(firm, settings, stamp, locks, watcher)
