"""Message candidates of the sixth batch read in public web pages, one page per item (verbatim quotes).

Gathered on 2026-12-01 (session that began at 02:21 UTC) through the project's page search (stored excerpts; no
page was opened or fetched, no link in them was followed), from pages no earlier batch used (the build drops any
text that repeats an older message file or a test fixture). Each row is
(label, channel, brand, scenario, text, page, why): ``text`` is a contiguous verbatim quote of the page,
anonymised (phone numbers -> [TEL], e-mail addresses -> [EMAIL], a private person's name -> [NOM]); ``why`` is,
for a genuine item, the page's own sentence saying the message is authentic (stored as ``why_genuine``), and for a
scam the page's sentence saying it is a scam (short, kept in the input only).
"""

from __future__ import annotations

from typing import Final

Row = tuple[str, str, str | None, str, str, str, str]

MESSAGES: Final[tuple[Row, ...]] = (
    # --- fake collector / bailiff / seizure --------------------------------------------------------------
    (
        "scam",
        "email",
        "dgfip",
        "fake_collector",
        "Dernier rappel avant exécution de la Saisie Administrative (SATD)",
        "https://www.clubic.com/actualite-603469-le-ministere-de-l-interieur-alerte-sur-une-arnaque-par-e-mail-qui-usurpe-le-tresor-public.html",
        "Le ministère de l'Intérieur alerte sur une arnaque qui sévit par e-mail en usurpant l'identité du Trésor "
        "public (subject line of the e-mail)",
    ),
    # --- energy / unpaid bill -------------------------------------------------------------------------------
    (
        "scam",
        "email",
        "edf",
        "unpaid_bill",
        "Cher client, chère cliente, nous vous faisons part de ce courrier pour vous informer que nous n'avons "
        "malheureusement pas pu effectuer le prélèvement mensuel. Afin de résoudre ce problème, veuillez cliquer ici.",
        "https://aujourdhuicheznous1.blogspot.com/2013/04/piratages-et-fausses-factures-edf-les.html",
        "Voici donc une nouvelle escroquerie en ligne : le mail à en-tête d'EDF (…) Le faux mail d'EDF vous met en "
        "confiance pour mieux vous piéger",
    ),
    # --- fake police / summons ------------------------------------------------------------------------------
    (
        "scam",
        "email",
        "europol",
        "fake_summons",
        "Je suis Mme Catherine Debolle, directrice exécutive d'Europol office. Je vous contacte peu après une saisie "
        "informatique de cyber infiltration (Autorisée, notamment en matière de pédopornographie, site pornographique, "
        "cyberpornographie, exhibitionnisme pour vous informer que vous faites l'objet de plusieurs poursuites "
        "judiciaires en vigueur",
        "https://www.zinfos974.com/Arnaque-Ces-mails-qui-vous-accusent-de-pedophilie_a173017.html",
        "il s’agit bien d’une arnaque avec usurpation d’identité",
    ),
    (
        "genuine",
        "letter",
        "enedis",
        "meter_check",
        "Le compteur de votre installation présente une succession d’événements, dont la baisse anormale de "
        "l’énergie comptabilisée, caractéristique d’une situation de fraude au comptage nécessitant un "
        "contrôle de votre situation.",
        "https://www.planet.fr/conso-compteur-linky-des-usagers-en-regle-recoivent-des-penalites-selon-lufc-que-choisir.2988428.1404.html",
        "Tout commence par la réception d'un courrier qui a pour en-tête la phrase \"Contrôle du dispositif "
        'de comptage." (…) comme sur le courrier reçu le 15 avril dernier par Sylvain V. (a real Enedis '
        "letter relayed by UFC-Que Choisir; the technician later came)",
    ),
    (
        "scam",
        "sms",
        None,
        "bank_advisor",
        "Votre virement de 659,99€ pour le bénéficiaire [NOM] est validé",
        "https://www.alouette.fr/service-opposition-arnaque-sms-mail",
        "À chaque fois, un numéro de téléphone est indiqué pour faire opposition au paiement. Il ne faut "
        "surtout pas appeler sur ce numéro.",
    ),
    (
        "scam",
        "sms",
        "chronopost",
        "parcel_delivery",
        "Chronopost: Votre colis a subi un problème d'acheminement.",
        "https://l.bfmtv.com/tech/vie-numerique/faux-colis-chronopost-avant-noel-la-gendarmerie-met-en-garde-contre-les-sms-d-arnaque_AV-202312210326.html",
        "Ce message, parmi les classiques de l'arnaque au SMS, vous l'avez très probablement déjà reçu "
        "(gendarmerie de la Charente-Maritime warning)",
    ),
    (
        "genuine",
        "sms",
        "fr_alert",
        "public_alert",
        "Alerte Événement Climatique",
        "https://www.commentcamarche.net/applis-sites/services-en-ligne/25717-fr-alert-a-quoi-sert-ce-dispositif-d-alerte-de-la-population/",
        "Il s'agit d'un exercice de FR-Alert, le dispositif d'alerte d'urgence du Gouvernement (…) la "
        "préfecture des Pays de la Loire et de Loire-Atlantique explique sur X (…) La notification "
        "précisera bien qu'il s'agit d'un exercice (the notification's title)",
    ),
    (
        "genuine",
        "sms",
        "fr_alert",
        "public_alert",
        "FR-Alert : Alerte extrême",
        "https://www.actutarbes.fr/societe/5457",
        "Les autorités, telles que la préfecture du Gard, ont donc activé le système FR-Alert pour informer "
        "et protéger les citoyens (the notification's header during storm Nils; the page calls it « une "
        "notification de type »)",
    ),
    (
        "scam",
        "email",
        "idfm",
        "account_suspended",
        "Nous avons remarqué que votre abonnement a été suspendu en raison d'un problème de paiement",
        "https://www.bfmtv.com/tech/pass-navigo-les-tentatives-d-arnaque-par-mail-se-multiplient_AV-202303140556.html",
        "plusieurs internautes disent avoir reçu de faux mails d'Ile-de-France Mobilités (…) peut-on lire "
        "sur l'un des e-mails envoyés",
    ),
    (
        "scam",
        "email",
        "idfm",
        "account_suspended",
        "Pour continuer à bénéficier de nos services, nous vous demandons de régler votre abonnement via "
        "carte bancaire",
        "https://www.bfmtv.com/tech/pass-navigo-les-tentatives-d-arnaque-par-mail-se-multiplient_AV-202303140556.html",
        "« Pour continuer à bénéficier de nos services… », indique un autre (a second fake IDFM e-mail "
        "quoted by the same page)",
    ),
    (
        "scam",
        "email",
        "orange",
        "refund",
        "Objet : Prélèvement bancaire sur votre compte (...) Lors d'un traitement informatique de routine "
        "concernant les prelevements mensuels effectues sur le compte de notre clientele abonnee, le 28 "
        "aout 2009 nous avons malencontreusement impute la somme de quatre-vingt, quatre-vingt dix Euro "
        "(100.90) sur votre compte. Pour vous rembourser cette somme prelevee par erreur, nous vous prions "
        "de vous cliquer sur le lien qui apparait en dessous de ce message et de nous fournir les "
        "renseignements necessaires a l etablissement de votre fiche special.",
        "https://mizania.forumdediscussions.com/t1214-attention-aux-faux-mails-d-orange",
        "un courrier électronique aux couleurs d'Orange tente d'usurper l'identité du fournisseur d'accès "
        "(…) jamais Orange ne réclamera les informations bancaires de ses clients via un site web",
    ),
    (
        "scam",
        "sms",
        "la_poste",
        "parcel_delivery",
        "Votre colis est arrivé dans notre entrepôt local, mais en raison d'une adresse de livraison "
        "incorrecte ou d'informations incomplètes, il n'a pas encore été livré. Le colis sera retourné "
        "après 24 heures",
        "https://la1ere.francetvinfo.fr/reunion/alerte-arnaque-des-sms-frauduleux-sur-des-colis-non-livres-circulent-a-la-reunion-1491506.html",
        "Il ne s'agit pas des services de la Poste, mais bien d'une arnaque. (part of the SMS, as the page "
        "says: « voilà une partie du message »)",
    ),
    (
        "scam",
        "sms",
        None,
        "premium_callback",
        "J’ai quelque chose d’important à te dire appel moi",
        "http://linfo.re/la-reunion/societe/attention-nouvelle-arnaque-aux-sms",
        "Attention à l’arnaque et à la facture salée (…) En répondant à ce SMS, les clients s’exposent à "
        "des frais supplémentaires",
    ),
    (
        "scam",
        "email",
        "caf",
        "refund",
        "Nous vous devons 161,82 euro",
        "http://www.generation-nt.com/caf-phishing-hameconnage-mails-frauduleux-actualite-1037401.html",
        "l'objet du message (…) Un e-mail que la CAF, la vraie, demande de supprimer (subject line)",
    ),
    (
        "scam",
        "email",
        "caf",
        "refund",
        "Après étude de votre déclaration de ressources, nous vous informons que vous avez droit à une "
        "prime d'aide vacances versée par votre CAF, d'un montant de 250 euros",
        "http://terrafemina.com/culture/culture-web/articles/16914-arnaque-250-euros-daide-vacances-de-la-caf-dans-les-boites-e-mails.html",
        "c’est ce qu’annonce un mail d’arnaque qui tourne actuellement",
    ),
    (
        "scam",
        "email",
        "free",
        "account_update",
        "Avez-vous récemment modifier votre banque, votre numéro de téléphone ou de carte de crédit ? Pour "
        "vous assurer que votre service ne soit pas interrompu, veuillez mettre à jour vos informations de "
        "facturation en cliquant ci-dessous aujourd'hui",
        "https://clubic.com/actualite-305136-vague-phishing-vise-clients-freebox.html",
        "demande le courrier frauduleux (…) une redirection vers un autre serveur (the journalist's « (sic) "
        "» after « modifier » removed, the sender's spelling kept)",
    ),
    (
        "scam",
        "sms",
        None,
        "rental",
        "Arnaque, désolé",
        "https://www.generation-nt.com/actualites/arnaque-vacances-location-conseils-famille-2061224",
        "Après un trajet épuisant de dix heures (…) en recevant un simple SMS de leur « propriétaire » (a "
        "fake holiday let paid 1,400 € in advance)",
    ),
    (
        "scam",
        "email",
        "douane",
        "parcel_fee",
        "Objet : DIRECTION REGIONALE DES DOUANES Cher(e) Client(e), Votre colis DHL N° 4394675536 expédiée "
        "le 16/05/2020 ,Afin de permettre la livraison du colis les frais de TVA sont refacturés à "
        "l’importateur. Article 134-I et II-1° du CGI : LOI n°2012-1510 du 03 mai 2017 – art. 68 (V) la "
        "validation du solde Paysafecard pour reglement des frais de douanement est valable Afin de "
        "permettre la livraison de votre colis DHL N° 4394675536 destinée à l’adresse de votre domicile, "
        "veuillez régulariser vos frais douaniére impayés en suivant les étapes au dessous pour récuperer "
        "de colis : 1. Achetez un code PIN Paysafecard en ligne (50 EUR) 2. Envoyez le code PIN (16 "
        "chiffres) à l’adresse suivante:[EMAIL]",
        "http://www.adeic.fr/2020/05/26/la-douane-vous-demande-de-largent-par-mail-pour-la-livraison-dun-colis-attention-il-sagit-dune-arnaque/",
        "Voici le contenu de ce mail frauduleux (…) il s’agit d’une arnaque, et vous perdrez définitivement "
        "votre argent (a consumer association quoting the e-mail it received; the sender address → [EMAIL])",
    ),
    (
        "genuine",
        "email",
        "canalplus",
        "service_notice",
        "Vous bénéficiez actuellement de L’OFFRE – 26 ANS CANAL+ CINE SERIES et nous espérons que vous "
        "profitez pleinement de vos programmes. À compter de votre prochaine date de renouvellement "
        "mensuel[…], et conformément à vos Conditions Générales d’Abonnement, votre abonnement L’OFFRE – 26 "
        "ANS CANAL+ CINE SERIES sera reconduit pour des durées successives d’un mois au tarif hors "
        "promotions et hors options de 22,99 €.",
        "https://www.frandroid.com/services/svod/1520464_apres-netflix-canal-commence-aussi-a-augmenter-les-prix-la-faute-a-la-tva",
        "plusieurs utilisateurs concernés ont reçu un mail indiquant que l’offre coûterait désormais 22,99 "
        "euros par mois (…) le message de Canal+ manque un peu de transparence. L’objet du mail (…) « "
        "Gestion de votre abonnement Canal + » (Canal+'s own price notice, 2022; the page's « […] » cut "
        "kept)",
    ),
    (
        "genuine",
        "email",
        "netflix",
        "service_notice",
        "Pour continuer à ajouter plus de séries TV et de films, nous augmentons notre tarif pour les "
        "nouveaux utilisateurs, de 8,99 € à 9,99 € pour le forfait 2 écrans à la fois",
        "https://clubic.com/video-streaming/netflix-svod/actualite-776594-netflix-augmente-prix-abonnement-ecrans.html",
        "Les abonnés concernés ont été avertis par courrier électronique dans la nuit de lundi à mardi : « "
        "… », indique le service de vidéo à la demande sur abonnement Netflix (Netflix's own e-mail, 2015)",
    ),
    (
        "genuine",
        "email",
        "sfr",
        "service_notice",
        "Les investissements massifs et indispensables pour déployer le très haut débit, améliorer encore "
        "la qualité de service ainsi que l'enrichissement des contenus TV proposés par le nouveau portail "
        "nous mènent en effet à revoir nos tarifs.",
        "https://clubic.com/connexion-internet/fai-sfr-box-neufbox/actualite-756229-sfr-hausse-tarifs.html",
        "Toutes les personnes disposant d'une offre triple play (…) vont donc recevoir un email de "
        "notification (…) SFR s'est contenté d'un très vague « … » (SFR's own price e-mail, 2015)",
    ),
    (
        "genuine",
        "letter",
        "sfr",
        "service_notice",
        "vos usages et besoins évoluent et nous voulons que vous puissiez profiter encore plus de votre Box",
        "https://www.phonandroid.com/sfr-tente-a-nouveau-daugmenter-le-prix-de-son-offre-internet-fixe.html",
        "SFR a envoyé un nouveau courrier commercial à ses clients Internet fixe (…) Dans celui-ci, vous "
        "pouviez lire « … » (SFR's own price letter, 2021–2022; a fragment)",
    ),
    (
        "genuine",
        "email",
        "orange",
        "service_notice",
        "Information importante concernant votre offre X : nous vous informons que des frais de 49€ seront "
        "applicables à compter du 10 octobre 2024 en cas de changement vers une offre internet au tarif "
        "inférieur (hors remises éventuelles)",
        "https://www.phonandroid.com/abonnes-orange-attention-a-ces-frais-caches-loperateur-les-annonce-a-la-fin-dune-newsletter-sans-rapport.html",
        "Si vous avez récemment reçu une newsletter Orange intitulée « On vous informe sur votre offre » "
        "(…) il faut regarder tout en bas du message. On peut y lire : « … » (Orange's own e-mail, 2024; « "
        "X » stands for the offer name as printed by the page)",
    ),
    (
        "genuine",
        "email",
        "orange",
        "service_notice",
        "Nous faisons face actuellement à une augmentation importante de nos coûts d’exploitation, en "
        "particulier de l’énergie qui alimente nos réseaux mobile et internet.",
        "https://www.phonandroid.com/orange-augmente-a-son-tour-le-prix-de-ses-forfaits-a-partir-davril-2023.html",
        "Ce matin, ils sont nombreux à avoir reçu la mauvaise nouvelle dans leur boîte mail (…) l’opérateur "
        "historique a commencé à annoncer la mauvaise nouvelle aux abonnés (Orange's own price e-mail, "
        "2023; first sentence)",
    ),
    (
        "genuine",
        "email",
        "disney",
        "service_notice",
        "tous les abonnements peuvent inclure du contenu publicitaire limité, du contenu promotionnel, des "
        "informations sur des marques Disney, des messages de parrainage et autres, y compris des "
        "publicités dans le contenu en direct ou des événements spéciaux qui contiennent des pauses "
        "publicitaires traditionnelles.",
        "https://www.commentcamarche.net/image-son/streaming/28751-disney-interdit-le-partage-de-compte-et-impose-de-la-pub-dans-tous-les-abonnements/",
        "C'est au tour des abonnés français (…) Ils ont en effet reçu un mail concernant là aussi une « "
        "mise à jour des conditions générales d'abonnement » (…) la plateforme indique dans son mail que, "
        "désormais « … » (Disney+'s own e-mail, 2024; a fragment)",
    ),
    (
        "genuine",
        "email",
        "bouygues",
        "service_notice",
        "Il y a du changement dans votre forfait B&You… avec des gigas offerts et de nouveaux services à "
        "venir. (…) Quoi de plus important en ce moment que de garder le lien avec vos proches ? C’est la "
        "raison pour laquelle nous vous offrons, dès maintenant et jusqu’au 1er juillet 2020, 20 Go "
        "d’Internet supplémentaires.",
        "https://www.quechoisir.org/actualite-forfait-b-you-20-go-augmentation-surprise-de-80-n79743/",
        "Bouygues Télécom vient d’annoncer à certains de ses abonnés (…) les premières lignes du message "
        "qu’il a envoyé en début de semaine aux abonnés concernés (…) La suite (Bouygues Telecom's own "
        "message, 2020; the page's two quotes joined with « (…) »)",
    ),
    (
        "genuine",
        "email",
        "bouygues",
        "service_notice",
        "Nous avons des informations à vous communiquer sur votre forfait B&YOU (…) en cas de résiliation "
        "de votre forfait B&YOU, des frais de résiliation de 5€ seront appliqués",
        "https://www.numerama.com/tech/1962769-cest-la-douche-froide-bouygues-va-faire-payer-la-resiliation-de-ses-forfaits-mobile.html",
        "Dans un mail intitulé « … », envoyé en fin de journée le 30 avril, l’opérateur annonce (…) "
        "(Bouygues Telecom's own e-mail: its subject and the sentence the page quotes, joined with « (…) »)",
    ),
)
