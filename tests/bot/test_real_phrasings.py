"""What stressed people really type, as found by talking to the bot (regression hunt of 30/11/2026): each
test is one phrasing that went wrong, with the behaviour it must get."""

from __future__ import annotations

from datetime import date

from checks.facts import extract
from checks.prescription import compute
from checks.prescription_model import Event
from tests.chat_harness import Chat


async def test_a_typed_oui_accepts_the_debt_type_guessed_from_the_question() -> None:
    chat = Chat()
    await chat.send(
        "est ce que ma dette est prescrite ? c est une facture edf, j ai arrete de payer il y a 3 ans"
    )
    assert "p:t:energy" in chat.buttons()
    await chat.send("oui")
    assert "pas compris" not in chat.text
    assert "p:e:payment" in chat.buttons()  # the events since: the start was in the question


async def test_a_typed_non_to_the_guess_shows_the_list_and_jsp_is_the_unknown_type() -> None:
    chat = Chat()
    await chat.send("ma dette est prescrite ? c une facture edf")
    await chat.send("non")
    assert "pas compris" not in chat.text
    assert "p:t:telecom" in chat.buttons() and "p:t:unknown" in chat.buttons()
    await chat.send("jsp")
    assert "pas compris" not in chat.text
    await chat.send("2015")
    await chat.send("jsp")  # "Je ne sais pas" to the events
    assert "pas compris" not in chat.text
    assert "p:restart" in chat.buttons()


async def test_a_seizure_in_the_question_asks_its_date_then_its_title() -> None:
    chat = Chat()
    await chat.send("on m'a saisi mon salaire pour un vieux credit de 2012, c prescrit non ?")
    await chat.press("p:t:consumer_credit")
    assert "saisie" in chat.text and "À quelle date" in chat.text  # the seizure's own date, not the credit's
    await chat.send("aujourd'hui")
    assert "titre exécutoire" in chat.text and "p:j:unknown" in chat.buttons()
    await chat.press("p:j:unknown")
    await chat.send("non")
    # A title runs (counted from the seizure, its date unknown): enforced, not "réclamée en justice" (L111-4)
    assert "poursuivre l'exécution" in chat.text and "Compté depuis la saisie" in chat.text
    assert "forclusion" not in chat.text.split("\n")[0] and "réclamée en justice" not in chat.text


async def test_a_dated_seizure_in_the_question_asks_the_judgment_it_rests_on() -> None:
    chat = Chat()
    await chat.send(
        "ma dette est prescrite ? credit cofidis jai pas payer depuis 2019 mais ils ont fait une saisie "
        "sur mon compte l'an dernier"
    )
    await chat.send("ouais")
    assert "titre exécutoire" in chat.text and "p:j:unknown" in chat.buttons()


async def test_a_public_creditors_seizure_counts_without_asking_for_a_judgment() -> None:
    chat = Chat()
    await chat.send("facture cantine de 2021 impayée le tresor public a bloqué mon compte")
    await chat.send("oui")
    assert "À quelle date" in chat.text
    await chat.send("mars 2024")
    assert "titre exécutoire" not in chat.text
    await chat.send("non")
    assert "pas encore prescrite" in chat.text
    assert "comptable public" in chat.text and "en justice" not in chat.text.split("\n")[0]


def test_the_date_after_the_debt_dates_the_debt_not_the_seizure() -> None:
    facts = extract("on m'a saisi mon salaire pour un vieux credit de 2012", date(2026, 11, 22))
    assert facts.start is not None and facts.start.earliest == date(2012, 1, 1)
    assert [(e.kind, e.when) for e in facts.events] == [("enforcement", None)]
    dated = extract("saisie sur salaire en 2020 pour un credit", date(2026, 11, 22))
    assert [e.when.earliest for e in dated.events if e.when is not None] == [date(2020, 1, 1)]


async def test_a_story_with_the_callers_number_checks_the_number() -> None:
    chat = Chat()
    await chat.send("jai recu un appel du 0970280830 ils disent que je dois 300e a sfr")
    assert "pas bien compris" not in chat.text
    assert chat.text.startswith("📞")
    assert "n:details" in chat.buttons()


