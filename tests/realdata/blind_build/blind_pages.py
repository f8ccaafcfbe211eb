"""Phishing hosts/URLs quoted by press, consumer and blog pages (text only: never opened or resolved).

Each row: (text, brands, match_in, page where it is quoted, source key). Read 2026-11-30.
"""

from __future__ import annotations

NUMERAMA_2022 = (
    "https://numerama.com/cyberguerre/1051736-elboncoin-facebbook-un-millier-de-nouveau-noms-de-domaines"
    "-crees-pour-pieger-les-internautes-inattentifs.html"
)
FRANCESOIR_2022 = (
    "https://francesoir.fr/societe-faits-divers/alerte-une-possible-vague-de-phishing-avec-des-noms-de"
    "-domaine-pirates"
)
NUMERAMA_2024 = (
    "https://numerama.com/cyberguerre/1478628-amanzon-fr-labanquepotale-fr-attention-a-ces-futurs-sites-de"
    "-phishing.html"
)
ILETAITUNEPUB_GOUV = (
    "https://iletaitunepub.fr/2024/07/09/327043/pratique/dernier-avertissement-attention-a-cette-arnaque-visant-a"
    "-vous-depouiller"
)
QUOTIDIEN_PHARMACIEN = (
    "https://static4.lequotidiendupharmacien.fr/exercice-pro/justice/carte-vitale-alerte-sur-une-tentative"
    "-darnaque-par-sms"
)
DATADOG = (
    "https://securitylabs.datadoghq.com/articles/tales-from-the-cloud-trenches-aws-activity-to-phishing/"
)
TF1_CHRONO = (
    "https://www.tf1info.fr/conso-argent/video-achats-de-noel-attention-a-ces-nouvelles-arnaques-sur-les"
    "-livraisons-de-colis-2242029.html"
)
ROOLE = "https://media.roole.fr/quotidien/au-volant/amendes-par-sms-comment-detecter-larnaque-info-antai"
FRANDROID = (
    "https://www.frandroid.com/culture-tech/securite-applications/2742103_bonjour-cest-le-livreur-votre"
    "-colis-ne-rentrait-pas-dans-la-boite-aux-lettres-voici-comment-vous-en-sortir-pour-eviter-larnaque"
)

