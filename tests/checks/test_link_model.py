"""The lexical link model gives a second opinion only where the rules leave a link open, never more than
"suspicious", and never on an official site or an ordinary name the rules weighed.

The model is asked explicitly here (``check_link(text, model=True)``): ``checks.link_model.ENABLED`` says whether
the link check asks it by default.
"""

from __future__ import annotations

import io
import json

import pytest

from bot.cli.check import iter_results
from checks import link_model
from checks.links import check_link
from checks.result import Verdict
from knowledge import link_model as weights
from knowledge import organisations
from knowledge.base import DATA_DIR
from tests.realdata import link_model_eval as evaluation

# Invented for this test (none from a corpus): the shape of fake "settle your file" pages with no brand.
LOOK_ALIKES = (
    "https://telereglement-infos.com/login",
    "accesclientmutuel-pro.fr",
    "portail-usager-frais.info",
)


@pytest.mark.parametrize("link", LOOK_ALIKES)
def test_an_invented_look_alike_the_rules_leave_open_gets_the_models_caution(link: str) -> None:
    assert "link.unknown" in {f.code for f in check_link(link, model=False).findings}
    result = check_link(link, model=True)
    codes = {f.code for f in result.findings}
    assert "link.model" in codes and "link.unknown" not in codes
    # Since 1/12/2026 the model's opinion is a caution, not a verdict: on the seventh batch it called 6 of 249
    # legitimate names (communes, public bodies) suspicious, past the 0.5 % (docs/detection.md). Since
    # round 13 (2/12/2026) the caution plus bait words in the name (or a hosting address) is "suspicious".
    backed = codes & {"link.model_bait", "link.model_hosted", "link.model_brand"}
    assert result.verdict is (Verdict.suspicious if backed else Verdict.inconclusive)
    text = next(f.message for f in result.findings if f.code == "link.model")
    assert "hameçonnage" in text and "estimation statistique" in text and "[.]" in text
    assert "«" in text  # the pieces that weighed most, as words


def test_the_model_never_makes_a_link_likely_scam() -> None:
    for link in LOOK_ALIKES:
        alone = check_link(link, model=False).verdict
        assert check_link(link, model=True).verdict in (Verdict.suspicious, alone)


def test_every_official_domain_of_the_catalogue_stays_unflagged_by_the_model() -> None:
    domains = sorted(organisations.load().by_domain)
    assert len(domains) > 50
    for domain in domains:
        for host in (domain, f"www.{domain}", f"https://{domain}/espace-client"):
            assert "link.model" not in {f.code for f in check_link(host, model=True).findings}, host


def test_every_ordinary_name_of_the_evaluation_stays_unflagged_by_the_model() -> None:
    for name in evaluation.ORDINARY_NAMES + evaluation.MORE_ORDINARY_NAMES:
        result = check_link(name, model=True)
        assert "link.model" not in {f.code for f in result.findings}, name
        assert result.verdict is check_link(name, model=False).verdict, name


def test_the_gate_leaves_brand_names_and_story_words_to_the_rules() -> None:
    assert link_model.may_judge("boulangerie-martin.fr")
    assert not link_model.may_judge("chronopst-horlogerie.com")
    assert not link_model.may_judge("livraison-fleurs-martin.fr")
    assert link_model.opinion("192.168.1.1") is None


def test_the_pieces_shown_are_words_of_the_host_or_its_extension() -> None:
    found = link_model.opinion("telereglement-infos.com")
    assert found is not None and found.score >= weights.load().threshold
    assert 1 <= len(found.pieces) <= link_model.SHOWN
    assert all(p.startswith("«") or p.startswith("l'extension") or p[0].isalpha() for p in found.pieces)
    assert all(":" not in p and "<" not in p for p in found.pieces)


def test_check_jsonl_answers_with_the_model_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(link_model, "ENABLED", True)
    lines = [json.dumps({"text": link, "kind": "link"}) for link in (*LOOK_ALIKES, "ameli.fr")]
    results = [json.loads(line) for line in iter_results(io.StringIO("\n".join(lines) + "\n"))]
    # The third carries bait words ("frais", "portail") as well: two weak signs together (round 13).
    assert [r["verdict"] for r in results] == ["inconclusive"] * 2 + ["suspicious", "likely_legit"]
    assert all("link.model" in {f["code"] for f in r["findings"]} for r in results[:3])


def test_a_weight_that_is_not_a_host_v1_feature_is_refused_at_load() -> None:
    raw = json.loads((DATA_DIR / weights.FILE).read_text(encoding="utf-8"))
    raw["weights"]["r:link.abused_tld"] = 1.0
    with pytest.raises(ValueError, match="host-v1 feature"):
        weights.LinkModel.model_validate(raw)


@pytest.mark.parametrize(
    "host",
    [
        "telereglement-infos.com",
        "www.boulangerie-martin.fr",
        "secure.espace-client.mon-fournisseur.com",
        "suivi-colis-2025.top",
        "a.b.c.d.exemple.co.uk",
        "ma-banque-en-ligne.fr",
    ],
)
def test_the_fast_score_is_the_score_of_the_features_to_the_last_bit(host: str) -> None:
    model = weights.load()
    assert link_model.host_score(host) == link_model.score(
        model.weights, model.bias, link_model.features(host)
    )


def test_a_host_without_a_registrable_part_has_no_score() -> None:
    assert link_model.host_score("192.168.1.1") is None
    assert not link_model.features("192.168.1.1")
