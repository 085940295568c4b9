"""A workspace of 30 firms with 1,000 open invoices each, served by one `run`: the tick over
every firm, the service's memory, its IDLE connections and how soon a reply is handled.

1. Folders: one firm folder per firm, each its own Dovecot user (one real Dovecot) and the
   same aiosmtpd in this process; invoices written straight into each firm's store (a small
   PDF each firm): 1 first reminder due per firm, the rest due later or reminded yesterday.
2. The tick: `relancebot --workspace DIR tick` in a fresh process, twice (the first sends the
   reminders due, the second finds nothing to do), against the raw baseline, a plain `SELECT`
   of the open invoices of every firm's database in this process.
3. The service: `relancebot --workspace DIR run` in a process of its own; its IDLE connections
   counted from /proc; replies APPENDed one at a time (one per firm, in turn), then a burst of
   one to every firm at once, each timed from the end of its APPEND to its row in the firm's
   store; the service's peak RSS (VmHWM) and its CPU while idle.

Usage: python bench/bench_workspace.py [--firms 30] [--invoices 1000] [--tiny]
Needs Dovecot (Debian's dovecot-imapd, as the tests do) and runs as root like the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from aiosmtpd.controller import Controller

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from workspace_probes import (  # noqa: E402
    BenchFirm,
    Replies,
    connections_to,
    cpu_seconds,
    number,
    proc_status,
    raw_idle_latency,
    ready,
    wait,
)

from relancebot.store.database import open_database  # noqa: E402
from tests.conftest import pdf_bytes  # noqa: E402
from tests.servers.dovecot import DovecotServer, dovecot_server  # noqa: E402
from tests.servers.smtp import RecordingHandler, free_port  # noqa: E402

PARIS = ZoneInfo("Europe/Paris")
TARGETS = {"rss_mb": 300, "tick_s": 5.0, "latency_s": 2.0}


def relancebot_command() -> list[str]:
    script = Path(sys.executable).parent / "relancebot"
    return [str(script)] if script.exists() else [sys.executable, "-m", "relancebot"]


def make_workspace(
    root: Path, server: DovecotServer, smtp_port: int, firms: int
) -> list[BenchFirm]:
    (root / "workspace.toml").write_text(
        '[workspace]\nname = "Secrétariat Dupuis"\n[review]\nemail = "claire@dupuis.example"\n',
        encoding="utf-8",
    )
    made = []
    for index in range(firms):
        user = server.add_user()
        folder = root / f"entreprise-{index:02d}"
        folder.mkdir()
        (folder / "imap.password").write_text(user.password, encoding="utf-8")
        (folder / "imap.password").chmod(0o600)
        (folder / "config.toml").write_text(
            f'timezone = "Europe/Paris"\n[firm]\nname = "Entreprise {index:02d} SARL"\n'
            f'email = "relances@entreprise-{index:02d}.example"\n'
            f'[smtp]\nhost = "127.0.0.1"\nport = {smtp_port}\nsecurity = "none"\n'
            f'[imap]\nhost = "{server.host}"\nport = {server.port}\nsecurity = "none"\n'
            f'username = "{user.name}"\npassword_file = "imap.password"\nsent_folder = ""\n',
            encoding="utf-8",
        )
        (folder / "facture.pdf").write_bytes(pdf_bytes(f"entreprise {index}"))
        made.append(BenchFirm(folder.name, index, user, folder))
    return made


def fill(firm: BenchFirm, count: int, today: dt.date) -> None:
    """`count` open invoices for count/4 customers: the first one's first reminder is due,
    half the others are due in three weeks, the other half were reminded yesterday."""
    db = open_database(firm.database)  # migrated, as the service will find it
    stamp = f"{today - dt.timedelta(days=40)}T08:00:00+00:00"
    yesterday = f"{today - dt.timedelta(days=1)}T09:00:00+00:00"
    customers = max(count // 4, 1)
    pdf = str(firm.folder / "facture.pdf")
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO customers (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)",
            ((f"c{i}", f"Client {i}", stamp, stamp) for i in range(customers)),
        )
        db.conn.executemany(
            "INSERT INTO contacts (customer_id, email) VALUES (?, ?)",
            ((f"c{i}", f"client{i}@exemple.fr") for i in range(customers)),
        )
        rows = []
        for i in range(count):
            if i == 0:
                due, sent, last = today - dt.timedelta(days=10), 0, None
            elif i % 2:
                due, sent, last = today + dt.timedelta(days=21), 0, None
            else:
                due, sent, last = today - dt.timedelta(days=10), 1, yesterday
            issued = str(today - dt.timedelta(days=40))
            row = (number(firm, i), f"c{i % customers}", "1250.00", issued, str(due), pdf)
            rows.append((*row, sent, last, stamp, stamp))
        db.conn.executemany(
            "INSERT INTO invoices (number, customer_id, amount, issue_date, due_date, pdf_path,"
            " reminders_sent, last_reminder_at, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    db.conn.close()


def raw_select(firms: list[BenchFirm]) -> float:
    """The baseline: every open invoice of every firm, read with plain sqlite3."""
    started = time.perf_counter()
    for firm in firms:
        conn = sqlite3.connect(firm.database)
        conn.execute("SELECT * FROM invoices WHERE paid_at IS NULL").fetchall()
        conn.close()
    return time.perf_counter() - started


def timed_tick(root: Path, now: str) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [*relancebot_command(), "--workspace", str(root), "--now", now, "tick"],
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"tick en échec ({done.returncode}) :\n{done.stdout}\n{done.stderr}")
    return elapsed, done.stdout


def serve(
    root: Path, server: DovecotServer, firms: list[BenchFirm], invoices: int, replies: int
) -> dict[str, object]:
    started = time.perf_counter()
    service = subprocess.Popen(
        [*relancebot_command(), "--workspace", str(root), "run"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait("toutes les entreprises servies", lambda: all(ready(f) for f in firms))
        wait("une connexion IMAP par entreprise",
             lambda: connections_to(service.pid, server.port) == len(firms))  # fmt: skip
        startup = time.perf_counter() - started
        time.sleep(2.0)  # the first passes are over
        cpu_before = cpu_seconds(service.pid)
        time.sleep(5.0)
        idle_cpu = (cpu_seconds(service.pid) - cpu_before) / 5.0
        idle_connections = connections_to(service.pid, server.port)
        timing = Replies(server, firms, invoices)
        one_by_one = timing.one_by_one(replies)
        burst = timing.burst()
        timing.close()
        status = proc_status(service.pid)
        service.send_signal(signal.SIGTERM)
        _, err = service.communicate(timeout=300)
    finally:
        if service.poll() is None:
            service.kill()
    if service.returncode != 0 or "arrêté proprement" not in err:
        raise SystemExit(f"le service ne s'est pas arrêté proprement :\n{err[-3000:]}")
    return {
        "startup_s": startup,
        "connections": idle_connections,
        "idle_cpu": idle_cpu,
        "one_by_one": one_by_one,
        "burst": burst,
        "hwm_mb": int(status["VmHWM"].split()[0]) / 1024,
        "rss_mb": int(status["VmRSS"].split()[0]) / 1024,
        "threads": int(status["Threads"]),
    }


def measure(firm_count: int, invoices: int, replies: int) -> dict[str, object]:
    handler = RecordingHandler()
    smtp = Controller(handler, hostname="127.0.0.1", port=free_port())
    smtp.start()
    try:
        for server in dovecot_server():
            with tempfile.TemporaryDirectory(prefix="relancebot-espace-") as tmp:
                root = Path(tmp)
                today = dt.datetime.now(PARIS).date()
                now = f"{today}T10:00:00"
                firms = make_workspace(root, server, smtp.port, firm_count)
                for firm in firms:
                    fill(firm, invoices, today)
                raw = statistics.median(raw_select(firms) for _ in range(5))
                raw_idle = raw_idle_latency(server, max(3, min(firm_count, 10)))
                first, _ = timed_tick(root, now)
                sent_first = len(handler.received)
                second, _ = timed_tick(root, now)
                figures = serve(root, server, firms, invoices, replies)
                figures.update(
                    firms=firm_count, invoices=invoices, raw_s=raw, tick1_s=first,
                    tick2_s=second, sent_first=sent_first, raw_idle=raw_idle,
                )  # fmt: skip
                return figures
    finally:
        smtp.stop(no_assert=True)
    raise SystemExit("Dovecot indisponible")


def spread(values: list[float]) -> str:
    median = statistics.median(values)
    return f"médiane {median:.3f} s, max {max(values):.3f} s ({len(values)} réponses)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--firms", type=int, default=30)
    parser.add_argument("--invoices", type=int, default=1000)
    parser.add_argument("--replies", type=int, default=0, help="one by one; default: one per firm")
    parser.add_argument("--tiny", action="store_true", help="3 firms of 40 invoices, for the tests")
    args = parser.parse_args()
    firms, invoices = (3, 40) if args.tiny else (args.firms, args.invoices)
    f = measure(firms, invoices, args.replies or firms)
    one, burst, raw_idle = f["one_by_one"], f["burst"], f["raw_idle"]
    assert isinstance(one, list) and isinstance(burst, list) and isinstance(raw_idle, list)
    print(f"espace de travail : {f['firms']} entreprises de {f['invoices']} factures ouvertes")
    print(
        f"  tick (nouveau processus) : {f['tick1_s']:.2f} s avec {f['sent_first']} relances "
        f"envoyées, puis {f['tick2_s']:.2f} s sans rien à envoyer ; lecture brute des factures "
        f"ouvertes de toutes les bases : {f['raw_s']:.3f} s, "
        f"rapport {f['tick2_s'] / f['raw_s']:.0f}x "  # type: ignore[operator]
        f"(objectif < {TARGETS['tick_s']:.0f} s)"
    )
    print(
        f"  service : prêt en {f['startup_s']:.1f} s, {f['connections']} connexions IDLE "
        f"tenues, {f['threads']} fils, CPU au repos {100 * f['idle_cpu']:.1f} %"  # type: ignore[operator]
    )
    print(
        f"  mémoire du service : pic {f['hwm_mb']:.0f} Mo (VmHWM), {f['rss_mb']:.0f} Mo à la fin "
        f"(objectif < {TARGETS['rss_mb']} Mo)"
    )
    print(f"  latence d'une réponse, une à la fois : {spread(one)}")
    print(f"  latence d'une réponse, une par entreprise d'un coup : {spread(burst)}")
    print(f"  brut, un imapclient en IDLE averti d'un APPEND (même Dovecot) : {spread(raw_idle)}")
    print(f"  (objectif : traitée en moins de {TARGETS['latency_s']:.0f} s après son arrivée)")


if __name__ == "__main__":
    main()