async def test_two_numbers_in_one_question_each_get_their_own_answer() -> None:
    chat = Chat()
    await chat.send("0612345678 et 0970280830 ils m'appellent tous les deux")
    assert [r.text.splitlines()[0] for r in chat.replies] == ["📞 Numéro 0612345678", "📞 Numéro 0970280830"]
    assert "Intrum" in chat.replies[1].text  # the second number is the one the press ties to Intrum
    # "Pourquoi ?" and the other next steps act on the last answer only, so only it carries them.
    assert chat.replies[0].buttons == [] and "n:details" in chat.buttons()


async def test_a_pasted_list_of_numbers_is_not_split_into_many_answers() -> None:
    chat = Chat()
    await chat.send("ils m'appellent avec 0612345678, 0612345679, 0612345680 et 0612345681")
    assert len([r for r in chat.replies if r.text.startswith("📞 Numéro")]) <= 1


async def test_bloctel_asked_among_repeated_calls_gets_the_canvassing_answer() -> None:
    chat = Chat()
    await chat.send("ils mappellent tout le temps pour me vendre des trucs, je m inscris sur bloctel ?")
    assert "g:calls_and_harassment" in chat.buttons()  # the calls are said first, with their card
    assert "Bloctel" in chat.text and "disparu" in chat.text


async def test_asking_for_a_letter_to_contest_opens_the_contest_letter() -> None:
    chat = Chat()
    await chat.send("je veux une lettre pour contester la dette")
    # Since the sixth hunt (02/12/2026) the letter its subject names opens at once, not the list with its button.
    assert "justificatifs de la dette" in chat.text and "Préparons la lettre" in chat.text
    assert "L:contest_debt" not in chat.buttons()


async def test_a_dead_parents_debt_gets_the_relatives_card_not_the_calls_card() -> None:
    chat = Chat()
    await chat.send("Mon père est décédé, on me réclame sa dette de carte cetelem, je suis obligé de payer ?")
    assert "g:calls_and_harassment" not in chat.buttons()
    assert "succession" in chat.text and "renonce" in chat.text


async def test_an_ex_husbands_credit_gets_the_relatives_card() -> None:
    chat = Chat()
    await chat.send("mon ex mari a fait un credit et on me le reclame")
    assert "pas bien compris" not in chat.text
    assert "article 220" in chat.text


async def test_a_year_typed_before_the_debt_type_is_the_start_not_a_phone_number() -> None:
    chat = Chat()
    await chat.send("ma dette est prescrite")
    await chat.send("2019")
    assert "Numéro" not in chat.text
    assert "2019" in chat.text and "p:t:telecom" in chat.buttons()
    await chat.press("p:t:telecom")
    assert "p:e:payment" in chat.buttons()  # the start is not asked again


async def test_a_collectors_name_alone_says_who_they_are() -> None:
    for typed in ("Intrum", "eos ?"):
        chat = Chat()
        await chat.send(typed)
        assert "existe bien" in chat.text


async def test_the_collectors_name_typed_as_the_debt_type_keeps_the_dialogue() -> None:
    chat = Chat()
    await chat.send("ma dette est prescrite")
    await chat.send("intrum")
    assert "existe bien" not in chat.text
    assert "type de dette" in chat.text


async def test_asking_to_send_a_screenshot_says_how() -> None:
    for typed in ("je peux t envoyer une capture d ecran ?", "je peux envoyer une photo du courrier ?"):
        chat = Chat()
        await chat.send(typed)
        assert chat.text.startswith("Envoyez-moi") and "capture d'écran" in chat.text


async def test_hello_and_robot_questions_get_the_help() -> None:
    for typed in ("hello", "tu es un robot ?"):
        chat = Chat()
        await chat.send(typed)
        assert "Comment m'utiliser" in chat.text


async def test_feeling_trapped_gets_the_distress_card_first() -> None:
    chat = Chat()
    await chat.send("je me sens pris au piege")
    assert "3114" in chat.text.split("\n")[1]


