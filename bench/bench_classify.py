"""Messages per second of the reply classifier on one core, against a raw parsing baseline.

Usage: python bench/bench_classify.py [--tiny] [--repeat N]
The baseline is what any consumer pays anyway: email.message_from_bytes + get_body().
"""

from __future__ import annotations

import argparse
import email
import email.policy
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from relancebot.classify import classify  # noqa: E402

FOLDERS = (REPO / "tests" / "corpus" / "replies", REPO.parent / "shared" / "corpus" / "bounces")


def load_messages(tiny: bool) -> list[bytes]:
    messages: list[bytes] = []
    for folder in FOLDERS:
        if folder.is_dir():
            messages.extend(path.read_bytes() for path in sorted(folder.glob("*.eml")))
    if not messages:  # keep the benchmark runnable anywhere
        messages = [b"From: a@b.fr\r\nSubject: RE: Relance\r\n\r\nNous avons deja regle le 3."]
    return messages[:20] if tiny else messages


def _baseline(raw: bytes) -> None:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    try:
        body = message.get_body(preferencelist=("plain", "html"))  # type: ignore[attr-defined,unused-ignore]
        if body is not None:
            body.get_content()
    except Exception:  # the baseline must not stop the run on odd messages
        pass


def run(messages: list[bytes], repeat: int) -> dict[str, float]:
    timings: dict[str, float] = {}
    for name, function in (("baseline", _baseline), ("classify", classify)):
        start = time.perf_counter()
        for _ in range(repeat):
            for raw in messages:
                function(raw)
        elapsed = time.perf_counter() - start
        timings[name] = len(messages) * repeat / elapsed if elapsed else float("inf")
    return timings


TARGET = 300  # replies a second, on one core (issue #14)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tiny", action="store_true", help="20 messages, one pass (for tests)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    messages = load_messages(args.tiny)
    rates = run(messages, 1 if args.tiny else args.repeat)
    print(f"{len(messages)} messages")
    print(f"baseline (message_from_bytes + get_body) : {rates['baseline']:8.0f} msg/s")
    print(f"classify                                  : {rates['classify']:8.0f} msg/s")
    print(
        f"rapport classify / baseline               : {rates['classify'] / rates['baseline']:8.2f}"
    )
    met = "atteint" if rates["classify"] >= TARGET else "MANQUÉ"
    print(f"objectif : {TARGET} msg/s sur un cœur : {met}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