PAGE_LINKS: list[tuple[str, tuple[str, ...], str, str, str]] = [
    ("ameli-gouv.com", ("ameli",), "host", "https://migliore.eu/?p=22223", "press"),
    (
        "ameli-frconnect.fr",
        ("ameli",),
        "host",
        "https://www.numerama.com/cyberguerre/897651-expiration-de-votre-carte-vitale-ne-cliquez-pas-sur-ce-sms.html",
        "press",
    ),
    (
        "ulys-fr.com",
        ("toll",),
        "host",
        "https://iletaitunepub.fr/auto/341208-arnaques-au-peage-2025",
        "press",
    ),
    (
        "https://essaycritics.com/expedition/livraison/reprogrammation/suivi-de-colis/mondialrelay.fr/public"
        "/index.php?route=step1",
        ("mondialrelay",),
        "path",
        "https://radiblog.fr/attention-au-piege-du-faux-mail-ou-sms-colis-non-livre",
        "press",
    ),
    (
        "infoconsignes.com",
        ("mondialrelay",),
        "none",
        "https://www.commentcamarche.net/securite/arnaque/31175-arnaque-faux-livreur/",
        "press",
    ),
    ("lockers-express.com", ("mondialrelay",), "none", FRANDROID, "press"),
    (
        "mondials-relais.com",
        ("mondialrelay",),
        "host",
        "https://www.universcolis.fr/actualites/escroqueries-avis-de-livraison-phishing-2025",
        "press",
    ),
    (
        "chronopost.pickup-suivi.com",
        ("chronopost",),
        "host",
        "https://rambouillet.ufcquechoisir.fr/?p=6824",
        "press",
    ),
    ("chronoinfo.net", ("chronopost",), "host", TF1_CHRONO, "press"),
    ("servicechronopost.net", ("chronopost",), "host", TF1_CHRONO, "press"),
    (
        "vignette-critair.com",
        ("ants",),
        "host",
        "https://www.rtbf.be/info/societe/detail_vignette-crit-air-pour-circuler-en-france-attention-aux-sites"
        "-frauduleux?id=10257638",
        "press",
    ),
    ("amendes-gouv.org", ("antai",), "host", ROOLE, "press"),
    ("amendes-reglement-pv.com", ("antai",), "host", ROOLE, "press"),
    ("dossier-antai-gouv.info", ("antai",), "host", ROOLE, "press"),
    ("antaidossiergouv.com", ("antai",), "host", "https://unsimpleclic.com/?p=1824800", "press"),
    (
        "compteorange.com",
        ("orange",),
        "host",
        "https://www.cnews.fr/vie-numerique/2021-06-10/escroquerie-les-clients-dorange-vises-par-une-arnaque"
        "-par-sms-1092139",
        "press",
    ),
    (
        "renouvellement-ameli.fr",
        ("ameli",),
        "host",
        "https://windows8facile.fr/arnaque-mail-sms-ameli/",
        "press",
    ),
    (
        "mts504cd.s3.amazonaws.com",
        ("antai",),
        "none",
        "https://actu-automobile.com/2025/02/08/escroquerie-attention-aux-fausses-amendes-de-lantai",
        "press",
    ),
    (
        "https://www.agapebiblestudy.com/redirection.php?num=",
        ("douane",),
        "none",
        "https://www.dossierfamilial.com/actualites/vie-pratique/noel-gare-aux-arnaques-si-vous-attendez-un"
        "-colis-430240",
        "press",
    ),
    (
        "sante-infos.net/index.php",
        ("ameli",),
        "none",
        "https://theworldnews.net/fr-news/arnaque-par-sms-attention-a-ce-numero-a-13-chiffres",
        "press",
    ),
    (
        "pro.organisationcommande.com",
        ("mondialrelay",),
        "none",
        "https://foozine.com/arnaques/10551/arnaque-sms-mondial-relay",
        "press",
    ),
    (
        "singaporefintech.org",
        ("vinted",),
        "none",
        "https://www.illenoo-services.fr/gare-a-votre-argent-une-nouvelle-arnaque-circule-sur-vinted/",
        "press",
    ),
    (
        "http://free-paiement.com/moncompte/",
        ("free",),
        "host",
        "https://www.france-inverse.com/arnaque-sms-mail-free-le-faux-defaut-de-paiement/",
        "press",
    ),
    (
        "leboncoin-d.org",
        ("leboncoin",),
        "host",
        "https://www.cnews.fr/vie-numerique/2019-12-30/leboncoin-une-nouvelle-arnaque-la-carte-bancaire-menace-les"
        "-utilisateurs",
        "press",
    ),
    ("https://gouv.reguforfaitaire.com/", ("gouv",), "host", ILETAITUNEPUB_GOUV, "press"),
    ("ameli-vital.fr", ("ameli",), "host", QUOTIDIEN_PHARMACIEN, "press"),
    (
        "dossier-antai-gouv.fr",
        ("antai",),
        "host",
        "https://www.cartegrise.com/blog/2023/08/amendes-par-sms-comment-identifier-les-arnaques",
        "press",
    ),
    (
        "impots.gouv.app",
        ("impots",),
        "host",
        "https://rmc.bfmtv.com/actualites/tech/impots-comment-reperer-les-sites-administratifs-frauduleux_AV"
        "-201910140469.html",
        "press",
    ),
    (
        "kydsjqt.cluster030.hosting.ovh.net",
        ("impots",),
        "none",
        "https://www.cnews.fr/vie-numerique/2021-05-20/impots-attention-cette-arnaque-qui-promet-un-remboursement"
        "-1083725",
        "press",
    ),
    (
        "neenorteymedia.com",
        ("impots",),
        "none",
        "http://www.dossierfamilial.com/argent/impots/arnaque-attention-aux-faux-mails-des-impots-85767",
        "press",
    ),
    # typosquatted .fr registrations named by the press (registrations, not seen live)
    ("www.wwwimpotsgouv.fr", ("impots",), "host", NUMERAMA_2024, "press"),
    ("labanquepotale.fr", ("banque_postale",), "host", NUMERAMA_2024, "press"),
    ("amanzon.fr", ("amazon",), "host", NUMERAMA_2024, "press"),
    ("leparirien.fr", ("leparisien",), "host", FRANCESOIR_2022, "press"),
    (
        "villedepariis.fr",
        ("gouv",),
        "host",
        "https://www.radins.com/administratif-juridique/droits-des-consommateurs/actualites/cybersecurite-les"
        "-specialistes-alertent-sur-une-potentielle-tentative-de-typosquattage/39477",
        "press",
    ),
    # 2022 wave of typosquatted .fr registrations reported by the press (registrations, not seen live)
    ("colisismo.fr", ("laposte",), "host", NUMERAMA_2022, "press"),
    ("costorama.fr", ("castorama",), "host", NUMERAMA_2022, "press"),
    ("elboncoin.fr", ("leboncoin",), "host", NUMERAMA_2022, "press"),
    ("asemblee-nationale.fr", ("gouv",), "host", FRANCESOIR_2022, "press"),
    ("elyses.fr", ("gouv",), "host", FRANCESOIR_2022, "press"),
    ("kiaby.fr", ("kiabi",), "host", FRANCESOIR_2022, "press"),
    ("polelemploi.fr", ("france_travail",), "host", FRANCESOIR_2022, "press"),
    ("villepariis.fr", ("gouv",), "host", FRANCESOIR_2022, "press"),
    # ANTAI fine-payment kit domains listed in a Datadog Security Labs threat report (IoC table)
    ("payement.infraction-stationnement.com", ("antai",), "none", DATADOG, "report"),
    ("amd-reglefr.com", ("antai",), "none", DATADOG, "report"),
    ("antai-telepaiment.com", ("antai",), "host", DATADOG, "report"),
    ("antaiapaiement.fr", ("antai",), "host", DATADOG, "report"),
    ("amendegouv-paiement.com", ("antai",), "none", DATADOG, "report"),
    ("je-reglemoninfraction.info", ("antai",), "none", DATADOG, "report"),
    ("majoration-redirect.sytes.net", ("antai",), "none", DATADOG, "report"),
    ("www.avis-impayer.info", ("antai",), "none", DATADOG, "report"),
    ("antai-gouv.do", ("antai",), "host", DATADOG, "report"),
    ("service-amande.fr", ("antai",), "none", DATADOG, "report"),
    ("www.amende-paiements-gouv.com", ("antai",), "none", DATADOG, "report"),
    ("amendesgouvfr-paiment.info", ("antai",), "none", DATADOG, "report"),
    # quoted in signal-arnaques reports (already-used source family, other reports)
    (
        "www-verification-vinted.info",
        ("vinted",),
        "host",
        "https://www.signal-arnaques.com/scam/view/535925",
        "signal-arnaques",
    ),
    (
        "https://vintedpro630.wixsite.com/vintedserv",
        ("vinted",),
        "host",
        "https://www.signal-arnaques.com/scam/view/664156",
        "signal-arnaques",
    ),
    (
        "dhl-express-outre-mer.com",
        ("dhl",),
        "host",
        "https://www.signal-arnaques.com/scam/view/919162",
        "signal-arnaques",
    ),
    (
        "https://www.fnac.com.remboursement-sa.group/facturation.php?rembour=863",
        ("fnac",),
        "host",
        "https://www.signal-arnaques.com/scam/view/121878",
        "signal-arnaques",
    ),
    (
        "https://cledigitale-mabanque-bnpparibas.fr/",
        ("bnp",),
        "host",
        "https://www.signal-arnaques.com/scam/view/448474",
        "signal-arnaques",
    ),
]
