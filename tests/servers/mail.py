"""Small helpers shared by the mailbox tests: test messages and delayed actions."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


def message(i: int, body_size: int = 200) -> bytes:
    """A customer's reply, numbered ``i``, with a body of exactly ``body_size`` bytes."""
    body = (f"Bonjour, facture F-{i:05d} réglée. ".encode() * (body_size // 30 + 1))[:body_size]
    head = (
        f"From: client{i}@example.com\r\nTo: compta@example.fr\r\n"
        f"Subject: =?utf-8?q?R=C3=A9ponse?= {i}\r\nMessage-ID: <m{i}@example.com>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return head.encode() + body + b"\r\n"


def later(delay: float, action: Callable[[], object]) -> threading.Thread:
    """Run ``action`` in a daemon thread after ``delay`` seconds."""

    def run() -> None:
        time.sleep(delay)
        action()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread
