"""SIGKILL at random moments while reminders are being sent: no customer ever gets the same
reminder twice, and none is lost (each is delivered, or flagged `uncertain` for a person)."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

from .conftest import Firm
from .servers.smtp import SmtpServer

CUSTOMERS = 240


def pending(firm: Firm) -> int:
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        sql = "SELECT COUNT(*) FROM outbox WHERE state IN ('pending', 'sending')"
        return int(conn.execute(sql).fetchone()[0])


def test_kill_nine_while_sending(firm: Firm, smtp_server: SmtpServer) -> None:
    firm.write_config(f"""
        [smtp]
        host = "127.0.0.1"
        port = {smtp_server.port}
        security = "none"
        """)
    lines = ["number,client,email,amount,issue_date,due_date,pdf"]
    firm.pdf("F-0")
    for i in range(CUSTOMERS):
        lines.append(f"F-{i},Client {i},c{i}@exemple.fr,100,2026-10-01,2026-11-02,factures/F-0.pdf")
    firm.csv("f.csv", "\n".join(lines) + "\n")
    firm.run("import-invoices", str(firm.root / "f.csv"), now="2026-11-02T07:00")

    rng = random.Random(20261123)
    argv = [
        sys.executable,
        "-m",
        "relancebot",
        "--config",
        str(firm.config),
        "--now",
        "2026-11-03T10:00",
        "tick",
    ]
    kills = mid_send = 0
    for _ in range(200):
        before = len(smtp_server.received)
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Wait until this process is sending, then kill it a random instant later.
        while proc.poll() is None and len(smtp_server.received) == before:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, 0.03))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            kills += 1
            mid_send += len(smtp_server.received) > before
            continue
        assert proc.returncode == 0
        if pending(firm) == 0:
            break
    with sqlite3.connect(firm.root / "relancebot.db") as conn:
        states = dict(conn.execute("SELECT state, COUNT(*) FROM outbox GROUP BY state").fetchall())
        uncertain = {
            r[0]
            for r in conn.execute(
                "SELECT json_extract(recipients, '$[0]') FROM outbox WHERE state = 'uncertain'"
            )
        }
        queued = conn.execute("SELECT COUNT(*) FROM reminders").fetchone()[0]

    received = Counter(r.rcpt_tos[0] for r in smtp_server.received)
    duplicates = {a: n for a, n in received.items() if n > 1}
    lost = {f"c{i}@exemple.fr" for i in range(CUSTOMERS)} - set(received) - uncertain
    print(
        f"kills={kills} mid_send={mid_send} states={states} uncertain={len(uncertain)} received={len(received)}"
    )
    assert mid_send >= 3, "too few kills landed while sending: the test proves nothing"
    assert duplicates == {}
    assert lost == set()
    assert queued == CUSTOMERS
    assert states.get("pending", 0) == 0 and states.get("sending", 0) == 0
    # The doubtful instant is tiny: at most one message per kill.
    assert len(uncertain) <= kills
