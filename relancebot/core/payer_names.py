"""Whether the name a bank gives for a payer is a customer's: names folded the way banks write
them (upper case, no accents, cut short), legal forms and civilities dropped. Pure: no I/O.

A name alone never makes a payment certain (two companies share names; a person may pay for
another): it only points a person at a probable customer.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Legal forms and words that say "a company" rather than which one.
_LEGAL = """sarl sarlu sas sasu eurl sa sci snc scop scp scm selarl selas selafa eirl ei earl
    gaec sca scs ste societe ets etablissement etablissements cie compagnie ltd limited gmbh
    inc llc bv nv srl spa"""
LEGAL_FORMS = frozenset(_LEGAL.split())
# What banks put before a private payer's name: "M. OU MME DUPONT JEAN".
_CIVIL = "m mr mme mlle melle mrs ms monsieur madame mademoiselle dr me ou et and"
CIVILITIES = frozenset(_CIVIL.split())
_TRUNCATED_AT_LEAST = 10  # letters of a cut-short name that still say whose it is
_ONE_WORD_AT_LEAST = 5  # a single shared word ("acme" is too short to tell)


@functools.lru_cache(maxsize=4096)  # the same customers' names, for every line of a statement
def name_words(name: str) -> tuple[str, ...]:
    """ "Atelier Morel S.A.R.L." -> ("atelier", "morel"); "M. OU MME DUPONT" -> ("dupont",)."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = re.sub(r"\b([a-z])\.(?=[a-z]\.)", r"\1", folded)  # S.A.R.L. -> sarl.
    folded = re.sub(r"(?<=\b[a-z])\.", "", folded)
    words = re.findall(r"[a-z0-9]+", folded)
    return tuple(w for w in words if w not in LEGAL_FORMS and w not in CIVILITIES)


def fold_name(name: str) -> str:
    """The name as it is learned and compared: its words, space-separated."""
    return " ".join(name_words(name))


def resembles(customer_name: str, payer_name: str) -> bool:
    """The same words (in any order), one name's words all in the other (at least two, or
    one long word), or the payer's name the customer's cut short by the bank."""
    ours, theirs = name_words(customer_name), name_words(payer_name)
    if not ours or not theirs:
        return False
    if "".join(ours) == "".join(theirs):
        return True
    few, many = sorted((set(ours), set(theirs)), key=len)
    if few <= many and (len(few) >= 2 or len(next(iter(few))) >= _ONE_WORD_AT_LEAST):
        return True
    cut = "".join(theirs)
    return len(cut) >= _TRUNCATED_AT_LEAST and "".join(ours).startswith(cut)
