"""General tricks of round 16 (02/12/2026): what a scam asks, in whose name, under what pressure, each with genuine neighbours.

Written as people receive them (accents or not, sms style, the link cut off), never copied from a corpus item, for the
families batch 9 showed missed and the ones that had no rule at all:
- the "safe account" of fake bank advisers: savings said to be in danger, to be moved by a transfer (escroqueriefinanciere,
  Inspire France);
- money paid to you "by mistake", to send back by transfer (CIC, CommentCaMarche: the overpayment and the mule);
- the "fraude au président": a transfer both urgent and confidential, asked in the boss's name (France 3, Cybersecurity
  Guide);
- the too-good offers of social networks told another way: "lost" parcels and mystery boxes, unsold stock or an appliance
  for a few euros (60 Millions de consommateurs via consommer-aujourd'hui, SOS Litiges), a gift to EVERY reader who likes,
  shares or comments (Chronique Disney, RTBF);
- the investment: a rate of 7 % or more said to be guaranteed (ACPR), capital said to double;
- the grant to sign up for in order to get it, the gift voucher activated with bank logins, the soldier on a mission who
  needs money to come and see you;
- the cut-off messages of known stories that slipped through by a word: fees "supplémentaires … requis", "écoutez-le
  ici", an address "erronée" said of the parcel, "c'est moi" from a new number with no name, an exceptional payment
  "en attente de validation";
- windfalls for a whole group ("1 000 € à chaque famille", "rembourse 200 € à tous ses clients"; a real measure paid
  "automatiquement" stays quiet), free plane tickets, hundreds of euros of shopping offered for a survey, loans "à toute
  personne sérieuse", easy money "depuis chez vous", paid product testers, a mule's "tu gardes 10 %".
"""

from __future__ import annotations

import pytest

from tests.checks.message_cases import (
    assert_flagged_as_a_scenario,
    assert_quiet,
    assert_scam_by_its_decisive_ask,
    codes,
)