async def test_how_to_pay_gets_whom_to_pay_safely_never_not_understood() -> None:
    chat = Chat()
    await chat.send("je veux en finir avec cette dette, je paye comment ?")
    assert "3114" not in chat.text  # "en finir avec cette dette" is not distress
    assert chat.text.startswith("Vous pouvez payer directement le créancier")


async def test_asking_the_bot_to_forget_gets_what_it_keeps_and_how_to_erase() -> None:
    chat = Chat()
    await chat.send("efface tout ce que tu sais sur moi")
    assert "/oubli" in chat.text and "pas bien compris" not in chat.text


async def test_supprime_mes_donnees_gets_the_collector_rights_and_the_bots_own_erasure() -> None:
    for typed in ("supprime mes données", "je veux qu'intrum supprime mes données"):
        chat = Chat()
        await chat.send(typed)
        assert "article 17" in chat.text and "/oubli" in chat.text


async def test_should_i_pay_is_answered_first_without_saying_pay_or_not() -> None:
    for typed in ("est ce que je dois payer ou pas ??", "je suis obligé de payer ?"):
        chat = Chat()
        await chat.send(typed)
        first = chat.text.split("\n")[0]
        assert first.startswith("Je ne peux pas décider à votre place")
        assert "g:verify_collector" in chat.buttons()
        # A few steps, not the guide's whole list: then the prescription dialogue and every card behind one button.
        assert len(chat.buttons()) <= 8
        assert {"m:prescription", "m:rights"} <= set(chat.buttons())


def test_a_run_on_sentence_keeps_each_statements_own_date() -> None:
    today = date(2026, 11, 22)
    facts = extract("credit sofinco impayé depuis 2021 j'ai payé 30e en 2023 c prescrit", today)
    assert [(e.kind, e.when.earliest if e.when else None) for e in facts.events] == [
        ("stopped_paying", date(2021, 1, 1)),
        ("payment", date(2023, 1, 1)),
    ]
    one_date = extract("il y a 3 ans jai payé 50e", today)  # the date before its subject stays with it
    assert [e.kind for e in one_date.events if e.when is not None] == ["payment"]
    seized = extract("facture de 2019 on ma saisi en 2022 le compte", today)
    assert seized.start is not None and seized.start.earliest == date(2019, 1, 1)
    assert [(e.kind, e.when.earliest if e.when else None) for e in seized.events] == [
        ("enforcement", date(2022, 1, 1))
    ]


async def test_a_payment_told_in_a_run_on_question_is_kept() -> None:
    chat = Chat()
    await chat.send("credit sofinco impayé depuis 2021 j'ai payé 30e en 2023 c prescrit")
    await chat.send("oui")
    assert "J'ai payé quelque chose" in chat.text.split("\n")[0]  # noted with the start


async def test_a_card_given_to_a_fake_collector_gets_what_to_do_now() -> None:
    chat = Chat()
    await chat.send("jai donné ma carte bancaire a un faux recouvreur au telephone")
    assert chat.text.startswith("J'ai payé ou donné ma carte ou mes codes à un escroc")
    assert "opposition" in chat.text


async def test_a_scam_payment_way_told_in_a_story_gets_its_verdict_at_once() -> None:
    for typed in ("ils veulent que je paye en coupons pcs", "on me demande de payer en bitcoin c normal"):
        chat = Chat()
        await chat.send(typed)
        assert "pas bien compris" not in chat.text
        assert "Probablement une arnaque" in chat.text


async def test_a_bare_scam_question_still_asks_what_to_check() -> None:
    chat = Chat()
    await chat.send("c une arnaque ?")
    assert chat.text.startswith("Envoyez-moi")


async def test_a_moment_alone_is_when_they_called() -> None:
    for typed in ("hier soir 22h", "dimanche 21h30"):
        chat = Chat()
        await chat.send(typed)
        assert chat.text.startswith("🕘 Appel du")


async def test_a_relative_who_gave_the_number_gets_that_card_and_no_calls_point() -> None:
    chat = Chat()
    await chat.send("mon numero a ete donné par ma soeur a un recouvreur")
    assert chat.text.startswith("Un proche a donné mon adresse ou mon numéro")
    assert "g:calls_and_harassment" not in chat.buttons()


