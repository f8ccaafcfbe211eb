"""What stressed people type about letters, calls, fees, visits, relatives, over-indebtedness and complaints,
as found by the second regression hunt (30/11/2026, docs/usertest-2026-11-30.md): each test is a phrasing
that went wrong, with the behaviour it must get."""

from __future__ import annotations

from tests.chat_harness import Chat


async def first_line(typed: str) -> tuple[str, Chat]:
    chat = Chat()
    await chat.send(typed)
    return chat.text.split("\n")[0], chat


async def test_wanting_them_to_stop_opens_the_stop_letter_with_what_it_can_obtain() -> None:
    for typed in (
        "je veux plus qu ils me contactent",
        "stop qu ils m appellent plus jamais, je fais comment",
        "comment faire pour ne plus etre contacté par eos",
    ):
        first, chat = await first_line(typed)
        assert first.startswith("Vous pouvez demander par écrit l'arrêt des appels"), typed
        assert "Aucune loi n'oblige" in chat.text
        assert "Vos nom et prénom ?" in chat.text  # the letter's first question


async def test_asking_for_the_proof_of_the_debt_opens_the_contest_letter() -> None:
    first, chat = await first_line("ils me doivent la preuve de la dette non ? jveux la demander")
    assert first.startswith("Vous pouvez demander par écrit le détail et les justificatifs")
    assert "pas bien compris" not in chat.text


async def test_a_mediator_question_gets_how_to_refer_with_the_one_year_limit() -> None:
    first, _ = await first_line("il y a un mediateur pour les societes de recouvrement ?")
    assert first.startswith("Tout professionnel") and "L616-1" in first and "un an" in first


async def test_a_call_time_question_without_its_moment_is_answered_in_general_first() -> None:
    for typed in (
        "a quelle heure ils ont le droit d appeler les recouvreurs",
        "ils ont le droit de m appeler a 21h30 ?",
    ):
        first, chat = await first_line(typed)
        assert first.startswith("Aucune loi ne fixe d'heures d'appel"), typed
        # then the moment, to judge that call; only the day when the hour was given (leftovers of 01/12/2026)
        assert ("Quel jour" if "21h30" in typed else "Quand ont-ils appelé") in chat.text


async def test_calls_at_work_get_the_calls_card() -> None:
    first, _ = await first_line("ils appellent pendant mes heures de boulot et mon patron entend")
    assert first == "Appels : horaires et harcèlement"


async def test_a_debt_that_grew_gets_the_fees_card() -> None:
    first, _ = await first_line("pourquoi la dette est passée de 300 a 450 euros")
    assert first == "Les frais de recouvrement restent à la charge du créancier"


async def test_a_debt_sold_told_in_words_gets_the_sold_debt_card() -> None:
    for typed in (
        "je connais pas cette societe, ils disent avoir racheté ma dette cofidis",
        "la banque a vendu ma dette a kruk, ils peuvent me réclamer plus ?",
    ):
        first, _ = await first_line(typed)
        assert first.startswith("Dette vendue"), typed


async def test_a_bailiffs_visit_gets_what_only_a_bailiff_may_do_not_the_calls_card() -> None:
    for typed in (
        "un huissier est venu chez moi ce matin il a laissé un papier",
        "ils ont sonné chez moi en disant qu ils sont huissiers mais c'est intrum",
    ):
        first, chat = await first_line(typed)
        assert first == "Ce que seuls un juge et un commissaire de justice peuvent faire", typed
        assert "g:calls_and_harassment" not in chat.buttons()


async def test_a_collectors_visit_gets_the_calls_card_which_says_what_a_visit_may_not_do() -> None:
    first, chat = await first_line("un gars de la societe de recouvrement est passé chez ma mere")
    assert first == "Appels : horaires et harcèlement"
    await chat.press("gf:calls_and_harassment")
    assert "L121-7, 2°" in chat.text and "demandé de partir" in chat.text


