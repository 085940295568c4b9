"""Reading: replies APPENDed to a real Dovecot, handled by the watcher (fetch, parse, link,
classify, store, act, keyword), against plain imapclient fetching the same messages one by one.

Usage: python bench/bench_reading.py [--count 2000] [--tiny]
Needs Dovecot (Debian's dovecot-imapd, as the tests do) and runs as root like the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from imapclient import IMAPClient

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from relancebot.app import App  # noqa: E402
from relancebot.config import load_settings  # noqa: E402
from tests.servers.dovecot import dovecot_server  # noqa: E402

NOW = dt.datetime(2026, 11, 20, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))
CORPUS = REPO / "tests" / "corpus" / "replies"


def replies(count: int) -> list[bytes]:
    """Real-style replies from the labelled corpus, each with a Message-ID of its own."""
    samples = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]
    out = []
    for i in range(count):
        raw = re.sub(rb"(?im)^message-id:.*\r?\n", b"", samples[i % len(samples)])
        out.append(f"Message-ID: <bench-{i}@exemple.fr>\r\n".encode() + raw)
    return out


def fill(client: IMAPClient, messages: list[bytes]) -> None:
    for raw in messages:
        client.append("INBOX", raw)


def raw_fetch(host: str, port: int, user: str, password: str) -> float:
    started = time.perf_counter()
    with IMAPClient(host, port=port, ssl=False) as client:
        client.login(user, password)
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        for uid in uids:
            client.fetch([uid], ["BODY.PEEK[]"])
    return time.perf_counter() - started


def measure(count: int) -> dict[str, float]:
    for server in dovecot_server():
        user = server.add_user()
        messages = replies(count)
        with IMAPClient(server.host, port=server.port, ssl=False) as client:
            client.login(user.name, user.password)
            fill(client, messages)
        raw_time = raw_fetch(server.host, server.port, user.name, user.password)
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            (root / "config.toml").write_text(
                f'[firm]\nname = "Atelier Morel SARL"\nemail = "relances@atelier-morel.fr"\n'
                f'[imap]\nhost = "{server.host}"\nport = {server.port}\nsecurity = "none"\n'
                f'username = "{user.name}"\nsent_folder = ""\n',
                encoding="utf-8",
            )
            os.environ["RELANCEBOT_IMAP_PASSWORD"] = user.password
            app = App(load_settings(root / "config.toml", explicit=True))
            mailbox = app.mailbox()
            started = time.perf_counter()
            mailbox.connect()
            report = app.watcher(mailbox, app.db, lambda: NOW).catch_up()
            bot_time = time.perf_counter() - started
            mailbox.close()
            assert len(report.handled) + len(report.problems) == count, report
        size = sum(map(len, messages)) / count / 1024
        return {
            "count": count,
            "kb": size,
            "raw_per_s": count / raw_time,
            "bot_per_s": count / bot_time,
            "ratio": raw_time / bot_time,
        }
    raise SystemExit("Dovecot indisponible")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--tiny", action="store_true", help="a few messages, for the test suite")
    args = parser.parse_args()
    f = measure(10 if args.tiny else args.count)
    print(f"lecture : {f['count']:.0f} réponses de {f['kb']:.1f} Ko en moyenne")
    print(
        f"  relancebot (lire, analyser, lier, classer, enregistrer, agir) : "
        f"{f['bot_per_s']:.0f} msg/s"
    )
    print(
        f"  imapclient brut, un FETCH BODY.PEEK[] par message            : "
        f"{f['raw_per_s']:.0f} msg/s"
    )
    print(f"  rapport relancebot / brut : {f['ratio']:.2f} (objectif ≥ 0,50)")


if __name__ == "__main__":
    main()
