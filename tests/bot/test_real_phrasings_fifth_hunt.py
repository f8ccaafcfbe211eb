"""What stressed people typed in the fifth regression hunt (01/12/2026, docs/usertest-2026-11-30.md, "Cinquième
chasse"): seizures told in their own words (never "prescribed" to someone being seized), dates as memories ("juste
avant le covid", "en mars l'an dernier"), despair said sideways, anger at the calls, sellers rather than collectors,
"should I pay?" asked every way, numbers with words around them. Each test is a phrasing that went wrong, with the
behaviour it must get; distress still comes first and alone."""

from __future__ import annotations

from datetime import date

import pytest

from checks.facts import extract
from tests.chat_harness import NOW, Chat

_DISTRESS = "3114"
_NOT_UNDERSTOOD = "pas bien compris"
_TODAY = NOW.date()


async def _chat(*typed: str) -> Chat:
    chat = Chat()
    for text in typed:
        await chat.send(text)
    return chat


def _first(chat: Chat) -> str:
    return chat.text.split("\n")[0]


async def _to_the_end(chat: Chat) -> None:
    """Confirm the guessed debt type, then say nothing else happened."""
    await chat.press_label("Oui, c'est ça")
    for label in ("C'est tout", "Rien de tout ça"):
        try:
            await chat.press_label(label)
            return
        except AssertionError:
            continue
    raise AssertionError(f"no way to end the events in {chat.buttons()}")


# --- 1. A seizure told in the person's words counts, and someone seized is never told "prescribed" ------------------


@pytest.mark.parametrize(
    ("typed", "seized_in"),
    [
        ("cantine impayée de 2018 saisie sur mon compte par le tresor public en 2024, c prescrit ?", 2024),
        ("facture edf de 2019 saisie sur compte en 2022 c prescrit", 2022),
        (
            "facture d hopital de 2017, le tresor public a fait une saisie en 2023 sur mon salaire, c prescrit ?",
            2023,
        ),
        ("amende de 2019 impayee, saisies sur mon salaire en 2025", 2025),
    ],
)
def test_a_seizure_told_in_these_words_is_an_event_with_its_own_date(typed: str, seized_in: int) -> None:
    facts = extract(typed, _TODAY)
    seizures = [e for e in facts.events if e.kind == "enforcement"]
    assert seizures and seizures[0].when is not None
    assert seizures[0].when.earliest.year == seized_in  # not the debt's own year


def test_a_feared_seizure_is_a_threat_not_an_event() -> None:
    facts = extract("jai peur d une saisie sur mon compte", _TODAY)
    assert not [e for e in facts.events if e.kind == "enforcement"]
    assert "seizure" in facts.threats


async def test_a_public_seizure_after_the_computed_end_is_never_called_prescribed() -> None:
    chat = await _chat(
        "cantine impayée de 2018 saisie sur mon compte par le tresor public en 2024, c prescrit ?"
    )
    await _to_the_end(chat)
    assert "prescrite depuis" not in chat.text
    assert _first(chat).startswith("⚠️") and "saisie" in _first(chat)
    assert "Point-justice" in chat.text


async def test_a_seizure_after_a_judgments_ten_years_is_not_called_prescribed() -> None:
    chat = await _chat("ma dette est prescrite ?")
    await chat.press_label("Décision de justice")
    await chat.send("2010")
    await chat.press_label("Saisie ou commandement")
    await chat.send("2024")
    await chat.press_label("C'est tout")
    assert "prescrite depuis" not in chat.text
    assert "saisie a eu lieu après" in chat.text


async def test_a_judgment_with_nothing_since_is_still_computed() -> None:
    """The warning is about a seizure after the end, not a refusal to answer: ten years from the judgment."""
    chat = await _chat("ma dette est prescrite ?")
    await chat.press_label("Décision de justice")
    await chat.send("2010")
    await chat.press_label("Rien de tout ça")
    assert "prescrite depuis" in chat.text and "L111-4" in chat.text


async def test_a_private_seizure_in_these_words_asks_for_the_title() -> None:
    chat = await _chat("facture edf de 2019 saisie sur compte en 2022 c prescrit")
    await chat.press_label("Oui, c'est ça")
    assert "titre exécutoire" in chat.text  # the judgment or deed it rests on (fiche 0.3)


