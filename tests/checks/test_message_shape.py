"""Messages judged by what they ARE (checks/message_shape.py, knowledge/data/lures.toml) and by their words
(checks/message_model.py, knowledge/data/message_model.json), beside the rules that know the usual stories."""

from __future__ import annotations

import pytest

from checks.message import analyse_message
from knowledge import lures, message_model
from knowledge.lures import Family

FLAGGED = {"suspicious", "likely_scam"}


def codes(text: str) -> list[str]:
    return [f.code for f in analyse_message(text).findings]


# --- Reworded scams are judged by their shape --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a job nobody applied for, in words no scenario lists
        "Votre CV a ete selectionne par notre cabinet. Poste a temps partiel depuis chez vous, ecrivez nous pour en savoir plus",
        # a card "deactivated" and an identity to confirm
        "Votre carte a ete desactivee, veuillez confirmer votre identite",
        # details to update on an unofficial site, no story words at all
        "Cher client, merci de mettre a jour vos coordonnees avant le 12/12 sur hxxps://client-maj[.]example/acces",
    ],
)
def test_a_lure_that_asks_and_pushes_is_at_least_suspicious(text: str) -> None:
    result = analyse_message(text)
    assert result.verdict.value in FLAGGED
    assert "message.shape" in codes(text) or "message.scenario" in codes(text)


def test_the_shape_finding_says_why_in_french_and_quotes_the_message() -> None:
    text = (
        "Votre CV a ete selectionne par notre cabinet. Poste a temps partiel depuis chez vous, ecrivez nous"
    )
    shape = next(f for f in analyse_message(text).findings if f.code == "message.shape")
    assert "bonne nouvelle inattendue" in shape.message  # the reason, in words
    assert "travail" in shape.message
    assert shape.span is not None
    start, end = shape.span
    assert f"« {text[start:end]} »" in shape.message  # the user's own words


# --- Genuine notifications stay unflagged ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Votre code de connexion : 482910. Il expire dans 10 minutes.",
        "Votre paiement de 12,50 EUR a ete refuse. Verifiez votre solde ou contactez votre banque.",
        "Votre colis est en attente de distribution et sera livre prochainement",
        "Bouygues Telecom : votre facture de 24,99 EUR est disponible. Montant preleve le 08/12.",
        "Votre demande de remboursement a bien ete prise en compte. Le virement sera effectue sous 5 jours ouvres.",
        "Mamie, je suis bien arrive a Lyon, bisous",
        "Bonjour, vous allez recevoir une avance de credits d'impot. Pour plus de details, connectez-vous a votre "
        "espace particulier sur impots.gouv.fr. La Direction generale des Finances publiques.",
    ],
)
def test_ordinary_notifications_have_no_shape_and_no_model_finding(text: str) -> None:
    found = codes(text)
    assert "message.shape" not in found
    assert "message.model" not in found


def test_a_collector_naming_its_letter_is_left_to_the_collector_rules() -> None:
    text = (
        "MCS ET ASSOCIES : votre dossier pour le compte de Sofinco est en attente de votre retour. "
        "Appelez le numero figurant sur notre courrier."
    )
    assert "message.shape" not in codes(text)


def test_an_official_link_silences_the_shape() -> None:
    text = "Votre compte est bloque, connectez-vous sur https://www.impots.gouv.fr pour le debloquer"
    assert "message.shape" not in codes(text)


# --- The data: validated at load, readable -----------------------------------------------------------------------


def test_the_lure_families_load_with_labels_and_a_threshold() -> None:
    data = lures.load()
    kinds = {f.family.kind.value for f in data.families}
    assert {"topic", "ask", "threat", "reward", "pressure", "channel", "details", "benign"} <= kinds
    assert data.score.threshold >= 2
    assert all(f.family.label.strip() for f in data.families)


def test_a_family_with_an_unbounded_pattern_is_refused() -> None:
    with pytest.raises(ValueError, match="unbounded"):
        Family(id="x", kind="topic", weight=1, label="parle de x", patterns=["colis.*"])


def test_the_word_model_is_readable_and_explains_itself() -> None:
    model = message_model.load()
    assert model.threshold > 0
    assert len(model.weights) >= 20
    assert model.training.genuine >= 1 and "out-of-fold" in model.training.out_of_fold
    text = (
        "Bonjour, je vous contacte suite a votre annonce, je suis tres interesse, je vous propose de payer "
        "par paypal et mon transporteur viendra recuperer l'article apres le paiement, envoyez moi votre mail"
    )
    found = [f for f in analyse_message(text).findings if f.code in {"message.model", "message.scenario"}]
    assert found, codes(text)
    model_finding = next((f for f in found if f.code == "message.model"), None)
    if model_finding is not None:
        assert "ressemblance, pas une preuve" in model_finding.message


def test_being_sent_to_the_pharmacy_is_the_real_channel_not_a_scam() -> None:
    genuine = analyse_message("Bonjour, pensez a mettre a jour votre carte vitale en pharmacie. Ameli")
    assert genuine.verdict.value not in FLAGGED
    scam = analyse_message("Ameli: mettez a jour votre carte vitale sur hxxp://ameli-maj[.]example")
    assert scam.verdict.value == "likely_scam"


# The shipped model's training (inputs, hash, no held-out item, cross-source figures) is checked in
# tests/realdata/test_messages_train.py.