async def test_seizing_the_cnil_is_a_complaint_not_a_seizure() -> None:
    first, chat = await first_line("je veux saisir la cnil ils ont pas repondu a ma demande rgpd")
    assert first.startswith("Vos données personnelles") and "CNIL" in chat.text
    assert "commissaire de justice" not in chat.text


async def test_they_can_seize_my_salary_still_gets_what_only_a_court_can_do() -> None:
    _, chat = await first_line("est ce qu'ils peuvent saisir mon salaire sans jugement")
    assert "Ce que seuls un juge et un commissaire de justice peuvent faire" in chat.text


async def test_a_relatives_debt_told_in_a_sentence_gets_the_relatives_card() -> None:
    for typed in (
        "mon fils a des dettes et ils m appellent moi sa mere",
        "mon mari est parti et il a laissé des factures edf a mon nom aussi",
        "mon pere a un credit et il est en maison de retraite, la banque m'appelle",
        "on me reclame les dettes de mon ex concubin on etait pas mariés",
    ):
        first, chat = await first_line(typed)
        assert first.startswith("On me réclame la dette d'un proche"), typed
        assert "g:calls_and_harassment" not in chat.buttons()


async def test_over_indebtedness_told_plainly_gets_the_money_short_card() -> None:
    for typed in (
        "je peux plus payer mes credits j ai 6 credits en tout",
        "si je fais un dossier de surendettement ils arretent de m'appeler ?",
        "j ai deposé un dossier a la banque de france et intrum continue de m appeler",
    ):
        first, _ = await first_line(typed)
        assert first == "Quand l'argent manque", typed


async def test_how_long_one_stays_listed_gets_the_ficp_durations_not_prescription() -> None:
    first, chat = await first_line("combien de temps je reste fiché si je fais un surendettement")
    assert first.startswith("Le fichier FICP")
    assert "5 ans" in chat.text and "7 ans" in chat.text and "p:t:telecom" not in chat.buttons()


async def test_where_to_complain_about_harassment_gets_where_to_complain() -> None:
    _, chat = await first_line("ou je me plains du harcelement d'un recouvreur")
    assert "r:p:harassment_or_undue_hours" in chat.buttons()


# --- distress phrased indirectly, inside a dialogue or not ------------------------------------------------


async def test_indirect_distress_inside_a_dialogue_comes_first() -> None:
    chat = Chat()
    await chat.send("ma dette est prescrite ?")
    await chat.press("p:t:telecom")
    replies = await chat.send("de toute facon je serai plus la pour le voir")
    assert len(replies) == 1 and "3114" in replies[0].text.split("\n")[1]
    letter = Chat()
    await letter.send("ecrire une lettre")
    await letter.press("L:stop_calls")
    await letter.send("jean dupont")
    replies = await letter.send("a quoi bon tout ca personne ne m'aidera")
    assert len(replies) == 1 and "3114" in replies[0].text  # not taken as an address


async def test_indirect_distress_after_a_verdict_or_alone_gets_the_card() -> None:
    for first, then in (
        ("0970280830", "je veux juste que tout s'arrete pour de bon"),
        ("bonjour", "la dette me tue a petit feu"),
    ):
        chat = Chat()
        await chat.send(first)
        await chat.send(then)
        assert "3114" in chat.text, then


async def test_ordinary_look_alikes_stay_ordinary() -> None:
    for typed in (
        "je serai plus la a cette adresse le mois prochain",
        "personne ne m'aidera a remplir ce dossier ?",
        "je suis mort de rire quand j'ai vu le montant",
    ):
        chat = Chat()
        await chat.send(typed)
        assert "3114" not in chat.text, typed


async def test_what_happens_to_my_debt_if_i_die_gets_the_heirs_card() -> None:
    first, _ = await first_line("si je meurs ma dette passe a qui ?")
    assert first.startswith("On me réclame la dette d'un proche")


async def test_crying_emojis_alone_get_no_smiley_and_the_3114() -> None:
    _, chat = await first_line("😭😭😭")
    assert "🙂" not in chat.text and "3114" in chat.text


