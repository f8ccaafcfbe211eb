"""Candidate messages for messages_blind.jsonl: verbatim quotes (read 2026-11-30), anonymised.

Each row: (label, channel, brand, scenario, text, source fields). The build script drops the candidates
already (or nearly) in messages_real / messages_extra / messages_fresh, so duplicates may stay listed here.
"""

from __future__ import annotations

from typing import Any

SA = "ledokter/scraper-signal-arnaques"
SA_COMMIT = "2d2f4f7568cfb7467d05bb4cb136f7d90c1d0ab8"
SA_COMMIT_2 = "8ed93581237766ad479373aaddd90d35af9bcfa4"


def _sa(report: int, path: str | None = None, commit: str | None = None) -> dict[str, Any]:
    return {
        "url": f"https://www.signal-arnaques.com/scam/view/{report}",
        "repo": SA,
        "path": path,
        "commit": commit,
    }


def _u(url: str) -> dict[str, Any]:
    return {"url": url}


CCM_FAUX_LIVREUR = "https://www.commentcamarche.net/securite/arnaque/31175-arnaque-faux-livreur/"
ACCUEIL_TEMPORAIRE = (
    "https://accueil-temporaire.com/actualites/alerte-une-nouvelle-edition-est-disponible-larnaque-a-la"
    "-carte-vitale-refait-surface-56281"
)
FOOZINE = "https://foozine.com/arnaques/10551/arnaque-sms-mondial-relay"
PARISPARLEZ = "https://parisparlez.com/arnaque-a-lamende-routiere-comment-reperer-ces-sms-frauduleux/"
EUROPE1 = (
    "https://www.europe1.fr/societe/il-faut-etre-vigilant-avec-les-fetes-de-fin-dannee-les-sms-frauduleux"
    "-se-multiplient-4157484"
)
LINTERNAUTE_VITALE = "https://www.linternaute.com/argent/magazine/9834786-article-carte-vitale-expiration/"
CCM_MINISTERE = "https://www.commentcamarche.net/securite/arnaque/32107-mail-ministere-interieur/"
MUTUELLE_LAND = "https://www.mutuelle-land.com/actualite-sante/attention-aux-faux-mails-au-nom-de-l-assurance-maladie_129508.html"
CCM_FREE = (
    "https://www.commentcamarche.net/securite/arnaque/31325-arnaque-free-ne-payez-surtout-pas-pour-des-frais-de"
    "-reactivation/"
)
TF1_CHRONO = (
    "https://www.tf1info.fr/conso-argent/video-achats-de-noel-attention-a-ces-nouvelles-arnaques-sur-les"
    "-livraisons-de-colis-2242029.html"
)

