"""Message-IDs that carry a signed token, so a reply's References can be trusted.

`<rb.K3M9QX2A7T.5F0C1B2A9E@atelier-morel.fr>`: a random key, then an HMAC of it under the
install's secret. A forged or mistyped reference fails the check and links to nothing.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from pathlib import Path

_TOKEN = re.compile(r"<rb\.([A-Z2-7]{10})\.([0-9a-f]{16})@[^>\s]+>")


def load_or_create_secret(path: Path) -> bytes:
    """The per-install key, created at first run, readable by the owner alone."""
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_bytes(32)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(key.hex())
    return key


def _signature(secret: bytes, key: str) -> str:
    return hmac.new(secret, key.encode("ascii"), hashlib.sha256).hexdigest()[:16]


def new_message_id(secret: bytes, domain: str) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    key = "".join(secrets.choice(alphabet) for _ in range(10))
    return f"<rb.{key}.{_signature(secret, key)}@{domain}>"


def is_ours(secret: bytes, message_id: str) -> bool:
    """True only for a Message-ID this install made (the signature matches)."""
    match = _TOKEN.fullmatch(message_id.strip())
    if match is None:
        return False
    return hmac.compare_digest(match.group(2), _signature(secret, match.group(1)))
