"""Message candidates of the fifth batch read in signal-arnaques.com reports, as scraped in the public GitHub
repository ``ledokter/scraper-signal-arnaques`` (an already-used source family: the build keeps it at most 25 % of
the file). Reports not used by an earlier batch; only reports whose ``contenu`` is the message itself, in the
sender's voice, were taken (anonymised: phone numbers -> [TEL], e-mail addresses -> [EMAIL]).

Each row is (label, channel, brand, scenario, text, report id, file, commit, why): ``why`` is the reporter's
sentence or the reason the report was read as a scam.
"""

from __future__ import annotations

from typing import Final

REPO: Final = "ledokter/scraper-signal-arnaques"
COMMIT_8ED: Final = "8ed93581237766ad479373aaddd90d35af9bcfa4"
COMMIT_2D2: Final = "2d2f4f7568cfb7467d05bb4cb136f7d90c1d0ab8"

ReportRow = tuple[str, str, str | None, str, str, str, str, str, str]

REPORTS: Final[tuple[ReportRow, ...]] = (
    (
        "scam",
        "email",
        "chronopost",
        "parcel_fee",
        "Bonjour, Vous avez un colis au bureau de poste. Vous disposez d'un délai de 24 heures pour récupérer votre "
        "colis ,Sinon il sera retourné à l'expéditeur . Veuillez nous envoyer les 8 codes de confirmation en "
        "appelant [TEL] pour valider l'envoi à domicile N.B : Merci de nous envoyer les codes de confirmation à "
        "l'adresse mail suivante : [EMAIL]",
        "30843",
        "arnaques_chronopost.json",
        COMMIT_8ED,
        "sender chronopostfr-colis@laposte.net; 0899 premium number; reporter: « je me dit que C une arnaque »",
    ),
    (
        "scam",
        "email",
        "impots",
        "tax_refund",
        "Bonjour, Après les derniers calculs annuels de l'exercice de votre activité, nous avons déterminé que vous "
        "êtes admissible à recevoir un remboursement de 50.80 €. Veuillez nous soumettre s'il vous plaît la demande "
        "de remboursement d'impôt pour nous permettre de la traiter dans un plus bref délai. >> Pour accéder au "
        "formulaire, cliquez ici. Un remboursement peut être retadré pour diverses raisons. Par exemple, une "
        "soumission de dossiers non valides ou une inscription après une certaine limite.",
        "1949",
        "arnaques_impots.json",
        COMMIT_2D2,
        "« un lien factice qui amène à un site bloqué par mon navigateur web (site frauduleux) »",
    ),
    (
        "scam",
        "sms",
        "bnp",
        "account_update",
        "BNP PARIBAS : Attention il ne vous reste que 24h. Activez la cle digitale sur le lien suivant : "
        "https://cledigitale-mabanque-bnpparibas.fr/",
        "448474",
        "arnaques_bnp.json",
        COMMIT_8ED,
        "« Le lien n'est pas unique, il est générique » (link not on a BNP Paribas domain)",
    ),
    (
        "scam",
        "sms",
        "dhl",
        "parcel_delivery",
        "DHL : Votre colis a été mis en attente. Rendez-vous vite sur: https://dhl-express-outre-mer.com",
        "919162",
        "arnaques_dhl.json",
        COMMIT_8ED,
        "« ce site n'existe pas »",
    ),
    (
        "scam",
        "sms",
        "dpd",
        "parcel_fee",
        "Votre DPD colis est au centre d'importation. Remplir les déclarations ici http://esayek.com/4SSn2r8",
        "422644",
        "arnaques_dpd.json",
        COMMIT_8ED,
        "link not on a DPD domain; « Wish n’a pas mes coordonnées téléphoniques »",
    ),
    (
        "scam",
        "sms",
        "credit_agricole",
        "bank_advisor",
        "CR-AGRICOLE : un paiement de 310,87 EUR AIRBNB est en cours. si vous n’etes pas à l’origine de cette "
        "opération, contactez immédiatement le [TEL]",
        "921961",
        "arnaques_credit-agricole.json",
        COMMIT_8ED,
        "« Demande de contacter un numéro à la suite d’une fausse réservation »",
    ),
    (
        "scam",
        "sms",
        "societe_generale",
        "bank_advisor",
        "SOCIETE GENERALE : Une tentative suspecte de paiement d’un montant de 909.37 EUR est en cours sur le compte "
        "de xxxxxxxxxx Si vous n’êtes pas à l’origine de cette opération, veuillez vous rapprocher du centre "
        "d’assistance et d’opposition au : [TEL]",
        "892094",
        "arnaques_credit-agricole.json",
        COMMIT_8ED,
        "the reporter called the number and met a fake « service d’opposition »",
    ),
    (
        "scam",
        "email",
        "credit_agricole",
        "bank_advisor",
        "Nous vous signalons une ligne au montant de 841,96 datée du 30/04/2026 dans le cade de votre suivi habituel "
        "si tout vous semble coherant vous pouvez ignorer ce message. sinon n'hésitez pas à reprendre contact avec "
        "votre interlocuteur habituel Pour toute question. vous pouvez joindre notre ligne d'écoute au [TEL] cette "
        "ligne reste ouverte en permanence sept jours sur sept",
        "920667",
        "arnaques_credit-agricole.json",
        COMMIT_8ED,
        "sender 10936@fam.org.pt signing « SOS CARTE CREDIT AGRICOLE »",
    ),
)