# --- changing one's mind, menu words, thanks, other languages ---------------------------------------------


async def test_menu_and_cancel_words_typed_in_a_dialogue_do_what_they_say() -> None:
    for typed in ("menu", "retour", "Menu !"):
        chat = Chat()
        await chat.send("ma dette est prescrite ?")
        await chat.press("p:t:telecom")
        await chat.send(typed)
        assert "pas compris" not in chat.text and "m:prescription" in chat.buttons(), typed
    letter = Chat()
    await letter.send("ecrire une lettre")
    await letter.press("L:contest_debt")
    await letter.send("annuler")
    assert letter.text.startswith("C'est annulé")  # never printed as the sender's name


async def test_non_en_fait_cancels_or_reads_the_rest_afresh() -> None:
    chat = Chat()
    await chat.send("ecrire une lettre")
    await chat.press("L:contest_debt")
    await chat.send("non en fait je veux pas de lettre")
    assert chat.text.startswith("C'est annulé")
    other = Chat()
    await other.send("ecrire une lettre")
    await other.press("L:contest_debt")
    await other.send("non en fait ils m'appellent le dimanche c'est legal ?")
    assert "Aucune loi ne fixe d'heures d'appel" in other.text
    typed = Chat()
    await typed.send("ma dette est prescrite ?")
    await typed.send("non en fait c'est une facture sfr")
    assert "Depuis quand" in typed.text  # the rest answers the step


async def test_a_message_instead_of_a_call_or_a_day_without_hour_in_the_call_time_step() -> None:
    chat = Chat()
    await chat.send("0612345678")
    await chat.press("n:when")
    await chat.send("en fait c'etait un sms pas un appel")
    assert chat.text.startswith("Envoyez-moi")
    for typed in ("hier", "jsp"):
        day = Chat()
        await day.send("ils m appellent le dimanche")
        await day.send(typed)
        assert "journal des appels" in day.text and "pas compris" not in day.text, typed


async def test_a_payment_delay_is_not_a_time_of_day() -> None:
    _, chat = await first_line(
        "jai recu un appel du +33 9 70 28 08 30 ce matin ils ont dit que javais 48h pour payer sinon huissier "
        "c vrai ou pas et je fais quoi"
    )
    assert chat.text.startswith("📞 Numéro")


async def test_thanks_ok_and_other_languages_get_short_fitting_answers() -> None:
    expected = {
        "merci beaucoup t'es top": "Avec plaisir",
        "ok": "D'accord. Autre chose ?",
        "non": "D'accord. Autre chose ?",
        "my debt collector calls me every day is it legal": "Je ne réponds qu'en français",
        "هل هذا احتيال intrum": "Je ne réponds qu'en français",
    }
    for typed, start in expected.items():
        first, _ = await first_line(typed)
        assert first.startswith(start), typed


# --- letters asked by name, fees, what a court or a bailiff may do, relatives, free help -----------------


async def test_a_gdpr_letter_asked_by_name_opens_that_letter() -> None:
    expected = {
        "je veux savoir d'ou ils ont eu mon numero, lettre rgpd": "article 15 du RGPD",
        "lettre d'acces rgpd pour eos": "article 15 du RGPD",
        "modele lettre rgpd effacement": "articles 17 et 21 du RGPD",
    }
    for typed, cited in expected.items():
        first, chat = await first_line(typed)
        assert cited in first and "Vos nom et prénom ?" in chat.text, typed


async def test_not_knowing_is_not_printed_as_a_name() -> None:
    chat = Chat()
    await chat.send("ecrire une lettre")
    await chat.press("L:invoke_prescription")
    await chat.send("je sais pas comment on fait")
    assert "Vos nom et prénom ?" in chat.text and "Votre adresse postale ?" not in chat.text


async def test_fees_questions_in_other_words_get_the_fees_card() -> None:
    first, _ = await first_line("indemnité de 40e sur une facture edf c'est normal ?")
    assert first == "Les frais de recouvrement restent à la charge du créancier"


