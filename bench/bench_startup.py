"""Start-up: `relancebot --help`, `status`, `plan` and `case` as a person types them, each a
fresh process, against `python -c "import sqlite3"` run in the same rounds.

A small firm folder is made in a temporary directory (embedded defaults, a few invoices
imported). The commands take turns, round after round, so that a busy machine slows them all
alike; median and 90th percentile of the wall time, the median CPU time, and the ratio of
medians to the baseline's. A second reference, importing click and nothing else, is the
floor of any command.

Usage: python bench/bench_startup.py [--runs 20] [--tiny]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 0.3
NOW = "2026-12-07T09:00"
INVOICES = """\
number,client,email,amount,issue_date,due_date,pdf
F-2026-001,Boulangerie Dupont,compta@dupont.example,"1 250,00",2026-10-02,2026-11-01,F-2026-001.pdf
F-2026-002,Boulangerie Dupont,compta@dupont.example,120.00,2026-10-03,2026-11-02,F-2026-002.pdf
F-2026-003,Acme Ltd,accounts@acme.example,3600.00,2026-10-10,2026-11-10,F-2026-003.pdf
F-2026-004,Mairie,finances@mairie.example,1020.00,2026-11-15,2026-12-14,F-2026-004.pdf
F-2026-005,Garage Martin,contact@garage.example,480.00,2026-11-20,2026-12-20,F-2026-005.pdf
"""


def relancebot_command() -> list[str]:
    """The console script a person runs, beside this Python; else `python -m relancebot`."""
    script = Path(sys.executable).parent / "relancebot"
    return [str(script)] if script.exists() else [sys.executable, "-m", "relancebot"]


def make_firm(root: Path, relancebot: list[str]) -> None:
    invoices = root / "factures"
    invoices.mkdir()
    for line in INVOICES.splitlines()[1:]:
        (invoices / line.rsplit(",", 1)[1]).write_bytes(b"%PDF-1.4\n%%EOF\n")
    (invoices / "factures.csv").write_text(INVOICES, encoding="utf-8")
    run([*relancebot, "--now", NOW, "import-invoices", "factures/factures.csv"], root, check=True)


def run(argv: list[str], cwd: Path, *, check: bool = False) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    completed = subprocess.run(argv, cwd=cwd, capture_output=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # status exits 1 here on purpose: the service has never run in this folder.
    if completed.returncode not in (0, 1) or (check and completed.returncode):
        raise SystemExit(f"{' '.join(argv)} : {completed.stderr.decode(errors='replace')}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="rounds (default 20)")
    parser.add_argument("--tiny", action="store_true", help="one round, for the test suite")
    args = parser.parse_args()
    runs = 1 if args.tiny else args.runs
    relancebot = relancebot_command()
    commands = {
        'python -c "import sqlite3"': [sys.executable, "-c", "import sqlite3"],
        "python: import click": [sys.executable, "-c", "import click"],
        "relancebot --help": [*relancebot, "--help"],
        "relancebot status": [*relancebot, "--now", NOW, "status"],
        "relancebot plan": [*relancebot, "--now", NOW, "plan"],
        "relancebot case F-2026-001": [*relancebot, "--now", NOW, "case", "F-2026-001"],
    }
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        make_firm(root, relancebot)
        for argv in commands.values():  # warm-up: the page cache, .pyc files
            run(argv, root)
        for _ in range(runs):
            for name, argv in commands.items():
                wall, cpu = run(argv, root)
                walls[name].append(wall)
                cpus[name].append(cpu)
    baseline = statistics.median(walls['python -c "import sqlite3"'])
    print(f"démarrage, {runs} tour(s), {os.cpu_count()} cœur(s), charge {os.getloadavg()[0]:.2f}")
    print(f"{'commande':34} {'médiane':>8} {'p90':>8} {'CPU':>8} {'rapport':>8}  objectif")
    for name in commands:
        median = statistics.median(walls[name])
        verdict = "" if name.startswith("python") else ("tenu" if median < TARGET_S else "MANQUÉ")
        print(
            f"{name:34} {median:7.3f}s {p90(walls[name]):7.3f}s "
            f"{statistics.median(cpus[name]):7.3f}s {median / baseline:7.1f}x  {verdict}"
        )
    print(f"objectif : chaque commande relancebot sous {TARGET_S} s (médiane)")


if __name__ == "__main__":
    main()
