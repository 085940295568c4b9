"""Wiring: one App holds the settings, the store and the edges a command needs."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from sqlite_utils import Database

from relancebot.config import ConfigError, Settings
from relancebot.outgoing.render import Renderer
from relancebot.outgoing.tokens import load_or_create_secret
from relancebot.outgoing.transport import MaildirTransport, SmtpTransport, Transport
from relancebot.store.database import open_database


def read_password(variable: str) -> str | None:
    """From the environment, or from a file named by VARIABLE_FILE readable by its owner only."""
    if os.environ.get(variable):
        return os.environ[variable]
    file_name = os.environ.get(variable + "_FILE")
    if not file_name:
        return None
    path = Path(file_name)
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(f"{variable}_FILE : {path} est lisible par d'autres (chmod 600 requis)")
    return path.read_text(encoding="utf-8").strip()


@dataclass
class App:
    settings: Settings

    @cached_property
    def db(self) -> Database:
        return open_database(self.settings.database_path)

    @cached_property
    def secret(self) -> bytes:
        path = self.settings.database_path.with_name("relancebot.secret")
        return load_or_create_secret(path)

    @cached_property
    def renderer(self) -> Renderer:
        return Renderer(self.settings.templates_path)

    def transport(self) -> Transport:
        smtp = self.settings.smtp
        if smtp is None:
            return MaildirTransport(self.settings.outbox_maildir)
        return SmtpTransport(smtp, read_password("RELANCEBOT_SMTP_PASSWORD"))
