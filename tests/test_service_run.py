"""`relancebot run`: the background service honours SIGTERM and refuses a second instance."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from .conftest import Firm


def start(firm: Firm) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "relancebot", "--config", str(firm.config), "run"],
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for(path: Path, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().strip():
            return
        time.sleep(0.05)
    raise AssertionError(f"{path} never written")


def test_sigterm_stops_cleanly_and_a_second_service_is_refused(firm: Firm) -> None:
    first = start(firm)
    try:
        wait_for(firm.root / "relancebot.db.lock")
        second = subprocess.run(
            [sys.executable, "-m", "relancebot", "--config", str(firm.config), "run"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode != 0
        assert "déjà utilisée par relancebot (service" in second.stderr
        first.send_signal(signal.SIGTERM)
        _, err = first.communicate(timeout=30)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0, err
    assert "arrêté proprement" in err
