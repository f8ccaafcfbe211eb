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
)
