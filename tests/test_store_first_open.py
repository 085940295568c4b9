"""Several first connections to a new database at once (a `run` starting while `status` or a
command looks) all open it: none is told "database is locked"."""

from __future__ import annotations

import threading
from pathlib import Path

from relancebot.store.database import SCHEMA, open_database


def open_together(path: Path, count: int) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(count)

    def first_open() -> None:
        try:
            start.wait()
            open_database(path).conn.close()
        except BaseException as exc:  # collected for the assertion, whatever it is
            errors.append(exc)

    threads = [threading.Thread(target=first_open) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return errors


def test_first_opens_at_once(tmp_path: Path) -> None:
    for attempt in range(20):
        path = tmp_path / f"firm-{attempt}.db"
        assert open_together(path, 6) == []
        db = open_database(path)
        applied = db.execute("SELECT name FROM _sqlite_migrations ORDER BY id").fetchall()
        assert tuple(name for (name,) in applied) == SCHEMA
        db.conn.close()
