"""Fitting the reply model with scikit-learn and writing it as JSON data.

A TF-IDF of the customer's words (`relancebot.classify.features`: words marked by a negation or
a condition, word pairs, letters) feeding a multinomial logistic regression, each example
weighted (a firm's corrections count more than the shipped corpus). The regularisation and the
confidence threshold are chosen by cross-validation on the training examples alone: every
example is scored by a model that did not see it (nor anything else from the same corpus: each
corpus, written by different people, is left out in turn, as wording never seen is what the
model meets in a firm's mailbox), and the threshold is the lowest probability at which those
held-out readings are right often enough to act on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from relancebot.classify.features import features
from relancebot.classify.learned import FORMAT, ReplyModel
from relancebot.learning.dataset import LEARNED, Example

REGULARISATIONS = (10.0, 30.0, 100.0)
FOLDS = 5
# The held-out readings at or above the threshold must be right this often; more often still
# for the categories relancebot acts on without a person (pause, wait for a date, send again).
TARGET_PRECISION = 0.95
TARGET_AUTOMATIC_PRECISION = 0.98
AUTOMATIC = frozenset(("already_paid", "promise_to_pay", "not_received"))
THRESHOLDS = tuple(round(0.30 + 0.025 * i, 3) for i in range(27))  # 0.30 … 0.95
SIGNIFICANT_DIGITS = 6
_SERIOUS = frozenset(("dispute", "payment_difficulty"))
_REASSURING = frozenset(("already_paid", "promise_to_pay"))


@dataclass(frozen=True)
class Scores:
    """How a model reads labelled examples: argmax macro-F1, and the confident readings."""

    total: int
    correct: int
    macro_f1: float
    dangerous: int  # a dispute or a difficulty read, confidently, as paid or a promise
    confident: int
    confident_correct: int
    per_category: Mapping[str, tuple[float, float, int]]  # precision, recall, support

    def as_dict(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "correct": self.correct,
            "macro_f1": round(self.macro_f1, 4),
            "dangerous": self.dangerous,
            "confident": self.confident,
            "confident_correct": self.confident_correct,
            "per_category": {
                k: [round(p, 4), round(r, 4), n] for k, (p, r, n) in self.per_category.items()
            },
        }


def _vectorizer() -> Any:
    import numpy
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer=features, sublinear_tf=True, min_df=2, dtype=numpy.float64)


def _classifier(regularisation: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=regularisation, max_iter=5000, class_weight="balanced")


def _fit(examples: Sequence[Example], regularisation: float) -> tuple[Any, Any]:
    vectorizer = _vectorizer()
    matrix = vectorizer.fit_transform([e.text for e in examples])
    classifier = _classifier(regularisation)
    classifier.fit(
        matrix, [e.category for e in examples], sample_weight=[e.weight for e in examples]
    )
    _round(classifier)
    return vectorizer, classifier


def _significant(value: float) -> float:
    return float(f"{value:.{SIGNIFICANT_DIGITS}g}")


def _round(classifier: Any) -> None:
    """The model written to JSON keeps six significant digits; the fitted model is rounded the
    same way so that the file and the model are the same model (and the file stays small)."""
    import numpy

    classifier.coef_ = numpy.vectorize(_significant)(classifier.coef_)
    classifier.intercept_ = numpy.vectorize(_significant)(classifier.intercept_)


def _out_of_fold(
    examples: Sequence[Example], regularisation: float, seed: int
) -> list[dict[str, float]]:
    """Every example's probabilities from a model trained without it: without its whole
    corpus when there are enough corpora, else without a stratified fifth."""
    from sklearn.model_selection import GroupKFold, StratifiedKFold

    labels = [e.category for e in examples]
    groups = [corpus_of(e) for e in examples]
    if len(set(groups)) >= 3:
        splits = GroupKFold(n_splits=min(FOLDS, len(set(groups)))).split(labels, labels, groups)
    else:
        smallest = min(labels.count(c) for c in set(labels))
        stratified = StratifiedKFold(
            n_splits=max(2, min(FOLDS, smallest)), shuffle=True, random_state=seed
        )
        splits = stratified.split(labels, labels)
    found: list[dict[str, float]] = [{} for _ in examples]
    for train_index, test_index in splits:
        vectorizer, classifier = _fit([examples[i] for i in train_index], regularisation)
        probs = classifier.predict_proba(
            vectorizer.transform([examples[i].text for i in test_index])
        )
        for row, i in zip(probs, test_index, strict=True):
            found[i] = {str(c): float(p) for c, p in zip(classifier.classes_, row, strict=True)}
    return found


def corpus_of(example: Example) -> str:
    """ "holdout3/holdout3_012.eml" → "holdout3"; a firm's corrections are one corpus."""
    return example.source.split("/", 1)[0]


