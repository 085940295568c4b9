"""`tick` and `status` over every firm of a workspace: each firm on its own, so that one whose
config, database, mailbox or SMTP server fails never holds up the others."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from relancebot.config import ConfigError
from relancebot.service.health import Health
from relancebot.store.database import StoreError
from relancebot.workspace.folder import Firm, Workspace


@dataclass
class FirmPass:
    firm: str
    report: object | None = None  # relancebot.service.tick.TickReport
    error: str = ""


OWN_STORE = "espace"  # the name the workspace's own health is listed under, beside its firms'


@dataclass
class WorkspaceHealth:
    """Each firm's health under its id, then the workspace's own (OWN_STORE), if it has one."""

    firms: list[tuple[str, Health]] = field(default_factory=list)

    @property
    def good(self) -> bool:
        return all(health.good for _, health in self.firms)

    @property
    def firm_count(self) -> int:
        return sum(1 for name, _ in self.firms if name != OWN_STORE)


def tick_firm(firm: Firm, now: dt.datetime, *, read: bool = True) -> FirmPass:
    """One pass of one firm, under that firm's own lock (its `run` alone would hold it)."""
    from relancebot.app import App
    from relancebot.service.tick import PassFailed, run_pass
    from relancebot.store.database import service_lock

    try:
        settings = firm.settings()
        with service_lock(settings.database_path, "tick"):
            app = App(settings)
            try:
                # The secretary's digest covers a firm whose manager asked for none of its own.
                own = bool(settings.review.email)
                return FirmPass(firm.id, run_pass(app, now, read=read, own_digest=own))
            finally:
                if "db" in app.__dict__:
                    app.db.conn.close()
    except (ConfigError, StoreError, PassFailed) as exc:
        return FirmPass(firm.id, error=str(exc))


def tick_workspace(workspace: Workspace, now: dt.datetime) -> list[FirmPass]:
    """Every firm's pass, then the secretary's digest: it tells what those passes did."""
    from relancebot.workspace.digest import workspace_digest_pass

    passes = [tick_firm(firm, now) for firm in workspace.firms()]
    workspace_digest_pass(workspace, now)
    return passes


def workspace_health(workspace: Workspace, now: dt.datetime) -> WorkspaceHealth:
    from relancebot.service.health import assess

    result = WorkspaceHealth()
    for firm in workspace.firms():
        try:
            health = assess(firm.settings(), now)
        except ConfigError as exc:
            health = Health(problems=[f"configuration refusée ({exc}) : corrigez {firm.config}"])
        result.firms.append((firm.id, health))
    own = _workspace_store_health(workspace)
    if own is not None:
        result.firms.append((OWN_STORE, own))
    if not result.firms:
        result.firms.append(
            (
                OWN_STORE,
                Health(
                    problems=[
                        f"aucune entreprise dans {workspace.root} : un sous-dossier par "
                        "entreprise, chacun avec son config.toml (relancebot init DOSSIER)"
                    ]
                ),
            )
        )
    return result


def _workspace_store_health(workspace: Workspace) -> Health | None:
    """The secretary's digest waits in the workspace's own outbox: refused, uncertain or stuck,
    or her SMTP server refusing us, is a problem like a firm's."""
    from relancebot.service.health import Local, outbox_health
    from relancebot.store.database import open_database

    path = workspace.settings.database_path
    if not path.exists():
        return None
    health = Health()
    try:
        db = open_database(path)
    except StoreError as exc:
        health.problems.append(f"{path} inutilisable ({exc}) : déplacez-le, il sera recréé")
        return health
    try:
        outbox_health(db, health, Local(workspace.settings.tz))
    finally:
        db.conn.close()
    health.facts = [f"Récapitulatif de l'espace : {line}" for line in health.facts]
    return health
