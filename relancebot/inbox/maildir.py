"""The embedded default: a local Maildir read through the same protocol as IMAP.

``path`` is one Maildir folder (``new/``, ``cur/``, ``tmp/``, created if missing, the owner's
alone: relancebot.store.files), e.g.
``data/mail/inbox``; ``move(uid, "Traitées")`` renames into the sibling Maildir
``data/mail/Traitées``. UIDs are kept in ``path/.relancebot-uidlist`` (JSON: uidvalidity,
next uid, unique name → uid, handled uids), rewritten atomically (temp file + os.replace).
Reading a message never renames it, so its ``S`` (seen) flag is left alone.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from relancebot.inbox.mailbox import Envelope, MailboxError, MailboxUnavailable, MessageGone
from relancebot.store.files import add_to_maildir, make_maildir, write_private

UIDLIST = ".relancebot-uidlist"


def _base(name: str) -> str:
    """The unique part of a Maildir file name (flags after ':' change, it does not)."""
    return name.split(":", 1)[0]


def _read_header(path: Path) -> bytes:
    """Bytes up to and including the first blank line (the whole file if there is none)."""
    out = bytearray()
    with path.open("rb") as f:
        for line in f:
            out += line
            if line in (b"\r\n", b"\n"):
                break
    return bytes(out)


class MaildirMailbox:
    """A local Maildir; see :class:`relancebot.inbox.mailbox.Mailbox`."""

    RESCAN_EVERY = 10.0  # full listing while waiting even if mtimes look unchanged

    def __init__(
        self, path: str | os.PathLike[str], sent_path: str | os.PathLike[str] | None = None,
        *, poll_interval: float = 0.5,
    ) -> None:  # fmt: skip
        self.path = Path(path)
        self.sent_path = Path(sent_path) if sent_path is not None else None
        self.poll_interval = poll_interval
        self._state: dict[str, Any] | None = None
        self._files: dict[int, Path] = {}
        self._signature: tuple[int, ...] = ()
        self._listed_up_to = 0
        self._interrupted = threading.Event()

    def __repr__(self) -> str:
        return f"MaildirMailbox({str(self.path)!r})"

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except MailboxError:
            raise
        except OSError as exc:
            raise MailboxUnavailable(f"Maildir {self.path}, {doing} : {exc}") from exc

    # -- state file ----------------------------------------------------------------------
    def _load(self) -> dict[str, Any]:
        try:
            state = json.loads((self.path / UIDLIST).read_text("utf-8"))
            if isinstance(state, dict) and {"uidvalidity", "next_uid", "uids"} <= state.keys():
                state.setdefault("handled", [])
                return state
        except (OSError, ValueError):
            pass
        # New (or lost) list: a new UIDVALIDITY tells the watcher its old UIDs are void.
        validity = (time.time_ns() // 1_000_000) & 0xFFFFFFFF or 1
        return {"uidvalidity": validity, "next_uid": 1, "uids": {}, "handled": []}

    def _save(self) -> None:
        state = json.dumps(self._require(), separators=(",", ":"))
        write_private(self.path / UIDLIST, state.encode("utf-8"))

    def _require(self) -> dict[str, Any]:
        if self._state is None:
            raise MailboxUnavailable(f"Maildir {self.path} non ouvert (appeler connect())")
        return self._state

    def _dir_signature(self) -> tuple[int, ...]:
        return tuple((self.path / sub).stat().st_mtime_ns for sub in ("new", "cur"))

    def _scan(self) -> None:
        """List new/ and cur/, give UIDs to unknown files, forget vanished ones."""
        state = self._require()
        self._signature = self._dir_signature()
        found: dict[str, Path] = {}
        for sub in ("new", "cur"):
            for entry in os.scandir(self.path / sub):
                if not entry.name.startswith(".") and entry.is_file():
                    found[_base(entry.name)] = Path(entry.path)
        uids: dict[str, int] = state["uids"]
        changed = False
        for gone in uids.keys() - found.keys():
            del uids[gone]
            changed = True
        for base in sorted(found.keys() - uids.keys()):  # names start with the delivery time
            uids[base] = state["next_uid"]
            state["next_uid"] += 1
            changed = True
        if changed:
            live = set(uids.values())
            state["handled"] = [uid for uid in state["handled"] if uid in live]
            self._save()
        self._files = {uid: found[base] for base, uid in uids.items()}

    def _path_of(self, uid: int) -> Path:
        path = self._files.get(uid)
        if path is None or not path.exists():  # renamed by a reader (new→cur, flags)?
            self._scan()
            path = self._files.get(uid)
        if path is None:
            raise MessageGone(f"message UID {uid} absent de {self.path}")
        return path

    # -- protocol ------------------------------------------------------------------------
    def connect(self) -> None:
        self._interrupted.clear()
        with self._errors("ouverture"):
            make_maildir(self.path)
            self._state = self._load()
            self._scan()
            if not (self.path / UIDLIST).exists():
                self._save()

    def close(self) -> None:
        self._state = None
        self._files = {}

    @property
    def uidvalidity(self) -> int:
        return int(self._require()["uidvalidity"])

    def uids_after(self, last_uid: int) -> list[int]:
        with self._errors("recherche des nouveaux messages"):
            self._scan()
        self._listed_up_to = self._require()["next_uid"] - 1
        return sorted(uid for uid in self._files if uid > last_uid)

    def envelopes(self, uids: Sequence[int]) -> list[Envelope]:
        out: list[Envelope] = []
        with self._errors("lecture des en-têtes"):
            for uid in uids:
                try:
                    path = self._path_of(uid)
                    out.append(Envelope(uid, path.stat().st_size, _read_header(path)))
                except (MessageGone, FileNotFoundError):
                    continue
        return out

    def fetch(self, uid: int) -> bytes:
        with self._errors(f"lecture du message {uid}"):
            try:
                return self._path_of(uid).read_bytes()
            except FileNotFoundError:  # renamed between our listing and the read
                self._scan()
                try:
                    return self._path_of(uid).read_bytes()
                except FileNotFoundError:
                    raise MessageGone(f"message UID {uid} absent de {self.path}") from None

    def mark_handled(self, *uids: int) -> None:
        with self._errors(f"marquage de {len(uids)} message(s)"):
            state = self._require()
            for uid in uids:
                self._path_of(uid)
                if uid not in state["handled"]:
                    state["handled"].append(uid)
            self._save()

    def is_handled(self, uid: int) -> bool:
        return uid in self._require()["handled"]

    def move(self, uid: int, folder: str) -> None:
        if not folder or "/" in folder or folder.startswith("."):
            raise MailboxError(f"nom de dossier Maildir invalide : {folder!r}")
        with self._errors(f"déplacement du message {uid} vers {folder}"):
            source = self._path_of(uid)
            target = self.path.parent / folder
            make_maildir(target)
            os.rename(source, target / source.parent.name / source.name)
            self._scan()

    def append_sent(self, raw: bytes, when: datetime) -> None:
        if self.sent_path is None:
            return
        with self._errors("copie dans les envoyés"):
            add_to_maildir(self.sent_path, raw, seen=True, mtime=when.timestamp())

    def interrupt(self) -> None:
        self._interrupted.set()

    def wait_for_news(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        last_full = time.monotonic()
        try:
            with self._errors("attente de nouveaux messages"):
                while not self._interrupted.is_set():
                    now = time.monotonic()
                    if (
                        self._dir_signature() != self._signature
                        or now - last_full > self.RESCAN_EVERY
                    ):
                        self._scan()
                        last_full = now
                    if self._require()["next_uid"] - 1 > self._listed_up_to:
                        return True
                    remaining = deadline - time.monotonic()
                    if remaining <= 0 or self._interrupted.wait(min(self.poll_interval, remaining)):
                        return False
                return False
        finally:
            self._interrupted.clear()
