"""Distress phrasings gathered from public pages are recognised, as written and as typed on a phone.

Both halves of ``distress_real.toml`` are asserted: the tuning half the rules were adjusted on, and the aside
half they were not shaped by (see ``distress_real.py``). Ambiguous warning signs are not asserted.
"""

from __future__ import annotations

import pytest

from checks.distress import detect, is_distress
from knowledge import understanding
from tests.understanding.distress_real import Half, Phrase, as_typed, half_of, load

PHRASES = load()


def _of(half: Half, label: str) -> list[Phrase]:
    return [p for p in PHRASES if p.half == half and p.label == label]


def test_every_gathered_phrase_has_a_page_and_both_halves_are_used() -> None:
    assert len(PHRASES) >= 150
    assert all(p.source.startswith(("http://", "https://")) for p in PHRASES)
    assert len({p.text for p in PHRASES}) == len(PHRASES)
    for half in ("tuning", "aside"):
        assert len(_of(half, "distress")) >= 30 and len(_of(half, "ordinary")) >= 30


def test_a_second_batch_gathered_after_the_tuning_is_kept() -> None:
    second = [p for p in PHRASES if p.batch == 2]
    assert len([p for p in second if p.label == "distress"]) >= 15
    assert len([p for p in second if p.label == "ordinary"]) >= 25
    third = [p for p in PHRASES if p.batch == 3]
    assert len([p for p in third if p.label == "distress"]) >= 20


def test_two_kinds_of_despair_signal_in_the_first_person_are_distress_and_one_is_not() -> None:
    hit = detect("je me sens seule et tout me fait souffrir")
    assert hit is not None and hit.family == "despair_signals"
    assert not is_distress("je vis seule avec mes deux enfants, ils peuvent saisir ?")
    assert not is_distress("mon pere est mort, on me reclame sa dette")
    assert not is_distress("vous etes seul responsable de cette dette, reglez sous 48h")


def test_the_split_is_a_fixed_function_of_the_text() -> None:
    assert half_of("Je n'en peux plus") == half_of("Je n'en peux plus")
    assert {half_of(p.text) for p in PHRASES} == {"tuning", "aside"}


@pytest.mark.parametrize("half", ["tuning", "aside"])
def test_every_gathered_distress_phrase_is_caught_as_written_and_as_typed(half: Half) -> None:
    missed = [
        form for p in _of(half, "distress") for form in (p.text, as_typed(p.text)) if not is_distress(form)
    ]
    assert missed == []


@pytest.mark.parametrize("half", ["tuning", "aside"])
def test_gathered_ordinary_sentences_raise_at_most_two_percent_of_false_alarms(half: Half) -> None:
    forms = [form for p in _of(half, "ordinary") for form in (p.text, as_typed(p.text))]
    alarms = [form for form in forms if is_distress(form)]
    assert len(alarms) <= 0.02 * len(forms), alarms


def test_as_typed_drops_accents_apostrophes_and_the_negation() -> None:
    assert as_typed("Je n'arrive plus à dormir") == "je arrive plus a dormir"
    assert as_typed("Personne ne peut m'aider") == "personne peut m aider"


_WORD_FAMILIES = [
    # the word families of the brief, misspelt and unaccented the way they reach the bot
    "je vais me suicidere",
    "je pense a me suisider",
    "j'ai envie de crevé",
    "envi de mourir",
    "je veux mourrire",
    "g plus envie de rien",
    "j ai plus gout a rien",
    "jen pe plus",
    "jenpeuplus",
    "je veux disparètre",
    "je veux partir et ne jamais revenir",
    "je voudrais plus exister",
    "jsuis a bou",
    "je tien plus le cou",
    "j'arrive plus a dormir",
    "jai des idé noir",
    "je vais me tirer une balle",
    "je vais me laisser mourir",
    "je pense a laisser mes enfants et partir",
    "je n'ai plus de force",
    "pas d'autre issue que la mort",
    "je suis pas une bonne mere",
    "personne peut m aider",
]


@pytest.mark.parametrize("text", _WORD_FAMILIES)
def test_word_families_misspellings_and_dropped_negations_are_caught(text: str) -> None:
    assert is_distress(text)


_LOOK_ALIKES = [
    "je vais sauter le pas et payer",
    "je veux laisser mes enfants en dehors de ça",
    "je vais laisser ma femme gerer",
    "je vais quitter mon mari",
    "je vais partir definitivement de chez sfr",
    "je ne vous embêterai plus avec mes questions",
    "je suis inutile avec l'informatique",
    "plus d'espoir de récupérer mon argent",
    "je vais faire un long voyage en janvier, ils peuvent saisir pendant ce temps ?",
    "je veux plus vivre dans cet appartement",
    "je voudrais plus etre la quand l'huissier vient",
    "je vais me jeter sur le telephone pour les appeler",
    "j'ai plus goût à rien payer à ces gens",
    "je veux pas mourir endetté, je veux tout rembourser",
    "vous me verrez plus jamais dans votre agence",
    "je dors plus tard le week end",
    "je peux plus payer.",
    "je vois pas la solution pour payer",
    "je vais plus dormir chez ma mere",
    "tout est trop cher",
    "je serais plus la demain",
    "j'ai pris une dose de courage et j'ai appele",
    "un accident de voiture m'a empeche de payer",
    "j'ai touche le fond de mon compte epargne",
    "il n'y avait aucune issue favorable au litige",
]


@pytest.mark.parametrize("text", _LOOK_ALIKES)
def test_the_new_families_leave_their_ordinary_look_alikes_alone(text: str) -> None:
    assert not is_distress(text)


def test_variant_hints_never_skip_a_spelling_the_variant_would_have_fixed() -> None:
    """A hint only lets a substitution be skipped: on every labelled phrasing, skipping changes nothing."""
    rules = understanding.load_distress()
    texts = [form for p in PHRASES for form in (p.text, as_typed(p.text))]
    texts += [*_WORD_FAMILIES, *_LOOK_ALIKES]
    for text in texts:
        folded = understanding.fold(text)
        for word, hints, pattern in rules.variants:
            if not any(hint in folded for hint in hints):
                assert pattern.sub(word, folded) == folded, (word, text)


def test_despair_signals_far_apart_in_a_long_paste_are_not_counted_together() -> None:
    filler = "Votre dossier est suivi par notre service. " * 12
    text = f"Je vous ecris pour mon dossier, je suis seule a gerer. {filler}Nous comprenons la souffrance causee."
    assert len(text) > 400
    assert not is_distress(text)
    assert is_distress("je suis seule a gerer et ca me fait souffrir")
