"""Letters: validation in plain French, computed deadlines, and a layout with nothing left unfilled."""

import re
import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import knowledge.letters as letters_module
from checks.letters import (
    LRAR_MENTION,
    FilledLetter,
    LetterValidationError,
    UnknownLetter,
    add_months,
    fill_letter,
    format_amount,
    letter_ids,
    parse_amount,
    parse_date_fr,
    template,
)
from knowledge.base import DATA_DIR, KnowledgeError
from knowledge.letters import BUILTIN_PLACEHOLDERS, FieldType, LetterTemplate, _check_template, load
from knowledge.wording import placeholders

TODAY = date(2026, 11, 22)
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
SAMPLES_BY_NAME = {
    "sender_name": "Hélène Dupré",
    "sender_address": "12 rue des Lilas\n69003 Lyon",
    "recipient_name": "Intrum France",
    "recipient_address": "97 allée Alexandre Borodine\n69795 Saint-Priest",
    "place": "Lyon",
    "file_reference": "FR-2024-123456",
    "creditor": "Société Générale",
    "original_creditor": "Société Générale",
    "professional_name": "Intrum France",
    "phone_number": "06 12 34 56 78",
}
SAMPLES_BY_TYPE = {
    FieldType.text: "facture de téléphone mobile",
    FieldType.address: "1 place de la Mairie\n75001 Paris",
    FieldType.long_text: "On m'appelle quatre fois par jour, même le dimanche.",
    FieldType.reference: "AB-12",
    FieldType.date: "15/03/2019",
    FieldType.amount: "1 234,56",
}
REQUIRED_LETTERS = {
    "contest_debt",
    "invoke_prescription",
    "rgpd_access",
    "rgpd_erasure_objection",
    "stop_calls",
    "assignment_proof",
    "refer_to_mediator",
}


def sample(letter: LetterTemplate, *, required_only: bool = False) -> dict[str, str]:
    values = {}
    for field in letter.fields:
        if required_only and not field.required:
            continue
        if field.type is FieldType.choice:
            values[field.name] = field.choices[-1].value
        else:
            values[field.name] = SAMPLES_BY_NAME.get(field.name, SAMPLES_BY_TYPE[field.type])
    return values


def contest(**changes: str) -> dict[str, str]:
    values = sample(template("contest_debt"))
    values.update(changes)
    return values


def problems_of(letter_id: str, values: dict[str, str], today: date = TODAY) -> list[str]:
    with pytest.raises(LetterValidationError) as err:
        fill_letter(letter_id, values, today)
    return [p.message for p in err.value.problems]


# --- every template -------------------------------------------------------------------------------------


def test_every_letter_the_bot_offers_exists() -> None:
    assert set(letter_ids()) >= REQUIRED_LETTERS


@pytest.mark.parametrize("letter_id", sorted(load().templates))
@pytest.mark.parametrize("required_only", [False, True])
def test_each_letter_fills_with_nothing_left_unfilled(letter_id: str, required_only: bool) -> None:
    letter = fill_letter(letter_id, sample(template(letter_id), required_only=required_only), TODAY)
    assert PLACEHOLDER.search(letter.text) is None
    assert letter.mention == LRAR_MENTION and LRAR_MENTION in letter.text
    assert "Objet\u00a0: " in letter.text
    assert letter.place_date == "Lyon, le 22 novembre 2026"
    assert letter.sender[0] == "Hélène Dupré" and letter.signature == "Hélène Dupré"
    assert letter.recipient[1] == "97 allée Alexandre Borodine"
    assert letter.legal_refs and letter.paragraphs


@pytest.mark.parametrize("letter_id", sorted(load().templates))
def test_templates_only_use_declared_fields(letter_id: str) -> None:
    letter = template(letter_id)
    declared = {f.name for f in letter.fields} | {d.name for d in letter.deadlines} | BUILTIN_PLACEHOLDERS
    required = {f.name for f in letter.fields if f.required} | {d.name for d in letter.deadlines}
    for part in [*letter.references, *letter.paragraphs]:
        assert placeholders(part.text) <= declared, part.text
    assert placeholders(letter.subject) <= required | BUILTIN_PLACEHOLDERS


def test_a_template_with_an_undeclared_placeholder_is_refused() -> None:
    good = template("stop_calls")
    broken = good.model_copy(
        update={
            "paragraphs": [*good.paragraphs, good.paragraphs[0].model_copy(update={"text": "Bonjour {nom}"})]
        }
    )
    with pytest.raises(ValueError, match="nom"):
        _check_template(broken)


def test_a_condition_on_an_unknown_choice_is_refused() -> None:
    good = template("rgpd_erasure_objection")
    para = good.paragraphs[0].model_copy(update={"only_if": ["situation=maybe"]})
    with pytest.raises(ValueError, match="maybe"):
        _check_template(good.model_copy(update={"paragraphs": [para]}))


