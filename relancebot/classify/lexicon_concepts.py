"""Cues built from concepts that meet in one clause, written as stems, both languages.

Where lexicon_fr/lexicon_en list ways of speaking, these cues pair two families of words
within one clause ([^.;!?\\n] gaps): a PAYMENT noun + a PAST event ("le chèque a été déposé",
"this went out via Wise"), a PAYMENT act + a DATE to come ("passe le virement vendredi"), an
AMOUNT + a NEGATIVE state ("le prix n'est pas celui de l'offre"), a PAYMENT + a CONDITION on a
repair or a credit note ("happy to pay once the fixes are live"). Families are open lists of
stems, so unseen inflections and synonyms still meet.
"""

from __future__ import annotations

from relancebot.classify.cue import Group, group

GAP = r"[^.;!?\n]{0,50}"
PAY_NOUN = (
    r"(?:virements?|paiements?|reglements?|cheques?|versements?|transferts?|prelevements?|lcr|money"
    r"|traites?|payments?|transfers?|wires?|checks?|remittances?|funds|fonds)"
)
PAST_EVENT = (
    r"(?:\b(?:(?:est|sont|a|ont|etait|avait) (?:bien |deja )?(?:ete )?|(?:has been|have been|was"
    r"|were|went|is) (?:already )?)(?:parti[st]?|passe|effectue|execute|emis|envoye|debite"
    r"|encaisse|depose|re"
    r"mis"
    r"|poste|vire|realise|traite|donne|out|sent|made|done|executed|processed|debited"
    r"|cleared|issued|mailed|posted|released|initiated|through)e?s?\b"
    r"|\bwent out\b|\bleft (?:our|the) (?:account|bank)|should(?: have|'ve) (?:landed|arrived|"
    r"reached|cleared|come through|been received))"
)
PAY_VERB = r"(?:pa(?:y|i)\w*|regl\w*|settl\w*|vir\w*|sold\w*)"
FIX_EVENT = (
    r"(?:fix\w*|repair\w*|correct\w*|complet\w*|finish\w*|signed off|sorted|resolv\w*|live\b"
    r"|install\w*|repar\w*|corrig\w*|termin\w*|fini[es]?\b|rectifi\w*|refai\w*|remplac\w*"
    r"|replac\w*|avoir\b|note de credit|credit note|geste)"
)
CONDITION = (
    r"(?:once|when|after|until|as soon as|des que|une fois|quand|apres|tant que|lorsque|if|si"
    r"|on receipt of|a reception d[eu']?|des reception d[eu']?)"
)
AMOUNT = r"(?:montant|prix|tarif|total|somme|chiffre|price|amount|fee|figure|rate|cost)s?"
BAD_STATE = (
    r"(?:faux|fausse|errone\w*|incorrect\w*|pas (?:bon|juste|correct|le bon|celui|ce qui|"
    r"conforme)|wrong|not (?:right|correct|the one|what|as)|different\w*|ne correspond\w*"
    r"|doesn't match|does not match|too high|trop (?:eleve|cher)|excessi\w*|gonfle)"
)
AGREED = r"(?:devis|offre|quote|quotation|offer|fixed fee|forfait|agreed|convenu|valide)"
MONEY = r"\d[\d ,.']*(?:\s?(?:€|eur|euros?|k|ht|ttc|\+ ?vat|plus vat))"

