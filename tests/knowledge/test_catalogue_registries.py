"""INPI, Infogreffe and ANCV in the catalogue (2/12/2026): each domain with the page that names it, names strong."""

from __future__ import annotations

import datetime

from knowledge import organisations
from knowledge.base import Status

CHECKED = datetime.date(2026, 12, 2)


def test_the_three_bodies_own_their_domains_each_with_a_page_and_the_check_date() -> None:
    directory = organisations.load()
    expected = {
        "inpi": {"inpi.fr"},
        "infogreffe": {"infogreffe.fr", "infogreffe.com"},
        "ancv": {"ancv.com", "ancv.fr", "cheque-vacances.com"},
    }
    for org_id, domains in expected.items():
        org = directory.organisations[org_id]
        assert {entry.domain for entry in org.domains} == domains, org_id
        for entry in org.domains:
            assert entry.source.strip() and entry.checked == CHECKED, (org_id, entry.domain)
            assert entry.status is not Status.unverified, (org_id, entry.domain)
            owner = directory.owner_of_domain(entry.domain)
            assert owner is not None and owner[0].id == org_id, entry.domain


def test_infogreffe_fr_is_reported_only_no_page_of_its_own_was_read() -> None:
    directory = organisations.load()
    statuses = {e.domain: e.status for e in directory.organisations["infogreffe"].domains}
    assert statuses["infogreffe.fr"] is Status.reported
    assert statuses["infogreffe.com"] is Status.confirmed


def test_the_names_are_strong_and_the_ordinary_word_greffe_is_no_name() -> None:
    directory = organisations.load()
    for token, org_id in (("inpi", "inpi"), ("infogreffe", "infogreffe"), ("ancv", "ancv")):
        assert token in directory.organisations[org_id].brand_tokens, token
        assert directory.owner_of_token(token) is directory.organisations[org_id], token
    assert directory.owner_of_token("greffe") is None


def test_only_the_ancv_has_never_rules_and_each_says_where_it_comes_from() -> None:
    directory = organisations.load()
    assert not directory.organisations["inpi"].never
    assert not directory.organisations["infogreffe"].never
    rules = directory.organisations["ancv"].never
    assert {rule.status for rule in rules} == {Status.confirmed, Status.reported}
    for rule in rules:
        assert rule.source.startswith("https://") and rule.checked == CHECKED
