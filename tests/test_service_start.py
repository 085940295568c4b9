"""The first `run` on a new folder, and a mailbox watcher that is restarted whatever stops it.

On a new database the first `run` used to start its watcher while the first pass migrated the
schema: the watcher died ("table customers already exists") and no reply was read again.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import relancebot.service.watcher_thread as watcher_thread
from relancebot.app import App
from relancebot.cli import main
from relancebot.config import load_settings
from relancebot.service.scheduler import run_service
from relancebot.store.database import open_database
from relancebot.store.vitals import last_good_pass, watcher_vitals

from .test_watcher_cli import drop

REPLY = (
    b"From: Compta Dupont <compta@dupont.fr>\r\nTo: relances@atelier-morel.fr\r\n"
    b"Subject: Re: Facture F-2026-0413\r\nMessage-ID: <r1@dupont.fr>\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nBonjour, c'est r\xc3\xa9gl\xc3\xa9.\r\n"
)


def replies_read(database: Path) -> int:
    if not database.exists():
        return 0
    with sqlite3.connect(database) as conn:
        try:
            return int(conn.execute("SELECT COUNT(*) FROM replies").fetchone()[0])
        except sqlite3.OperationalError:  # not migrated yet
            return 0


def wait_until(condition: Any, timeout: float) -> float:
    """Seconds it took; fails past `timeout` (a deadline, not a measure of speed)."""
    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > timeout:
            raise AssertionError("condition not met in time")
        time.sleep(0.05)
    return time.monotonic() - start


@pytest.mark.parametrize("attempt", range(3))
def test_first_run_on_a_new_folder_reads_a_reply(tmp_path: Path, attempt: int) -> None:
    folder = tmp_path / "atelier"
    init = subprocess.run(
        [
            sys.executable,
            "-m",
            "relancebot",
            "init",
            str(folder),
            "--firm",
            "Atelier Morel",
            "--email",
            "relances@atelier-morel.fr",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert init.returncode == 0, init.stderr
    service = subprocess.Popen(
        [sys.executable, "-m", "relancebot", "run"],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        wait_until(lambda: (folder / "inbox" / "new").is_dir(), 30)
        drop(folder / "inbox", REPLY, "1.reply")
        wait_until(lambda: replies_read(folder / "relancebot.db"), 30)
        status = subprocess.run(
            [sys.executable, "-m", "relancebot", "status"],
            cwd=folder,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert status.returncode == 0, status.stdout + status.stderr
        assert "Service : en marche (service, pid" in status.stdout
        assert "lue en entier le" in status.stdout
    finally:
        service.send_signal(signal.SIGTERM)
        _, err = service.communicate(timeout=60)
    assert service.returncode == 0, err
    assert "Traceback" not in err and "already exists" not in err
    assert "s'est arrêtée" not in err


class FlakyWatcherApp(App):
    """The real App, whose watcher fails to start the first `failures` times (or always)."""

    def __init__(self, settings: Any, failures: int) -> None:
        super().__init__(settings)
        self.failures = failures

    def watcher(self, *args: Any, **kwargs: Any) -> Any:
        if self.failures:
            self.failures -= 1
            raise RuntimeError("panne simulée de la surveillance")
        return super().watcher(*args, **kwargs)


@pytest.fixture
def quick_restarts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(watcher_thread, "RESTART_MIN", 0.05)
    monkeypatch.setattr(watcher_thread, "RESTART_MAX", 0.2)


@contextmanager
def serve(app: App) -> Iterator[threading.Event]:
    stop = threading.Event()
    clock = lambda: dt.datetime.now(dt.UTC)  # noqa: E731 - the real clock, as `run` uses
    thread = threading.Thread(target=run_service, args=(app, clock, stop), daemon=True)
    thread.start()
    try:
        yield stop
    finally:
        stop.set()
        thread.join(30)
        assert not thread.is_alive()


def status(config: Path) -> Any:
    return CliRunner().invoke(main, ["--config", str(config), "status"], catch_exceptions=False)


def test_a_watcher_that_dies_is_restarted_and_each_stop_counted(
    tmp_path: Path, quick_restarts: None, caplog: pytest.LogCaptureFixture
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[firm]\nname = "Atelier"\nemail = "relances@atelier-morel.fr"\n')
    app = FlakyWatcherApp(load_settings(config, explicit=True), failures=2)
    with serve(app):
        drop(tmp_path / "inbox", REPLY, "1.reply")
        wait_until(lambda: replies_read(tmp_path / "relancebot.db"), 30)
        db = open_database(tmp_path / "relancebot.db")
        wait_until(lambda: last_good_pass(db), 30)
        vitals = watcher_vitals(db)
        assert vitals is not None and vitals.state == "running" and vitals.stops == 2
        # The watcher marks the mailbox read in full when its first catch-up ends, a moment
        # after the reply is stored: until then `status` rightly says it never was.
        wait_until(lambda: status(config).exit_code == 0, 30)
        result = status(config)
        assert result.exit_code == 0, result.output
        assert "2 arrêt(s), dernier : RuntimeError: panne simulée" in result.output
    stops = [r for r in caplog.records if "arrêt n°" in r.getMessage()]
    assert [r.getMessage().split("arrêt n° ")[1][:1] for r in stops] == ["1", "2"]
    vitals = watcher_vitals(open_database(tmp_path / "relancebot.db"))
    assert vitals is not None and vitals.state == "stopped"


def test_status_says_so_while_the_watcher_is_down(tmp_path: Path, quick_restarts: None) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[firm]\nname = "Atelier"\nemail = "relances@atelier-morel.fr"\n')
    app = FlakyWatcherApp(load_settings(config, explicit=True), failures=10**9)
    with serve(app):
        db = open_database(tmp_path / "relancebot.db")
        wait_until(lambda: (v := watcher_vitals(db)) is not None and v.stops >= 3, 30)
        result = status(config)
        assert result.exit_code == 1
        assert "À faire : la surveillance de la boîte est arrêtée" in result.output
        assert "la boîte n'a pas été lue en entier jamais" in result.output
