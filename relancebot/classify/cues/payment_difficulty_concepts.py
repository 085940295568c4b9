"""Payment difficulty as families of stems, both languages: push back, split up, hard times,
no cash at all, a deferral, a vote to come.
"""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue
from relancebot.classify.cues.fragments import CLAUSE

# fmt: off
CUES: tuple[Cue, ...] = (
    cue(
        "payment_difficulty.any.short-this-month",
        1.0,
        negatable=True,
        example="C'est un peu juste ce mois-ci.",
        near_miss="C'est juste ce qu'il fallait.",
        pattern=(
        r"\b(?:un peu |trop |assez |tres )?juste (?:ce mois|en ce moment|financierement|cette "
        r"semaine)|\b(?:ca|cela|it|this) (?:peut|pourrait|can|could) (?:il )?(?:attendre|wait)"
        ),
    ),
    cue(
        "payment_difficulty.any.per-month",
        1.0,
        negatable=True,
        example="Je peux vous verser 100 € par mois.",
        near_miss="Je ne peux pas verser 100 € par mois.",
        pattern=r"\b\d+ ?(?:€|eur|euros?|£|\$)? (?:a|per|par) (?:week|month|semaine|mois)\b",
    ),
    cue(
        "payment_difficulty.any.account-frozen",
        1.0,
        negatable=True,
        example="Our account has been frozen.",
        near_miss="Our account has been unfrozen.",
        pattern=r"\b(?:compte|account) (?:\w+ ){0,3}(?:frozen|gele|bloque|blocked)",
    ),
    cue(
        "payment_difficulty.en.trade-dead",
        1.0,
        negatable=True,
        example="Business is dead since the roadworks.",
        near_miss="Business is busy since the roadworks.",
        pattern=r"\b(?:business|activite|trade|trading|sales) (?:\w+ ){0,3}dead\b",
    ),
    cue(
        "payment_difficulty.en.cannot-make-payments",
        1.0,
        negatable=True,
        example="We cannot make payments until the bank reopens.",
        near_miss="We cannot make payments via the portal.",
        pattern=(
        r"\b(?:can't|cannot|can not|unable to|not able to) (?:\w+ ){0,2}(?:payments?|pay)\b(?!\w*"
        r" (?:\w+ )?(?:outside|earlier|ahead|early|sooner|via|by email|through))"
        ),
    ),
    # ---- payment_difficulty: push back, split up, hard times ---------------------------------
    cue(
        "payment_difficulty.en.push-back",
        1.0,
        negatable=True,
        example="Could we push this back to January?",
        near_miss="Could we move on to the next item?",
        pattern=(
        r"\b(?:push|postpone|defer|delay|move|extend|hold)\w* (?:this|it|the|our|payment|back|off)"
        r"(?: \w+){0,2} (?:to|until|till|into)\b|\bgive (?:us|me) (?:till|until|a few|some|more)"
        ),
    ),
    cue(
        "payment_difficulty.fr.ask-delay",
        1.0,
        negatable=True,
        example="Je sollicite un délai de paiement.",
        near_miss="Je sollicite un rendez-vous.",
        pattern=(
        r"\b(?:demand\w*|sollicit\w*|souhait\w*|besoin d') (?:un |du |d'un )?(?:petit |leger )?"
        r"(?:delai|report|sursis|echeancier|etalement)|\bdelai jusqu|\b(?:reporter|decaler|repous"
        r"ser|differer) (?:le |notre |mon |ce |la |l')?"
        r"(?:paiement|reglement|echeance|facture|virement)"
        ),
    ),
    cue(
        "payment_difficulty.any.split",
        1.0,
        negatable=True,
        example="Can we split it into three payments?",
        near_miss="Can we split the delivery between two sites?",
        pattern=(
        r"\bin(?:to)? (?:two|three|four|several|2|3|4) (?:halves|parts|instal\w*|payments|chunks"
        r"|goes|lots|tranches)|\b(?:split|spread|break|divide|diviser|fractionner|decouper|etaler)"
        r"\w* (?:it |this |the \w+ |la facture |le paiement |le reglement |le montant )?(?:into|in|"
        r"en|over|sur) (?:two|three|\d|deux|trois|plusieurs|several|the next|les prochains)|\b(?:"
        r"la "
        r"moitie|moitie|half|50 ?%) (?:maintenant|now|today|aujourd'hui|ce mois|this month)|\ben "
        r"(?:deux|trois|quatre|plusieurs|\d) (?:parties|tranches|fois)"
        ),
    ),
    cue(
        "payment_difficulty.any.hard-times",
        1.0,
        negatable=True,
        example="Sales have been slow this winter.",
        near_miss="Sales have been strong this winter.",
        pattern=(
        r"\b(?:situation|periode|annee|saison|recolte|ventes|activite|year|season|sales|trading"
        r"|harvest|times|mois|month|affaires|business|orders|commandes|quarter|trimestre)s? (?:\w+"
        r" ){0,3}(?:difficile|dur|catastroph\w*|compliquee?|mauvaise?s?|terrible|dreadful|bad|tough"
        r"|hard|difficult|slow|awful|poor|desastr\w*|calmes?|au ralenti|quiet|en baisse|a l'arret"
        r"|rough)"
        ),
    ),
    cue(
        "payment_difficulty.any.bad-season",
        1.0,
        negatable=True,
        example="It has been a tough year.",
        near_miss="It has been a great year.",
        pattern=(
        r"\b(?:bad|tough|hard|difficult|terrible|dreadful|awful|mauvaise|difficile|rude|sale|rough)"
        r" (?:\w+ )?(?:year|month|season|period|time|times|annee|periode|saison|situation|mois|"
        r"quarter|trimestre)"
        ),
    ),
    cue(
        "payment_difficulty.any.customers-owe-us",
        1.0,
        negatable=True,
        example="Our biggest customer still hasn't paid us.",
        near_miss="Our biggest customer paid us last week.",
        pattern=(
        r"\b(?:pas|plus) (?:de quoi|les fonds pour|l'argent pour|assez d'argent pour) (?:vous )?"
        r"(?:payer|regler)|\b(?:clients?|customers?) (?:\w+ )?(?:hasn't|haven't|has not|have not|"
        r"didn't|did not|still hasn't) (?:yet )?paid (?:us|me)|\bbehind (?:with|on) (?:\w+ )?(?:"
        r"payments|everyone|bills|suppliers)"
        ),
    ),
    cue(
        "payment_difficulty.any.cash-squeeze",
        1.0,
        negatable=True,
        example="Nous manquons de liquidités.",
        near_miss="Nous ne manquons pas de liquidités.",
        pattern=(
        r"\bliquidit\w*|\bjuggling (?:\w+ ){0,2}(?:suppliers|bills|payments)|\bjongl\w*|\bfrozen"
        r" (?:all )?(?:\w+ ){0,2}(?:spend\w*|payments)|\bgel (?:des|de toutes les) (?:depenses"
        r"|paiements)|\bbetween funding|\b(?:unexpected|not expected|imprevu\w*) (?:\w+ )?(?:cos"
        r"ts|expenses|frais|depenses)|\bcosts not expected"
        ),
    ),
    cue(
        "payment_difficulty.any.not-before",
        1.0,
        negatable=True,
        example="On paiera pas avant fin janvier.",
        near_miss="On paiera avant fin janvier.",
        pattern=(
        r"\b(?:reglera|paiera|payera|reglerons|paierons|payerons|pay|settle)\w* (?:\w+ ){0,4}"
        r"(?:pas avant|not before|not until)"
        ),
    ),
    cue(
        "payment_difficulty.any.disaster",
        0.5,
        negatable=True,
        example="La sécheresse a détruit la récolte.",
        near_miss="Pas de sécheresse cette année.",
        pattern=(
        r"\b(?:secheresse|inondations?|floods?|drought|incendie|degats? des eaux|water damage"
        r"|accident\w*|gr[eè]ve|strike)\b"
        ),
    ),
    # ---- a difficulty: no cash at all, proposes a later month, asks to wait ------------------
    cue(
        "payment_difficulty.any.no-cash",
        1.0,
        negatable=False,
        example="Nous n'avons plus de trésorerie.",
        near_miss="Nous avons de la trésorerie.",
        pattern=(
        r"\b(?:pas de|pas d'|plus de|plus d'|aucune?|sans|zero|no|not any|out of) (?:\w+ )?"
        r"(?:tresorerie|liquidites|argent|cash|money|funds)\b"
        r"(?! (?:\w+ )?(?:received|recu|arrive))"
        ),
    ),
    cue(
        "payment_difficulty.any.empty-coffers",
        1.0,
        negatable=False,
        example="Les caisses sont vides.",
        near_miss="Les caisses sont pleines.",
        pattern=(
        r"\b(?:caisse|caisses|compte|comptes|coffers|account|accounts|bank account)s? (?:\w+ ){0,3}"
        r"(?:vides?|empty|a sec|dry)\b"
        ),
    ),
    cue(
        "payment_difficulty.any.propose-later",
        1.0,
        negatable=True,
        example="Je vous propose de régler en janvier.",
        near_miss="Je vous propose de régler en une fois.",
        pattern=(
        r"\b(?:propos|sugger|suggest|offer|propose)\w* (?:de |d'|to )?(?:vous )?(?:regler|payer|so"
        r"lder|verser|pay|paying|settle|settling)\b(?: \w+){0,3} (?:en|a partir|fin|debut|apres|"
        r"dans|d'ici|le mois|courant|mi|in|from|after|next|end|over)\b(?! (?:une fois|ligne|espe"
        r"ces|liquide|cheque|virement|cash|full|one go|totalite))"
        ),
    ),
    cue(
        "payment_difficulty.any.have-to-wait",
        1.0,
        negatable=True,
        example="Vous devrez attendre la fin du mois.",
        near_miss="Vous n'aurez pas à attendre.",
        pattern=(
        r"\b(?:will|'ll) have to wait\b|\b(?:devra|devrez|faudra|va devoir|allez devoir) (?:encore"
        r" )?(?:attendre|patienter)\b"
        ),
    ),
    cue(
        "payment_difficulty.any.be-patient",
        1.0,
        negatable=True,
        example="Could you please bear with us?",
        near_miss="Thank you for bearing with us.",
        pattern=(
        r"\b(?:vous )?(?:pouvez|pourriez|pourrez|accepter|accepteriez)(?:-vous)? (?:de )?(?:encore"
        r" |un peu )?patienter|\b(?:can|could) you (?:please )?(?:bear with us|hold off|be "
        r"patient)"
        ),
    ),
    # ---- payment difficulty: a deferral asked for, short-time work --------------------------
    cue(
        "payment_difficulty.any.deferral",
        1.0,
        negatable=True,
        example="Nous sommes en chômage partiel.",
        near_miss="Nous ne sommes plus en chômage partiel.",
        pattern=(
        r"\b(?:deferr\w*|deferment|postponement|respite|grace period|forbearance|payment holiday"
        r"|short[- ]time work\w*|kurzarbeit|chomage partiel|activite partielle|furlough\w*)\b"
        ),
    ),
    # ---- cannot now, "leave me until", part on a day and the rest later ------------------
    cue(
        "payment_difficulty.fr.cannot-now",
        1.0,
        negatable=True,
        example="Je ne peux pas pour l'instant.",
        near_miss="Je ne peux pas venir lundi.",
        pattern=(
        r"\b(?:je|on|nous) (?:ne )?(?:peux|peut|pouvons) (?:pas|plus)(?: tout (?:regler|payer))?"
        r"(?=\s*[.!,;\n]|\s*$| (?:tout|pour l'instant|pour le moment|en ce moment|maintenant|ce m"
        r"ois)\b)|\blaissez[- ](?:moi|nous) (?:jusqu|un peu|quelques|le temps|encore)"
        ),
    ),
    cue(
        "payment_difficulty.any.not-in-one-go",
        1.0,
        negatable=True,
        example="Régler 4 000 € d'un coup, c'est impossible.",
        near_miss="Je règle en deux fois.",
        pattern=r"\b(?:d'un coup|en une (?:seule )?fois|in one go|all at once|in one payment)\b",
    ),
    cue(
        "payment_difficulty.any.part-now-rest-later",
        1.0,
        negatable=True,
        example="Je vous verse 300 € vendredi et le reste fin du mois.",
        near_miss="Je vous verse 300 € vendredi.",
        pattern=(
        r"\b\d+ ?(?:€|e|eur|euros?|£|\$)? (?:\w+ ){0,2}(?:lundi|mardi|mercredi|jeudi|vendredi|dem"
        r"ain|ce mois|cette semaine|maintenant|now|today|monday|tuesday|wednesday|thursday|friday|"
        r"this week|this month|le \d+) (?:et|and) (?:le reste|le solde|the rest|the balance|the "
        r"remainder)"
        ),
    ),
    # ---- a public body: a vote to come; a payment only after something --------------------
    cue(
        "payment_difficulty.any.budget-not-voted",
        1.0,
        negatable=True,
        example="Les crédits ne sont pas encore ouverts.",
        near_miss="Les crédits sont ouverts.",
        pattern=(
        r"\b(?:credits|budget)s? (?:\w+ ){0,3}(?:pas encore|not yet|ne sont pas) (?:\w+ )?(?:ouv"
        r"erts?|votes?|approved|voted)|\b(?:vote|voter|adoption) (?:\w+ ){0,3}(?:du |d'un |le |"
        r"une )?(?:budget|decision modificative)"
        ),
    ),
    cue(
        "payment_difficulty.any.only-after",
        1.0,
        negatable=True,
        example="Le paiement ne pourra intervenir qu'après le vote.",
        near_miss="Le paiement pourra intervenir dès demain.",
        pattern=(
        r"\b(?:paiement|reglement|payment|virement|facture)s? (?:ne )?(?:pourra|peut|pourront|"
        r"sera|can|cannot|can't|will) (?:\w+ ){0,2}(?:intervenir|se faire|etre \w+|partir|be "
        r"\w+|go out)? ?(?:qu'apres|only after|not before|qu'a partir)"
        ),
    ),
    cue(
        "payment_difficulty.any.bad-season-words",
        1.0,
        negatable=True,
        example="L'hiver a été catastrophique.",
        near_miss="L'hiver a été excellent.",
        pattern=(
        r"\b(?:l'ete|cet ete|l'hiver|cet hiver|le printemps|l'automne|summer|winter|spring|autumn)"
        rf"\b{CLAUSE}{{0,30}}\b(?:catastroph\w*|terrible|dur|difficile|horrible|awful|dreadful|"
        r"quiet|calme|mort|dead|slow)"
        ),
    ),
    cue(
        "payment_difficulty.any.can-you-wait",
        1.0,
        negatable=True,
        example="Pouvez-vous attendre encore un peu ?",
        near_miss="Inutile d'attendre.",
        pattern=(
        r"\b(?:vous )?(?:pouvez|pourriez|pourrez)(?:-vous)? (?:encore )?attendre (?:un peu|encore"
        r"|quelques|jusqu|la fin|le mois|\w+ semaines?)|\b(?:give|grant|allow) (?:us|me) (?:\d+"
        r"|two|three|four) (?:more )?(?:days|weeks|months)\b|\ben berne\b"
        ),
    ),
)
# fmt: on