@pytest.mark.parametrize(
    "text",
    [
        "Suite à un piratage, nous devons sécuriser votre épargne : effectuez un virement vers le compte de sécurité indiqué.",
        "bonjour c est votre conseiller, votre argent est en danger il faut le transferer sur un compte securise aujourd hui",
        "Bonjour, je suis le nouveau comptable. Le directeur m'a demandé de faire un virement urgent et confidentiel, "
        "merci de me transmettre le RIB.",
        "Le president est en deplacement, il a besoin que tu fasses un virement tres urgent a un fournisseur, reste discret stp",
        "Nous avons remboursé par erreur 950 € sur votre compte, merci de nous les renvoyer par virement.",
    ],
)
def test_money_moved_to_safety_or_for_the_boss_in_secret_is_the_scam_itself(text: str) -> None:
    assert_scam_by_its_decisive_ask(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mme Durand, pour proteger vos economies virez-les sur le compte temporaire que je vous envoie par sms",
        "Decathlon liquide ses velos invendus a 1,95 € ! Il suffit de repondre a 3 questions.",
        "Profitez de l'offre : une trottinette electrique pour 2 € seulement, stock limite, dernieres heures.",
        "colis perdus non reclames vendus en boite mystere pour 2€ seulement, depechez vous",
        "Pour feter ses 50 ans, IKEA offre une carte cadeau a chaque personne qui partage cette publication et commente.",
        'On offre un robot cuiseur aux 100 premieres personnes a commenter "merci" !!',
        "Livret exclusif a 8 % net garanti par l'Etat, sans frais, disponible seulement jusqu'a vendredi.",
        "Grace a notre plateforme vous pouvez doubler votre capital en 2 mois. Ouvrez un compte avec 250 €",
        "Aide exceptionnelle de 300 € pour les retraites : inscrivez-vous avant le 31 pour la toucher.",
        "Cheque cadeau : votre employeur vous offre 200 € pour Noel. Activez-le avec vos identifiants bancaires.",
        "Bonjour ma cherie, je suis militaire en mission au Mali, j'ai besoin d'argent pour rentrer te voir.",
        "Nous avons tenté de livrer votre colis. Des frais supplémentaires de 1,99 € sont requis.",
        "Vous avez un message vocal en attente, écoutez-le ici.",
        "votre colis est arrive a l entrepot mais l adresse est erronee",
        "Salut c'est moi, j'ai change de numero, enregistre celui-ci",
        "Votre CAF vous informe d'un versement exceptionnel de 412 € en attente de validation.",
        "Aide de 500 € versée par la CPS à tous les retraités, inscription en ligne.",
        "Le gouvernement offre 1 000 € a chaque famille qui en fait la demande avant le 31.",
        "EDF rembourse 200 € à tous ses clients suite à la hausse des prix.",
        "Air Austral fête ses 30 ans : deux billets offerts aux 500 premiers inscrits.",
        "Carrefour vous offre 250 € de courses, répondez à notre enquête de satisfaction.",
        "Je propose des prêts à toute personne sérieuse, taux de 2 %, remboursement sur 10 ans.",
        "Gagnez de l'argent depuis chez vous en seulement 30 minutes par jour.",
        "Devenez testeur de produits rémunéré, 500 € par mois.",
        "Mon oncle a besoin de quelqu'un de confiance pour recevoir des virements, tu gardes 10 %.",
        "Billets d'avion gratuits pour toute la famille, il ne reste que quelques places !",
        "Nouveau : le livret qui rapporte 3 fois plus que le Livret A, ouverture en 2 minutes.",
        "Achetez des diamants d'investissement, valeur doublée en 5 ans.",
        "Gagnez 3 000 € par mois grâce à l'intelligence artificielle qui trade pour vous.",
        "Subvention exceptionnelle de 1 500 € pour les auto-entrepreneurs, dossier à déposer avant vendredi.",
        "Nouvelle aide de la CAF : 350 € pour la rentrée, demandez-la avant le 30 septembre.",
        "Bon de réduction de 80 % chez Lidl pour célébrer ses 50 ans en France.",
        "Cadeau de Noël : recevez une PS5 gratuitement en participant à notre jeu.",
        "Votre Apple ID a été utilisé pour un achat de 129,99 €. Si ce n'est pas vous, annulez ici.",
        "Bonjour, je vous ai viré 300 € par erreur, pouvez-vous me les retourner svp ?",
        "Votre nom apparaît dans une enquête pour blanchiment, contactez l'officier au 01 70 12 34 56.",
        "Bonjour, je suis votre gestionnaire de patrimoine, je vous propose un placement exclusif, rappelez-moi.",
        "Bonjour, je vous contacte au sujet de votre annonce, pouvez-vous me donner votre adresse e-mail ?",
    ],
)
def test_a_round16_trick_told_without_its_link_is_at_least_suspicious(text: str) -> None:
    assert_flagged_as_a_scenario(text)