@pytest.mark.parametrize(
    "typed",
    [
        "j ai signe une reconnaissance de dette en 2023 pour un credit de 2017 c'est foutu ?",
        "jai signé une reconnaissance de dette l'an dernier, c'est trop tard ?",
    ],
)
async def test_an_acknowledgment_asked_about_opens_the_prescription_dialogue(typed: str) -> None:
    chat = await _chat(typed)
    assert _NOT_UNDERSTOOD not in chat.text
    assert "p:t:civil" in chat.buttons()  # the debt type is asked


def test_an_acknowledgment_in_these_words_is_kept_with_its_date() -> None:
    facts = extract("pret perso impayé depuis 2010 jai resigné une reconnaissance de dette en 2015", _TODAY)
    acknowledged = [e for e in facts.events if e.kind == "acknowledgment"]
    assert acknowledged and acknowledged[0].when is not None and acknowledged[0].when.earliest.year == 2015


# --- 2. Dates as people remember them -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "earliest", "latest"),
    [
        ("jarrete de payer en mars l'an dernier", date(2025, 3, 1), date(2025, 3, 31)),
        ("ma dette de loyer date de juste avant le covid", date(2019, 9, 1), date(2020, 3, 16)),
        ("jai arrete de payer pendant le confinement", date(2020, 3, 17), date(2020, 5, 11)),
        ("impayé depuis avant le covid", date(2019, 1, 1), date(2020, 3, 16)),
    ],
)
def test_a_date_remembered_is_read_as_its_span(typed: str, earliest: date, latest: date) -> None:
    start = extract(typed, _TODAY).start
    assert start is not None and (start.earliest, start.latest) == (earliest, latest)


def test_the_covid_named_without_a_time_word_is_not_a_date() -> None:
    assert extract("j'ai perdu mon travail avec le covid", _TODAY).dates == []


async def test_juste_avant_le_covid_typed_as_the_start_is_taken() -> None:
    chat = await _chat("ma dette est prescrite ?")
    await chat.press_label("Loyer")
    await chat.send("juste avant le covid")
    assert "pas compris" not in chat.text
    assert "p:e:none" in chat.buttons()  # the events since are asked


# --- 3. Distress first, and ordinary questions left ordinary -------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "je vais tout arreter de toute facon",
        "il vaudrait mieux que je sois plus la",
        "c'est la fin pour moi",
        "jvais craquer",
        "cest la fin pour moi...",
    ],
)
async def test_despair_said_sideways_gets_the_distress_card(typed: str) -> None:
    chat = await _chat(typed)
    assert _DISTRESS in chat.text
    assert _NOT_UNDERSTOOD not in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "a quoi ca sert de continuer a payer si la dette est prescrite",
        "je vais tout arreter mon abonnement sfr pour plus avoir de facture",
        "c'est la fin pour moi avec sfr, je resilie",
        "je vais craquer et leur payer les 50e",
        "il vaudrait mieux que je sois plus la quand ils passent",
    ],
)
async def test_look_alikes_are_not_distress(typed: str) -> None:
    chat = await _chat(typed)
    assert _DISTRESS not in chat.text


async def test_continuing_to_pay_a_prescribed_debt_is_the_prescription_question() -> None:
    chat = await _chat("a quoi ca sert de continuer a payer si la dette est prescrite")
    assert "p:t:civil" in chat.buttons()


@pytest.mark.parametrize(
    "typed",
    ["j'en ai marre de leurs appels", "ca me rend malade ces appels", "je pete un cable avec ces relances"],
)
async def test_anger_at_the_calls_gets_the_calls_card_not_distress(typed: str) -> None:
    chat = await _chat(typed)
    assert _DISTRESS not in chat.text
    assert "gf:calls_and_harassment" in chat.buttons()


async def test_tired_of_living_with_their_calls_stays_distress() -> None:
    chat = await _chat("j'en ai marre de vivre avec leurs appels")
    assert _DISTRESS in chat.text


# --- 4. A seller is not a collector ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "un vendeur de mutuelle m appelle le samedi matin il a le droit ?",
        "sfr m appelle pour me proposer une nouvelle box alors que je suis client, c'est autorise sans mon accord ?",
        "on m'appelle pour une isolation a 1 euro c'est legal le demarchage",
        "un demarcheur mappelle tous les soirs pour des panneaux solaires",
    ],
)
async def test_a_sellers_call_gets_the_canvassing_card(typed: str) -> None:
    chat = await _chat(typed)
    assert "11 août 2026" in chat.text and "consentement" in chat.text
    assert "recouvreur amiable" not in _first(chat)  # not the collectors' call hours first
    assert "par e-mail" not in chat.text


