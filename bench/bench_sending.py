"""Sending: reminders through relancebot (plan, render, outbox, SMTP) against plain smtplib
sending the same pre-built messages over one connection, to the same aiosmtpd on loopback.

Usage: python bench/bench_sending.py [--count 2000] [--pdf-kb 100] [--tiny]
The SMTP server runs in a process of its own (aiosmtpd's Sink handler), so it does not share
the client's interpreter; both runs talk to it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from relancebot.app import App  # noqa: E402
from relancebot.config import load_settings  # noqa: E402
from relancebot.importing.invoices import read_invoice_file  # noqa: E402
from relancebot.service.tick import tick  # noqa: E402
from relancebot.store.imports import save_invoices  # noqa: E402

NOW = dt.datetime(2026, 11, 3, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_sink(port: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "aiosmtpd",
            "-n",
            "-l",
            f"127.0.0.1:{port}",
            "-c",
            "aiosmtpd.handlers.Sink",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server
        except OSError:
            time.sleep(0.05)
    server.kill()
    raise SystemExit("aiosmtpd did not start")


def make_firm(root: Path, count: int, pdf_kb: int, port: int) -> App:
    (root / "factures").mkdir(parents=True)
    lines = ["number,client,email,amount,issue_date,due_date,pdf"]
    for i in range(count):
        pdf = root / "factures" / f"F-{i}.pdf"
        pdf.write_bytes(b"%PDF-1.4\n" + os.urandom(pdf_kb * 1024))
        lines.append(
            f"F-{i},Client {i},c{i}@exemple.fr,1250,2026-10-01,2026-11-02,factures/F-{i}.pdf"
        )
    (root / "f.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "config.toml").write_text(
        f'[firm]\nname = "Atelier Morel SARL"\nemail = "relances@atelier-morel.fr"\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n',
        encoding="utf-8",
    )
    app = App(load_settings(root / "config.toml", explicit=True))
    save_invoices(app.db, read_invoice_file(root / "f.csv"), NOW, root / "f.csv")
    return app


def run(count: int, pdf_kb: int) -> dict[str, float]:
    port = free_port()
    server = start_sink(port)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            app = make_firm(Path(tmp), count, pdf_kb, port)
            started = time.perf_counter()
            report = tick(app, NOW)
            bot = time.perf_counter() - started
            assert len(report.delivery.sent) == count, report.delivery
            messages = [
                (r[0], bytes(r[1]))
                for r in app.db.execute(
                    "SELECT json_extract(recipients, '$[0]'), raw FROM outbox ORDER BY id"
                )
            ]
            started = time.perf_counter()
            with smtplib.SMTP("127.0.0.1", port) as conn:
                for recipient, raw in messages:
                    conn.sendmail("relances@atelier-morel.fr", [recipient], raw)
            raw_time = time.perf_counter() - started
            size = sum(len(raw) for _, raw in messages) / count / 1024
    finally:
        server.terminate()
        server.wait()
    return {
        "count": count,
        "kb_per_message": size,
        "relancebot_per_s": count / bot,
        "raw_per_s": count / raw_time,
        "ratio": raw_time / bot,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--pdf-kb", type=int, default=100)
    parser.add_argument("--tiny", action="store_true", help="a few messages, for the test suite")
    args = parser.parse_args()
    count = 5 if args.tiny else args.count
    figures = run(count, args.pdf_kb)
    print(f"envoi : {figures['count']:.0f} relances de {figures['kb_per_message']:.0f} Ko")
    print(
        f"  relancebot (planifier, rendre, outbox, SMTP) : {figures['relancebot_per_s']:.0f} msg/s"
    )
    print(f"  smtplib brut, messages déjà construits      : {figures['raw_per_s']:.0f} msg/s")
    print(f"  rapport relancebot / brut : {figures['ratio']:.2f} (objectif ≥ 0,50)")


if __name__ == "__main__":
    main()
