"""A real SMTP server for tests: aiosmtpd on 127.0.0.1, recording every message it accepts."""

from __future__ import annotations

import email
import email.policy
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller

REVIEWER = "gerant@atelier-morel.fr"  # [review] email of the tests' firm (tests/conftest.py)


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        msg = email.message_from_bytes(self.raw, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


@dataclass
class RecordingHandler:
    """Accepts everything, unless told to refuse some recipients or every message for a while."""

    received: list[Received] = field(default_factory=list)
    refuse_rcpt: dict[str, str] = field(default_factory=dict)  # address -> SMTP reply
    refuse_data: str | None = None  # e.g. "451 4.3.0 try later"
    connections: int = 0  # EHLO/HELO greetings seen: one per SMTP connection

    async def handle_EHLO(
        self, server: Any, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        session.host_name = hostname
        self.connections += 1
        return responses

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address.lower() in self.refuse_rcpt:
            return self.refuse_rcpt[address.lower()]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse_data:
            return self.refuse_data
        self.received.append(
            Received(
                envelope.mail_from,
                list(envelope.rcpt_tos),
                bytes(envelope.original_content or envelope.content),
            )
        )
        return "250 2.0.0 Message accepted"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class SmtpServer:
    host: str
    port: int
    handler: RecordingHandler
    controller: Controller

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    @property
    def to_customers(self) -> list[Received]:
        """What customers received: without the daily digest sent to the firm's reviewer."""
        return [r for r in self.handler.received if r.rcpt_tos != [REVIEWER]]

    def stop(self) -> None:
        self.controller.stop()

    def start(self) -> None:
        """Start again on the same port (a stopped Controller's loop cannot be reused)."""
        self.controller = Controller(self.handler, hostname=self.host, port=self.port)
        self.controller.start()


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    server = SmtpServer("127.0.0.1", port, handler, controller)
    try:
        yield server
    finally:
        server.controller.stop(no_assert=True)
