"""Settings of the bot, from the environment and a ``.env`` file (the environment wins).

Secrets are ``SecretStr``: they never appear in a repr, a log line or a validation message. Use
``load_settings()`` at the edge: it turns pydantic's errors into a short French/English message naming the
environment variable, without echoing any value (a pasted token must not end up in a terminal log).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.privacy import MIN_SECRET_CHARS, load_or_create_secret

LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]

DEFAULT_WEBHOOK_PORT = 8443
_WEBHOOK_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")  # Telegram's rule for secret_token
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


class SettingsError(ValueError):
    """The configuration is invalid; the message lists each variable and what is wrong, never a value."""


def _http_url(value: str, name: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ValueError(f"{name} must be an http(s) URL such as https://api.telegram.org/bot")
    return value


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,  # ``TELEGRAM_BOT_TOKEN=`` in .env means "not set"
        extra="ignore",
        case_sensitive=False,
        frozen=True,
    )

    telegram_bot_token: SecretStr | None = None
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_api_file_url: str = "https://api.telegram.org/file/bot"
    database_path: Path = Path("var/verif-recouvrement.db")
    database_url: SecretStr | None = None  # postgresql://… : PostgreSQL shared by several workers
    user_id_hash_secret: SecretStr | None = None
    log_level: LogLevel = "INFO"
    retention_days: int = Field(default=30, ge=1, le=3650)
    rate_limit_per_minute: int = Field(default=20, ge=1, le=1000)
    webhook_url: str | None = None
    webhook_port: int | None = Field(default=None, ge=1, le=65535)
    webhook_secret_token: SecretStr | None = None

    @field_validator("telegram_bot_token")
    @classmethod
    def _token_shape(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return None
        raw = value.get_secret_value()
        if not raw.strip() or any(c.isspace() or c in "/?#" for c in raw):
            raise ValueError(
                "TELEGRAM_BOT_TOKEN must be the token given by @BotFather (no spaces, no '/', '?' or '#')"
            )
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _base_url(cls, value: str) -> str:
        return _http_url(value.strip(), "TELEGRAM_API_BASE_URL")

    @field_validator("telegram_api_file_url")
    @classmethod
    def _file_url(cls, value: str) -> str:
        return _http_url(value.strip(), "TELEGRAM_API_FILE_URL")

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper_level(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("user_id_hash_secret")
    @classmethod
    def _secret_length(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < MIN_SECRET_CHARS:
            raise ValueError(
                f"USER_ID_HASH_SECRET must be at least {MIN_SECRET_CHARS} characters "
                '(e.g. python3 -c "import secrets; print(secrets.token_hex(32))")'
            )
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and urlsplit(value.get_secret_value().strip()).scheme not in {
            "postgresql",
            "postgres",
        }:
            raise ValueError("DATABASE_URL must be a PostgreSQL URL such as postgresql://user@host/base")
        return value

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value.strip())
        if parts.scheme == "https" and parts.hostname:
            return value.strip()
        if parts.scheme == "http" and parts.hostname in _LOCAL_HOSTS:
            return value.strip()  # a local test server; Telegram itself only calls https webhooks
        raise ValueError("WEBHOOK_URL must be an https URL (Telegram only delivers webhooks over https)")

    @field_validator("webhook_secret_token")
    @classmethod
    def _webhook_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not _WEBHOOK_SECRET.match(value.get_secret_value()):
            raise ValueError("WEBHOOK_SECRET_TOKEN must be 1-256 characters among A-Z, a-z, 0-9, _ and -")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Settings:
        if self.webhook_url is None and (self.webhook_port is not None or self.webhook_secret_token):
            raise ValueError("WEBHOOK_PORT and WEBHOOK_SECRET_TOKEN only make sense with WEBHOOK_URL")
        return self

    @property
    def mode(self) -> Literal["telegram", "terminal"]:
        return "telegram" if self.telegram_bot_token is not None else "terminal"

    @property
    def use_webhook(self) -> bool:
        return self.webhook_url is not None

    @property
    def listen_port(self) -> int:
        return self.webhook_port or DEFAULT_WEBHOOK_PORT

    @property
    def secret_file(self) -> Path:
        """Where the per-install secret is kept when USER_ID_HASH_SECRET is not set (terminal and Telegram)."""
        return self.database_path.with_name(self.database_path.name + ".secret")

    def hash_secret(self) -> SecretStr:
        """The secret keying user-id and target hashes (creates the per-install file if needed)."""
        if self.user_id_hash_secret is not None:
            return self.user_id_hash_secret
        return load_or_create_secret(self.secret_file)


def _variable(loc: tuple[int | str, ...]) -> str:
    return str(loc[0]).upper() if loc else "configuration"


def load_settings(env_file: str | Path | None = ".env") -> Settings:
    """Read the settings; raise ``SettingsError`` with one clear line per problem, values never echoed."""
    try:
        return Settings(_env_file=env_file)
    except ValidationError as exc:
        lines = []
        for error in exc.errors(include_input=False, include_url=False):
            message = str(error["msg"]).removeprefix("Value error, ")
            where = _variable(error["loc"])
            plain = where == "configuration" or message.startswith(where)
            lines.append(f"- {message}" if plain else f"- {where}: {message}")
        raise SettingsError("Configuration invalide / invalid configuration:\n" + "\n".join(lines)) from None
