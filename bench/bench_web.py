"""The person's pages under load of data: a firm of 10,000 open invoices (2,000 customers) and
50,000 journal lines, served by `relancebot web` (waitress, its own process) and read over
loopback by one keep-alive http.client connection, logged in as a person is; every page N
times, median and 95th percentile, against the raw SELECT of the open invoices.

Two rounds per page: "served" (the pages may keep what they computed while the database does
not change, as between a person's clicks) and "after a change" (a row is written by another
connection before each request, as the service's tick or a command would, so nothing kept
counts).

Usage: python bench/bench_web.py [--invoices 10000] [--events 50000] [--requests 50] [--tiny]
"""

from __future__ import annotations

import argparse
import html
import http.client
import re
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from relancebot.app import App  # noqa: E402
from relancebot.config import load_settings  # noqa: E402

NOW = "2026-12-07T10:00"  # a Monday
STAMP = "2026-11-01T08:00:00+00:00"
PASSWORD = "mot-de-passe-du-banc"
TARGET_MEDIAN, TARGET_P95 = 0.100, 0.300
_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def _invoices(count: int, customers: int) -> Iterator[tuple[object, ...]]:
    """Due from August to January: most overdue, at every reminder level; 1 in 10 escalated
    (a call to make), 1 in 25 paused on a promise."""
    for i in range(count):
        month, day = 8 + i % 6, 1 + i % 28
        due = f"{2026 + (month > 12)}-{(month - 1) % 12 + 1:02d}-{day:02d}"
        chase, paused, sent = "active", None, i % 4
        if i % 10 == 0:
            chase, sent = "escalated", 3
        elif i % 25 == 1:
            chase, paused = "paused", "2026-12-18T09:00:00+01:00"
        yield (
            f"F-{i}",
            f"c{i % customers}",
            f"{100 + i % 5000}.00",
            "2026-07-01",
            due,
            "/dev/null",
            chase,
            paused,
            sent,
            STAMP if sent else None,
            STAMP,
            STAMP,
        )


def _events(count: int, invoices: int, customers: int) -> Iterator[tuple[object, ...]]:
    kinds = ("reminder_sent", "reply", "call", "payment", "note")
    for i in range(count):
        n = i % invoices
        yield (
            f"2026-{9 + i % 3:02d}-{1 + i % 28:02d}T09:{i % 60:02d}:00+00:00",
            kinds[i % 5],
            f"F-{n}",
            f"c{n % customers}",
            f"Ligne {i} du journal pour F-{n}",
            "service" if i % 3 else "command",
        )


