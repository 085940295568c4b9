"""French ways of contesting: the amount, the work, the order, the debtor."""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue

# fmt: off
CUES: tuple[Cue, ...] = (
    # ---- dispute: contests the amount, the work, the order, the debtor --------------------------
    cue(
        "dispute.fr.contest",
        1.0,
        negatable=True,
        example="Nous contestons le montant de cette facture.",
        near_miss="Nous ne contestons pas le montant de cette facture.",
        pattern=(
        r"\bcontest\w*|\blitig(?!\w* avec (un|une|nos|notre|mon|ma|des|l'un de nos|certains) (\w+"
        r" )?"
        r"(clients?|fournisseurs?|locataires?|assureurs?|banques?))|\bdesaccord\b|\breclamation\b"
        r"|\bmalfacon|\bnon[- ]conforme"
        ),
    ),
    cue(
        "dispute.fr.error-on-invoice",
        1.0,
        negatable=True,
        example="Il y a une erreur dans le montant.",
        near_miss="Il n'y a aucune erreur dans le montant.",
        pattern=(
        r"\bpas d'accord\b|\berron\w*|\berreurs? (sur|dans|de) (la |votre |le |cette |vos |l')?"
        r"(tva|facture|montant|facturation|prix|quantite|calcul|taux)"
        ),
    ),
    cue(
        "dispute.fr.amount-wrong",
        1.0,
        negatable=True,
        example="Le montant indiqué est faux.",
        near_miss="Le montant indiqué est juste.",
        pattern=(
        r"\b(montant|prix|tarif|quantite|nombre d'heures|taux|total)s? (\w+ ){0,4}"
        r"(faux|fausse|incorrecte?|errone|excessi[fv]e?|surevalue|trop eleve)"
        ),
    ),
    cue(
        "dispute.fr.credit-note",
        1.0,
        negatable=True,
        example="Merci de nous faire un avoir pour la remise oubliée.",
        near_miss="Je pense l'avoir reçue hier.",
        pattern=(
        r"\b(un|d'un|l'|votre|notre|cet|le|de l'|par) avoir\b(?! (ete|eu|recu|regle|paye|fait|"
        r"envoye|vu|besoin))"
        ),
    ),
    cue(
        "dispute.fr.defective",
        1.0,
        negatable=True,
        example="Le chauffe-eau livré est défectueux.",
        near_miss="Le chauffe-eau livré n'est pas défectueux.",
        pattern=r"\b(inacheve|inachevee|defectueu\w*|malfacon\w*|vice cache)",
    ),
    cue(
        "dispute.fr.billed-twice",
        1.0,
        negatable=True,
        example="Cette intervention nous a déjà été facturée.",
        near_miss="Cette intervention ne nous a pas encore été facturée.",
        pattern=(
        r"\bdeja (ete )?factur|\ben double\b|\b(facture|factures|facturez|facturee?)s? "
        r"(\w+ ){0,3}deux fois(?<!en deux fois)|\bdouble facturation"
        ),
    ),
    cue(
        "dispute.fr.not-agreed",
        1.0,
        negatable=True,
        example="Vous avez posé un carrelage beige, pas ce que nous avions commandé.",
        near_miss="Vous avez posé le carrelage beige, ce que nous avions commandé.",
        pattern=(
        r"\bpas (ce qui|ce que nous avions|ce qu'on avait) (etait )?(convenu|prevu|commande)"
        ),
    ),
    cue(
        "dispute.fr.correct-invoice",
        1.0,
        negatable=True,
        example="Merci de corriger la facture.",
        near_miss="Nous allons corriger notre fichier clients.",
        pattern=(
        r"\bfacture (rectificative|corrigee|modifiee|rectifiee)|\b(refaire|corriger|rectifier|"
        r"revoir|modifier|reediter|annuler) (la|votre|cette|l'une des deux|ma|notre)(?! (suivi|fi"
        r"chier|"
        r"relances?|comptabilite|systeme|logiciel|base|dossier|adresse|mail)\b)( \w+)?"
        r" ?(facture|facturation)?\b|\bmerci de (corriger|rectifier)"
        ),
    ),
    cue(
        "dispute.fr.cancelled",
        1.0,
        negatable=True,
        example="Cette commande a été annulée par téléphone le 3 mai.",
        near_miss="La commande n'a pas été annulée.",
        pattern=(
        r"\b(annulee?s?|resiliee?s?) (par|le|des|depuis|et remplacee)|\bcommande (a ete |est )?"
        r"annulee"
        ),
    ),
    cue(
        "dispute.fr.discount-missing",
        1.0,
        negatable=True,
        example="La remise de 10 % n'apparaît pas sur la facture.",
        near_miss="La remise de 10 % apparaît bien sur la facture.",
        pattern=(
        r"\b(remise|reduction|acompte|geste commercial|ristourne)s? ([\w%'.,-]+\s+){0,8}"
        r"(n'apparai|n'apparait|oubli|pas (ete )?deduit|manque|absente?)"
        ),
    ),
    cue(
        "dispute.fr.redo-it",
        1.0,
        negatable=True,
        example="Pouvez-vous nous la refaire avec le bon taux ?",
        near_miss="Pouvez-vous nous la refaire parvenir ?",
        pattern=(
        r"\b(nous |me )?(la|les) (refaire|corriger|rectifier|reediter|modifier)\b(?! (parvenir|pa"
        r"sser|suivre))"
        r"|\balors que (la|votre|cette|le) (facture|devis|offre|commande)"
        ),
    ),
    cue(
        "dispute.fr.ignores",
        1.0,
        negatable=True,
        example="Votre facture ne tient pas compte de l'acompte versé.",
        near_miss="Votre facture tient bien compte de l'acompte versé.",
        pattern=r"\b(ne tient|ne tenez|ne tiennent|pas tenu) (pas )?compte (de|du|des)",
    ),
    cue(
        "dispute.fr.quote-said",
        1.0,
        negatable=True,
        example="Le devis indiquait 1 200 € pour la pose.",
        near_miss="Le devis indique 1 200 € pour la pose.",
        pattern=(
        r"\b(devis|offre|bon de commande|contrat)( signee?| acceptee?)? (indiquait|prevoyait|"
        r"mentionnait|disait|stipulait|etait de)|\bpas (prevu|inclus|compris)e?s? dans (votre|"
        r"le|notre|l') (devis|offre|contrat|commande)|\bhors devis"
        ),
    ),
    cue(
        "dispute.fr.added-though",
        1.0,
        negatable=True,
        example="Vous avez ajouté le déplacement alors qu'il était offert.",
        near_miss="Vous avez ajouté le déplacement, comme prévu.",
        pattern=r"\b(ajoute|applique|factur\w*|compte|rajoute)e?s? (\w+ ){0,8}alors qu",
    ),
    cue(
        "dispute.fr.more-than-quote",
        1.0,
        negatable=True,
        example="Le total est supérieur à celui du devis.",
        near_miss="Le total est conforme à celui du devis.",
        pattern=(
        r"\bet non (de |pas )?\d|\b(superieur|plus eleve|plus cher|different|differe)\w* (a|de|du)"
        r" (celui du |celui de |ce qui etait |notre |votre |le )?(devis|offre|commande|prevu|"
        r"convenu|annonce)"
        ),
    ),
    cue(
        "dispute.fr.not-ours",
        1.0,
        negatable=True,
        example="Je ne reconnais pas cette commande.",
        near_miss="Je reconnais bien cette commande.",
        pattern=(
        r"\b(je|nous) ne (reconnais|reconnaissons) pas|\berreur de (client|destinataire|"
        r"personne|societe)"
        ),
    ),
    cue(
        "dispute.fr.why-charged",
        1.0,
        negatable=True,
        example="Pourquoi vous nous facturez le déplacement ?",
        near_miss="Vous nous facturez le déplacement, comme convenu.",
        pattern=r"\b(pourquoi|comment) vous (nous |me )?(la |le |les )?facturez",
    ),
    cue(
        "dispute.fr.deduct",
        1.0,
        negatable=True,
        example="Nous allons déduire la franchise du montant.",
        near_miss="Nous n'allons rien déduire.",
        pattern=r"\b(deduir\w*|retenir|retiendrons|retenu|decompter)\b",
    ),
    cue(
        "dispute.fr.overcharged",
        1.0,
        negatable=True,
        example="C'est trop cher pour une simple vidange.",
        near_miss="Ce n'est pas trop cher pour une simple vidange.",
        pattern=r"\b(sur|trop )factur\w*|\btrop cher\b|\bsurcout",
    ),
    cue(
        "dispute.fr.does-not-match",
        1.0,
        negatable=False,
        example="Le montant ne correspond pas au devis.",
        near_miss="Le montant correspond au devis.",
        pattern=r"\b(ne|n') ?(correspond|correspondent) (pas|plus|en rien)",
    ),
    cue(
        "dispute.fr.not-finished",
        1.0,
        negatable=False,
        example="Les travaux ne sont pas terminés.",
        near_miss="Les travaux sont terminés depuis lundi.",
        pattern=(
        r"\b(ne|n') ?(sont|est|etaient|a|ont) (pas|toujours pas|jamais) (ete )?(termine|finis?"
        r"|acheve|livre|realise|conforme|correct|fait|commande|installe|pose|repare)"
        ),
    ),
    cue(
        "dispute.fr.still-unfinished",
        1.0,
        negatable=False,
        example="Chantier toujours pas terminé.",
        near_miss="Chantier terminé hier.",
        pattern=(
        r"\b(pas|jamais|toujours pas) (encore )?(termine|fini|acheve|livre|realise|pose|"
        r"installe|repare)s?e?s?\b(?! de (payer|regler))"
        ),
    ),
    cue(
        "dispute.fr.never-happened",
        1.0,
        negatable=False,
        example="Cette intervention n'a jamais eu lieu.",
        near_miss="Cette intervention a eu lieu le 12 mars.",
        pattern=(
        r"\b(n'a|n'ont|n'avez) (jamais|pas) eu lieu|\bjamais (rien )?commande|\bn'avons (jamais|r"
        r"ien) commande"
        ),
    ),
    cue(
        "dispute.fr.will-not-pay",
        1.0,
        negatable=False,
        example="Nous ne paierons pas cette facture.",
        near_miss="Nous paierons cette facture.",
        pattern=(
        r"\b(ne|n') ?(paierons|payerons|reglerons|paierai|reglerai|payerai|paie|paye|paierai|"
        r"reglons|payons|regle) (pas|rien|donc pas|evidemment pas)(?! (ses|leurs|les factures d))"
        ),
    ),
    cue(
        "dispute.fr.not-a-cent",
        1.0,
        negatable=False,
        example="Vous n'aurez pas un centime.",
        near_miss="Vous aurez chaque centime.",
        pattern=r"\bpas (un )?(centime|sou|euro)\b|\btant que ([\w'-]+ ){0,6}(ne|n'|pas|rien)",
    ),
    cue(
        "dispute.fr.once-corrected",
        1.0,
        negatable=False,
        example="Nous réglerons quand vous aurez corrigé la facture.",
        near_miss="Nous réglerons quand vous aurez reçu le chèque.",
        pattern=(
        r"\b(quand|une fois que|des que|lorsque) vous (aurez|nous aurez|m'aurez) (corrige|"
        r"rectifie|repare|fini|termine|refait|envoye l'avoir|modifie|regle le probleme)"
        ),
    ),
    cue(
        "dispute.fr.cannot-accept",
        1.0,
        negatable=False,
        example="Nous ne pouvons pas accepter cette facture.",
        near_miss="Nous pouvons accepter cette facture.",
        pattern=(
        r"\b(ne|n') ?(sommes|suis) pas d'accord|\b(ne|n') ?(pouvons|peux|pourrons) pas (l'|la |"
        r"le |les |cette facture )?accepter"
        ),
    ),
    cue(
        "dispute.fr.waiting-credit-note",
        1.0,
        negatable=False,
        example="Nous attendons l'avoir avant de payer.",
        near_miss="Nous attendons l'avoir pour la fin du mois.",
        pattern=(
        r"\b(attendons|attends|attend) (le complement|l'avoir|la correction|une facture corrigee"
        r"|votre (retour|passage|technicien|intervention)) avant de (payer|regler)"
        ),
    ),
    cue(
        "dispute.fr.not-as-much",
        1.0,
        negatable=False,
        example="Vous ne mettiez pas autant d'heures sur le devis.",
        near_miss="Vous mettiez autant d'heures sur le devis.",
        pattern=r"\bne (mettiez|mettez|faites) pas (autant|le meme)",
    ),
    cue(
        "dispute.fr.finish-the-work",
        0.5,
        negatable=True,
        example="Quand venez-vous finir la terrasse ?",
        near_miss="Merci d'être venus finir si vite.",
        pattern=r"\b(finir|terminer|achever|reparer) (la|le|les|vos|nos|ma|mon|mes|notre|votre)\b",
    ),
    cue(
        "dispute.fr.for-weeks",
        0.5,
        negatable=True,
        example="On attend depuis trois semaines.",
        near_miss="On attend depuis trois jours.",
        pattern=r"\b(depuis|ca fait|cela fait) (\w+ )?(semaines|mois)\b",
    ),
    cue(
        "dispute.fr.mistake",
        0.5,
        negatable=True,
        example="Je pense qu'il y a une petite erreur.",
        near_miss="Je pense qu'il n'y a pas d'erreur.",
        pattern=r"\b(petite |grosse )?erreur\b|\bvous avez facture\b|\bon en a (recu|eu)\b",
    ),
    cue(
        "dispute.fr.damage",
        0.5,
        negatable=True,
        example="La porte est rayée sur toute la hauteur.",
        near_miss="La porte s'est abîmée à cause du vent.",
        pattern=(
        r"(?<!s'est )(?<!se sont )\b(abime|rayure|rayee?|casse|fissure|fuit|grince|bouge|tordu|"
        r"tache|decolle)\w*"
        ),
    ),
    cue(
        "dispute.fr.only-part",
        0.5,
        negatable=True,
        example="Il n'est venu que deux fois.",
        near_miss="Il est venu deux fois.",
        pattern=r"\b(n'|ne )(a|ont|avez|avait|est|sont) (ete )?\w+ qu(e|')|\b(a|la) moitie\b",
    ),
    # An insurance claim or a warranty hints at damage, faintly: two of them stay below a hint.
    cue(
        "dispute.fr.insurance",
        0.3,
        negatable=True,
        example="J'ai déclaré un sinistre.",
        near_miss="Je n'ai déclaré aucun sinistre.",
        pattern=r"\bgarantie\b|\bsinistre\b|\bassureur\b",
    ),
)
# fmt: on
