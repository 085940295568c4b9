"""Evaluate the reply classifier on the labelled replies corpus and the shared bounce corpus.

Usage: python bench/evaluate_classifier.py [--replies DIR] [--bounces DIR] [--errors]
                                          [--rules-only | --model FILE.json]

"Automatic decisions" are the categories relancebot acts on without a person (paid: the chase
pauses; promise: it waits for the date; not received: the invoice is sent again; automatic
replies and bounces); their precision is reported against their coverage.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from relancebot.classify import CATEGORIES, classify  # noqa: E402
from relancebot.classify.learned import ReplyModel, shipped_model  # noqa: E402

REPLIES_DIR = REPO / "tests" / "corpus" / "replies"
BOUNCES_DIR = REPO.parent / "shared" / "corpus" / "bounces"
UNSAFE_TRUE = frozenset(("dispute", "payment_difficulty"))
UNSAFE_PREDICTED = frozenset(("already_paid", "promise_to_pay", "auto_reply"))
AUTOMATIC = frozenset(("already_paid", "promise_to_pay", "not_received", "auto_reply", "bounce"))
MODEL: ReplyModel | None = None  # None: the shipped model
# A fixed "now" so relative dates in messages without a Date header are reproducible.
NOW = datetime.datetime(2026, 11, 18, 12, 0, tzinfo=datetime.UTC)


@dataclass
class Figures:
    total: int = 0
    correct: int = 0
    per_category: dict[str, dict[str, float]] = field(default_factory=dict)
    macro_f1: float = 0.0
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)
    unsafe: list[str] = field(default_factory=list)
    dates_labelled: int = 0
    dates_correct: int = 0
    invoices_labelled: int = 0
    invoices_correct: int = 0
    contacts_labelled: int = 0
    contacts_correct: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def automatic(self) -> tuple[int, int]:
        """(decided automatically, of which right)."""
        decided = sum(n for (_, p), n in self.confusion.items() if p in AUTOMATIC)
        right = sum(n for (t, p), n in self.confusion.items() if p in AUTOMATIC and t == p)
        return decided, right

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.dates_correct / self.dates_labelled if self.dates_labelled else 1.0


def _score(pairs: list[tuple[str, str, str]]) -> Figures:
    figures = Figures(total=len(pairs))
    for name, truth, predicted in pairs:
        figures.confusion[(truth, predicted)] = figures.confusion.get((truth, predicted), 0) + 1
        if truth == predicted:
            figures.correct += 1
        else:
            figures.errors.append(f"{name}: attendu {truth}, obtenu {predicted}")
        if truth in UNSAFE_TRUE and predicted in UNSAFE_PREDICTED:
            figures.unsafe.append(f"{name}: {truth} -> {predicted}")
    present = [c for c in CATEGORIES if any(t == c or p == c for _, t, p in pairs)]
    f1s = []
    for category in present:
        tp = figures.confusion.get((category, category), 0)
        fp = sum(n for (t, p), n in figures.confusion.items() if p == category and t != category)
        fn = sum(n for (t, p), n in figures.confusion.items() if t == category and p != category)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        support = tp + fn
        figures.per_category[category] = {
            "precision": precision, "recall": recall, "f1": f1, "support": support,
        }  # fmt: skip
        if support:
            f1s.append(f1)
    figures.macro_f1 = sum(f1s) / len(f1s) if f1s else 0.0
    return figures


def evaluate_replies(folder: Path = REPLIES_DIR) -> Figures | None:
    labels = folder / "labels.tsv"
    if not labels.is_file():
        return None
    with labels.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle, delimiter="\t") if row.get("file")]
    known = {inv for row in rows for inv in (row.get("invoices") or "").split()}
    pairs: list[tuple[str, str, str]] = []
    extra = Figures()
    for row in rows:
        result = classify(
            (folder / row["file"]).read_bytes(), now=NOW, known_invoices=known, model=MODEL
        )
        truth = (row.get("category") or "").strip()
        pairs.append((row["file"], truth, result.category))
        wanted_date = (row.get("promised_date") or "").strip()
        if wanted_date:
            extra.dates_labelled += 1
            got = result.promised_date.isoformat() if result.promised_date else ""
            if got == wanted_date:
                extra.dates_correct += 1
            else:
                extra.errors.append(f"{row['file']}: date attendue {wanted_date}, obtenue {got}")
        wanted_invoices = set((row.get("invoices") or "").split())
        if wanted_invoices:
            extra.invoices_labelled += 1
            extra.invoices_correct += wanted_invoices <= set(result.invoices)
        wanted_contact = (row.get("new_contact") or "").strip().lower()
        if wanted_contact:
            extra.contacts_labelled += 1
            extra.contacts_correct += result.new_contact == wanted_contact
    figures = _score(pairs)
    for name in ("dates_labelled", "dates_correct", "invoices_labelled", "invoices_correct",
                 "contacts_labelled", "contacts_correct"):  # fmt: skip
        setattr(figures, name, getattr(extra, name))
    figures.errors.extend(extra.errors)
    return figures


def evaluate_bounces(folder: Path = BOUNCES_DIR) -> tuple[Figures, int, int] | None:
    """Returns the figures plus (bounces with a failed recipient, bounces found)."""
    if not folder.is_dir():
        return None
    pairs = []
    recovered = found = 0
    for path in sorted(folder.glob("*.eml")):
        truth = "auto_reply" if path.name.startswith("rfc3834") else "bounce"
        result = classify(path.read_bytes(), now=NOW, model=MODEL)
        pairs.append((path.name, truth, result.category))
        if result.category == "bounce" == truth:
            found += 1
            recovered += result.failed_recipient is not None
    return _score(pairs), recovered, found


def evaluate(replies: Path = REPLIES_DIR, bounces: Path = BOUNCES_DIR) -> dict[str, Figures | None]:
    bounce_result = evaluate_bounces(bounces)
    return {
        "replies": evaluate_replies(replies),
        "bounces": bounce_result[0] if bounce_result else None,
    }


def _print(title: str, figures: Figures, show_errors: bool) -> None:
    print(f"\n== {title}: {figures.correct}/{figures.total} corrects "
          f"({figures.accuracy:.1%}), macro-F1 {figures.macro_f1:.3f}")  # fmt: skip
    print(f"{'catégorie':<20}{'précision':>10}{'rappel':>10}{'F1':>8}{'n':>6}")
    for category, row in figures.per_category.items():
        print(f"{category:<20}{row['precision']:>10.3f}{row['recall']:>10.3f}"
              f"{row['f1']:>8.3f}{int(row['support']):>6}")  # fmt: skip
    present = list(figures.per_category)
    short = [c[:6] for c in present]
    print("\nmatrice de confusion (lignes = attendu, colonnes = obtenu)")
    print(" " * 20 + "".join(f"{s:>8}" for s in short))
    for truth in present:
        cells = "".join(f"{figures.confusion.get((truth, p), 0):>8}" for p in present)
        print(f"{truth:<20}{cells}")
    print(
        "\nerreurs dangereuses (litige/difficulté -> payé/promesse/absence) : "
        f"{len(figures.unsafe)}"
    )
    for line in figures.unsafe:
        print("  " + line)
    decided, right = figures.automatic
    if decided:
        print(f"décisions automatiques : {right}/{decided} justes ({right / decided:.1%}), "
              f"couverture {decided}/{figures.total} ({decided / figures.total:.0%})")  # fmt: skip
    if figures.dates_labelled:
        print(f"dates promises exactes : {figures.dates_correct}/{figures.dates_labelled}")
    if figures.invoices_labelled:
        print(f"factures retrouvées : {figures.invoices_correct}/{figures.invoices_labelled}")
    if figures.contacts_labelled:
        print(f"nouveaux contacts exacts : {figures.contacts_correct}/{figures.contacts_labelled}")
    if show_errors:
        for line in figures.errors:
            print("  " + line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--replies", type=Path, default=REPLIES_DIR)
    parser.add_argument("--bounces", type=Path, default=BOUNCES_DIR)
    parser.add_argument("--errors", action="store_true", help="list every misclassified file")
    parser.add_argument("--rules-only", action="store_true", help="the rules without the model")
    parser.add_argument("--model", type=Path, help="a model file (default: the shipped one)")
    args = parser.parse_args(argv)
    global MODEL
    if args.model:
        MODEL = ReplyModel.from_json(args.model.read_text(encoding="utf-8"))
    if args.rules_only:
        MODEL = ReplyModel(dict(shipped_model().data, threshold=1.01))  # never confident
    replies = evaluate_replies(args.replies)
    if replies is None:
        print(f"corpus de réponses absent : {args.replies}")
    else:
        _print("réponses", replies, args.errors)
    bounce_result = evaluate_bounces(args.bounces)
    if bounce_result is None:
        print(f"corpus de rebonds absent : {args.bounces}")
    else:
        figures, recovered, found = bounce_result
        _print("rebonds et réponses automatiques", figures, args.errors)
        print(f"destinataire en échec retrouvé : {recovered}/{found}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
