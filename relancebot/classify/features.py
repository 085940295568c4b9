"""What the learned model sees of a reply: its words, marked when a negation or a condition
governs them, and word pairs.

Training (scikit-learn, `relancebot.learning`) and scoring (`relancebot.classify.learned`) both
call :func:`features`, so the model file and the shipped scorer can never disagree on a feature.

- "pas payé", "not paid", "jamais reçu": the next words a negation governs (three at most,
  never past the end of its clause) become other features (``!paye``), so "payé" and "pas
  payé" do not count alike;
- "si vous avez déjà payé", "unless", "au cas où": the same for a condition (``?paye``);
- addresses, numbers and dates become one placeholder each: an invoice number says nothing of
  what a customer means.

Measured by training on all corpora but one and reading that one (scripts/build_reply_model.py,
figures in bench/README.md): letters inside words (3-5 characters) made the model worse on
wording it never saw (mean macro-F1 0.927 against 0.938 without), so there are none; a scope of
three words reads better than six.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from relancebot.classify.text import fold

_TOKENS = re.compile(
    r"(?P<email>[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)"
    r"|(?P<number>\d[\d/.,:h-]*)"
    r"|(?P<word>[^\W\d_]+)"
    r"|(?P<brk>[.;:!?()\n]|\s[-–—]\s)"
)
_NEGATIONS = frozenset(
    [
        "ne",
        "n",
        "pas",
        "jamais",
        "aucun",
        "aucune",
        "sans",
        "ni",
        "rien",
        "not",
        "no",
        "never",
        "nothing",
        "without",
        "cannot",
        "nor",
        "none",
    ]
)
_CONDITIONS = frozenset(["si", "if", "unless", "whether", "cas"])
# A negation or a condition governs the words of its clause, not the whole message.
_CLAUSE_WORDS = frozenset(
    ["mais", "but", "cependant", "however", "et", "and", "car", "because", "puisque", "since"]
)
_SCOPE = 3


@dataclass(frozen=True)
class Token:
    text: str  # folded, marked: "paye", "!paye", "?paye", "_num_"
    surface: str  # as the customer wrote it


def tokens(text: str) -> list[Token]:
    """The words of ``text`` with their marks, in order."""
    found: list[Token] = []
    mark = ""
    left = 0
    previous = ""
    for match in _TOKENS.finditer(text):
        kind = match.lastgroup
        surface = match.group(0)
        if kind == "brk":
            mark, left = "", 0
            continue
        if kind == "email":
            word = "_email_"
        elif kind == "number":
            word = "_num_"
        else:
            word = _fold_word(surface)
        if word in _CLAUSE_WORDS:
            mark, left = "", 0
        # "don't", "can't", "isn't": the tokenizer sees "don" then "t".
        trigger = word in _NEGATIONS or (word == "t" and previous.endswith("n"))
        if trigger:
            mark, left = "!", _SCOPE
        elif word in _CONDITIONS:
            mark, left = "?", _SCOPE
        elif left:
            left -= 1
            found.append(Token(mark + word, surface))
            if not left:
                mark = ""
            previous = word
            continue
        found.append(Token(word, surface))
        previous = word
    return found


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word.lower())


def located_features(text: str) -> Iterator[tuple[str, int]]:
    """Every feature of ``text`` with the index of the word it comes from (for explanations)."""
    words = tokens(text)
    for index, token in enumerate(words):
        yield "w:" + token.text, index
        if index + 1 < len(words):
            yield f"b:{token.text} {words[index + 1].text}", index


def features(text: str) -> list[str]:
    """The features of ``text`` (repeated as often as they occur): the training analyzer."""
    return [feature for feature, _ in located_features(text)]
