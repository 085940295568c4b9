"""Labelled replies: the customer's own words and what a person says they mean.

The corpus shipped with relancebot sits beside this module as gzipped JSON lines, written by
`scripts/build_reply_model.py` from the labelled emails under tests/corpus/: `train` is what the
shipped model learns from, `eval` corpora nobody trained on, kept to judge every new model.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from relancebot.classify.model import CATEGORIES

DATA = Path(__file__).with_name("data")
# Only what a customer writes: bounces and automatic replies are recognised by their structure.
LEARNED: tuple[str, ...] = tuple(c for c in CATEGORIES if c not in ("bounce", "auto_reply"))


@dataclass(frozen=True)
class Example:
    text: str  # the customer's words: the subject's own words, then the body without quotes
    category: str
    source: str  # "replies/reply_001.eml", "correction/12"
    weight: float = 1.0


def shipped(part: str) -> list[Example]:
    """`train` or `eval`: the labelled replies shipped with relancebot."""
    with gzip.open(DATA / f"{part}.jsonl.gz", "rt", encoding="utf-8") as lines:
        return [Example(**json.loads(line)) for line in lines if line.strip()]


def write(part: str, examples: Iterable[Example]) -> Path:
    """Deterministic bytes (no time stamp in the gzip header), so a rebuild changes nothing."""
    DATA.mkdir(exist_ok=True)
    path = DATA / f"{part}.jsonl.gz"
    body = "".join(
        json.dumps(
            {"text": e.text, "category": e.category, "source": e.source},
            ensure_ascii=False,
            sort_keys=True,
        )
        + "\n"
        for e in examples
    )
    path.write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))
    return path
