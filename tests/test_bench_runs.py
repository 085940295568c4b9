"""The sending, planning, start-up, web and workspace benchmarks run (tiny sizes, no timing
assertion), so they never rot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers.dovecot import DOVECOT

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("bench_sending.py", "rapport relancebot / brut"),
        ("bench_planning.py", "croissance"),
        ("bench_startup.py", "objectif"),
        ("bench_web.py", "objectif"),
    ],
)
def test_benchmark_runs_tiny(script: str, expected: str) -> None:
    completed = subprocess.run(
        [sys.executable, str(REPO / "bench" / script), "--tiny"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert expected in completed.stdout


def test_workspace_benchmark_runs_tiny() -> None:
    """3 firms on a real Dovecot, `tick` twice, then `run` and a reply to each firm."""
    if not os.access(DOVECOT, os.X_OK):
        pytest.skip(f"Dovecot not installed ({DOVECOT} missing): apt-get install dovecot-imapd")
    completed = subprocess.run(
        [sys.executable, str(REPO / "bench" / "bench_workspace.py"), "--tiny"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert "latence d'une réponse" in completed.stdout
