"""Scams told in other words than the usual ones, and the genuine messages next to them that must stay quiet.

Every message here was written for these tests in the style of what people receive (short SMS, no accents,
typos); none is copied from the real corpora. Each new word family or scenario of ``lures.toml`` and
``scenarios.toml`` has a scam it must flag and, where a genuine sender writes something close, a genuine
message it must leave alone. Assertions are on verdicts and codes, not on wording.
"""

from __future__ import annotations

import random

import pytest

from checks import message_numbers, text_normalise
from checks.message import analyse_message

FLAGGED = {"suspicious", "likely_scam"}


def verdict(text: str) -> str:
    return analyse_message(text).verdict.value


def codes(text: str) -> list[str]:
    return [f.code for f in analyse_message(text).findings]


# --- Consequences, money owed to you, security devices, papers, surveys ----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # an increase as the threat, no request at all
        "ANTAI : votre dossier de stationement est en cours de majoration",
        # "avoid the penalty": an order to act, in other words
        "Sanef: solde du de 3,90 EUR pour votre trajet du 12/11, evitez une penalite de 90 euros",
        # money "to be given back" after a recalculation
        "Suite a un nouveau calcul de votre impot un montant de 212 € doit vous etre restitue",
        # a bank's security device "expiring", with an order to reactivate it
        "Societe Generale : votre pass securite expire demain, reactivez-le",
        "La Banque Postale: votre certificat de securite arrive a expiration",
        # a voucher out of nowhere
        "Carrefour vous offre un bon d'achat de 300€ pour vos 10 ans de fidelite",
        # a "paid survey"
        "Votre numero a ete selectionne pour une enquete de satisfaction remuneree",
        # papers that "must be renewed", in the name of the body that never texts
        "Crit'Air : votre vignette n'est plus valide, commandez-la pour eviter une amende de 68€",
        # an error "in your favour"
        "Votre avis d'imposition comporte une erreur en votre faveur",
        # loyalty points "expiring tonight"
        "Vos points de fidelite expirent ce soir !!",
        # a card expiring with an order to order the new one
        "Votre carte bancaire arrive a expiration, commandez la nouvelle",
        # a mailbox "full", a wallet to "synchronise"
        "Cher utilisateur votre boite mail a atteint sa capacite maximale, cliquez ici pour augmenter votre espace",
        "Votre Ledger doit etre synchronise, sans action vos cryptomonnaies seront perdues",
    ],
)
def test_reworded_scams_are_at_least_suspicious(text: str) -> None:
    assert verdict(text) in FLAGGED, codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # the genuine forms close to the scams above: a date, an amount, a card, a code, nothing to act on
        "Votre carte arrive a expiration. Votre nouvelle carte vous sera envoyee par courrier.",
        "Le Credit Agricole vous informe: votre nouvelle carte sera disponible en agence a partir du 10/12.",
        "Votre remboursement de 23,50 € a ete verse sur votre compte le 29/11. Assurance Maladie",
        "Orange: votre facture de 39,99€ sera prelevee le 05/12.",
        "Votre carte Vitale est en cours de fabrication, vous la recevrez sous 3 semaines.",
        "Bonjour, votre demande de carte d'identite est prete. Merci de venir la retirer en mairie.",
        "Votre commande Fnac n°12345 est prete a etre retiree en magasin.",
        "EDF: votre releve de compteur est prevu le 12/12 entre 8h et 12h.",
        "Votre code de confirmation est 482913. Ne le communiquez a personne.",
        "Vous avez un nouveau message vocal. Appelez le 888.",
        # a real bailiff names the judgment and the sum: "la somme de" is not an inheritance
        "Etude de Maitre Roux, commissaire de justice. En execution du jugement du 4 mai, signifie le 2 juin, "
        "merci de regler la somme de 980 €. Contactez l'etude au 04 78 10 20 30.",
    ],
)
def test_genuine_notifications_close_to_them_stay_unflagged(text: str) -> None:
    assert verdict(text) not in FLAGGED, codes(text)


