"""Round 21 (02/12/2026): notifications that REPORT a completed event, written BLIND, and scams that copy their style.

Written before designing this round's rule, as real services write them in France (SMS of a carrier, a shop, a bank,
an administration; e-mail subject + body): each genuine one only reports something done, received or available and
asks nothing (no link to act, no code, no call order, no payment). Each scam copies the notification style but asks:
a link to pay or to "confirm", a code, a call back, a payment. Every domain and number was made up for this file
(never opened, never resolved).

Measured on main (2de2f40) before any change of this round, ``python -m tests.checks.message_completed_events``:
see docs/detection.md, "Messages, 21ᵉ série".
"""

from __future__ import annotations

from checks.message import analyse_message
from checks.result import Verdict

GENUINE: list[str] = [
    "Mondial Relay : votre colis 48213377 est disponible au Point Relais TABAC DU CENTRE jusqu'au 12/12. "
    "Pensez à votre pièce d'identité.",
    "Chronopost : votre colis a été livré le 02/12 à 14h12, remis en main propre.",
    "Decathlon : votre remboursement de 49,99 € a été effectué sur votre carte bancaire. "
    "Il apparaîtra sous 3 à 5 jours ouvrés.",
    "Bonjour, nous vous confirmons la bonne réception de votre paiement de 96,20 € pour le dossier 2024-11873. "
    "Votre solde est désormais de 0 €. Cabinet Recouvra",
    "Netflix : paiement bien reçu, merci ! Votre abonnement est renouvelé jusqu'au 02/01/2027.",
    "Infogreffe : votre commande a bien été enregistrée. Vous recevrez votre Kbis sous 48h par courrier.",
    "Votre dossier de formation a été validé. Les heures CPF ont été débitées de votre compte. Mon Compte Formation",
    "EDF : votre facture de novembre de 84,32 € a été prélevée le 28/11. Merci.",
    "Impots.gouv : votre avis d'impôt sur le revenu 2026 est disponible dans votre espace particulier.",
    "Ameli : le remboursement de vos soins du 25/11 (23,00 €) a été versé sur votre compte.",
    "SNCF Connect : votre réservation Paris - Lyon du 14/12 est confirmée. Vos billets sont dans l'appli.",
    "Doctolib : votre rendez-vous du 05/12 à 10h30 avec Dr Martin est confirmé.",
    "La Poste : votre lettre recommandée 1A 234 567 8901 2 a été distribuée le 01/12.",
    "Caf : votre paiement de novembre a été effectué. Le montant est consultable dans votre espace Mon Compte.",
    "Free : votre paiement de 29,99 € a bien été reçu. Merci de votre confiance.",
    "Colissimo : votre colis a été déposé dans votre boîte aux lettres ce jour.",
    "Bonjour, votre virement de 150,00 € vers M. DURAND a été exécuté le 02/12. Votre banque.",
    "Vinted : bonne nouvelle, l'acheteur a confirmé la réception. 18,50 € ont été ajoutés à votre porte-monnaie.",
    "Carte grise : votre demande a été traitée. Votre certificat d'immatriculation sera expédié sous 5 jours.",
    "Leroy Merlin : votre commande 7712409 est prête. Vous pouvez la retirer au retrait magasin dès maintenant, "
    "munissez-vous de votre pièce d'identité.",
]

SCAMS: list[str] = [
    "Mondial Relay : votre colis est disponible, des frais de 1,99 € restent à régler : mondialrelay-suivi.info",
    "Chronopost : votre colis n'a pas pu être livré. Confirmez votre adresse ici : chrono-livraison.com/fr",
    "Remboursement effectué : 89,90 € vous attendent. Saisissez votre carte bancaire pour le recevoir sur "
    "rembourse-client.net",
    "Paiement bien reçu mais une erreur a été détectée, rappelez le service au 09 72 14 58 30 sous 24h.",
    "Votre Kbis est disponible. Réglez les frais d'enregistrement de 149 € sur registre-kbis-france.com",
    "CPF : vos 1 850 € de droits ont été crédités. Validez-les avant le 05/12 sur moncpf-droits.fr",
    "Ameli : votre remboursement de 212,50 € a été validé. Renseignez votre RIB pour le recevoir : ameli-rbt.com",
    "Impots : un remboursement de 364 € a été effectué en votre faveur. Confirmez vos coordonnées bancaires ici "
    "impots-rembours.org",
    "Votre colis a été livré en point relais. Communiquez le code reçu par SMS pour confirmer le retrait.",
    "Votre commande est prête. Pour la recevoir, payez les frais de douane de 2,40 € : douane-colis.fr",
    "Bonjour, votre paiement de 480 € a été effectué. Si vous n'êtes pas à l'origine de cette opération, appelez "
    "le 01 84 60 22 19.",
    "Caf : votre aide de 318 € a été versée. Pour la débloquer, connectez-vous sur caf-versement.com",
    "Votre carte Vitale a été renouvelée. Mettez à jour vos informations pour la recevoir : vitale-renouv.fr",
    "Antai : votre paiement n'a pas été reçu. Réglez 35 € avant majoration sur antai-reglement.info",
    "Netflix : votre paiement a été refusé. Mettez à jour vos informations de paiement : netflix-compte.co",
    "Vinted : l'acheteur a payé. Pour recevoir 45 €, confirmez votre carte ici : vinted-paiement.store",
    "Votre virement de 1 200 € a été enregistré. Pour l'annuler, communiquez-nous le code reçu par SMS.",
    "Commissaire de justice : votre dossier a été transmis. Contactez l'étude au 09 70 18 44 52 pour éviter la saisie.",
    "Livraison effectuée ? Non ! Votre colis est bloqué, reprogrammez-la sur colis-reprog.net",
    "Votre remboursement a été traité. Envoyez une photo de votre pièce d'identité au 06 12 84 55 03 par WhatsApp.",
]

FLAGGED = {Verdict.suspicious, Verdict.likely_scam}


def measure() -> list[str]:
    """Flagged genuine, flagged scams, likely_scam scams; then each miss."""
    lines: list[str] = []
    loud = [text for text in GENUINE if analyse_message(text).verdict in FLAGGED]
    verdicts = [analyse_message(text).verdict for text in SCAMS]
    lines.append(f"genuine flagged {len(loud)}/{len(GENUINE)}")
    lines.append(
        f"scams flagged {sum(v in FLAGGED for v in verdicts)}/{len(SCAMS)}"
        f"  likely {sum(v is Verdict.likely_scam for v in verdicts)}/{len(SCAMS)}"
    )
    lines.extend(f"  genuine flagged: {text}" for text in loud)
    lines.extend(f"  scam {v.value}: {t}" for t, v in zip(SCAMS, verdicts, strict=True) if v not in FLAGGED)
    return lines


if __name__ == "__main__":
    print("\n".join(measure()))
