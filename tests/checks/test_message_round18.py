"""Round 18 (02/12/2026): two false readings of genuine messages, and procedures seen in at least two batches.

A commune's notice naming its police municipale, with the commune's own site (no catalogue lists communes), that asks
nothing, is information; "votre candidature est retenue" answers an application the reader made and is no windfall.
Then two procedures the tuning halves of several batches showed missed, sourced in ``scenarios.toml``: a keyword to text
to a 5-digit surtaxed short number for a game or a win (the operators' 33700 site, Que Choisir), and a sum for a whole
generation to collect ("ceux qui ont travaillé entre 1990 et 2018 ont le droit de retirer…", the windfall for everyone
of round 16). Every message is written as people receive it, never copied from a corpus item; each family has
neighbours that must keep their reading.
"""

from __future__ import annotations

import pytest

from checks.message import analyse_message
from checks.result import Verdict
from tests.checks.message_cases import QUIET, assert_flagged, assert_quiet, codes

# --- 1. A commune's notice that asks nothing ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mairie de Villeneuve : la police municipale vous informe que la rue Jean Jaurès sera fermée à la circulation "
        "du 4 au 6 décembre. Plus d'informations sur www.villeneuve-sur-lot.fr",
        "La police municipale de Saint-Jean informe les habitants que la fête foraine aura lieu du 3 au 5 mai. Le "
        "stationnement sera interdit place du marché. Plus d'infos sur www.saintjean-fete.fr",
        "INFO MAIRIE - La police municipale informe les riverains qu'un marché de Noël se tiendra samedi sur la place "
        "de l'église, circulation déviée de 8h à 19h. Détails : https://www.mairie-lesulis.fr/agenda",
        "Arrêté municipal : la police municipale rappelle que les feux de jardin sont interdits toute l'année. "
        "https://www.ville-exemple.fr/arretes",
        "La police municipale vous informe que des démarcheurs se présentant comme agents de la mairie passent dans le "
        "quartier. Ne les laissez pas entrer. Infos : www.mairie-stdenis.fr",
    ],
)
def test_a_communes_notice_naming_its_police_municipale_reads_as_information(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict in QUIET, [f.code for f in result.findings]
    assert not codes(text) & {"message.threat_police", "message.impersonation_link", "message.scenario"}


@pytest.mark.parametrize(
    "text",
    [
        # the notice's words, then a payment asked on the link
        "La mairie vous informe que votre amende de stationnement est impayée, réglez-la sur www.ville-paiement.fr",
        "Police municipale : vous avez une amende de stationnement impayée de 35 €. Réglez-la sur "
        "www.amende-stationnement-paiement.com",
        # the notice's words, then an aid to claim
        "La police municipale informe les habitants qu'une aide de 300 € est versée, faites votre demande sur "
        "www.aide-commune.fr",
        # the reader's own car, a fee to pay
        "Police municipale : votre véhicule sera enlevé demain, payez la fourrière sur www.fourriere-ville.com",
        # the notice's words, then details asked
        "La mairie informe les habitants que le nouveau badge déchetterie est disponible : confirmez vos coordonnées "
        "bancaires sur www.badge-dechetterie.fr",
    ],
)
def test_a_notice_that_asks_or_speaks_of_the_readers_own_affairs_stays_flagged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # review of round 18: the notice's words, then a fine, an aid or an obligation under a fine on an unknown site;
        # none gives an order in the words the notice test knows ("consultez-le", "inscription sur", "doivent"), so the
        # site was taken for the commune's own and the fine or aid story was silenced
        "La police municipale vous informe qu'un avis de contravention a été émis. Consultez-le sur "
        "www.avis-contravention-municipale.fr",
        "Mairie de Lyon : la ville informe les habitants qu'une prime énergie de 150 € est disponible. Inscription sur "
        "https://prime-energie-lyon.fr",
        "Arrêté municipal : les propriétaires de chiens doivent enregistrer leur animal avant le 31/12 sur "
        "www.enregistrement-chien-mairie.fr sous peine d'amende de 135 €",
    ],
)
def test_a_notice_of_a_fine_or_an_aid_with_an_unknown_site_stays_flagged(text: str) -> None:
    assert_flagged(text)


def test_the_national_police_named_beside_an_unknown_link_is_still_a_claim() -> None:
    text = "Police nationale : vous êtes convoqué pour une infraction, consultez votre dossier sur www.police-dossier.fr"
    assert_flagged(text)
    assert "message.impersonation_link" in codes(text)


