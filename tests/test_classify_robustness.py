"""classify() never raises: random bytes, mangled real messages, hostile MIME structures."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relancebot.classify import CATEGORIES, classify
from tests.classify_cases.build import make_reply

BOUNCES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bounces"
SEEDS = [make_reply("Nous avons réglé le 3.", style="outlook_fr"), make_reply("ok", html=True)]
if BOUNCES.is_dir():
    SEEDS += [path.read_bytes() for path in sorted(BOUNCES.glob("*.eml"))[::25]]


def _check(raw: bytes) -> None:
    result = classify(raw)
    assert result.category in CATEGORIES
    assert len(result.excerpt) <= 600


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes(raw: bytes) -> None:
    _check(raw)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(SEEDS), st.integers(0, 10_000), st.integers(0, 255), st.booleans())
def test_mutated_real_messages(seed: bytes, position: int, byte: int, truncate: bool) -> None:
    position %= max(1, len(seed))
    mutated = (
        seed[:position] if truncate else seed[:position] + bytes([byte]) + seed[position + 1 :]
    )
    _check(mutated)


def test_wrong_and_unknown_charsets() -> None:
    body = "Nous avons déjà réglé la facture.".encode()
    for charset in ("us-ascii", "iso-8859-1", "x-unknown", "utf-7", "bogus-charset"):
        raw = (
            b"From: a@b.fr\r\nSubject: =?" + charset.encode() + b"?Q?R=E9ponse?=\r\n"
            b"Content-Type: text/plain; charset=" + charset.encode() + b"\r\n\r\n" + body
        )
        result = classify(raw)
        assert result.category == "already_paid", charset


def test_latin1_body_declared_utf8_and_base64() -> None:
    raw = (
        b"From: a@b.fr\r\nContent-Type: text/plain; charset=utf-8\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        + __import__("base64").encodebytes("Nous avons déjà réglé.".encode("latin-1"))
    )
    assert classify(raw).category == "already_paid"


def test_deep_mime_nesting_and_malformed_headers() -> None:
    depth = 500
    parts = b"".join(
        b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i)
        for i in range(depth)
    )
    raw = b"From: =?utf-8?B?broken\r\nDate: not a date\r\nMessage-ID: nonsense\r\n" + parts
    _check(raw)
    _check(b"")
    _check(b"\x00\xff" * 1000)
    _check(b"Subject: =?utf-8?Q?=E9=?=\r\n\r\nbody")


def test_unreadable_message_is_other_with_reason() -> None:
    result = classify(b"\x00\x01\x02")
    assert result.category == "other"
    assert result.reasons
