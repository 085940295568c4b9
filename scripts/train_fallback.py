"""Count the words of every labelled reply into relancebot/classify/fallback_model.json.

Usage: .venv/bin/python scripts/train_fallback.py [--without CORPUS ...]
By default (the shipped model) it counts ALL the labelled corpora under tests/corpus/ (replies,
holdout, holdout2, holdout3, holdout4, ...) plus tests/classify_cases/replies.tsv.
`--without holdout4` leaves a corpus out, only to measure the model on replies it never saw;
rebuild with no option before shipping.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from relancebot.classify.classifier import customer_subject  # noqa: E402
from relancebot.classify.fallback import MODEL_PATH, tokens  # noqa: E402
from relancebot.classify.message import parse_mail  # noqa: E402
from relancebot.classify.model import CATEGORIES  # noqa: E402
from relancebot.classify.quotes import split_reply  # noqa: E402

# Only what a customer writes: bounces and auto-replies are recognised by their structure.
LEARNED = frozenset(CATEGORIES) - {"bounce", "auto_reply"}


def customer_words(raw: bytes) -> str:
    parsed = parse_mail(raw)
    return f"{customer_subject(parsed.subject)}\n{split_reply(parsed.body).own}"


def examples(without: set[str]) -> list[tuple[str, str]]:
    out = []
    for folder in sorted((REPO / "tests" / "corpus").iterdir()):
        labels = folder / "labels.tsv"
        if folder.name in without or not labels.exists():
            continue
        for row in csv.DictReader(labels.open(encoding="utf-8"), delimiter="\t"):
            if row["category"] in LEARNED:
                out.append((row["category"], customer_words((folder / row["file"]).read_bytes())))
    cases = REPO / "tests" / "classify_cases" / "replies.tsv"
    for line in cases.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 4 and not line.startswith("#") and parts[1] in LEARNED:
            out.append((parts[1], parts[3].replace("\\n", "\n")))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--without", nargs="*", default=[], help="corpora left out (default: none, all counted)"
    )
    args = parser.parse_args()
    documents: Counter[str] = Counter()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for category, text in examples(set(args.without)):
        documents[category] += 1
        counts[category].update(tokens(text))
    everywhere: Counter[str] = Counter()
    for words in counts.values():
        everywhere.update(words)
    kept = {w for w, n in everywhere.items() if n >= 2}  # a word seen once teaches nothing
    model = {
        "documents": dict(sorted(documents.items())),
        "vocabulary": len(kept),
        "counts": {
            c: dict(sorted((w, n) for w, n in counts[c].items() if w in kept))
            for c in sorted(counts)
        },
    }
    MODEL_PATH.write_text(
        json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"{MODEL_PATH.name} : {sum(documents.values())} réponses, {len(kept)} mots")


if __name__ == "__main__":
    main()