# --- 5. "Should I pay?" asked every way: the bot does not decide -----------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "faut il que je paye intrum ou j attends",
        "vous me conseillez de payer ?",
        "je paye ou je paye pas, oui ou non",
        "est ce que je dois payer ou pas ??",
    ],
)
async def test_asking_the_bot_to_decide_gets_its_refusal_first(typed: str) -> None:
    chat = await _chat(typed)
    assert _first(chat).startswith("Je ne peux pas décider à votre place")
    assert "g:verify_collector" in chat.buttons()


@pytest.mark.parametrize(
    "typed", ["si je paye pas intrum il se passe quoi", "qu'est ce qui va se passer si je ne paie pas"]
)
async def test_what_happens_if_i_do_not_pay_gets_what_only_a_judge_may_do(typed: str) -> None:
    chat = await _chat(typed)
    assert "gf:court_and_enforcement" in chat.buttons()


# --- 6. Numbers with words around them ------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["+33 6 12 34 56 78 c qui", "0612345678 c qui", "06 12 34 56 78 cest qui"])
async def test_a_number_with_who_is_it_is_checked(typed: str) -> None:
    chat = await _chat(typed)
    assert _first(chat).startswith("📞 Numéro")


async def test_two_numbers_told_with_a_glued_mont_are_each_checked() -> None:
    chat = await _chat("ils mont appele du 06.12.34.56.78 et aussi du 07 55 44 33 22")
    assert len([r for r in chat.replies if r.text.startswith("📞 Numéro")]) == 2


async def test_a_short_number_named_in_a_question_is_checked() -> None:
    chat = await _chat("le numero 3939 il est officiel ?")
    assert _first(chat).startswith("📞 Numéro 3939")


async def test_a_bailiff_with_a_glued_article_visiting_on_sunday_gets_the_bailiffs_hours() -> None:
    chat = await _chat("est ce que lhuissier peut venir un dimanche a 7h du matin")
    assert _first(chat).startswith("🏠") and "L141-1" in chat.text


# --- 7. The bot's own data -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["oubli", "Oubli.", "oublie moi"])
async def test_oubli_typed_without_its_slash_asks_to_confirm_the_erasure(typed: str) -> None:
    chat = await _chat(typed)
    assert {"o:yes", "o:no"} <= set(chat.buttons())  # nothing erased before "Oui, tout effacer"
    assert _NOT_UNDERSTOOD not in chat.text


# --- 8. A judgment told is a judgment debt, its date kept --------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "year"),
    [
        ("on m a signifié un jugement en 2015 et depuis rien c'est prescrit au bout de 10 ans ?", "2015"),
        ("ma banque a eu une ordonnance d injonction de payer en 2016 ca se prescrit quand", "2016"),
    ],
)
async def test_a_judgment_told_with_its_year_is_offered_as_the_type_and_not_asked_again(
    typed: str, year: str
) -> None:
    chat = await _chat(typed)
    assert "jugement" in chat.text and "C'est bien ça" in chat.text
    await chat.press_label("Oui, c'est ça")
    assert f"jugement signifié entre le 1er janvier {year}" in chat.text
    assert "p:e:none" in chat.buttons()  # straight to the events since


async def test_a_brand_beside_a_judgment_keeps_the_brand_guess() -> None:
    chat = await _chat("jai un jugement de 2015 pour un credit cetelem, il est prescrit maintenant ?")
    assert "Cetelem" in chat.text


async def test_an_acknowledgment_question_keeps_the_creditor_it_names() -> None:
    chat = await _chat(
        "credit cetelem je paye plus depuis 2012 jai reconnu la dette en 2016 ils peuvent me poursuivre encore ?"
    )
    assert "Cetelem" in chat.text and "C'est bien ça" in chat.text


# --- 9. Inside the dialogues ------------------------------------------------------------------------------------------


async def test_the_debt_type_corrected_at_the_start_date_is_taken() -> None:
    chat = await _chat("ma dette est prescrite ?")
    await chat.press_label("Télécom")
    await chat.send("non en fait c'etait une facture edf pas sfr")
    assert "électricité" in chat.text and "pas compris" not in chat.text
    await chat.send("2021")
    await chat.press_label("Rien de tout ça")
    assert "L218-2" in chat.text  # energy, not the telecom year (L34-2)