def score(
    labels: Sequence[str], probabilities: Sequence[Mapping[str, float]], threshold: float
) -> Scores:
    """Macro-F1 of the model's first choice over the learned categories, and how its
    confident readings (probability ≥ threshold) fare."""
    predicted = [max(p, key=p.__getitem__) for p in probabilities]
    per_category: dict[str, tuple[float, float, int]] = {}
    f1s = []
    for category in LEARNED:
        tp = sum(1 for t, p in zip(labels, predicted, strict=True) if t == p == category)
        said = predicted.count(category)
        support = list(labels).count(category)
        if not said and not support:
            continue
        precision = tp / said if said else 0.0
        recall = tp / support if support else 0.0
        per_category[category] = (precision, recall, support)
        f1s.append(2 * precision * recall / (precision + recall) if tp else 0.0)
    confident = [
        (t, p)
        for t, p, probs in zip(labels, predicted, probabilities, strict=True)
        if probs[p] >= threshold
    ]
    return Scores(
        total=len(labels),
        correct=sum(1 for t, p in zip(labels, predicted, strict=True) if t == p),
        macro_f1=sum(f1s) / len(f1s) if f1s else 0.0,
        dangerous=sum(1 for t, p in confident if t in _SERIOUS and p in _REASSURING),
        confident=len(confident),
        confident_correct=sum(1 for t, p in confident if t == p),
        per_category=per_category,
    )


def _threshold(
    labels: Sequence[str],
    probabilities: Sequence[Mapping[str, float]],
    target: float,
    among: frozenset[str] | None = None,
) -> float:
    """The lowest threshold at which the held-out confident readings (those whose first
    choice is ``among``, if given) are right at least ``target`` of the time."""
    for threshold in THRESHOLDS:
        said = [
            (t, p)
            for t, probs in zip(labels, probabilities, strict=True)
            for p in [max(probs, key=probs.__getitem__)]
            if probs[p] >= threshold and (among is None or p in among)
        ]
        if said and sum(1 for t, p in said if t == p) >= target * len(said):
            return threshold
    return THRESHOLDS[-1]


@dataclass(frozen=True)
class Trained:
    model: ReplyModel
    vectorizer: Any  # the fitted scikit-learn objects, for tests comparing them with the file
    classifier: Any
    cross_validated: Scores


def train(
    examples: Sequence[Example],
    now: dt.datetime,
    *,
    seed: int = 0,
    regularisations: Sequence[float] = REGULARISATIONS,
) -> Trained:
    """Choose the regularisation and the threshold by cross-validation, then fit on all."""
    labels = [e.category for e in examples]
    best: tuple[float, float, list[dict[str, float]]] | None = None
    for regularisation in regularisations:
        probabilities = _out_of_fold(examples, regularisation, seed)
        macro = score(labels, probabilities, 1.0).macro_f1
        if best is None or macro > best[0]:
            best = (macro, regularisation, probabilities)
    assert best is not None
    _, regularisation, probabilities = best
    threshold = _threshold(labels, probabilities, TARGET_PRECISION)
    automatic = max(
        threshold, _threshold(labels, probabilities, TARGET_AUTOMATIC_PRECISION, AUTOMATIC)
    )
    vectorizer, classifier = _fit(examples, regularisation)
    data = export(vectorizer, classifier, threshold)
    data["automatic_threshold"] = automatic
    cross_validated = score(labels, probabilities, threshold)
    data.update(
        trained_at=now.isoformat(timespec="seconds"),
        examples=len(examples),
        corrections=sum(1 for e in examples if e.source.startswith("correction/")),
        regularisation=regularisation,
        cross_validated=cross_validated.as_dict(),
    )
    return Trained(ReplyModel(data), vectorizer, classifier, cross_validated)


def export(vectorizer: Any, classifier: Any, threshold: float) -> dict[str, Any]:
    names = [str(n) for n in vectorizer.get_feature_names_out()]
    coef = classifier.coef_.T.tolist()
    return {
        "format": FORMAT,
        "classes": [str(c) for c in classifier.classes_],
        "threshold": threshold,
        "intercept": [float(v) for v in classifier.intercept_],
        "features": names,
        "idf": [float(v) for v in vectorizer.idf_],
        "coef": coef,
    }


def macro_f1_of(model: ReplyModel, examples: Sequence[Example]) -> Scores:
    """How a model (ours or a firm's) reads examples it may never have seen."""
    probabilities = [model.probabilities(e.text) for e in examples]
    return score([e.category for e in examples], probabilities, model.threshold)
