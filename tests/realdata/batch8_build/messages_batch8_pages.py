"""Message candidates of the eighth batch read in public web pages, one page per item (verbatim quotes).

Gathered on 2026-12-01 through the project's search corpora (stored excerpts of web pages, GitHub issues and pastes
or gists; no page was opened or fetched, no link in them was followed), from pages no earlier batch used (the build
drops any text that repeats an older message file or a test fixture; the test checks no page was used before). Each
row is (label, channel, brand, scenario, text, page, why): ``text`` is a contiguous verbatim quote of the page,
anonymised (phone numbers -> [TEL], e-mail addresses -> [EMAIL], a private person's name -> [NOM]; a source's own
mask such as ``09…`` is kept); ``why`` is, for a genuine item, what the page says makes the message authentic
(stored as ``why_genuine``), and for a scam what the page says about it (short, kept in the input only).
"""

from __future__ import annotations

from typing import Final

Row = tuple[str, str, str | None, str, str, str, str]

MESSAGES: Final[tuple[Row, ...]] = (
    # --- scams: subscriptions, tolls, tax, telecom bills -----------------------------------------------------
    (
        "scam",
        "sms",
        None,
        "fake_subscription",
        "Nous vous confirmons que la prise en compte de votre abonnement à 79 € est effective, pour plus "
        "d'information cliquez sur le lien suivant",
        "https://www.france-inverse.com/larnaque-a-labonnement/",
        "une nouvelle arnaque sévit par mail et par sms : l'arnaque à l'abonnement",
    ),
    (
        "scam",
        "sms",
        "vinci_autoroutes",
        "toll",
        "ULYS Péage : un solde reste dû",
        "https://www.neozone.org/societe/merci-de-regulariser-attention-cette-arnaque-au-peage-elle-fait-un-carnage/",
        "il s'agit en réalité d'une tentative de phishing",
    ),
    (
        "scam",
        "sms",
        "impots",
        "tax_refund",
        "Trop-perçu remarqué sur votre avis d'imposition. Cliquez sur le lien pour profiter du remboursement",
        "https://www.wk-rh.fr/alerte-arnaque-mefiez-vous-de-ce-texto-vous-invitant-a-cliquer-sur-un-lien-frauduleux/",
        "il s'agit purement et simplement d'une arnaque",
    ),
    (
        "scam",
        "unknown",
        "impots",
        "account_update",
        "votre compte fait l'objet d'une vérification. Pour réactiver l'accès à votre espace personnel, "
        "identifiez-vous via",
        "https://www.commentcamarche.net/securite/arnaque/28065-impots-2023-attention-a-l-arnaque-au-mail-de-remboursement/",
        "a fake message from the tax administration (the page warns about the tax-refund scam)",
    ),
    (
        "scam",
        "sms",
        "orange",
        "unpaid_bill",
        "Facture Orange impayée : 1,91 euro. Régulariser immédiatement pour éviter la suspension de vos "
        "services",
        "https://www.lyoncapitale.fr/technologies/phishing-une-nouvelle-arnaque-par-sms-particulierement-dangereuse/",
        "il s'agit bien d'une nouvelle technique de phishing",
    ),
    # --- scams: bank advisor, fake debits ---------------------------------------------------------------------
    (
        "scam",
        "unknown",
        None,
        "bank_advisor",
        "Vos cartes sont compromises. Un fraudeur opère en temps réel.",
        "https://www.grandsmeres.net/2025/12/escroquerie-police-arnaque-transcash",
        "fake gendarmes and bank call (the page: raccrochez immédiatement)",
    ),
    (
        "scam",
        "sms",
        None,
        "bank_advisor",
        "La nouvelle réglementation nous impose de vérifier votre pièce d’identité afin de vous délivrer "
        "une carte nominative. Pour éviter la suspension de votre espace client, merci de contacter "
        "immédiatement le service conformité au [TEL]",
        "https://nouvelles-dujour.com/?p=62940",
        "the victim's account was emptied after calling the number",
    ),
    (
        "scam",
        "sms",
        None,
        "bank_advisor",
        "Un prélèvement d'un montant de 699,99€ va intervenir sur votre compte, si vous n'en êtes pas le "
        "débiteur bien vouloir cliquer sur le lien ci-dessous ou contacter le numéro 09…",
        "https://www.tendanceouest.com/actualite-432398-orne-de-nombreuses-plaintes-deposees-pour-une-arnaque-par-sms",
        "de nombreuses plaintes déposées pour une arnaque par SMS (police de l'Orne)",
    ),
    # --- scams: family, wrong number, friend in trouble ------------------------------------------------------
    (
        "scam",
        "sms",
        None,
        "wrong_number",
        "Désolé, je pensais écrire à Sophie",
        "https://www.planet.fr/societe-ce-sms-de-bonne-annee-2026-est-une-arnaque.2992764.29336.html",
        "Ce SMS de bonne année 2026 est une arnaque",
    ),
    (
        "scam",
        "sms",
        None,
        "family_emergency",
        "Coucou maman. J’ai un problème de téléphone. Un ami me prête le sien pour que je te prévienne. "
        "Peux-tu me répondre sur ce numéro ?",
        "https://sylvie-therapeute.fr/?p=2850",
        "her son: c'est une arnaque",
    ),
    (
        "scam",
        "email",
        None,
        "impersonation",
        "C'est très réconfortant de te lire car j'ai vraiment besoin de ton soutien. Je suis en "
        "déplacement à Athènes (Grèce) pour une affaire importante. Je comptais faire un aller-retour "
        "rapide raison pour laquelle je n'ai informée personne. Malheureusement pour moi j'ai été victime "
        "d'agression non loin d'un café . Ils m'ont tout volé (téléphone, carte bancaire, argent ...) il "
        "ne me reste plus que ma carte d'identité. je suis vraiment mal en point, voilà pourquoi je te "
        "prie de m'octroyer un prêt de 2500 € ou tout ce que tu disposes maintenant. Je te restituerais "
        "dès que je rentre. Je veux que cela reste discret car je ne veux inquiéter personne, est-ce "
        "possible que tu m'aides ? Je te serai vraiment reconnaissant. J'attends ta réponse",
        "https://gist.github.com/jlecour/4d7a72e2c0e8c947bde9",
        "L'arnaqueur, se faisant passer pour (a hacked contact)",
    ),
    # --- scams: parcels ---------------------------------------------------------------------------------------
    (
        "scam",
        "sms",
        None,
        "parcel_fee",
        "C’est le livreur, j’ai un colis pour vous, il ne rentrait pas dans la boîte aux lettres. Merci de "
        "choisir un rendez-vous ou relais",
        "https://www.europesays.com/fr/466384",
        "the gendarmes warn about this smishing SMS",
    ),
    (
        "scam",
        "email",
        "chronopost",
        "parcel_fee",
        "Vous avez un colis en attent de livraison au bureau Chronopost.",
        "https://pastebin.com/9LSqNz8U",
        "a phishing page's HTML posted for analysis (the Chronopost logo hot-linked from Wikimedia)",
    ),
    # --- scams: sextortion, prizes, accounts -------------------------------------------------------------------
    (
        "scam",
        "email",
        None,
        "sextortion",
        "Votre vie privée est entre mes mains",
        "https://www.cnews.fr/conso/2025-10-05/bonjour-pervers-attention-cette-arnaque-qui-se-repand-de-plus-en-plus-1749839",
        "attention à cette arnaque qui se répand de plus en plus (sextorsion)",
    ),
    (
        "scam",
        "unknown",
        "totalenergies",
        "prize",
        "Le programme officiel avec Тotal еnеrgіеs a annoncé la distribution de cartes carburant d’un "
        "volume de 200 litres à la population de France pour €1,95 !",
        "https://station.illiwap.com/en/public/deodatie-info-gilou/actu/deodatie-fausse-carte-carburant",
        "l'arnaque à la carte carburant (fausse carte carburant)",
    ),
    (
        "scam",
        "email",
        "booking",
        "account_update",
        "Votre réservation est en danger",
        "https://www.journaldesfemmes.fr/maman/magazine/3233664-reservation-en-danger-booking",
        "the page warns about this fake Booking message",
    ),
    (
        "scam",
        "email",
        "microsoft",
        "prize",
        "Nous vous contactons par cette présente pour vous informer que vous venez de gagner la somme de "
        "(250.000€) (Deux Cent Cinquante Milles Euros) du tirage au sort organisé par Microsoft "
        "Corporation. Pour la réclamation du gain veuillez adresser exclusivement par émail le formulaire "
        "se trouvant en annexe (Fichier Joint) au cabinet de Maître [NOM].",
        "https://pastebin.com/HLP8H0aW",
        "a lottery-scam e-mail posted with its headers for an e-mail analysis",
    ),
    (
        "scam",
        "email",
        None,
        "prize",
        "Nos FÉLICITATIONS !!!!!!!!!!!!!!!!!!!!!!\nouvrez la pièce jointe\nNous vous prions d’ adresser un "
        "message de confirmation\nmentionnant votre numéro de code à l'huissier qui a eu à superviser "
        "l’opération afin d’entamer la procédure en vue d'entrer en possession de votre\ngain, au mail "
        "suivant: [EMAIL]",
        "https://pastebin.com/6fNnjdJ1",
        "a lottery-scam e-mail posted with its headers",
    ),
    (
        "scam",
        "email",
        "free",
        "account_update",
        "Chers clients !\nPour la Nouvelle security de 2011 , Nous avons recemment examine votre compte "
        "et\nnous avons besoin de plus d'informations sur votre entreprise pour nous permettre de\nfournir "
        "un service ininterrompu. Jusqu a ce que nous pouvons recueillir cette\ninformation, l'acces a "
        "votre compte de caracteristiques sensibles sera limite. Nous\ntenons a retablir votre acces le "
        "plus rapidement possible. Nous nous excusons pour\nla gene occasionnee. .\nComment puis-je "
        "retablir l'acces a mon compte?",
        "https://pastebin.com/Z5iZsEjF",
        "a Freebox-branded phishing e-mail posted with its headers (sent from no-reply@secure.fr through a "
        "KPN relay)",
    ),
    (
        "scam",
        "sms",
        "leboncoin",
        "marketplace",
        "Nous somme interressés par l’annonce de votre voiture sur leboncoin, veuillez nous contacter au 08……",
        "https://raw.githubusercontent.com/sametmax/miroir-du-blog/master/arnaque-sur-le-bon-coin-numero-surtaxe-a-rappeler/index.html",
        "Coup de bol il a flairé l'arnaque (premium-rate number to call back)",
    ),
    # --- scams: advance fee, inheritance ---------------------------------------------------------------------
    (
        "scam",
        "email",
        None,
        "inheritance",
        "Je m'excuse pour cette intrusion, je me nomme [NOM] née le 24 Février 1968. J'ai dû vous "
        "contacter de la sorte parce que je souhaite faire une chose très importante. Cela vous semblera "
        "un peu suspect bien vrai que vous ne me connaissez pas et que je ne vous connais pas. Je souffre "
        "d'un cancer du cerveau qui est en phase terminale, mon médecin traitant vient de m'informer que "
        "mes jours sont comptés du fait de mon état de santé dégradé.J'ai cette maladie depuis plus de 4 "
        "ans. Je suis veuve et je n'ai pas eu d'enfant. J'aimerais bien faire don de mes biens.",
        "https://pastebin.com/zK2udxLj",
        "a dying-widow donation e-mail (classic advance-fee scam) posted as received",
    ),
    (
        "scam",
        "email",
        None,
        "advance_fee",
        "Je vous prie de bien vouloir m'excuser pour cette intrusion qui peut paraître surprenante à "
        "première vue d'autant plus qu'il n'existe aucune relation entre nous. Je voudrais vous proposer "
        "une affaire qui pourrait vous intéresser.",
        "https://pastebin.com/rA4AtbRz",
        "an unsolicited business-proposal e-mail (advance-fee scam) posted as received",
    ),
    (
        "scam",
        "email",
        None,
        "inheritance",
        "Merci pour votre réponse à mon message, je suis [NOM] une veuve de vieillissement souffrant d'un "
        "cancer, je dois certains fonds je ai hérité de mon défunt mari avec une banque à Londres "
        "Royaume-Uni, et un domaine à 12 Valley Rd, Indiana (USA). Je suis prêt à faire un don à travers "
        "vous d'organisme de bienfaisance à but non lucratif.",
        "https://pastebin.com/6XG2nYnH",
        "the recipient's reply in the same paste: ton faux cancer",
    ),
    # --- scams: rent diversion --------------------------------------------------------------------------------
    (
        "scam",
        "email",
        None,
        "rent_diversion",
        "A ce jour, sauf erreur de notre part, nous restons dans l'attente du règlement de votre loyer. "
        "Nous vous informons par la même occasion de la mise à jour de nos coordonnées bancaires. "
        "N'hésitez pas à répondre directement à ce courrier pour toute demande d'informations "
        "complémentaires",
        "https://www.tf1.fr/tf1/jt-13h/videos/comment-eviter-les-arnaques-au-loyer-le-13h-a-vos-cotes-59403192.html",
        "Comment éviter les arnaques au loyer (rent-diversion scam)",
    ),
    (
        "scam",
        "email",
        None,
        "rent_diversion",
        "Nous vous informons également que nos coordonnées bancaires (RIB) et nos moyens de paiements ont "
        "été mis à jour",
        "http://lovewelcomesall.org/lifestyle/voyage/arnaque-au-loyer-impayé-attention-ne-tombez-pas-dans-le-panneau/ar-BB1plXbP?ocid=verticals-feeds",
        "Arnaque au loyer impayé : attention, ne tombez pas dans le panneau",
    ),
    # --- scams: fines, energy, streaming, job offers --------------------------------------------------------------
    (
        "scam",
        "unknown",
        "antai",
        "fine",
        "INFORMATION : Une infraction à la réglementation du stationnement a été relevée à votre encontre",
        "https://auto.orange.fr/news/auto/fausse-contravention-stationnement-attention-a-l-arnaque-du-qr-code-CNT0000024iCG8.html",
        "Un QR code vous demande de payer... Et c'est là que l'arnaque commence ! (fake parking notice "
        "left on windscreens)",
    ),
    (
        "scam",
        "email",
        "edf",
        "unpaid_bill",
        "suite au refus de votre banque lors d'un prélèvement de facture, votre paiement a malheureusement "
        "été refusé",
        "https://france3-regions.francetvinfo.fr/occitanie/2013/01/31/j-ai-failli-etre-piegee-par-le-faux-mail-d-edf-191425.html",
        "Il s'agit d'une tentative d'hameçonnage (EDF confirmed by phone the message was fraudulent)",
    ),
    (
        "scam",
        "email",
        "netflix",
        "account_suspended",
        "Votre compte est suspendu en raison d’un problème avec votre dernier paiement. Cher utilisateur, "
        "Nous rencontrons des difficultés avec vos informations de facturation. Voulez-vous réessayer de "
        "payer avec votre carte ou votre compte PayPal? Réessayer le paiement",
        "https://www.francoischarron.com/securite/fraude-et-arnaques-web/ce-courriel-de-netflix-mentionne-que-votre-dernier-paiement-na-pas-passe/GLcJ1fg3UB",
        "Ce courriel frauduleux vous demande de vous connecter à votre compte (the author's own copy)",
    ),
    (
        "scam",
        "messaging",
        None,
        "task_scam",
        "Vus avez vraiment besoin de cet emploi!",
        "https://monargentmag.ch/article/article-detail/on-moffre-un-emploi-sur-la-messagerie-telegram",
        "ce type d’offre est souvent une tromperie faite par des escrocs (a Telegram job offer received by "
        "the author)",
    ),
    (
        "scam",
        "email",
        None,
        "inheritance",
        "Je suis une fille ivoirienne et j ‘ai 24ans. je cherche quelle q'uene qui peut m 'aider puisque "
        "je suis seule actuellement du faite de la guerre . car j' ai perdu tous mes parents. prsentement "
        "je suis a Abidjan , la capitale conomique de la cote d’ivoire.",
        "https://pastebin.com/Yh5CQGw2",
        "an orphan-inheritance e-mail (classic advance-fee scam) posted as received",
    ),
    # --- genuine: data-breach notices -------------------------------------------------------------------------
    (
        "genuine",
        "email",
        "free",
        "data_breach_notice",
        "Nous avons constaté une consultation de vos données personnelles pouvant mener à une perte de "
        "confidentialité de certaines de vos informations (nom, prénom, numéro de téléphone, adresse "
        "postale…)",
        "https://journaldugeek.com/2024/10/04/fuite-de-donnees-chez-free-comment-savoir-si-vous-etes-concernes",
        "The e-mail Free sent its subscribers on 2 October 2024 after the breach, quoted by the page",
    ),
    (
        "genuine",
        "letter",
        "sfr",
        "data_breach_notice",
        "SFR a détecté un incident de sécurité portant sur un outil de gestion des commandes de ses clients",
        "https://cnews.fr/france/2024-09-20/fuite-de-donnees-chez-sfr-ce-que-lon-sait-1559319",
        "The template message SFR sent its customers, consulted by the AFP; SFR confirmed the incident",
    ),
    # --- genuine: bank and one-time codes ---------------------------------------------------------------------
    (
        "genuine",
        "sms",
        "fortuneo",
        "otp_code",
        "123456 est votre code Fortuneo pour l'opération du 08/08 à 17:49. Ne communiquez jamais ce code à "
        "un tiers, ni à un conseiller Fortuneo.",
        "https://github.com/SoFriendly/2fhey/pull/92",
        "A real Fortuneo one-time-code SMS (code masked as 123456) whose format the pull request adds to a "
        "2FA-code parser",
    ),
    (
        "genuine",
        "sms",
        "caisse_epargne",
        "security_alert",
        "Caisse d'Epargne : Virements - Ajout d'un bénéficiaire le 02/12/2025 sur internet. Si vous n'avez "
        "pas initié cette opération, contactez votre agence.",
        "https://github.com/ritesh-kanwar/Cashiro/issues/32",
        "A user's real SMS from the bank's short code 38015, pasted in an issue asking the app to parse it",
    ),
    (
        "genuine",
        "unknown",
        "air_france",
        "service_notice",
        "Dans le cadre du suivi de notre qualité de service, nous vous rappelons que cet appel peut être "
        "enregistré.",
        "http://www.sud-aerien.org/spip.php?article1337",
        "The recorded announcement of Air France's Flying Blue phone line, quoted by the airline staff "
        "union's page",
    ),
    (
        "genuine",
        "unknown",
        "la_poste",
        "parcel_status",
        "Votre colis est prêt à être expédié, il va être remis à La Poste.",
        "https://libraries.io/pypi/colissimo/0.2",
        "A La Poste tracking status as returned by the official tracking page, shown in the colissimo "
        "package's example output",
    ),
    # --- genuine: public alerts -------------------------------------------------------------------------------
    (
        "genuine",
        "sms",
        "fr_alert",
        "public_alert",
        "IMPORTANT : message du ministère de l'Intérieur relatif au périmètre de sécurité de la cérémonie "
        "d'ouverture des Jeux olympiques du 18 au 26 juillet inclus",
        "https://www.tf1info.fr/societe/video-dispositif-fr-alert-avant-le-message-d-information-pour-les-jo-dans-quelles-situations-avait-il-deja-servi-2299330.html",
        "The FR-Alert message the ministère de l'Intérieur sent to phones in Paris on 13 May 2024, quoted "
        "by the page",
    ),
    (
        "genuine",
        "messaging",
        "mairie",
        "public_alert",
        "La tempête CIARAN abordera les régions du nord-ouest de la France dans la nuit de mercredi à "
        "jeudi et sévira encore au cours de la journée de jeudi.",
        "https://station.illiwap.com/en/public/76614/actu/alerte-meteo-tempete-ciaran-2",
        "The town hall's own storm alert, published on its Illiwap station (alerte météo tempête Ciaran)",
    ),
    (
        "genuine",
        "messaging",
        "enedis",
        "public_alert",
        "Selon les prévisions météorologiques , la tempête Ciaran devrait impacter l’ouest de la France "
        "dans la nuit du 1er au 2 novembre 2023. Elle devrait toucher le département de la Seine-Maritime "
        "et pourrait occasionner des incidents sur le réseau public de distribution d’électricité.",
        "https://station.illiwap.com/es/public/76156/actu/alerte-meteo-1114",
        "Tempête Ciaran-message d'ENEDIS: Enedis's notice relayed by the commune on its Illiwap station",
    ),
    (
        "genuine",
        "messaging",
        "mairie",
        "public_alert",
        "L’état de la ressource en eau s’est dégradé et, compte tenu des prévisions météorologiques, "
        "aucune amélioration n’est à prévoir à court terme. En conséquence, la préfète a signé un arrêté "
        "préfectoral le 4 août 2022 qui instaure de nouvelles restrictions temporaires de certains usages "
        "de l’eau.",
        "https://staging.app.panneaupocket.com/ville/286222345-laiz-01290",
        "Alerte du 06/08/2022 published by La Mairie on its PanneauPocket board (drought restrictions)",
    ),
    # --- genuine: town-hall notices ---------------------------------------------------------------------------
    (
        "genuine",
        "messaging",
        "mairie",
        "service_notice",
        "En raison de travaux de sécurisation au réservoir du vieux village, nous sommes contraints de "
        "vidanger celui-ci le mercredi 9 avril. Vous continuerez à être alimentés non plus par le "
        "réservoir mais directement par la canalisation qui monte l’eau depuis le réservoir de la "
        "Rochette. Cela couvrira largement les besoins normaux. Le réservoir sera normalement remis en eau "
        "le soir même.",
        "https://app.panneaupocket.com/ville/1216475889-aubres-26110?panneau=624950189",
        "The mayor's message on the commune's own PanneauPocket board (water-tank works)",
    ),
    (
        "genuine",
        "messaging",
        "mairie",
        "unpaid_notice",
        "Je suis au regret d'interpeller via panneau Pocket un certain nombre (non négligeable) de nos "
        "concitoyens qui après lettre de relance n'ont toujours pas réglé la facture d'eau potable, et ce "
        "nombre a tendance à augmenter.\nCet état de fait s'il perdure nous contraindra à prendre des "
        "mesures coercitives et légales en diminuant drastiquement la pression de l'eau chez les habitants "
        "concernés.",
        "https://app.panneaupocket.com/ville/1250215237-giffaumont-champaubert-51290",
        "The commune's own PanneauPocket board: the mayor's reminder about unpaid water bills",
    ),
    (
        "genuine",
        "messaging",
        "mairie",
        "security_advice",
        "La gendarmerie attire votre attention sur une recrudescence d’arnaques par SMS, également "
        'appelées "smishing", visant à tromper les utilisateurs en les incitant à cliquer sur des liens '
        "frauduleux.",
        "https://app.panneaupocket.com/ville/602133991-brochon-21220?panneau=1103794351",
        "The commune's own PanneauPocket board relaying the gendarmerie's warning about smishing",
    ),
    (
        "genuine",
        "unknown",
        "mairie",
        "security_advice",
        "Nous vous informons qu’un jeune homme avec une camionnette blanche se fait passer pour un agent "
        "de la mairie pour la distribution des colis de Noël du CCAS (Centre communal d’action sociale), "
        "au niveau de la route du Château",
        "https://www.demotivateur.fr/lifestyle/il-se-fait-passer-pour-un-agent-de-la-mairie-attention-a-cette-nouvelle-arnaque-dans-les-communes-francaises-46478",
        "The Mazé-Milon town hall's own Facebook message of 17 December, quoted by the page",
    ),
    (
        "genuine",
        "unknown",
        "ville_de_paris",
        "security_advice",
        "Des faux éboueurs font actuellement du porte-à-porte et prétendent vendre des calendriers.",
        "https://www.lebonbon.fr/paris/news/faux-eboueurs-ville-paris-appelle-prudence",
        "The tweet of the Ville de Paris's cleaning service (Propreté de Paris) of 25 October 2022, quoted "
        "by the page",
    ),
    (
        "genuine",
        "unknown",
        "mairie",
        "security_advice",
        "Des individus malintentionnés se font passer pour des agents de la SAUR ou des forces de l’ordre "
        "pour faire du porte-à-porte",
        "https://www.puissancetelevision.fr/societe/vitry-le-francois-un-demarchage-abusif-pour-la-renovation-energetique",
        "The alert of the ville de Commercy to its residents, quoted by the page",
    ),
    (
        "genuine",
        "unknown",
        "gendarmerie",
        "security_advice",
        "Nous ne convoquons JAMAIS par mail, nous venons vous saluer en personne",
        "https://france3-regions.francetvinfo.fr/bourgogne-franche-comte/haute-saone/arnaque-a-la-fausse-convocation-judiciaire-par-mail-quand-on-lit-qu-on-est-accuse-de-pedophilie-c-est-la-panique-2370523.html",
        "The gendarmerie de la Haute-Saône's own publication of 8 December warning about fake summons "
        "e-mails, quoted by the page",
    ),
    (
        "genuine",
        "unknown",
        "police_nationale",
        "security_advice",
        "Une nouvelle vague d'envoi de courriels frauduleux au nom de la police nationale concernant une "
        'convocation "justiciaire" est en cours',
        "https://www.francebleu.fr/infos/faits-divers-justice/arnaque-aux-faux-mails-de-la-protection-des-mineurs-les-policiers-sarthois-appellent-a-la-prudence-1642005006",
        "The police nationale de la Sarthe's own Facebook post, quoted by the page",
    ),
    (
        "genuine",
        "email",
        "ameli",
        "payment_info",
        "Votre demande a été traitée et payée, le règlement sera visible d'ici quelques\njours sur votre "
        "compte bancaire. Vous pouvez suivre votre remboursement sur Mon Compte ameli",
        "https://github.com/betagouv/mrs/issues/679",
        "The current (Mail actuel) e-mail the Assurance Maladie's MRS transport-refund service sends, "
        "quoted by its team in an issue on the service's own repository",
    ),
)

