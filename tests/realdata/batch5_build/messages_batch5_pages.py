"""Message candidates of the fifth batch read in public web pages, one page per item (verbatim quotes).

Gathered on 2026-11-30 (session ending 01:05 UTC on 2026-12-01) through the project's page search (stored
excerpts; no page was opened or fetched, no link in them was followed). Each row is
(label, channel, brand, scenario, text, page, why): ``text`` is a contiguous verbatim quote of the page,
anonymised (phone numbers -> [TEL], e-mail addresses -> [EMAIL], a private person's name -> [NOM]); ``why``
is, for a genuine item, the page's own sentence saying the message is authentic, and for a scam the page's
sentence saying it is a scam (short). The build (``build_messages.py``) drops the rows that repeat an older
message file.
"""

from __future__ import annotations

from typing import Final

Row = tuple[str, str, str | None, str, str, str, str]

MESSAGES: Final[tuple[Row, ...]] = (
    # --- bank advisor / fake payment code -------------------------------------------------------------
    (
        "scam",
        "sms",
        None,
        "bank_advisor",
        "Pour confirmer votre paiement internet de 1456€, saisissez le code 220817. Si ce n’est pas vous, "
        "contactez immédiatement le [TEL].",
        "https://journal-info.fr/2025/04/25/attention-une-vague-de-faux-sms-piege-des-milliers-de-clients-en-france",
        "Mais le numéro indiqué est un piège : en appelant, vous tombez directement entre les griffes des arnaqueurs.",
    ),
    (
        "genuine",
        "sms",
        "lcl",
        "fraud_alert",
        "LCL - Alerte fraude sur votre CB. Etes-vous à l'origine du paiement ?",
        "https://www.journaldunet.com/patrimoine/finances-personnelles/1540251-cd1-sms-banque/",
        "Ce type de SMS semble suspect et pourtant il vient bien de votre banque. (…) LCL, en revanche, adopte une "
        "approche différente. Un client reçoit un message du type : …",
    ),
    # --- CPF -----------------------------------------------------------------------------------------
    (
        "scam",
        "sms",
        "cpf",
        "cpf",
        "Votre compte CPF est mis à jour. Cliquer sur ce lien pour actualiser vos droits acquis",
        "https://www.rtl.fr/actu/debats-societe/arnaques-au-cpf-comment-les-reconnaitre-7900159336",
        "Les arnaques au compte personnel de formation (CPF) peuvent vous faire perdre de grosses sommes d'argent",
    ),
    (
        "scam",
        "sms",
        "cpf",
        "cpf",
        "URGENT : Vous allez perdre vos droits CPF. Consultez votre solde et réclamez votre formation 100% financée",
        "https://www.france-inverse.com/arnaques-telephone/",
        "Qu'est-ce que l'arnaque au CPF ? Par exemple, vous pouvez être destinataire du type de message suivant",
    ),
    (
        "scam",
        "sms",
        "cpf",
        "cpf",
        "Votre soldes D.I.F va expirer. Consultez votre budget et réclamez votre formation 100 % prise en charge",
        "https://www.cnews.fr/vie-numerique/2021-06-11/cette-nouvelle-arnaque-au-cpf-par-sms-fait-croire-que-vous-allez-perdre",
        "Plusieurs Français ont donc reçu le SMS suivant (…) Attention, ne vous rendez surtout pas dessus.",
    ),
    # --- "coucou maman" ----------------------------------------------------------------------------------
    (
        "scam",
        "sms",
        None,
        "family_emergency",
        "Bonjour maman/papa, mon téléphone est cassé. C'est mon nouveau numéro de téléphone",
        "https://www.commentcamarche.net/securite/arnaque/30539-coucou-maman-papa-attention-a-l-escroquerie-a-l-enfant-qui-a-un-probleme-de-telephone/",
        "Ne tombez surtout pas dans le panneau, il s'agit d'une arnaque !",
    ),
    (
        "scam",
        "sms",
        None,
        "family_emergency",
        "Salut Maman/papa, c’est mon nouveau numéro de téléphone, tu peux enregistrer ce numéro et envoyer un "
        "message sur WhatsApp. https://XXXXX +33XXXXXXXXX",
        "https://alouette.preprod.bocir.fr/coucou-maman-c-est-moi-ne-repondez-surtout-pas-a-ce-sms",
        "Si c'est le cas, sachez qu'il s'agit d'une escroquerie.",
    ),
    (
        "scam",
        "messaging",
        None,
        "family_emergency",
        "Coucou papa, c'est mon nouveau numéro de téléphone car ma carte SIM est cassée, envoie-moi un message sur "
        "WhatsApp",
        "https://clubic.com/actualite-539213-c-est-le-cauchemar-numerique-des-parents-les-coucou-papa-maman-de-whatsapp-pullulent.html",
        "L'escroquerie de l'enfant en détresse qui appelle à l'aide ses parents sur WhatsApp",
    ),
    (
        "scam",
        "sms",
        None,
        "family_emergency",
        "Salut maman, c’est moi j’espère que tu vas bien. Mon téléphone est cassé je n’ai vraiment pas de chance.. "
        "Voici mon nouveau numéro, enregistre celui-ci pour le moment. Répond moi quand tu reçois ce message, bisous.",
        "https://la1ere.francetvinfo.fr/guadeloupe/bonjour-papa-coucou-maman-l-escroquerie-a-l-enfant-qui-a-un-probleme-de-telephone-attention-arnaque-1475565.html",
        "Des escrocs se font passer pour l'enfant du destinataire du message",
    ),
    (
        "scam",
        "sms",
        None,
        "family_emergency",
        "Coucou papa et maman, mon téléphone est cassé, voici mon nouveau numéro... Peux-tu m’envoyer un message "
        "via WhatsApp ?",
        "https://www.francetvinfo.fr/replay-radio/ca-nous-arrive-tous-les-jours/hameconnage-par-sms-attention-aux-messages-de-vos-proches-que-vous-pouvez-recevoir-sur-votre-telephone_6753865.html",
        "Il s’agit d’une escroquerie, qui apparaît par vague",
    ),
    (
        "scam",
        "sms",
        None,
        "family_emergency",
        "Coucou maman, mon téléphone est cassé. C’est mon nouveau numéro. Envoie-moi un message via WhatsApp dès "
        "que tu vois ça",
        "https://www.planet.fr/societe-coucou-maman-ce-sms-frauduleux-est-de-retour.2990552.29336.html",
        "L'hameçonnage débute par la réception d'un message anodin, souvent un SMS frauduleux du type",
    ),
    # --- sextortion ------------------------------------------------------------------------------------
    (
        "scam",
        "email",
        None,
        "sextortion",
        "Bonjour, pervers. J’ai envoyé ce message depuis votre messagerie Microsoft.",
        "https://www.planet.fr/societe-bonjour-pervers-mefiez-vous-de-cette-arnaque-dans-votre-boite-mail.2988861.29336.html",
        "Derrière ces messages inquiétants se cache une arnaque à la sextorsion",
    ),
    (
        "scam",
        "email",
        None,
        "sextortion",
        "Je suis un hackeur qui a piraté vos appareils il y a quelques mois",
        "https://www.staging.libe.io/societe/police-justice/sextorsion-deux-pirates-au-tribunal-pour-chantage-au-visionnage-20230924_4L3KW6FVCFC6HK3JJDNFITBN2U",
        "ce courriel menaçant et d’autres du même tonneau ont atterri dans les boîtes mail de millions de personnes",
    ),
    # --- crypto ---------------------------------------------------------------------------------------
    (
        "scam",
        "sms",
        "coinhouse",
        "account_update",
        "Attention, votre légimitation Coinhouse va bientôt explirer. Actualisez vos informations avant le "
        "12/08/2024 à cette adresse : coinhouse-informations.site",
        "https://app.moneyvox.fr/votre-argent/actualites/99123/cryptomonnaies-attention-a-cette-nouvelle-arnaque-pour-vider-votre-portefeuille",
        "« il s'agit bien d'une tentative d'arnaque », prévient l'entreprise contactée par MoneyVox",
    ),
    # --- energy ---------------------------------------------------------------------------------------
    (
        "scam",
        "sms",
        "edf",
        "energy",
        "Alerte EDF : votre facture pourrait augmenter si vous ne renouvelez pas votre bouclier tarifaire",
        "https://fr.news.yahoo.com/facture-edf-pourrait-augmenter-attention-arnaque-sms-115024608.html",
        "Un SMS invite les clients d’EDF à cliquer sur un lien pour renouveler son bouclier tarifaire. C’est "
        "évidemment une arnaque.",
    ),
    (
        "scam",
        "email",
        "edf",
        "refund",
        "Nous vous contactons aujourd'hui au nom d'EDF pour vous informer d'un remboursement concernant un "
        "trop-perçu sur votre compte. Après vérification de nos dossiers, nous avons constaté que vous êtes éligible "
        "à un remboursement d'un montant de 219,90 euros",
        "https://www.journaldesfemmes.fr/maman/magazine/3240462-faux-remboursement-mail",
        "Ce faux remboursement arrive dans des milliers de boîtes mail",
    ),
    # --- jobs / fines ----------------------------------------------------------------------------------
    (
        "scam",
        "sms",
        None,
        "job_scam",
        "Bonjour, votre CV a ete approuve par notre societe, emploi en ligne a temps partiel 60-200EUR jour Pour "
        "plus d’informations, veuillez contacter",
        "https://econostrum.info/cyberattaque-france-travail-message-doit-alerter",
        "Autant de signes qui confirment une tentative de smishing.",
    ),
    (
        "scam",
        "sms",
        "antai",
        "fine",
        "Info Antai : vous avez un retard de paiement de 35 euros.",
        "https://www.objeko.com/actualite/attention-a-cette-arnaque-par-sms-au-retard-de-paiement-voici-comment-la-detecter/",
        "le ministère de l'Intérieur a même lancé une alerte nationale en expliquant qu’ « il s’agit d’une tentative "
        "d’escroquerie »",
    ),
    # --- batch 2 of page candidates --------------------------------------------------------------------
    (
        "genuine",
        "email",
        "impots",
        "tax_notice",
        "Bonjour, vous allez recevoir une avance de réduction et crédits d'impôt calculée dans le cadre de votre "
        "impôt sur les revenus. Pour plus de détails, connectez-vous à votre espace particulier sur impots.gouv.fr ou "
        "à partir de l'application mobile impots.gouv.fr. Nous vous remercions de votre attention. La Direction "
        "générale des Finances publiques.",
        "https://www.linternaute.com/argent/impots/9633696-mail-impots-bonne-nouvelle/",
        "Rassurez-vous : il ne s'agit pas d'une arnaque. Contrairement aux nombreuses tentatives de phishing qui "
        "usurpent l'identité du fisc, ce message est parfaitement authentique.",
    ),
    (
        "genuine",
        "sms",
        "impots",
        "tax_reminder",
        "Bonjour, pensez à déclarer vos revenus sur impots.gouv.fr. Besoin d’aide ? Appelez le 0809401402 (appel "
        "non surtaxé)",
        "https://cafebabel.fr/economie/impots-2024-cet-avertissement-imminent-du-fisc",
        "L’administration fiscale vient d’envoyer une nouvelle alerte à des millions de contribuables français, une "
        "communication officielle",
    ),
    (
        "genuine",
        "sms",
        "ameli",
        "public_alert",
        "ATTENTION : le virus de la grippe circule TRES activement",
        "https://cdndata.fr/assurance-maladie-sms-alerte",
        "ces SMS « attention » proviennent bel et bien d’une notification officielle émanant de la Caisse nationale "
        "de l’Assurance Maladie (Cnam)",
    ),
    (
        "genuine",
        "sms",
        "enedis",
        "service_notice",
        "Dans le cadre du changement de votre compteur d’électricité, CPCP Telecom, partenaire ENEDIS, intervient "
        "dans votre quartier",
        "https://planet.fr/conso-compteur-linky-non-le-refuser-ne-signifie-pas-quil-faudra-payer.2399440.1404.html",
        "Ne vous étonnez pas de recevoir un message menaçant de la part d’Enedis : l’entreprise n’hésite pas, en "
        "effet, à contacter les Françaises et les Français qui ne sont pas encore équipés (…) Certains de nos lecteurs "
        "nous ont ainsi communiqué le SMS qui leur a été envoyé.",
    ),
    (
        "genuine",
        "sms",
        "cheque_energie",
        "aid_notice",
        "Vous n'avez pas utilisé votre chèque énergie n°XXXX. RDV sur https://chequeenergie.gouv.fr ou appelez le "
        "n° vert 0805204805. Le Chèque énergie",
        "https://www.commentcamarche.net/securite/arnaque/32487-sms-cheque-energie/",
        "(page title: « Arnaque ou message légitime ? »; the companion page iletaitunepub.fr says « cette fois, "
        "promis, il ne s’agit pas d’une escroquerie »)",
    ),
    (
        "scam",
        "email",
        None,
        "account_suspended",
        "Si vous manquez d’espace, certains services peuvent être interrompus",
        "https://geeko.lesoir.be/2024/01/21/pourquoi-il-ne-faut-surtout-pas-cliquer-sur-ce-mail-que-vous-avez-peut-etre-recu",
        "Mais attention, car il s’agit d’un faux.",
    ),
    (
        "scam",
        "sms",
        "orange",
        "refund",
        "Orange vous informe d’une indemnisation de 79.99€ suite aux pannes survenues pendant le confinement",
        "https://www.universfreebox.com/article/488208/une-arnaque-tres-elaboree-se-fait-passer-pour-orange",
        "Non, votre opérateur ne vous rembourse pas à cause des pannes de réseaux.",
    ),
    (
        "scam",
        "sms",
        "ameli",
        "refund",
        "Après les derniers calculs pour l’exercice de votre activité, nous vous informons que vous avez un "
        "remboursement de 642 euros",
        "https://cnews.fr/france/2022-01-08/arnaque-attention-ce-sms-de-la-cpam-qui-promet-642-euros-1168728",
        "ce message qui est signé par la CPAM (…) est en fait frauduleux.",
    ),
    (
        "scam",
        "sms",
        "ameli",
        "vitale_card",
        "AMELI : votre carte vitale arrive à expiration, veuillez la mettre à jour via ce lien "
        "sante-infos.net/index.php",
        "https://theworldnews.net/fr-news/arnaque-par-sms-attention-a-ce-numero-a-13-chiffres",
        "Ces sollicitations sont des arnaques",
    ),
    (
        "scam",
        "sms",
        "ameli",
        "vitale_card",
        "Assurance maladie : votre carte vitale arrive à expiration, veuillez remplir le formulaire de "
        "renouvellement sous 48 h via",
        "https://actuethumour.fr/2022/10/17/votre-carte-vitale-arrive-a-expiration-attention-a-cette-arnaque-par-sms-qui-continue/",
        "C’est une escroquerie.",
    ),
    (
        "scam",
        "letter",
        None,
        "fine",
        "Nous souhaitons vous notifier qu’une amende de 35 euros a été remise à votre encontre. Nous attirons votre "
        "attention sur le fait qu’une majoration de 135 euros sera ajoutée si le règlement n’est pas effectué dans "
        "les deux jours ouvrés. Il est donc plus que primordial de régler le plus rapidement. Pour procéder à la "
        "régularisation, veuillez utiliser le QR code ou le lien ci-dessous.",
        "https://yespark.fr/blog/amendes-de-stationnement-une-nouvelle-arnaque",
        "Les arnaques aux amendes de stationnement se multiplient en France.",
    ),
    # --- batch 3 of page candidates --------------------------------------------------------------------
    (
        "scam",
        "email",
        None,
        "fake_summons",
        "Nous portons à votre connaissance que des poursuites judiciaires ont été initiées à votre encontre suite à "
        "des infractions présumées en lien avec…",
        "https://journalzibeline.fr/attention-larnaque-du-faux-avocat-vous-envoie-un-mail-contenant-une-lettre-de-ce-type",
        "Ce mail est bien entendu un faux",
    ),
    (
        "scam",
        "email",
        "banque_de_france",
        "bank_advisor",
        "Nous vous informons qu'un virement de 2 200 euros est en cours vers : [NOM] et une opération initiée par "
        "votre carte bancaire XXXX : 1 478,50 euros",
        "https://www.commentcamarche.net/securite/arnaque/36141-arnaque-paiement-valide/",
        "Il s'agit d'une arnaque, mais avec un piège inédit.",
    ),
    (
        "scam",
        "sms",
        None,
        "parcel_delivery",
        "Bonjour, c’est le livreur, votre colis est trop volumineux pour votre boîte aux lettres. Veuillez choisir un "
        "nouveau créneau",
        "https://www.demotivateur.fr/vie-pratique/vous-avez-recu-un-sms-a-propos-d-un-colis-trop-volumineux-attention-cela-peut-etre-une-arnaque-43797",
        "Il peut s’agir d’une arnaque.",
    ),
    (
        "scam",
        "sms",
        None,
        "parcel_delivery",
        "Bonjour, vous êtes chez vous ?",
        "https://www.commentcamarche.net/securite/arnaque/35137-sms-arnaque-livreur/",
        "Il s'agit d'une arnaque très en vogue en ce moment",
    ),
    (
        "scam",
        "sms",
        "societe_generale",
        "account_update",
        "Afin de conserver l'accès à nos services, merci de vous identifier",
        "https://www.linternaute.com/argent/magazine/5459366-arnaque-societe-generale/",
        "Ce message, en apparence très vrai, est faux",
    ),
    (
        "scam",
        "sms",
        "darty",
        "fake_purchase",
        "Bonjour. Votre achat de 594,98 EUR chez Darty a bien été enregistré. Si vous n'avez pas initié ce paiement, "
        "contacter vite le service opposition au 07 XX XX XX XX (non surtaxé). Cordialement, Service Opposition",
        "https://www.moneyvox.fr/actu/106496/cette-arnaque-par-sms-est-en-pleine-resurgence-voici-comment-la-debusquer",
        "il s'agit à coup sûr d'un hameçonnage",
    ),
    (
        "scam",
        "email",
        "assurance_retraite",
        "refund",
        "suite à la réforme des retraites, une régularisation de votre carrière a été faite sur votre dossier",
        "https://rmc.bfmtv.com/conso/arnaques/une-nouvelle-arnaque-au-trop-percu-en-votre-faveur-cible-les-beneficiaires-de-l-assurance-retraite_AN-202509050014.html",
        "L'Assurance retraite a sonné l'alarme face à cette tentative de fraude.",
    ),
    (
        "genuine",
        "email",
        "caf",
        "security_advice",
        "l'émetteur de ce courriel n'est pas votre caisse d'Allocations familiales. Ce courriel est frauduleux. N'y "
        "répondez surtout pas. Nous vous invitons à le transmettre par courrier ou par messagerie à votre caisse "
        "d'Allocations familiales afin de faciliter l'enquête sur l'origine et les auteurs de ces courriels "
        "frauduleux.",
        "https://clubic.com/antivirus-securite-informatique/virus-hacker-piratage/actualite-437002-caf-spamme-pourriel.html",
        "L' e-mail (valide) précise qu'il s'agit d'une escroquerie",
    ),
    (
        "scam",
        "sms",
        "antai",
        "fine",
        "INFO ANTAI : Votre infraction en date du 20/06/2024 est toujours en attente de règlement. Merci de "
        "régulariser la situation avant le 28/08/2024 sous peine d’une majoration de 135€",
        "https://parisparlez.com/arnaque-a-lamende-routiere-comment-reperer-ces-sms-frauduleux/",
        "Derrière le site internet se cachent des escrocs.",
    ),
    (
        "scam",
        "sms",
        "antai",
        "fine",
        "Info ANTAI : Vous m avez un retard de paiement de 35,00€. Dossier référence 207530099. Consulter mon "
        "dossier d’infraction via : https://antaidossiergouv.com",
        "https://unsimpleclic.com/?p=1824800",
        "un SMS clairement frauduleux, se faisant passer pour l’ANTAI",
    ),
    (
        "scam",
        "sms",
        "gouv",
        "fine",
        "Dernier avertissement avant majoration de 135 euros",
        "https://www.linternaute.com/argent/magazine/5642597-article-sms-amende/",
        'tout est faux dans ce "dernier avertissement" envoyé',
    ),
    # --- batch 4: a real collector's letter --------------------------------------------------------------
    (
        "genuine",
        "letter",
        None,
        "collector_letter",
        "Nous avons chargé notre huissier correspondant d’obtenir une condamnation à votre encontre en déposant une "
        "requête en INJONCTION DE PAYER auprès du Président du Tribunal compétent. Après obtention de cette "
        "condamnation, l’huissier la signifiera à votre domicile. A l’issue de cette procédure, nous disposerons d’un "
        "Jugement qui sera applicable immédiatement et valable pendant 10 ans. Vous vous exposez à la SAISIE de vos "
        "biens, de votre salaire et de votre COMPTE BANCAIRE. Nous vous informons également que ces actions "
        "entraineront des frais importants qui seront à votre charge. Seul votre règlement permettra d’interrompre la "
        "procédure.",
        "https://fouche.avocat.fr/tags/injonction-de-payer/",
        "Et pourtant, les factures arrivent, bientôt suivies de petits mots doux d’une des sociétés de recouvrement. "
        "(…) Je reproduis ci-dessous le courrier reçu récemment par un client (les gras et soulignés sont d’origine)",
    ),
    (
        "genuine",
        "letter",
        None,
        "collector_letter",
        "nous déposerons immédiatement une injonction de payer devant le tribunal le plus proche de votre domicile",
        "https://arnaques-infos.org/societes-de-recouvrement.html",
        "FINREC (Financière de recouvrement), société de recouvrement intervenant, notamment, pour les Éditions ATLAS "
        "(…) Voici le descriptif des recettes utilisées dans le courrier adressé par FINREC",
    ),
    # --- batch 5 ------------------------------------------------------------------------------------------
    (
        "scam",
        "email",
        "sncf",
        "refund",
        "En raison des perturbations du 18 septembre, une compensation de 29,99 euros est disponible",
        "https://www.beincrypto1.de/economie-politique/soyez-vigilant-si-l-on-vous-propose-un-remboursement-de-la-sncf-apres-les-greves-du-18-septembre-il-sagit-dune-arnaque-1519178",
        "Attention, il s’agit d’une arnaque.",
    ),
    (
        "scam",
        "unknown",
        "auchan",
        "prize",
        "Pour célébrer les 14 ans d’Auchan, nous envoyons un sac cadeau spécial à tous ceux qui écrivent « JOYEUX "
        "ANNIVERSAIRE » sur notre PAGE Bonne chance !!",
        "https://www.sudinfo.be/id576375/article/2022-11-19/des-tentatives-descroquerie-attention-cette-arnaque-si-vous-faites-vos-courses",
        "Une première information permet de réaliser qu’il s’agit d’une arnaque",
    ),
    (
        "scam",
        "letter",
        "ledger",
        "account_update",
        "Nous avons récemment été victimes d'une faille de sécurité",
        "https://www.bfmtv.com/crypto/du-hameconnage-jusque-dans-nos-boites-aux-lettres-si-vous-recevez-un-courrier-de-la-plateforme-de-cryptos-ledger-chez-vous-vous-etes-victime-d-une-arnaque_AN-202507240237.html",
        "Il s'agit d'une campagne de phishing en cours en France, à laquelle il ne faut pas donner suite.",
    ),
    (
        "scam",
        "messaging",
        None,
        "inheritance",
        "Je voudrais bien humblement m’excuser de la façon de m’y prend actuellement afin de rentrer en contact avec "
        "vous mais comprenez bien que je n’ai pas eu d’autres alternatives",
        "https://linformateurdebourgogne.com/surprise-vieille-dame-a-larticle-de-mort-lui-don-de-1-6me",
        "« C’est quand même un peu louche » (a stranger on Facebook announcing a 1.6 M€ donation)",
    ),
    # --- batch 6: operators, ANCV ---------------------------------------------------------------------------
    (
        "scam",
        "sms",
        "free",
        "unpaid_bill",
        "Votre abonnement fera l’objet d’une suspension complète suite à un défaut de paiement de 1.99 euro. Nous "
        "cous invitons à régulariser la situation avant 14h00 UTC en vous rendant à l’URL "
        "http://free-paiement.com/moncompte/",
        "https://www.france-inverse.com/arnaque-sms-mail-free-le-faux-defaut-de-paiement/",
        "FREE ne vous a rien envoyé mais est victime d’usurpation d’identité",
    ),
    (
        "scam",
        "sms",
        "free",
        "unpaid_bill",
        "FreeMobile vous rappelle la régularisation de votre facture N° : #160944 du 20/12/2018, votre ligne pourra "
        "être suspendue pour 24h. Veuillez compléter les étapes suivantes : http://gg.gg/crioo",
        "https://actu.meilleurmobile.com/free-mobile-attention-smishing_187693/amp",
        "C’est ce que l’on appelle du smishing, pur et dur.",
    ),
    (
        "scam",
        "email",
        "free",
        "account_suspended",
        "Pour continuer à bénéficier de nos services sans interruption, des frais de réactivation de votre contrat "
        "seront appliqués à votre abonnement. Celle-ci est requise pour éviter toute suspension inattendue de vos "
        "abonnements et de vos services associés à votre ligne Free",
        "https://www.commentcamarche.net/securite/arnaque/31325-arnaque-free-ne-payez-surtout-pas-pour-des-frais-de-reactivation/",
        "Vous vous en doutez, il s'agit d'une tentative de phishing",
    ),
    (
        "scam",
        "email",
        "ancv",
        "refund",
        "Madame, Monsieur, nos services ont identifié que vous pourriez disposer de chèques-vacances non utilisés "
        "arrivant à expiration. Conformément à la réglementation en vigueur, les Chèques-Vacances non utilisés "
        "expirent définitivement le 20 août 2025. Passé cette date, aucune récupération ne sera possible.",
        "https://www.commentcamarche.net/securite/arnaque/35327-arnaque-cheques-vacances-ancv/",
        "Les escrocs vous font croire que vos 350 euros de chèques-vacances sont sur le point d'expirer, mais il n'en "
        "est rien.",
    ),
    # --- batch 7: genuine formats quoted by the senders or their recipients ------------------------------
    (
        "genuine",
        "email",
        "impots",
        "tax_notice",
        "vous avez opté pour la consultation de vos documents directement dans votre espace particulier",
        "https://www.linternaute.com/argent/magazine/5773533-article-mail-impots-ir-bis/",
        "Jetez un oeil à l'expéditeur : ne-pas-repondre@dgfip.finances.gouv.fr ? C'est bien l'administration "
        "fiscale qui s'adresse à vous.",
    ),
    (
        "genuine",
        "sms",
        "lcl",
        "fraud_alert",
        "Alerte LCL : achat internet XXXX E sur votre carte finissant par XX. Pour votre sécurité plafonds bloqués. "
        "Appeler le 0969391133 (appel non surtaxé). Cdt.",
        "https://www.lcl.fr/cartes-bancaires/paiement-en-ligne-comment-faire-mes-achats-en-toute-securite",
        "(LCL's own page) En cas de doute sur un paiement, LCL est susceptible de vous envoyer un SMS d’alerte",
    ),
    (
        "genuine",
        "email",
        "chronopost",
        "parcel_status",
        "Madame, Monsieur, Nous avons le plaisir de vous annoncer que votre colis n° XXXXXXXXXXXXX est disponible dans "
        "votre point Chrono Relais : XXXXXXXXXXXXXXXXXXXX [ADRESSE] Votre colis sera conservé 8 jours dans votre "
        "point Chrono Relais à compter de la date de mise à disposition. Pour le retirer, nous vous invitons à vous "
        "munir de ce message et d'une pièce d’identité. Nous vous souhaitons une agréable fin de journée. Très "
        "cordialement, Chrono Relais",
        "https://y-a-s.over-blog.fr/article-10424066.html",
        "je reçois un message de Chronopost (leur adresse (…) : chrono-relais@chronopost.fr), me disant textuellement "
        "ceci (a real notice, sent three weeks late)",
    ),
    (
        "genuine",
        "sms",
        "chronopost",
        "parcel_status",
        "Votre colis sera livré aujourd’hui entre 8h et 18h.",
        "https://enjoypaperasse.fr/2025/10/suivre-un-colis-chronopost-sans-perdre-sa-sante-mentale",
        "Un SMS de Chronopost à 7h42. Une promesse. (a humorous first-person account of a real delivery)",
    ),
    (
        "genuine",
        "email",
        "bouygues_telecom",
        "security_advice",
        "En ce moment, des SMS frauduleux circulent, prétendument envoyés par votre banque et vous alertant d'une "
        "opération suspecte sur votre compte. Méfiez-vous !",
        "https://www.clubic.com/actualite-582973-abonne-bouygues-telecom-attention-vous-allez-peut-etre-etre-la-cible-d-arnaqueurs.html",
        "vous avez sûrement déjà reçu un email, envoyé aux clients de l'opérateur, qui veut mettre en garde contre les "
        "SMS frauduleux",
    ),
    (
        "scam",
        "email",
        "engie",
        "unpaid_bill",
        "Nous serons contraints de transmettre votre dossier à notre service contentieux si votre situation n'est pas "
        "réglée rapidement.",
        "https://www.journaldesfemmes.fr/maman/magazine/2947437-faux-mail-fournisseur-energie/",
        "Ne cédez pas à ce mail inquiétant : il a tous les indices officiels, mais c'est pourtant une arnaque",
    ),
    # --- batch 8: social networks, transport ---------------------------------------------------------------
    (
        "scam",
        "messaging",
        "meta",
        "account_suspended",
        "Nous vous envoyons ce message depuis le centre d'assistance et d'action. Les statistiques ont montré que "
        "votre page publie des actions qui enfreignent les normes d'images et de contenu publiées sur la page.",
        "https://www.commentcamarche.net/securite/arnaque/32617-votre-compte-sera-bloque-dans-les-24h-quel-est-cet-etrange-message-recu-sur-messenger/",
        "Ne cliquez surtout pas dessus, il s'agit d'une arnaque !",
    ),
    (
        "scam",
        "messaging",
        "meta",
        "account_suspended",
        "Votre compte Facebook a été désactivé en raison de violations répétées. Tout le contenu, y compris vos photos "
        "et informations, sera définitivement supprimé si aucune action n’est prise.",
        "https://journal-info.fr/2024/09/29/facebook-attention-a-cette-nouvelle-arnaque-qui-piege-les-utilisateurs",
        "Voici un exemple typique de message frauduleux",
    ),
    (
        "scam",
        "email",
        "idfm",
        "account_suspended",
        "Navigo - Abonnement suspendu",
        "https://www.cnews.fr/france/2023-02-10/arnaque-au-passe-navigo-attention-cette-escroquerie-par-mail-de-plus-en-plus",
        "l'escroc envoie un courrier électronique avec pour objet : «Navigo - Abonnement suspendu» (subject line)",
    ),
    (
        "scam",
        "messaging",
        "leboncoin",
        "fake_buyer",
        "Bonjour, le prix me convient, mais je suis actuellement en déplacement, je n’ai pas de date de retour fixe, du "
        "coup, je paye par WERO d’avance et mon frère vient récupérer le colis à votre domicile.",
        "https://journal-info.fr/2025/10/06/une-minute-apres-avoir-poste-mon-annonce-sur-leboncoin-un-escroc-ma-contacte-et",
        "Ce qui devait être une transaction simple s’est rapidement transformé en tentative d’escroquerie.",
    ),
    (
        "scam",
        "messaging",
        "leboncoin",
        "fake_buyer",
        "Vérifiez si vous avez reçu l'avis de mon paiement. Apparemment, vous recevrez une confirmation sur le numéro "
        "de téléphone liée à votre compte Leboncoin.",
        "https://www.linternaute.com/argent/magazine/6848416-article-arnaque-leboncoin",
        "« J'ai reçu ce message sur Leboncoin : c'est une arnaque et trop peu s'en rendent compte »",
    ),
    # --- batch 9: voice messages (transcribed by the source; channel unknown) ---------------------------------
    (
        "scam",
        "unknown",
        None,
        "premium_callback",
        "Nous sommes au regret de vous annoncer que nous avons pour vous un message très important. Pour en prendre "
        "connaissance, veuillez rappeler le [TEL].",
        "https://amc4en1.motards.net/t844-pour-info",
        "a recorded call; calling back costs « 1,35 €, plus 0,34 € la minute » and plays a mocking message",
    ),
    (
        "scam",
        "unknown",
        "orange",
        "premium_callback",
        "Merci de ne pas raccrocher, Orange effectue des travaux sur la ligne. Cela peut prendre un certain temps.",
        "https://www.comparatel.fr/actualites-et-conseils/victime-dune-arnaque-au-telephone-fixe-comment-160-e-lui-ont-ete-subtilises-sans-quelle-sen-rende-compte",
        "en rappelant ce fameux numéro, elle a composé, sans le savoir, un numéro surtaxé",
    ),
    (
        "scam",
        "sms",
        None,
        "probe",
        "Coucou, êtes-vous chez vous ?",
        "https://www.bougerabordeaux.com/actu/gironde-attention-a-ce-sms-banal-qui-cache-une-arnaque-tres-dangereuse",
        "« Ces messages peuvent paraître anodins, mais ils sont parfois utilisés pour localiser des logements vides » "
        "(gendarmerie de la Gironde)",
    ),
    (
        "scam",
        "email",
        "gendarmerie",
        "fake_police",
        "Passé le délai de 72 heures, nous entamerons une procédure formelle, à savoir un mandat d’arrêt. Vos "
        "coordonnées ainsi que votre portrait photo seront transmis à tous les organismes de protection de l’enfant "
        "ainsi qu’aux Médias de masse pour une large diffusion de vos actes.",
        "https://www.monacomatin.mc/faits-divers/non-la-gendarmerie-nenvoie-pas-de-mails-aux-pedophiles-il-sagit-dune-arnaque-716011",
        "En vérité, ce mail est une arnaque.",
    ),
    # --- batch 10 ------------------------------------------------------------------------------------------
    (
        "scam",
        "sms",
        "doctolib",
        "refund",
        "Vous bénéficiez d’un remboursement complémentaire de 23 euros en attente. Veuillez renseigner vos "
        "informations via : mon-doctolib.com",
        "https://www.europesays.com/fr/241159",
        "l’objectif reste de vous pousser à cliquer sur un lien menant vers un site frauduleux",
    ),
    (
        "scam",
        "sms",
        None,
        "family_emergency",
        "Cc maman J’ai perdu mon téléphone, peux-tu m’envoyer un message sur WhatsApp à ce numéro +33XXXXXXXXX",
        "https://hitsandclips.fr/alerte-cette-nouvelle-arnaque-telephonique-en-france-fait-deja-des-ravages",
        "Des exemples de ces SMS ont été rapportés par Ladepeche.fr",
    ),
    (
        "scam",
        "sms",
        None,
        "family_emergency",
        "papa maman j’ai perdu ma carte Sim voici mon nouveau numéro 06XXXXXXXX Teste le sur WhatsApp",
        "https://hitsandclips.fr/alerte-cette-nouvelle-arnaque-telephonique-en-france-fait-deja-des-ravages",
        "Des exemples de ces SMS ont été rapportés par Ladepeche.fr",
    ),
    (
        "genuine",
        "sms",
        None,
        "service_notice",
        "Votre offre promotionnelle se termine bientôt. Votre forfait mobile passera automatiquement à son tarif "
        "normal.",
        "https://www.edcom.fr/actualites/si-vous-recevez-ce-sms-de-votre-operateur-ne-le-negligez-pas-ou-vous-risquez-une-facture-salee",
        "Le SMS arrive généralement quelques semaines avant l'échéance, avec un message du type : (…) Cette "
        "communication respecte les obligations légales (an operator's own notice; « du type » = typical wording)",
    ),
    (
        "genuine",
        "sms",
        None,
        "service_notice",
        "À partir du 15/08, votre forfait évolue avec 20 Go supplémentaires pour 3€/mois de plus.",
        "https://www.edcom.fr/actualites/si-vous-recevez-ce-sms-de-votre-operateur-ne-le-negligez-pas-ou-vous-risquez-une-facture-salee",
        "Voilà le type de message que vous pouvez recevoir du jour au lendemain. L'opérateur présente cette "
        "modification comme un avantage (an operator's own notice)",
    ),
    # --- batch 11 ------------------------------------------------------------------------------------------
    (
        "scam",
        "email",
        "gouv",
        "fine",
        "contravention. République Française. Le 13/11/2022 à 8h27, votre véhicule a été contrôlé à 57 km/h (vitesse "
        "retenue de 51 km/h) sur une voie limitée à 50 km/h. Voici plus de détails sur votre contravention de 47€. En "
        "cas de non paiement dans les 48 heures, le montant de la contravention sera automatiquement majoré, vous "
        "n’aurez plus la possibilité de la contester, et votre dossier sera transmis au tribunal de grande instance",
        "https://www.planet.fr/societe-arnaque-a-la-contravention-les-5-conseils-de-la-gendarmerie-pour-sen-proteger.2697333.29336.html",
        "Averti de la circulation de ce mail, la gendarmerie de Loudéac a donné cinq conseils pour repérer cette "
        "arnaque (the mail is signed « le service recouvrement »)",
    ),
    (
        "scam",
        "sms",
        "netflix",
        "account_suspended",
        "Netflix : votre dernier paiement a été refusé, veuillez confirmer vos informations de paiement ou votre compte "
        "sera suspendu",
        "https://www.cbanque.com/carte-bancaire/actualites/90273/netflix-carte-vitale-comment-signaler-ces-faux-sms-qui-en-veulent-apres-votre-carte-bancaire",
        "Dans tous les cas, méfiance : il s'agit de faux SMS, destinés à vous dérober de l'argent.",
    ),
    # --- batch 12 ------------------------------------------------------------------------------------------
    (
        "genuine",
        "unknown",
        "vinted",
        "security_alert",
        "Ton compte a été bloqué. La sécurité de ton compte a été compromise. Pour cette raison, nous avons bloqué ton "
        "compte temporairement.",
        "https://www.linternaute.com/actualite/economie/2833898-arnaque-sur-vinted-des-comptes-vides-une-indemnisation-versee/",
        "un message de la plateforme (…) Il ne s'agit pas d'un bug du site (…) mais bien d'un blocage préventif en "
        "raison... d'une arnaque en cours (shown in the user's Vinted account; channel not said)",
    ),
    (
        "scam",
        "email",
        "amazon",
        "fake_purchase",
        "Si vous n’êtes pas l’auteur de cette commande, veuillez procéder immédiatement à son annulation en cliquant "
        "sur le lien suivant. Sans aucune action de votre part, aucun remboursement ne sera effectué",
        "https://netafrique.net/arnaque-attention-a-ce-nouveau-message-suspect-dans-votre-boite-mail",
        "N’ayez crainte, il s’agit d’une arnaque déjà signalée par une internaute sur la plateforme collaborative de "
        "signalement d’escroqueries Signal-Arnaques (fake Amazon order of a 938 € iPhone)",
    ),
    (
        "scam",
        "email",
        "amazon",
        "fake_subscription",
        "Dernier jour d'essai ‘Prime Vidéo’. Le renouvellement automatique de votre abonnement s'est effectué avec "
        "succès. Une facture vous sera envoyée sur l'adresse email. Vous disposez de 5 jours pour annuler votre "
        "commande en cliquant sur le bouton ci-dessous. Vous pouvez suivre l'état de votre commande ou modifier "
        "celle-ci dans vos commandes",
        "https://economiematin.fr/prime-video-alerte-arnaque",
        "Un faux e-mail prétendant provenir d’Amazon Prime Vidéo menace les consommateurs français (…) La rédaction de "
        "Phonandroid a reçu ce message",
    ),
    (
        "genuine",
        "email",
        "amazon",
        "account_closure",
        "Nous avons pris cette mesure, car vous n’avez cessé de demander des remboursements pour vos commandes. Nous "
        "pouvons accepter un problème occasionnel, mais nous ne pouvons plus continuer à vous rembourser un nombre "
        "aussi important de commandes",
        "https://www.generation-nt.com/trop-remboursements-amazon-ferme-compte-prime-actualite-1972517.html",
        "Amazon a ainsi transmis ce message à l'utilisateur en question (a real account-closure e-mail from Amazon to "
        "a French customer, relayed from Le Parisien)",
    ),
    (
        "genuine",
        "email",
        "auchan",
        "breach_notice",
        "Chère cliente, cher client, nous vous écrivons afin de vous informer qu'Auchan a été victime d'une "
        "cyberattaque (…) toutes les mesures nécessaires ont été prises immédiatement pour mettre fin à cette attaque "
        "et renforcer la protection de nos systèmes d'information",
        "https://france3-regions.francetvinfo.fr/hauts-de-france/nord-0/l-enseigne-auchan-victime-d-une-cyberattaque-les-donnees-de-plus-de-500-000-clients-derobees-3062782.html",
        "C’est ainsi que l'enseigne nordiste a prévenu 500 000 de ses clients (…) Dans son courriel adressé aux "
        "clients, l'enseigne nordiste assure que (Auchan's own breach e-mail, November 2024; two quoted passages "
        "joined with « (…) »)",
    ),
    (
        "scam",
        "email",
        None,
        "sextortion",
        "J'ai remarqué que vous aviez des goûts très... particuliers en matière de 'pornographie'. J'ai tout simplement "
        "enregistré une vidéo en écran scindé avec (...) votre webcam vous enregistrant en train de vous... amuser.",
        "https://www.francetvinfo.fr/internet/securite-sur-internet/cybercriminalite-deux-escrocs-ont-menace-des-milliers-de-francais_3750313.html",
        'Les policiers appellent cela de la "sextorsion" (…) En réalité, il n\'y avait pas de piratage de webcam '
        "(the page's quote is split by « était-il écrit dans ces messages »; the two halves are joined)",
    ),
    (
        "genuine",
        "email",
        "ameli",
        "service_notice",
        "Votre service Mon espace santé a été créé",
        "https://www.quechoisir.org/actualite-mon-espace-sante-sachez-differencier-le-courriel-officiel-des-arnaques-n102088/",
        "Celui ayant pour objet « Votre service Mon espace santé a été créé » est, lui, bien réel (subject line of the "
        "Assurance maladie e-mail sent from assurance-maladie@info.ameli.fr)",
    ),
    (
        "genuine",
        "sms",
        "edf",
        "service_notice",
        "Demain, vendredi 27 décembre 2024 est un jour ROUGE TEMPO",
        "https://www.linternaute.com/argent/magazine/6953036-article-alerte-edf/",
        "Si, en apparence, certains pourraient croire qu'il s'agit d'un faux message et d'une usurpation d'identité de "
        "l'entreprise, il n'en est rien. Il s'agit bel et bien d'un signal à prendre très au sérieux (sent by SMS and "
        "e-mail to EDF Tempo customers)",
    ),
    (
        "genuine",
        "email",
        "netflix",
        "service_notice",
        "Votre compte Netflix est pour vous et pour les personnes qui vivent avec vous, c’est-à-dire votre foyer",
        "https://www.20minutes.fr/culture/4038197-20230524-netflix-comment-faire-fin-partage-comptes",
        "la connexion échouera et la personne titulaire du compte recevra un mail pour un petit rappel à l’ordre "
        "(Netflix's own e-mail after the end of account sharing, May 2023)",
    ),
    (
        "genuine",
        "email",
        "free",
        "service_notice",
        "Cher abonné Free, Nous vous informons que vous avez consommé 10:00:00 d’appels téléphoniques fixes vers "
        "l’Algérie. Vous avez également consommé 00:45:38 au delà des 10 heures incluses pour un montant de 8.67 Euros "
        "Nous vous rappelons que delà des 10 heures d’appels vers l’Algérie inclues dans le forfait Freebox les appels "
        "sont facturés 0,19ETTC/mn. Nous vous remercions de votre confiance et vous souhaitons une agréable "
        "utilisation de nos services. Sincères salutations L’équipe Freebox",
        "https://universfreebox.com/article/24426/Communications-vers-l-Algerie-Free-alerte-desormais-par-mail-lorsque-le-quota-des-10h-incluses-est-depasse",
        "les abonnés concernés qui ont dépassé leur quota de 10 heures reçoivent un mail de la part de Free pour les "
        "alerter (Free's own usage e-mail, quoted in full; its line breaks joined with spaces)",
    ),
    (
        "genuine",
        "email",
        "free",
        "service_notice",
        "Vous allez prochainement profiter de contenus supplémentaires sur Youboox One !",
        "https://www.boursorama.com/actualite-economique/actualites/comment-les-operateurs-mobiles-gonflent-vos-factures-sans-votre-accord-8aa9b0ece070d26472e708a974173f90",
        "« Un message a été envoyé à tous les abonnés concernés, ils sont au courant », nous assure une porte-parole du "
        "groupe (…) le gros titre (…) s’emballe Free (headline of Free's own e-mail announcing a paid option, 2019)",
    ),
    (
        "genuine",
        "letter",
        "free",
        "customer_reply",
        "Par votre courrier du 16 décembre, vous nous faites part d'une demande relative à l'adresse IP que Free vous "
        "attribue en tant qu'abonné. Vous signalez que celle-ci est enregistrée dans la liste DUL du service MAPS de "
        "Trend Micro et que cette situation est due à Free qui en aurait fait la demande.",
        "http://anfscd.blog.free.fr/index.php?post/2011/01/08/Colle-double-face",
        "Free (…) dont j'ai reçu la réponse hier -- cette fois par courrier postal (…) Les citations sont bien sûr "
        "verbatim (a subscriber quoting Free's postal reply; his comments between the quoted parts left out)",
    ),
    (
        "genuine",
        "email",
        "orange",
        "customer_reply",
        "Bonjour, J'accuse réception de votre courriel du 23/06/08 relatif à la date de prélèvement de votre facture "
        "Orange. Je vous présente nos excuses au nom d'Orange pour les désagréments causés par le retard accusé dans la "
        "réception du message d'avertissement. Je vous rappelle que Orange accorde une très grande importance au "
        "confort et à la satisfaction de sa clientèle et que toutes nos ressources sont à pied d'oeuvre pour vous "
        "offrir un service de qualité. Je reste bien évidemment à votre disposition pour tout complément "
        "d'informations. Bien cordialement, [NOM] Votre Conseiller Client.",
        "https://toupidek.typepad.fr/a_propos/2008/07/index.html?no_prefetch=1",
        "j'avais envoyé un mail pour demander des explications. J'ai même obtenu une réponse (Orange's customer "
        "service reply quoted in full by the customer; the adviser's name → [NOM]; line breaks joined with spaces)",
    ),
)
