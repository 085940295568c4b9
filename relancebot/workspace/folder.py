"""The workspace folder and its firms, found afresh at every call: a firm folder added while
the service runs is served from its next look (relancebot.workspace.service)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from relancebot.config import ConfigError, Settings, load_settings
from relancebot.workspace.settings import WorkspaceSettings, load_workspace_settings

FIRM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


class WorkspaceError(ConfigError):
    """A workspace that cannot be used as asked; the message says what to do."""


class UnknownFirm(WorkspaceError):
    """--firm names no firm folder of the workspace."""


@dataclass(frozen=True)
class Firm:
    """One client firm: its id is its folder's name."""

    id: str
    folder: Path

    @property
    def config(self) -> Path:
        return self.folder / "config.toml"

    def settings(self) -> Settings:
        try:
            return load_settings(self.config, explicit=True)
        except ConfigError as exc:
            raise WorkspaceError(f"entreprise {self.id} : {exc}") from None


class Workspace:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    @cached_property
    def settings(self) -> WorkspaceSettings:
        return load_workspace_settings(self.root)

    def firms(self) -> list[Firm]:
        """Every sub-folder holding a config.toml, by name."""
        _ = self.settings  # a folder that is no workspace says so first
        return [
            Firm(entry.name, entry)
            for entry in sorted(self.root.iterdir(), key=lambda e: e.name)
            if entry.is_dir() and FIRM_ID.match(entry.name) and (entry / "config.toml").is_file()
        ]

    def firm(self, firm_id: str) -> Firm:
        for firm in self.firms():
            if firm.id == firm_id:
                return firm
        known = ", ".join(f.id for f in self.firms()) or "aucune"
        raise UnknownFirm(f"--firm {firm_id} : pas d'entreprise de ce nom (entreprises : {known})")
