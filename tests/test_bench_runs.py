"""The sending, planning and start-up benchmarks run (tiny sizes, no timing assertion), so they
never rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ("bench_sending.py", "rapport relancebot / brut"),
        ("bench_planning.py", "croissance"),
        ("bench_startup.py", "objectif"),
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
