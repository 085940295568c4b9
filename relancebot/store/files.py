"""Files holding customer data are the owner's alone, like the database: 0600 files in 0700
folders, whatever the process umask.

`write_private` replaces a file whole:
1. a temporary file is created beside the target (same folder, so the rename is atomic), 0600
   from its first byte: never readable by others, not even for an instant;
2. the data is written and flushed to disk;
3. `os.replace` puts it in place: a reader sees the old file or the new one, never half of one.
A target that is not a regular file (`--csv /dev/stdout`, a pipe) is written to directly: there
is no file of ours to protect, and replacing a device would be wrong.

`private_dir` creates a folder 0700 (and its missing parents), and tightens one of ours left
open by an earlier version. `add_to_maildir` delivers a message into a Maildir the same way.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import tempfile
import time
from itertools import count
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
_MAILDIR_SUBDIRS = ("tmp", "new", "cur")
_unique = count()


def private_dir(path: Path) -> Path:
    """The folder `path`, created 0700 with any missing parent; an existing one owned by us is
    tightened to 0700 (someone else's folder is left as it is)."""
    missing: list[Path] = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue  # made by another process meanwhile: tightened below if it is ours
        os.chmod(folder, PRIVATE_DIR)  # the umask may have taken bits from the owner too
    info = path.stat()
    if stat.S_IMODE(info.st_mode) != PRIVATE_DIR and info.st_uid == os.geteuid():
        os.chmod(path, PRIVATE_DIR)
    return path


def write_private(path: Path, data: bytes) -> None:
    """Replace `path` with `data`, readable and writable by its owner only."""
    try:
        current = path.stat()
    except FileNotFoundError:
        current = None
    if (
        current is not None
        and not stat.S_ISREG(current.st_mode)
        and not stat.S_ISDIR(current.st_mode)
    ):
        with path.open("wb") as out:
            out.write(data)
        return
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def write_private_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    write_private(path, text.encode(encoding))


def make_maildir(path: Path) -> Path:
    """A Maildir (tmp/, new/, cur/) whose folders are all 0700."""
    private_dir(path)
    for sub in _MAILDIR_SUBDIRS:
        private_dir(path / sub)
    return path


def add_to_maildir(
    path: Path, raw: bytes, *, seen: bool = False, mtime: float | None = None
) -> Path:
    """Deliver `raw` into the Maildir `path` as Maildir readers expect: written 0600 into tmp/,
    then renamed into new/ (or into cur/ marked seen). Returns the message's file."""
    make_maildir(path)
    host = socket.gethostname().replace("/", "\\057").replace(":", "\\072")  # as Maildir says
    unique = f"{time.time_ns()}.P{os.getpid()}Q{next(_unique)}.{host}"
    temporary = path / "tmp" / unique
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as out:
            out.write(raw)
            out.flush()
            os.fsync(out.fileno())
        if mtime is not None:
            os.utime(temporary, (mtime, mtime))
        target = path / "cur" / f"{unique}:2,S" if seen else path / "new" / unique
        os.rename(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    return target