async def test_what_a_court_or_a_bailiff_may_do_in_plain_words() -> None:
    for typed in (
        "ils peuvent prendre mon salaire directement ?",
        "ils disent que le juge va me condamner si je paye pas avant vendredi",
    ):
        _, chat = await first_line(typed)
        assert "Ce que seuls un juge et un commissaire de justice peuvent faire" in chat.text, typed
    first, chat = await first_line("un huissier peut il venir le dimanche")
    assert first.startswith("Un commissaire de justice (huissier) ne peut procéder") and "L141-1" in first
    assert "Quand ont-ils appelé" not in chat.text and "g:court_and_enforcement" in chat.buttons()


async def test_time_to_pay_from_a_judge_gets_the_payment_plans_card() -> None:
    first, _ = await first_line("un juge peut il m'accorder des délais ?")
    assert first.startswith("Délais de paiement")


async def test_a_debt_sale_told_by_its_notice_or_the_new_creditor() -> None:
    for typed in (
        "j ai jamais recu de lettre m'informant de la cession de ma dette",
        "le nouveau creancier me reclame des interets depuis 2015",
    ):
        first, _ = await first_line(typed)
        assert first.startswith("Dette vendue"), typed


async def test_a_spouses_credit_and_a_pacs_partners_debt_get_the_relatives_card() -> None:
    for typed in (
        "mon mari a fait un credit conso sans me le dire, je dois payer ?",
        "on est pacsés et elle a des dettes de loyer, je suis tenu ?",
    ):
        first, _ = await first_line(typed)
        assert first.startswith("On me réclame la dette d'un proche"), typed


async def test_an_accepted_over_indebtedness_file_and_losing_ones_home_get_the_money_card() -> None:
    for typed in (
        "la banque de france a accepté mon dossier mais cofidis me relance",
        "je suis a la rue bientot avec toutes ces dettes",
    ):
        first, _ = await first_line(typed)
        assert first == "Quand l'argent manque", typed


async def test_free_legal_help_gets_the_point_justice_card_not_the_bots_help() -> None:
    first, _ = await first_line("qui peut m aider gratuitement ? j ai pas d'argent pour un avocat")
    assert first == "Quand consulter un avocat ou un Point-justice"


async def test_nothing_left_to_lose_is_taken_as_distress() -> None:
    _, chat = await first_line("j'ai plus rien a perdre de toute facon")
    assert "3114" in chat.text


async def test_no_answer_to_a_letter_gets_what_next_not_the_letter_again() -> None:
    first, chat = await first_line("j ai envoyé un courrier rgpd il y a 2 mois pas de reponse")
    assert first.startswith("Vos données personnelles") and "CNIL" in chat.text
    assert "Vos nom et prénom ?" not in chat.text
    _, other = await first_line("ils ont pas repondu a ma lettre recommandée depuis 45 jours je fais quoi")
    assert "r:p:disputed_debt" in other.buttons()  # where to turn next


async def test_a_seizure_question_is_answered_once_not_announced_as_a_point_first() -> None:
    for typed in (
        "est ce qu'ils peuvent saisir mon salaire sans jugement",
        "l huissier a dit qu il va revenir avec un serrurier",
    ):
        first, chat = await first_line(typed)
        assert first == "Ce que seuls un juge et un commissaire de justice peuvent faire", typed
        assert len(chat.replies) == 1


async def test_a_prison_threat_told_after_a_verdict_is_answered_not_misunderstood() -> None:
    chat = Chat()
    await chat.send("0970280830")
    await chat.send("ils m'ont dit que je vais en prison")
    assert chat.text.startswith("🚫 On ne va pas en prison pour une dette")
    assert "g:verify_collector" in chat.buttons() or "gf:verify_collector" in chat.buttons()


