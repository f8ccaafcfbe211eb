"""Items of the fourth batch read in public web pages (press, consumer, official pages), one page per item.

Gathered on 2026-11-30 through the project's page search (stored excerpts, no page was opened or fetched).
Phishing hosts are the ones a page names as the fraudsters'; legitimate hosts are the senders a page names as
the genuine ones; message texts are verbatim quotes (anonymised: phone numbers -> [TEL]).
"""

from __future__ import annotations

from typing import Final

#: (host, brand tags, match_in, page)
PAGE_LINKS: Final[tuple[tuple[str, tuple[str, ...], str, str], ...]] = (
    (
        "ulys-fr-telepeages.com",
        ("ulys",),
        "host",
        "https://www.thesiteoueb.net/forum/sujet-7614-ulys-peage-un-solde-de-6-80e-reste-du-en-message-par-sms.html",
    ),
    (
        "ulys-fr.com",
        ("ulys",),
        "host",
        "https://www.thesiteoueb.net/forum/sujet-7614-ulys-peage-un-solde-de-6-80e-reste-du-en-message-par-sms.html",
    ),
    (
        "assurance-info-login.com",
        (),
        "none",
        "https://www.futura-sciences.com/tech/actualites/cybersecurite-arnaque-carte-vitale-reprend-plus-belle-98066/",
    ),
    (
        "infosante-vitale.com",
        ("ameli",),
        "host",
        "https://www.futura-sciences.com/tech/actualites/cybersecurite-arnaque-carte-vitale-reprend-plus-belle-98066/",
    ),
    (
        "ameli-vital.fr",
        ("ameli",),
        "host",
        "https://www.planet.fr/societe-arnaque-a-la-carte-vitale-gare-a-ce-faux-sms-de-lassurance-maladie.2414016.29336.html",
    ),
    (
        "mandowalartstudio.com",
        (),
        "none",
        "https://www.quechoisir.org/actualite-faux-remboursement-des-impots-attention-au-phishing-n96432/",
    ),
    (
        "chronoinfo.net",
        ("chronopost",),
        "host",
        "https://www.lesecransdeparis.fr/votre-colis-a-rencontre-une-erreur-gare-a-ce-sms-frauduleux-cest-une-arnaque-il-ne-vient-pas-de-chronopost/",
    ),
    (
        "servicechronopost.net",
        ("chronopost",),
        "host",
        "https://www.tf1info.fr/conso-argent/video-achats-de-noel-attention-a-ces-nouvelles-arnaques-sur-les-livraisons-de-colis-2242029.html",
    ),
    (
        "chronopost.pickup-suivi.com",
        ("chronopost",),
        "host",
        "https://www.phonandroid.com/chronopost-attention-a-ce-faux-sms-de-livraison-de-colis-cest-une-arnaque.html",
    ),
    (
        "infoconsignes.com",
        (),
        "none",
        "https://www.commentcamarche.net/securite/arnaque/31175-arnaque-faux-livreur/",
    ),
    (
        "lockers-express.com",
        (),
        "none",
        "https://www.frandroid.com/culture-tech/securite-applications/2742103_bonjour-cest-le-livreur-votre-colis-ne-rentrait-pas-dans-la-boite-aux-lettres-voici-comment-vous-en-sortir-pour-eviter-larnaque",
    ),
)

#: Genuine senders named by a page: (host, brand tags, page)
LEGIT_PAGE_HOSTS: Final[tuple[tuple[str, tuple[str, ...], str], ...]] = (
    (
        "notif-colissimo-laposte.info",
        ("laposte",),
        "https://www.latelier62.fr/2025/10/quand-un-courriel-legitime-passe-pour-du-hameconnage",
    ),
    (
        "network.pickup.fr",
        ("chronopost",),
        "https://www.sympatic.fr/arnaque-aux-faux-colis-chronopost/",
    ),
    (
        "services.ulys.com",
        ("ulys",),
        "https://www.frandroid.com/culture-tech/securite-applications/2747439_gare-a-cette-escroquerie-aux-peages-ne-tombez-plus-dans-le-panneau",
    ),
    (
        "email.vinci-autoroutes.com",
        ("vinci_autoroutes",),
        "https://www.frandroid.com/culture-tech/securite-applications/2747439_gare-a-cette-escroquerie-aux-peages-ne-tombez-plus-dans-le-panneau",
    ),
)

