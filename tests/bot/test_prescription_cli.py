"""``verif-recouvrement prescription``: exact JSON shape, readable French, exit code 2 on bad input."""

import json
from datetime import date
from typing import Any

import pytest

from bot.cli import prescription as cli
from bot.cli.main import main


def run_json(capsys, *args: str) -> dict[str, Any]:
    assert main(["prescription", "--json", *args]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    data: dict[str, Any] = json.loads(out.out)
    return data


def test_json_has_exactly_the_documented_keys(capsys) -> None:
    # Phone bill due 15 Jan 2024, 1 € paid on 20 Dec 2024 -> 1 year from the payment: 20 Dec 2025.
    data = run_json(
        capsys,
        "--debt-type",
        "telecom",
        "--start",
        "2024-01-15",
        "--event",
        "contact:2024-06-01",
        "--event",
        "payment:2024-12-20",
        "--as-of",
        "2025-06-01",
    )
    assert set(data) == {
        "prescribed",
        "expiry",
        "rule",
        "steps",
        "explanation",
        "explanation_code",
        "caveats",
    }
    assert set(data["rule"]) == {"id", "article", "duration"}
    assert data["prescribed"] is False
    assert data["expiry"] == "2025-12-20"
    assert data["rule"] == {
        "id": "telecom",
        "article": "art. L34-2 du Code des postes et des communications électroniques",
        "duration": "P1Y",
    }
    assert len(data["steps"]) == 2 and all(isinstance(s, str) for s in data["steps"])
    assert isinstance(data["explanation"], str) and data["explanation"]
    assert all(isinstance(c, str) for c in data["caveats"])


def test_json_prescribed_true_and_null_expiry_cases(capsys) -> None:
    one_bill = ["--start", "2020-01-15", "--last-due", "2020-01-15", "--as-of", "2025-06-01"]
    data = run_json(capsys, "--debt-type", "telecom", *one_bill)
    assert data["prescribed"] is True and data["expiry"] == "2021-01-15"
    assert "open_from" not in data  # one bill: the historical shape
    data = run_json(capsys, "--debt-type", "unknown", "--start", "2020-01-15", "--as-of", "2025-06-01")
    assert data["prescribed"] is False and data["expiry"] is None and data["rule"]["duration"] is None
    data = run_json(
        capsys,
        "--debt-type",
        "civil",
        "--start",
        "2020-01-15",
        "--event",
        "court_claim:2021-01-01",
        "--as-of",
        "2025-06-01",
    )
    assert data["prescribed"] is False and data["expiry"] is None


def test_as_of_defaults_to_today_read_at_the_edge(capsys, monkeypatch) -> None:
    class FixedDate(date):
        @classmethod
        def today(cls) -> "FixedDate":
            return cls(2025, 1, 15)

    monkeypatch.setattr(cli, "date", FixedDate)
    # Start 15 Jan 2024, telecom: last day 15 Jan 2025 = "today" -> not yet prescribed.
    data = run_json(capsys, "--debt-type", "telecom", "--start", "2024-01-15")
    assert data["prescribed"] is False and data["expiry"] == "2025-01-15"


def test_human_output_is_readable_french(capsys) -> None:
    code = main(
        [
            "prescription",
            "--debt-type",
            "telecom",
            "--start",
            "2020-01-15",
            "--last-due",
            "2020-01-15",
            "--event",
            "contact:2020-06-01",
            "--as-of",
            "2025-06-01",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "Prescription d'une dette — facture d'opérateur télécom" in out
    assert "délai de 1 an" in out
    assert "Résultat : PRESCRITE (délai expiré à la fin du 15 janvier 2021)" in out
    assert "1er juin 2020 — relance" in out
    assert "À savoir :" in out and "pas un conseil juridique" in out
    assert "{" not in out  # no raw JSON, no unfilled template


def test_human_output_for_a_future_as_of_says_it_is_a_projection(capsys) -> None:
    assert (
        main(["prescription", "--debt-type", "civil", "--start", "2024-01-15", "--as-of", "2199-01-01"]) == 0
    )
    assert "date future" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--start", "2024-01-15"], "Option obligatoire manquante : --debt-type"),
        (["--debt-type", "telecom"], "Option obligatoire manquante : --start"),
        (["--debt-type", "telephone", "--start", "2024-01-15"], "Type de dette inconnu"),
        (["--debt-type", "telecom", "--start", "15/01/2024"], "Date invalide"),
        (
            ["--debt-type", "telecom", "--start", "2024-01-15", "--event", "payement:2024-02-01"],
            "Événement inconnu",
        ),
        (["--debt-type", "telecom", "--start", "2024-01-15", "--event", "payment"], "Événement mal écrit"),
        (["--debt-type", "telecom", "--start", "2024-01-15", "--as-of", "2023-01-01"], "dans le futur"),
        (["--debt-type", "telecom", "--start", "2024-01-15", "--event", "payment:2023-01-01"], "antérieur"),
        (
            ["--debt-type", "telecom", "--start", "2024-01-15", "--event", "mediation_end:2024-03-01"],
            "médiation",
        ),
    ],
)
def test_invalid_input_exits_2_with_a_french_message_and_no_traceback(capsys, args, message) -> None:
    assert main(["prescription", "--json", *args]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    assert message in out.err
    assert "Traceback" not in out.err


def test_json_for_a_future_as_of_carries_the_projection_caveat(capsys) -> None:
    data = run_json(
        capsys,
        "--debt-type",
        "civil",
        "--start",
        "2024-01-15",
        "--last-due",
        "2024-01-15",
        "--as-of",
        "2199-01-01",
    )
    assert data["prescribed"] is True and "date future" in data["caveats"][0]


def test_human_output_after_a_judgment_shows_the_ten_year_rule(capsys) -> None:
    args = [
        "--debt-type",
        "telecom",
        "--start",
        "2018-01-10",
        "--event",
        "judgment:2021-06-01",
        "--as-of",
        "2025-06-01",
    ]
    assert main(["prescription", *args]) == 0
    out = capsys.readouterr().out
    assert "facture d'opérateur télécom" in out  # the debt as the user described it
    assert "Règle : art. L111-4 CPC exéc., délai de 10 ans." in out
    assert "Résultat : pas encore prescrite ; échéance le 1er juin 2031 inclus." in out


def _says_prescribed(text: str) -> bool:
    return any(w in text for w in ("PRESCRITE", "FORCLOSE", "est prescrite depuis", "sont prescrites"))


@pytest.mark.parametrize("debt_type", ["state_tax", "local_public"])
def test_an_old_public_debt_is_never_called_prescribed_by_the_cli(capsys, debt_type) -> None:
    # "taxe fonciere de 2015 jamais payee" / "cantine de 2015": the dates alone would say prescribed (or its older
    # sums), but the public accountant may have interrupted the delay (fiche juridique 0.8).
    args = ["--debt-type", debt_type, "--start", "2015-01-10", "--as-of", "2026-12-01"]
    assert main(["prescription", *args]) == 0
    out = capsys.readouterr().out
    assert "Résultat : NON TRANCHÉ — dette publique" in out
    assert not _says_prescribed(out)
    data = run_json(capsys, *args, "--last-due", "2015-01-10")
    assert data["withheld"] == "prescription.public_unsettled"
    assert data["prescribed"] is False  # a tool reading only this field sees no verdict
    assert set(data) == {
        "prescribed",
        "expiry",
        "rule",
        "steps",
        "explanation",
        "explanation_code",
        "caveats",
        "withheld",
    }
    assert not _says_prescribed(data["explanation"]) and not any(_says_prescribed(c) for c in data["caveats"])


def test_a_seizure_reported_to_the_cli_gets_no_verdict(capsys) -> None:
    # A phone bill of 2015 seized in March 2016 (title undated): 10 years from the seizure ran out in 2026.
    args = ["--debt-type", "telecom", "--start", "2015-01-10", "--event", "enforcement:2016-03-01"]
    assert main(["prescription", *args, "--as-of", "2026-12-01"]) == 0
    out = capsys.readouterr().out
    assert "Résultat : NON TRANCHÉ — une saisie est signalée" in out and "juge de l'exécution" in out
    assert not _says_prescribed(out)
    data = run_json(capsys, *args, "--last-due", "2015-01-10", "--as-of", "2026-12-01")
    assert data["withheld"] == "prescription.seizure_reported"
    # "not established", as for an unknown debt type
    assert data["prescribed"] is False and "open_from" not in data
    assert data["rule"]["id"] == "judgment"  # the rule and expiry keep what the dates alone give


def test_a_running_public_debt_keeps_the_historical_json_shape(capsys) -> None:
    data = run_json(
        capsys,
        "--debt-type",
        "state_tax",
        "--start",
        "2024-05-10",
        "--last-due",
        "2024-05-10",
        "--as-of",
        "2026-12-01",
    )
    assert "withheld" not in data and data["prescribed"] is False and data["expiry"] == "2028-05-10"
