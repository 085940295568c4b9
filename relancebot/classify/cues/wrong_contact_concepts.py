"""Wrong contact as families of stems, both languages: someone else handles the bills, a
takeover, "not me", an address to use.
"""

from __future__ import annotations

from relancebot.classify.cue import Cue, cue

# fmt: off
CUES: tuple[Cue, ...] = (
    cue(
        "wrong_contact.any.who-handles",
        0.5,
        negatable=True,
        example="C'est Paul qui gère les factures.",
        near_miss="Paul gère les factures ici.",
        pattern=(
        r"\bqui (?:gere|s'occupe de|traite|regle|handles|deals with|takes care of) "
        r"(?:les |ses |nos "
        r"|leurs |the |our |his |her |their )?(?:factures|paiements|comptabilite|invoices|payments"
        r"|accounts)"
        ),
    ),
    cue(
        "wrong_contact.any.address-only",
        0.5,
        negatable=True,
        example="This mailbox is only for orders.",
        near_miss="This mailbox is open for everything.",
        pattern=(
        r"\b(?:mailbox|address|adresse|boite) (?:\w+ )?(?:is |est )?(?:only|uniquement|reserved|"
        r"reservee)|\b(?:is|are|est|sont) (?:at|reachable at|joignables? a|a l'adresse) [^@\s]+@"
        ),
    ),
    # ---- wrong_contact: someone else handles it, write there ---------------------------------
    cue(
        "wrong_contact.any.send-to-address",
        1.0,
        negatable=True,
        example="Please send it to accounts@example.com",
        near_miss="Please send it by post.",
        pattern=(
        r"\b(?:adress\w*|envoy\w*|ecri\w*|transmet\w*|retransmet\w*|suivre|redirig\w*|rapproch"
        r"\w*|send|sent|write|email|e-mail|address\w*|direct\w*|forward\w*|submit\w*|reach)"
        r"[^@\n.]{0,80}\b(?:a|au|aux|to|vers|sur|at|de|aupres de)\b[^@\n]{0,45}@"
        ),
    ),
    cue(
        "wrong_contact.any.write-to-them",
        1.0,
        negatable=True,
        example="Merci de leur adresser la facture.",
        near_miss="Merci de nous adresser la facture.",
        pattern=(
        r"\b(?:leur|lui|them|him|her) (?:adresser|ecrire|envoyer|transmettre|write|send|email)\b"
        ),
    ),
    cue(
        "wrong_contact.any.no-longer-role",
        1.0,
        negatable=True,
        example="Je ne suis plus le gérant.",
        near_miss="Je ne suis plus en mesure de payer.",
        pattern=(
        r"\b(?:je ne suis plus|i am no longer|i'm no longer|je suis plus) (?!en mesure|"
        r"capable|solvable|en etat|sur|sure|certaine?|d'accord|able)(?:le |la |l')?\w+"
        ),
    ),
    cue(
        "wrong_contact.any.new-person",
        1.0,
        negatable=True,
        example="La nouvelle trésorière est Mme Petit.",
        near_miss="La nouvelle facture est jointe.",
        pattern=(
        r"\b(?:le |la |l')?nouve(?:au|lle|l) (?:\w+ )?(?:tresorier\w*|comptable|gestionnaire|"
        r"contact|interlocut\w*|responsable|assistante?|secretaire|president\w*) (?:est|sera)\b"
        r"|\bnew (?:\w+ )?(?:treasurer|bookkeeper|accountant|contact|manager|person) (?:is|will)"
        ),
    ),
    cue(
        "wrong_contact.any.handled-by",
        0.5,
        negatable=True,
        example="Les factures sont gérées par notre siège.",
        near_miss="Les factures sont gérées ici.",
        pattern=(
        r"\b(?:gere|traite|administre|handled|managed|dealt with|administered|processed)e?s? "
        r"(?:\w+ ){0,2}(?:par|by) (?:notre|nos|la|le|l'|les|the|our|an?|their)"
        ),
    ),
    cue(
        "wrong_contact.any.get-in-touch",
        0.5,
        negatable=True,
        example="Please get in touch with our finance team.",
        near_miss="Thanks for getting in touch.",
        pattern=(
        r"\breleve de (?:notre|la|leur|son|sa) |\b(?:vous rapprocher|prendre contact|get in touch"
        r"|reach out) "
        ),
    ),
    cue(
        "wrong_contact.any.you-wrote-to",
        0.5,
        negatable=True,
        example="Vous avez écrit à une ancienne boîte.",
        near_miss="Vous avez écrit hier.",
        pattern=r"\b(?:vous (?:avez )?ecri\w* a|you (?:have )?(?:written|wrote) to)\b",
    ),
    cue(
        "wrong_contact.any.email-address",
        0.5,
        negatable=True,
        example="Mon adresse : compta@boulangerie-martin.fr",
        near_miss="Mon adresse est au 12 rue des Lilas.",
        pattern=r"[\w.+-]+@[\w-]+\.[\w.]+",
    ),
    # ---- wrong contact: "should go to", a takeover, who handles the bills --------------------
    cue(
        "wrong_contact.any.should-go-to",
        1.0,
        negatable=True,
        example="Invoices should go to our head office.",
        near_miss="Invoices should go to you by Friday.",
        pattern=(
        r"\b(?:should|needs? to|must|has to|doit|devrait|doivent|devraient) (?:go|be sent|be addre"
        r"ssed|aller|etre envoyee?s?|etre adressee?s?) (?:\w+ ){0,2}(?:to|a|au|aux|chez)\b(?! (?:"
        r"you|vous)\b)[^;!?\n]{0,50}(?:@|comptab|accountant|bookkeeper|accounts|finance|compta|"
        r"service|siege|head office|gerant|manager|payables|tresorier|treasurer)"
        ),
    ),
    cue(
        "wrong_contact.any.taken-over",
        1.0,
        negatable=True,
        example="The shop was taken over by a new owner.",
        near_miss="The shop was handed over to a new owner.",
        pattern=(
        r"\b(?:taken over|acquired|bought out|absorbed|merged|absorbee?|fusionnee?) (?:\w+ ){0,2}"
        r"(?:by|par|with|avec|into|dans)\b"
        ),
    ),
    cue(
        "wrong_contact.any.does-the-books",
        0.5,
        negatable=True,
        example="My sister does all the invoices.",
        near_miss="My sister paid all the invoices.",
        pattern=(
        r"\b(?:does|do|handles|handle|manages|looks after|deals with|takes care of|gere|geres|g"
        r"erent|s'occupe de|s'occupent de) (?:all |tous |toutes )?(?:of )?(?:our|the|nos|les|des|"
        r"la) (?:accounts|bills|invoices|payments|books|bookkeeping|payables|fournisseurs|factures"
        r"|paiements|compta|comptabilite|reglements)\b"
        ),
    ),
    # ---- wrong contact: not me, another business, not my remit, use this address -----------
    cue(
        "wrong_contact.any.not-me",
        1.0,
        negatable=False,
        example="That's not me, sorry.",
        near_miss="That's me, thanks.",
        pattern=(
        r"\b(?:that's not|that is not|it's not|it is not|this isn't|that isn't|it isn't|this is "
        r"not|ce n'est pas|c'est pas|c pas)\s+(?:me|us|moi|nous|mine|ours)\b(?! qui)"
        r"|(?:^|\n)\s*not (?:me|us)\b|\bnothing to do with (?:me|us)\b|\brien a voir avec (?:moi"
        r"|nous)\b"
        ),
    ),
    cue(
        "wrong_contact.any.not-my-remit",
        1.0,
        negatable=False,
        example="Ce n'est pas de mon ressort.",
        near_miss="C'est de mon ressort.",
        pattern=(
        r"\bpas (?:de mon|de notre|du) (?:ressort|domaine|perimetre|service)\b|\bnot (?:my|our) "
        r"(?:department|area|remit|responsibility|job|business|company)\b"
        ),
    ),
    cue(
        "wrong_contact.en.do-not-handle",
        1.0,
        negatable=False,
        example="We don't handle the invoices here.",
        near_miss="We handle the invoices here.",
        pattern=(
        r"\b(?:i|we) (?:don't|do not|no longer) (?:deal with|handle|look after|manage|do|process"
        r"|take care of) (?:the )?(?:invoices|payments|accounts|bills|billing|finance)\b"
        ),
    ),
    cue(
        "wrong_contact.any.unread-mailbox",
        1.0,
        negatable=False,
        example="This mailbox is not monitored.",
        near_miss="This mailbox is monitored daily.",
        pattern=(
        r"\b(?:boite|adresse|mailbox|inbox|address|box)(?: \w+){0,2} (?:n'est pas|n'est plus|is "
        r"not|isn't|is no longer) (?:suivie|lue|consultee|surveillee|relevee|geree|monitored|"
        r"read|checked|managed)\b"
        ),
    ),
    cue(
        "wrong_contact.any.wrong-company-sold",
        1.0,
        negatable=True,
        example="Vous vous trompez de société.",
        near_miss="Vous ne vous trompez pas de société.",
        pattern=(
        r"\btromp\w* (?:de |d')(?:societe|personne|destinataire|adresse|client|interlocuteur"
        r"|entreprise)|\b(?:i|we) sold (?:the|my|our) (?:business|shop|company|pub|firm|practice"
        r"|restaurant|store)|\b(?:j'ai|nous avons|on a) (?:vendu|cede) (?:le|la|mon|ma|notre|l')"
        r" ?(?:commerce|fonds|boutique|societe|entreprise|magasin|affaire|restaurant)"
        ),
    ),
    cue(
        "wrong_contact.any.use-address",
        1.0,
        negatable=True,
        example="Merci d'utiliser compta@garage-dupont.fr",
        near_miss="Merci d'utiliser le portail.",
        pattern=r"\b(?:utilis\w*|use|using)\b(?: \w+){0,2}\s*[\w.+-]+@",
    ),
    cue(
        "wrong_contact.fr.tenant",
        1.0,
        negatable=True,
        example="Je ne suis que locataire.",
        near_miss="Je suis propriétaire.",
        pattern=(
        r"\bje ne suis (?:que|qu')(?: \w+){0,2} (?:locataire|occupante?|employee?|salariee?|"
        r"stagiaire|gardien\w*)|\bc'est (?:le|la|l'|mon|ma|notre) (?:\w+ ){1,2}qui (?:paie|pa"
        r"ye|regle|gere les|traite les|s'occupe des)\b"
        ),
    ),
    cue(
        "wrong_contact.any.other-company",
        0.5,
        negatable=True,
        example="We are a different company.",
        near_miss="We are the same company.",
        pattern=(
        r"\b(?:different|separate|another|other) (?:\w+ )?(?:business|company|firm|entity)\b|"
        r"\b(?:societe|entreprise|structure) (?:\w+ )?(?:differente|distincte)\b|\bautre (?:soc"
        r"iete|entreprise|boulangerie|boutique|commerce)\b"
        ),
    ),
    cue(
        "wrong_contact.any.their-address",
        0.5,
        negatable=True,
        example="Son adresse mail est compta@exemple.fr.",
        near_miss="Mon adresse mail est compta@exemple.fr.",
        pattern=(
        r"\b(?:his|her|their|son|sa|leur) (?:e-?mail|email address|address|adresse(?: mail| e-?"
        r"mail)?|mail) (?:is|est|c'est)\b"
        ),
    ),
    # ---- write to the colleague: an address right after "écrivez-lui" ---------------------
    cue(
        "wrong_contact.any.write-to-them-at",
        1.0,
        negatable=True,
        example="Écrivez-lui à paul@exemple.fr",
        near_miss="Écrivez-lui par courrier.",
        pattern=(
        r"\b(?:ecrivez|ecris|ecrire|contactez|contacte|write|email|e-mail|contact)(?:[- ]lui|[- ]"
        r"leur| (?:him|her|them))\b[^@\n]{0,50}[\w.+-]+@"
        ),
    ),
    cue(
        "wrong_contact.any.subcontractor",
        1.0,
        negatable=True,
        example="Je suis sous-traitant sur ce chantier.",
        near_miss="Je suis maître d'ouvrage sur ce chantier.",
        pattern=(
        r"\b(?:pas le client|not the (?:client|customer))\b|\bje suis (?:\w+ )?(?:sous-traitant|"
        r"subcontractor)|\b(?:i am|i'm|we are|we're) (?:only )?(?:a |the )?subcontractors?\b|\bqu"
        r"i (?:vous )?a (?:passe )?commande\b"
        ),
    ),
    cue(
        "wrong_contact.fr.sold-shop",
        1.0,
        negatable=True,
        example="J'ai vendu la boulangerie en juin.",
        near_miss="J'ai repeint la boulangerie en juin.",
        pattern=(
        r"\b(?:vendu|cede)e?s? (?:l'|le |la |mon |ma |notre )(?:epicerie|commerce|boutique|magasin"
        r"|fonds|affaire|garage|salon|cabinet|bar|cafe|pharmacie|hotel|atelier|entreprise|societe|"
        r"restaurant|boulangerie|boucherie|librairie|fleuriste)|\bqui a repris\b"
        ),
    ),
    cue(
        "wrong_contact.any.invoices-at",
        1.0,
        negatable=True,
        example="Nous recevons les factures sur factures@exemple.fr",
        near_miss="Nous recevons les factures par courrier.",
        pattern=(
        r"\b(?:accept|receive|process|acceptons|recevons|traitons)\w* (?:\w+ ){0,2}(?:invoices|fa"
        r"ctures)\b[^@\n]{0,90}@"
        ),
    ),
    cue(
        "wrong_contact.any.address-colon",
        0.5,
        negatable=True,
        example="Son adresse : paul@exemple.fr",
        near_miss="Mon adresse : paul@exemple.fr",
        pattern=r"\b(?:son|sa|leur|his|her|their) (?:adresse|address|e-?mail|mail)\s*:",
    ),
)
# fmt: on
