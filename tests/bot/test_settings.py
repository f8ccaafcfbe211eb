"""Settings from the environment and `.env`: defaults, validation messages that help, secrets never shown."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError, load_settings

TOKEN = "7312845521:AAHk3v-Zq9_fakeTokenForTests0123456789"
HASH_SECRET = "b1946ac92492d2347c6235b4d2611184-test"
VARIABLES = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_API_BASE_URL",
    "TELEGRAM_API_FILE_URL",
    "DATABASE_PATH",
    "DATABASE_URL",
    "USER_ID_HASH_SECRET",
    "LOG_LEVEL",
    "RETENTION_DAYS",
    "RATE_LIMIT_PER_MINUTE",
    "WEBHOOK_URL",
    "WEBHOOK_PORT",
    "WEBHOOK_SECRET_TOKEN",
)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No variable from the developer's shell or the repository's .env leaks into a test."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_defaults_start_the_terminal_chat_with_polling_settings() -> None:
    settings = load_settings(env_file=None)
    assert settings.mode == "terminal"
    assert settings.telegram_bot_token is None
    assert settings.telegram_api_base_url == "https://api.telegram.org/bot"
    assert settings.telegram_api_file_url == "https://api.telegram.org/file/bot"
    assert settings.database_path == Path("var/verif-recouvrement.db")
    assert (settings.log_level, settings.retention_days, settings.rate_limit_per_minute) == ("INFO", 30, 20)
    assert settings.use_webhook is False


def test_a_token_and_secret_from_the_environment_start_telegram(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("USER_ID_HASH_SECRET", HASH_SECRET)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", "http://127.0.0.1:9000/bot")
    monkeypatch.setenv("LOG_LEVEL", "debug")
    monkeypatch.setenv("RETENTION_DAYS", "7")
    settings = load_settings(env_file=None)
    assert settings.mode == "telegram"
    assert settings.telegram_bot_token is not None and settings.telegram_bot_token.get_secret_value() == TOKEN
    assert settings.telegram_api_base_url == "http://127.0.0.1:9000/bot"
    assert settings.log_level == "DEBUG"
    assert settings.retention_days == 7
    assert settings.hash_secret().get_secret_value() == HASH_SECRET


def test_a_dotenv_file_is_read_and_the_environment_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / ".env").write_text(
        "# configuration locale\n"
        f"TELEGRAM_BOT_TOKEN={TOKEN}\n"
        f'USER_ID_HASH_SECRET="{HASH_SECRET}"\n'
        "DATABASE_PATH=data/bot.db\n"
        "RATE_LIMIT_PER_MINUTE=10\n"
        "WEBHOOK_URL=\n",  # empty means unset
        encoding="utf-8",
    )
    monkeypatch.setenv("RATE_LIMIT_PER_MINUTE", "30")
    settings = load_settings()  # default: ./.env
    assert settings.mode == "telegram"
    assert settings.database_path == Path("data/bot.db")
    assert settings.rate_limit_per_minute == 30
    assert settings.webhook_url is None


def test_webhook_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.fr/telegram")
    monkeypatch.setenv("WEBHOOK_SECRET_TOKEN", "s3cr3t_Token-value")
    settings = load_settings(env_file=None)
    assert settings.use_webhook and settings.listen_port == 8443
    monkeypatch.setenv("WEBHOOK_PORT", "8080")
    assert load_settings(env_file=None).listen_port == 8080


def _error(monkeypatch: pytest.MonkeyPatch, **env: str) -> str:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError) as caught:
        load_settings(env_file=None)
    return str(caught.value)


def test_a_token_alone_starts_telegram_with_a_per_install_secret(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "var" / "bot.db"))
    settings = load_settings(env_file=None)
    assert settings.mode == "telegram" and settings.user_id_hash_secret is None
    with caplog.at_level("INFO", logger="bot.privacy"):
        first = settings.hash_secret().get_secret_value()
        again = load_settings(env_file=None).hash_secret().get_secret_value()  # a restart
    secret_file = tmp_path / "var" / "bot.db.secret"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert again == first and len(first) == 64
    created = [
        r.getMessage() for r in caplog.records if "created the per-install hash secret" in r.getMessage()
    ]
    assert len(created) == 1 and str(secret_file) in created[0]  # said once, with where
    assert all(first not in r.getMessage() for r in caplog.records)  # never the value


def test_user_id_hash_secret_wins_over_the_secret_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "bot.db"))
    (tmp_path / "bot.db.secret").write_text("f" * 64 + "\n")
    monkeypatch.setenv("USER_ID_HASH_SECRET", HASH_SECRET)
    assert load_settings(env_file=None).hash_secret().get_secret_value() == HASH_SECRET


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"TELEGRAM_API_BASE_URL": "ftp://api.telegram.org/bot"},
            "\n- TELEGRAM_API_BASE_URL must be an http(s) URL",
        ),
        ({"TELEGRAM_API_BASE_URL": "api.telegram.org/bot"}, "TELEGRAM_API_BASE_URL"),
        ({"TELEGRAM_API_FILE_URL": "file:///etc/passwd"}, "TELEGRAM_API_FILE_URL"),
        ({"USER_ID_HASH_SECRET": "court"}, "USER_ID_HASH_SECRET must be at least 16 characters"),
        ({"LOG_LEVEL": "bavard"}, "- LOG_LEVEL: Input should be 'DEBUG'"),
        ({"RETENTION_DAYS": "0"}, "RETENTION_DAYS"),
        ({"RETENTION_DAYS": "trente"}, "RETENTION_DAYS"),
        ({"RATE_LIMIT_PER_MINUTE": "-5"}, "RATE_LIMIT_PER_MINUTE"),
        ({"WEBHOOK_URL": "http://bot.example.fr/hook"}, "WEBHOOK_URL must be an https URL"),
        ({"WEBHOOK_URL": "https://bot.example.fr/hook", "WEBHOOK_PORT": "70000"}, "WEBHOOK_PORT"),
        (
            {"WEBHOOK_URL": "https://bot.example.fr/hook", "WEBHOOK_SECRET_TOKEN": "espace interdite"},
            "WEBHOOK_SECRET_TOKEN must be",
        ),
        ({"WEBHOOK_PORT": "8443"}, "only make sense with WEBHOOK_URL"),
        (
            {"TELEGRAM_BOT_TOKEN": "123:abc def", "USER_ID_HASH_SECRET": HASH_SECRET},
            "TELEGRAM_BOT_TOKEN must be the token",
        ),
    ],
)
def test_invalid_values_name_the_variable(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    message = _error(monkeypatch, **env)
    assert message.startswith("Configuration invalide / invalid configuration:\n- ")
    assert expected in message


def test_several_problems_are_listed_together_without_echoing_values(monkeypatch: pytest.MonkeyPatch) -> None:
    message = _error(
        monkeypatch,
        TELEGRAM_BOT_TOKEN="123:abc def-secret-part",
        USER_ID_HASH_SECRET="tooshort-secret",
        WEBHOOK_SECRET_TOKEN="bad token value!",
        WEBHOOK_URL="https://bot.example.fr/hook",
    )
    assert message.count("\n- ") == 3
    for value in ("abc def-secret-part", "tooshort-secret", "bad token value!"):
        assert value not in message


def test_a_local_http_webhook_is_allowed_for_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WEBHOOK_URL", "http://127.0.0.1:8081/hook")
    assert load_settings(env_file=None).use_webhook


def test_secrets_never_appear_in_repr_or_str(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("USER_ID_HASH_SECRET", HASH_SECRET)
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.fr/hook")
    monkeypatch.setenv("WEBHOOK_SECRET_TOKEN", "webhook_secret_value_42")
    settings = load_settings(env_file=None)
    shown = repr(settings) + str(settings) + repr(settings.model_dump()) + settings.model_dump_json()
    for secret in (TOKEN, HASH_SECRET, "webhook_secret_value_42"):
        assert secret not in shown
    assert "**********" in shown


def test_the_terminal_chat_gets_a_private_per_install_secret_next_to_the_database(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, database_path=tmp_path / "var" / "bot.db")
    first = settings.hash_secret()
    secret_file = tmp_path / "var" / "bot.db.secret"
    assert secret_file.exists()
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600
    assert len(first.get_secret_value()) == 64
    assert settings.hash_secret().get_secret_value() == first.get_secret_value()  # stable across runs
    other_install = Settings(_env_file=None, database_path=tmp_path / "elsewhere" / "bot.db")
    assert other_install.hash_secret().get_secret_value() != first.get_secret_value()


def test_a_secret_file_with_loose_permissions_is_tightened(tmp_path: Path) -> None:
    secret_file = tmp_path / "bot.db.secret"
    secret_file.write_text("0123456789abcdef0123456789abcdef\n")
    secret_file.chmod(0o644)
    settings = Settings(_env_file=None, database_path=tmp_path / "bot.db")
    assert settings.hash_secret().get_secret_value() == "0123456789abcdef0123456789abcdef"
    assert stat.S_IMODE(secret_file.stat().st_mode) == 0o600


def test_an_empty_secret_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "bot.db.secret").write_text("\n")
    settings = Settings(_env_file=None, database_path=tmp_path / "bot.db")
    with pytest.raises(ValueError, match="does not hold a valid secret"):
        settings.hash_secret()


def test_the_env_example_lists_every_setting_with_a_comment() -> None:
    example = (Path(__file__).resolve().parents[2] / ".env.example").read_text(encoding="utf-8")
    lines = example.splitlines()
    for name in VARIABLES:
        [index] = [i for i, line in enumerate(lines) if line.lstrip("# ").startswith(name + "=")]
        assert lines[index - 1].startswith("#"), f"{name} has no comment above it"
    assert set(VARIABLES) == {f.upper() for f in Settings.model_fields}


def test_the_env_example_copied_as_is_gives_a_working_terminal_configuration() -> None:
    example = Path(__file__).resolve().parents[2] / ".env.example"
    settings = load_settings(env_file=example)
    assert settings.mode == "terminal" and not settings.use_webhook
