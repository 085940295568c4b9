"""Separate the customer's own words from the quoted reminder, signatures and disclaimers.

Our reminder is full of trap words ("impayée", "désaccord", "déjà réglé"), so nothing below the
first quote marker may reach the rules. Written by hand rather than with mail-parser-reply: the
French Gmail attribution wrapped over two lines or with a non-breaking space before the colon
defeats it, and a line scanner is much faster.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from relancebot.classify.text import fold

# Attribution lines ("Le lun. 17 nov. 2026 à 09:00, X <x@y> a écrit :", "On ... wrote:").
_ATTRIBUTION_END = re.compile(r"(a ecrit|a ecrit le|wrote|schrieb|escribio)\s*:?\s*$")
_ATTRIBUTION_START = re.compile(r"^\s*(le|on|am|el)\b")
_HEADER_FIRST = re.compile(r"^[\s*>]*(de|from|exp[ea]diteur|von|da)\s*:\s*\*?\s*\S")
_HEADER_NEXT = re.compile(
    r"^[\s*>]*(envoye|envoye le|sent|date|a|to|objet|subject|cc|pour|gesendet|an|betreff|datum"
    r"|inviato|oggetto)\s*:"
)
_SEPARATOR = re.compile(
    r"^\s*(?:-{2,}|_{2,}|={2,})?\s*(?:message d'origine|original message|mail original|"
    r"message original|forwarded message|message transfere|courriel original|"
    r"message initial)\s*(?:-{2,}|_{2,}|={2,})?\s*$"
    r"|^\s*(?:debut du message reexpedie|begin forwarded message|message transfere)\s*:?\s*$"
    r"|^\s*_{10,}\s*$"
)
_SIGNATURE_DASHES = re.compile(r"^\s*--\s*$")
_MOBILE_FOOTER = re.compile(
    r"^\s*(envoye (de|depuis) mon|sent from my|get outlook for|obtenir outlook pour|"
    r"envoye a partir de|telecharger outlook)"
)
_DISCLAIMER = re.compile(
    r"^\s*(ce (message|courriel|e-?mail|mail)( electronique)? et (toutes |l'ensemble des )?"
    r"(ses|les) (pieces|fichiers)|ce (message|courriel|e-?mail|mail)( electronique)? "
    r"(est|peut etre) (strictement )?(confidentiel|prive)|"
    r"(les informations|l'information) contenues? dans ce (message|courriel)|"
    r"this (e-?mail|message)( and any (attachments?|files?))? (is|are|may be) "
    r"(strictly )?(confidential|private|intended)|"
    r"pensez a l'environnement|please consider the environment|"
    r"avertissement\s*:|disclaimer\s*:|confidentialit[ey]\s*:)"
)
_CLOSING = re.compile(
    r"^\s*((bien |tres |tres bien |tout )?cordialement|(bien )?amicalement|"
    r"(meilleures|sinceres|nos sinceres|mes sinceres|bien sinceres) salutations|"
    r"salutations( distinguees)?|bien a (vous|toi)|(best|kind|warm|many)? ?regards|"
    r"best|cheers|sincerely|yours (sincerely|faithfully|truly)|bonne (journee|soiree)|"
    r"belle journee|a bientot|en vous remerciant|merci d'avance|merci par avance|"
    r"merci beaucoup|merci|thanks|thank you|many thanks|cdlt|cdt|bav|mit freundlichen gru\w*|"
    r"freundliche gru\w*|distinti saluti|saludos)"
    r"(\s*(et|and)? ?(bonne|belle|a|de)? ?(journee|soiree|bientot|vous|votre comprehension))?"
    r"[\s,.!]*(\w+( \w+)?[\s,.!]*)?$"
)
_QUOTED_LINE = re.compile(r"^\s*>")


@dataclass(frozen=True)
class SplitReply:
    own: str
    quoted: str
    markers: tuple[str, ...]


def _is_attribution(folded_lines: list[str], index: int) -> int:
    """Number of lines the attribution spans at index (0 if none); handles wrapping."""
    first = folded_lines[index]
    if _ATTRIBUTION_END.search(first):
        dated = _ATTRIBUTION_START.match(first) or "@" in first or re.search(r"\d", first)
        return 1 if dated and len(first) < 300 else 0
    # Gmail wraps long attributions; only a dated "Le .../On ..." line may continue.
    if not (_ATTRIBUTION_START.match(first) and re.search(r"\d", first)):
        return 0
    if first.rstrip().endswith((".", "!", "?")):
        return 0
    for span in (2, 3):
        if index + span > len(folded_lines):
            return 0
        joined = " ".join(folded_lines[index : index + span])
        if len(joined) > 300:
            return 0
        if _ATTRIBUTION_END.search(joined):
            return span
    return 0


def _is_header_block(folded_lines: list[str], index: int) -> bool:
    if not _HEADER_FIRST.match(folded_lines[index]):
        return False
    following = folded_lines[index + 1 : index + 7]
    return sum(1 for line in following if _HEADER_NEXT.match(line)) >= 2


def _cut_reason(folded_lines: list[str], index: int, has_content: bool) -> str | None:
    line = folded_lines[index]
    if _QUOTED_LINE.match(line):
        return "citation « > »"
    if _is_attribution(folded_lines, index):
        return "en-tête de citation « a écrit »"
    if _is_header_block(folded_lines, index):
        return "en-tête de message cité (De/Envoyé/Objet)"
    if _SEPARATOR.match(line):
        return "séparateur de message d'origine"
    if _SIGNATURE_DASHES.match(line):
        return "signature « -- »"
    if _MOBILE_FOOTER.match(line):
        return "pied de message mobile"
    if _DISCLAIMER.match(line):
        return "mention légale"
    if has_content and len(line) <= 60 and _CLOSING.match(line):
        return "formule de politesse"
    return None


def split_reply(body: str) -> SplitReply:
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    folded_lines = [fold(line) for line in lines]
    own: list[str] = []
    markers: list[str] = []
    cut_at = len(lines)
    for index in range(len(lines)):
        has_content = any(line.strip() for line in own)
        reason = _cut_reason(folded_lines, index, has_content)
        if reason is None:
            own.append(lines[index])
            continue
        markers.append(reason)
        cut_at = index
        break
    rest = lines[cut_at:]
    if not any(line.strip() for line in own) and rest:
        # Bottom-posting or inline answers: the customer wrote between ">" blocks.
        own = [
            line
            for offset, line in enumerate(rest)
            if not _QUOTED_LINE.match(line) and not _is_attribution(folded_lines, cut_at + offset)
        ]
        own = _trim_tail(own)
        rest = [line for line in rest if _QUOTED_LINE.match(line)]
    return SplitReply("\n".join(own).strip(), "\n".join(rest), tuple(markers))


def _trim_tail(lines: list[str]) -> list[str]:
    folded_lines = [fold(line) for line in lines]
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _cut_reason(folded_lines, index, any(k.strip() for k in kept)) not in (
            None,
            "citation « > »",
            "en-tête de citation « a écrit »",
        ):
            break
        kept.append(line)
    return kept