async def test_despair_typed_as_the_moment_of_a_call_gets_the_distress_card() -> None:
    chat = await _chat("0970280830")
    await chat.press_label("Quand ont-ils appelé")
    await chat.send("a quoi bon de toute facon")
    assert _DISTRESS in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "ils m'ont appelé dimanche à 21h30 et samedi à 8h",
        "intrum ma appelé hier a 22h puis ce matin a 7h c legal ?",
    ],
)
async def test_two_moments_told_are_each_judged(typed: str) -> None:
    chat = await _chat(typed)
    judged = [r for r in chat.replies if r.text.startswith("🕘 Appel du")]
    assert len(judged) == 2
    assert judged[0].text.split("\n")[1].startswith("⚠️")  # the late call is not hidden behind the other
    assert not judged[0].buttons and judged[-1].buttons


# --- 10. What a seizure leaves ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "l'huissier a bloqué mon compte, il me reste 0 euro, comment je nourris mes enfants",
        "je suis au rsa ils peuvent saisir mon rsa ?",
        "ils ont saisi mon compte il me reste rien",
    ],
)
async def test_a_seizure_that_leaves_nothing_gets_what_it_must_leave(typed: str) -> None:
    chat = await _chat(typed)
    assert "gf:calls_and_harassment" not in chat.buttons()  # "mes enfants" is not calls to the children
    assert _first(chat).startswith("Ce qu'une saisie doit vous laisser")


# --- 11. Short answers that were "not understood" ---------------------------------------------------------------------


async def test_a_debt_passed_to_another_collector_gets_the_sold_debt_card() -> None:
    chat = await _chat("ils ont donné ma dette a un autre recouvreur sans me prevenir")
    assert _first(chat).startswith("Dette vendue")


async def test_a_french_sentence_quoting_english_is_not_told_the_bot_answers_in_french_only() -> None:
    chat = await _chat("je recois des mails en anglais d un debt collector")
    assert "I only answer in French" not in chat.text
    assert "courriel" in chat.text  # what to send


async def test_english_alone_still_gets_the_two_language_line() -> None:
    chat = await _chat("my debt collector calls me every day is it legal")
    assert "I only answer in French" in chat.text


@pytest.mark.parametrize(
    "typed", ["je comprends rien a ce que tu dis", "hein ?", "parle moi normalement stp"]
)
async def test_lost_in_the_answer_gets_the_help(typed: str) -> None:
    chat = await _chat(typed)
    assert _NOT_UNDERSTOOD not in chat.text
    assert "Comment m'utiliser" in chat.text


@pytest.mark.parametrize("typed", ["je veux parler a un humain", "tu peux m appeler ?"])
async def test_asking_for_a_person_gets_where_a_person_helps_for_free(typed: str) -> None:
    chat = await _chat(typed)
    assert "Point-justice" in _first(chat)


# --- 12. Threats and amounts ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "sfr dit qu ils vont me ficher preventel si je paye pas c vrai ?",
        "bouygues menace de m inscrire au fichier des mauvais payeurs",
    ],
)
async def test_an_operators_filing_threat_gets_the_card_that_names_preventel(typed: str) -> None:
    chat = await _chat(typed)
    assert _first(chat).startswith("Le fichier FICP") and "Préventel" in chat.text


async def test_a_debt_that_grew_gets_the_fees_card() -> None:
    chat = await _chat("pourquoi ma dette de 200e est passée a 350e avec intrum")
    assert _first(chat).startswith("Les frais de recouvrement")


async def test_a_date_corrected_with_non_en_fait_replaces_the_one_just_given() -> None:
    chat = await _chat("ma dette est prescrite ?")
    await chat.press_label("Décision de justice")
    await chat.send("en 2015")
    await chat.send("non en fait en 2016")
    assert "pas compris" not in chat.text
    assert "jugement signifié entre le 1er janvier 2016" in chat.text


async def test_an_events_date_corrected_replaces_that_events_date() -> None:
    chat = await _chat("ma dette est prescrite ?")
    await chat.press_label("Télécom")
    await chat.send("2020")
    await chat.press_label("J'ai payé")
    await chat.send("2021")
    await chat.send("non en fait en 2022")
    assert "J'ai payé quelque chose (entre le 1er janvier 2022" in chat.text
    assert "2021" not in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "pret familial de 1995 mon oncle me reclame tout",
        "mon pote m a prete 2000e en 2018 et il me reclame maintenant",
    ],
)
async def test_an_old_private_loan_claimed_opens_the_prescription_dialogue(typed: str) -> None:
    chat = await _chat(typed)
    assert _NOT_UNDERSTOOD not in chat.text
    assert "p:t:civil" in chat.buttons()


