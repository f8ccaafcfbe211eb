"""Collectors and public services: who they are, their official domains and numbers, with sources.

One file a family in ``data/organisations/`` (collectors.toml, public_services.toml, …), same schema.
A known number or domain never proves who is contacting you: the status of each entry changes the wording.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache
from typing import Self

from pydantic import BaseModel, field_validator, model_validator

from knowledge.base import DATA_DIR, KnowledgeError, NonBlank, Sourced, Strict, read_toml, validate

_DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_NUMBER_RE = re.compile(r"^(\+[1-9]\d{5,14}|\d{2,6})$")


class OrgKind(StrEnum):
    collector = "collector"  # amicable debt collection for others
    debt_buyer = "debt_buyer"  # buys debts and collects in its own name
    creditor = "creditor"  # original creditor (bank, operator…)
    public_service = "public_service"  # administration or public body
    help = "help"  # association or help line


class OfficialDomain(Sourced):
    domain: NonBlank
    role: NonBlank  # plain French: "site officiel d'Intrum France"

    @field_validator("domain")
    @classmethod
    def _domain(cls, value: str) -> str:
        value = value.strip().lower()
        if not _DOMAIN_RE.match(value):
            raise ValueError(f"{value!r} is not a registrable domain name (ASCII, no scheme, no path)")
        return value


class OfficialNumber(Sourced):
    number: NonBlank  # E.164 (+33472801414) or a French short number (3414)
    label: NonBlank

    @field_validator("number")
    @classmethod
    def _number(cls, value: str) -> str:
        if not _NUMBER_RE.match(value):
            raise ValueError(f"{value!r} must be E.164 (+33…) or a short number of 2 to 6 digits")
        return value


class Organisation(Sourced):
    id: NonBlank
    name: NonBlank
    kind: OrgKind
    description: NonBlank
    domains: list[OfficialDomain] = []
    numbers: list[OfficialNumber] = []


class OrganisationFile(Strict):
    organisation: list[Organisation]


class Directory(BaseModel):
    organisations: dict[str, Organisation]
    by_domain: dict[str, tuple[str, OfficialDomain]]
    by_number: dict[str, list[tuple[str, OfficialNumber]]]

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        for org_id, _ in self.by_domain.values():
            assert org_id in self.organisations
        return self

    def owner_of_domain(self, domain: str) -> tuple[Organisation, OfficialDomain] | None:
        hit = self.by_domain.get(domain.lower())
        return (self.organisations[hit[0]], hit[1]) if hit else None

    def owners_of_number(self, number: str) -> list[tuple[Organisation, OfficialNumber]]:
        return [(self.organisations[org_id], entry) for org_id, entry in self.by_number.get(number, [])]


@cache
def load() -> Directory:
    organisations: dict[str, Organisation] = {}
    by_domain: dict[str, tuple[str, OfficialDomain]] = {}
    by_number: dict[str, list[tuple[str, OfficialNumber]]] = {}
    for path in sorted((DATA_DIR / "organisations").glob("*.toml")):
        parsed = validate(path, read_toml(path), OrganisationFile)
        for org in parsed.organisation:
            if org.id in organisations:
                raise KnowledgeError(f"{path}: organisation id {org.id!r} is defined twice")
            organisations[org.id] = org
            for dom in org.domains:
                if dom.domain in by_domain:
                    raise KnowledgeError(f"{path}: domain {dom.domain!r} is listed twice")
                by_domain[dom.domain] = (org.id, dom)
            for num in org.numbers:
                by_number.setdefault(num.number, []).append((org.id, num))
    if not organisations:
        raise KnowledgeError(f"{DATA_DIR / 'organisations'}: no organisation file found")
    return Directory(organisations=organisations, by_domain=by_domain, by_number=by_number)