async def test_payments_and_receipts_in_plain_words() -> None:
    first, _ = await first_line("j'ai payé mais ils disent qu'ils ont rien reçu")
    assert first == "J'ai déjà payé"
    first, _ = await first_line("ils refusent de me donner une quittance")
    assert first == "Une quittance pour chaque paiement"


async def test_bank_details_asked_by_sms_asks_for_the_sms() -> None:
    first, _ = await first_line("ils veulent mon RIB par sms c normal")
    assert first.startswith("Envoyez-moi")


async def test_a_foreign_account_told_in_words_is_a_scam_sign() -> None:
    _, chat = await first_line("j'ai reçu une lettre de commissaire de justice avec un IBAN lituanien")
    assert "ressemblent à ceux des arnaques" in chat.text.split("\n")[1]


async def test_cest_bon_to_a_guess_accepts_it_and_a_correction_keeps_the_dialogue() -> None:
    chat = Chat()
    await chat.send("ma dette est prescrite ? c une facture edf")
    await chat.send("c'est bon")
    assert "Depuis quand" in chat.text  # the guess taken, not "annulé"
    told = Chat()
    await told.send("ma dette est prescrite ?")
    await told.press("p:t:telecom")
    await told.send("2020")
    await told.send("non en fait j'ai payé 50e en 2023")
    assert "J'ai payé quelque chose" in told.text and "p:e:none" in told.buttons()


async def test_who_is_it_mid_dialogue_keeps_the_dialogue() -> None:
    chat = Chat()
    await chat.send("ma dette est prescrite ?")
    await chat.press("p:t:telecom")
    await chat.send("c'est qui ?")
    assert "pas compris la réponse" in chat.text and "m:cancel" in chat.buttons()
    await chat.send("2020")
    assert "p:e:none" in chat.buttons()  # the dialogue went on


async def test_laughing_at_the_amount_gets_the_fees_card_not_distress() -> None:
    for typed in ("je suis mort de rire quand j'ai vu le montant", "jsuis mdr quand jai vu le montant"):
        first, chat = await first_line(typed)
        assert first == "Les frais de recouvrement restent à la charge du créancier", typed
        assert "3114" not in chat.text


async def test_a_bailiffs_visit_at_a_moment_is_judged_by_the_bailiffs_hours_not_as_a_call() -> None:
    first, chat = await first_line("un huissier peut il venir le dimanche à 8h")
    assert first.startswith("🏠") and "dimanche" in first
    assert "⛔" in chat.text and "L141-1" in chat.text
    assert "Appel du" not in chat.text
    first, chat = await first_line("l'huissier est passé samedi à 7h c'est legal ?")
    assert first.startswith("🏠") and "titre exécutoire" in chat.text and "⛔" not in chat.text
    await chat.press("n:details")
    assert "Appel du" in chat.text  # the call regimes stay behind the details button


async def test_a_bailiff_who_calls_is_still_a_call() -> None:
    first, _ = await first_line("l'huissier m'a appelé dimanche à 8h")
    assert first.startswith("🕘 Appel du dimanche")


async def test_three_questions_in_one_message_name_the_other_two_before_the_dialogue() -> None:
    typed = (
        "Bonjour, je vous écris car Intrum me réclame 450 euros pour une facture SFR de 2019. Est-ce que c'est "
        "prescrit ? Est-ce que je dois payer ? Et ils ont le droit de m'appeler le samedi ?"
    )
    first, chat = await first_line(typed)
    assert first.startswith("Vous soulevez plusieurs points")
    assert "g:calls_and_harassment" in chat.buttons() and "g:verify_collector" in chat.buttons()
    assert "Je vais vous poser" in chat.text  # then the prescription dialogue
    assert "n'est pas effacée" not in chat.text  # asked whether prescribed, not told it is and still claimed


async def test_one_question_ending_in_je_dois_payer_is_not_split() -> None:
    first, _ = await first_line("c'est prescrit une facture edf de 2019, je dois payer ?")
    assert not first.startswith("Vous soulevez plusieurs points")
