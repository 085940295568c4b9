"""What bench_workspace.py measures a running workspace service with, from outside: its
process in /proc, the replies it is sent and how soon each is in its firm's store, and the
raw baseline of the same Dovecot's IDLE notification."""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient

from relancebot.store.database import service_holder
from tests.servers.dovecot import DovecotServer, MailUser


@dataclass
class BenchFirm:
    id: str
    index: int
    user: MailUser
    folder: Path

    @property
    def database(self) -> Path:
        return self.folder / "relancebot.db"


def number(firm: BenchFirm, i: int) -> str:
    return f"E{firm.index:02d}-{i:05d}"


def proc_status(pid: int) -> dict[str, str]:
    lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    return {k: v.strip() for k, _, v in (line.partition(":") for line in lines)}


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def connections_to(pid: int, port: int) -> int:
    """Established TCP connections of process `pid` to 127.0.0.1:`port`."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    count = 0
    for line in Path(f"/proc/{pid}/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        remote_port = int(fields[2].split(":")[1], 16)
        if remote_port == port and fields[3] == "01" and fields[9] in inodes:
            count += 1
    return count


def ready(firm: BenchFirm) -> bool:
    """Served by the workspace, its watcher running and the mailbox read to the end."""
    if not (service_holder(firm.database) or "").startswith("service de l'espace"):
        return False
    conn = sqlite3.connect(firm.database)
    try:
        keys = dict(
            conn.execute("SELECT key, value FROM service_state WHERE key IN (?, ?)",
                         ["watcher", "mailbox_read_at"]).fetchall()
        )  # fmt: skip
    finally:
        conn.close()
    return '"running"' in keys.get("watcher", "") and bool(keys.get("mailbox_read_at"))


def wait(what: str, predicate: object, timeout: float = 300) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if predicate():  # type: ignore[operator]
            return time.perf_counter() - started
        time.sleep(0.01)
    raise SystemExit(f"{what} : pas atteint en {timeout} s")


def reply(firm: BenchFirm, k: int, invoices: int) -> bytes:
    i = (k * 7) % invoices
    customer = i % max(invoices // 4, 1)
    return (
        f"From: client{customer}@exemple.fr\r\nTo: relances@entreprise-{firm.index:02d}.example\r\n"
        f"Subject: Re: Relance facture {number(firm, i)}\r\n"
        f"Message-ID: <bench-{firm.index}-{k}@exemple.fr>\r\n"
        "Date: Mon, 07 Dec 2026 10:12:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Bonjour,\r\nNous réglerons la facture {number(firm, i)} le 20 du mois.\r\n"
        "Cordialement\r\n"
    ).encode()


class Replies:
    """Appends replies and times each one until its row is in the firm's store."""

    def __init__(self, server: DovecotServer, firms: list[BenchFirm], invoices: int) -> None:
        self.firms, self.invoices, self.sent = firms, invoices, 0
        self.clients = []
        for firm in firms:
            client = IMAPClient(server.host, server.port, ssl=False, timeout=30)
            client.login(firm.user.name, firm.user.password)
            self.clients.append(client)
        self.stores = [sqlite3.connect(firm.database) for firm in firms]

    def count(self, n: int) -> int:
        return int(self.stores[n].execute("SELECT COUNT(*) FROM replies").fetchone()[0])

    def one_by_one(self, replies: int) -> list[float]:
        latencies = []
        for k in range(replies):
            n = k % len(self.firms)
            before = self.count(n)
            self.clients[n].append("INBOX", reply(self.firms[n], self.sent, self.invoices))
            self.sent += 1
            arrived = time.perf_counter()
            while self.count(n) == before:
                time.sleep(0.002)
            latencies.append(time.perf_counter() - arrived)
        return latencies

    def burst(self) -> list[float]:
        before = [self.count(n) for n in range(len(self.firms))]
        arrived = []
        for n, firm in enumerate(self.firms):
            self.clients[n].append("INBOX", reply(firm, self.sent, self.invoices))
            self.sent += 1
            arrived.append(time.perf_counter())
        latencies: list[float | None] = [None] * len(self.firms)
        while any(x is None for x in latencies):
            for n in range(len(self.firms)):
                if latencies[n] is None and self.count(n) > before[n]:
                    latencies[n] = time.perf_counter() - arrived[n]
            time.sleep(0.002)
        return [x for x in latencies if x is not None]

    def close(self) -> None:
        for client in self.clients:
            client.logout()
        for store in self.stores:
            store.close()


def raw_idle_latency(server: DovecotServer, rounds: int) -> list[float]:
    """The baseline of a reply's latency: a plain imapclient in IDLE on a user of the same
    Dovecot, told of each message another connection APPENDs (the server's own delay)."""
    user = server.add_user()
    latencies = []
    with (
        IMAPClient(server.host, server.port, ssl=False, timeout=30) as idler,
        IMAPClient(server.host, server.port, ssl=False, timeout=30) as sender,
    ):
        idler.login(user.name, user.password)
        sender.login(user.name, user.password)
        idler.select_folder("INBOX")
        for k in range(rounds):
            idler.idle()
            sender.append("INBOX", f"Subject: {k}\r\n\r\nbonjour\r\n".encode())
            arrived = time.perf_counter()
            while not any(r[1] == b"EXISTS" for r in idler.idle_check(timeout=30)):
                pass
            latencies.append(time.perf_counter() - arrived)
            idler.idle_done()
    return latencies