def test_a_broken_template_file_fails_at_start_up_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "letters"
    folder.mkdir()
    shutil.copy(DATA_DIR / "letters" / "_common.toml", folder / "_common.toml")
    shutil.copy(DATA_DIR / "letters" / "stop_calls.toml", folder / "stop_calls.toml")
    with (folder / "stop_calls.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[[paragraphs]]\ntext = "Cordialement, {signataire}"\n')
    monkeypatch.setattr(letters_module, "DATA_DIR", tmp_path)
    with pytest.raises(KnowledgeError, match=r"stop_calls\.toml.*signataire"):
        letters_module.load.__wrapped__()


# --- validation ----------------------------------------------------------------------------------------


def test_a_missing_required_field_is_named_by_its_french_label() -> None:
    values = contest()
    del values["sender_address"]
    assert problems_of("contest_debt", values) == ["Il manque : « Votre adresse postale »."]


def test_every_problem_is_reported_at_once() -> None:
    found = problems_of("rgpd_access", {"sender_name": "Hélène Dupré"})
    assert len(found) == 4
    assert "Il manque : « Ville d'où vous écrivez »." in found


def test_blank_or_invisible_only_answers_count_as_missing() -> None:
    found = problems_of("contest_debt", contest(sender_name=" \u200b\x00 "))
    assert found == ["Il manque : « Vos nom et prénom »."]


def test_an_unknown_letter_lists_the_valid_ones() -> None:
    with pytest.raises(UnknownLetter, match="contest_debt"):
        fill_letter("lettre_au_pere_noel", {}, TODAY)


def test_an_unknown_field_is_refused_rather_than_silently_dropped() -> None:
    found = problems_of("contest_debt", contest(iban="FR76 3000"))
    assert found == ["Champ inconnu pour cette lettre : 'iban'."]


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("-50", "négatif"),
        ("−50 €", "négatif"),
        ("1e15", "pas un montant lisible"),
        ("1000000000000000", "pas un montant lisible"),
        ("25 000 000", "paraît impossible"),
        ("0", "supérieur à zéro"),
        ("0,00 €", "supérieur à zéro"),
        ("douze euros", "pas un montant lisible"),
        ("12,345", "pas un montant lisible"),
    ],
)
def test_absurd_amounts_are_refused_with_a_reason(typed: str, reason: str) -> None:
    (message,) = problems_of("contest_debt", contest(amount_claimed=typed))
    assert message.startswith("« Montant réclamé » :") and reason in message


@pytest.mark.parametrize(
    "typed",
    ["1234,56", "1 234,56 €", "1\u00a0234,56\u00a0€", "1.234,56", "1,234.56", "1234.56 EUR", "1234,56 euros"],
)
def test_amounts_as_people_type_them_print_the_french_way(typed: str) -> None:
    assert parse_amount(typed) == Decimal("1234.56")
    letter = fill_letter("contest_debt", contest(amount_claimed=typed), TODAY)
    assert "1\u00a0234,56\u00a0€" in letter.text


def test_amount_formatting() -> None:
    assert format_amount(Decimal("5")) == "5,00\u00a0€"
    assert format_amount(Decimal("1234567.8")) == "1\u00a0234\u00a0567,80\u00a0€"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15/03/2024", date(2024, 3, 15)),
        ("5-3-2024", date(2024, 3, 5)),
        ("2024-03-15", date(2024, 3, 15)),
        ("1er mars 2024", date(2024, 3, 1)),
        ("15 Février 2024", date(2024, 2, 15)),
        ("29/02/2024", date(2024, 2, 29)),
    ],
)
def test_dates_as_people_type_them(typed: str, expected: date) -> None:
    assert parse_date_fr(typed) == expected


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("31/02/2024", "n'existe pas"),
        ("29/02/2023", "n'existe pas"),
        ("mars 2024", "jour exact"),
        ("le 3 novembre", "illisible"),  # no year: not guessed
        ("15 brumaire 2024", "illisible"),
        ("01/01/1960", "trop ancienne"),
    ],
)
def test_impossible_dates_are_refused_with_a_reason(typed: str, reason: str) -> None:
    (message,) = problems_of("contest_debt", contest(collector_letter_date=typed))
    assert message.startswith("« Date du courrier reçu » :") and reason in message


def test_a_letter_received_in_the_future_is_refused() -> None:
    tomorrow = (TODAY + timedelta(days=1)).strftime("%d/%m/%Y")
    (message,) = problems_of("contest_debt", contest(collector_letter_date=tomorrow))
    assert "dans le futur" in message and "23 novembre 2026" in message