@pytest.mark.parametrize(
    "typed",
    [
        "on m'appelle pour une isolation a 1 euro c'est legal le demarchage",
        "un demarcheur mappelle tous les soirs pour des panneaux solaires",
    ],
)
async def test_renovation_canvassing_is_said_banned_since_july_2025(typed: str) -> None:
    chat = await _chat(typed)
    assert "1er juillet 2025" in _first(chat)


async def test_other_canvassing_does_not_get_the_renovation_line() -> None:
    chat = await _chat("un vendeur de mutuelle m appelle le samedi matin il a le droit ?")
    assert "1er juillet 2025" not in chat.text


@pytest.mark.parametrize(
    "typed",
    [
        "j ai recu une injonction de payer il y a 2 semaines, je peux contester ?",
        "ils ont envoyé un huissier pour me remettre une injonction de payer, je fais quoi",
    ],
)
async def test_an_injonction_de_payer_received_gets_the_one_month_opposition_first(typed: str) -> None:
    chat = await _chat(typed)
    assert "opposition" in _first(chat) and "1416" in _first(chat)
    assert "gf:court_and_enforcement" in chat.buttons()


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("c'est quoi la difference entre prescription et forclusion", "R312-35"),
        ("quelqu'un peut m'expliquer ce que veut dire forclusion", "R312-35"),
        ("c quoi la prescription de 20 ans dont on parle", "2232"),
    ],
)
async def test_what_a_word_means_is_explained_before_the_dialogue(typed: str, said: str) -> None:
    chat = await _chat(typed)
    assert _first(chat).startswith("📘") and said in _first(chat)
    assert "p:t:consumer_credit" in chat.buttons()  # then the dialogue, for the person's own case


async def test_a_forclusion_question_about_ones_own_credit_gets_no_lesson() -> None:
    chat = await _chat("credit conso sofinco impayé depuis 06/2018, c'est forclos ?")
    assert "📘" not in chat.text


# --- 13. Two dates in one sentence, a seizure in the passive --------------------------------------------------------------


def test_each_event_takes_the_date_nearest_to_it() -> None:
    facts = extract(
        "depuis 2019 je paye plus mon loyer et le proprio a eu un jugement d expulsion en 2022, la dette est prescrite ?",
        _TODAY,
    )
    judged = [e for e in facts.events if e.kind == "judgment"]
    assert judged and judged[0].when is not None and judged[0].when.earliest.year == 2022
    assert facts.start is not None and facts.start.earliest.year == 2019


@pytest.mark.parametrize(
    "typed",
    [
        "mon salaire est saisi depuis 2021 pour une dette sfr, elle est pas prescrite depuis le temps ?",
        "mon compte a ete saisi en 2024 pour une vieille facture free",
    ],
)
def test_a_seizure_said_in_the_passive_is_a_seizure_not_the_debts_start(typed: str) -> None:
    facts = extract(typed, _TODAY)
    assert [e for e in facts.events if e.kind == "enforcement"]
    assert facts.start is None  # the year is the seizure's, not the first unpaid


async def test_a_seizure_running_since_a_year_is_never_answered_prescribed() -> None:
    chat = await _chat(
        "mon salaire est saisi depuis 2021 pour une dette sfr, elle est pas prescrite depuis le temps ?"
    )
    await chat.press_label("Oui, c'est ça")
    await chat.send("2019")
    await chat.send("jsp")
    await chat.press_label("C'est tout")
    # the title's time runs (counted from the seizure): enforced, never "prescribed" nor "réclamée en justice"
    assert "prescrite depuis" not in chat.text and "poursuivre l'exécution" in chat.text


# --- 14. A small payment asked for, a masked number ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "le recouvreur m a dit que si je payais 1 euro ca annulait la prescription c vrai ?",
        "intrum veut que je fasse un petit virement de bonne volonté, je le fais ?",
    ],
)
async def test_a_small_payment_asked_for_gets_what_it_does_to_the_delay_first(typed: str) -> None:
    chat = await _chat(typed)
    assert _first(chat).startswith("💶") and "2240" in _first(chat)
    assert "p:t:civil" in chat.buttons()  # then the dialogue


async def test_calls_from_a_masked_number_get_the_calls_card() -> None:
    chat = await _chat("ils m appellent en numero masqué c legal")
    assert _first(chat).startswith("Appels : horaires et harcèlement")