#: Found on pages no earlier batch used, set aside because their text repeats an older message file (the test
#: checks each still does).
REPEATED: Final[tuple[Row, ...]] = (
    (
        "scam",
        "sms",
        "crit_air",
        "crit_air",
        "Nos agents ont constaté que votre véhicule n'était pas équipé de la vignette Crit'Air 2022. "
        "Veuillez la récupérer sous peine de contravention dans les prochaines 48 h sur le lien ci-joint",
        "https://www.phonandroid.com/critair-non-vous-navez-pas-besoin-de-racheter-une-vignette-sous-48h-ce-sms-est-une-arnaque.html",
        "Crit'Air : non, vous n'avez pas besoin de racheter une vignette sous 48h, ce SMS est une arnaque",
    ),
    (
        "scam",
        "email",
        "canal_plus",
        "account_suspended",
        "Votre compte pourrait être suspendu sans intervention de votre part",
        "https://www.commentcamarche.net/securite/arnaque/34227-arnaque-canal/",
        "the page warns about this fake Canal+ e-mail",
    ),
    (
        "scam",
        "sms",
        "mondial_relay",
        "parcel_fee",
        "c'est le livreur, votre colis ne rentrait pas dans la boite aux lettres, veuillez choisir un "
        "nouveau créneau",
        "https://www-eu.epochtimes.fr/alerte-a-larnaque-votre-colis-ne-rentre-pas-dans-la-boite-aux-lettres-2624863.html",
        "Alerte à l'arnaque : votre colis ne rentre pas dans la boîte aux lettres",
    ),
    (
        "scam",
        "email",
        None,
        "rental",
        "Arnaque, désolé",
        "https://www.ze-mag.net/?p=51585",
        "the page's own word for the message",
    ),
    (
        "scam",
        "email",
        "amazon",
        "fake_subscription",
        "Dernier jour d’essai Prime Vidéo. Le renouvellement automatique de votre abonnement s’est "
        "effectué avec succès. Une facture vous sera envoyée sur l’adresse email. Vous disposez de 5 jours "
        "pour annuler votre commande en cliquant sur le bouton ci-dessous. Vous pouvez suivre l’état de "
        "votre commande ou modifier celle-ci dans vos commandes.",
        "https://journal-info.fr/2024/05/27/attention-aux-faux-e-mails-une-nouvelle-arnaque-vise-les-abonnes-amazon-prime",
        "Les abonnés Amazon Prime sont la cible d’une nouvelle arnaque par e-mail",
    ),
)