# --- 2. "Votre candidature est retenue" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, votre candidature est retenue pour le poste d'agent d'accueil. Merci de vous présenter lundi à 9h "
        "avec une pièce d'identité.",
        "Bonjour Madame, nous avons le plaisir de vous informer que votre candidature est retenue pour le logement T3 "
        "de la résidence Les Tilleuls. Votre conseillère vous contactera pour la visite.",
        "Suite à la commission d'attribution, votre candidature a été retenue pour le logement situé 12 rue des Lilas. "
        "Le bail sera signé en agence.",
        "Bonne nouvelle ! Votre candidature a été retenue pour le stage de printemps. Apportez votre carte d'identité "
        "le premier jour.",
    ],
)
def test_an_application_accepted_is_no_windfall(text: str) -> None:
    assert_quiet(text)
    assert "message.shape" not in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # the job scam that follows it asks for a bank account and an ID copy
        "Bonjour, votre candidature a été retenue pour le poste d'assistant administratif en télétravail. Envoyez-nous "
        "votre RIB et une copie de votre pièce d'identité pour établir le contrat.",
        # the money mule
        "Félicitations, votre candidature a été retenue ! Vous recevrez des virements sur votre compte que vous "
        "transférerez à nos clients, vous gardez 10 %.",
        # the fake landlord
        "Votre candidature a été retenue pour le logement, merci de verser 500 € de caution par Transcash avant la "
        "visite.",
        # selected for a prize, not an application
        "Vous avez été sélectionné pour recevoir un iPhone 15, cliquez ici",
        # review: a candidature said eligible to money is a windfall, not an answer to an application
        "Bonne nouvelle, votre candidature est éligible au programme d'aide de 1 200 €. Répondez OUI pour en bénéficier.",
    ],
)
def test_what_follows_an_accepted_application_is_still_judged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # review of round 18: "avec votre pièce d'identité" is brought in person only when nothing is sent; a selfie or
        # a file sent with it is the identity asked (the scenario's ask was lost: likely_scam -> suspicious)
        "Ameli : pour recevoir votre nouvelle carte Vitale, envoyez un selfie avec votre carte d'identité en réponse à "
        "ce message.",
        "Votre compte Leboncoin est restreint. Pour le débloquer, envoyez une photo de vous avec votre pièce "
        "d'identité au support.",
    ],
)
def test_a_selfie_or_a_file_sent_with_an_id_is_still_the_identity_asked(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict is Verdict.likely_scam, [f.code for f in result.findings]


@pytest.mark.parametrize(
    "text",
    [
        # a sending verb that is not an order to send the ID, then the ID brought in person
        "Votre badge vous sera envoyé par courrier ; présentez-vous lundi au guichet avec votre carte d'identité.",
        "Votre colis est disponible au bureau de poste. Présentez-vous avec une pièce d'identité et l'avis de passage.",
    ],
)
def test_an_id_brought_in_person_beside_a_sending_stays_quiet(text: str) -> None:
    assert_quiet(text)


# --- 3. A keyword to text to a surtaxed short number ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Urgent ! Le concours touche à sa fin. Ton score te place en tête pour gagner. Envoie S au 66012 et explose vite "
        "ton score",
        "Félicitations ! Tu fais partie des finalistes du grand jeu de Noël. Réponds GAGNE au 71234 pour valider ton lot",
        "Bravo, votre numéro est en tête du classement ! Tapez OUI au 81050 pour recevoir votre bonus",
        "Dernière chance pour le tirage de samedi : envoyez le mot CADEAU au 64444",
        "Jeu : tu as gagné ! Envoie GAGNE au 41234 pour recevoir ton cadeau",
    ],
)
def test_a_game_played_by_texting_a_short_number_is_flagged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        # the keywords every sender must honour, at a normal price
        "Bonne nouvelle : votre forfait passe à 100 Go. Pour ne plus recevoir nos offres, envoyez STOP au 36180",
        "Jeu concours : gagnez un week-end à Paris sur notre site ! Pour vous désinscrire, envoyez STOP au 36111",
        "Pour connaître les coordonnées de notre service client, envoyez CONTACT au 38100",
        # an operator's own keyword service tells no game
        "Votre forfait : envoyez SOLDE au 64000 pour connaître votre consommation",
        # reporting to the 33700
        "Vous avez reçu un SMS suspect ? Transférez-le au 33700, c'est gratuit.",
        # review: a game at a 3xxxx number, whose SMS costs an ordinary one (the series of numbering.toml): no surtax
        "Grand jeu de l'été Intermarché : envoyez SOLEIL au 38123 pour participer et gagner un séjour",
        # a game that states its price, as a real SMS+ game must
        "Grand jeu : pour participer, envoyez JEU au 71010 (0,65 €/SMS + prix d'un SMS). Règlement sur le site.",
        # review: the price written "TTC/SMS" or "le SMS", as the real games write it
        "Jeu TF1 : envoyez GAGNE au 71000 pour tenter de gagner 10 000 € (0,75€ TTC/SMS + prix d'un SMS).",
        "Grand jeu de Noël : envoyez JEU au 81212 pour participer au tirage (0,99 € le SMS + prix d'un SMS)",
    ],
)
def test_stop_contact_the_33700_and_a_priced_game_stay_quiet(text: str) -> None:
    assert_quiet(text)


# --- 4. A sum for a whole generation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Partagez vite : ceux qui ont travaillé entre 1990 et 2018 ont le droit de retirer 15 537 € auprès de la Banque "
        "de France",
        "Toutes les personnes nées avant 1970 peuvent toucher 800 euros de prime, renseignez-vous vite",
        "Les salariés ayant travaillé de 1995 à 2015 pourront récupérer 2 300 € de cotisations, faites circuler",
    ],
)
def test_a_sum_for_everyone_of_a_span_of_years_is_flagged(text: str) -> None:
    assert_flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les personnes nées avant 1961 qui ont travaillé jeunes peuvent avoir droit à une retraite anticipée : "
        "renseignez-vous auprès de votre caisse de retraite.",
        "Les salariés qui ont travaillé le 1er mai peuvent percevoir 150 € de prime selon leur convention collective.",
        "Tous ceux qui ont participé à la course recevront 1 tee-shirt au stand.",
    ],
)
def test_a_right_without_a_sum_for_a_generation_stays_quiet(text: str) -> None:
    assert_quiet(text)
