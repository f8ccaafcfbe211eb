"""More fourth-batch items read in public web pages, gathered by a second helper on 2026-11-30 (22:00 UTC).

Same rules as ``batch4_pages``: the project's page search only (stored excerpts, no page was opened or fetched),
phishing hosts only where a page names them as the fraudsters', genuine texts only where an official or press
page says they are authentic, verbatim quotes (anonymised: phone numbers -> [TEL]; a source's own mask such as
``+33XXXXXXXXX`` is kept as printed). The build script dedups them against every corpus file like the rest.
"""

from __future__ import annotations

from typing import Final

#: (host, brand tags, match_in, page)
MORE_PAGE_LINKS: Final[tuple[tuple[str, tuple[str, ...], str, str], ...]] = (
    (
        "rappel-netflix.fr",
        ("netflix",),
        "host",
        "https://www.numerama.com/cyberguerre/838107-netflix-votre-compte-a-ete-suspendu-ne-tombez-pas-dans-le-piege-de-ce-phishing.html",
    ),
    (
        "autoroutes-vinci.com",
        ("vinci_autoroutes",),
        "host",
        "https://www.leblogauto.com/pratique/infos-pratiques/attention-a-cette-arnaque-au-sms-tres-sophistiquee",
    ),
    (
        "free-paiement.com",
        ("free",),
        "host",
        "https://www.france-inverse.com/arnaque-sms-mail-free-le-faux-defaut-de-paiement/",
    ),
    ("antaidossiergouv.com", ("antai",), "host", "https://unsimpleclic.com/?p=1824800"),
    (
        "dossier-amendes.fr",
        (),
        "none",
        "https://arcadi.fr/attention-ces-arnaques-par-sms-sevissent-voici-comment-ne-pas-vous-faire-pieger-44752/amp",
    ),
    (
        "amende-gouv.org",
        (),
        "none",
        "https://arcadi.fr/attention-ces-arnaques-par-sms-sevissent-voici-comment-ne-pas-vous-faire-pieger-44752/amp",
    ),
    (
        "dossier-antai-gouv.info",
        ("antai",),
        "host",
        "https://arcadi.fr/attention-ces-arnaques-par-sms-sevissent-voici-comment-ne-pas-vous-faire-pieger-44752/amp",
    ),
    (
        "amendes-gouv.org",
        (),
        "none",
        "https://www.cartegrise.com/blog/2023/08/amendes-par-sms-comment-identifier-les-arnaques",
    ),
    (
        "dossier-antai-gouv.fr",
        ("antai",),
        "host",
        "https://www.cartegrise.com/blog/2023/08/amendes-par-sms-comment-identifier-les-arnaques",
    ),
    (
        "compteorange.com",
        ["orange"],
        "host",
        "https://www.universfreebox.com/article/488208/une-arnaque-tres-elaboree-se-fait-passer-pour-orange",
    ),
    (
        "relaisoulocker.com",
        [],
        "none",
        "https://sixactualites.fr/arnaques/relaisoulocker-com-alerte-aux-arnaques-par-sms-de-livraison-de-colis-en-relais/55806/",
    ),
)

#: Genuine senders named by a page: (host, brand tags, page)
MORE_LEGIT_PAGE_HOSTS: Final[tuple[tuple[str, tuple[str, ...], str], ...]] = ()

