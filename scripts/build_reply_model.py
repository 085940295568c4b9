"""Build the shipped reply model: the labelled corpora → relancebot/learning/data/*.jsonl.gz →
relancebot/classify/reply_model.json.

Usage: .venv/bin/python scripts/build_reply_model.py [--train-only] [--without CORPUS ...]

TRAIN corpora are what the shipped model learns from; EVAL corpora are kept out of every
model's training (the shipped one and every firm's `learn`), so that each release is measured
on replies no model saw. A blind corpus is measured once with bench/evaluate_classifier.py
BEFORE it is added to TRAIN (see bench/README.md for the figures at each step).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from relancebot.classify.classifier import customer_words  # noqa: E402
from relancebot.classify.learned import SHIPPED_MODEL  # noqa: E402
from relancebot.learning import dataset  # noqa: E402
from relancebot.learning.dataset import LEARNED, Example  # noqa: E402
from relancebot.learning.train import macro_f1_of, train  # noqa: E402

CORPUS = REPO / "tests" / "corpus"
CASES = REPO / "tests" / "classify_cases" / "replies.tsv"
TRAIN = (
    "replies",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout6",
    "terse",
    "classify_cases",
)
EVAL = ("holdout5", "holdout7")
# A fixed date, so that rebuilding from the same corpora gives the same file.
BUILT = dt.datetime(2026, 12, 7, tzinfo=dt.UTC)


def corpus(name: str) -> list[Example]:
    if name == "classify_cases":
        found = []
        for line in CASES.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 4 and not line.startswith("#") and parts[1] in LEARNED:
                found.append(Example(parts[3].replace("\\n", "\n"), parts[1], f"{name}/{parts[0]}"))
        return found
    folder = CORPUS / name
    rows = csv.DictReader((folder / "labels.tsv").open(encoding="utf-8"), delimiter="\t")
    return [
        Example(customer_words((folder / row["file"]).read_bytes()), row["category"],
                f"{name}/{row['file']}")
        for row in rows
        if row["category"] in LEARNED
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--without", nargs="*", default=[], help="training corpora left out")
    parser.add_argument("--train-only", action="store_true", help="keep the data files as they are")
    args = parser.parse_args()
    if not args.train_only:
        train_set = [e for name in TRAIN if name not in args.without for e in corpus(name)]
        eval_set = [e for name in EVAL for e in corpus(name)]
        dataset.write("train", train_set)
        dataset.write("eval", eval_set)
    train_set, eval_set = dataset.shipped("train"), dataset.shipped("eval")
    trained = train(train_set, BUILT)
    held_out = macro_f1_of(trained.model, eval_set)
    data = dict(trained.model.data)
    data["evaluation"] = {"corpora": list(EVAL), **held_out.as_dict()}
    SHIPPED_MODEL.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n")
    cv = trained.cross_validated
    print(f"{len(train_set)} exemples, C={data['regularisation']}, seuil {data['threshold']}")
    print(f"validation croisée : macro-F1 {cv.macro_f1:.3f}, sûrs {cv.confident}/{cv.total} "
          f"dont {cv.confident_correct} justes")  # fmt: skip
    print(f"{'+'.join(EVAL)} (jamais appris) : macro-F1 {held_out.macro_f1:.3f}, "
          f"sûrs {held_out.confident}/{held_out.total} dont {held_out.confident_correct} justes, "
          f"dangereux {held_out.dangerous}")  # fmt: skip
    print(f"{SHIPPED_MODEL.relative_to(REPO)} : {SHIPPED_MODEL.stat().st_size // 1024} ko")


if __name__ == "__main__":
    main()
