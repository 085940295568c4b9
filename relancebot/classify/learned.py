"""The learned reading of a customer's words: a TF-IDF logistic regression, scored here in plain
Python from a JSON file (never a pickle), so commands that classify need neither scikit-learn
nor numpy, and those that do not classify never load the file.

The numbers are scikit-learn's: ``TfidfVectorizer(analyzer=features, sublinear_tf=True)``
(tf → 1 + ln tf, times the smoothed idf, L2-normalised over the known features) then the
multinomial ``LogisticRegression`` (softmax of the linear scores). `tests/test_learned_model.py`
checks on the whole corpus that this scorer and the trained model give the same probabilities.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from relancebot.classify.features import Token, tokens
from relancebot.errors import RelancebotError

SHIPPED_MODEL = Path(__file__).with_name("reply_model.json")
FORMAT = "relancebot-reply-model/1"


class ModelFileError(RelancebotError):
    """A reply model file that is not one of ours, or is damaged."""


@dataclass(frozen=True)
class Reading:
    category: str
    probability: float
    runner_up: str
    probabilities: Mapping[str, float]
    words: tuple[str, ...]  # the customer's words that weighed most towards `category`


@dataclass(frozen=True)
class ModelInfo:
    trained_at: str
    examples: int
    corrections: int
    threshold: float
    evaluation: Mapping[str, Any]


class ReplyModel:
    """A trained model: scores a text, says which words weighed."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        if data.get("format") != FORMAT:
            raise ModelFileError(f"format inconnu : {data.get('format')!r} (attendu {FORMAT})")
        try:
            self.classes: tuple[str, ...] = tuple(data["classes"])
            self.intercept: tuple[float, ...] = tuple(float(v) for v in data["intercept"])
            self.threshold = float(data["threshold"])
            # Paid, promise, not received: acted on without a person, so surer still.
            self.automatic_threshold = float(data.get("automatic_threshold", self.threshold))
            names: list[str] = data["features"]
            idf: list[float] = data["idf"]
            coef: list[list[float]] = data["coef"]
            if not (len(names) == len(idf) == len(coef)):
                raise ModelFileError("colonnes de longueurs différentes")
            self.rows: dict[str, tuple[float, tuple[float, ...]]] = {
                name: (float(weight), tuple(float(v) for v in row))
                for name, weight, row in zip(names, idf, coef, strict=True)
            }
        except (KeyError, TypeError, ValueError) as error:
            raise ModelFileError(f"fichier de modèle incomplet ({error})") from error
        if any(len(row) != len(self.classes) for _, row in self.rows.values()):
            raise ModelFileError("une ligne de coefficients n'a pas une valeur par catégorie")
        self.info = ModelInfo(
            trained_at=str(data.get("trained_at", "")),
            examples=int(data.get("examples", 0)),
            corrections=int(data.get("corrections", 0)),
            threshold=self.threshold,
            evaluation=dict(data.get("evaluation", {})),
        )
        self.data = dict(data)

    @classmethod
    def from_json(cls, text: str) -> ReplyModel:
        try:
            return cls(json.loads(text))
        except json.JSONDecodeError as error:
            raise ModelFileError(f"JSON illisible ({error.msg}, ligne {error.lineno})") from error

    def _located(self, text: str) -> tuple[list[Token], list[tuple[str, int]]]:
        """The words of ``text`` and its features the model knows, each with the index of its
        word, in the order of `features.located_features` (tokenised once, for the
        explanation too)."""
        words = tokens(text)
        rows = self.rows
        located: list[tuple[str, int]] = []
        texts = [token.text for token in words]
        for index, word in enumerate(texts):
            feature = "w:" + word
            if feature in rows:
                located.append((feature, index))
            if index + 1 < len(texts):
                feature = f"b:{word} {texts[index + 1]}"
                if feature in rows:
                    located.append((feature, index))
        return words, located

    def _weights(self, located: list[tuple[str, int]]) -> tuple[dict[str, float], Counter[str]]:
        counts = Counter(f for f, _ in located)
        rows = self.rows
        weights = {f: (1.0 + math.log(n)) * rows[f][0] for f, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        if norm:
            weights = {f: w / norm for f, w in weights.items()}
        return weights, counts

    def probabilities(self, text: str) -> dict[str, float]:
        _, located = self._located(text)
        weights, _ = self._weights(located)
        return self._softmax(weights)

    def _softmax(self, weights: Mapping[str, float]) -> dict[str, float]:
        scores = list(self.intercept)
        rows = self.rows
        for feature, weight in weights.items():
            scores = [s + weight * r for s, r in zip(scores, rows[feature][1], strict=True)]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {name: e / total for name, e in zip(self.classes, exps, strict=True)}

    def read(self, text: str, most: int = 3) -> Reading:
        words, located = self._located(text)
        weights, counts = self._weights(located)
        probs = self._softmax(weights)
        ranked = sorted(probs, key=probs.__getitem__, reverse=True)
        category = ranked[0]
        return Reading(
            category=category,
            probability=probs[category],
            runner_up=ranked[1] if len(ranked) > 1 else category,
            probabilities=probs,
            words=self._weightiest(words, category, weights, located, counts, most),
        )

    def _weightiest(
        self,
        words: list[Token],
        category: str,
        weights: Mapping[str, float],
        located: list[tuple[str, int]],
        counts: Mapping[str, int],
        most: int,
    ) -> tuple[str, ...]:
        """The words that pushed most towards ``category`` rather than the others; adjacent
        ones are shown together ("déjà réglé")."""
        k = self.classes.index(category)
        share: dict[str, float] = {}
        per_word: dict[int, float] = {}
        for feature, weight in weights.items():
            row = self.rows[feature][1]
            share[feature] = weight * (row[k] - sum(row) / len(row)) / counts[feature]
        for feature, index in located:
            if feature.startswith("b:"):
                for i in (index, index + 1):
                    per_word[i] = per_word.get(i, 0.0) + share[feature] / 2
            else:
                per_word[index] = per_word.get(index, 0.0) + share[feature]
        best: dict[str, int] = {}  # a word said twice is shown once, where it weighed most
        for i, value in sorted(per_word.items(), key=lambda item: -item[1]):
            if value > 0 and not words[i].text.endswith("_"):
                best.setdefault(words[i].text.lstrip("!?"), i)
        chosen = list(best.values())[:most]
        phrases: list[list[int]] = []
        for index in sorted(chosen):
            if phrases and phrases[-1][-1] == index - 1:
                phrases[-1].append(index)
            else:
                phrases.append([index])
        phrases.sort(key=lambda p: -max(per_word[i] for i in p))
        shown = (" ".join(words[i].surface for i in phrase) for phrase in phrases)
        return tuple(dict.fromkeys(shown))


@lru_cache(maxsize=4)
def _load(path: str) -> ReplyModel:
    try:
        return ReplyModel.from_json(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ModelFileError(f"{path} : {error.strerror}") from error


def shipped_model() -> ReplyModel:
    """The model trained on the corpus shipped with relancebot (loaded once per process)."""
    return _load(str(SHIPPED_MODEL))


@lru_cache(maxsize=16)
def model_from_json(text: str) -> ReplyModel:
    """A firm's model, as stored in its database (parsed once per distinct model)."""
    return ReplyModel.from_json(text)
