"""The benchmark script runs (tiny mode, no timing assertion)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_bench_tiny_runs() -> None:
    completed = subprocess.run(
        [sys.executable, str(REPO / "bench" / "bench_classify.py"), "--tiny"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    assert "msg/s" in completed.stdout
