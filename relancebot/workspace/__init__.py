"""A workspace: one secretary's folder holding a firm folder per client firm.

Each sub-folder with a `config.toml` is a firm exactly as it runs alone (its own database,
secret, templates, mailbox and sending identity); `workspace.toml` says who the secretary is
and where her one digest goes. Nothing is shared between firms but the process that serves
them: each firm's state stays in its own SQLite file, and the workspace's own (the outbox of
the secretary's digest) in `workspace.db` beside workspace.toml.
"""

from relancebot.workspace.folder import Firm, UnknownFirm, Workspace, WorkspaceError

__all__ = ["Firm", "UnknownFirm", "Workspace", "WorkspaceError"]
