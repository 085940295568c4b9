"""`run` on a workspace: one process, one scheduler, every firm served on its own.

1. The workspace's lock (workspace.db.lock, beside workspace.toml) is taken: two services of
   one workspace never run at once.
2. Discovery, at start, every minute and on SIGHUP, compares the firm folders with the firms
   served: a new folder is started, a removed one is let go, one whose config.toml changed is
   let go and started again with it.
3. Starting a firm (relancebot.workspace.serving): its config read, its own lock taken (saying
   "service": `status` applies the while-running rules to it), its database opened and
   migrated, then its pass job and its supervised mailbox watcher started. A firm that cannot
   start (its config, another `run` serving it, its database) is reported once, left out and
   tried again at the next discovery; the others are served all the same.
4. Each firm's passes run in an executor of their own (one thread, one pass at a time): a firm
   whose SMTP server hangs or fails holds up only its own next pass.
5. The secretary's digest has a job of its own, every 10 minutes from a minute after start
   (it decides itself whether it is due: once per business day).
6. SIGTERM or SIGINT: the watchers finish the message in hand, the passes in hand finish, then
   the locks are released.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from contextlib import ExitStack, suppress

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.background import BackgroundScheduler

from relancebot.clock import Clock
from relancebot.config import ConfigError
from relancebot.service.scheduler import on_stop_signals
from relancebot.store.database import AlreadyRunning, StoreError, service_holder, service_lock
from relancebot.workspace.folder import Firm, Workspace
from relancebot.workspace.serving import ServedFirm, config_stamp, start_firm

log = logging.getLogger(__name__)

DISCOVER_SECONDS = 60.0
DIGEST_MINUTES = 10
DIGEST_FIRST_AFTER = dt.timedelta(minutes=1)  # the firms' first passes done: it tells of them
POLL_SECONDS = 0.2  # how soon a stop or a SIGHUP is noticed by the main thread


class WorkspaceService:
    def __init__(
        self,
        workspace: Workspace,
        clock: Clock,
        stop: threading.Event,
        *,
        discover_seconds: float = DISCOVER_SECONDS,
        digest_minutes: float = DIGEST_MINUTES,
    ) -> None:
        self.workspace, self.clock, self.stop = workspace, clock, stop
        self.discover_seconds, self.digest_minutes = discover_seconds, digest_minutes
        self.reload = threading.Event()  # SIGHUP: discover now
        self.served: dict[str, ServedFirm] = {}
        self.leaving: list[ServedFirm] = []
        self.refused: dict[str, str] = {}  # firm id -> why it is not served, said once
        self.scheduler = BackgroundScheduler(
            timezone=workspace.settings.tz,
            # Late is better than never: thirty passes falling due together may keep the
            # scheduler's own thread from submitting each within APScheduler's default 1 s.
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
        )

    def run(self) -> None:
        on_stop_signals(self.stop, self.reload)
        with self._workspace_lock():
            self.scheduler.add_executor(ThreadPoolExecutor(1), alias="espace")
            self.scheduler.add_job(
                self._digest,
                "interval",
                minutes=self.digest_minutes,
                id="resume-espace",
                executor="espace",
                next_run_time=dt.datetime.now(dt.UTC)
                + min(DIGEST_FIRST_AFTER, dt.timedelta(minutes=self.digest_minutes)),
            )
            self.scheduler.start()
            try:
                self.discover()
                log.info(
                    "espace de travail %s servi : %s entreprise(s) ; dossiers relus toutes les "
                    "%.0f s et sur SIGHUP",
                    self.workspace.root,
                    len(self.served),
                    self.discover_seconds,
                )
                while not self.stop.is_set():
                    self._sleep()
                    if not self.stop.is_set():
                        self.discover()
            finally:
                self._shutdown()
        log.info("service arrêté proprement")

    def _workspace_lock(self) -> ExitStack:
        path = self.workspace.settings.database_path
        locks = ExitStack()
        try:
            locks.enter_context(service_lock(path, "service de l'espace"))
        except AlreadyRunning:
            holder = service_holder(path) or "un autre processus"
            raise AlreadyRunning(
                f"{self.workspace.root} : espace de travail déjà servi par relancebot "
                f"({holder}) : un seul service par espace"
            ) from None
        return locks

    # -- discovery ---------------------------------------------------------------------------
    def discover(self) -> None:
        """Serve the firm folders there are now, and only them."""
        try:
            firms = {firm.id: firm for firm in self.workspace.firms()}
        except (ConfigError, OSError) as exc:
            log.error("espace de travail illisible (%s) : les entreprises servies continuent", exc)
            return
        for firm_id, served in list(self.served.items()):
            firm = firms.get(firm_id)
            if firm is None:
                self._let_go(served, "dossier retiré ou sans config.toml")
            elif config_stamp(firm) != served.stamp:
                self._let_go(served, "config.toml modifié : redémarrage avec la nouvelle")
        self._finish_leaving()
        leaving = {served.firm.id for served in self.leaving}
        for firm_id, firm in firms.items():
            if firm_id not in self.served and firm_id not in leaving:
                self._start(firm)
        for firm_id in set(self.refused) - set(firms):
            del self.refused[firm_id]

    def _start(self, firm: Firm) -> None:
        try:
            served = start_firm(firm, self.clock)
        except (ConfigError, StoreError, OSError) as exc:
            reason = str(exc)
            if self.refused.get(firm.id) != reason:
                log.error(
                    "%s : entreprise non servie (%s) ; nouvel essai à la prochaine relecture",
                    firm.id,
                    reason,
                )
            self.refused[firm.id] = reason
            return
        self.refused.pop(firm.id, None)
        minutes = served.settings.service.tick_minutes
        self.scheduler.add_executor(ThreadPoolExecutor(1), alias=served.executor)
        self.scheduler.add_job(
            served.job(self.clock),
            "interval",
            minutes=minutes,
            id=served.job_id,
            executor=served.executor,
            next_run_time=dt.datetime.now(dt.UTC),
        )
        served.watcher.start()
        self.served[firm.id] = served
        log.info(
            "%s : servie (passage toutes les %s min, surveillance de sa boîte)", firm.id, minutes
        )

    def _let_go(self, served: ServedFirm, why: str) -> None:
        log.info("%s : %s ; arrêt après le travail en cours", served.firm.id, why)
        with suppress(JobLookupError):
            self.scheduler.remove_job(served.job_id)
        served.let_go()
        del self.served[served.firm.id]
        self.leaving.append(served)

    def _finish_leaving(self) -> None:
        """Without waiting: a pass stuck on its SMTP server is looked at again later."""
        for served in list(self.leaving):
            if served.finished():
                with suppress(KeyError):
                    self.scheduler.remove_executor(served.executor)
                self.leaving.remove(served)
                log.info("%s : n'est plus servie", served.firm.id)

    def _sleep(self) -> None:
        """Until the next discovery, a SIGHUP or the stop."""
        deadline = time.monotonic() + self.discover_seconds
        while not self.stop.is_set() and not self.reload.is_set():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            self.stop.wait(min(remaining, POLL_SECONDS))
            if self.leaving:
                self._finish_leaving()
        self.reload.clear()

    # -- the secretary's digest, and the end -------------------------------------------------
    def _digest(self) -> None:
        """The secretary's digest decides itself whether it is due (once per business day),
        and never raises for what a person fixes (relancebot.workspace.digest)."""
        from relancebot.workspace.digest import workspace_digest_pass

        try:
            workspace_digest_pass(self.workspace, self.clock())
        except Exception:  # a bug must not stop the firms' service: logged, retried later
            log.exception("échec du point du jour de l'espace ; nouvel essai au prochain réveil")

    def _shutdown(self) -> None:
        everyone = [*self.served.values(), *self.leaving]
        for served in everyone:
            served.let_go()  # the watchers finish the message in hand
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)  # the passes in hand finish
        for served in everyone:
            served.watcher.join(timeout=120)
            served.locks.close()
        self.served.clear()
        self.leaving.clear()


def run_workspace_service(
    workspace: Workspace,
    clock: Clock,
    stop: threading.Event | None = None,
    *,
    discover_seconds: float = DISCOVER_SECONDS,
    digest_minutes: float = DIGEST_MINUTES,
) -> None:
    """`relancebot --workspace DIR run`, in the foreground until SIGTERM, SIGINT or `stop`."""
    WorkspaceService(
        workspace,
        clock,
        stop or threading.Event(),
        discover_seconds=discover_seconds,
        digest_minutes=digest_minutes,
    ).run()
