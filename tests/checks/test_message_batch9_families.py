"""Families of the ninth batch's tuning half that no rule knew, each by its trick, with the genuine messages beside it.

Messages of round 15 (02/12/2026), written from the misses of the TUNING half of ``messages_batch9`` only, typed as
people paste them (no accents, sms style, the link cut off), and never the corpus text:
- the offer too good to be true of social networks: months of free travel on a card to obtain, a token price, the
  brand's "anniversary" gift (Transbus, TF1 Info, Que Choisir);
- a gift "d'une valeur de" hundreds of euros offered to whoever reads (Que Choisir);
- the fake "livret": savings said to be secret, a rate said to be a craze (AMF and ACPR, through MoneyVox);
- a grant "non remboursable" handed out in the name of an agency (Africa Check);
- the parcel that cannot be delivered because of an "incomplete" address, with nothing of a real notice (Infopostes).
And a genuine notice that was "suspicious": a body disowning the messages sent in its name ("en aucun cas la CAF
n'envoie ce type de SMS") — the word model read its words as a scam's.
"""

from __future__ import annotations

import pytest

from tests.checks.message_cases import assert_flagged, assert_flagged_as_a_scenario, assert_quiet


@pytest.mark.parametrize(
    "text",
    [
        "obtenez vite votre pass bus pour circuler gratuitement pendant 1 an !!",
        "Recevez votre carte de tram et voyagez sans rien payer durant douze mois, c'est le dernier jour",
        "Pour feter ses 40 ans anniversaire notre reseau offre des trajets gratuits pendant 3 mois pour seulement 1,99€",
        "a l occasion de son 60e anniversaire la marque vous offre une carte cadeau, il n y aura que 300 cartes disponibles",
        "la carte de transport annuelle pour seulement 2 euros, dernier jour pour faire une demande",
        "Felicitations, une carte cadeau d'une valeur de 750 euros vous attend",
        "Gagnez une carte carburant d'une valeur de 250 € en repondant a 3 questions",
        "des bons d achat d une valeur de 1 500 € a gagner aujourd'hui",
        "Ce livret « secret » rapporte 6 % net, les banques ne veulent pas que vous le sachiez",
        "ce nouveau placement cartonne partout en France, taux 4,5%",
        "Une aide financiere non remboursable accordee par le ministere aux familles, faites votre demande",
        "un financement non remboursable mis en place par une fondation internationale pour les particuliers",
        "Bonjour votre paquet ne peut etre livre car l adresse est incomplete",
        "Nous n'avons pas pu distribuer votre envoi en raison d'une adresse erronee",
    ],
)
def test_a_family_of_the_ninth_batch_told_with_its_link_cut_off_is_at_least_suspicious(text: str) -> None:
    assert_flagged_as_a_scenario(text)


@pytest.mark.parametrize(
    "text",
    [
        "Votre colis n'a pas pu etre livre : adresse incomplete. Il vous attend au bureau de poste de Lyon 3 des demain",
        "Profitez de -20% sur toute la boutique ce week-end avec le code NOEL20",
        "A l'occasion de nos 10 ans, profitez de -30% sur les lunettes en magasin",
        "Votre bon d'achat de 10 € est disponible en caisse jusqu'au 31/12",
        "Orange : profitez de Deezer Premium gratuit pendant 6 mois avec votre forfait, activez l'option dans votre espace client",
        "Livret A : le taux reste a 3 % au 1er fevrier, rien a faire de votre part",
        "La subvention est non remboursable pour les associations qui deposent leur dossier avant le 15 mars",
        "Le Livret A est le placement prefere des Francais, son taux est de 3 %",
        "Pass Navigo annuel : 86,40 € par mois preleves, votre attestation est disponible dans votre espace",
        "Votre abonnement de transport est gratuit pour les moins de 11 ans, renouvelez votre dossier en agence",
    ],
)
def test_the_genuine_neighbours_of_those_families_are_not_flagged(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        "Attention : en aucun cas la CAF n'envoie ce type de SMS a ses allocataires. Ces messages ne proviennent donc pas de la CAF.",
        "Notre banque n'envoie jamais de tels courriels. Ces mails ne proviennent pas de nos services, supprimez-les.",
        "la mairie n adresse pas ce genre de messages aux habitants",
    ],
)
def test_a_body_disowning_the_messages_sent_in_its_name_is_not_flagged(text: str) -> None:
    assert_quiet(text)


@pytest.mark.parametrize(
    "text",
    [
        # Disowning words do not excuse a link to open or a payment asked beside them.
        "Ces messages ne proviennent pas de votre banque : pour securiser votre compte cliquez ici http://secur-compte-client.top/verif",
        "ce type de sms ne provient pas de nous, reglez vos frais de livraison de 2,99€ sur https://colis-suivi-relivraison.xyz",
    ],
)
def test_disowning_words_beside_a_link_and_a_request_change_nothing(text: str) -> None:
    assert_flagged(text)
