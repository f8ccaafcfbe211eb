"""The organisations scammers imitate in France, and those the bot sends people to, with sources.

One file a family in ``data/organisations/`` (collectors.toml, public_services.toml, banks.toml, …), same
schema, one source of truth for official domains and numbers, the names scammers put in fake addresses
(``brand_tokens``) and what each organisation says it never does by SMS or e-mail (``never``).
A rule several organisations of one file state alike is written once under ``[[shared_never]]`` and named in
their ``never`` lists (``shared = "<id>"``), copied there at load with its sources.
A known number or domain never proves who is contacting you: the status of each entry changes the wording.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Self

from pydantic import BaseModel, field_validator, model_validator

from knowledge.base import DATA_DIR, KnowledgeError, NonBlank, Sourced, Status, Strict, read_toml, validate
from knowledge.cache import loader

_DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_NUMBER_RE = re.compile(r"^(\+[1-9]\d{5,14}|\d{2,6})$")
_TOKEN_RE = re.compile(r"^[a-z0-9]{2,40}$")


class OrgKind(StrEnum):
    collector = "collector"  # amicable debt collection for others
    debt_buyer = "debt_buyer"  # buys debts and collects in its own name
    creditor = "creditor"  # original creditor (bank, operator…)
    public_service = "public_service"  # administration or public body
    help = "help"  # association or help line


class Category(StrEnum):
    """What kind of organisation it is, as a person would group them (and as the real-data report does)."""

    public_body = "public_body"  # administration, social security, public agency
    carrier = "carrier"  # parcels and post
    bank = "bank"
    credit = "credit"  # consumer credit lender
    telecom = "telecom"
    energy = "energy"
    toll = "toll"  # motorway operators and toll badges
    marketplace = "marketplace"  # online shops, classified ads, payment services
    insurer = "insurer"  # insurers and health mutuals (mutuelles)
    online_service = "online_service"  # streaming, social networks, cloud and e-mail accounts, booking sites
    collector = "collector"  # debt collectors and debt buyers
    commissaire_de_justice = "commissaire_de_justice"
    help = "help"


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


class NeverClaim(Sourced):
    """Something the organisation itself says it never does by SMS or e-mail, with the page saying so."""

    says: NonBlank  # plain French, one sentence


def _tokens(values: list[str]) -> list[str]:
    for value in values:
        if not _TOKEN_RE.match(value):
            raise ValueError(
                f"{value!r} must be 2-40 lowercase ASCII letters or digits (no hyphen, no accent)"
            )
    return values


class Organisation(Sourced):
    id: NonBlank
    name: NonBlank
    kind: OrgKind
    category: Category
    description: NonBlank
    domains: list[OfficialDomain] = []
    numbers: list[OfficialNumber] = []
    # Names a fake address uses for it (glued, with hyphens removed): "ameli", "cartevitale".
    brand_tokens: list[str] = []
    # Names that are also ordinary words or first names ("orange", "free", "amelie"): they count only
    # next to another sign (a bait word, a throw-away host), never alone.
    weak_tokens: list[str] = []
    # Words that name it only in a contact told to the bot ("un mail de la police", "un policier m'a appelé"), never in
    # an address or a pasted message: read by checks/described_contact.py alone (review, 02/12/2026).
    told_tokens: list[str] = []
    # Runs official sites under many country extensions (orange.ch, vinted.pl): the same name under another
    # extension is then not taken for an imitation.
    international: bool = False
    never: list[NeverClaim] = []

    _check_tokens = field_validator("brand_tokens", "weak_tokens", "told_tokens")(_tokens)

    @model_validator(mode="after")
    def _tokens_need_a_domain(self) -> Self:
        if (self.brand_tokens or self.weak_tokens) and not self.domains:
            raise ValueError(f"{self.id}: brand tokens need an official domain to point people to")
        return self

    @property
    def main_domain(self) -> str | None:
        """The domain to point people to: the first confirmed one, else the first listed."""
        confirmed = next((d.domain for d in self.domains if d.status is Status.confirmed), None)
        return confirmed or (self.domains[0].domain if self.domains else None)


class SharedNever(NeverClaim):
    """A rule several organisations of one file state alike (the police and the gendarmerie), written once under
    ``[[shared_never]]`` and named by each as ``[[organisation.never]] shared = "<id>"``, at its place in their list."""

    id: NonBlank


class OrganisationFile(Strict):
    shared_never: list[SharedNever] = []
    organisation: list[Organisation]

    @model_validator(mode="before")
    @classmethod
    def _shared_rules(cls, data: object) -> object:
        """Each ``shared = "<id>"`` replaced by a copy of that shared rule; an unknown, unused or doubled id refused."""
        if not isinstance(data, dict):
            return data
        shared: dict[str, dict[str, object]] = {}
        rules = data.get("shared_never", [])
        for rule in rules if isinstance(rules, list) else []:
            if isinstance(rule, dict) and isinstance(rule.get("id"), str):
                if rule["id"] in shared:
                    raise ValueError(f"shared never rule {rule['id']!r} is defined twice")
                shared[rule["id"]] = {key: value for key, value in rule.items() if key != "id"}
        used: set[str] = set()
        organisations = []
        listed = data.get("organisation", [])
        if not isinstance(listed, list):
            return data
        for org in listed:
            if isinstance(org, dict) and isinstance(org.get("never"), list):
                org = {
                    **org,
                    "never": [_shared_rule(claim, shared, used, org.get("id")) for claim in org["never"]],
                }
            organisations.append(org)
        unused = sorted(set(shared) - used)
        if unused:
            raise ValueError(f"shared never rules {unused} are named by no organisation")
        return {**data, "organisation": organisations}


def _shared_rule(claim: object, shared: dict[str, dict[str, object]], used: set[str], org: object) -> object:
    """A claim of an organisation's ``never`` list, or the shared rule it names."""
    if not isinstance(claim, dict) or "shared" not in claim:
        return claim
    if set(claim) != {"shared"}:
        raise ValueError(
            f"{org}: a never rule with 'shared' holds nothing else (its words are the shared rule's)"
        )
    name = claim["shared"]
    if not isinstance(name, str) or name not in shared:
        raise ValueError(f"{org}: never rule {name!r} is not in this file's [[shared_never]]")
    used.add(name)
    return dict(shared[name])


class Directory(BaseModel):
    organisations: dict[str, Organisation]
    by_domain: dict[str, tuple[str, OfficialDomain]]
    by_number: dict[str, list[tuple[str, OfficialNumber]]]
    by_token: dict[str, str] = {}  # brand or weak token -> organisation id

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

    def owner_of_token(self, token: str) -> Organisation | None:
        org_id = self.by_token.get(token)
        return self.organisations[org_id] if org_id else None


@loader
def load() -> Directory:
    organisations: dict[str, Organisation] = {}
    by_domain: dict[str, tuple[str, OfficialDomain]] = {}
    by_number: dict[str, list[tuple[str, OfficialNumber]]] = {}
    by_token: dict[str, str] = {}
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
            for token in (*org.brand_tokens, *org.weak_tokens):
                if token in by_token:
                    raise KnowledgeError(
                        f"{path}: brand token {token!r} of {org.id!r} already names {by_token[token]!r}"
                    )
                by_token[token] = org.id
    if not organisations:
        raise KnowledgeError(f"{DATA_DIR / 'organisations'}: no organisation file found")
    return Directory(organisations=organisations, by_domain=by_domain, by_number=by_number, by_token=by_token)