#: (label, channel, brand, scenario, verbatim text, page)
MESSAGES: Final[tuple[tuple[str, str, str | None, str, str, str], ...]] = (
    (
        "scam",
        "sms",
        "ulys",
        "toll",
        "Montant impayé 6,80 €. Réglez immédiatement votre passage Ulys en cliquant ici.",
        "https://iletaitunepub.fr/auto/341669-arnaque-ulys-sms",
    ),
    (
        "scam",
        "sms",
        "ants",
        "fine",
        "Nos agents ont constaté que votre véhicule n'était pas équipé de la vignette Crit'Air 2022. Veuillez la "
        "récupérer sous peine de contravention dans les prochaines 48h sur le lien ci-joint",
        "https://www.latribune.fr/technos-medias/informatique/l-arnaque-a-la-vignette-crit-air-revient-par-le-biais-de-sms-tres-convaincants-936110.html",
    ),
    (
        "scam",
        "sms",
        "ants",
        "fine",
        "Nos agents ont constaté que vous n’étiez pas muni de la vignette obligatoire.",
        "https://france3-regions.francetvinfo.fr/provence-alpes-cote-d-azur/bouches-du-rhone/marseille/vignette-crit-air-comment-reperer-l-arnaque-par-sms-2636988.html",
    ),
    (
        "scam",
        "sms",
        "chronopost",
        "parcel_delivery",
        "Chronopost : Votre colis a rencontré une erreur lors de sa livraison. Pour confirmer l’acheminement de "
        "celui-ci rendez-vous sur : https://chronoinfo.net/",
        "https://www.lesecransdeparis.fr/votre-colis-a-rencontre-une-erreur-gare-a-ce-sms-frauduleux-cest-une-arnaque-il-ne-vient-pas-de-chronopost/",
    ),
    (
        "scam",
        "sms",
        "chronopost",
        "parcel_delivery",
        "Chronopost : Votre colis a subi un problème, veuillez régulariser les informations de livraison sur notre "
        "site : servicechronopost.net",
        "https://www.tf1info.fr/conso-argent/video-achats-de-noel-attention-a-ces-nouvelles-arnaques-sur-les-livraisons-de-colis-2242029.html",
    ),
    (
        "scam",
        "sms",
        "chronopost",
        "parcel_delivery",
        "Bonjour, je n'ai pas réussi à déposer votre colis dans la boîte aux lettres, merci de sélectionner un "
        "créneau sur",
        "https://www.phonandroid.com/chronopost-attention-a-ce-faux-sms-de-livraison-de-colis-cest-une-arnaque.html",
    ),
    (
        "scam",
        "sms",
        "mondial_relay",
        "parcel_delivery",
        "Bonjour, c'est le livreur, votre colis ne rentrait pas dans la boite aux lettres. Veuillez choisir un "
        "nouveau créneau sur…",
        "https://www.commentcamarche.net/securite/arnaque/31175-arnaque-faux-livreur/",
    ),
    (
        "scam",
        "sms",
        "mondial_relay",
        "parcel_delivery",
        "Bonjour, c’est le livreur, votre colis ne rentrait pas dans la boîte aux lettres, veuillez choisir un "
        "nouveau créneau via …",
        "https://toutsurlacyber.fr/?p=20532",
    ),
    (
        "scam",
        "sms",
        None,
        "parcel_delivery",
        "Bonjour, vous êtes chez vous ?",
        "https://www.commentcamarche.net/securite/arnaque/35137-sms-arnaque-livreur/",
    ),
    (
        "scam",
        "sms",
        "cpf",
        "account_update",
        "Votre compte CPF est mis à jour. Cliquer sur ce lien pour actualiser vos droits acquis",
        "https://www.rtl.fr/actu/debats-societe/arnaques-au-cpf-comment-les-reconnaitre-7900159336",
    ),
    (
        "scam",
        "sms",
        "cpf",
        "account_update",
        "URGENT : Vous allez perdre vos droits CPF. Consultez votre solde et réclamez votre formation 100% financée",
        "https://www.france-inverse.com/arnaques-telephone/",
    ),
    (
        "scam",
        "sms",
        "impots",
        "tax_refund",
        "Votre remboursement d'impôt est disponible. Merci de mettre à jour vos informations pour en bénéficier "
        "rapidement.",
        "https://www.actucholet.fr/art-de-vivre/335",
    ),
    (
        "scam",
        "sms",
        "antai",
        "fine",
        "AMENDES.GOUV : Veuillez noter que vous avez une amende de stationnement impayée. Pour éviter toute "
        "majoration, régularisez votre situation le plus rapidement possible en utilisant le lien ci-dessous.",
        "http://www.cbanque.com/impot/actualites/93909/remboursement-impot-amende-les-fraudes-de-ete-pour-detourner-vos-coordonnees-bancaires",
    ),
    (
        "scam",
        "email",
        "impots",
        "tax_refund",
        "Vous avez un remboursement non effectué de la part de votre impôt finances. Pour accepter le paiement "
        "rapide en ligne cliquez sur le lien suivant et enregistrez les informations de remboursement.",
        "https://www.20minutes.fr/economie/2991875-20210305-attention-mails-frauduleux-annoncant-remboursement-impots",
    ),
    (
        "scam",
        "email",
        "impots",
        "tax_refund",
        "Après les derniers calculs de vos droits, nous vous annonçons que vous êtes admissible à recevoir un "
        "remboursement sur la carte enregistrée sur votre espace client",
        "https://www.mieuxvivre-votreargent.fr/impots/impots-sur-les-revenus/2021/05/18/impots-attention-a-un-faux-courriel-promettant-un-remboursement-de-490-euros/",
    ),
    (
        "scam",
        "email",
        "antai",
        "fine",
        "Ne laissez pas votre amende passer à 675 €",
        "https://actu-automobile.com/2025/02/08/escroquerie-attention-aux-fausses-amendes-de-lantai",
    ),
    (
        "scam",
        "email",
        "antai",
        "fine",
        "Pour bénéficier de cette aide, vous devez remplir les critères suivants :\nMontant de la contravention : "
        "35 euros.",
        "https://economiematin.fr/arnaque-antai-amende-stationnement-phishing/antai-site-officiel",
    ),
    (
        "scam",
        "sms",
        "ameli",
        "vitale_card",
        "Votre nouvelle carte vitale est disponible",
        "https://www.planet.fr/societe-arnaque-a-la-carte-vitale-gare-a-ce-faux-sms-de-lassurance-maladie.2414016.29336.html",
    ),
    (
        "scam",
        "email",
        "ameli",
        "vitale_card",
        "Merci de suivre la procédure d'obtention de votre nouvelle carte en suivant le lien ci-dessous",
        "https://www.linternaute.com/actualite/societe/3255953-article/",
    ),
    (
        "scam",
        "sms",
        "societe_generale",
        "account_update",
        "Afin de conserver l'accès à nos services, merci de vous identifier",
        "https://www.linternaute.com/argent/magazine/5459366-arnaque-societe-generale/",
    ),
    (
        "scam",
        "sms",
        None,
        "bank_advisor",
        "Pour confirmer votre paiement internet de 1 456 euros, saisissez le code 220817. Si vous n'êtes pas à "
        "l'origine de cette transaction, contactez immédiatement le [TEL].",
        "https://www.commentcamarche.net/securite/arnaque/33987-arnaque-sms-paiement-internet/",
    ),
    (
        "genuine",
        "sms",
        "ameli",
        "public_alert",
        "ATTENTION : le virus de la grippe circule TRES activement",
        "https://cdndata.fr/assurance-maladie-sms-alerte",
    ),
    (
        "genuine",
        "sms",
        "lcl",
        "security_alert",
        "LCL - Alerte fraude sur votre CB. Etes-vous à l'origine du paiement ?",
        "https://www.journaldunet.com/patrimoine/finances-personnelles/1540251-cd1-sms-banque/",
    ),
    (
        "genuine",
        "email",
        "caf",
        "security_advice",
        "l'émetteur de ce courriel n'est pas votre caisse d'Allocations familiales. Ce courriel est frauduleux. "
        "N'y répondez surtout pas. Nous vous invitons à le transmettre par courrier ou par messagerie à votre "
        "caisse d'Allocations familiales afin de faciliter l'enquête sur l'origine et les auteurs de ces courriels "
        "frauduleux.",
        "https://clubic.com/antivirus-securite-informatique/virus-hacker-piratage/actualite-437002-caf-spamme-pourriel.html",
    ),
    (
        "genuine",
        "sms",
        "impots",
        "tax_reminder",
        "Bonjour, pensez à déclarer vos revenus sur impots.gouv.fr. Besoin d'aide ? Appelez le 0809401402 (appel "
        "non surtaxé). Direction générale des Finances publiques.",
        "https://www.clubic.com/actualite-566019-vous-ne-devriez-pas-ignorer-cette-alerte-des-impots-par-sms.html",
    ),
    (
        "scam",
        "sms",
        "edf",
        "energy",
        "Alerte EDF : votre facture pourrait augmenter si vous ne renouvelez pas votre bouclier tarifaire",
        "https://fr.news.yahoo.com/facture-edf-pourrait-augmenter-attention-arnaque-sms-115024608.html",
    ),
    (
        "scam",
        "email",
        "engie",
        "unpaid_bill",
        "Nous serons contraints de transmettre votre dossier à notre service contentieux si votre situation n'est "
        "pas réglée rapidement.",
        "https://www.journaldesfemmes.fr/maman/magazine/2947437-faux-mail-fournisseur-energie/",
    ),
    (
        "scam",
        "sms",
        "netflix",
        "account_suspended",
        "Netflix : votre dernier paiement a été refusé, veuillez confirmer vos informations de paiement ou votre "
        "compte sera suspendu",
        "https://www.cbanque.com/carte-bancaire/actualites/90273/netflix-carte-vitale-comment-signaler-ces-faux-sms-qui-en-veulent-apres-votre-carte-bancaire",
    ),
    (
        "scam",
        "sms",
        None,
        "prize",
        "Vous avez gagné XX EUR. Rappelez le 0899…",
        "https://www.nextinpact.com/article/5047/78607-arnaques-par-sms-editeurs-epingles-par-repression-fraudes",
    ),
    (
        "scam",
        "sms",
        None,
        "romance",
        "J’ai vu ton annonce. Tu me plais. Rappelle-moi au 0899… Élodie.",
        "https://www.nextinpact.com/article/5047/78607-arnaques-par-sms-editeurs-epingles-par-repression-fraudes",
    ),
    (
        "genuine",
        "sms",
        "cheque_energie",
        "benefit_notice",
        "Vous n'avez pas utilisé votre chèque énergie n°XXXX. RDV sur https://chequeenergie.gouv.fr ou appelez le "
        "n° vert 0805204805. Le Chèque énergie",
        "https://www.commentcamarche.net/securite/arnaque/32487-sms-cheque-energie/",
    ),
    (
        "genuine",
        "email",
        "bouygues",
        "security_advice",
        "En ce moment, des SMS frauduleux circulent, prétendument envoyés par votre banque et vous alertant d'une "
        "opération suspecte sur votre compte. Méfiez-vous !",
        "https://www.clubic.com/actualite-582973-abonne-bouygues-telecom-attention-vous-allez-peut-etre-etre-la-cible-d-arnaqueurs.html",
    ),
    (
        "scam",
        "sms",
        None,
        "parcel_delivery",
        "Bonjour, c’est le livreur, votre colis est trop volumineux pour votre boîte aux lettres. Veuillez choisir "
        "un nouveau créneau",
        "https://www.demotivateur.fr/vie-pratique/vous-avez-recu-un-sms-a-propos-d-un-colis-trop-volumineux-attention-cela-peut-etre-une-arnaque-43797",
    ),
    (
        "scam",
        "sms",
        None,
        "parcel_delivery",
        "Bonjour c'est le livreur, votre colis ne rentrait pas dans la boite aux lettres ce matin, vous préférez en "
        "point relais ou je repasse ?",
        "https://gnews.one/vous-preferez-en-point-relais-ou-je-repasse-attention-l-arnaque-aux-faux-colis-volumineux-prend-de-419306.html",
    ),
    (
        "scam",
        "email",
        "ameli",
        "refund",
        "Après les derniers calculs de votre assurance maladie, nous avons déterminé que vous êtes admissible à "
        "recevoir un remboursement d’un montant de 387,95 euros",
        "https://www.planet.fr/societe-arnaque-a-lassurance-maladie-voici-le-message-dont-il-faut-vous-mefier.1540015.29336.html",
    ),
    (
        "scam",
        "sms",
        "ameli",
        "refund",
        "Après les derniers calculs pour l’exercice de votre activité, nous vous informons que vous avez un "
        "remboursement de 642 euros",
        "https://cnews.fr/france/2022-01-08/arnaque-attention-ce-sms-de-la-cpam-qui-promet-642-euros-1168728",
    ),
)
