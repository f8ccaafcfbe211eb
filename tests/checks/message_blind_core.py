"""Round 20 (02/12/2026): the issue's core French scenarios, on wordings written BLIND (set A).

Written before reading ``checks/`` or ``knowledge/`` for this round, as messages arrive in France in 2025-2026: SMS
with an unofficial link, with the link cut off ("[lien]"), WhatsApp, e-mail subject and body; abbreviations, missing
accents, typos, English mixed in, emojis, a real-looking unofficial domain or a call-back number. Every domain and
number below was made up for this file (never opened, never resolved).

Each scam carries what the issue asks of it: ``FLAG`` (at least ``suspicious``: the link was cut off, or nothing to
open) or ``SCAM`` (``likely_scam``: an unofficial link or number, a secret or a voucher code asked). Each scenario has
3 genuine neighbours (a real notification, a real collector naming creditor, amount and the letter's reference, a
real relative) that must stay unflagged.

Measured on main (14d8bff) before any change of this round, ``python -m tests.checks.message_blind_core``:
flagged 93/96, likely_scam 53/96, expectation met 80/96, genuine flagged 4/36. Per scenario (flagged, likely, met;
genuine flagged): parcel 8, 5, 7; 1/3 -- fine 8, 5, 7; 0/3 -- vitale 8, 6, 7; 0/3 -- refund 8, 6, 8; 0/3 -- cpf 8, 4, 7;
1/3 -- bank_advisor 7, 5, 7; 0/3 -- account_update 7, 5, 7; 1/3 -- toll 7, 4, 6; 0/3 -- collector 8, 4, 6; 0/3 --
family 8, 5, 8; 1/3 -- prize 8, 3, 6; 0/3 -- investment 8, 1, 4; 0/3.

Set B (written after set A's fixes, committed before any further change), measured once before its own fixes: main
(5c2efcc) met 36/48, flagged 44/48, likely_scam 20/48, genuine flagged 6/24; this round (set A's fixes only) met 41/48,
flagged 45/48, likely_scam 25/48, genuine flagged 6/24.
After the round's fixes: set A met 94/96 (flagged 96/96, likely_scam 66/96), genuine flagged 4/36; set B met 48/48
(flagged 48/48, likely_scam 30/48), genuine flagged 6/24, none likely_scam. Pinned in test_message_blind_core.py.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Literal

from checks.message import analyse_message
from checks.result import Verdict

Expect = Literal["FLAG", "SCAM"]
FLAG: Expect = "FLAG"
SCAM: Expect = "SCAM"


@dataclass(frozen=True)
class Scam:
    text: str
    expect: Expect


SCAMS_A: dict[str, list[Scam]] = {
    "parcel": [
        Scam(
            "Colissimo: votre colis n'a pas pu etre livre, adresse incomplete. Reprogrammez la livraison : "
            "https://colissimo-suivi-fr.com/r/8F2k",
            SCAM,
        ),
        Scam(
            "📦 La Poste : Votre colis est en attente, frais de réexpédition de 1,99€ à régler avant 48h [lien]",
            FLAG,
        ),
        Scam(
            "Chronopost: ur parcel is on hold, please confirm ur delivery slot here http://chronopost-delivery.info/fr",
            SCAM,
        ),
        Scam(
            "Bonjour, votre colis DHL ne peut être livré faute de frais de douane impayés (2,49 EUR). "
            "Payez ici : dhl-frais-douane.com",
            SCAM,
        ),
        Scam(
            "Mondial Relay : dernier rappel, votre colis sera retourné a l'expediteur si vous ne choisissez pas un "
            "nouveau creneau. [lien]",
            FLAG,
        ),
        Scam(
            "Objet : Livraison suspendue - action requise\nCher client, votre colis n° FR2025884 est bloqué au "
            "centre de tri. Des frais de 1,45 € sont nécessaires pour le réacheminement. Cliquez sur le lien "
            "ci-dessous pour planifier une nouvelle livraison.",
            FLAG,
        ),
        Scam(
            "LaPoste: Colis en attente de livraison. Merci de mettre a jour vos informations : "
            "https://laposte.suivi-colis-fr.net",
            SCAM,
        ),
        Scam(
            "Votre colis n'a pu etre livre ce jour. Pour un nouveau rdv de livraison appelez le 0899 23 45 67",
            SCAM,
        ),
    ],
    "fine": [
        Scam(
            "ANTAI : Vous avez une amende impayée de 35€. Sans règlement sous 72h elle sera majorée à 375€. "
            "Réglez sur antai-gouv-paiement.fr",
            SCAM,
        ),
        Scam(
            "Avis de contravention : un exces de vitesse a ete constate. Payez votre amende de 135€ avant "
            "majoration [lien]",
            FLAG,
        ),
        Scam(
            "Service des amendes: votre dossier n° 45821 est en attente de paiement. Reglez 35 euros pour eviter "
            "une majoration : https://amendes-gouv.info/paiement",
            SCAM,
        ),
        Scam(
            "Objet : Rappel - Avis de contravention non réglé\nMadame, Monsieur, sauf paiement de la somme de 33 € "
            "sous 48h, le montant sera majoré et transmis au Trésor Public. Accédez à votre dossier via le lien "
            "ci-dessous.",
            FLAG,
        ),
        Scam(
            "ANTAl: dernier avis avant majoration, amende de stationnement 35€ impayee. payez ici: antai.amende-fr.com",
            SCAM,
        ),
        Scam(
            "Vous avez recu une amende de stationnement (FPS). Regularisez avant le 05/12 pour eviter 50€ de "
            "majoration 👉 [lien]",
            FLAG,
        ),
        Scam(
            "Gouv.fr: Votre permis risque une suspension, amende impayee. Contactez le service au 01 84 80 12 39 "
            "avant ce soir",
            SCAM,
        ),
        Scam(
            "ANTAI - Avis de paiement : 1 infraction enregistrée. Montant : 35,00€. Évitez la majoration, réglez "
            "en ligne : https://www.antai-fr.services/amende",
            SCAM,
        ),
    ],
    "vitale": [
        Scam(
            "Ameli : Votre carte Vitale arrive a expiration. Commandez votre nouvelle carte avant le 15/12 : "
            "https://ameli-renouvellement.com",
            SCAM,
        ),
        Scam(
            "Assurance Maladie: votre carte vitale doit etre mise a jour, sans action de votre part vos "
            "remboursements seront suspendus [lien]",
            FLAG,
        ),
        Scam(
            "💳 Nouvelle carte Vitale disponible ! Des frais d'envoi de 2,90€ sont à régler : carte-vitale-fr.net",
            SCAM,
        ),
        Scam(
            "Objet : Renouvellement obligatoire de votre carte Vitale\nBonjour, suite à la mise en place de la "
            "nouvelle carte Vitale avec photo, votre carte actuelle ne sera plus valide. Veuillez compléter le "
            "formulaire en ligne.",
            FLAG,
        ),
        Scam("AMELI: ta carte vitale expire bientot, renouvelle la ici => vitale-ameli.fr/maj", SCAM),
        Scam("Votre Carte Vitale est désactivée. Pour la réactiver appelez le 09 70 82 14 56", SCAM),
        Scam(
            "CPAM: votre demande de nouvelle carte Vitale est incomplete. Merci de confirmer vos infos [lien]",
            FLAG,
        ),
        Scam(
            "Your Carte Vitale must be renewed. Mettez a jour vos informations : "
            "https://renouvellement-cartevitale.info",
            SCAM,
        ),
    ],
    "refund": [
        Scam(
            "impots.gouv : vous beneficiez d'un remboursement de 349,45€. Completez votre demande : "
            "https://impots-remboursement.com",
            SCAM,
        ),
        Scam(
            "DGFiP: Un remboursement d'impot de 298€ est en attente, confirmez vos coordonnees bancaires [lien]",
            FLAG,
        ),
        Scam(
            "Ameli : Suite à un recalcul, vous avez droit à un remboursement de 178,30 €. Renseignez votre RIB : "
            "ameli-remboursement.fr",
            SCAM,
        ),
        Scam(
            "Objet : Avis de remboursement\nNous avons le plaisir de vous informer qu'un trop-perçu de 412 € vous "
            "sera reversé après vérification de vos informations. Cliquez ci-dessous pour recevoir votre "
            "remboursement.",
            FLAG,
        ),
        Scam(
            "Assurance maladie: un remboursement de soins de 84€ n'a pas pu etre effectue. MAJ de vos coordonnees "
            "bancaires requise [lien]",
            FLAG,
        ),
        Scam(
            "Finances Publiques: vous etes eligible a un remboursement de 512€ (taxe habitation). Appelez le "
            "01 89 16 73 22 pour le recevoir",
            SCAM,
        ),
        Scam(
            "CAF : vous avez droit à une aide exceptionnelle de 150€. Faites votre demande ici : "
            "caf-aide-exceptionnelle.fr",
            SCAM,
        ),
        Scam("Remboursement impots 2025 ✅ Montant: 287,12 EUR. Valider sur impots-gouv-fr.info/remb", SCAM),
    ],
    "cpf": [
        Scam(
            "Votre CPF a 1 500€ de droits qui expirent le 31/12. Utilisez-les maintenant : moncompte-formation-cpf.fr",
            SCAM,
        ),
        Scam(
            "Mon Compte Formation : il vous reste 2 340€ sur votre CPF, ils seront perdus si vous ne les utilisez "
            "pas [lien]",
            FLAG,
        ),
        Scam(
            "Bonjour, je vous contacte concernant vos droits a la formation (CPF), vous avez un solde de 1800 euros "
            "a utiliser avant la fin de l'annee. Rappelez moi au 07 56 34 12 89",
            SCAM,
        ),
        Scam(
            "Objet : Vos droits CPF vont expirer\nVotre solde de 1 250 € sera perdu au 31 décembre. Profitez-en "
            "pour financer une formation gratuite, sans reste à charge. Cliquez ici.",
            FLAG,
        ),
        Scam(
            "CPF: derniers jours pour utiliser ton solde de formation 🎓 formation gratuite permis/anglais [lien]",
            FLAG,
        ),
        Scam(
            "Caisse des Depots : votre compte CPF va etre desactive. Confirmez votre identite : "
            "cpf-moncompteformation.com",
            SCAM,
        ),
        Scam(
            "Salut ! Tu savais que t'avais 1 600€ sur ton compte formation ? On peut t'aider à les utiliser, "
            "appelle le 09 74 55 21 30",
            SCAM,
        ),
        Scam(
            "moncompteformation: votre credit de 500€ expire ce mois, connectez vous avec FranceConnect pour le "
            "conserver : https://mcf-droits.fr",
            SCAM,
        ),
    ],
    "bank_advisor": [
        Scam(
            "Credit Agricole: un nouvel appareil a ete ajoute a votre compte. Si ce n'est pas vous, annulez ici : "
            "ca-securite-appareil.com",
            SCAM,
        ),
        Scam(
            "BNP Paribas: tentative de paiement de 749€ detectee. Si vous n'etes pas a l'origine, contactez le "
            "service fraude au 01 76 45 23 98",
            SCAM,
        ),
        Scam(
            "Bonjour, ici le service anti-fraude de votre banque. Une operation suspecte a ete bloquee, un conseiller "
            "va vous appeler, merci de lui communiquer le code recu par SMS pour l'annuler",
            SCAM,
        ),
        Scam(
            "Société Générale : Nouvel appareil enregistré (iPhone 15). Si vous n'êtes pas à l'origine de cet "
            "ajout, sécurisez votre compte [lien]",
            FLAG,
        ),
        Scam(
            "LCL: Votre acces a ete bloque suite a une connexion depuis un nouvel appareil. Reactivez le ici "
            "lcl-acces-client.fr",
            SCAM,
        ),
        Scam(
            "Objet : Alerte sécurité - Ajout d'un bénéficiaire\nUn nouveau bénéficiaire a été ajouté sur votre "
            "compte. Si vous n'êtes pas à l'origine de cette opération, annulez-la immédiatement via le lien "
            "ci-dessous.",
            FLAG,
        ),
        Scam(
            "Banque Postale: activation certicode plus requise sur ton nouvel appareil, sinon ton compte sera "
            "restreint sous 24h [lien]",
            FLAG,
        ),
        Scam(
            "Votre conseiller Boursorama: une opération frauduleuse est en cours sur votre compte, pour la bloquer "
            "validez l'opération de sécurisation dans votre appli. Je reste en ligne.",
            FLAG,
        ),
    ],
    "account_update": [
        Scam(
            "Netflix: votre abonnement est suspendu, echec du paiement. Mettez a jour vos informations : "
            "netflix-compte-maj.com",
            SCAM,
        ),
        Scam(
            "Orange : Votre compte client sera suspendu sous 24h. Mettez à jour vos coordonnées [lien]", FLAG
        ),
        Scam(
            "Amazon: your account has been locked 🔒 Veuillez verifier vos informations ici amazon-verif-compte.fr",
            SCAM,
        ),
        Scam(
            "Objet : Action requise : votre compte sera désactivé\nCher client, suite à une mise à jour de nos "
            "conditions, nous n'avons pas pu vérifier votre identité. Sans action de votre part sous 48h, votre "
            "compte sera définitivement suspendu.",
            FLAG,
        ),
        Scam(
            "EDF: votre espace client a ete suspendu, une anomalie a ete detectee sur vos coordonnees bancaires. "
            "MAJ ici: edf-espace-client.info",
            SCAM,
        ),
        Scam(
            "PayPal : Nous avons limité votre compte. Veuillez confirmer vos informations pour rétablir l'accès "
            "[lien]",
            FLAG,
        ),
        Scam(
            "SFR: derniere relance, ta ligne va etre suspendue, regularise ta situation : sfr-regularisation.fr",
            SCAM,
        ),
        Scam(
            "Free Mobile: votre ligne sera coupee ce soir suite a un impaye. Contactez le 09 77 41 28 63 pour "
            "eviter la suspension",
            SCAM,
        ),
    ],
    "toll": [
        Scam(
            "Sanef : vous avez un solde impaye de 6,80€ suite a votre passage en flux libre A13. Reglez avant "
            "majoration : sanef-flux-libre.com",
            SCAM,
        ),
        Scam(
            "Péage en flux libre : un passage non réglé a été enregistré pour votre véhicule. Payez 4,50€ sous 72h "
            "pour éviter une indemnité forfaitaire [lien]",
            FLAG,
        ),
        Scam(
            "Bip&Go: votre badge est suspendu, solde de peage negatif. Rechargez ici bipgo-paiement.fr", SCAM
        ),
        Scam(
            "Objet : Avis de péage impayé\nBonjour, nous n'avons pas reçu le paiement de votre trajet sur "
            "l'autoroute A79. Montant dû : 7,20 €. Sans paiement, une pénalité de 90 € sera appliquée.",
            FLAG,
        ),
        Scam(
            "Vinci Autoroutes: solde de péage impayé de 3,60€. Regularisez ici: vinci-peage-solde.com", SCAM
        ),
        Scam("ulys: ur toll payment failed, please update your payment info [lien]", FLAG),
        Scam(
            "Autoroute A13/A14 flux libre : reglement en attente 11,30€, payez avant le 04/12 : "
            "https://a13-fluxlibre.info",
            SCAM,
        ),
        Scam("APRR : frais de péage impayés. Pour régulariser, appelez le 09 72 18 56 44", SCAM),
    ],
    "collector": [
        Scam(
            "Commissaire de justice : dernier avis avant saisie sur salaire. Reglez 487€ aujourd'hui : "
            "https://recouvrement-dossier.fr",
            SCAM,
        ),
        Scam(
            "Huissier de justice - Dossier 2025/4871 : sans reglement sous 24h, une saisie de vos biens sera "
            "effectuee. Contactez nous au 01 87 66 42 11",
            SCAM,
        ),
        Scam(
            "Cabinet de recouvrement : vous êtes redevable de 312,40€. Réglez immédiatement pour éviter des "
            "poursuites judiciaires [lien]",
            FLAG,
        ),
        Scam(
            "Objet : MISE EN DEMEURE - DERNIER AVIS\nMadame, Monsieur, malgré nos relances, votre dette reste "
            "impayée. Un commissaire de justice va procéder à la saisie de vos meubles sous 48h. Payez en ligne "
            "par carte bancaire.",
            FLAG,
        ),
        Scam(
            "Intrum: votre dossier va etre transmis au tribunal ce soir, payez 150€ par carte pour stopper la "
            "procedure : intrum-paiement.com",
            SCAM,
        ),
        Scam(
            "bonjour, je suis huissier, vous avez une dette non reglee. Si je ne recois pas le paiement en coupons "
            "PCS aujourd'hui je passe saisir votre voiture",
            SCAM,
        ),
        Scam(
            "Avis de passage du commissaire de justice : recouvrement de 254€. Paiement sécurisé : [lien]",
            FLAG,
        ),
        Scam(
            "URGENT ⚠️ votre compte bancaire sera bloque demain par decision de justice. Appelez l'etude au "
            "09 75 18 44 20 pour regler",
            SCAM,
        ),
    ],
    "family": [
        Scam(
            "Coucou maman c'est moi, j'ai casse mon tel c'est mon nouveau numero, tu peux m'ecrire sur whatsapp ?",
            FLAG,
        ),
        Scam(
            "Salut papa, nouveau numéro, l'autre est mort. Tu peux me faire un virement de 480€ urgent stp ? je "
            "t'explique après",
            FLAG,
        ),
        Scam(
            "Mom c'est moi 😘 j'ai perdu mon tel. Tu peux payer une facture pour moi ? je te rembourse demain",
            FLAG,
        ),
        Scam(
            "Coucou mamie c moi, tel tombé dans l'eau, j'ai besoin de toi c urgent, tu peux m'envoyer des sous ?",
            FLAG,
        ),
        Scam(
            "Maman, c'est moi, je t'écris depuis le téléphone d'une amie. J'ai un souci avec ma banque, tu peux me "
            "passer tes codes pour faire un virement ?",
            SCAM,
        ),
        Scam(
            "Hello mum, nouveau num ! Enregistre le et supprime l'ancien. T'es dispo ? j'ai un truc urgent à te "
            "demander",
            FLAG,
        ),
        Scam(
            "Coucou papa c'est ta fille, mon appli bancaire bug, tu peux régler 1250€ à ce RIB "
            "FR76 3000 4000 0312 3456 7890 143 ? je te rembourse vendredi",
            FLAG,
        ),
        Scam(
            "coucou mam's c moi, jai un nouveau num, peux tu macheter une carte transcash de 100€ et menvoyer le "
            "code stp",
            SCAM,
        ),
    ],
    "prize": [
        Scam(
            "Félicitations ! Vous avez été sélectionné pour gagner un iPhone 16. Payez seulement les frais de "
            "livraison de 1,95€ : gagnant-iphone.fr",
            SCAM,
        ),
        Scam(
            "Carrefour: Bravo 🎉 vous avez gagne une carte cadeau de 500€. Reclamez votre gain avant minuit [lien]",
            FLAG,
        ),
        Scam(
            "Objet : Vous êtes notre grand gagnant\nCher client, votre adresse a été tirée au sort pour recevoir un "
            "lot d'une valeur de 1000 €. Pour recevoir votre lot, confirmez vos coordonnées et réglez les frais de "
            "dossier.",
            FLAG,
        ),
        Scam(
            "Leclerc: you won a Dyson ! Repondez a 3 questions et recuperez le : leclerc-jeu-concours.com",
            SCAM,
        ),
        Scam("FÉLICITATIONS vous avez gagne 2500€ ! Pour toucher votre gain appelez le 0899 70 12 45", SCAM),
        Scam("Lidl vous offre un bon d'achat de 250€ pour ses 50 ans 🎁 participez ici [lien]", FLAG),
        Scam(
            "Votre numero a ete tire au sort ! Gain : un voyage pour 2 personnes. Confirmer : "
            "https://tirage-gagnant.info",
            SCAM,
        ),
        Scam(
            "Bonjour, vous avez remporté le colis mystère Amazon, il ne reste que les frais de port de 2€ à régler. "
            "[lien]",
            FLAG,
        ),
    ],
    "investment": [
        Scam(
            "Investissez 250€ et gagnez jusqu'a 3000€ par mois grace au trading automatise IA 🚀 inscrivez vous : "
            "crypto-profit-ia.com",
            SCAM,
        ),
        Scam(
            "Bonjour, je suis conseillère en placement, je vous propose un livret à 12% garanti sans risque. "
            "Rappelez-moi au 07 49 21 36 58",
            SCAM,
        ),
        Scam(
            "Objet : Opportunité exclusive\nPlacez dans nos parcs de panneaux solaires : rendement garanti de 9 % "
            "par an, capital garanti. Places limitées. Répondez à ce mail pour recevoir la brochure.",
            FLAG,
        ),
        Scam(
            "Salut, j'ai rejoint un groupe whatsapp de trading, le mentor m'a fait gagner 5000€ en 2 semaines, tu "
            "veux le lien ? [lien]",
            FLAG,
        ),
        Scam(
            "Bitcoin x10 en 30 jours ! Ouvre ton compte avec 250$ minimum, retrait garanti 💰 https://btc-gains-fr.com",
            SCAM,
        ),
        Scam(
            "Vous avez des économies ? Placement en or physique avec rendement de 15% par an garanti. Contactez "
            "notre expert au 01 70 38 92 41",
            SCAM,
        ),
        Scam(
            "Crypto: vos gains de 4 870 € sont disponibles, payez les frais de retrait de 490 € pour les debloquer "
            "[lien]",
            FLAG,
        ),
        Scam(
            "Objet: Investissement locatif sans apport\nDevenez propriétaire de chambres en EHPAD, rentabilité de "
            "10% nette garantie, défiscalisation immédiate. Un conseiller vous rappelle sous 24 h.",
            FLAG,
        ),
    ],
}

GENUINE_A: dict[str, list[str]] = {
    "parcel": [
        "Colissimo : Votre colis 6A24587963214 sera livré demain entre 9h et 13h. Suivez-le sur "
        "https://www.laposte.fr/outils/suivre-vos-envois?code=6A24587963214",
        "Chronopost : votre colis XY123456789FR est disponible au relais Pickup Tabac du Centre jusqu'au 10/12. "
        "Pensez à votre pièce d'identité.",
        "Bonjour, c'est le livreur Amazon, je suis devant chez vous, je laisse le colis au gardien ?",
    ],
    "fine": [
        "ANTAI : votre avis de contravention est disponible dans votre espace sur www.antai.gouv.fr. Vous pouvez le "
        "consulter avec le numéro de votre avis.",
        "Mairie de Lyon : rappel, le stationnement sera interdit rue Garibaldi le 12/12 pour travaux. Merci de "
        "votre compréhension.",
        "J'ai pris une amende de 35€ en me garant devant chez toi hier, la honte 😅",
    ],
    "vitale": [
        "Assurance Maladie : votre nouvelle carte Vitale a été envoyée à votre adresse. Pensez à détruire "
        "l'ancienne. Plus d'infos sur ameli.fr",
        "Pharmacie du Centre : votre commande est prête. Pensez à apporter votre carte Vitale et votre ordonnance.",
        "tu as pensé à prendre ta carte vitale pour le rdv chez le dentiste ?",
    ],
    "refund": [
        "impots.gouv.fr : un remboursement de 214 € a été effectué sur votre compte bancaire suite à votre "
        "déclaration de revenus. Consultez votre avis dans votre espace particulier.",
        "Ameli : le remboursement de votre consultation du 18/11 (17,50 €) a été versé sur votre compte.",
        "Salut, je t'ai remboursé les 20€ du resto par Lydia 👍",
    ],
    "cpf": [
        "Mon Compte Formation : votre inscription à la formation « Anglais professionnel » a été validée par "
        "l'organisme. Retrouvez le détail sur moncompteformation.gouv.fr",
        "Rappel : votre session de formation commence lundi 8/12 à 9h, salle B. Merci d'apporter une pièce "
        "d'identité.",
        "tu sais combien t'as sur ton CPF ? je voudrais faire une formation de compta",
    ],
    "bank_advisor": [
        "Crédit Agricole : code de sécurité 482913 pour valider votre opération de 45,90 € chez AMAZON. Ne le "
        "communiquez jamais, même à un conseiller.",
        "Votre conseillère BNP Paribas : Bonjour, je vous confirme notre rendez-vous du jeudi 11/12 à 14h en "
        "agence. Cordialement, Claire Martin",
        "LCL : un nouvel appareil a été associé à votre application LCL Mes Comptes le 02/12 à 10h14. Si vous êtes "
        "à l'origine de cette action, aucune démarche n'est nécessaire.",
    ],
    "account_update": [
        "Netflix : votre paiement a bien été reçu. Merci ! Votre abonnement Standard est renouvelé jusqu'au 02/01.",
        "Orange : votre facture de novembre de 39,99 € est disponible dans votre Espace Client sur orange.fr. Elle "
        "sera prélevée le 10/12.",
        "Amazon : votre mot de passe a été modifié. Si vous n'êtes pas à l'origine de ce changement, rendez-vous "
        "dans l'application Amazon, rubrique Votre compte.",
    ],
    "toll": [
        "Sanef : votre passage du 28/11 sur l'A13 (flux libre) a bien été débité de 3,60 € sur votre badge. Merci "
        "de votre confiance.",
        "Bip&Go : votre relevé de novembre est disponible dans votre espace client.",
        "On prend l'A13 ou la nationale ? le péage est à 12€ je crois",
    ],
    "collector": [
        "Bonjour M. Durand, Cabinet Recouvre Plus pour le compte de SFR. Suite à notre courrier du 15/11 (réf. "
        "RC-2025-44871), le solde de 186,40 € reste dû au titre de votre facture d'octobre 2024. Vous pouvez nous "
        "joindre au 02 40 12 34 56 du lundi au vendredi pour convenir d'un échéancier.",
        "Intrum, pour le compte de Cofidis : nous vous rappelons votre dossier n° 7741258 (courrier du 20/11). "
        "Montant restant : 523,10 €. Vous pouvez contester ou demander un échéancier en répondant à notre courrier.",
        "Étude de Maître Lefèvre, commissaire de justice à Nantes : un acte vous a été signifié ce jour (réf. "
        "25/1184) concernant la créance de la société Bouygues Telecom, 412,30 €. Vous pouvez consulter l'acte à "
        "l'étude aux heures d'ouverture.",
    ],
    "family": [
        "Coucou maman, je suis bien arrivée à Lyon, je t'appelle ce soir 😘",
        "Papa c'est moi j'ai changé de numéro, enregistre celui-ci. Bisous on se voit dimanche",
        "Mamie, merci pour le chèque d'anniversaire ! Je t'appelle demain.",
    ],
    "prize": [
        "Bravo ! Vous avez cumulé 500 points sur votre carte Carrefour : un bon de 5 € vous attend en caisse.",
        "Résultat du tirage au sort de la tombola de l'école : le lot n°12 (panier garni) a été gagné par la "
        "famille Martin, merci à tous !",
        "Tu as vu ? j'ai gagné 20€ au loto hier 🎉",
    ],
    "investment": [
        "Votre Livret A a été crédité des intérêts 2025 : 48,32 €. Consultez votre relevé dans votre espace client.",
        "Boursorama : votre ordre d'achat de 10 actions a été exécuté au cours de 42,15 €.",
        "Salut, tu sais si le taux du Livret A baisse en février ? je me demande si je garde mon PEL",
    ],
}


# --- Set B: written after the fixes of set A and committed before any further change (4 per scenario, 2 genuine) ---

SCAMS_B: dict[str, list[Scam]] = {
    "parcel": [
        Scam(
            "UPS: Votre paquet est retenu en entrepot. Confirmez l'adresse de livraison sous 24h : ups-retenu.com/fr",
            SCAM,
        ),
        Scam(
            "Relais Colis : impossible de livrer votre paquet, merci de regler 0,99 € de frais de stockage [lien]",
            FLAG,
        ),
        Scam(
            "Hello, ton colis Vinted est bloqué 📦 il faut payer 2,30€ pour le débloquer, appelle le 0893 10 22 45",
            SCAM,
        ),
        Scam(
            "Objet : Échec de livraison\nNous avons tenté de vous livrer aujourd'hui. Votre colis sera renvoyé sous 3 "
            "jours. Programmez une nouvelle date de livraison depuis le lien suivant.",
            FLAG,
        ),
    ],
    "fine": [
        Scam(
            "Amendes.gouv : Rappel avant poursuites, votre PV de 68 euros reste impaye. Paiement: antai-pv.com/regler",
            SCAM,
        ),
        Scam("Vous avez été flashé le 28/11 sur l'A6. Réglez vos 45€ avant majoration [lien]", FLAG),
        Scam(
            "Objet: Notification d'infraction\nBonjour, une contravention au code de la route vous concerne. Merci "
            "de régulariser la somme de 35 € dans les plus brefs délais afin d'éviter l'amende forfaitaire majorée.",
            FLAG,
        ),
        Scam(
            "ANTAI : stationnement impaye 17€, contactez le centre au 09 78 45 12 63 aujourd'hui pour eviter +35€",
            SCAM,
        ),
    ],
    "vitale": [
        Scam(
            "ameli.fr: Votre carte vitale va etre bloquee. Mettez a jour votre dossier : https://ameli-majdossier.com",
            SCAM,
        ),
        Scam(
            "Assurance Maladie 🏥 dernier rappel : votre nouvelle carte vitale est prête, confirmez l'envoi [lien]",
            FLAG,
        ),
        Scam(
            "Objet : Votre carte Vitale\nChère assurée, votre carte Vitale sera désactivée le 31/12. Merci de "
            "confirmer vos informations pour recevoir la nouvelle carte.",
            FLAG,
        ),
        Scam("Carte Vitale expiree !! Renouvellement gratuit, frais de port 1,50e : vitale-renouv.fr", SCAM),
    ],
    "refund": [
        Scam(
            "DGFIP : vous avez un avoir fiscal de 256,80€ non reclame. Recevez-le : remboursement-dgfip.info",
            SCAM,
        ),
        Scam(
            "Impots.gouv: suite a une erreur de calcul, 189€ vous sont dus. Saisissez votre IBAN [lien]", FLAG
        ),
        Scam(
            "Objet : Remboursement en attente\nL'Assurance Maladie vous informe qu'un remboursement de 92,40 € est "
            "en attente. Veuillez mettre à jour vos coordonnées bancaires pour le recevoir.",
            FLAG,
        ),
        Scam(
            "Trop percu CAF de 320€ a vous reverser, appelez le 01 86 47 29 55 pour valider le virement", SCAM
        ),
    ],
    "cpf": [
        Scam(
            "CPF 📚 ton solde de 1900€ expire bientôt !! inscris toi vite : formation-cpf-gratuite.fr", SCAM
        ),
        Scam(
            "Mon compte formation : action requise, vos droits à la formation seront supprimés au 31/12 [lien]",
            FLAG,
        ),
        Scam(
            "Bonjour c'est Julie de l'organisme de formation, vous avez 2000€ de CPF, je vous rappelle ou vous "
            "pouvez me joindre au 06 52 48 71 09 ?",
            SCAM,
        ),
        Scam(
            "Objet : Votre crédit formation\nVous disposez de 1 450 € de droits sur votre compte personnel de "
            "formation. Sans utilisation avant la fin du mois, ils seront perdus. Répondez OUI pour être rappelé.",
            FLAG,
        ),
    ],
    "bank_advisor": [
        Scam(
            "Caisse d'Epargne: connexion inhabituelle depuis un nouvel appareil. Verifiez ici : ce-acces-securise.com",
            SCAM,
        ),
        Scam(
            "Bonjour, c'est votre conseiller Crédit Mutuel, votre carte a été piratée, je vous envoie un coursier la "
            "récupérer, donnez-moi votre code pour la désactiver",
            SCAM,
        ),
        Scam(
            "Alerte: paiement de 1 280€ en attente de validation sur ton compte. Pas toi ? appelle vite le 07 68 32 19 44",
            SCAM,
        ),
        Scam(
            "Service sécurité de votre banque : un virement suspect est en cours, validez l'annulation dans votre application",
            FLAG,
        ),
    ],
    "account_update": [
        Scam(
            "Apple : Votre identifiant Apple a été bloqué pour des raisons de sécurité. Débloquez-le : apple-id-deblocage.com",
            SCAM,
        ),
        Scam(
            "Bouygues Telecom: Votre forfait sera suspendu, echec du prelevement. Mettez a jour votre RIB [lien]",
            FLAG,
        ),
        Scam(
            "Objet : Vérification de votre compte\nNous avons détecté une activité inhabituelle. Votre compte est "
            "temporairement restreint. Merci de confirmer vos informations pour le réactiver.",
            FLAG,
        ),
        Scam(
            "Disney+: paiement refuse, ton abonnement va etre resilie. Update your billing info : disneyplus-billing.net",
            SCAM,
        ),
    ],
    "toll": [
        Scam(
            "Flux libre A69 : 1 passage impayé (5,90€). Régularisez sous 48h : https://a69-peage-paiement.com",
            SCAM,
        ),
        Scam("Sanef: dernier rappel avant penalite, votre trajet du 25/11 est impaye [lien]", FLAG),
        Scam(
            "Péage: votre solde de 2,40 € est impayé, contactez notre service au 09 73 61 48 20 pour éviter 90€ de frais",
            SCAM,
        ),
        Scam(
            "Objet : Facture de péage en attente\nLe passage de votre véhicule sous le portique n'a pas pu être "
            "débité. Merci de régler 4,10 € via notre espace de paiement sécurisé.",
            FLAG,
        ),
    ],
    "collector": [
        Scam(
            "Recouvrement : votre dossier impayé de 620€ passera en phase judiciaire demain. Réglez ici : dossier-impaye.fr",
            SCAM,
        ),
        Scam(
            "Commissaire de justice : avis de saisie imminent. Regularisez votre dette avant ce soir [lien]",
            FLAG,
        ),
        Scam(
            "Maitre Dupont, huissier. Vous devez 1 200€, payez par coupons Transcash avant 18h sinon saisie",
            SCAM,
        ),
        Scam(
            "Objet : Dernier avis avant huissier\nVotre créance de 298 € n'est toujours pas réglée. Sans paiement "
            "sous 48 h, votre dossier sera transmis à un commissaire de justice.",
            FLAG,
        ),
    ],
    "family": [
        Scam("Coucou maman jai un nouveau num, lautre est cassé. Tu peux menvoyer 300€ cest urgent ?", FLAG),
        Scam("Hi mum it's me, new phone 📱 tu peux m'ajouter sur whatsapp stp ? j'ai un souci", FLAG),
        Scam(
            "Papa c'est moi, tel en panne, envoie moi le code que tu vas recevoir par sms stp c'est pour mon compte",
            SCAM,
        ),
        Scam(
            "Mamie c'est ton petit fils, je suis bloqué, peux-tu acheter 2 recharges PCS de 150€ et m'envoyer les codes ?",
            SCAM,
        ),
    ],
    "prize": [
        Scam(
            "🎁 Félicitations, vous êtes notre 1 000 000e visiteur ! Récupérez votre cadeau : cadeau-gagnant.net",
            SCAM,
        ),
        Scam(
            "Auchan: vous avez gagne un bon de 300€ ! Pour le recevoir, remplissez le formulaire [lien]", FLAG
        ),
        Scam(
            "Tirage au sort Intermarché : vous êtes l'heureux gagnant d'un Thermomix, appelez le 0899 45 78 12",
            SCAM,
        ),
        Scam(
            "Objet : Votre lot vous attend\nSuite à notre jeu concours, vous avez remporté une trottinette "
            "électrique. Il ne vous reste qu'à régler 1,99 € de frais d'envoi.",
            FLAG,
        ),
    ],
    "investment": [
        Scam(
            "Placement garanti 8%/an sur le vin et le whisky, capital protégé. Infos : cave-invest-patrimoine.com",
            SCAM,
        ),
        Scam("Gagnez 500€ par jour avec le trading crypto, sans experience, 100% automatique [lien]", FLAG),
        Scam(
            "Bonjour, Thomas de Patrimoine Conseil, un livret à 10% sans risque, rappelez-moi au 01 89 62 33 17",
            SCAM,
        ),
        Scam(
            "Objet : Votre épargne travaille-t-elle assez ?\nNos clients obtiennent un rendement garanti de 11 % par "
            "an. Répondez à ce courriel pour recevoir votre étude personnalisée.",
            FLAG,
        ),
    ],
}

GENUINE_B: dict[str, list[str]] = {
    "parcel": [
        "DPD : votre colis sera livré demain entre 10:15 et 11:15. Vous pouvez modifier la livraison sur "
        "https://www.dpd.fr",
        "salut, t'as bien reçu le colis que je t'ai envoyé ?",
    ],
    "fine": [
        "Tu sais comment contester une amende ? j'en ai reçu une par courrier pour un stationnement",
        "Ville de Nantes : le stationnement devient payant rue de Strasbourg à partir du 01/01. Infos sur nantes.fr",
    ],
    "vitale": [
        "Ameli : votre attestation de droits est disponible dans votre compte ameli, rubrique Mes démarches.",
        "N'oublie pas ta carte Vitale et ta mutuelle pour l'hôpital demain",
    ],
    "refund": [
        "Décathlon : votre remboursement de 39,99 € a été effectué sur votre carte bancaire. Il apparaîtra sous 5 jours.",
        "Maman je t'ai remboursé pour les courses, tu me dis si t'as bien reçu",
    ],
    "cpf": [
        "Pôle formation : votre dossier CPF pour la formation CACES est accepté, début des cours le 12/01.",
        "Mon collègue m'a dit qu'on pouvait utiliser le CPF pour le permis, c'est vrai ?",
    ],
    "bank_advisor": [
        "Société Générale : votre carte se terminant par 4412 a été utilisée pour un paiement de 62,30 € chez "
        "Carrefour. En cas de doute, contactez votre conseiller.",
        "Bonjour Mme Petit, c'est Julien votre conseiller, je vous rappelle demain pour votre dossier de prêt immobilier.",
    ],
    "account_update": [
        "Spotify : ton abonnement Premium a été renouvelé. Prochain prélèvement le 02/01.",
        "EDF : votre échéancier 2026 est disponible dans votre espace client.",
    ],
    "toll": [
        "Vinci Autoroutes : votre facture de télépéage du mois de novembre est disponible dans votre espace client.",
        "ok pour les péages on partage en 2, t'as payé combien à la sortie ?",
    ],
    "collector": [
        "Cabinet Contentia pour le compte d'Orange : suite à notre courrier réf. CT-884512 du 21/11, nous vous "
        "rappelons le solde de 96,20 € de la facture de mars 2025. Vous pouvez nous répondre par courrier ou "
        "demander un échéancier.",
        "Bonjour, suite à notre entretien, nous confirmons l'échéancier de 4 mensualités de 50 € pour votre dossier "
        "EOS réf. 5512876 (créancier : Sofinco).",
    ],
    "family": [
        "Coucou maman, j'ai raté le train, j'arrive à 20h, tu peux venir me chercher à la gare ?",
        "Papi, c'est Léa, merci pour le cadeau, j'adore ! Bisous",
    ],
    "prize": [
        "Leclerc : votre ticket E.Leclerc vous fait gagner 3 € sur votre carte, valables jusqu'au 31/12.",
        "J'ai gagné le concours photo du club, trop contente !",
    ],
    "investment": [
        "Crédit Agricole : le taux de votre Livret A passe à 1,7 % au 1er février 2026.",
        "Tu places ton argent où toi ? Assurance vie ou Livret A ?",
    ],
}

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def meets(case: Scam) -> bool:
    verdict = analyse_message(case.text).verdict
    if case.expect == SCAM:
        return verdict is Verdict.likely_scam
    return verdict in FLAGGED


def measure(
    scams: dict[str, list[Scam]], genuine: dict[str, list[str]], *, misses: bool = False
) -> list[str]:
    """One line per scenario: flagged, likely_scam, expectation met; genuine flagged. Pure apart from the text."""
    lines: list[str] = []
    total_flagged = total_likely = total_met = total = 0
    total_genuine = genuine_flagged = 0
    for scenario, cases in scams.items():
        verdicts = [analyse_message(case.text).verdict for case in cases]
        flagged = sum(v in FLAGGED for v in verdicts)
        likely = sum(v is Verdict.likely_scam for v in verdicts)
        met = sum(meets(case) for case in cases)
        quiet = genuine.get(scenario, [])
        loud = [text for text in quiet if analyse_message(text).verdict in FLAGGED]
        lines.append(
            f"{scenario:15} flagged {flagged}/{len(cases)}  likely {likely}/{len(cases)}  met {met}/{len(cases)}"
            f"  genuine flagged {len(loud)}/{len(quiet)}"
        )
        if misses:
            lines.extend(
                f"    MISS[{c.expect}] {v.value}: {c.text!r}"
                for c, v in zip(cases, verdicts, strict=True)
                if not meets(c)
            )
            lines.extend(f"    LOUD: {text!r}" for text in loud)
        total_flagged += flagged
        total_likely += likely
        total_met += met
        total += len(cases)
        total_genuine += len(quiet)
        genuine_flagged += len(loud)
    lines.append(
        f"{'ALL':15} flagged {total_flagged}/{total}  likely {total_likely}/{total}  met {total_met}/{total}"
        f"  genuine flagged {genuine_flagged}/{total_genuine}"
    )
    return lines


if __name__ == "__main__":
    if "B" in sys.argv:
        print("\n".join(measure(SCAMS_B, GENUINE_B, misses="--misses" in sys.argv)))
    else:
        print("\n".join(measure(SCAMS_A, GENUINE_A, misses="--misses" in sys.argv)))
