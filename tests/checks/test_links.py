"""The link check: real sites recognised, fakes named, ordinary sites left alone, never a fetch."""

from __future__ import annotations

import json

import pytest

from checks.links import LinkResult, check_link
from checks.result import Verdict

CYRILLIC_I = "\u0456"  # looks exactly like the Latin "i"
CYRILLIC_A = "\u0430"


def codes(result: LinkResult) -> set[str]:
    return {f.code for f in result.findings}


# --- official sites: the false-positive guards ------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "organisation"),
    [
        ("https://www.intrum.fr/", "Intrum France"),
        ("intrum.fr", "Intrum France"),
        ("INTRUM.FR", "Intrum France"),
        (
            "https://www.intrum.fr/vous-avez-un-impaye/conseils-et-informations/vos-questions/",
            "Intrum France",
        ),
        ("https://www.intrum.com/", "Intrum France"),
        ("https://signal.conso.gouv.fr/", "SignalConso (DGCCRF)"),
        ("signal.conso.gouv.fr/fr/faq", "SignalConso (DGCCRF)"),
        ("https://www.service-public.fr/particuliers/vosdroits/F35106", "Service-Public.fr"),
        ("https://www.impots.gouv.fr", "Direction générale des Finances publiques (impots.gouv.fr)"),
        (
            "https://www.economie.gouv.fr/dgccrf/recouvrement-amiable-de-creances",
            "DGCCRF (ministère de l'Économie)",
        ),
        ("https://www.cnil.fr/adresser-une-plainte", "CNIL"),
        ("33700.fr", "33700 (signalement des SMS et appels indésirables)"),
        ("https://www.cybermalveillance.gouv.fr", "Cybermalveillance.gouv.fr / 17Cyber"),
        ("https://17cyber.gouv.fr", "Cybermalveillance.gouv.fr / 17Cyber"),
        (
            "https://acpr.banque-france.fr/fr/actualites",
            "ACPR (Autorité de contrôle prudentiel et de résolution, Banque de France)",
        ),
        ("https://www.banque-france.fr/fr/particuliers", "Banque de France"),
        ("https://www.antai.gouv.fr", "ANTAI (amendes)"),
        ("https://www.amendes.gouv.fr/tai", "ANTAI (amendes)"),
        ("https://www.internet-signalement.gouv.fr", "Pharos (ministère de l'Intérieur)"),
        ("https://www.bloctel.gouv.fr", "Bloctel"),
        ("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000025025657", "Légifrance"),
        ("https://3114.fr", "3114 (prévention du suicide)"),
        ("https://masecurite.interieur.gouv.fr/fr", "Ma Sécurité (police et gendarmerie)"),
        ("https://www.interieur.gouv.fr", "Ministère de l'Intérieur"),
    ],
)
def test_official_sites_are_likely_legit(link: str, organisation: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.likely_legit, result.findings
    assert result.link.official_for == organisation
    assert result.link.imitates is None
    assert codes(result) & {"link.official", "link.official_reported"}


def test_signal_conso_matches_on_the_full_host_not_its_registrable_part() -> None:
    # gouv.fr is a public suffix: the registrable domain of signal.conso.gouv.fr is conso.gouv.fr.
    result = check_link("https://signal.conso.gouv.fr/")
    assert result.link.domain == "conso.gouv.fr"
    assert result.link.host == "signal.conso.gouv.fr"
    assert result.link.official_for == "SignalConso (DGCCRF)"
    # conso.gouv.fr itself is not SignalConso: it is only "a State site", not the organisation.
    parent = check_link("https://conso.gouv.fr/")
    assert parent.link.official_for is None
    assert codes(parent) == {"link.gouv_fr"}


def test_masecurite_is_named_before_its_parent_ministry() -> None:
    assert (
        check_link("masecurite.interieur.gouv.fr").link.official_for == "Ma Sécurité (police et gendarmerie)"
    )


def test_press_cited_domain_is_inconclusive_and_worded_as_unconfirmed() -> None:
    # Fact sheet 0.12 (issue 14): myintrum.fr has no official source, so never "plutôt légitime".
    result = check_link("myintrum.fr")
    assert result.verdict is Verdict.inconclusive
    assert result.link.official_for == "Intrum France"
    assert codes(result) == {"link.official_unverified"}
    message = result.findings[0].message
    assert "cité par la presse, non confirmé" in message
    assert "intrum[.]fr" in message  # points to the confirmed address instead


def test_plain_http_on_an_official_site_stays_legit_with_a_low_note() -> None:
    result = check_link("http://www.intrum.fr")
    assert result.verdict is Verdict.likely_legit
    assert codes(result) == {"link.official", "link.plain_http"}


@pytest.mark.parametrize(
    "link",
    [
        "https://www.marmiton.org/recettes",
        "https://www.seloger.com/annonces/123",
        "www.ouest-france.fr/bretagne/rennes",
        "amelie.fr",
        "justine.fr",
        "https://www.boulangerie-dupont.fr/",
        # Names that are also ordinary words count only next to another sign (catalogue weak tokens).
        "https://www.orange-bleue.fr/",
        "https://www.ville-orange.fr",
        "https://www.vinci-construction.com/",
        "free-jazz-festival.fr",
        "https://fr.wikipedia.org/wiki/Recouvrement_de_cr%C3%A9ances",
        "https://www.lemonde.fr/economie/",  # was sncf-connect.com, now an official domain of the catalogue
        "https://deco-interieur.fr",
        "https://justice-climatique.org",
        "https://www.economie-energie.fr",
        "https://www.intrusion.fr",
        "https://www.google.com/search?q=intrum",
        "café-de-paris.fr",
    ],
)
def test_ordinary_unknown_sites_are_not_flagged(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive, [f.code for f in result.findings]
    assert result.link.imitates is None


@pytest.mark.parametrize(
    ("link", "organisation"),
    [
        ("https://www.leboncoin.fr/annonce/123", "Leboncoin"),
        ("https://www.laposte.fr/suivi", "La Poste et Colissimo"),
        ("https://www.credit-agricole.fr/particulier/compte.html", "Crédit Agricole"),
        ("https://www.orange.fr/portail", "Orange (et Sosh)"),
        ("https://www.chronopost.fr/tracking", "Chronopost"),
        ("https://www.ameli.fr/assure", "Assurance Maladie (ameli.fr)"),
        ("https://www.franceconnect.gouv.fr/", "FranceConnect"),
        ("https://particuliers.sg.fr/", "Société Générale (SG)"),
        ("https://mabanque.bnpparibas/", "BNP Paribas"),
    ],
)
def test_catalogue_organisations_are_recognised_on_their_own_sites(link: str, organisation: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.likely_legit, [f.code for f in result.findings]
    assert result.link.official_for == organisation
    assert result.link.imitates is None


def test_unknown_site_gets_the_advice_to_type_the_address_yourself() -> None:
    result = check_link("https://www.marmiton.org")
    assert codes(result) == {"link.unknown"}
    message = result.findings[0].message
    assert "tapez vous-même" in message
    assert "SMS" in message


# --- the expected verdicts of the brief -------------------------------------------------------------


def test_defanged_brand_plus_fr_word_with_pay_path_is_likely_scam() -> None:
    result = check_link("hxxps://myintrum-fr[.]com/payer")
    assert result.verdict is Verdict.likely_scam
    assert result.link.imitates in {"myintrum.fr", "intrum.fr"}
    assert {"link.brand_in_domain", "link.pretend_suffix", "link.brand_bait_words"} <= codes(result)
    assert result.link.display == "hxxps://myintrum-fr[.]com/payer"
    assert result.link.host == "myintrum-fr.com"


def test_userinfo_before_at_sign_hides_a_raw_ip() -> None:
    result = check_link("https://www.intrum.fr@203.0.113.45/")
    assert result.verdict is Verdict.likely_scam
    assert result.link.host == "203.0.113.45"
    assert result.link.official_for is None
    assert {"link.userinfo_trick", "link.raw_ip"} <= codes(result)
    trick = next(f for f in result.findings if f.code == "link.userinfo_trick")
    assert "www[.]intrum[.]fr" in trick.message and "203[.]0[.]113[.]45" in trick.message


def test_official_name_in_front_of_another_site_is_likely_scam() -> None:
    result = check_link("intrum.fr.secure-paiement.com")
    assert result.verdict is Verdict.likely_scam
    assert result.link.domain == "secure-paiement.com"
    assert result.link.imitates == "intrum.fr"
    assert "link.brand_in_subdomain" in codes(result)


def test_www_official_name_in_front_of_an_abused_tld() -> None:
    result = check_link("www.intrum.fr.verif.top")
    assert result.verdict is Verdict.likely_scam
    assert {"link.brand_in_subdomain", "link.abused_tld"} <= codes(result)


def test_punycode_with_a_cyrillic_letter_is_likely_scam_and_shows_both_forms() -> None:
    fake = f"{CYRILLIC_I}ntrum.fr"
    encoded = fake.encode("idna").decode("ascii")
    assert encoded.startswith("xn--")
    result = check_link(f"https://{encoded}/")
    assert result.verdict is Verdict.likely_scam
    assert result.link.imitates == "intrum.fr"
    assert result.link.host == encoded
    homoglyph = next(f for f in result.findings if f.code == "link.homoglyph")
    assert f"{CYRILLIC_I}ntrum[.]fr" in homoglyph.message  # decoded
    assert encoded.replace(".", "[.]") in homoglyph.message  # encoded
    assert "link.mixed_scripts" in codes(result)


def test_the_same_homoglyph_pasted_in_unicode_is_caught_too() -> None:
    result = check_link(f"https://{CYRILLIC_I}ntrum.fr/payer")
    assert result.verdict is Verdict.likely_scam
    assert result.link.display.startswith("hxxps://xn--")  # the display never shows the disguise


def test_cyrillic_a_in_ameli_is_a_homoglyph() -> None:
    result = check_link(f"{CYRILLIC_A}meli.fr")
    assert result.verdict is Verdict.likely_scam
    assert result.link.imitates == "ameli.fr"


def test_shortener_is_suspicious_not_scam() -> None:
    result = check_link("bit.ly/3xYz")
    assert result.verdict is Verdict.suspicious
    assert codes(result) == {"link.shortener"}
    assert "cache la vraie destination" in result.findings[0].message


@pytest.mark.parametrize("link", ["https://tinyurl.com/4abc", "t.co/xyz", "cutt.ly/a1", "is.gd/x", "s.id/ab"])
def test_other_shorteners(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.suspicious
    assert "link.shortener" in codes(result)


def test_fake_antai_fine_in_plain_http_is_likely_scam() -> None:
    result = check_link("http://antai-amende-paiement.fr")
    assert result.verdict is Verdict.likely_scam
    assert result.link.imitates == "antai.gouv.fr"
    assert {"link.brand_in_domain", "link.brand_bait_words", "link.plain_http"} <= codes(result)


def test_brand_plus_payment_word_is_likely_scam() -> None:
    result = check_link("intrum-paiement.com")
    assert result.verdict is Verdict.likely_scam
    assert result.link.imitates == "intrum.fr"


def test_brand_glued_to_words_is_seen() -> None:
    result = check_link("https://monespaceintrum.com/dossier")
    assert result.link.imitates == "intrum.fr"
    assert result.verdict is Verdict.likely_scam


def test_impots_gouv_written_as_a_word_is_suspicious() -> None:
    result = check_link("https://impots-gouv.com")
    assert result.verdict is Verdict.suspicious
    assert {"link.brand_in_domain", "link.pretend_suffix"} <= codes(result)


def test_same_name_under_a_defensive_extension_is_no_sign_by_itself() -> None:
    # Companies register their own name under .com/.net/.org/.eu/.fr: intrum.net alone proves nothing.
    result = check_link("intrum.net")
    assert result.verdict is Verdict.inconclusive
    assert codes(result) == {"link.brand_same_name"}
    assert "intrum[.]fr" in result.findings[0].message


@pytest.mark.parametrize(
    "link", ["sfr.net", "https://www.chronopost.com/", "bouyguestelecom.org", "caisse-epargne.com"]
)
def test_a_brand_s_own_name_under_an_ordinary_extension_stays_inconclusive(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive
    assert "link.unknown" not in codes(result)  # the finding already says what to do


@pytest.mark.parametrize(
    "link",
    [
        "labanquepostale.in",  # a French bank under another country's extension
        "chronopost.top",  # a throw-away extension
        "paiement.sfr.net",  # a bait word in front
        "https://sfr.net/espace-client/regler-ma-facture/paiement",  # a payment page
    ],
)
def test_same_name_elsewhere_or_with_a_lure_is_still_flagged(link: str) -> None:
    assert check_link(link).verdict in {Verdict.suspicious, Verdict.likely_scam}


@pytest.mark.parametrize(
    "link",
    ["bnpparibasopen.com", "https://www.fondation-orange.fr/", "orange-velodrome.com", "ameli-marathon.fr"],
)
def test_an_event_or_foundation_named_after_a_brand_is_not_flagged(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.inconclusive
    # A distinctive name is named ("link.brand_event"); an ordinary word (orange) is not even taken for it.
    assert codes(result) in ({"link.brand_event"}, {"link.unknown"})
    assert codes(check_link("bnpparibasopen.com")) == {"link.brand_event"}


@pytest.mark.parametrize(
    "link",
    [
        "bnpparibas-open-paiement.com",  # a bait word next to the event
        "bnpparibasopen.top",  # a throw-away extension
        "https://bnpparibasopen.com/connexion/compte/carte",  # a sign-in page
        "sfr-festival-remboursement.fr",
        "amazon-recrutement.com",  # job offers are not events: fake ones are a scam of their own
    ],
)
def test_an_event_name_with_a_lure_is_still_flagged(link: str) -> None:
    assert check_link(link).verdict in {Verdict.suspicious, Verdict.likely_scam}


# --- look-alikes ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("link", "how"),
    [
        ("intrurn.fr", "rn"),
        ("1egifrance.gouv.fr.com", None),
        ("b1octel.fr", "chiffre 1"),
        # was servicepub1ic.fr: "service public" is a weak name since round 10 (real public bodies carry it),
        # and weak names get no look-alike reading
        ("paypa1.fr", "chiffre 1"),
    ],
)
def test_ascii_visual_tricks(link: str, how: str | None) -> None:
    result = check_link(link)
    assert result.verdict in {Verdict.suspicious, Verdict.likely_scam}
    if how is not None:
        lookalike = next(f for f in result.findings if f.code == "link.lookalike")
        assert how in lookalike.message


@pytest.mark.parametrize(
    ("link", "fragment"),
    [
        ("intrun.fr", "« n » au lieu de « m »"),
        ("intrim.fr", "« i » au lieu de « u », une touche voisine"),
        ("intrmu.fr", "deux lettres inversées"),
        ("inttrum.fr", "une lettre en trop"),
        ("intum.fr", None),  # too short a difference on a short name is still caught: one letter missing
        ("bloctell.fr", "une lettre en trop"),
    ],
)
def test_one_letter_typos_of_official_names(link: str, fragment: str | None) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.suspicious, [f.code for f in result.findings]
    typo = next(f for f in result.findings if f.code == "link.typo")
    if fragment is not None:
        assert fragment in typo.message


def test_typo_with_a_payment_path_adds_the_bait_words_but_stays_suspicious() -> None:
    # One letter of difference is a doubt, not proof: converging signals are needed for "likely_scam".
    result = check_link("https://intrun.fr/paiement/carte")
    assert result.verdict is Verdict.suspicious
    assert {"link.typo", "link.brand_bait_words"} <= codes(result)


# --- other signals ---------------------------------------------------------------------------------------


def test_raw_ipv4_and_ipv6_and_decimal_hosts() -> None:
    assert "link.raw_ip" in codes(check_link("http://203.0.113.45/paiement"))
    v6 = check_link("https://[2001:db8::1]/intrum")
    assert "link.raw_ip" in codes(v6)
    assert v6.link.host == "2001:db8::1"
    assert "link.raw_ip" in codes(check_link("http://3405803821/"))


def test_free_hosting_is_medium_and_brand_on_it_is_scam() -> None:
    plain = check_link("https://mon-projet.github.io/")
    assert codes(plain) == {"link.free_hosting"}
    assert plain.verdict is Verdict.suspicious
    fake = check_link("https://intrum-paiement.web.app/")
    assert fake.verdict is Verdict.likely_scam
    assert fake.link.domain == "intrum-paiement.web.app"
    assert "link.free_hosting" in codes(check_link("https://sites.google.com/view/dossier-4521"))


def test_abused_tld_alone_is_medium() -> None:
    result = check_link("https://reglement-dossier.top")
    assert "link.abused_tld" in codes(result)
    assert result.verdict is Verdict.suspicious


def test_userinfo_without_a_site_name_is_medium() -> None:
    result = check_link("https://client@example.com/")
    assert "link.userinfo" in codes(result)


def test_email_address_is_read_as_its_domain() -> None:
    result = check_link("contact@intrum.fr")
    assert result.link.official_for == "Intrum France"
    assert "link.email" in codes(result)
    assert "link.userinfo_trick" not in codes(result)


def test_zero_width_characters_are_flagged() -> None:
    result = check_link("https://intr\u200bum.fr/")
    assert "link.hidden_chars" in codes(result)
    assert result.link.host == "intrum.fr"


def test_very_deep_host_is_flagged_low() -> None:
    result = check_link("https://a.b.c.d.e.f.secure-zone.com/")
    assert "link.long_host" in codes(result)


def test_accented_ordinary_idn_is_only_low() -> None:
    result = check_link("https://café-de-paris.fr/")
    assert codes(result) == {"link.idn", "link.unknown"}
    assert result.verdict is Verdict.inconclusive


@pytest.mark.parametrize(
    "text",
    [
        "hxxps://myintrum-fr[.]com/payer",
        "hxxp://myintrum-fr(.)com/payer",
        "myintrum-fr[dot]com/payer",
        "https[:]//myintrum-fr[.]com/payer",
        "(https://myintrum-fr.com/payer)",
        "«myintrum-fr.com/payer»",
        "https://myintrum-fr.com/payer.",
        "HTTPS://MYINTRUM-FR.COM/payer",
    ],
)
def test_defanged_wrapped_and_uppercase_forms_give_the_same_host(text: str) -> None:
    result = check_link(text)
    assert result.link.host == "myintrum-fr.com"
    assert result.verdict is Verdict.likely_scam


@pytest.mark.parametrize("text", ["intrum.fr.", "(https://intrum.fr)", "«intrum.fr»", "“intrum.fr”,"])
def test_sentence_punctuation_is_not_part_of_the_link(text: str) -> None:
    result = check_link(text)
    assert result.link.host == "intrum.fr"
    assert result.verdict is Verdict.likely_legit


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "bonjour",
        "javascript:alert(1)",
        "https://",
        "https://x.fr:99999/",
        "😀😀",
        "a" * 300 + ".com",
        "\x00",
    ],
)
def test_malformed_input_gives_a_friendly_invalid_finding(text: str) -> None:
    result = check_link(text)
    assert codes(result) == {"link.invalid"}
    assert result.verdict is Verdict.inconclusive
    assert "Nous ne l'ouvrons jamais" in result.findings[0].message


def test_sentence_with_a_link_checks_that_link() -> None:
    result = check_link("Réglez sur hxxps://myintrum-fr[.]com/payer avant demain.")
    assert result.link.host == "myintrum-fr.com"
    assert result.verdict is Verdict.likely_scam


def test_json_has_exactly_the_documented_keys() -> None:
    data = check_link("https://www.intrum.fr/").model_dump(mode="json")
    assert set(data) == {"kind", "verdict", "findings", "summary", "link"}
    assert data["kind"] == "link"
    assert set(data["link"]) == {"input", "display", "host", "domain", "official_for", "imitates"}
    assert set(data["findings"][0]) == {"code", "severity", "message", "source"}
    json.dumps(data)


def test_summary_comes_from_the_link_wording() -> None:
    assert check_link("bit.ly/3xYz").summary.startswith("Ce lien présente des signes suspects")


def test_every_address_in_a_message_is_defanged() -> None:
    for link in [
        "https://www.intrum.fr@203.0.113.45/",
        "intrum.fr.secure-paiement.com",
        "bit.ly/3xYz",
        "https://www.leboncoin.fr",
    ]:
        for f in check_link(link).findings:
            assert ".fr " not in f.message and ".com " not in f.message
            assert "http://" not in f.message and "https://" not in f.message


def test_brand_in_the_path_of_a_free_hosting_page_is_an_imitation() -> None:
    result = check_link("https://sites.google.com/view/intrum-paiement")
    assert result.verdict is Verdict.likely_scam
    assert {"link.free_hosting", "link.brand_in_path", "link.brand_bait_words"} <= codes(result)
    assert result.link.imitates == "intrum.fr"


def test_brand_in_the_path_of_an_ordinary_site_is_not_flagged() -> None:
    # A news article about Intrum is not a fake Intrum site.
    result = check_link("https://www.lemonde.fr/economie/article/2026/01/10/intrum-recouvrement_123.html")
    assert result.verdict is Verdict.inconclusive
    assert result.link.imitates is None


@pytest.mark.parametrize(
    "link",
    [
        "https://www.service-public.gouv.fr/",
        "https://www.securite-routiere.gouv.fr/",
        "https://www.info.gouv.fr/",
        "https://www.ecologie.gouv.fr/",
        "https://www.stationnement.gouv.fr/",
    ],
)
def test_state_sites_under_gouv_fr_are_never_taken_for_imitations(link: str) -> None:
    result = check_link(link)
    assert result.verdict is Verdict.likely_legit
    assert codes(result) == {"link.gouv_fr"}
    assert result.link.imitates is None


def test_gouv_fr_written_inside_another_name_is_not_gouv_fr() -> None:
    result = check_link("https://impots.gouv.fr.paiement-en-ligne.com/")
    assert "link.gouv_fr" not in codes(result)
    assert result.verdict is Verdict.likely_scam


# --- telecom names that are ordinary words, next to sign-in or bill words -------------------------------


@pytest.mark.parametrize(
    "link",
    [
        "https://espace-client-free.monsite-pro.com/",  # "espace client" split by hyphens, in front of a site
        "https://mon-compte-orange.boutique-deco.com/",
        "bbox-facture.com",  # the name of Bouygues Telecom's box, next to a bill
        "https://artisan-bois.fr/espace-abonne-free/",  # "espace abonné" written with hyphens in the path
    ],
)
def test_an_ordinary_word_brand_next_to_a_split_sign_in_phrase_is_flagged(link: str) -> None:
    result = check_link(link)
    assert result.verdict in {Verdict.suspicious, Verdict.likely_scam}, codes(result)
    assert result.link.imitates is not None


@pytest.mark.parametrize(
    "link",
    [
        "https://artisan-bois.fr/wp-content/orange/index.php",  # a kit dropped in a WordPress folder
        "https://artisan-bois.fr/wp-includes/sfr/",
        "https://artisan-bois.fr/wp-admin/css/espace-orange-fr/",
    ],
)
def test_a_brand_named_folder_inside_wordpress_is_a_kit(link: str) -> None:
    result = check_link(link)
    assert result.verdict in {Verdict.suspicious, Verdict.likely_scam}, codes(result)
    assert "link.brand_in_path_unofficial" in codes(result)


@pytest.mark.parametrize(
    "link",
    [
        "https://blog-cuisine.fr/wp-content/uploads/2024/05/orange.jpg",  # a picture in an article
        "https://blog-conso.fr/wp-content/uploads/2024/05/ameli-carte-vitale.png",
        "https://bbox-actus.com",  # a fan site: "bbox" is also an ordinary word
        "https://www.lequipe.fr/football/orange-velodrome-om.html",
    ],
)
def test_ordinary_pages_naming_a_brand_stay_unflagged(link: str) -> None:
    assert check_link(link).verdict is Verdict.inconclusive
