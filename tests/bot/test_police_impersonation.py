"""Police, gendarmerie and justice impersonation (fake summons e-mails accusing of child pornography, "cybercriminalité"
fines, fake "commissaire" calls) pasted or told, and the genuine notices of the police, a prefecture or a commune that
must stay unflagged."""

from __future__ import annotations

import pytest

from checks.dispatch import check_any
from checks.result import Verdict
from knowledge import organisations
from tests.chat_harness import Chat

_FLAGGED = {Verdict.suspicious, Verdict.likely_scam}

_FAKE_SUMMONS = (
    "Objet : CONVOCATION JUDICIAIRE\nBonjour,\nA la demande de Madame la Directrice Générale de la Police Nationale, nous "
    "vous adressons cette convocation. Nous engageons à votre encontre des poursuites judiciaires peu après une saisie "
    "informatique de la Cyber-infiltration pour : pédopornographie, exhibitionnisme, cyber pornographie.\nVous devez nous "
    "répondre par mail en nous faisant entendre vos justifications dans un délai strict de 72 heures.\n"
    "Commissaire divisionnaire, Brigade de protection des mineurs"
)


@pytest.mark.parametrize(
    "pasted",
    [
        _FAKE_SUMMONS,
        # the same, citing the police's real site as a decoy
        _FAKE_SUMMONS + "\nConsultez www.police-nationale.interieur.gouv.fr",
        "POLICE NATIONALE - Service de lutte contre la cybercriminalité. Vous avez été verbalisé pour consultation de "
        "sites interdits. Une amende de 185 € doit être réglée sous 48h pour éviter des poursuites : "
        "https://amende-cyber-police.com",
        "Bonjour, ici le commissaire Durand de la police nationale, votre compte bancaire est utilisé par des fraudeurs, "
        "rappelez-moi au 06 44 66 12 34 et ne parlez à personne de l'enquête.",
        "Gendarmerie nationale : votre convocation pour audition est disponible. Confirmez votre présence et réglez les "
        "frais de procédure ici : https://gendarmerie-convocation.fr",
    ],
)
def test_a_fake_summons_or_police_call_is_at_least_suspicious(pasted: str) -> None:
    assert check_any(pasted).verdict in _FLAGGED


@pytest.mark.parametrize(
    "pasted",
    [
        "Préfecture du Rhône : en raison de l'épisode de pollution, la circulation différenciée est mise en place demain "
        "à Lyon et Villeurbanne. Plus d'informations sur rhone.gouv.fr",
        "Préfecture de police : votre titre de séjour est disponible. Vous pouvez prendre rendez-vous pour le retirer sur "
        "le site de l'ANEF, administration-etrangers-en-france.interieur.gouv.fr",
        "La Police nationale recrute ! Concours de gardien de la paix, inscriptions ouvertes jusqu'au 15 janvier sur "
        "police-nationale.interieur.gouv.fr",
        "Gendarmerie : réunion publique de prévention des cambriolages à la salle des fêtes mardi 18h. Infos sur "
        "gendarmerie.interieur.gouv.fr",
    ],
)
def test_a_genuine_prefecture_or_police_notice_stays_unflagged(pasted: str) -> None:
    assert check_any(pasted).verdict not in _FLAGGED


def test_the_police_is_in_the_catalogue_with_its_sourced_rules() -> None:
    police = organisations.load().organisations["police_nationale"]
    assert "police-nationale.interieur.gouv.fr" in [d.domain for d in police.domains]
    assert police.never and all(claim.source.startswith("https://") for claim in police.never)
    assert organisations.load().organisations["interieur"].never


@pytest.mark.parametrize(
    "typed",
    [
        "jai recu un mail de la police nationale qui dit que je suis accusé de pedopornographie et je dois payer une amende",
        "un commissaire de police m'a appelé il dit que j'ai une amende pour cybercriminalité a payer",
        "j'ai reçu une convocation de la gendarmerie par mail c'est vrai ?",
    ],
)
async def test_a_fake_summons_told_is_named_as_one(typed: str) -> None:
    chat = Chat()
    await chat.send(typed)
    first = chat.text.splitlines()[0]
    assert first.startswith("⚠️") and "fausse convocation" in first
    assert "antai" not in chat.text.lower()  # not the fine scenario of the ANTAI


async def test_asked_whether_the_police_summons_by_mail_the_answer_is_no() -> None:
    chat = Chat()
    await chat.send("est ce que la police envoie des convocations par mail")
    assert "ne convoquent jamais par courriel" in chat.text


async def test_a_commissaire_de_justice_is_not_the_police() -> None:
    chat = Chat()
    await chat.send("un commissaire de justice m'a appelé pour une dette")
    assert "fausse convocation" not in chat.text