#: (label, channel, brand, scenario, verbatim text, page)
MORE_MESSAGES: Final[tuple[tuple[str, str, str | None, str, str, str], ...]] = (
    (
        "scam",
        "sms",
        "netflix",
        "account_suspended",
        "Netflix : votre compte a été suspendu. Veuillez suivre les étapes ci-dessous pour procéder à sa "
        "réactivation",
        "https://www.numerama.com/cyberguerre/838107-netflix-votre-compte-a-ete-suspendu-ne-tombez-pas-dans-le-piege-de-ce-phishing.html",
    ),
    (
        "scam",
        "email",
        "netflix",
        "account_suspended",
        "Plus que 2 jours pour mettre à jour vos informations de paiement.",
        "https://www.android-mt.com/news/arnaque-netflix-non-votre-compte-na-pas-ete-suspendu/132136/",
    ),
    (
        "scam",
        "messaging",
        "leboncoin",
        "marketplace",
        "Vérifiez si vous avez reçu l'avis de mon paiement. Apparemment, vous recevrez une confirmation sur le "
        "numéro de téléphone liée à votre compte Leboncoin.",
        "https://www.linternaute.com/argent/magazine/6848416-article-arnaque-leboncoin",
    ),
    (
        "scam",
        "sms",
        None,
        "family_impersonation",
        "Salut Maman/papa, c’est mon nouveau numéro de téléphone, tu peux enregistrer ce numéro et envoyer un "
        "message sur WhatsApp. https://XXXXX +33XXXXXXXXX",
        "https://alouette.preprod.bocir.fr/coucou-maman-c-est-moi-ne-repondez-surtout-pas-a-ce-sms",
    ),
    (
        "scam",
        "sms",
        None,
        "family_impersonation",
        "Cc maman J’ai perdu mon téléphone, peux-tu m’envoyer un message sur WhatsApp à ce numéro +33XXXXXXXXX",
        "https://hitsandclips.fr/alerte-cette-nouvelle-arnaque-telephonique-en-france-fait-deja-des-ravages",
    ),
    (
        "scam",
        "sms",
        None,
        "family_impersonation",
        "papa maman j’ai perdu ma carte Sim voici mon nouveau numéro 06XXXXXXXX Teste le sur WhatsApp",
        "https://hitsandclips.fr/alerte-cette-nouvelle-arnaque-telephonique-en-france-fait-deja-des-ravages",
    ),
    (
        "scam",
        "sms",
        None,
        "family_impersonation",
        "Salut maman, c’est moi j’espère que tu vas bien. Mon téléphone est cassé je n’ai vraiment pas de "
        "chance.. Voici mon nouveau numéro, enregistre celui-ci pour le moment. Répond moi quand tu reçois ce "
        "message, bisous.",
        "https://la1ere.francetvinfo.fr/guadeloupe/bonjour-papa-coucou-maman-l-escroquerie-a-l-enfant-qui-a-un-probleme-de-telephone-attention-arnaque-1475565.html",
    ),
    (
        "scam",
        "sms",
        None,
        "family_impersonation",
        "Coucou maman, mon téléphone est cassé. C’est mon nouveau numéro. Envoie-moi un message via WhatsApp dès "
        "que tu vois ça",
        "https://www.planet.fr/societe-coucou-maman-ce-sms-frauduleux-est-de-retour.2990552.29336.html",
    ),
    (
        "scam",
        "sms",
        "mondial_relay",
        "parcel_delivery",
        "Bonjour, c’est le livreur Mondial Relay, j’ai un colis au nom de….qui ne rentrait pas dans la boite aux "
        "lettres, veuillez reprogrammer la livraison car je ne peux pas re passer aujourd’hui",
        "https://www.francemobiles.com/actualites/l-arnaque-au-colis-par-sms-fait-de-nouvelles-victimes-en-france-20716.html",
    ),
    (
        "scam",
        "sms",
        "vinci_autoroutes",
        "toll",
        "RAPPEL VINCI-AUTOROUTES. Solde impayé de 6,71 euros",
        "https://www.leblogauto.com/pratique/infos-pratiques/attention-a-cette-arnaque-au-sms-tres-sophistiquee",
    ),
    (
        "scam",
        "sms",
        None,
        "toll",
        "Un solde de 6,80 euros reste impayé, merci de régulariser la situation avant le 4 novembre",
        "https://www.rtl.fr/actu/economie-consommation/ils-ont-votre-nom-et-votre-plaque-d-immatriculation-attention-a-cette-nouvelle-arnaque-tres-ciblee-par-sms-qui-evoque-un-peage-impaye-7900573230",
    ),
    (
        "scam",
        "sms",
        None,
        "job_offer",
        "Bonjour, votre CV a ete approuve par notre societe, emploi en ligne a temps partiel 60-200EUR jour Pour plus d’informations, veuillez contacter",
        "https://econostrum.info/cyberattaque-france-travail-message-doit-alerter",
    ),
    (
        "scam",
        "sms",
        "free",
        "unpaid_bill",
        "FreeMobile vous rappelle la régularisation de votre facture N° : #160944 du 20/12/2018, votre ligne pourra être suspendue pour 24h. Veuillez compléter les étapes suivantes : http://gg.gg/crioo",
        "https://actu.meilleurmobile.com/free-mobile-attention-smishing_187693/amp",
    ),
    (
        "scam",
        "sms",
        "free",
        "unpaid_bill",
        "Votre abonnement fera l’objet d’une suspension complète suite à un défaut de paiement de 1.99 euro. Nous cous invitons à régulariser la situation avant 14h00 UTC en vous rendant à l’URL http://free-paiement.com/moncompte/",
        "https://www.france-inverse.com/arnaque-sms-mail-free-le-faux-defaut-de-paiement/",
    ),
    (
        "scam",
        "email",
        "free",
        "account_update",
        "Pour continuer à bénéficier de nos services sans interruption, des frais de réactivation de votre contrat seront appliqués à votre abonnement. Celle-ci est requise pour éviter toute suspension inattendue de vos abonnements et de vos services associés à votre ligne Free",
        "https://www.commentcamarche.net/securite/arnaque/31325-arnaque-free-ne-payez-surtout-pas-pour-des-frais-de-reactivation/",
    ),
    (
        "scam",
        "sms",
        "antai",
        "fine",
        "Info ANTAI : Vous m avez un retard de paiement de 35,00€. Dossier référence 207530099. Consulter mon dossier d’infraction via : https://antaidossiergouv.com",
        "https://unsimpleclic.com/?p=1824800",
    ),
    (
        "genuine",
        "sms",
        "fr_alert",
        "public_alert",
        "Alerte extrême, Exercice exercice exercice. Message de la préfecture",
        "https://www.presse-citron.net/ce-nest-pas-une-arnaque-900-000-francais-vont-recevoir-un-message-dalerte-sur-leur-telephone",
    ),
    (
        "genuine",
        "sms",
        "ameli",
        "public_alert",
        "ASSURANCE MALADIE: ATTENTION: le virus de la grippe circule TRES activement, faites vite vacciner votre "
        "enfant pour le protéger et éviter des complications.",
        "https://www.planet.fr/societe-ce-sms-de-lassurance-maladie-nest-pas-une-arnaque.2991991.29336.html",
    ),
    (
        "genuine",
        "email",
        "impots",
        "tax_credit_notice",
        "Bonjour, vous allez recevoir une avance de réduction et crédits d'impôt calculée dans le cadre de votre impôt sur les revenus. Pour plus de détails, connectez-vous à votre espace particulier sur impots.gouv.fr ou à partir de l'application mobile impots.gouv.fr. Nous vous remercions de votre attention. La Direction générale des Finances publiques.",
        "https://www.linternaute.com/argent/impots/9633696-mail-impots-bonne-nouvelle/",
    ),
    (
        "genuine",
        "email",
        "ameli",
        "document_request",
        "Dans le cadre de nos vérifications périodiques, nous avons besoin de vérifier que les conditions de stabilité et de régularité de votre séjour en France sont remplies",
        "https://argentauquotidien.com/cet-etrange-e-mail-de-lassurance-maladie-nest-pas-une-arnaque",
    ),
    (
        "scam",
        "sms",
        "orange",
        "refund",
        "Orange vous informe d’une indemnisation de 79.99€ suite aux pannes survenues pendant le confinement",
        "https://www.universfreebox.com/article/488208/une-arnaque-tres-elaboree-se-fait-passer-pour-orange",
    ),
    (
        "scam",
        "sms",
        None,
        "parcel_delivery",
        "E-Relais bonjour, votre E-colis ref: M193024 est à votre disposition depuis le 02/11/2013. Renseignement au 063712xxxx",
        "https://www.annuaire-inverse-france.com/actualites/e-colis-l-arnaque-qui-fait-boom/316",
    ),
    (
        "scam",
        "sms",
        None,
        "parcel_delivery",
        "Svp c’est le livreur j’ai un colis pour [Prénom] [Nom] qui ne rentrait pas dans la boite aux lettres, veuillez choisir un relais/locker https://relaisoulocker.com",
        "https://sixactualites.fr/arnaques/relaisoulocker-com-alerte-aux-arnaques-par-sms-de-livraison-de-colis-en-relais/55806/",
    ),
    (
        "scam",
        "sms",
        None,
        "parcel_delivery",
        "Bonjour, c’est votre livreur, je n’ai pas pu vous delivrer aujourd’hui la boite aux lettres est trop petite. Je repasse ? Ou je met en relais ?",
        "https://www.beincrypto1.de/economie-politique/plus-trompeuse-cette-arnaque-a-la-livraison-pourrait-vous-couter-cher-1514512",
    ),
    (
        "scam",
        "sms",
        None,
        "parcel_delivery",
        "Ok alors choisissez ici votre nouveau créneau ou point relais.",
        "https://www.beincrypto1.de/economie-politique/plus-trompeuse-cette-arnaque-a-la-livraison-pourrait-vous-couter-cher-1514512",
    ),
    (
        "scam",
        "email",
        None,
        "payslip",
        "Bonjour, une erreur a été détecté sur votre fiche de paie du mois de septembre. Le montant indiqué dans le bulletin est incorrect suite à un problème de calcul automatique",
        "https://www.linternaute.com/argent/magazine/9018333-article-correction-urgente-fiche-de-paie/",
    ),
    (
        "scam",
        "email",
        "sncf",
        "refund",
        "En raison des perturbations du 18 septembre, une compensation de 29,99 euros est disponible",
        "https://www.beincrypto1.de/economie-politique/soyez-vigilant-si-l-on-vous-propose-un-remboursement-de-la-sncf-apres-les-greves-du-18-septembre-il-sagit-dune-arnaque-1519178",
    ),
    (
        "scam",
        "email",
        "idfm",
        "refund",
        "tous les voyageurs d'Île-de-France munis d'un forfait Navigo entre septembre 2022 et juin 2023 peuvent demander le remboursement d'un demi-mois, soit 37,60 €",
        "https://www.commentcamarche.net/securite/arnaque/28583-arnaque-passe-navigo-attention-aux-fausses-campagnes-de-remboursement/",
    ),
    (
        "scam",
        "email",
        "idfm",
        "account_update",
        "Nous tenons à vous rappeler que votre abonnement comprend un mois gratuit, qui sera automatiquement ajouté à votre compte une fois que les informations de paiements seront mises à jour et confirmées.",
        "https://www.linternaute.com/argent/magazine/5537931-article-mail-idfm-bis/",
    ),
    (
        "scam",
        "sms",
        None,
        "energy",
        "La région Hauts-de-France vous permet d'économiser plus de 70% sur votre consommation énergétique",
        "https://france3-regions.francetvinfo.fr/hauts-de-france/somme/des-arnaques-sms-proposent-d-economiser-sur-la-consommation-energetique-la-region-hauts-de-france-alerte-les-habitants-2682444.html",
    ),
    (
        "scam",
        "messaging",
        None,
        "account_takeover",
        "Salut! J’ai besoin de toi si tu veux bien m’aider stp si ça te dérange pas?",
        "http://toutcomptefait.ch/article/article-detail/le-jass-et-le-pirate",
    ),
    (
        "scam",
        "email",
        "lidl",
        "prize",
        "Dernière chance pour réclamer votre cadeau",
        "https://nuitfrance.fr/actualite/195011-larnaque-au-nom-de-lenseigne-lidl-fait-rage-et-peut-vous-couter-une-fortune",
    ),
    (
        "genuine",
        "sms",
        "whatsapp",
        "2fa_code",
        "Votre code de vérification WhatsApp est 527 194",
        "https://www.commentcamarche.net/securite/35837-alerte-message-whatsapp/",
    ),
)