async def test_a_name_starting_with_a_vowel_is_elided() -> None:
    chat = Chat()
    await chat.send("0472801414")
    assert "celui d'Intrum France" in chat.text and "de Intrum" not in chat.text


async def test_distress_with_a_question_offers_to_go_on_with_it_under_the_card() -> None:
    chat = Chat()
    replies = await chat.send("je vois plus d'issue, ma dette est prescrite ?")
    assert len(replies) == 1 and "3114" in replies[0].text.split("\n")[1]
    assert chat.buttons()[0] == "m:prescription"  # the question waits behind a button
    await chat.press("m:prescription")
    assert "p:t:telecom" in chat.buttons()


def test_a_public_creditors_seizure_restarts_its_own_four_years_not_a_judgments_ten() -> None:
    seizure = [Event(kind="enforcement", on=date(2024, 3, 1))]
    for rule in ("local_public", "state_tax"):
        result = compute(rule, date(2021, 1, 1), seizure, date(2026, 11, 22), last_due=date(2021, 1, 1))
        assert result.expiry == date(2028, 3, 1), rule
        assert not result.prescribed


async def test_a_bare_non_is_not_printed_as_the_recipients_name() -> None:
    chat = Chat()
    await chat.send("ecrire une lettre")
    await chat.press("L:contest_debt")
    await chat.send("Jean Dupont")
    await chat.send("12 rue des Lilas 75011 Paris")
    await chat.send("non")
    assert "Nom du destinataire" in chat.text  # asked again


async def test_a_number_or_link_between_emojis_is_checked_as_itself() -> None:
    chat = Chat()
    await chat.send("📞📞📞 0970280830 😡")
    assert chat.text.startswith("📞 Numéro 0970280830")
    await chat.send("👉 https://intrum-paiement.fr 👈")
    assert chat.text.startswith("🔗 Lien")


# --- Leftovers of the 30/11/2026 hunt, fixed in the second hunt ------------------------------------------


async def test_a_received_sms_is_not_asked_when_they_called() -> None:
    chat = Chat()
    await chat.send(
        "Intrum\nBonjour, vous avez une facture impayée SFR de 89e. Appelez le 0972101010 ou payez sur "
        "https://intrum-paiement.com"
    )
    assert "Message analysé" in chat.text
    assert "n:when" not in chat.buttons()
    assert {"n:todo", "n:report", "n:wrong"} <= set(chat.buttons())
    await chat.press("n:details")
    assert "n:when" not in chat.buttons()
    await chat.send("0970280830")  # a number is a call: the question stays
    assert "n:when" in chat.buttons()


async def test_who_is_it_after_a_number_says_what_is_known_of_it() -> None:
    for follow_up in ("c'est qui ?", "c qui", "qui c'est ce numero", "c ki"):
        chat = Chat()
        await chat.send("0970280830")
        await chat.send(follow_up)
        first = chat.text.split("\n")[0]
        assert first.startswith("Qui est derrière le 09 70 28 08 30 ?") and "usurpé" in first, follow_up
        assert "cité par la presse, non confirmé" in chat.text and "Completel" in chat.text
        assert "pas bien compris" not in chat.text


async def test_who_is_it_after_a_link_or_with_nothing_checked() -> None:
    chat = Chat()
    await chat.send("https://intrum-paiement.top/payer")
    await chat.send("c'est qui ?")
    assert chat.text.startswith("Qui est derrière intrum-paiement[.]top ?")
    fresh = Chat()
    await fresh.send("c qui ?")
    assert fresh.text.startswith("Envoyez-moi le numéro")


async def test_a_number_with_its_question_is_still_checked_at_once() -> None:
    chat = Chat()
    await chat.send("0612345678 c'est qui ?")
    assert chat.text.startswith("📞 Numéro")


