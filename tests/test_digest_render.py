"""The digest's HTML as a browser draws it: headless Chromium to a PNG that is not blank."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from relancebot.store.tasks import TaskKind

from .conftest import Firm
from .review_helpers import add_reply, add_task, db_of, setup_firm

CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
)


def png_pixels(path: Path) -> bytes:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        if kind == b"IDAT":
            idat += data[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return zlib.decompress(idat)


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium absent (Debian package `chromium`; scripts/install-test-servers installs it)",
)
def test_digest_html_renders_in_headless_chromium(firm: Firm, tmp_path: Path) -> None:
    setup_firm(firm)
    firm.run("tick", now="2026-11-03T09:30")
    db = db_of(firm)
    reply = add_reply(
        db, "studio-lefevre", "F-3", "dispute", "Montant différent du devis.", "2026-11-04T10:00"
    )
    add_task(
        db,
        TaskKind.CALL_DISPUTE,
        "Litige F-3",
        "2026-11-04T10:00",
        customer="studio-lefevre",
        invoice="F-3",
        reply_id=reply,
    )
    html = tmp_path / "digest.html"
    firm.run("digest", "--html", str(html), now="2026-11-05T08:45")
    png = tmp_path / "digest.png"
    assert CHROMIUM is not None
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            f"--screenshot={png}",
            "--window-size=1000,1600",
            html.as_uri(),
        ],
        check=True,
        timeout=120,
        capture_output=True,
    )
    assert png.exists() and png.stat().st_size > 5000
    pixels = png_pixels(png)
    assert len(set(pixels[::97])) > 10  # not a blank page: text, colours, tables
