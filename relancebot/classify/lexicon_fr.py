"""French ways of speaking, per category, as data: (weight, negatable, pattern) groups.

Patterns run on folded text (lowercase, no accents, straight apostrophes). Weight 1.0 is a cue
that decides alone; 0.5 is a hint that needs a second one. A negatable cue is dropped when its
own clause negates it ("nous ne contestons pas"); cues whose meaning *is* a negation ("jamais
reçu") are not negatable. SMS spellings ("c pa moi", "jai pas") are written in on purpose.
"""

from __future__ import annotations

from relancebot.classify.cue import Group, group

# Shared fragments.
FACTURE = r"(?:la |cette |votre |vos |les |ces |une |de |des |d'|ta |notre |l')?(?:factures?|fact)"
PAY = r"(?:payer|regler|solder|honorer|vous payer|vous regler|la payer|la regler|le regler|paye)"
PAID = r"(?:regle|payee?|vire|solde|acquitte|verse)e?s?"
DOC = r"(?:facture|fact|document|pdf|fichier|piece jointe|pj|duplicata|copie|exemplaire)s?"

# fmt: off
FRENCH: list[Group] = [
    # ---- dispute: contests the amount, the work, the order, the debtor --------------------------
    group("dispute", 1.0, True,
        r"\bcontest\w*|\blitig(?!\w* avec (un|une|nos|notre|mon|ma|des|l'un de nos|certains) (\w+"
        r" )?"
        r"(clients?|fournisseurs?|locataires?|assureurs?|banques?))|\bdesaccord\b|\breclamation\b"
        r"|\bmalfacon|\bnon[- ]conforme",
        r"\bpas d'accord\b|\berron\w*|\berreurs? (sur|dans|de) (la |votre |le |cette |vos |l')?"
        r"(tva|facture|montant|facturation|prix|quantite|calcul|taux)",
        r"\b(montant|prix|tarif|quantite|nombre d'heures|taux|total)s? (\w+ ){0,4}"
        r"(faux|fausse|incorrecte?|errone|excessi[fv]e?|surevalue|trop eleve)",
        r"\b(un|d'un|l'|votre|notre|cet|le|de l'|par) avoir\b(?! (ete|eu|recu|regle|paye|fait|"
        r"envoye|vu|besoin))",
        r"\b(inacheve|inachevee|defectueu\w*|malfacon\w*|vice cache)",
        r"\bdeja (ete )?factur|\ben double\b|\b(facture|factures|facturez|facturee?)s? "
        r"(\w+ ){0,3}deux fois(?<!en deux fois)|\bdouble facturation",
        r"\bpas (ce qui|ce que nous avions|ce qu'on avait) (etait )?(convenu|prevu|commande)",
        r"\bfacture (rectificative|corrigee|modifiee|rectifiee)|\b(refaire|corriger|rectifier|"
        r"revoir|modifier|reediter|annuler) (la|votre|cette|l'une des deux|ma|notre)(?! (suivi|fi"
        r"chier|"
        r"relances?|comptabilite|systeme|logiciel|base|dossier|adresse|mail)\b)( \w+)?"
        r" ?(facture|facturation)?\b|\bmerci de (corriger|rectifier)",
        r"\b(annulee?s?|resiliee?s?) (par|le|des|depuis|et remplacee)|\bcommande (a ete |est )?"
        r"annulee",
        r"\b(remise|reduction|acompte|geste commercial|ristourne)s? ([\w%'.,-]+\s+){0,8}"
        r"(n'apparai|n'apparait|oubli|pas (ete )?deduit|manque|absente?)",
        r"\b(nous |me )?(la|les) (refaire|corriger|rectifier|reediter|modifier)\b(?! (parvenir|pa"
        r"sser|suivre))"
        r"|\balors que (la|votre|cette|le) (facture|devis|offre|commande)",
        r"\b(ne tient|ne tenez|ne tiennent|pas tenu) (pas )?compte (de|du|des)",
        r"\b(devis|offre|bon de commande|contrat)( signee?| acceptee?)? (indiquait|prevoyait|"
        r"mentionnait|disait|stipulait|etait de)|\bpas (prevu|inclus|compris)e?s? dans (votre|"
        r"le|notre|l') (devis|offre|contrat|commande)|\bhors devis",
        r"\b(ajoute|applique|factur\w*|compte|rajoute)e?s? (\w+ ){0,8}alors qu",
        r"\bet non (de |pas )?\d|\b(superieur|plus eleve|plus cher|different|differe)\w* (a|de|du)"
        r" (celui du |celui de |ce qui etait |notre |votre |le )?(devis|offre|commande|prevu|"
        r"convenu|annonce)",
        r"\b(je|nous) ne (reconnais|reconnaissons) pas|\berreur de (client|destinataire|"
        r"personne|societe)",
        r"\b(pourquoi|comment) vous (nous |me )?(la |le |les )?facturez",
        r"\b(deduir\w*|retenir|retiendrons|retenu|decompter)\b",
        r"\b(sur|trop )factur\w*|\btrop cher\b|\bsurcout",
    ),
    group("dispute", 1.0, False,
        r"\b(ne|n') ?(correspond|correspondent) (pas|plus|en rien)",
        r"\b(ne|n') ?(sont|est|etaient|a|ont) (pas|toujours pas|jamais) (ete )?(termine|finis?"
        r"|acheve|livre|realise|conforme|correct|fait|commande|installe|pose|repare)",
        r"\b(pas|jamais|toujours pas) (encore )?(termine|fini|acheve|livre|realise|pose|"
        r"installe|repare)s?e?s?\b(?! de (payer|regler))",
        r"\b(n'a|n'ont|n'avez) (jamais|pas) eu lieu|\bjamais (rien )?commande|\bn'avons (jamais|r"
        r"ien) commande",
        r"\b(ne|n') ?(paierons|payerons|reglerons|paierai|reglerai|payerai|paie|paye|paierai|"
        r"reglons|payons|regle) (pas|rien|donc pas|evidemment pas)(?! (ses|leurs|les factures d))",
        r"\bpas (un )?(centime|sou|euro)\b|\btant que ([\w'-]+ ){0,6}(ne|n'|pas|rien)",
        r"\b(quand|une fois que|des que|lorsque) vous (aurez|nous aurez|m'aurez) (corrige|"
        r"rectifie|repare|fini|termine|refait|envoye l'avoir|modifie|regle le probleme)",
        r"\b(ne|n') ?(sommes|suis) pas d'accord|\b(ne|n') ?(pouvons|peux|pourrons) pas (l'|la |"
        r"le |les |cette facture )?accepter",
        r"\b(attendons|attends|attend) (le complement|l'avoir|la correction|une facture corrigee"
        r"|votre (retour|passage|technicien|intervention)) avant de (payer|regler)",
        r"\bne (mettiez|mettez|faites) pas (autant|le meme)",
    ),
    group("dispute", 0.5, True,
        r"\b(finir|terminer|achever|reparer) (la|le|les|vos|nos|ma|mon|mes|notre|votre)\b",
        r"\b(depuis|ca fait|cela fait) (\w+ )?(semaines|mois)\b",
        r"\b(petite |grosse )?erreur\b|\bvous avez facture\b|\bon en a (recu|eu)\b",
        r"(?<!s'est )(?<!se sont )\b(abime|rayure|rayee?|casse|fissure|fuit|grince|bouge|tordu|"
        r"tache|decolle)\w*",
        r"\b(n'|ne )(a|ont|avez|avait|est|sont) (ete )?\w+ qu(e|')|\b(a|la) moitie\b",
    ),
    # An insurance claim or a warranty hints at damage, faintly: two of them stay below a hint.
    group("dispute", 0.3, True, r"\bgarantie\b|\bsinistre\b|\bassureur\b"),
    # ---- payment_difficulty: cannot pay now, asks for time or instalments -----------------------
    group("payment_difficulty", 1.0, True,
        r"\bdifficult\w* (de |financ|de tresorerie|economique|de paiement|passageres?)",
        r"(?<!le )(?<!votre )\b(tresorerie|treso|finances|comptes?) (\w+ ){0,3}(tendue|difficile"
        r"|compliquee|serree|"
        r"a sec|a zero|vides?|dans le rouge)|probleme\w* de tresorerie|\bdecouvert\b",
        r"\bech[eé]ancier|\bechelonn\w*|\betal(er|ement|ons|ez)\b|\ben (plusieurs|deux|trois|"
        r"quatre|\d) (fois|mensualites|versements|echeances)|\bmensualites\b|paiements? partiels?"
        r"|\bpremier versement|\b\d+ ?(€|euros?|eur)? par mois|\ble (reste|solde) (en|le mois|"
        r"a la fin|plus tard|dans)",
        r"\b(delai|report) supplementaire|\b(un|d'un|du|petit|nouveau|quelques) (delai|report) de "
        r"(paiement|reglement)\b(?! par)|\b(reporter|"
        r"decaler|differer) (le|notre|mon|ce) (paiement|reglement)|\b(accorder|accordez|obtenir|"
        r"beneficier d'|laisser|laissez|donner)\w* (\w+ ){0,2}(delai|temps|sursis)",
        r"\bredressement judiciaire|\bliquidation|\bprocedure de sauvegarde|\bconciliation\b"
        r"|\bplan de continuation|\bcessation de paiements?|\bmandataire judiciaire",
        r"\b(nous|je|on) (attendons|attends|attend) (nous-memes |moi-meme )?(le|les|qu'un|que "
        r"(notre|nos|mon|mes)) ?(paiement|reglement|virement)?s? ?(de|d'un|d'une|des)? ?(notre|"
        r"nos|mon|mes)? ?clients?",
        r"\bquand (mes|nos) clients (me|nous) (paieront|payeront|regleront)|\bclients? (ne )?"
        r"(m'a|nous a|m'ont|nous ont) (pas|toujours pas|jamais) (encore )?(paye|regle)|\bimpayes "
        r"de (nos|mes) clients",
        r"\b(banque|compte) (a )?(bloque|gele)|\bbloque les paiements|\binterdit bancaire",
        r"\b(subvention|dotation|financement|levee de fonds)s? (\w+ ){0,4}(pas|toujours pas|"
        r"jamais) (encore )?(arrivee?|versee?|recue?)",
        r"\b(aucune|pas de|peu de) rentrees?|\bmoins de recettes|\ba du mal\b|\bcoute une fortune",
        r"\b(pouvez-vous|pourriez-vous|merci de|pourrez-vous|accepteriez-vous de) (encore )?"
        r"patienter|\bproposons de (regler|payer)|\bpourrai(s|t)?-?(je|on)? (vous )?(payer|regler) "
        r"(en|par)\b",
    ),
    group("payment_difficulty", 1.0, False,
        r"\b(ne|n') ?(pouvons|pourrons|peux|pourrai|pourrions|sommes|suis|pourra|peut) (pas|"
        r"plus|rien|malheureusement pas) (\w+ ){0,2}(en mesure de )?(vous |la |le |les )?(payer|"
        r"regler|honorer|faire face|solder)",
        r"\b(ne|n') ?(pourrons|pourrai|pouvons|peux|pourra|peut|pourront|peuvent) (\w+ )?(payer|"
        r"regler|vous regler|vous payer|solder|honorer) ((votre|la|cette|vos|les|ces) \w+ )?"
        r"qu(?!e (su"
        r"r|par|via|contre)\b|'(a|sur) (reception|presentation))",
        r"\b(dans l'impossibilite|pas en mesure|hors d'etat) de (payer|regler|honorer)",
        r"\b(la moitie|une partie|un acompte|\d+ ?(€|euros?)?) (maintenant|tout de suite|des "
        r"(maintenant|aujourd'hui)|ce mois-ci) et (le reste|le solde|l'autre moitie|la suite)",
        r"\b(payes|regles) par (nos|mes|notre|mon) clients?|\b(un mois|une semaine|quelques (jours"
        r"|semaines|mois)|\w+ (jours|semaines|mois)) de plus|\b(delai|temps) supplementaire",
        r"\bpas les moyens\b|\b(payer|regler) (\w+ ){0,2}pas avant\b",
    ),
    group("payment_difficulty", 0.5, True,
        r"\bplus tard\b|\bchomage\b|\bsans revenus?\b|\barret maladie|\bun peu de temps\b|\bsouci"
        r"s? d'argent|\btresorerie\b|\bsous l'eau\b",
    ),
    # ---- wrong_contact: not the right person, write elsewhere -----------------------------------
    group("wrong_contact", 1.0, True,
        r"\b(ne|n') ?(gere|m'occupe|traite|suis charge de|nous occupons|gerons) (pas|plus) (de )?"
        r"(la facturation|la comptabilite|les factures|les paiements|ce dossier|les reglements)",
        r"\bil (vous )?faut (contacter|voir avec|vous adresser|ecrire|s'adresser)",
        r"\b(ne|n') ?(m'|me|nous) ?(occupe|occupons) (plus|pas)|\bne (m'|me) (occupe|charge) "
        r"(pas|plus)",
        r"\b(a|ont) quitte (l'entreprise|la societe|nos effectifs|ses fonctions|la structure|le "
        r"cabinet|notre societe|le groupe|la boite|son poste)",
        r"\b(ne|n') ?(travaille|travaillons|suis|est|sommes) plus (dans|chez|pour|au sein|a la|"
        r"au|en charge)",
        r"\b(ne fait plus partie|n'est plus (en charge|charge|chargee|responsable|dans (l'|la |"
        r"notre )|chez|au sein|en poste|avec nous|le bon|la bonne|notre|gere))",
        r"\b(mauvaise?|pas (le|la) bon(ne)?) (interlocut\w*|destinataire|adresse|contact|personne"
        r"|service|societe)",
        r"\b(adressez|ecrivez|ecrire|adresser|envoyer|envoyez|transmettre|contacter|contactez|"
        r"joindre|renvoyer|rediriger|utiliser)\w*(-vous)? (vos |les |toutes? )?(factures?|relances?"
        r"|courriers?|demandes?|correspondances?|facturation|messages?)? ?(et (vos |les )?"
        r"relances )?(plutot |directement |desormais |uniquement |exclusivement )?(a|au|aux|"
        r"aupres de|a l'adresse|sur) ?[^\n@]{0,70}@",
        r"(?<!a )\b(adressez|adressez-vous|veuillez vous adresser|voyez|voir|il faut voir|"
        r"merci de vous adresser)( directement)? (avec|a|au|aupres)\b(?! (votre|vos|vous|ton|ta|eux"
        r"|elle|lui)\b)",
        r"\b(desormais|dorenavant|a l'avenir|a partir de maintenant)\b.{0,80}@",
        r"\bc'?est (ma femme|mon mari|ma fille|mon fils|ma soeur|mon frere|mon gendre|ma belle-fi"
        r"lle|mon associee?|ma collegue|mon collegue|la gerante|le "
        r"gerant|mon comptable|notre comptable|mon epouse|mon pere|ma mere|le service|la compta"
        r"|l'expert|notre expert|le siege)\w* (\w+ ){0,3}qui\b",
        r"\b(c pa|c'est pas|ce n'est pas|pas) moi (qui|c'est|c)\b|\bc pa moi",
        r"\bje ne suis (pas|plus|qu')( \w+){0,2} (concernee?|gerante?|en charge|la bonne|le bon|"
        r"responsable|employee?|salariee?|comptable|destinataire)",
        r"(?<!sur l')(?<!a l')(?<!vers l')\b(ancienne|vieille) adresse|\badresse (perso|"
        r"personnelle|de l'atelier|generique|"
        r"reservee|n'est plus)|\bcette adresse (est|n'est)",
        r"\b(a ete|avons ete|est) (vendue?|cedee?|reprise?|rachetee?)\b|\bnouve(au|lle) "
        r"(proprietaire|gerante?|syndic|structure|repreneur|exploitant|dirigeant)|\bj'ai repris"
        r"|\bplus geree? par",
        r"\b(je|nous) (vous )?(mets|mettons|ai mis|avons mis) (\w+ ){0,3}en copie",
        r"\bn'effectuons pas les paiements|\bpas (la societe|le debiteur|votre client)",
        r"\bpersonne ne (la |le )?(lit|consulte|releve)|\bne lit pas ses mails",
    ),
    group("wrong_contact", 0.5, True,
        r"\b(s'occupe|gere|regle|traite)n?t? (des|les|de la|nos) (paiements|factures|reglements"
        r"|fournisseurs|facturation|compta)",
        r"\b(il|elle) est joignable",
        r"\bcabinet (comptable|d'expertise)|\bexpert-comptable",
        r"\bancien (exploitant|gerant|proprietaire)",
    ),
    # ---- not_received: never got it, lost, cannot open it, send it again ------------------------
    group("not_received", 1.0, False,
        r"\b(n'|ne) ?(avons|ai|a|ont|avions|avais) ({W})?(jamais|pas|toujours pas|pas encore|"
        r"point|aucunement|rien) ({W})?(recu|eu|vu|trouve|recupere)\b(?! (de |d')?(passage|clie"
        r"nts?|monde|temps|chance|nouvelles|commandes?|travail|boulot|rentrees?|paiements?|virem"
        r"ents?|reglements?|subventions?))",
        r"\b(n'|ne )?(avons|ai|a|ont) (\w+ )?(recu|eu) (ni|aucune?)\b",
        r"\b(jamais|pas) (ete )?(recue?s?|parvenue?s?)\b|\bnon recue?\b|\baucune? (trace|facture)",
        r"\b(ne|n') ?(nous |m')?(est|sont|a) (jamais|pas|toujours pas) (ete )?(parvenue?s?|"
        r"arrivee?s?|transmise?s?)",
        r"\b(ne|n') ?(trouvons|trouve|retrouvons|retrouve|trouvez|trouvent) (pas|plus|aucune|"
        r"nulle part) (de )?(trace|la|cette|votre|de facture|la facture)|\bintrouvable",
        r"\b(ne|n') ?l'(avons|ai|a|ont) (jamais|pas|toujours pas) (eue?|recue?|vue?)?\b",
        r"\b((pas|aucune?) (de |d')?|(sans|rien en|ni) (de |la |le |d'|votre )?)(facture|piece jo"
        r"inte|pj|document joint|fichier"
        r"|pdf)\b|\b(mais|et) pas (la|de) facture|\bni la facture",
        r"\b(jai|j'ai|on a|nous avons|je n'ai|j'ai) (pas|jamais|rien) (\w+ )?(la |de |cette |"
        r"votre )?facture",
        r"\b(impossible|pas pu|pas reussi|n'arrive pas|narrive pas) (d'|a |de )?(ouvrir|lire|"
        r"telecharger|afficher)|\bne (s'ouvre|s'affiche|se telecharge) pas",
        r"\b(fichier|pdf|document|piece jointe|pj)s? (\w+ ){0,3}(endommagee?|corrompue?|"
        r"illisible|vide|blanc|tout blanc|abime|casse)|\b(s'affiche|s'ouvre) (tout )?(blanc|vide)",
    ),
    group("not_received", 1.0, True,
        r"\b(s'est|a du se|a du s'|se sont|ont du se|s'est peut-etre) (\w+ )?(perdue?s?|egaree?s?"
        r"|egarer|perdre)|\b(perdu|egare|egaree|perdue) (la|votre|cette|vos|les) facture",
        r"\brefaire (parvenir|passer)|\b(la|le|les) (re)?faire (parvenir|passer)|\bfaire (parvenir|"
        r"passer) (\w+ ){0,2}(facture|duplicata|copie|document|pdf|exemplaire)|"
        r"\b(impossible de|pas pu|pas reussi a) (trouver|retr"
        r"ouver|"
        r"localiser|mettre la main)",
        r"\b(renvoy|re-?envoy|retransmet|reexpedi|regenere?r?)\w*\b(-la|-le|-les)? ?(moi|nous)? ?"
        r"(?! ?(le |la |les |un |une |votre |vos )?(devis|bons? de commande|rib|contrats?|kbis|att"
        r"estation|proces|pv|plans?)\b)"
        r"(\w+ )?(une copie|un duplicata|le duplicata|la facture|cette facture|a nouveau|"
        r"de nouveau|copie de la facture|les deux|par mail|la|le|les)?\b",
        r"\b(envoy|transmett|adress|fai|communiqu)\w*(-moi|-nous)? (\w+ ){0,2}(une copie|un "
        r"duplicata|un exemplaire|une autre copie|la bonne facture|une version|l'original)\b"
        r"|\bduplicata",
        r"(?<!a )(?<!a la )\b(la |le )?(mauvaise? facture|mauvais (pdf|"
        r"document|fichier))|\bla bonne facture",
    ),
    group("not_received", 0.5, True, r"\bchorus( pro)?\b"),
    group("not_received", 0.5, True,
        r"\b(envoy|transmett|adress|fai|communiqu)\w*(-moi|-nous)? (\w+ ){0,2}(la |cette |"
        r"votre |une |ma |notre )?(facture|fact)\b",
        r"\b(vous )?(pouvez|pourriez|pouvez-vous|pourriez-vous) (me|nous) l'(envoyer|adresser|"
        r"transmettre)",
    ),
    # ---- already_paid: payment made or left (a claim, not a proof) ------------------------------
    group("already_paid", 1.0, True,
        rf"\b(deja|bien|c|c'est|ok c) ({{W}})?{PAID}\b",
        r"\b(a|ont|avons|ai|avions|aurions|avoir|j'ai|on a) (bien |deja |deja bien |donc )?"
        rf"(ete )?({PAID}|effectue le (virement|paiement|reglement)|procede au (paiement|"
        r"reglement|virement)|lance le (virement|paiement)|fait (le|un|votre) (virement|"
        r"cheque|paiement|reglement)|envoye (le|un|votre) cheque|poste (le|un) cheque)\b",
        r"(?<!mandat de )\b(virement|paiement|reglement|cheque|versement)s? ([\w'-]+ ){0,4}"
        r"(a ete |ont ete |est |bien"
        r" |deja )+(effectue|emis|envoye|passe|realise|fait|parti|execute|poste|expedie|debite|"
        r"remis|lance|encaisse|mise? en paiement)e?s?\b",
        r"\b(virement|paiement|reglement|cheque|versement)s? (\w+ ){0,2}(effectue|emis|envoye|"
        r"parti|passe|fait|lance|poste|expedie|execute)e?s?\b",
        r"\b(preuve|avis|justificatif|confirmation|copie|ordre|capture|recu) (de |du |d'un )"
        r"(mon |notre |votre |son |la )?(virement|paiement|reglement|relevee?|banque)"
        r"|\bavis d'operation|\brelev[eé] (bancaire|de (notre|mon) compte)|\bquittance",
        rf"\b{PAID} (le|en date du|depuis|par (virement|cheque|carte|cb|prelevement)|ce (jour|"
        r"matin)|hier|aujourd'hui|avant-hier|la semaine derniere)\b",
        r"\b(recu|reception de|encaisse) (notre|mon|le|du) (paiement|virement|reglement|cheque)",
        r"\b(a ete |ont ete |avons |a )?mise? en paiement (lors|le|du|depuis)\b",
        r"\bparti (ce matin|hier|le)\b|\bje viens de (regler|payer|faire le virement)",
    ),
    # ---- promise_to_pay: will pay, payment in progress, date to come ----------------------------
    group("promise_to_pay", 1.0, True,
        r"\b(allons|vais|va|allez|vont) (vous )?(le |la |les )?(regler|payer|proceder|effectuer|"
        r"faire|lancer|envoyer|virer|solder|programmer|passer)",
        r"\b(reglerons|paierons|payerons|procederons|effectuerons|ferons le (virement|paiement)"
        r"|enverrons|virerons|reglerai|paierai|payerai|procederai|solderons|honorerons|"
        r"programmerons|adresserai|enverrai|ferai|posterai|virerai|ferai signer)",
        r"\b(sera|seront) (reglee?s?|payee?s?|viree?s?|soldee?s?|effectue|traitee?s?|honoree?s?|"
        r"mise?s? en paiement|emis|lance|programme|envoye|fait|realise)",
        r"\b(virement|paiement|reglement|cheque|facture)s? (sera|partira|part|interviendra|est |"
        r"sont |suivra )?(programmee?|prevue?|planifiee?|en cours|en preparation|imminent|"
        r"partira|interviendra|part|suivra)\b",
        r"\ben cours de (paiement|reglement|traitement|validation|virement)|mise? en paiement",
        r"\b(bon a payer|valide pour paiement|validee?s? (en interne|par|pour)|programmee? pour)",
        r"\bcomptable (est |sont )?(absente?|en conges?|en vacances|malade|en arret|indisponible)"
        r"|des (son|le) retour d",
        r"\b(payons|reglons|faisons nos (virements|paiements|reglements)) (nos fournisseurs|nos "
        r"factures|le|les|en fin|a \d+|tous les)",
        r"\b(je|on) (vous |te )?(regle|paie|paye|vire|fais le virement|fais un virement|envoie le"
        r" (cheque|reglement|paiement)|poste (un|le) cheque|passe a la banque|fais le "
        r"necessaire|lance le virement)\b",
        r"\b((vous|te|nous) fait|fera|ferons|feront|fais|enverra|enverront|deposerai|deposerons"
        r"|depose|deposons) (le|un"
        r"|votre|son|notre|mon) (virement|cheque|paiement|reglement)",
        r"\bprochaine? (reglement|campagne|run|virement|paiement|echeance)s?|\brun de paiement",
        r"\b(je m'en|on s'en|nous nous en|elle s'en|il s'en) (occupe|occupons|charge|chargeons|"
        r"occupera|occuperons|chargera)\b",
        r"\b(procedons|procede|procedera|procederons|procedent) (au|a la) (reglement|paiement|"
        r"virement|mise en paiement)",
        r"\bpromis\b|\b(partira|partiront)\b|\bmandat (de paiement|administratif)|\bcomptable "
        r"public|\btresor public",
        r"\bvous (fait|fera|ferons|fais|envoie|enverra|enverrons|envoyons|adresse|adressera) (le|"
        r"un|votre|son|notre) (virement|cheque|paiement|reglement)",
    ),
]
# fmt: on