def test_today_is_an_acceptable_letter_date() -> None:
    letter = fill_letter("contest_debt", contest(collector_letter_date="22/11/2026"), TODAY)
    assert "votre courrier du 22 novembre 2026" in letter.text


def test_an_overlong_field_says_how_long_it_may_be() -> None:
    (message,) = problems_of("contest_debt", contest(sender_name="A" * 121))
    assert message == "« Vos nom et prénom » : est trop long (121 caractères, 120 au maximum)."
    (message,) = problems_of("contest_debt", contest(contest_reason="x" * 100_000))
    assert "trop long (100000 caractères, 1200 au maximum)" in message


def test_an_address_with_too_many_lines_is_refused() -> None:
    (message,) = problems_of("contest_debt", contest(sender_address="\n".join(["ligne"] * 8)))
    assert "trop de lignes" in message


def test_emoji_are_refused_politely() -> None:
    (message,) = problems_of("contest_debt", contest(sender_name="Hélène 😡"))
    assert "émojis" in message


def test_markup_typed_by_the_user_stays_literal_text() -> None:
    letter = fill_letter(
        "contest_debt",
        contest(sender_name="<b>Jean</b> Dupont", contest_reason="{sender_name} **déjà payé**"),
        TODAY,
    )
    assert letter.sender[0] == "<b>Jean</b> Dupont" and letter.signature == "<b>Jean</b> Dupont"
    assert "En effet\u00a0: {sender_name} **déjà payé**" in letter.text


def test_invisible_and_bidi_characters_are_removed_from_names() -> None:
    letter = fill_letter("contest_debt", contest(sender_name="Hé\u200blène\u202e Dupré\x00"), TODAY)
    assert letter.sender[0] == "Hélène Dupré"


def test_a_one_line_field_does_not_keep_line_breaks() -> None:
    letter = fill_letter("contest_debt", contest(creditor="Société\nGénérale"), TODAY)
    assert "pour le compte de Société Générale." in letter.text


# --- optional parts and choices -----------------------------------------------------------------------


def test_optional_sentences_appear_only_when_answered() -> None:
    full = fill_letter("contest_debt", contest(), TODAY).text
    values = contest()
    for optional in (
        "creditor",
        "amount_claimed",
        "collector_letter_date",
        "contest_reason",
        "file_reference",
    ):
        del values[optional]
    short = fill_letter("contest_debt", values, TODAY)
    assert "Société Générale" in full and "Société Générale" not in short.text
    assert short.paragraphs[0] == "Je fais suite à vos demandes de paiement."
    assert short.references == []
    assert "Vos références\u00a0: FR-2024-123456" in full


def test_a_choice_can_be_given_by_its_label_and_prints_its_sentence() -> None:
    values = sample(template("invoke_prescription"))
    values["prescription_rule"] = "Opérateur télécom : mobile, box, téléphone fixe (1 an)"
    values["due_date"] = "10/01/2025"
    text = fill_letter("invoke_prescription", values, TODAY).text
    assert "l'article L34-2 du Code des postes et des communications électroniques" in text
    assert "telecom_1y" not in text


def test_an_unknown_choice_lists_the_options() -> None:
    values = sample(template("invoke_prescription"))
    values["prescription_rule"] = "je ne sais pas"
    (message,) = problems_of("invoke_prescription", values)
    assert "« Loyers et charges d'un logement (3 ans) »" in message


def test_prescription_cannot_be_invoked_before_the_delay_has_run() -> None:
    values = sample(template("invoke_prescription"))
    values.update(prescription_rule="telecom_1y", due_date="10/01/2026")
    (message,) = problems_of("invoke_prescription", values)
    assert message.startswith("« Date à laquelle la somme était due » :")
    assert "10 janvier 2027" in message and "calculateur de prescription" in message


def test_the_last_day_of_the_delay_is_still_open() -> None:
    # Due 22 Nov. 2025, 1 year: the operator may still act on 22 Nov. 2026 (today); prescribed from the 23rd.
    values = sample(template("invoke_prescription"))
    values.update(prescription_rule="telecom_1y", due_date="22/11/2025")
    (message,) = problems_of("invoke_prescription", values)
    assert "jusqu'au 22 novembre 2026 inclus" in message
    values.update(due_date="21/11/2025")
    assert "prescription" in fill_letter("invoke_prescription", values, TODAY).text


def test_prescription_letter_once_the_delay_has_run() -> None:
    values = sample(template("invoke_prescription"))
    values.update(prescription_rule="consumer_2y", due_date="21/11/2024")
    letter = fill_letter("invoke_prescription", values, TODAY)
    assert "depuis le 21 novembre 2024" in letter.text and "L218-2" in letter.text
    assert "ni renonciation à la prescription" in letter.text


