"""`relancebot web` for real: waitress on 127.0.0.1, the pages over HTTP, the service's lock left
alone, and a clean stop on SIGTERM; the other commands never import Flask."""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import urllib.request
from pathlib import Path

from relancebot.store.database import service_holder, service_lock

from .conftest import Firm
from .test_cli_startup import PROBE
from .web_helpers import seed


def start(firm: Firm, *args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "relancebot", "--config", str(firm.config), *args],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    said = ""
    while "Ctrl-C pour arrêter" not in said:
        line = process.stderr.readline()
        assert line, said
        said += line
    found = re.search(r"(http://\S+/) \(Ctrl-C pour arrêter\)", said)
    assert found, said
    return process, found.group(1)


def test_served_until_sigterm_without_the_service_lock(firm: Firm) -> None:
    seed(firm)
    process, url = start(firm, "--now", "2026-12-07T10:00", "web", "--port", "0")
    try:
        assert url.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(url + "login", timeout=10) as answer:
            page = answer.read().decode()
            assert answer.headers["Content-Security-Policy"].startswith("default-src 'self'")
        assert 'name="username"' in page and 'name="password"' in page
        # The service may run meanwhile: the pages never hold its lock.
        database = firm.root / "relancebot.db"
        assert service_holder(database) is None
        with service_lock(database, "tick"):
            pass
    finally:
        process.send_signal(signal.SIGTERM)
        _, rest = process.communicate(timeout=20)
    assert process.returncode == 0, rest
    assert "relancebot web : arrêté." in rest


def test_says_when_nobody_may_log_in(firm: Firm) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "relancebot", "--config", str(firm.config), "web", "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    said = process.stderr.readline()
    process.send_signal(signal.SIGINT)
    _, rest = process.communicate(timeout=20)
    assert "Aucun utilisateur : `relancebot user add NOM`" in said
    assert process.returncode == 0, rest


def heavy_after(cwd: Path, *args: str) -> list[str]:
    watched = ["flask", "waitress", "werkzeug", "flask_wtf"]
    completed = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(watched), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )
    last = completed.stdout.strip().splitlines()[-1]
    loaded: list[str] = json.loads(last.removeprefix("HEAVY="))
    return loaded


def test_other_commands_do_not_import_flask(firm: Firm) -> None:
    assert heavy_after(firm.root, "--help") == []
    assert heavy_after(firm.root, "--config", str(firm.config), "status") == []
    assert heavy_after(firm.root, "--config", str(firm.config), "user", "list") == []
