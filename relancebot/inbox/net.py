"""Network helpers for the IMAP mailbox."""

from __future__ import annotations

import ipaddress
import socket
from contextlib import suppress


def is_loopback(host: str) -> bool:
    """True for localhost and 127.0.0.0/8, ::1 (no DNS lookup)."""
    name = host.strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def enable_keepalive(sock: socket.socket) -> None:
    """Notice a connection silently dropped by a NAT box while we IDLE."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    for name, value in (("TCP_KEEPIDLE", 60), ("TCP_KEEPINTVL", 15), ("TCP_KEEPCNT", 4)):
        option = getattr(socket, name, None)
        if option is not None:
            with suppress(OSError):
                sock.setsockopt(socket.IPPROTO_TCP, option, value)