def fill(app: App, invoices: int, events: int) -> None:
    """Rows straight into the store, as bench_planning.py does: customers with a phone,
    invoices, the journal, a call task per escalated invoice, replies (one hostile),
    uncertain emails."""
    customers = max(invoices // 5, 1)
    db = app.db
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO customers (id, name, contact, phone, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                (
                    f"c{i}",
                    f"Client {i}",
                    f"M. Client {i}",
                    f"01 40 {i % 100:02d} 00 00",
                    STAMP,
                    STAMP,
                )
                for i in range(customers)
            ),
        )
        db.conn.executemany(
            "INSERT INTO contacts (customer_id, email) VALUES (?, ?)",
            ((f"c{i}", f"compta@client{i}.fr") for i in range(customers)),
        )
        db.conn.executemany(
            "INSERT INTO invoices (number, customer_id, amount, issue_date, due_date, pdf_path,"
            " chase, paused_until, reminders_sent, last_reminder_at, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _invoices(invoices, customers),
        )
        db.conn.executemany(
            "INSERT INTO events (at, kind, invoice_number, customer_id, summary, actor)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            _events(events, invoices, customers),
        )
        db.conn.executemany(
            "INSERT INTO tasks (kind, priority, customer_id, invoice_number, summary,"
            " created_at, due_at) VALUES ('call_overdue', 5, ?, ?, ?, ?, ?)",
            (
                (f"c{i % customers}", f"F-{i}", f"F-{i} en retard", STAMP, STAMP)
                for i in range(0, invoices, 10)
            ),
        )
        db.conn.executemany(
            "INSERT INTO replies (mailbox, uid, uidvalidity, message_id, received_at, sender,"
            " subject, category, excerpt, customer_id, link_method, state, handled_at)"
            " VALUES ('maildir:banc', ?, 1, ?, ?, ?, 'Re: relance', ?, ?, ?, ?, ?, ?)",
            (
                (
                    i,
                    f"<r{i}@banc>",
                    STAMP,
                    f"compta@client{i}.fr",
                    "other" if i % 2 else "promise_to_pay",
                    "<script>alert(1)</script> Bien reçu" if i == 0 else f"Réponse {i}",
                    None if i % 3 == 0 else f"c{i}",
                    "none" if i % 3 == 0 else "sender",
                    "unlinked" if i % 3 == 0 else "handled",
                    STAMP,
                )
                for i in range(min(300, customers))
            ),
        )
        db.conn.executemany(
            "INSERT INTO outbox (kind, customer_id, message_id, recipients, subject, raw, state,"
            " next_attempt_at, created_at) VALUES ('reminder', ?, ?, ?, 'Relance', ?,"
            " 'uncertain', ?, ?)",
            (
                (
                    f"c{i}",
                    f"<o{i}@banc>",
                    f'["compta@client{i}.fr"]',
                    b"Subject: x\r\n\r\n.",
                    STAMP,
                    STAMP,
                )
                for i in range(min(20, customers))
            ),
        )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Session:
    """One keep-alive connection, logged in: the cookie kept, the CSRF token from the form."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookie = ""

    def request(self, method: str, path: str, body: str = "") -> tuple[int, str, str]:
        headers = {"Cookie": self.cookie} if self.cookie else {}
        if method == "POST":
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Origin"] = f"http://127.0.0.1:{self.port}"
        self.conn.request(method, path, body=body or None, headers=headers)
        answer = self.conn.getresponse()
        text = answer.read().decode()
        for name, value in answer.getheaders():
            if name.lower() == "set-cookie":
                self.cookie = value.split(";", 1)[0]
        return answer.status, answer.getheader("Location") or "", text

    def log_in(self, name: str) -> None:
        _, _, page = self.request("GET", "/login")
        found = _TOKEN.search(page)
        assert found, page[:300]
        form = {"csrf_token": html.unescape(found.group(1)), "username": name}
        status, where, _ = self.request(
            "POST", "/login", urllib.parse.urlencode({**form, "password": PASSWORD})
        )
        assert status == 303 and "/login" not in where, (status, where)


def timed(run: Callable[[], object], count: int) -> list[float]:
    times = []
    for _ in range(count):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


PAGES = {
    "aujourd'hui": "/",
    "aujourd'hui, fait": "/?vue=fait",
    "dossiers": "/dossiers",
    "dossiers, 91-120 j, par montant": "/dossiers?retard=91-120&tri=montant",
    "dossier client": "/dossier/c0",
    "noter un appel": "/appel/F-10",
    "envois": "/envois",
    "réponses": "/reponses",
    "import": "/import",
    "rapport": "/rapport",
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--invoices", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--tiny", action="store_true")
    args = parser.parse_args()
    if args.tiny:
        args.invoices, args.events, args.requests = 200, 1000, 3
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        config = root / "config.toml"
        config.write_text(
            'timezone = "Europe/Paris"\n[firm]\nname = "Banc SARL"\n'
            'email = "relances@banc.fr"\nphone = "01 23 45 67 89"\n',
            encoding="utf-8",
        )
        app = App(load_settings(config, explicit=True))
        started = time.perf_counter()
        fill(app, args.invoices, args.events)
        app.db.conn.close()
        print(
            f"{args.invoices} factures ouvertes, {max(args.invoices // 5, 1)} clients,"
            f" {args.events} lignes de journal : remplies en {time.perf_counter() - started:.1f} s"
        )
        relancebot = [sys.executable, "-m", "relancebot", "--config", str(config)]
        subprocess.run(
            [*relancebot, "user", "add", "banc", "--password-stdin"],
            input=PASSWORD + "\n",
            text=True,
            check=True,
            capture_output=True,
        )

        raw = sqlite3.connect(root / "relancebot.db")
        select = (
            "SELECT * FROM invoices WHERE chase != 'stopped'"
            " AND CAST(paid AS REAL) < CAST(amount AS REAL)"
        )
        baseline = timed(lambda: raw.execute(select).fetchall(), args.requests)
        base = statistics.median(baseline)
        print(f"référence : SELECT des factures ouvertes, médiane {ms(base)} ms")

        port = free_port()
        server = subprocess.Popen(
            [*relancebot, "--now", NOW, "web", "--port", str(port)],
            stderr=subprocess.DEVNULL,
            cwd=REPO,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    assert server.poll() is None and time.monotonic() < deadline
                    time.sleep(0.1)
            session = Session(port)
            session.log_in("banc")
            report(session, raw, args.requests, base)
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)
            raw.close()


def report(session: Session, raw: sqlite3.Connection, count: int, base: float) -> None:
    print(
        f"\n{'page':32} {'1re':>7} {'médiane':>8} {'p95':>7} {'/brut':>6}"
        f" {'après chgt méd.':>16} {'p95':>7}  objectif (méd. < 100 ms, p95 < 300 ms)"
    )
    missed = []
    for name, path in PAGES.items():
        status, _, _ = session.request("GET", path)
        if status == 404:
            print(f"{name:32} (pas de page {path})")
            continue
        assert status == 200, (path, status)

        def get(path: str = path) -> None:
            status, _, _ = session.request("GET", path)
            assert status == 200, (path, status)

        first = timed(get, 1)[0]
        served = timed(get, count)

        after = []
        for _ in range(max(count // 5, 3)):
            with raw:  # another connection's commit: what the pages kept no longer counts
                raw.execute("UPDATE customers SET notes = notes || '' WHERE id = 'c1'")
            after += timed(get, 1)
        med, high = statistics.median(served), p95(served)
        med_after, high_after = statistics.median(after), p95(after)
        met = max(med, med_after) < TARGET_MEDIAN and max(high, high_after) < TARGET_P95
        if not met:
            missed.append(name)
        print(
            f"{name:32} {ms(first):>7} {ms(med):>8} {ms(high):>7} {med / base:>6.1f}"
            f" {ms(med_after):>16} {ms(high_after):>7}  {'atteint' if met else 'MANQUÉ'}"
        )
    print(f"\nobjectif manqué : {', '.join(missed)}" if missed else "\nobjectif atteint partout")


if __name__ == "__main__":
    main()
