"""French ways of saying the reminder reached the wrong person: write elsewhere."""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue

# fmt: off
CUES: tuple[Cue, ...] = (
    # ---- wrong_contact: not the right person, write elsewhere -----------------------------------
    cue(
        "wrong_contact.fr.not-my-job",
        1.0,
        negatable=True,
        example="Je ne gère pas la facturation.",
        near_miss="Je gère la facturation.",
        pattern=(
        r"\b(ne|n') ?(gere|m'occupe|traite|suis charge de|nous occupons|gerons) (pas|plus) (de )?"
        r"(la facturation|la comptabilite|les factures|les paiements|ce dossier|les reglements)"
        ),
    ),
    cue(
        "wrong_contact.fr.must-contact",
        1.0,
        negatable=True,
        example="Il faut contacter le siège à Lyon.",
        near_miss="Il ne faut pas contacter le siège.",
        pattern=r"\bil (vous )?faut (contacter|voir avec|vous adresser|ecrire|s'adresser)",
    ),
    cue(
        "wrong_contact.fr.no-longer-handle",
        1.0,
        negatable=True,
        example="Je ne m'occupe plus de ce dossier.",
        near_miss="Je m'occupe toujours de ce dossier.",
        pattern=(
        r"\b(ne|n') ?(m'|me|nous) ?(occupe|occupons) (plus|pas)|\bne (m'|me) (occupe|charge) "
        r"(pas|plus)"
        ),
    ),
    cue(
        "wrong_contact.fr.left-company",
        1.0,
        negatable=True,
        example="Mme Roux a quitté l'entreprise en juin.",
        near_miss="Mme Roux n'a pas quitté l'entreprise.",
        pattern=(
        r"\b(a|ont) quitte (l'entreprise|la societe|nos effectifs|ses fonctions|la structure|le "
        r"cabinet|notre societe|le groupe|la boite|son poste)"
        ),
    ),
    cue(
        "wrong_contact.fr.no-longer-works",
        1.0,
        negatable=True,
        example="Il ne travaille plus chez nous.",
        near_miss="Il travaille toujours chez nous.",
        pattern=(
        r"\b(ne|n') ?(travaille|travaillons|suis|est|sommes) plus (dans|chez|pour|au sein|a la|"
        r"au|en charge)"
        ),
    ),
    cue(
        "wrong_contact.fr.no-longer-part",
        1.0,
        negatable=True,
        example="Elle ne fait plus partie de notre équipe.",
        near_miss="Elle fait partie de notre équipe.",
        pattern=(
        r"\b(ne fait plus partie|n'est plus (en charge|charge|chargee|responsable|dans (l'|la |"
        r"notre )|chez|au sein|en poste|avec nous|le bon|la bonne|notre|gere))"
        ),
    ),
    cue(
        "wrong_contact.fr.wrong-person",
        1.0,
        negatable=True,
        example="Vous vous adressez au mauvais interlocuteur.",
        near_miss="Vous vous adressez au bon interlocuteur.",
        pattern=(
        r"\b(mauvaise?|pas (le|la) bon(ne)?) (interlocut\w*|destinataire|adresse|contact|personne"
        r"|service|societe)"
        ),
    ),
    cue(
        "wrong_contact.fr.send-to-address",
        1.0,
        negatable=True,
        example="Adressez vos factures à compta@exemple.fr",
        near_miss="Adressez vos factures par courrier.",
        pattern=(
        r"\b(adressez|ecrivez|ecrire|adresser|envoyer|envoyez|transmettre|contacter|contactez|"
        r"joindre|renvoyer|rediriger|utiliser)\w*(-vous)? (vos |les |toutes? )?(factures?|relances?"
        r"|courriers?|demandes?|correspondances?|facturation|messages?)? ?(et (vos |les )?"
        r"relances )?(plutot |directement |desormais |uniquement |exclusivement )?(a|au|aux|"
        r"aupres de|a l'adresse|sur) ?[^\n@]{0,70}@"
        ),
    ),
    cue(
        "wrong_contact.fr.see-with",
        1.0,
        negatable=True,
        example="Voyez avec notre comptable.",
        near_miss="Voyez avec votre banque.",
        pattern=(
        r"(?<!a )\b(adressez|adressez-vous|veuillez vous adresser|voyez|voir|il faut voir|"
        r"merci de vous adresser)( directement)? (avec|a|au|aupres)\b(?! (votre|vos|vous|ton|ta|eux"
        r"|elle|lui)\b)"
        ),
    ),
    cue(
        "wrong_contact.fr.from-now-on",
        1.0,
        negatable=True,
        example="Désormais, merci d'écrire à factures@exemple.fr.",
        near_miss="Désormais, merci d'écrire à ce numéro.",
        pattern=r"\b(desormais|dorenavant|a l'avenir|a partir de maintenant)\b.{0,80}@",
    ),
    cue(
        "wrong_contact.fr.relative-handles",
        1.0,
        negatable=True,
        example="C'est ma femme qui s'occupe des papiers.",
        near_miss="Ma femme vous remercie.",
        pattern=(
        r"\bc'?est (ma femme|mon mari|ma fille|mon fils|ma soeur|mon frere|mon gendre|ma belle-fi"
        r"lle|mon associee?|ma collegue|mon collegue|la gerante|le "
        r"gerant|mon comptable|notre comptable|mon epouse|mon pere|ma mere|le service|la compta"
        r"|l'expert|notre expert|le siege)\w* (\w+ ){0,3}qui\b"
        ),
    ),
    cue(
        "wrong_contact.fr.not-me",
        1.0,
        negatable=True,
        example="C'est pas moi qui gère ça.",
        near_miss="C'est moi qui gère ça.",
        pattern=r"\b(c pa|c'est pas|ce n'est pas|pas) moi (qui|c'est|c)\b|\bc pa moi",
    ),
    cue(
        "wrong_contact.fr.not-concerned",
        1.0,
        negatable=True,
        example="Je ne suis pas concerné par cette facture.",
        near_miss="Je suis concerné par cette facture.",
        pattern=(
        r"\bje ne suis (pas|plus|qu')( \w+){0,2} (concernee?|gerante?|en charge|la bonne|le bon|"
        r"responsable|employee?|salariee?|comptable|destinataire)"
        ),
    ),
    cue(
        "wrong_contact.fr.old-address",
        1.0,
        negatable=True,
        example="Vous écrivez à mon ancienne adresse.",
        near_miss="Vous écrivez à ma nouvelle adresse.",
        pattern=(
        r"(?<!sur l')(?<!a l')(?<!vers l')\b(ancienne|vieille) adresse|\badresse (perso|"
        r"personnelle|de l'atelier|generique|"
        r"reservee|n'est plus)|\bcette adresse (est|n'est)"
        ),
    ),
    cue(
        "wrong_contact.fr.sold",
        1.0,
        negatable=True,
        example="Le fonds a été vendu en septembre.",
        near_miss="Le fonds n'a pas été vendu.",
        pattern=(
        r"\b(a ete|avons ete|est) (vendue?|cedee?|reprise?|rachetee?)\b|\bnouve(au|lle) "
        r"(proprietaire|gerante?|syndic|structure|repreneur|exploitant|dirigeant)|\bj'ai repris"
        r"|\bplus geree? par"
        ),
    ),
    cue(
        "wrong_contact.fr.cc",
        1.0,
        negatable=True,
        example="Je mets en copie notre comptable.",
        near_miss="Je ne mets personne en copie.",
        pattern=r"\b(je|nous) (vous )?(mets|mettons|ai mis|avons mis) (\w+ ){0,3}en copie",
    ),
    cue(
        "wrong_contact.fr.not-the-payer",
        1.0,
        negatable=True,
        example="Nous n'effectuons pas les paiements, c'est le siège.",
        near_miss="Nous effectuons les paiements le 10.",
        pattern=r"\bn'effectuons pas les paiements|\bpas (la societe|le debiteur|votre client)",
    ),
    cue(
        "wrong_contact.fr.nobody-reads",
        1.0,
        negatable=True,
        example="Personne ne lit cette boîte.",
        near_miss="Quelqu'un lit cette boîte chaque jour.",
        pattern=r"\bpersonne ne (la |le )?(lit|consulte|releve)|\bne lit pas ses mails",
    ),
    cue(
        "wrong_contact.fr.who-handles",
        0.5,
        negatable=True,
        example="Mon associé s'occupe des paiements.",
        near_miss="Mon associé s'occupe du chantier.",
        pattern=(
        r"\b(s'occupe|gere|regle|traite)n?t? (des|les|de la|nos) (paiements|factures|reglements"
        r"|fournisseurs|facturation|compta)"
        ),
    ),
    cue(
        "wrong_contact.fr.reachable",
        0.5,
        negatable=True,
        example="Il est joignable au 06 12 34 56 78.",
        near_miss="Il n'est pas joignable cette semaine.",
        pattern=r"\b(il|elle) est joignable",
    ),
    cue(
        "wrong_contact.fr.accounting-firm",
        0.5,
        negatable=True,
        example="Notre cabinet comptable gère cela.",
        near_miss="Notre comptable est absent.",
        pattern=r"\bcabinet (comptable|d'expertise)|\bexpert-comptable",
    ),
    cue(
        "wrong_contact.fr.former-manager",
        0.5,
        negatable=True,
        example="Je suis l'ancien gérant.",
        near_miss="Je suis le nouveau gérant.",
        pattern=r"\bancien (exploitant|gerant|proprietaire)",
    ),
)
# fmt: on
