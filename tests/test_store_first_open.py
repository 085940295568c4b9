"""Several first connections to a new database at once (a `run` starting while `status` or a
command looks) all open it: none is told "database is locked"."""

from __future__ import annotations

import threading
from pathlib import Path

from relancebot.store.database import SCHEMA, open_database


def test_first_opens_at_once(tmp_path: Path) -> None:
    for attempt in range(15):
        path = tmp_path / f"firm-{attempt}.db"
        errors: list[BaseException] = []
        start = threading.Barrier(6)

        def first_open() -> None:
            try:
                start.wait()
                open_database(path).conn.close()
            except BaseException as exc:  # noqa: BLE001 - collected for the assertion
                errors.append(exc)

        threads = [threading.Thread(target=first_open) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert errors == []
        db = open_database(path)
        applied = db.execute("SELECT name FROM _sqlite_migrations ORDER BY id").fetchall()
        assert tuple(name for (name,) in applied) == SCHEMA
        db.conn.close()
