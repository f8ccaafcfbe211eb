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
)