def test_rgpd_letter_for_someone_who_is_not_the_debtor() -> None:
    values = sample(template("rgpd_erasure_objection"))
    values["situation"] = "not_debtor"
    text = fill_letter("rgpd_erasure_objection", values, TODAY).text
    assert "je ne suis pas la personne que vous recherchez" in text
    assert "reconnaissance de dette" not in text
    values["situation"] = "debtor"
    text = fill_letter("rgpd_erasure_objection", values, TODAY).text
    assert "je ne suis pas la personne" not in text and "ne vaut pas reconnaissance de dette" in text


def test_the_mediator_letter_does_not_volunteer_the_suspension_of_prescription() -> None:
    letter = fill_letter("refer_to_mediator", sample(template("refer_to_mediator")), TODAY)
    assert "2238" not in letter.text  # said to the user in the notes, not to the mediator
    assert any("2238" in note for note in letter.notes)


# --- deadlines ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 2, 29), 1, date(2024, 3, 29)),
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2026, 11, 22), 1, date(2026, 12, 22)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 10, 31), 3, date(2027, 1, 31)),
        (date(2026, 11, 30), 3, date(2027, 2, 28)),
    ],
)
def test_adding_months_clamps_to_the_end_of_the_month(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


def test_rgpd_answer_date_is_one_month_later_and_printed_in_the_letter() -> None:
    letter = fill_letter("rgpd_access", sample(template("rgpd_access")), date(2025, 1, 31))
    due, extended = letter.deadlines
    assert (due.date, extended.date) == (date(2025, 2, 28), date(2025, 4, 30))
    assert due.legal and due.basis == "art. 12.3 RGPD"
    assert "d'ici le 28 février 2025" in letter.text
    assert letter.place_date == "Lyon, le 31 janvier 2025"


def test_a_leap_day_letter_gets_a_valid_deadline() -> None:
    letter = fill_letter(
        "rgpd_erasure_objection", sample(template("rgpd_erasure_objection")), date(2028, 2, 29)
    )
    assert letter.deadlines[0].date == date(2028, 3, 29)
    assert "1er" not in letter.place_date and "29 février 2028" in letter.place_date


def test_a_requested_deadline_is_marked_as_not_legal() -> None:
    letter = fill_letter("contest_debt", contest(), TODAY)
    (deadline,) = letter.deadlines
    assert deadline.date == date(2026, 12, 22) and not deadline.legal
    assert "pas un délai légal" in deadline.label


def test_first_of_the_month_is_written_1er() -> None:
    letter = fill_letter("contest_debt", contest(collector_letter_date="01/03/2026"), TODAY)
    assert "votre courrier du 1er mars 2026" in letter.text


# --- robustness ------------------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    name=st.text(max_size=200),
    amount=st.text(max_size=30),
    when=st.text(max_size=30),
    reason=st.text(max_size=300),
)
def test_any_input_gives_a_letter_or_a_clear_error(name: str, amount: str, when: str, reason: str) -> None:
    values = contest(
        sender_name=name, amount_claimed=amount, collector_letter_date=when, contest_reason=reason
    )
    try:
        letter = fill_letter("contest_debt", values, TODAY)
    except LetterValidationError as err:
        assert err.problems and all(p.message.startswith(("«", "Il manque")) for p in err.problems)
    else:
        assert isinstance(letter, FilledLetter)
        assert "\x00" not in letter.text


# --- issue 14: legal corrections ---------------------------------------------------------------------------


def test_the_contest_letter_asks_copies_without_claiming_a_right_under_r124_4() -> None:
    letter = fill_letter("contest_debt", sample(template("contest_debt")), TODAY)
    assert "Conformément à l'article R124-4" not in letter.text
    assert "Je vous demande en outre" in letter.text and "preuve de cette cession" in letter.text


def test_the_stop_calls_objection_gives_reasons_and_warns_of_its_limits() -> None:
    values = sample(template("stop_calls"))
    values["calls_description"] = "appels sur mon lieu de travail"
    letter = fill_letter("stop_calls", values, TODAY)
    assert "raisons tenant à ma situation particulière, notamment celles décrites ci-dessus" in letter.text
    assert "222-33-2-2" in letter.text
    assert any("défense de droits en justice" in note for note in letter.notes)
    bare = fill_letter("stop_calls", sample(template("stop_calls"), required_only=True), TODAY)
    assert "raisons tenant à ma situation particulière, je m'oppose" in bare.text


def test_the_mediator_letter_warns_of_the_one_year_limit_and_l616_1() -> None:
    letter = fill_letter("refer_to_mediator", sample(template("refer_to_mediator")), TODAY)
    notes = " ".join(letter.notes)
    assert "plus d'un an" in notes and "L612-2" in notes and "L616-1" in notes
