"""Word-level normalisation before the rules: unseen spellings mapped to the written form.

On top of fold() (lowercase, no accents, straight apostrophes) it:
* re-joins lines that a mail client hard-wrapped mid-sentence ("le règlement de la\\nfacture");
* restores lost elisions ("j ai", "c est", "l entretien", "jai", "cest", "navons");
* squeezes letters repeated for emphasis ("merciiii", "payéééé");
* expands common SMS spellings and typos ("pb", "qd", "tjs", "jms", "pr", "paiment", "dont").
The output is shorter or longer than the input, so it comes with an offset map: for every
output character, the index of the input character it stands for (to quote the customer).
"""

from __future__ import annotations

import re

from relancebot.classify.text import fold

# One written form per spelling; keys are whole folded words.
_WORDS: dict[str, str] = {
    # French SMS spellings
    "pb": "probleme", "pbs": "problemes", "pbm": "probleme", "prob": "probleme",
    "qd": "quand", "qud": "quand", "tjs": "toujours", "tjrs": "toujours", "tjr": "toujours",
    "jms": "jamais", "jamai": "jamais", "pr": "pour", "ds": "dans", "bcp": "beaucoup",
    "mtn": "maintenant", "mnt": "maintenant", "auj": "aujourd'hui", "ajd": "aujourd'hui",
    "dc": "donc", "pk": "pourquoi", "pq": "pourquoi", "ke": "que", "ki": "qui", "koi": "quoi",
    "pa": "pas", "fo": "faut", "ya": "il y a", "y'a": "il y a", "tt": "tout", "tte": "toute",
    "chuis": "je suis", "jsuis": "je suis", "jpeux": "je peux", "jvais": "je vais",
    "jpense": "je pense", "jsais": "je sais", "msg": "message", "cheq": "cheque",
    "rglt": "reglement", "rgt": "reglement", "vrt": "virement", "virmt": "virement",
    "depui": "depuis", "dja": "deja", "daccord": "d'accord", "dacc": "d'accord",
    "oki": "ok", "okay": "ok", "stp": "svp",
    # French typos seen everywhere
    "paiment": "paiement", "payement": "paiement", "payements": "paiements",
    "paiments": "paiements", "virment": "virement", "vierment": "virement",
    "facure": "facture", "factue": "facture", "fature": "facture", "facturre": "facture",
    "reglemnt": "reglement", "reglment": "reglement",     # French lost apostrophes
    "jai": "j'ai", "javais": "j'avais", "jaurai": "j'aurai", "jattends": "j'attends",
    "jattend": "j'attends", "jetais": "j'etais", "jen": "j'en", "cest": "c'est",
    "cetait": "c'etait", "quil": "qu'il", "quon": "qu'on", "nai": "n'ai", "navons": "n'avons", "n"
    "avez": "n'avez", "nont": "n'ont", "nest": "n'est",
    "netait": "n'etait", "ny": "n'y", "narrive": "n'arrive", "narrivons": "n'arrivons",
    "soccupe": "s'occupe", "soccupent": "s'occupent",
    "lai": "l'ai", "lavons": "l'avons", "dun": "d'un", "dune": "d'une",
    # English SMS spellings and lost apostrophes
    "pls": "please", "plz": "please", "u": "you", "ur": "your", "thx": "thanks",
    "tks": "thanks", "thks": "thanks", "tmrw": "tomorrow", "tmr": "tomorrow",
    "2moro": "tomorrow", "2morrow": "tomorrow", "b4": "before", "wk": "week",
    "pmt": "payment", "pymt": "payment", "pmnt": "payment", "inv": "invoice",
    "recieved": "received", "recived": "received", "receieved": "received",
    "cant": "can't", "dont": "don't", "didnt": "didn't", "wont": "won't",
    "havent": "haven't", "hasnt": "hasn't", "isnt": "isn't", "doesnt": "doesn't",
    "wasnt": "wasn't", "werent": "weren't", "couldnt": "couldn't", "shouldnt": "shouldn't",
    "im": "i'm", "ive": "i've", "weve": "we've", "youve": "you've", "theyve": "they've",
    "lmk": "let me know", "asap": "as soon as possible", "cos": "because", "coz": "because",
    "bc": "because", "b/c": "because",
}  # fmt: skip
_WORD = re.compile(r"[a-z0-9/'-]+")
# "j ai", "c est", "l entretien", "qu il": an apostrophe typed as a space.
_SPACED_ELISION = re.compile(r"(?<!['\w-])([cdjlmnst]|qu) (?=[aeiouyh])(?!(?:ou|et)\b)")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_SENTENCE_END = re.compile(r"[.!?:;,)]\s*$")


def _join_wrapped_lines(folded: str) -> str:
    """Hard-wrapped lines (long, no closing punctuation) continue on the next line."""
    lines = folded.split("\n")
    out: list[str] = []
    for index, line in enumerate(lines):
        out.append(line)
        if index == len(lines) - 1:
            break
        following = lines[index + 1]
        wrapped = (
            len(line) >= 45
            and not _SENTENCE_END.search(line)
            and following.strip()
            and not following.lstrip().startswith(("-", "*", ">"))
        )
        out.append(" " if wrapped else "\n")
    return "".join(out)


def normalise(text: str) -> tuple[str, list[int]]:
    """The normalised folded text and, per output character, its input offset."""
    folded = _join_wrapped_lines(fold(text))
    folded = _SPACED_ELISION.sub(lambda m: m.group(1) + "'", folded)  # same length
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for match in _WORD.finditer(folded):
        word = match.group(0)
        squeezed = _REPEATS.sub(r"\1", word) if _REPEATS.search(word) else word
        replacement = _WORDS.get(squeezed.strip("'-"), squeezed)
        if replacement == word:
            continue
        start, end = match.span()
        pieces.append(folded[last:start])
        offsets.extend(range(last, start))
        pieces.append(replacement)
        span = end - start
        offsets.extend(start + min(i * span // max(1, len(replacement)), span - 1)
                       for i in range(len(replacement)))  # fmt: skip
        last = end
    pieces.append(folded[last:])
    offsets.extend(range(last, len(folded)))
    return "".join(pieces), offsets


def original_span(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """The input span of an output span (end exclusive)."""
    if not offsets:
        return start, end
    first = offsets[min(start, len(offsets) - 1)]
    last = offsets[min(max(end - 1, start), len(offsets) - 1)] + 1
    return first, max(first, last)