async def test_a_prison_threat_is_answered_first_no_prison_for_a_debt() -> None:
    for typed in (
        "ils m'ont dit que si je paye pas je vais en prison",
        "je risque la prison si je paye pas mon credit ?",
        "ils vont envoyer la police chez moi pour une facture sfr c vrai ??",
    ):
        chat = Chat()
        await chat.send(typed)
        first = chat.text.split("\n")[0]
        assert first.startswith("🚫 On ne va pas en prison pour une dette"), typed
        assert "art. 11" in first and "F35106" in first


async def test_filing_a_complaint_oneself_is_not_a_police_threat() -> None:
    chat = Chat()
    await chat.send("si je porte plainte contre intrum ca marche ?")
    assert "prison" not in chat.text and "arnaques" not in chat.text.split("\n")[0]


async def test_killing_oneself_at_work_is_a_figure_of_speech_about_money() -> None:
    for typed in ("je me tue au travail pour payer mes dettes", "jme tue au boulot pr rembourser"):
        chat = Chat()
        await chat.send(typed)
        assert chat.text.startswith("Quand l'argent manque"), typed
        assert "3114" not in chat.text
        assert "g:calls_and_harassment" not in chat.buttons()


async def test_wanting_to_kill_oneself_stays_distress_even_after_work_talk() -> None:
    for typed in ("je vais me tuer", "je me tue au travail et j'en peux plus je vais me tuer"):
        chat = Chat()
        replies = await chat.send(typed)
        assert len(replies) == 1 and "3114" in replies[0].text.split("\n")[1], typed


async def test_the_distress_card_promises_to_go_on_only_when_a_question_waits() -> None:
    alone = Chat()
    await alone.send("je vais me tuer")
    assert "continuer avec votre question" not in alone.text
    asked = Chat()
    await asked.send("je vois plus d'issue, ma dette est prescrite ?")
    assert "continuer avec votre question" in asked.text


async def test_jsp_for_the_start_date_says_a_rough_date_is_enough_and_where_to_find_it() -> None:
    chat = Chat()
    await chat.send("ma dette est prescrite ?")
    await chat.press("p:t:telecom")
    await chat.send("jsp")
    assert "pas compris" not in chat.text
    assert "à peu près suffit" in chat.text and "relevés bancaires" in chat.text
    await chat.send("2021 je crois")  # a date among other words
    assert "p:e:payment" in chat.buttons()
    await chat.press("p:e:payment")
    await chat.send("aucune idee")
    assert "À peu près suffit" in chat.text and "pas compris" not in chat.text
    await chat.send("ya 2 ans")
    assert "p:e:none" in chat.buttons()


async def test_either_of_two_years_is_read_as_the_span_of_both() -> None:
    chat = Chat()
    await chat.send("ma dette est prescrite ?")
    await chat.press("p:t:rent")
    await chat.send("en 2019 ou 2020")
    await chat.send("non")
    assert "entre le 1er janvier 2019 et le 31 décembre 2020" in chat.text


async def test_jsp_for_the_judgment_behind_a_seizure_is_its_i_dont_know() -> None:
    chat = Chat()
    await chat.send("on m'a saisi mon salaire pour un vieux credit de 2012, c prescrit non ?")
    await chat.press("p:t:consumer_credit")
    await chat.send("aujourd'hui")
    assert "p:j:unknown" in chat.buttons()
    await chat.send("jsp")
    assert "p:e:none" in chat.buttons()  # as if "Je ne sais pas" was pressed: the events since


async def test_a_refused_answer_shows_the_steps_buttons_again() -> None:
    chat = Chat()
    await chat.send("ma dette est prescrite ? c une facture edf")
    await chat.send("euh")
    assert "pas compris la réponse" in chat.text
    assert chat.buttons()[0] == "p:t:energy"  # the guess first, then the list, then "Annuler"
    assert "p:t:telecom" in chat.buttons() and chat.buttons()[-1] == "m:cancel"
    await chat.press("p:t:energy")
    await chat.send("2020")
    await chat.send("hmm")
    assert "p:e:none" in chat.buttons() and "p:e:payment" in chat.buttons()
    forget = Chat()
    await forget.send("/oubli")
    await forget.send("euh")
    assert "o:yes" in forget.buttons() and "o:no" in forget.buttons()
