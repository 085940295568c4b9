"""The shipped reply model: the plain-Python scorer is the scikit-learn model it was exported
from (same probabilities on the whole shipped corpus), the file is JSON data and never a pickle,
and the words it shows a person are the customer's own words."""

from __future__ import annotations

import json
import pickletools
from pathlib import Path
from typing import Any

import pytest

from relancebot.classify.features import tokens
from relancebot.classify.learned import (
    FORMAT,
    SHIPPED_MODEL,
    ModelFileError,
    ReplyModel,
    shipped_model,
)
from relancebot.learning import dataset
from relancebot.learning.dataset import LEARNED
from relancebot.learning.train import _fit, export

pytest.importorskip("sklearn")

SHIPPED = json.loads(SHIPPED_MODEL.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def fitted() -> tuple[Any, Any, ReplyModel]:
    """The shipped train set fitted again with the shipped regularisation, and its export."""
    vectorizer, classifier = _fit(dataset.shipped("train"), SHIPPED["regularisation"])
    return vectorizer, classifier, ReplyModel(export(vectorizer, classifier, SHIPPED["threshold"]))


def test_the_scorer_gives_scikit_learns_probabilities_on_the_whole_corpus(
    fitted: tuple[Any, Any, ReplyModel],
) -> None:
    vectorizer, classifier, model = fitted
    texts = [e.text for e in dataset.shipped("train") + dataset.shipped("eval")]
    expected = classifier.predict_proba(vectorizer.transform(texts))
    assert model.classes == tuple(str(c) for c in classifier.classes_)
    worst = 0.0
    for text, row in zip(texts, expected, strict=True):
        ours = model.probabilities(text)
        worst = max(
            worst, *(abs(ours[c] - float(p)) for c, p in zip(model.classes, row, strict=True))
        )
    assert worst < 1e-9


def test_the_shipped_file_is_what_the_shipped_train_set_gives(
    fitted: tuple[Any, Any, ReplyModel],
) -> None:
    """A fresh fit gives the shipped file's numbers: the model is rebuilt, not hand-edited."""
    _, _, model = fitted
    assert SHIPPED["format"] == FORMAT
    assert set(SHIPPED["classes"]) == set(LEARNED)
    assert SHIPPED["examples"] == len(dataset.shipped("train"))
    assert SHIPPED["features"] == list(model.rows)
    shipped_rows = dict(zip(SHIPPED["features"], SHIPPED["coef"], strict=True))
    idf = dict(zip(SHIPPED["features"], SHIPPED["idf"], strict=True))
    for name in SHIPPED["features"][::97]:
        weight, row = model.rows[name]
        assert weight == idf[name], name
        assert list(row) == pytest.approx(shipped_rows[name], rel=1e-5, abs=1e-12), name
    assert list(model.intercept) == pytest.approx(SHIPPED["intercept"], rel=1e-5, abs=1e-12)


def test_the_model_file_is_json_data_never_a_pickle() -> None:
    raw = SHIPPED_MODEL.read_bytes()
    assert not raw.startswith(b"\x80")  # a pickle's PROTO opcode
    with pytest.raises(ValueError, match=r"opcode b'\{' unknown"):
        list(pickletools.genops(raw))
    data = json.loads(raw.decode("utf-8"))
    assert data["format"] == FORMAT
    assert len(data["features"]) == len(data["idf"]) == len(data["coef"])
    assert all(len(row) == len(data["classes"]) for row in data["coef"][:200])
    assert shipped_model().classes == tuple(data["classes"])


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("{ pas du json", "JSON illisible"),
        ('{"format": "autre-chose/1"}', "format inconnu"),
        (json.dumps({"format": FORMAT, "classes": ["other"]}), "fichier de modèle incomplet"),
        (
            json.dumps(
                {
                    "format": FORMAT,
                    "classes": ["other", "dispute"],
                    "intercept": [0.0, 0.0],
                    "threshold": 0.5,
                    "features": ["w:a", "w:b"],
                    "idf": [1.0],
                    "coef": [[0.0, 0.0], [0.0, 0.0]],
                }
            ),
            "colonnes de longueurs différentes",
        ),
        (
            json.dumps(
                {
                    "format": FORMAT,
                    "classes": ["other", "dispute"],
                    "intercept": [0.0, 0.0],
                    "threshold": 0.5,
                    "features": ["w:a"],
                    "idf": [1.0],
                    "coef": [[0.0]],
                }
            ),
            "une ligne de coefficients",
        ),
    ],
)
def test_a_damaged_file_says_so_in_french(text: str, said: str) -> None:
    with pytest.raises(ModelFileError, match=said):
        ReplyModel.from_json(text)


def test_a_truncated_shipped_file_is_refused(tmp_path: Path) -> None:
    raw = SHIPPED_MODEL.read_text(encoding="utf-8")
    with pytest.raises(ModelFileError, match="JSON illisible"):
        ReplyModel.from_json(raw[: len(raw) // 2])


TEXTS = [
    "Bonjour, nous avons déjà réglé cette facture par virement le 3 novembre.",
    "Je conteste ce montant : 12 heures facturées au lieu de 8. Merci de corriger.",
    "We will pay on Friday, the transfer is scheduled. Contact: ap@client.example",
    "Nous ne l'avons jamais reçue, pouvez-vous nous la renvoyer ? Réf 2026-0412",
    "Trésorerie tendue, pouvons-nous étaler en trois fois ? Appelez le 06 12 34 56 78.",
    "Merci, bien noté.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_words_shown_are_the_customers_own(text: str) -> None:
    reading = shipped_model().read(text)
    assert len(reading.words) <= 3
    surfaces = {t.surface for t in tokens(text)}
    for phrase in reading.words:
        assert "_num_" not in phrase and "_email_" not in phrase
        assert phrase in text or all(word in surfaces for word in phrase.split(" "))
        assert all(word in surfaces for word in phrase.split(" ")), phrase
        assert not any(ch.isdigit() for ch in phrase) or phrase in text


def test_reading_matches_probabilities() -> None:
    model = shipped_model()
    for text in TEXTS:
        reading = model.read(text)
        probs = model.probabilities(text)
        assert reading.probabilities == probs
        assert reading.category == max(probs, key=probs.__getitem__)
        assert reading.probability == probs[reading.category]