@pytest.mark.parametrize(
    "text",
    [
        "Votre banque ne vous demandera jamais de virer votre argent vers un compte sécurisé. En cas de doute appelez votre agence.",
        "Votre virement de 150 € vers votre livret A a bien été effectué.",
        "Bonjour, le directeur vous attend lundi à 9h pour votre entretien, merci de confirmer.",
        "Réunion confidentielle avec la direction générale jeudi, ordre du jour en pièce jointe.",
        "Déstockage : -50 % sur tout le magasin jusqu'à samedi, dans la limite des stocks disponibles.",
        "Trottinette électrique à 1 € avec votre forfait 5G à 29,99 €/mois, engagement 24 mois.",
        "Votre colis perdu sera remboursé 25 € sous 10 jours, nous sommes désolés.",
        "Jeu concours : tentez de gagner un panier garni, tirage au sort samedi au marché.",
        "Livret A : le taux reste fixé à 2,4 % au 1er février.",
        "Taux boosté : 5 % brut pendant 2 mois sur votre nouveau livret, voir conditions en agence.",
        "L'aide exceptionnelle de fin d'année est versée automatiquement aux bénéficiaires du RSA, aucune démarche à faire.",
        "Le CCAS distribue les colis de Noël aux seniors : inscrivez-vous en mairie avant le 10 décembre.",
        "Mon fils est militaire, il rentre de mission la semaine prochaine, on fera une fête.",
        "Votre chèque cadeau de 10 € est disponible en caisse avec votre carte de fidélité.",
        "Vous avez un nouveau message vocal. Pour l'écouter, appelez le 888 depuis votre mobile.",
        "Votre colis est disponible au point relais Tabac du Centre, 12 rue Victor Hugo, l'adresse de livraison était incomplète.",
        "Salut c'est Julie, j'ai changé de numéro, enregistre celui-ci !",
        "Votre aide exceptionnelle de 150 € a été versée le 15/12 sur votre compte.",
        "Le versement exceptionnel de la prime de Noël aura lieu le 15 décembre, sans démarche.",
        "La CAF verse 150 € à tous les bénéficiaires du RSA le 15 décembre.",
        "La prime exceptionnelle de 100 € est versée automatiquement à toutes les familles éligibles.",
        "La mairie offre 20 € de bons d'achat à chaque enfant de la commune, à retirer en mairie.",
        "Répondez à notre enquête de satisfaction, cela ne prend que 2 minutes.",
        "Le vol est offert aux enfants de moins de 2 ans sur nos lignes intérieures.",
        "Votre conseiller vous propose un prêt travaux à 3,9 %, prenez rendez-vous en agence.",
        "Je travaille depuis chez moi trois jours par semaine, on peut se voir jeudi.",
        "Votre salaire de novembre a été versé, votre bulletin est disponible.",
        "Nos testeurs ont adoré ce nouvel aspirateur, disponible en magasin à 199 €.",
        "Pour fêter ses 20 ans, la boutique vous offre un café jeudi.",
        "-70 % sur le deuxième article, jusqu'à dimanche.",
        "Pour célébrer ses 10 ans, notre magasin propose -20 % sur tout le rayon.",
        "Nouvelle aide : la prime de Noël de 152 € est versée automatiquement aux allocataires du RSA.",
        "Votre dossier est à déposer avant le 15 mars à l'accueil de la mairie.",
        "La valeur de votre contrat d'assurance vie a progressé de 2,5 % cette année.",
        "Nous offrons une PS5 au gagnant du tournoi de samedi, inscriptions au club.",
        "Nouveau : le Livret A passe à 3 %, la mesure s'applique automatiquement.",
        "Merci pour votre achat de 45,90 € chez Decathlon, votre ticket est dans l'application.",
        # a cancellation already made is no request to cancel (was "suspicious" before round 16)
        "Votre achat de 12 € a été remboursé sur votre carte suite à l'annulation de la séance.",
        "Nous vous avons prélevé 12 € en trop, ils vous seront remboursés sur votre prochaine facture.",
        "Une enquête publique sur le plan local d'urbanisme est ouverte en mairie jusqu'au 15.",
        "Bonjour c'est le plombier, je passe demain à 9h, rappelez-moi si besoin.",
        "Bonjour, pour recevoir la newsletter de l'association, pouvez-vous me donner votre adresse e-mail ?",
        "Je suis intéressé par votre annonce, le vélo est toujours disponible ? Je peux passer samedi.",
    ],
)
def test_the_genuine_neighbours_of_the_round16_tricks_stay_quiet(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "MaPrimeRénov' est une aide de l'État pour vos travaux de rénovation énergétique. Faites votre demande sur "
        "maprimerenov.gouv.fr.",
        "L'avis de contravention vous a été envoyé par la poste, vous pouvez payer sur amendes.gouv.fr.",
    ],
)
def test_a_story_that_sends_you_to_the_organisations_own_site_is_no_scam_pattern(text: str) -> None:
    assert_quiet(text)
    assert "message.scenario" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # the official site's name next to what no official site asks through a message
        "Votre remboursement de 150 € est bloqué, confirmez vos coordonnées bancaires sur ameli.fr",
        # the small fee of parcel messages, which copy the carrier's name
        "Votre colis est en attente, payez les frais de 1,99 € sur laposte.fr",
    ],
)
def test_the_official_sites_name_does_not_excuse_a_secret_or_a_small_fee(text: str) -> None:
    assert_flagged_as_a_scenario(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vous avez reçu 500 € sur votre cagnotte, cliquez pour encaisser.",
        "Vous avez 84,50 € de gains, cliquez ici pour les récupérer",
    ],
)
def test_money_to_collect_by_a_click_is_at_least_suspicious(text: str) -> None:
    assert_flagged_as_a_scenario(text)


@pytest.mark.parametrize(
    "text",
    [
        "Votre cagnotte fidélité atteint 12 €, utilisable en caisse.",
        "Votre virement de 250 € a bien été reçu par le bénéficiaire.",
    ],
)
def test_money_already_yours_stays_quiet(text: str) -> None:
    assert_quiet(text)
