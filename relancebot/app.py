"""Wiring: one App holds the settings, the store and the edges a command needs."""

from __future__ import annotations

import dataclasses
import os
import stat
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from relancebot.config import ConfigError, ImapSettings, Settings, SmtpSettings

# Each edge is imported by the method that builds it: `relancebot status` opens the store and
# never pays for jinja2, imapclient or the reply handling (see tests/test_cli_startup.py).
if TYPE_CHECKING:
    import threading

    from relancebot.acting import Actor
    from relancebot.clock import Clock
    from relancebot.inbox import Mailbox
    from relancebot.inbox.watcher import Watcher
    from relancebot.outgoing.render import Renderer
    from relancebot.outgoing.transport import Transport
    from relancebot.store.connection import Database


def read_password(variable: str, password_file: Path | None = None, key: str = "") -> str | None:
    """The config's own password file (`key`, e.g. smtp.password_file) when it names one;
    else the environment: VARIABLE, or a file named by VARIABLE_FILE. A file must be readable
    by its owner only."""
    if password_file is not None:
        return _secret_file(password_file, key)
    if os.environ.get(variable):
        return os.environ[variable]
    file_name = os.environ.get(variable + "_FILE")
    return _secret_file(Path(file_name), f"{variable}_FILE") if file_name else None


def _secret_file(path: Path, what: str) -> str:
    try:
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ConfigError(f"{what} : {path} est lisible par d'autres (chmod 600 requis)")
        return path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        raise ConfigError(
            f"{what} : fichier de mot de passe introuvable : {path} "
            "(corrigez le chemin, ou retirez la variable)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "texte UTF-8 attendu"
        raise ConfigError(
            f"{what} : fichier de mot de passe illisible : {path} ({reason})"
        ) from None


@dataclass
class App:
    settings: Settings

    @cached_property
    def db(self) -> Database:
        from relancebot.store.database import open_database

        return open_database(self.settings.database_path)

    @cached_property
    def secret(self) -> bytes:
        from relancebot.outgoing.tokens import load_or_create_secret

        path = self.settings.database_path.with_name("relancebot.secret")
        return load_or_create_secret(path)

    @cached_property
    def renderer(self) -> Renderer:
        from relancebot.outgoing.render import SHIPPED_TEMPLATES, Renderer

        # The firm's own copy first, template by template; what it lacks comes with relancebot.
        folders = [self.settings.templates_path, SHIPPED_TEMPLATES]
        return Renderer(list(dict.fromkeys(folders)))

    @cached_property
    def actor(self) -> Actor:
        """What acting on replies needs: settings, templates, the signing key."""
        from relancebot.acting import Actor

        return Actor(self.settings, self.renderer, self.secret)

    def _password(
        self, variable: str, section: str, server: SmtpSettings | ImapSettings
    ) -> str | None:
        chosen = self.settings.path(server.password_file) if server.password_file else None
        return read_password(variable, chosen, f"{section}.password_file")

    def transport(self) -> Transport:
        from relancebot.outgoing.transport import MaildirTransport, SmtpTransport

        smtp = self.settings.smtp
        if smtp is None:
            return MaildirTransport(self.settings.outbox_maildir)
        if smtp.ca_file:  # relative to the config file, as every path of the config
            smtp = dataclasses.replace(smtp, ca_file=str(self.settings.path(smtp.ca_file)))
        return SmtpTransport(smtp, self._password("RELANCEBOT_SMTP_PASSWORD", "smtp", smtp))

    def mailbox(self) -> Mailbox:
        """The firm's IMAP folder, or without [imap] the local Maildir inbox/."""
        from relancebot.inbox import ImapMailbox, MaildirMailbox

        imap = self.settings.imap
        if imap is None:
            return MaildirMailbox(self.settings.inbox_maildir)
        password = self._password("RELANCEBOT_IMAP_PASSWORD", "imap", imap)
        if password is None:
            raise ConfigError(
                "[imap] : mot de passe manquant, à donner dans la variable "
                "d'environnement RELANCEBOT_IMAP_PASSWORD"
            )
        return ImapMailbox(
            imap.host,
            imap.port,
            imap.security,
            imap.username,
            password,
            folder=imap.folder,
            sent_folder=imap.sent_folder or "auto",
            keyword=imap.keyword,
            ca_file=str(self.settings.path(imap.ca_file)) if imap.ca_file else None,
            timeout=imap.timeout,
            allow_plaintext_login=imap.allow_plaintext_login,
        )

    @property
    def mailbox_source(self) -> str:
        """The name under which the watcher's position in the folder is stored."""
        imap = self.settings.imap
        if imap is None:
            return f"maildir:{self.settings.inbox_maildir}"
        return f"imap://{imap.username}@{imap.host}:{imap.port}/{imap.folder}"

    def watcher(
        self, mailbox: Mailbox, db: Database, clock: Clock, stopping: threading.Event | None = None
    ) -> Watcher:
        from relancebot.inbox.watcher import Watcher

        imap = self.settings.imap
        return Watcher(
            mailbox,
            self.mailbox_source,
            db,
            self.secret,
            clock,
            stopping=stopping,
            max_message_bytes=imap.max_message_bytes if imap else 25_000_000,
            move_to=imap.move_to if imap else "",
            idle_seconds=imap.idle_seconds if imap else 540.0,
            act=self.actor,
        )
