"""The safety net: a reply that carries any sign of a dispute or of a payment difficulty,
even a weak one, never comes out as "already paid" or "promise to pay".

A payment statement that carries a condition on the work or keeps a part back ("quand elle
sera droite", "sauf la ligne", "je veux bien payer, mais") never reassures either.

A person reading a reply that was only a promise costs little; a missed dispute or a customer
who asked for time, chased as if he had promised, costs a customer. The signs below are too
weak to decide a category alone (the cues do that), but enough to withhold a reassuring
one. Each sign is dropped when its clause negates it ("pas de problème", "no issue") and a few
harmless set phrases are ignored ("désolé pour le délai", "au plus tard", "problème résolu").
"""

from __future__ import annotations

import re

from relancebot.classify.cues.fragments import NOT_MONEY, ONLY_TIME, STATE, WHEN

_REASSURING = frozenset(("already_paid", "promise_to_pay"))
_OUTRANKING = frozenset(("dispute", "payment_difficulty", "wrong_contact", "not_received"))
_SERIOUS = frozenset(("dispute", "payment_difficulty"))

_DISPUTE_SIGNS = re.compile(
    r"\b(erreur|errone\w*|error|mistake|wrong|incorrect\w*|probleme|problem|issues?|souci|"
    r"reserves?|reclam\w*|complain\w*|contest\w*|litig\w*|desaccord|pas d'accord|disagree\w*|"
    r"disput\w*|geste commercial|(un|cet|votre|sans|notre|l'|d'un) avoir\b(?! (ete|eu|recu|paye|r"
    r"egle|"
    r"fait|tout|deja|bien|pris|oublie|vu))|note de credit|credit note|credit memo|au lieu d"
    r"|instead of|ne correspond\w*|(doesn't|does not|don't|do not) match|endommag\w*|abime\w*|"
    r"damaged|cass(e|ee|es)|broken|defect\w*|defaut\w*|faulty|panne|(ne )?(fonctionne|marche)n?t?"
    r" pas|not working|manqu\w*|missing|bloqu\w*|block\w*|withh\w*|suspend\w*|retenue|annul\w*"
    r"|cancel\w*|avant (de|d') (payer|regler|vous payer|vous regler)|before (i|we) (pay|settle)"
    r"|deduct\w*|deduction|deduit\w*|less the|minus the|moins (la|le|les|l')|difference|"
    r"partie (livree|conforme|realisee|faite|recue|posee)|parts? (delivered|received|done)|"
    r"(le reste|le solde|the rest|the balance|the remainder)[^.;!?\n]{0,30}\b(quand|une fois|"
    r"des que|lorsque|apres|once|when|after|as soon)|(supplement|extra)s? (non|pas|never|not)"
    r"|(once|when|des que|une fois|quand) [^.;!?\n]{0,50}(fixed|repaired|corrected|finished|"
    r"completed|signed off|repare|corrige|termine|fini|rectifie))"
)
# A payment statement that keeps a part back, waits on the work reaching a state, or comes
# with a "but": "je paye le reste mais pas ça", "on paie quand elle sera droite",
# "je veux bien payer, mais ...".
_CONDITION_SIGNS = re.compile(
    rf"\b(?:(?:mais|but) (?:pas|not) (?!{ONLY_TIME}\b)(?:la|le|les|l'|ca|cela|celle|celui|the|th"
    r"at|this|those|these|for)\b|(?:sauf|excepte|hormis|except|excluding|apart from) (?:la|le|"
    rf"les|l'|the|that|those|these|for)\b|{WHEN}{NOT_MONEY}[^.;!?\n]{{0,40}}{STATE}|(?:veux bi"
    r"en|voulons bien|veut bien|happy to|willing to|glad to|prepared to) (?:vous )?(?:payer|regl"
    r"er|pay|settle)\b[^.;!?\n]{0,30}\b(?:mais|but)\b)"
)
_DIFFICULTY_SIGNS = re.compile(
    r"\b((demand|sollicit|accord|obten|besoin|petit|un peu de|plus de|quelques|report)\w* (\w+ "
    r")?(de )?delais?|delais? (supplementaire|jusqu)|delay (the|payment|it|this|until)|etal\w*|ec"
    r"helonn\w*|echeancier|instal+ments?|en (deux|trois|\d) fois|"
    r"liquidit\w*|cash ?flow|trop juste|tight|difficult\w*|difficile|compliqu\w*|"
    r"struggl\w*|pas avant|not before|not until|(?<!au )(?<!au  )plus tard|later|report(er|ez|ons)|"
    r"postpon\w*|push (it|this|back)|decal\w*|repouss\w*|defer\w*|patienter|"
    r"des que possible|as soon as (we can|possible|i can)|when (we|i) can|quand (on|nous|je) ("
    r"pourra|pourrons|pourrai|peut|peux)|essai\w*|essay\w*|trying|try to|tenter|tentons|"
    r"rassembl\w*|reunir la somme|"
    r"(can't|cannot|can not|unable to|ne (pouvons|peux|pourrons)) (pas )?(\w+ )?(pay|payer|"
    r"regler|afford))"
)
_NEGATED = re.compile(
    r"(\b(pas de|pas d'|aucune?|sans|no|not an?|never|ni|zero|plus de)\s+(\w+\s+)?$)|(\b(ne|n')\s"
    r"*$)|"
    r"(\b(sorry|desole|desolee|excuse\w*|pardon|apolog\w*|navre\w*) [^.;!?\n]{0,25}$)"
)
_HARMLESS_AFTER = re.compile(
    r"^\w*\s+(\w+\s+){0,2}(po\b|purchase order|bon de commande|order number|iban|rib|bic|"
    r"coordonnees bancaires|resolu|regle|solved|fixed|sorted|te"
    r"chnique|informatique|bancaire|de banque"
    r"|de connexion|technical|it\b|bank|banking|pending|en attente d|(reglementaire|legal|contrac"
    r"tuel|habituel|normal))"
)
_HARMLESS_WHOLE = re.compile(
    r"dans les (meilleurs )?delais|delai (de paiement )?(reglementaire|legal|contractuel|"
    r"habituel|normal)|within the (deadline|terms)|no problem|pas de (souci|probleme)|no worries"
    r"|sans (souci|probleme)|aucun (souci|probleme)|(sauf )?erreur de (votre|notre|ma) part|"
    r"vous (faites|avez fait) erreur|you (are|must be) mistaken|(etait|etaient|avait ete|was|were"
    r"|had been) (\w+ )?(bloquee?s?|suspendue?s?|blocked|suspended|on hold)"
)


def _signs(pattern: re.Pattern[str], folded: str) -> list[str]:
    found: list[str] = []
    for match in pattern.finditer(folded):
        start, end = match.span()
        before = folded[max(0, start - 40) : start]
        after = folded[start : end + 30]
        if _NEGATED.search(before) or _HARMLESS_AFTER.match(after):
            continue
        found.append(match.group(0))
    return found


def safety_net(content: set[str], folded: str) -> tuple[set[str], str | None]:
    """Adds a serious category when a reassuring one stands alone over a sign of trouble."""
    if not content & _REASSURING or content & _OUTRANKING:
        return content, None
    text = _HARMLESS_WHOLE.sub(" ", folded)
    dispute = _signs(_DISPUTE_SIGNS, text) + _signs(_CONDITION_SIGNS, text)
    if dispute:
        return content | {"dispute"}, f"prudence : « {dispute[0]} » fait craindre une contestation"
    difficulty = _signs(_DIFFICULTY_SIGNS, text)
    if difficulty:
        reason = f"prudence : « {difficulty[0]} » fait craindre une difficulté de paiement"
        return content | {"payment_difficulty"}, reason
    return content, None