MESSAGES: list[tuple[str, str, str | None, str, str, dict[str, Any]]] = [
    # --- scams quoted by press / consumer / local pages -------------------------------------------------
    (
        "scam",
        "sms",
        None,
        "parcel_delivery",
        "Je suis devant chez vous, merci de confirmer la livraison",
        _u(
            "https://app.panneaupocket.com/ville/1003661865-saint-etienne-les-orgues-04230?panneau=1427518916"
        ),
    ),
    (
        "scam",
        "email",
        "ameli",
        "vitale_card",
        "Une nouvelle édition de votre carte est disponible. Votre carte actuelle cessera bientôt de"
        " fonctionner. Pour éviter toute interruption de vos droits, merci de finaliser la démarche rapidement.",
        _u(ACCUEIL_TEMPORAIRE),
    ),
    (
        "scam",
        "email",
        "ameli",
        "vitale_card",
        "Nous avons procédé à la création de votre nouvelle carte. Si vous ne donnez pas suite, cela sera"
        " considéré comme un renoncement à vos avantages médicaux.",
        _u(ACCUEIL_TEMPORAIRE),
    ),
    (
        "scam",
        "sms",
        "ameli",
        "vitale_card",
        "Assurance Maladie : Expiration de votre carte vitale, à mettre à jour impérativement",
        _u(
            "https://www.numerama.com/cyberguerre/897651-expiration-de-votre-carte-vitale-ne-cliquez-pas-sur"
            "-ce-sms.html"
        ),
    ),
    (
        "scam",
        "sms",
        "mondial_relay",
        "parcel_delivery",
        "Bonjour, c'est le livreur, votre colis ne rentrait pas dans la boite aux lettres. Veuillez choisir un"
        " nouveau créneau sur…",
        _u(CCM_FAUX_LIVREUR),
    ),
    (
        "scam",
        "sms",
        None,
        "parcel_delivery",
        "Bonjour c'est le livreur, votre colis ne rentrait pas dans la boite aux lettres ce matin, vous"
        " préférez en point relais ou je repasse ?",
        _u(
            "https://gnews.one/vous-preferez-en-point-relais-ou-je-repasse-attention-l-arnaque-aux-faux-colis"
            "-volumineux-prend-de-419306.html"
        ),
    ),
    (
        "scam",
        "sms",
        "cpf",
        "cpf",
        "Votre compte CPF est mis à jour. Cliquer sur ce lien pour actualiser vos droits acquis",
        _u("https://www.rtl.fr/actu/debats-societe/arnaques-au-cpf-comment-les-reconnaitre-7900159336"),
    ),
    (
        "scam",
        "sms",
        "mondial_relay",
        "parcel_delivery",
        "Je repasse demain ou je dépose en point relais ?",
        _u("https://inspirefrance.fr/arnaque-colis-france-eviter-faux-sms-mondial-relay/amp"),
    ),
    (
        "scam",
        "sms",
        "mondial_relay",
        "parcel_delivery",
        "Bonjour, c’est votre livreur, je n’ai pas pu vous délivrer aujourd’hui, la boîte aux lettres est trop"
        " petite. Je repasse ? Ou je mets en relais ?",
        _u(FOOZINE),
    ),
    (
        "scam",
        "sms",
        "mondial_relay",
        "parcel_delivery",
        "Ok alors choisissez ici votre nouveau créneau ou point relais",
        _u(FOOZINE),
    ),
    (
        "scam",
        "email",
        "antai",
        "fine",
        "Ne laissez pas votre amende passer à 675 €",
        _u("https://actu-automobile.com/2025/02/08/escroquerie-attention-aux-fausses-amendes-de-lantai"),
    ),
    (
        "scam",
        "email",
        "antai",
        "fine",
        "Pour bénéficier de cette aide, vous devez remplir les critères suivants : Montant de la contravention :"
        " 35 euros.",
        _u("https://www.economiematin.fr/arnaque-antai-amende-stationnement-phishing/antai-site-officiel"),
    ),
    (
        "scam",
        "email",
        "ameli",
        "vitale_card",
        "Bonjour, nous vous informons que votre carte vitale arrive prochainement à expiration",
        _u(LINTERNAUTE_VITALE),
    ),
    (
        "scam",
        "email",
        "ameli",
        "vitale_card",
        "pour garantir la continuité de vos remboursements et bénéficier du tiers payant chez votre médecin ou"
        " pharmacien, une mise à jour de votre carte Vitale est nécessaire",
        _u(LINTERNAUTE_VITALE),
    ),
    ("scam", "sms", None, "parcel_fee", "Votre colis vous attend : cliquez ici", _u(EUROPE1)),
    (
        "scam",
        "sms",
        "ameli",
        "vitale_card",
        "vous avez reçu votre nouvelle carte de sécurité sociale : cliquez ici",
        _u(EUROPE1),
    ),
    (
        "scam",
        "sms",
        "chronopost",
        "parcel_delivery",
        "Bonjour, je n’ai pas réussi à déposer votre colis dans la boîte aux lettres, merci de sélectionner un"
        " créneau sur le site chronopost.pickup-suivi.com.",
        _u("https://rambouillet.ufcquechoisir.fr/?p=6824"),
    ),
    (
        "scam",
        "sms",
        "chronopost",
        "parcel_delivery",
        "Chronopost : Votre colis a subi un problème, veuillez régulariser les informations de livraison sur"
        " notre site : servicechronopost.net",
        _u(TF1_CHRONO),
    ),
    (
        "scam",
        "sms",
        "antai",
        "fine",
        "INFO ANTAI : Vous avez un retard de paiement de 35€. Consulter votre dossier d’infraction",
        _u(PARISPARLEZ),
    ),
    (
        "scam",
        "sms",
        "antai",
        "fine",
        "INFO ANTAI : Votre infraction en date du 20/06/2024 est toujours en attente de règlement. Merci de"
        " régulariser la situation avant le 28/08/2024 sous peine d’une majoration de 135€",
        _u(PARISPARLEZ),
    ),
    (
        "scam",
        "sms",
        "antai",
        "fine",
        "Info ANTAI : Vous m avez un retard de paiement de 35,00€. Dossier référence 207530099. Consulter mon"
        " dossier d’infraction via : https://antaidossiergouv.com",
        _u("https://unsimpleclic.com/?p=1824800"),
    ),
    (
        "scam",
        "sms",
        None,
        "toll",
        "Un solde de 6,80 euros reste impayé, merci de régulariser la situation avant le 4 novembre",
        _u(
            "https://www.rtl.fr/actu/economie-consommation/ils-ont-votre-nom-et-votre-plaque-d-immatriculation"
            "-attention-a-cette-nouvelle-arnaque-tres-ciblee-par-sms-qui-evoque-un-peage-impaye-7900573230"
        ),
    ),
    (
        "scam",
        "sms",
        None,
        "toll",
        "Avis de péage impayé : régularisez sans délai",
        _u("https://www.net-actuality.org/arnaques-alertes/15547-arnaque-peage-sms"),
    ),
    (
        "scam",
        "email",
        "gendarmerie",
        "fake_police",
        "Bonjour, consultez le fichier ci-dessous ! Votre réponse est obligatoire pour le traitement. Une"
        " décision vous sera adressée prochainement après une réponse de votre part à l'adresse indiquée sur le"
        " fichier. Cordialement.",
        _u(CCM_MINISTERE),
    ),
    (
        "scam",
        "email",
        "gendarmerie",
        "fake_police",
        "Nous engageons à votre encontre des poursuites judiciaires peu après une saisie informatique de la"
        " Cyber-infiltration pour : pédopornographie, exhibitionnisme, cyber pornographie",
        _u(CCM_MINISTERE),
    ),
    (
        "scam",
        "email",
        "gendarmerie",
        "fake_police",
        "Vous faites l’objet de poursuites pour pédopornographie",
        _u(
            "https://www.20minutes.fr/high-tech/3213271-20220108-escroquerie-milliers-internautes-victimes"
            "-fausses-convocations-judiciaires-accusant-pedopornographie"
        ),
    ),
    (
        "scam",
        "sms",
        "impots",
        "tax_notice",
        "[Impots.gouv] Des transactions crypto ont été détectées sur vos comptes. Déclarez-les pour éviter une"
        " majoration de 40 %",
        _u("https://www.commentcamarche.net/securite/arnaque/34157-arnaque-impots-2025/"),
    ),
    (
        "scam",
        "sms",
        "ameli",
        "vitale_card",
        "AMELI : votre carte vitale arrive à expiration, veuillez la mettre à jour via ce lien"
        " sante-infos.net/index.php",
        _u("https://theworldnews.net/fr-news/arnaque-par-sms-attention-a-ce-numero-a-13-chiffres"),
    ),
    (
        "scam",
        "sms",
        None,
        "parcel_delivery",
        "Bonjour, vous êtes à la maison ?",
        _u(
            "https://www.clubic.com/actualite-574137-bonjour-vous-etes-chez-vous-que-faire-lorsque-vous-recevez"
            "-ce-sms.html"
        ),
    ),
    (
        "scam",
        "sms",
        None,
        "parcel_delivery",
        "bonjour je suis passé chez vous ce matin,",
        _u(
            "https://www.francemobiles.com/actualites/arnaques-aux-sms-attention-a-la-nouvelle-escroquerie-%C2%AB"
            "-bonjour-vous-etes-chez-vous-%C2%BB-20781.html"
        ),
    ),
    (
        "scam",
        "sms",
        "mondial_relay",
        "parcel_delivery",
        "Bonjour, je n’ai pas pu déposer votre colis dans la boîte aux lettres. Veuillez choisir un nouveau"
        " créneau de livraison",
        _u("https://speedylife.fr/Arnaque-le-retour-du-colis-trop-gros_a2522.amp.html"),
    ),
    (
        "scam",
        "email",
        "ameli",
        "refund",
        "Après les derniers calculs de votre assurance maladie, nous avons déterminé que vous êtes admissible à"
        " recevoir un remboursement d’un montant de 118 euros.",
        _u(
            "https://francetvinfo.fr/sante/patient/droits-et-demarches/arnaques-prenez-garde-aux-faux-mails-de"
            "-lassurance-maladie_2801467.html"
        ),
    ),
    (
        "scam",
        "email",
        "ameli",
        "refund",
        "REMBOURSEMENT : DOSSIER AML-591783021",
        _u(MUTUELLE_LAND),
    ),
    (
        "scam",
        "email",
        "ameli",
        "refund",
        "assure.ameli.fr : remboursement de 89,00 euros",
        _u(MUTUELLE_LAND),
    ),
    (
        "scam",
        "sms",
        "societe_generale",
        "account_update",
        "Afin de conserver l'accès à nos services, merci de vous identifier",
        _u("https://www.linternaute.com/argent/magazine/5459366-arnaque-societe-generale/"),
    ),
    (
        "scam",
        "sms",
        "free",
        "unpaid_bill",
        "Votre abonnement fera l’objet d’une suspension complète suite à un défaut de paiement de 1.99 euro. Nous"
        " cous invitons à régulariser la situation avant 14h00 UTC en vous rendant à l’URL"
        " http://free-paiement.com/moncompte/",
        _u("https://www.france-inverse.com/arnaque-sms-mail-free-le-faux-defaut-de-paiement/"),
    ),
    (
        "scam",
        "email",
        "free",
        "account_update",
        "Pour continuer à bénéficier de nos services sans interruption, des frais de réactivation de votre"
        " contrat seront appliqués à votre abonnement. Celle-ci est requise pour éviter toute suspension"
        " inattendue de vos abonnements et de vos services associés à votre ligne Free",
        _u(CCM_FREE),
    ),
    (
        "scam",
        "email",
        "free",
        "account_update",
        "Nous vous invitons à mettre à jour votre abonnement dès maintenant en cliquant sur le bouton ci-dessous",
        _u(CCM_FREE),
    ),
    (
        "scam",
        "sms",
        None,
        "energy",
        "La région Hauts-de-France vous permet d'économiser plus de 70% sur votre consommation énergétique",
        _u(
            "https://france3-regions.francetvinfo.fr/hauts-de-france/somme/des-arnaques-sms-proposent-d-economiser"
            "-sur-la-consommation-energetique-la-region-hauts-de-france-alerte-les-habitants-2682444.html"
        ),
    ),
    (
        "scam",
        "sms",
        "gouv",
        "fine",
        "GOUV : Dernier avertissement avant majoration de 135.00 euros. Veuillez consulter votre dossier via :"
        " https://gouv.reguforfaitaire.com/.",
        _u(
            "https://iletaitunepub.fr/2024/07/09/327043/pratique/dernier-avertissement-attention-a-cette-arnaque"
            "-visant-a-vous-depouiller"
        ),
    ),
    (
        "scam",
        "sms",
        "ameli",
        "vitale_card",
        "Votre nouvelle carte Vitale est disponible. Veuillez remplir le formulaire afin de continuer à être"
        " couvert via ameli-vital.fr",
        _u(
            "https://static4.lequotidiendupharmacien.fr/exercice-pro/justice/carte-vitale-alerte-sur-une-tentative"
            "-darnaque-par-sms"
        ),
    ),
    (
        "scam",
        "sms",
        "antai",
        "fine",
        "AMENDES.GOUV : Veuillez noter que vous avez une amende de stationnement impayée. Pour éviter toute"
        " majoration, régularisez votre situation le plus rapidement possible en utilisant le lien ci-dessous.",
        _u(
            "http://www.cbanque.com/impot/actualites/93909/remboursement-impot-amende-les-fraudes-de-ete-pour"
            "-detourner-vos-coordonnees-bancaires"
        ),
    ),
    (
        "scam",
        "sms",
        "impots",
        "tax_refund",
        "Votre remboursement d'impôt est disponible. Merci de mettre à jour vos informations pour en bénéficier"
        " rapidement.",
        _u("https://www.actucholet.fr/art-de-vivre/335"),
    ),
    (
        "scam",
        "messaging",
        "leboncoin",
        "fake_buyer",
        "Vérifiez si vous avez reçu l'avis de mon paiement. Apparemment, vous recevrez une confirmation sur le"
        " numéro de téléphone liée à votre compte Leboncoin.",
        _u("https://www.linternaute.com/argent/magazine/6848416-article-arnaque-leboncoin"),
    ),
    (
        "scam",
        "email",
        "impots",
        "tax_refund",
        "Vous avez un remboursement non effectué de la part de votre impôt finances. Pour accepter le paiement"
        " rapide en ligne cliquez sur le lien suivant et enregistrez les informations de remboursement.",
        _u(
            "https://www.20minutes.fr/economie/2991875-20210305-attention-mails-frauduleux-annoncant-remboursement"
            "-impots"
        ),
    ),
    (
        "scam",
        "email",
        "impots",
        "tax_refund",
        "Après les derniers calculs de vos droits, nous vous annonçons que vous êtes admissible à recevoir un"
        " remboursement sur la carte enregistrée sur votre espace client",
        _u(
            "https://www.mieuxvivre-votreargent.fr/impots/impots-sur-les-revenus/2021/05/18/impots-attention-a-un"
            "-faux-courriel-promettant-un-remboursement-de-490-euros/"
        ),
    ),
    (
        "scam",
        "email",
        "impots",
        "tax_refund",
        "lettre d’information de votre status sur impots.gouv.fr",
        _u(
            "https://www.cnews.fr/vie-numerique/2021-05-20/impots-attention-cette-arnaque-qui-promet-un"
            "-remboursement-1083725"
        ),
    ),
    (
        "scam",
        "sms",
        "ants",
        "crit_air",
        "Nos agents ont constaté que votre véhicule n’était pas muni de la vignette réglementaire Crit’Air 2023,"
        " veuillez la récupérer, sous peine d’une contravention dans les 48h.",
        _u(
            "https://www.francetvinfo.fr/replay-radio/c-est-mon-budget/attention-aux-arnaques-a-la-vignette-crit-air"
            "-le-certificat-qualite-de-l-air_5586705.html"
        ),
    ),
    (
        "scam",
        "sms",
        "cpf",
        "cpf",
        "URGENT : Vous allez perdre vos droits CPF. Consultez votre solde et réclamez votre formation 100%"
        " financée",
        _u("https://www.france-inverse.com/arnaques-telephone/"),
    ),
    (
        "scam",
        "sms",
        "cpf",
        "cpf",
        "Votre soldes D.I.F va expirer. Consultez votre budget et réclamez votre formation 100 % prise en charge",
        _u(
            "https://www.cnews.fr/vie-numerique/2021-06-11/cette-nouvelle-arnaque-au-cpf-par-sms-fait-croire-que"
            "-vous-allez-perdre"
        ),
    ),
    (
        "scam",
        "sms",
        "la_poste",
        "parcel_fee",
        "Vous devez payer 1.95€ TVA pour votre colis, payer en ligne et éviter les frais de dédouanement (15€)",
        _u(
            "https://cahiersdeleco.fr/2019/08/25/colis-a-recuperer-la-gendarmerie-alerte-sur-une-nouvelle-arnaque-par-sms"
        ),
    ),
    # --- scams quoted in signal-arnaques reports (already-used source family, other reports) -----------
    (
        "scam",
        "email",
        "impots",
        "tax_refund",
        "Bonjour, Après les derniers calculs annuels de l'exercice de votre activité, nous avons déterminé que"
        " vous êtes admissible à recevoir un remboursement de 50.80 €. Veuillez nous soumettre s'il vous plaît"
        " la demande de remboursement d'impôt pour nous permettre de la traiter dans un plus bref délai. >> Pour"
        " accéder au formulaire, cliquez ici. Un remboursement peut être retadré pour diverses raisons. Par"
        " exemple, une soumission de dossiers non valides ou une inscription après une certaine limite.",
        _sa(1949, None, SA_COMMIT),
    ),
    (
        "scam",
        "sms",
        "bnp",
        "account_update",
        "BNP PARIBAS : Attention il ne vous reste que 24h. Activez la cle digitale sur le lien suivant :"
        " https://cledigitale-mabanque-bnpparibas.fr/",
        _sa(448474),
    ),
    (
        "scam",
        "email",
        "vinted",
        "account_update",
        "Bonjour, Agis rapidement ! Pour éviter toute perturbation ou bannissement de ton compte Vinted, il est"
        " essentiel de revisiter et de mettre à jour ton profil. Garantis une utilisation fluide en confirmant"
        " l'exactitude de tes détails.",
        _sa(696358, "arnaques_vinted.json", SA_COMMIT),
    ),
    (
        "scam",
        "sms",
        "vinted",
        "account_suspended",
        "Confirmation requise de tes informations avant le 13 août sous peine de blocage définitif de ton"
        " compte. Suis les instructions → https://www-verification-vinted.info",
        _sa(535925, "arnaques_vinted.json"),
    ),
    (
        "scam",
        "email",
        "vinted",
        "account_update",
        "Bonjour [NOM], Tu as demandé à changer ton adresse e-mail sur Vinted. Pour continuer, clique sur le"
        " bouton ci-dessous. Merci de le faire dans les 24 heures, faute de quoi tu devras recommencer la"
        " procédure",
        _sa(632449, "arnaques_vinted.json"),
    ),
    (
        "scam",
        "messaging",
        "vinted",
        "marketplace",
        "VINTED PRO : vous avez reçu de l'argent. Accepter sur : https://vintedpro630.wixsite.com/vintedserv",
        _sa(664156, "arnaques_vinted.json"),
    ),
    (
        "scam",
        "email",
        None,
        "parcel_delivery",
        "Votre colis est en route! Bonjour, [EMAIL] Bonne nouvelle! Votre colis LP9209111X56 a pris la route et"
        " sera chez vous dans les 2 à 3 prochains jours. Pour sécuriser son arrivée, nous avons besoin de votre"
        " intervention. Veuillez cliquer ici pour confirmer vos informations de livraison. Merci pour votre"
        " prompte attention à cette demande. Nous avons hâte de vous livrer votre colis ! Cordialement.",
        _sa(665178, "arnaques_fnac.json", SA_COMMIT_2),
    ),
    (
        "scam",
        "sms",
        None,
        "fake_purchase",
        "Bonjour, Nous avons détecté une tentative de paiement inhabituelle sur votre carte bancaire : Montant :"
        " 878,69 € Commerçant : FNAC - Bayonne Vous reconnaissez cet achat ? Répondez 1 Vous ne reconnaissez pas"
        " cet achat ? Appelez immédiatement notre service anti-fraude au [TEL] Nous restons à votre disposition"
        " pour sécuriser votre compte. Service Sécurité Paiements",
        _sa(899129, "arnaques_fnac.json", SA_COMMIT_2),
    ),
    (
        "scam",
        "email",
        "fnac",
        "fake_purchase",
        "Votre carte a été débitée. Pour toute question concernant le suivi de votre commande, vos garanties et"
        " votre droit de rétractation, consultez nos pages d'aide en ligne ou envoyez un mail",
        _sa(197955, "arnaques_fnac.json", SA_COMMIT_2),
    ),
    (
        "scam",
        "sms",
        "dhl",
        "parcel_delivery",
        "DHL : Votre colis a été mis en attente. Rendez-vous vite sur: https://dhl-express-outre-mer.com",
        _sa(919162, "arnaques_dhl.json", SA_COMMIT_2),
    ),
    (
        "scam",
        "email",
        "la_poste",
        "parcel_status",
        "Bonjour Votre colissimo n° 6B93458987658 confié par NESPRESSO vous sera livré sous 48H*. Votre colis sera"
        " livré à votre adresse. Pour vous simplifier la vie, il sera déposé directement dans votre boîte aux"
        " lettres si les dimensions le permettent. Vous attendez ce Colissimo avec impatience? Vous pouvez suivre"
        " son trajet et prendre connaissance d'éventuels messages d'informations relatifs au parcours de votre"
        " colis en cliquant ci-dessous : Vous pouvez également enregistrer votre Colissimo dans votre espace"
        " personnel La Poste. Vous n'avez pas encore créé votre espace personnel ? Faites-le en cliquant"
        " ci-dessous, c'est gratuit et pratique pour suivre vos colis. Retrouvez notre aide en ligne en cliquant"
        " ici. * Les dispositifs gouvernementaux en place ne nous permettent plus de garantir les délais de"
        " livraison sur les Colissimo. Colissimo, la garantie d'une livraison responsable et réussie.",
        _sa(918883, "arnaques_colissimo.json", SA_COMMIT_2),
    ),
    # --- genuine messages quoted as authentic --------------------------------------------------------------
    (
        "genuine",
        "email",
        "impots",
        "tax_notice",
        "Bonjour, vous allez recevoir une avance de réduction et crédits d'impôt calculée dans le cadre de"
        " votre impôt sur les revenus. Pour plus de détails, connectez-vous à votre espace particulier sur"
        " impots.gouv.fr ou à partir de l'application mobile impots.gouv.fr. Nous vous remercions de votre"
        " attention. La Direction générale des Finances publiques.",
        _u("https://www.linternaute.com/argent/impots/9633696-mail-impots-bonne-nouvelle/"),
    ),
    (
        "genuine",
        "email",
        "ameli",
        "payment_info",
        "Information de paiement",
        _u(
            "https://www.mutuelle-depeche.fr/fr/actualites/actu/1029-pourquoi-recoit-on-un-e-mail-de-l-assurance"
            "-maladie-sur-les-paiements-effectues"
        ),
    ),
    (
        "genuine",
        "email",
        "antai",
        "fine_notice",
        "[Antai -Votre démarche] Avis de contravention électronique",
        _u("https://www.transporteurs.net/index_newA.asp?brevedirect=62622"),
    ),
    (
        "genuine",
        "email",
        "chronopost",
        "parcel_status",
        "Nous avons le plaisir de vous annoncer que votre colis n° XXXXXXXXXXXXX est disponible dans votre point"
        " Chrono Relais : XXXXXXXXXXXXXXXXXXXX 5 RUE XXXXXXXXXXXXXXXXX 75001 PARIS Votre colis sera conservé 8"
        " jours dans votre point Chrono Relais à compter de la date de mise à disposition. Pour le retirer, nous"
        " vous invitons à vous munir de ce message et d'une pièce d’identité.",
        _u("http://y-a-s.over-blog.fr/article-10424066.html"),
    ),
    (
        "genuine",
        "sms",
        "cheque_energie",
        "aid_notice",
        "Vous n'avez pas utilisé votre chèque énergie n°XXXX. RDV sur https://chequeenergie.gouv.fr ou appelez le"
        " n° vert 0805204805. Le Chèque énergie",
        _u("https://www.commentcamarche.net/securite/arnaque/32487-sms-cheque-energie/"),
    ),
    (
        "genuine",
        "sms",
        "lcl",
        "security_alert",
        "LCL - Alerte fraude sur votre CB. Etes-vous à l'origine du paiement ?",
        _u("https://www.journaldunet.com/patrimoine/finances-personnelles/1540251-cd1-sms-banque/"),
    ),
    (
        "genuine",
        "sms",
        "fr_alert",
        "public_alert",
        "Alerte extrême. Message de la préfecture",
        _u("https://www.commentcamarche.net/securite/protection/34629-fralerte/"),
    ),
    (
        "genuine",
        "sms",
        "fr_alert",
        "public_alert",
        "Alerte extrême. Ceci est un exercice. Message de la préfecture",
        _u(
            "https://www.tomsguide.fr/un-etrange-message-sonore-sur-votre-telephone-pas-dinquietude-cest-un-test-du"
            "-systeme-fr-alert"
        ),
    ),
    (
        "genuine",
        "sms",
        "ameli",
        "health_campaign",
        "ATTENTION : le virus de la grippe circule TRES activement",
        _u("https://cdndata.fr/assurance-maladie-sms-alerte"),
    ),
]