# --- Stories in other words ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Avis de contravention: vous avez une amende non reglee de 35 euros. Evitez la majoration",
        "ameli : faites votre demande de nouvelle carte vitale avant le 30/11",
        "Vinted: ton article a ete vendu, validez la transaction pour recevoir l'argent",
        "Bonjour je suis interesse par votre article, mon transporteur passera le recuperer demain",
        "Mamie j'ai un souci, tu peux me faire un virement de 400€ je te rembourse vite",
        "Recrutement: poste a temps partiel, remuneration 450€/jour, ecrivez nous",
        # a renewal "billed automatically", cancelled by phone
        "Votre abonement antivirus a ete renouvele automatiquement pour 289,90 EUR, pour annuler appelez le service facturation",
        # an inheritance out of nowhere (advance-fee)
        "Je suis Maitre Leroy notaire, un parent eloigne est decede en vous laissant un heritage de 1 800 000 euros, contactez moi",
        "Je suis malade et sans enfant, je souhaite faire don de ma fortune a une personne de confiance, repondez moi",
        # a "job" receiving money to send it on, or lending one's account (money mule)
        "Nous recrutons un assistant pour recevoir des virements sur votre compte et les transferer a nos clients",
        "Cherche personne pour preter son compte bancaire 3 jours, remuneration 400 euros",
        # a parcel short of a small sum of postage
        "Votre colis est au point relais mais il manque 1,50€ d affranchissement",
    ],
)
def test_known_stories_in_new_words_are_recognised(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict.value in FLAGGED
    assert "message.scenario" in [f.code for f in result.findings]


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, vous etes chez vous ?",
        "bonjour vous êtes à la maison?",
        "Bonsoir, êtes-vous toujours à votre domicile ?",
        "Bonjour, etes vous disponible pour receptionner votre colis aujourd'hui ?",
    ],
)
def test_the_fake_courier_asking_if_you_are_home_is_suspicious(text: str) -> None:
    assert "message.scenario" in codes(text)
    assert verdict(text) in FLAGGED


@pytest.mark.parametrize(
    "text",
    [
        # a friend, in the familiar form, or a plan for tomorrow: not the courier's opening question
        "Salut t'es chez toi ? je peux passer ?",
        "Vous etes chez vous demain ? Je passe deposer les cles vers 18h. Bises",
        "Bonjour, le plombier passera jeudi a 9h, merci d'etre present.",
    ],
)
def test_people_who_know_you_asking_if_you_are_home_are_not_flagged(text: str) -> None:
    assert verdict(text) not in FLAGGED, codes(text)


def test_a_voicemail_to_hear_through_a_link_is_a_scenario_but_the_operator_number_is_not() -> None:
    assert "message.scenario" in codes(
        "Vous avez 1 nouveau message vocal, ecoutez-le ici : hxxps://repondeur-ecoute[.]example/m"
    )
    assert verdict("Vous avez un nouveau message vocal. Appelez le 888.") not in FLAGGED


# --- The faster paths give exactly what the slow ones gave -------------------------------------------------------


def _loop_fold(text: str) -> tuple[str, list[int], list[int], text_normalise.Obfuscation]:
    fast = text_normalise._fold_plain
    text_normalise._fold_plain = lambda _text: None  # type: ignore[assignment]
    try:
        return text_normalise._fold(text)
    finally:
        text_normalise._fold_plain = fast


def test_the_fast_fold_gives_what_the_character_loop_gives() -> None:
    rng = random.Random(10)
    alphabet = "aeE é\tÉ\n  œßﬁ\u200b\u200dаo.-’'\x00A1\u202f"
    texts = ["", " ", "  a  b  ", "Réglez   sous 24h", "\tDébut", "fin  "]
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(12))) for _ in range(3000)]
    for text in texts:
        assert text_normalise._fold(text) == _loop_fold(text), repr(text)


def _all_matches(text: str) -> list[tuple[int, int]]:
    import phonenumbers

    matcher = phonenumbers.PhoneNumberMatcher(
        text, "FR", leniency=phonenumbers.Leniency.POSSIBLE, max_tries=200
    )
    return [(m.start, m.end) for m in matcher]


@pytest.mark.parametrize(
    "text",
    [
        "Rappelez le 06 12 34 56 78 ou le +33 (0)1 23 45 67 89 avant 18h",
        "montant 248,90 € ref 4521-889, n°123456 puis 0800 123 456",
        "Appelez le 06–12–34–56–78",  # en dashes
        "tel:+44 20 7946 0958 ; +687 12 34 56 ; 0262 12 34 56",
        "RIB FR76 3000 6000 0112 3456 7890 189 et 07.12.34.56.78",
        "1 2 3 4 5 6 7 8 9 0 1 2",
    ],
)
def test_looking_only_near_long_digit_runs_finds_the_same_numbers(text: str) -> None:
    found = [(start, end) for start, end in message_numbers._matches(text)]
    assert found == _all_matches(text)
