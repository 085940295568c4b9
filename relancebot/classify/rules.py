"""French and English phrase rules over the customer's own words, with negation handling.

Patterns run on folded text (lowercase, no accents, straight apostrophes). A rule marked
negatable is dropped when its clause negates it ("nous ne contestons pas", "pas encore payé");
rules whose meaning *is* a negation ("je n'ai jamais reçu") are not negatable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_W = r"(?:\w+[ '-]?){0,3}"  # up to three filler words ("l'avons bien déjà")


@dataclass(frozen=True)
class Rule:
    category: str
    pattern: re.Pattern[str]
    negatable: bool = True


def _rules(category: str, negatable: bool, *patterns: str) -> list[Rule]:
    return [Rule(category, re.compile(p), negatable) for p in patterns]


RULES: list[Rule] = [
    *_rules(
        "dispute",
        True,
        r"\bcontest\w*|\blitig\w*|\bdesaccord\b|\breclamation\b|\bmalfacon|\bnon[- ]conforme",
        r"\bpas d'accord\b|\berron\w*|\berreur (sur|dans|de) (la|votre|le|cette) "
        r"(facture|montant|facturation|prix|quantite)",
        r"\b(montant|prix|tarif|facture|quantite)s? (est |sont )?(faux|fausse|incorrecte?|errone"
        r"|excessi[fv]e?|surévalue)",
        r"\b(un|d'un|l'|votre|notre|cet|le|de l') avoir\b(?! (ete|eu|recu|regle|paye|fait|envoye))",
        r"\b(inacheve|inachevee|non (termine|acheve|livre|realise)e?s?)\b",
        r"\b(refus\w*|refusons) (de )?(payer|regler)|\bdeja (ete )?factur|\bfacture en double",
        r"\bpas (ce qui|ce que nous avions|ce qu'on avait) (etait )?(convenu|prevu|commande)",
        r"\b(disput\w*|disagree\w*|overcharg\w*|incorrect(ly)?|wrong (amount|price|invoice|rate)"
        r"|credit note|not as (quoted|agreed)|billed twice|double[- ]billed|complain\w*)",
    ),
    *_rules(
        "dispute",
        False,
        r"\b(ne|n') ?(correspond|correspondent) (pas|plus|en rien)",
        r"\b(ne|n') ?(sont|est|etaient|a|ont) (pas|toujours pas|jamais) (ete )?(termine|finis?"
        r"|acheve|livre|realise|conforme|correct|fait|commande|installe)",
        r"\bpas (encore )?(termine|fini|acheve|livre|realise)s?e?s?\b(?! de (payer|regler))",
        r"\b(pas|jamais) (ete )?(recu|livre)e?s? (la |les |le |notre |nos )?(marchandise|commande"
        r"|livraison|materiel|colis|produit|prestation|travaux)",
        r"\b(ne|n') ?(paierons|payerons|reglerons|paierai|reglerai) (pas|rien)",
        r"\b(never|not|wasn't|weren't|isn't|hasn't been|haven't been) (ordered|finished|completed"
        r"|delivered|done|correct|what we agreed)",
        r"\b(do not|don't|will not|won't) (agree|accept|pay (this|it|until|before))",
        r"\b(nous|je) (ne )?(sommes|suis) pas d'accord",
    ),
    *_rules(
        "payment_difficulty",
        True,
        r"\bdifficult\w* (de |financ|de tresorerie|economique|de paiement|passageres?)",
        r"\b(tresorerie|treso) (tendue|difficile|compliquee|serree|a sec)"
        r"|probleme\w* de tresorerie",
        r"\bech[eé]ancier|\bechelonn\w*|\betal(er|ement|ons)\b|\ben (plusieurs|deux|trois|\d) "
        r"(fois|mensualites|versements|echeances)|\bmensualites\b|paiements? partiels?",
        r"\b(delai|report) (de paiement|supplementaire|de reglement)|\breporter (le|notre) "
        r"(paiement|reglement)|\b(accorder|accordez|obtenir|beneficier d')\w* (un )?delai",
        r"\bredressement judiciaire|\bliquidation|\bprocedure de sauvegarde|\bconciliation\b"
        r"|\bplan de continuation|\bcessation de paiement",
        r"\b(cash[- ]?flow|payment plan|instal+ments?|financial (difficult|trouble|problem)\w*"
        r"|more time to pay|extension|partial payments?|spread (the )?payments?)",
        r"\b(nous|je) (attendons|attends) (nous-memes|moi-meme)? ?(le|les) (paiement|reglement)s?"
        r" (de|d'un|d'une|des) (notre|nos|mon|mes)? ?clients?",
    ),
    *_rules(
        "payment_difficulty",
        False,
        r"\b(ne|n') ?(pouvons|pourrons|peux|pourrai|pourrions|sommes|suis) (pas|plus) "
        r"(en mesure de )?(payer|regler|honorer|faire face|solder)",
        r"\b(dans l'impossibilite|pas en mesure|hors d'etat) de (payer|regler|honorer)",
        r"\b(can't|cannot|can not|unable to|not able to|won't be able to) (pay|settle)",
        r"\bpas les moyens\b|\bne (pouvons|peux) (payer|regler) qu'une partie",
    ),
    *_rules(
        "wrong_contact",
        True,
        r"\b(ne|n') ?(m'|me|nous) ?(occupe|occupons) plus|\bne (m'|me) (occupe|charge) (pas|plus)",
        r"\b(a|ont) quitte (l'entreprise|la societe|nos effectifs|ses fonctions|la structure|le "
        r"cabinet|notre societe|le groupe|la boite|son poste)",
        r"\b(ne fait plus partie|n'est plus (en charge|charge|chargee|responsable|dans (l'|la |"
        r"notre )|chez|au sein|en poste|avec nous|le bon|la bonne|notre))",
        r"\b(mauvaise?|pas (le|la) bon(ne)?) (interlocut\w*|destinataire|adresse|contact|personne"
        r"|service)",
        r"\b(adressez[- ]vous|ecrivez|ecrire|adresser|envoyer|transmettre|contacter|joindre|"
        r"renvoyer|rediriger)\w* (plutot |directement |desormais )?(a|au|aupres de|a l'adresse)"
        r" ?[^\n@]{0,60}@",
        r"\b(left the company|no longer (with|works|working|in charge|responsible|handles|deals"
        r"|dealing)|wrong (person|contact|address|department)|not the right (person|contact))",
        r"\b(please|kindly) (contact|write to|email|e-mail|send (it|this|invoices?) to|forward "
        r"(it|this) to|address (it|this|your \w+) to)|the right (person|contact) is\b",
        r"\b(desormais|dorenavant|from now on|going forward)\b.{0,60}@",
    ),
    *_rules(
        "not_received",
        False,
        rf"\b(n'|ne) ?(avons|ai|a|ont) ({_W})?(jamais|pas|toujours pas|pas encore|point|aucunement)"
        rf" ({_W})?(recu|eu|vu|trouve)",
        r"\b(jamais|pas) (ete )?recue?s?\b|\bnon recue?\b|\baucune? (trace|facture|document)",
        r"\b(ne|n') ?(trouvons|trouve|retrouvons|retrouve) (pas|plus|aucune) (de )?(trace|la|"
        r"cette|votre|de facture)|\bintrouvable",
        r"\b(renvoy|re-?envoy|retransmet|transmettre|faire parvenir|envoyer|adresser)\w* "
        r"(\w+ )?(une copie|un duplicata|le duplicata|la facture|cette facture|a nouveau|de nouveau"
        r"|copie de la facture)|\bduplicata",
        r"\b(never|not|didn't|did not|haven't|have not|hasn't) ({_W})?(received|got|gotten|seen)",
        r"\b(resend|re-send|send (us|me) (a copy|the invoice|it again|again))|no record of",
        r"\bcan't find|cannot find|could not find|couldn't find",
    ),
    *_rules(
        "already_paid",
        True,
        rf"\b(deja|bien) ({_W})?(regle|paye|vire|solde|acquitte|verse)e?s?\b",
        r"\b(a|ont|avons|ai|avions|aurions) (bien |deja |deja bien )?(ete )?(regle|paye|vire|solde"
        r"|acquitte|verse|effectue le (virement|paiement|reglement)|procede au (paiement|"
        r"reglement|virement))",
        r"\b(virement|paiement|reglement|cheque|versement)s? (a ete |ont ete |est |bien |deja )*"
        r"(effectue|emis|envoye|passe|realise|fait|parti|execute|poste|expedie|debite|remis)e?s?\b",
        r"\b(preuve|avis|justificatif|confirmation|copie|ordre) (de|du) (virement|paiement|"
        r"reglement)|\bavis d'operation|\brelev[eé] bancaire",
        r"\b(regle|payee?|vire|solde)e?s? (le|en date du|depuis|par (virement|cheque))\b",
        r"\b(recu|reception de|encaisse) (notre|mon|le|du) (paiement|virement|reglement|cheque)",
        r"\b(already (been )?paid|has been (paid|settled)|was paid|were paid|we paid|i paid"
        r"|(payment|transfer|wire|cheque|check) (was|has been|went) (made|sent|done|executed|"
        r"out|issued)|proof of payment|remittance|paid (on|it|this|the invoice|in full))",
    ),
    *_rules(
        "promise_to_pay",
        True,
        r"\b(allons|vais|va|allez) (vous )?(le |la |les )?(regler|payer|proceder|effectuer|faire|"
        r"lancer|envoyer|virer|solder|programmer|passer)",
        r"\b(reglerons|paierons|payerons|procederons|effectuerons|ferons le (virement|paiement)"
        r"|enverrons|virerons|reglerai|paierai|payerai|procederai|solderons|honorerons|"
        r"programmerons)",
        r"\b(sera|seront) (reglee?s?|payee?s?|viree?s?|soldee?s?|effectue|traitee?s?|honoree?s?|"
        r"mise?s? en paiement|emis|lance|programme|envoye|fait|realise)",
        r"\b(virement|paiement|reglement|cheque)s? (sera|partira|part|interviendra|est |sont )?"
        r"(programme|prevu|planifie|en cours|en preparation|imminent|partira|interviendra|part)",
        r"\ben cours de (paiement|reglement|traitement|validation|virement)|mise? en paiement",
        r"\b(bon a payer|valide pour paiement|valide[e]? (par|pour) (la )?compta)",
        r"\bcomptable (est |sont )?(absente?|en conges?|en vacances|malade|en arret|indisponible)"
        r"|des (son|le) retour d",
        r"\b(payons|reglons) (nos fournisseurs|nos factures|le|les|en fin|a \d+|tous les)",
        r"\b(will|shall|'ll) (be )?(pay|paid|settle|settled|process|processed|transfer|send|"
        r"transferred|sent|wire)|\bgoing to (pay|settle)|\bpayment (is )?(scheduled|planned|"
        r"in progress|on (its|the) way|being processed|will)|\bare processing",
    ),
]

_CLAUSE_BREAK = re.compile(r"[.;:!?,\n]|\b(mais|but|cependant|however|par contre|en revanche)\b")
_NEGATION_BEFORE = re.compile(
    r"(\bne\b|\bn'|\bpas\b|\bjamais\b|\baucune?\b|\bnot\b|\bno\b(?!\.?\s*\d)|\bnever\b|n't\b|\bsans\b|"
    r"\bwithout\b|\bnon\b|\bni\b|\bsi\b|\bif\b|\bunless\b|\bsauf\b)"
)
_NEGATION_AFTER = re.compile(r"^\s*(pas|plus|jamais|point|yet)\b")


@dataclass(frozen=True)
class Hit:
    category: str
    start: int
    end: int
    negated: bool


def _clause_prefix(folded: str, start: int) -> str:
    window = folded[max(0, start - 50) : start]
    breaks = list(_CLAUSE_BREAK.finditer(window))
    return window[breaks[-1].end() :] if breaks else window


def find_hits(folded: str) -> list[Hit]:
    hits: list[Hit] = []
    for rule in RULES:
        for match in rule.pattern.finditer(folded):
            start, end = match.span()
            negated = False
            if rule.negatable:
                negated = bool(_NEGATION_BEFORE.search(_clause_prefix(folded, start))) or bool(
                    _NEGATION_AFTER.match(folded[end : end + 12])
                )
            hits.append(Hit(rule.category, start, end, negated))
    hits.sort(key=lambda hit: hit.start)
    return hits