# fmt: off
MORE: list[Group] = [
    group("dispute", 1.0, True,
        r"\b(?:charged|billed|invoiced|compte|facture|factur\w*)\w* (?:us |me |nous )?"
        r"(?:for |pour )"
        r"?\d+ [^.;!?\n]{0,40}\b(?:but|only|mais|alors qu|il y en a eu|seulement|instead)",
        r"\brefus\w* (?:de |d')?(?:payer|regler|vous payer|vous regler|cette facture)",
    ),
    group("payment_difficulty", 1.0, True,
        r"\b(?:un peu |trop |assez |tres )?juste (?:ce mois|en ce moment|financierement|cette "
        r"semaine)|\b(?:ca|cela|it|this) (?:peut|pourrait|can|could) (?:il )?(?:attendre|wait)",
        r"\b\d+ ?(?:€|eur|euros?|£|\$)? (?:a|per|par) (?:week|month|semaine|mois)\b",
        r"\b(?:compte|account) (?:\w+ ){0,3}(?:frozen|gele|bloque|blocked)",
        r"\b(?:business|activite|trade|trading|sales) (?:\w+ ){0,3}dead\b",
        r"\b(?:can't|cannot|can not|unable to|not able to) (?:\w+ ){0,2}(?:payments?|pay)\b(?!\w*"
        r" (?:\w+ )?(?:outside|earlier|ahead|early|sooner|via|by email|through))",
    ),
    group("wrong_contact", 0.5, True,
        r"\bqui (?:gere|s'occupe de|traite|regle|handles|deals with|takes care of) "
        r"(?:les |ses |nos "
        r"|leurs |the |our |his |her |their )?(?:factures|paiements|comptabilite|invoices|payments"
        r"|accounts)",
        r"\b(?:mailbox|address|adresse|boite) (?:\w+ )?(?:is |est )?(?:only|uniquement|reserved|"
        r"reservee)|\b(?:is|are|est|sont) (?:at|reachable at|joignables? a|a l'adresse) [^@\s]+@",
    ),
    group("not_received", 1.0, False,
        r"\bnothing (?:has )?(?:came|come|arrived|was received|reached us)",
    ),
    group("promise_to_pay", 1.0, True,
        r"\b(?:you'll|you will) (?:have|get|receive) (?:it|them|the money|your money|payment|the "
        r"funds)",
    ),
]
CONCEPTS: list[Group] = [*MORE,
    # ---- already_paid: a payment noun and a past event in one clause -------------------------
    group("already_paid", 1.0, True,
        rf"(?<!mandat de )(?<!mandats de )\b{PAY_NOUN}{GAP}{PAST_EVENT}",
        r"\b(?:this|it|that|money)\s+(?:went out|was sent|has gone out|has been sent|left)\b"
        r"|\bshould(?: have|'ve) (?:landed|arrived|reached you|cleared|come through)|\bvous "
        r"(?:avez du|devriez l'avoir) (?:le |la )?recevoir",
        rf"\b(?:make|made|did|done|fait|effectue)\w* (?:the |le |la |our |notre )?{PAY_NOUN}"
        r"[^.;!?\n]{0,30}\b(?:past|last|ago|yesterday|hier|avant-hier|dernier|derniere)\b",
        r"\b(?:compte|account) (?:a ete |has been |was )?debite|\b(?:payee?|regle|paid|settled)"
        r" (?:en |in )?(?:especes|liquide|cash)\b|\bjustifi?cant\b",
        r"\b(?:facture|invoice)s? (?:est |a ete |ont ete |sont |bien |deja |was |has been |is "
        r"|already )*(?:soldee|acquittee|paid|settled)\b",
        r"\b(?:est|sont|a ete|ont ete) (?:bien |deja )?(?:regle|payee?|acquitte)e?s? (?:depuis|le "
        r"\d+\b|par|en date)",
        r"\b(?:vous avez (?:du|certainement|surement) (?:le |la )?recevoir|you should (?:have|"
        r"now have) (?:received|got))",
    ),
    # ---- promise_to_pay: a payment act and a time to come -----------------------------------
    group("promise_to_pay", 1.0, True,
        r"\b(?:passe|fait|lance|envoie|programme|planifie|prepare|effectue|vire|depose|poste)"
        rf"\w* (?:le |un |son |notre |votre |les )?{PAY_NOUN}[^.;!?\n]{{0,40}}\b(?:demain|lundi"
        r"|mardi|mercredi|jeudi|vendredi|samedi|cette semaine|semaine prochaine|le \d|pour le"
        r"|au plus tard|d'ici|fin|prochain\w*|avant|tomorrow|next|this week|by)\b",
        r"\b(?:you|vous) (?:should|will|devriez|allez|recevrez|receive)\w* (?:receive |recevoir "
        r"|get |have )?(?:the |your |le |les |vos )?(?:funds|payment|money|fonds|paiement|"
        r"virement|reglement)",
        r"\b(?:approved|validated|passed|submitted|sent|forwarded|transmise?|validee?|passee?)"
        r"(?: \w+){0,5} (?:for|to|pour) (?:payment|paiement|mise en paiement)",
        r"\b(?:next|prochaine?s?) (?:\w+ )?(?:run|batch|cycle|remise|campagne|vague|serie) "
        r"(?:de (?:virements|paiements|reglements))?|\bon the (?:list|batch|run) for",
        r"\b(?:'ll|will|gonna) sort (?:it|this|that)\b|\b(?:je|on) (?:vous )?(?:programme|planifie"
        r"|prepare|passe) (?:le |un )?virement",
    ),
    # ---- dispute: amount against agreement, conditions on a repair, wrong or cancelled -------
    group("dispute", 1.0, True,
        rf"\b{AMOUNT}{GAP}{BAD_STATE}",
        rf"\b{AGREED}[^\n]{{0,60}}{MONEY}[^\n]{{0,80}}\b(?:facture|invoice|factur\w*)\b"
        rf"[^.;!?\n]{{0,30}}{MONEY}",
        rf"\b{PAY_VERB}{GAP}\b{CONDITION}\b{GAP}{FIX_EVENT}",
        rf"\b{CONDITION}\b{GAP}{FIX_EVENT}{GAP}\b{PAY_VERB}",
        r"\b(?:attend\w*|wait\w*|prefer\w*)[^.;!?\n]{0,60}\b(?:avant de|before) (?:\w+ )?"
        rf"{PAY_VERB}|\bsort (?:this|it|that) (?:out )?before (?:i|we) {PAY_VERB}",
        r"\b(?:on|nous|je|j'|we|i|we're|i'm|we are|we have|compta|comptabilite) (?:\w+ ){0,2}(?:b"
        r"loqu\w*|suspend\w*|gel\w*|block\w*|hold\w*|withh\w*) (?:\w+ ){0,2}(?:le |la |les |the "
        r"|our )?(?:paiement|facture|reglement|payment|invoice)(?!\w* pending)",
        r"\bnote de credit",
        r"\b(?:arrived|came|delivered|sent|supplied|fitted|installed|livre\w*|envoye\w*) (?:\w+ "
        r"){0,3}(?:the |in the |with the )?wrong\b|\bwrong (?:fabric|colou?r|size|items?|goods|"
        r"products?|model|parts?|material|ones?|version)",
        r"\bendommag\w*|\b(?:ne )?(?:marche|fonctionne)n?t? (?:toujours |plus |pas )+|\b(?:still|"
        r"toujours) (?:\w+ )?(?:404|broken|not working|doesn't work|does not work|en panne|bugg)",
        r"\b(?:annul\w*|cancel\w*) (?:\w+ ){0,2}(?:commande|order|booking|contrat|contract|"
        r"abonnement|subscription)|\b(?:commande|order) (?:a ete |was |has been )?(?:annul|cancel)"
        r"|\b(?:pouvez|pourriez|can|could) (?:vous |you )?(?:l'annuler|cancel it)",
        r"\b(?:ne|n') ?(?:comprenons|comprends) (?:donc )?pas (?:cette|la|votre) facture|\b(?:do"
        r"n't|do not) understand (?:this|the|your) (?:invoice|bill)",
        r"\b(?:amended|corrected|revised|rectified|new) (?:\w+ )?invoice (?:with|showing|for the "
        r"correct)|\b(?:an|a) (?:amended|corrected|revised) (?:invoice|bill)",
        r"\b(?:il y a|there is|there's|there seems to be) (?:une |un |an |a )?(?:petite |grosse |sm"
        r"all |big )?(?:erreur|error|mistake)",
    ),
    group("dispute", 0.5, True, r"\b(?:clignot|bug)\w*|\bdepuis (?:la|le|"
          r"des|plusieurs) (?:premiere |premier )?(?:semaine|mois|jour)",
          r"\b(?:instead of|au lieu d[eu'])"),
    # ---- payment_difficulty: push back, split up, hard times ---------------------------------
    group("payment_difficulty", 1.0, True,
        r"\b(?:push|postpone|defer|delay|move|extend|hold)\w* (?:this|it|the|our|payment|back|off)"
        r"(?: \w+){0,2} (?:to|until|till|into)\b|\bgive (?:us|me) (?:till|until|a few|some|more)",
        r"\b(?:demand\w*|sollicit\w*|souhait\w*|besoin d') (?:un |du |d'un )?(?:petit |leger )?"
        r"(?:delai|report|sursis|echeancier|etalement)|\bdelai jusqu|\b(?:reporter|decaler|repous"
        r"ser|differer) (?:le |notre |mon |ce |la |l')?"
        r"(?:paiement|reglement|echeance|facture|virement)",
        r"\bin(?:to)? (?:two|three|four|several|2|3|4) (?:halves|parts|instal\w*|payments|chunks"
        r"|goes|lots|tranches)|\b(?:split|spread|break|divide|diviser|fractionner|decouper|etaler)"
        r"\w* (?:it |this |the \w+ |la facture |le paiement |le reglement |le montant )?(?:into|in|"
        r"en|over|sur) (?:two|three|\d|deux|trois|plusieurs|several|the next|les prochains)|\b(?:"
        r"la "
        r"moitie|moitie|half|50 ?%) (?:maintenant|now|today|aujourd'hui|ce mois|this month)|\ben "
        r"(?:deux|trois|quatre|plusieurs|\d) (?:parties|tranches|fois)",
        r"\b(?:situation|periode|annee|saison|recolte|ventes|activite|year|season|sales|trading"
        r"|harvest|times|mois|month|affaires|business|orders|commandes|quarter|trimestre)s? (?:\w+"
        r" ){0,3}(?:difficile|dur|catastroph\w*|compliquee?|mauvaise?s?|terrible|dreadful|bad|tough"
        r"|hard|difficult|slow|awful|poor|desastr\w*|calmes?|au ralenti|quiet|en baisse|a l'arret"
        r"|rough)",
        r"\b(?:bad|tough|hard|difficult|terrible|dreadful|awful|mauvaise|difficile|rude|sale|rough)"
        r" (?:\w+ )?(?:year|month|season|period|time|times|annee|periode|saison|situation|mois|"
        r"quarter|trimestre)",
        r"\b(?:pas|plus) (?:de quoi|les fonds pour|l'argent pour|assez d'argent pour) (?:vous )?"
        r"(?:payer|regler)|\b(?:clients?|customers?) (?:\w+ )?(?:hasn't|haven't|has not|have not|"
        r"didn't|did not|still hasn't) (?:yet )?paid (?:us|me)|\bbehind (?:with|on) (?:\w+ )?(?:"
        r"payments|everyone|bills|suppliers)",
        r"\bliquidit\w*|\bjuggling (?:\w+ ){0,2}(?:suppliers|bills|payments)|\bjongl\w*|\bfrozen"
        r" (?:all )?(?:\w+ ){0,2}(?:spend\w*|payments)|\bgel (?:des|de toutes les) (?:depenses"
        r"|paiements)|\bbetween funding|\b(?:unexpected|not expected|imprevu\w*) (?:\w+ )?(?:cos"
        r"ts|expenses|frais|depenses)|\bcosts not expected",
        r"\b(?:reglera|paiera|payera|reglerons|paierons|payerons|pay|settle)\w* (?:\w+ ){0,4}"
        r"(?:pas avant|not before|not until)",
    ),
    group("payment_difficulty", 0.5, True,
        r"\b(?:secheresse|inondations?|floods?|drought|incendie|degats? des eaux|water damage"
        r"|accident\w*|gr[eè]ve|strike)\b",
    ),
    # ---- wrong_contact: someone else handles it, write there ---------------------------------
    group("wrong_contact", 1.0, True,
        r"\b(?:adress\w*|envoy\w*|ecri\w*|transmet\w*|retransmet\w*|suivre|redirig\w*|rapproch"
        r"\w*|send|sent|write|email|e-mail|address\w*|direct\w*|forward\w*|submit\w*|reach)"
        r"[^@\n.]{0,80}\b(?:a|au|aux|to|vers|sur|at|de|aupres de)\b[^@\n]{0,45}@",
        r"\b(?:leur|lui|them|him|her) (?:adresser|ecrire|envoyer|transmettre|write|send|email)\b",
        r"\b(?:je ne suis plus|i am no longer|i'm no longer|je suis plus) (?!en mesure|"
        r"capable|solvable|en etat|sur|sure|certaine?|d'accord|able)(?:le |la |l')?\w+",
        r"\b(?:le |la |l')?nouve(?:au|lle|l) (?:\w+ )?(?:tresorier\w*|comptable|gestionnaire|"
        r"contact|interlocut\w*|responsable|assistante?|secretaire|president\w*) (?:est|sera)\b"
        r"|\bnew (?:\w+ )?(?:treasurer|bookkeeper|accountant|contact|manager|person) (?:is|will)",
    ),
    group("wrong_contact", 0.5, True,
        r"\b(?:gere|traite|administre|handled|managed|dealt with|administered|processed)e?s? "
        r"(?:\w+ ){0,2}(?:par|by) (?:notre|nos|la|le|l'|les|the|our|an?|their)",
        r"\breleve de (?:notre|la|leur|son|sa) |\b(?:vous rapprocher|prendre contact|get in touch"
        r"|reach out) ",
        r"\b(?:vous (?:avez )?ecri\w* a|you (?:have )?(?:written|wrote) to)\b",
        r"[\w.+-]+@[\w-]+\.[\w.]+",
    ),
    # ---- not_received: nothing arrived, not in the system, wrong or blocked file ------------
    group("not_received", 1.0, False,
        r"\b(?:j'ai|on a|nous avons|i have|we have|i've|we've|jai) (?:rien|jamais|nothing|never)"
        r" (?:\w+ )?(?:recu|eu|received|got|seen)",
        r"\b(?:ai|avons|a|ont|possedons|disposons) (?:donc |toujours |malheureusement |meme )?(?:"
        r"pas|jamais|aucune?) (?:de |d'|la |cette |votre |vos |les |ces |trace de (?:la |cette |"
        r"votre )?)?factures?\b",
        r"\b(?:don't|do not|didn't|did not) (?:\w+ )?(?:find|locate) (?:your|the|this|any|it)\b",
        r"\bn'y (?:figure|figurent|apparait|apparaissent) pas\b|\b(?:facture|invoice)s?\b[^.;!?\n]"
        r"{0,40}\bn'(?:est|a) pas (?:ete )?(?:enregistree?|referencee?|deposee?|saisie?) (?:dans|"
        r"sur|chez)|\b(?:pouvez|pourriez|merci de|veuillez)[ -](?:vous )?(?:la |le |les )?"
        r"(?:deposer|"
        r"redeposer)\b|\bproceder a (?:son|leur) depot|\bnot (?:registered|"
        r"recorded|listed|logged|on file) (?:in|on|with)",
        r"\b(?:pas la notre|not ours|not our invoice|envoyer la bonne|send (?:us |me )?the (?:rig"
        r"ht|correct) one)",
        r"\b(?:piece jointe|pj|fichier|attachment|zip|pdf)[^.;!?\n]{0,60}(?:bloque|blocked|quara"
        r"ntin\w*|supprim\w*|removed|stripped)",
        r"\b(?:envoy|send|adress|transmet)\w* (?:\w+ ){0,3}(?:en pdf|as a pdf|in pdf|au format pd"
        r"f)",
        r"\b(?:ne )?(?:peux|pouvons|arrive|arrivons|parviens) (?:toujours )?pas (?:a )?(?:l'|la |"
        r"le )"
        r"?(?:ouvrir|lire|telecharger|afficher)|\b(?:lien|link)s? (?:\w+ ){0,5}(?:ne marche|ne fonc"
        r"tionne|doesn't work|does not work|broken|expire|invalide|mort)",
    ),
]
# fmt: on
