"""Sources of the prescription knowledge that were marked "à confirmer" (leftovers of 02/12/2026): the public hospital
(art. L6145-9 CSP) and the six years for a délit. Each is said with its text and the day it was read, or not at all."""

from __future__ import annotations

from datetime import date

from knowledge import prescription as law
from knowledge import regimes


def test_the_public_hospital_rests_on_l6145_9_read_with_its_date_and_nothing_left_to_confirm() -> None:
    rule = law.load().rule("local_public")
    caveat = " ".join(rule.caveats)
    assert "L6145-9" in caveat and "prise en charge du titre" in caveat
    assert "à confirmer" not in caveat  # confirmed by the article's own text, or said unknown
    assert (
        "n'est pas établi par nos sources" in caveat
    )  # how long the hospital has to issue its title: unknown
    assert "L6145-9" in rule.source and "02/12/2026" in rule.source
    assert rule.checked >= date(2026, 12, 2)


def test_the_six_years_of_a_delit_are_the_penalty_s_of_article_133_3_not_the_prosecution_s() -> None:
    fine = next(r for r, _ in regimes.load().regimes if r.id == "fine")
    sources = " ".join(fine.sources)
    assert "133-3" in sources and "six années" in sources and "02/12/2026" in sources
    assert "art. 8 CPP" in sources and "n'est pas utilisé ici" in sources
    assert not any("art. 8 " in line or "article 8 " in line for line in fine.lines)
    assert fine.checked >= date(2026, 12, 2)
