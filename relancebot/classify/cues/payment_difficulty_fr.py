"""French ways of saying the customer cannot pay now, asks for time or for instalments."""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue

# fmt: off
CUES: tuple[Cue, ...] = (
    # ---- payment_difficulty: cannot pay now, asks for time or instalments -----------------------
    cue(
        "payment_difficulty.fr.difficulties",
        1.0,
        negatable=True,
        example="Nous traversons des difficultés financières.",
        near_miss="Nous n'avons aucune difficulté financière.",
        pattern=r"\bdifficult\w* (de |financ|de tresorerie|economique|de paiement|passageres?)",
    ),
    cue(
        "payment_difficulty.fr.cash-tight",
        1.0,
        negatable=True,
        example="Notre trésorerie est très tendue en ce moment.",
        near_miss="Votre trésorerie est tendue, nous le comprenons.",
        pattern=(
        r"(?<!le )(?<!votre )\b(tresorerie|treso|finances|comptes?) (\w+ ){0,3}(tendue|difficile"
        r"|compliquee|serree|"
        r"a sec|a zero|vides?|dans le rouge)|probleme\w* de tresorerie|\bdecouvert\b"
        ),
    ),
    cue(
        "payment_difficulty.fr.instalments",
        1.0,
        negatable=True,
        example="Pouvons-nous régler en trois fois ?",
        near_miss="Pouvons-nous régler en une fois ?",
        pattern=(
        r"\bech[eé]ancier|\bechelonn\w*|\betal(er|ement|ons|ez)\b|\ben (plusieurs|deux|trois|"
        r"quatre|\d) (fois|mensualites|versements|echeances)|\bmensualites\b|paiements? partiels?"
        r"|\bpremier versement|\b\d+ ?(€|euros?|eur)? par mois|\ble (reste|solde) (en|le mois|"
        r"a la fin|plus tard|dans)"
        ),
    ),
    cue(
        "payment_difficulty.fr.more-time",
        1.0,
        negatable=True,
        example="Pourriez-vous nous accorder un délai ?",
        near_miss="Nous n'avons pas besoin de délai.",
        pattern=(
        r"\b(delai|report) supplementaire|\b(un|d'un|du|petit|nouveau|quelques) (delai|report) de "
        r"(paiement|reglement)\b(?! par)|\b(reporter|"
        r"decaler|differer) (le|notre|mon|ce) (paiement|reglement)|\b(accorder|accordez|obtenir|"
        r"beneficier d'|laisser|laissez|donner)\w* (\w+ ){0,2}(delai|temps|sursis)"
        ),
    ),
    cue(
        "payment_difficulty.fr.insolvency",
        1.0,
        negatable=True,
        example="La société est en redressement judiciaire depuis mars.",
        near_miss="La société est sortie de la procédure collective.",
        pattern=(
        r"\bredressement judiciaire|\bliquidation|\bprocedure de sauvegarde|\bconciliation\b"
        r"|\bplan de continuation|\bcessation de paiements?|\bmandataire judiciaire"
        ),
    ),
    cue(
        "payment_difficulty.fr.waiting-clients",
        1.0,
        negatable=True,
        example="Nous attendons le paiement de nos clients.",
        near_miss="Nous attendons le passage de votre technicien.",
        pattern=(
        r"\b(nous|je|on) (attendons|attends|attend) (nous-memes |moi-meme )?(le|les|qu'un|que "
        r"(notre|nos|mon|mes)) ?(paiement|reglement|virement)?s? ?(de|d'un|d'une|des)? ?(notre|"
        r"nos|mon|mes)? ?clients?"
        ),
    ),
    cue(
        "payment_difficulty.fr.clients-unpaid",
        1.0,
        negatable=True,
        example="Je vous réglerai quand mes clients me paieront.",
        near_miss="Mes clients me paient toujours à temps.",
        pattern=(
        r"\bquand (mes|nos) clients (me|nous) (paieront|payeront|regleront)|\bclients? (ne )?"
        r"(m'a|nous a|m'ont|nous ont) (pas|toujours pas|jamais) (encore )?(paye|regle)|\bimpayes "
        r"de (nos|mes) clients"
        ),
    ),
    cue(
        "payment_difficulty.fr.bank-blocked",
        1.0,
        negatable=True,
        example="Notre banque a bloqué le compte.",
        near_miss="Notre banque a débloqué le compte.",
        pattern=r"\b(banque|compte) (a )?(bloque|gele)|\bbloque les paiements|\binterdit bancaire",
    ),
    cue(
        "payment_difficulty.fr.grant-not-paid",
        1.0,
        negatable=True,
        example="Subvention de la région toujours pas versée.",
        near_miss="Subvention de la région versée hier.",
        pattern=(
        r"\b(subvention|dotation|financement|levee de fonds)s? (\w+ ){0,4}(pas|toujours pas|"
        r"jamais) (encore )?(arrivee?|versee?|recue?)"
        ),
    ),
    cue(
        "payment_difficulty.fr.no-income",
        1.0,
        negatable=True,
        example="Aucune rentrée ce mois-ci.",
        near_miss="De belles rentrées ce mois-ci.",
        pattern=(
        r"\b(aucune|pas de|peu de) rentrees?|\bmoins de recettes|\ba du mal\b|\bcoute une fortune"
        ),
    ),
    cue(
        "payment_difficulty.fr.please-wait",
        1.0,
        negatable=True,
        example="Pouvez-vous patienter jusqu'au 15 ?",
        near_miss="Inutile de patienter, c'est réglé.",
        pattern=(
        r"\b(pouvez-vous|pourriez-vous|merci de|pourrez-vous|accepteriez-vous de) (encore )?"
        r"patienter|\bproposons de (regler|payer)|\bpourrai(s|t)?-?(je|on)? (vous )?(payer|regler) "
        r"(en|par)\b"
        ),
    ),
    cue(
        "payment_difficulty.fr.cannot-pay",
        1.0,
        negatable=False,
        example="Nous ne pouvons pas vous payer ce mois-ci.",
        near_miss="Nous pouvons vous payer ce mois-ci.",
        pattern=(
        r"\b(ne|n') ?(pouvons|pourrons|peux|pourrai|pourrions|sommes|suis|pourra|peut) (pas|"
        r"plus|rien|malheureusement pas) (\w+ ){0,2}(en mesure de )?(vous |la |le |les )?(payer|"
        r"regler|honorer|faire face|solder)"
        ),
    ),
    cue(
        "payment_difficulty.fr.only-later",
        1.0,
        negatable=False,
        example="Nous ne pourrons régler qu'en fin de mois.",
        near_miss="Nous ne pourrons régler qu'à réception de la facture.",
        pattern=(
        r"\b(ne|n') ?(pourrons|pourrai|pouvons|peux|pourra|peut|pourront|peuvent) (\w+ )?(payer|"
        r"regler|vous regler|vous payer|solder|honorer) ((votre|la|cette|vos|les|ces) \w+ )?"
        r"qu(?!e (su"
        r"r|par|via|contre)\b|'(a|sur) (reception|presentation))"
        ),
    ),
    cue(
        "payment_difficulty.fr.unable",
        1.0,
        negatable=False,
        example="Nous sommes dans l'impossibilité de payer.",
        near_miss="Nous sommes dans l'impossibilité de vous joindre.",
        pattern=r"\b(dans l'impossibilite|pas en mesure|hors d'etat) de (payer|regler|honorer)",
    ),
    cue(
        "payment_difficulty.fr.half-now",
        1.0,
        negatable=False,
        example="Je peux verser la moitié maintenant et le reste en mars.",
        near_miss="Je verse la totalité maintenant.",
        pattern=(
        r"\b(la moitie|une partie|un acompte|\d+ ?(€|euros?)?) (maintenant|tout de suite|des "
        r"(maintenant|aujourd'hui)|ce mois-ci) et (le reste|le solde|l'autre moitie|la suite)"
        ),
    ),
    cue(
        "payment_difficulty.fr.month-more",
        1.0,
        negatable=False,
        example="Il me faudrait un mois de plus.",
        near_miss="Il me faudrait un mois de préavis.",
        pattern=(
        r"\b(payes|regles) par (nos|mes|notre|mon) clients?|\b(un mois|une semaine|quelques (jours"
        r"|semaines|mois)|\w+ (jours|semaines|mois)) de plus|\b(delai|temps) supplementaire"
        ),
    ),
    cue(
        "payment_difficulty.fr.no-means",
        1.0,
        negatable=False,
        example="Je n'ai pas les moyens en ce moment.",
        near_miss="Je n'ai pas les coordonnées en ce moment.",
        pattern=r"\bpas les moyens\b|\b(payer|regler) (\w+ ){0,2}pas avant\b",
    ),
    cue(
        "payment_difficulty.fr.hint",
        0.5,
        negatable=True,
        example="Je suis au chômage depuis mars.",
        near_miss="Je ne suis plus au chômage depuis mars.",
        pattern=(
        r"\bplus tard\b|\bchomage\b|\bsans revenus?\b|\barret maladie|\bun peu de temps\b|\bsouci"
        r"s? d'argent|\btresorerie\b|\bsous l'eau\b"
        ),
    ),
)
# fmt: on
