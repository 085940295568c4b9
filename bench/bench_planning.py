"""Planning: deciding what is due in a store of 10,000 then 100,000 open invoices (5 % due),
against the raw read of the same rows; time, growth and peak memory.

Usage: python bench/bench_planning.py [--sizes 10000 100000] [--tiny]
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from relancebot.app import App  # noqa: E402
from relancebot.config import load_settings  # noqa: E402
from relancebot.service.planning import current_plan  # noqa: E402

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2026, 11, 17, 10, 0, tzinfo=PARIS)


def fill(app: App, count: int) -> None:
    """`count` open invoices for count/4 customers; 5 % have a reminder due at NOW."""
    stamp = "2026-11-01T08:00:00+00:00"
    customers = max(count // 4, 1)
    db = app.db
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO customers (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
            ((f"c{i}", f"Client {i}", stamp, stamp) for i in range(customers)),
        )
        db.conn.executemany(
            "INSERT INTO contacts (customer_id, email) VALUES (?, ?)",
            ((f"c{i}", f"c{i}@exemple.fr") for i in range(customers)),
        )

        def rows():  # type: ignore[no-untyped-def]
            for i in range(count):
                # 1 in 20 was due on 13 November (first reminder due on the 16th); the others
                # are due in the future or were reminded yesterday.
                if i % 20 == 0:
                    due, sent, last = "2026-11-13", 0, None
                elif i % 2:
                    due, sent, last = "2026-12-15", 0, None
                else:
                    due, sent, last = "2026-11-02", 2, "2026-11-16T09:00:00+00:00"
                yield (
                    f"F-{i}",
                    f"c{i % customers}",
                    "1250.00",
                    "2026-10-01",
                    due,
                    "/dev/null",
                    sent,
                    last,
                    stamp,
                    stamp,
                )

        db.conn.executemany(
            "INSERT INTO invoices (number, customer_id, amount, issue_date, due_date, pdf_path,"
            " reminders_sent, last_reminder_at, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows(),
        )


def measure(count: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "config.toml").write_text('timezone = "Europe/Paris"\n', encoding="utf-8")
        app = App(load_settings(root / "config.toml", explicit=True))
        fill(app, count)
        started = time.perf_counter()
        rows = app.db.execute("SELECT * FROM invoices WHERE paid_at IS NULL").fetchall()
        raw = time.perf_counter() - started
        del rows
        started = time.perf_counter()
        plan = current_plan(app, NOW)
        planning = time.perf_counter() - started
        del plan
        tracemalloc.start()  # a second pass for memory: tracing slows Python down several-fold
        plan = current_plan(app, NOW)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        due = sum(len(b.steps) for b in plan.batches)
        assert due == count // 20, (due, count)
        return {
            "count": count,
            "raw_s": raw,
            "plan_s": planning,
            "peak_mb": peak / 2**20,
            "due": due,
            "emails": len(plan.batches),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--tiny", action="store_true", help="one small size, for the test suite")
    args = parser.parse_args()
    sizes = [200, 400] if args.tiny else args.sizes
    measure(200)  # warm-up: imports, holiday tables
    results = [measure(n) for n in sizes]
    for r in results:
        print(
            f"planification : {r['count']:>7.0f} factures ouvertes, {r['due']:.0f} relances dues "
            f"({r['emails']:.0f} emails) : {r['plan_s']:.3f} s, lecture brute {r['raw_s']:.3f} s, "
            f"rapport {r['plan_s'] / r['raw_s']:.1f}x, pic mémoire {r['peak_mb']:.0f} Mo"
        )
    first, last = results[0], results[-1]
    growth = (last["plan_s"] / first["plan_s"]) / (last["count"] / first["count"])
    print(
        f"croissance : x{last['count'] / first['count']:.0f} factures -> "
        f"x{last['plan_s'] / first['plan_s']:.1f} temps (1,0 = linéaire : {growth:.2f})"
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"mémoire maximale du processus : {rss:.0f} Mo (objectif < 300 Mo ; < 2 s à 100 000)")


if __name__ == "__main__":
    main()
