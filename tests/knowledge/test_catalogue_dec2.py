"""The catalogue entries of 2/12/2026: each domain sourced and dated, names strong or weak by what they are."""

from __future__ import annotations

import datetime

from knowledge import organisations
from knowledge.base import Status

ADDED = ("crous", "carsat", "insee", "tracfin", "acpr", "amf", "paylib_wero", "msa")
CHECKED = datetime.date(2026, 12, 2)


def test_the_added_bodies_are_in_the_catalogue_each_domain_with_its_page_and_date() -> None:
    directory = organisations.load()
    assert len(directory.organisations) == 140  # 129, eight on 2/12/2026, then INPI, Infogreffe, ANCV
    for org_id in ADDED:
        org = directory.organisations[org_id]
        assert org.domains, org_id
        for entry in org.domains:
            assert entry.source.strip() and entry.checked == CHECKED, (org_id, entry.domain)
            assert entry.status is not Status.unverified, (org_id, entry.domain)


def test_the_39_regional_banks_of_the_credit_agricole_belong_to_it() -> None:
    directory = organisations.load()
    regional = [
        d.domain for d in directory.organisations["credit_agricole"].domains if d.domain.startswith("ca-")
    ]
    assert len(regional) == 39
    for domain in regional:
        owner = directory.owner_of_domain(domain)
        assert owner is not None and owner[0].id == "credit_agricole", domain
    # « ca- » starts the names of communautés d'agglomération too: no name token is made of the regional labels.
    tokens = {t for org in directory.organisations.values() for t in (*org.brand_tokens, *org.weak_tokens)}
    assert not tokens & {domain.split(".")[0].replace("-", "") for domain in regional}


def test_names_that_are_ordinary_strings_are_weak_and_distinctive_ones_strong() -> None:
    directory = organisations.load()
    assert directory.owner_of_token("crous") is directory.organisations["crous"]
    assert "crous" in directory.organisations["crous"].weak_tokens  # croustade, croustillant
    assert "amf" in directory.organisations["amf"].weak_tokens  # three letters, many bodies' initials
    assert "wero" in directory.organisations["paylib_wero"].weak_tokens
    assert "arkea" in directory.organisations["credit_mutuel_de_bretagne"].weak_tokens  # park + easy
    for org_id, strong in (
        ("carsat", "carsat"),
        ("insee", "insee"),
        ("tracfin", "tracfin"),
        ("acpr", "acpr"),
    ):
        assert strong in directory.organisations[org_id].brand_tokens, org_id
    assert "payfip" in directory.organisations["impots"].brand_tokens
    msa = directory.organisations["msa"]
    assert not msa.brand_tokens and not msa.weak_tokens  # « msa »: three letters, no token at all


def test_the_never_rules_added_say_where_they_come_from() -> None:
    directory = organisations.load()
    for org_id in ("banque_de_france", "acpr", "amf", "insee", "carsat"):
        claims = directory.organisations[org_id].never
        assert claims, org_id
        for claim in claims:
            assert claim.source.startswith("http") and claim.checked, org_id
