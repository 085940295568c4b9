"""The repository holds source, never an environment or build output.

A virtual environment once tracked here ran on its builder's machine only: its scripts name the
absolute path of the interpreter that made them, so a clone anywhere else could not test.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GENERATED = re.compile(
    r"(^|/)(\.venv|venv|env|build|dist|__pycache__|\.mypy_cache|\.pytest_cache|\.ruff_cache"
    r"|\.hypothesis|node_modules)/|\.egg-info(/|$)|\.py[co]$"
)


def tracked_files() -> list[str]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (an unpacked sdist, say)")
    listing = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=60
    ).stdout
    return [name for name in listing.decode().split("\0") if name]


def test_no_environment_or_build_output_is_tracked() -> None:
    files = tracked_files()
    assert "relancebot/cli.py" in files  # the listing is the real one
    offending = [name for name in files if GENERATED.search(name)]
    assert offending == [], f"generated files are tracked: {offending[:5]}"


def test_the_ignore_file_keeps_them_out() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    for pattern in (".venv/", "build/", "*.egg-info/", "__pycache__/"):
        assert pattern in ignored
