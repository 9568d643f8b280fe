"""Settings from the environment (prefix CONSULDESK_). Built once in bootstrap, never at import."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DATA_DIR = Path("var")


class Settings(BaseSettings):
    """Every field can be set as CONSULDESK_<NAME> (e.g. CONSULDESK_DATABASE_URL)."""

    model_config = SettingsConfigDict(env_prefix="CONSULDESK_", extra="ignore")

    database_url: str = Field(
        default=f"sqlite:///{DEFAULT_DATA_DIR / 'consuldesk.db'}",
        description="SQLAlchemy URL; SQLite (WAL) by default, postgresql+psycopg://… for PostgreSQL",
    )
    host: str = Field(default="127.0.0.1", description="address the console and API listen on")
    port: int = Field(default=8000, description="port the console and API listen on")
    session_hours: int = Field(default=12, description="lifetime of a login session or API token, hours")
    cookie_secure: bool = Field(default=False, description="mark the session cookie Secure (behind HTTPS)")
    sla_critical_minutes: int = Field(default=15, description="SLA for critical items, minutes")
    sla_high_minutes: int = Field(default=120, description="SLA for high-urgency items, minutes")
    sla_normal_minutes: int = Field(default=1440, description="SLA for normal items, minutes")
    sla_low_minutes: int = Field(default=0, description="SLA for low items, minutes (0 = none)")
    import_batch_size: int = Field(default=2000, description="items per ingest transaction")
    import_processes: int = Field(
        default=2, ge=1, le=2, description="2 runs triage in a second process during imports (two cores)"
    )
    classifier: str = Field(
        default="trained", pattern="^(trained|lexicon)$",
        description="triage classifier: the shipped trained models, or the lexicon baseline",
    )
    max_text_chars: int = Field(default=100_000, description="longest accepted item text")
    worker_poll_seconds: float = Field(default=1.0, description="how often the worker looks for work")
    secret_key: SecretStr | None = Field(
        default=None,
        description="Fernet key encrypting channel credentials; unset: generated once into secret_key_file",
    )
    secret_key_file: Path = Field(
        default=DEFAULT_DATA_DIR / "secret.key", description="where the generated credentials key is kept (0600)"
    )
    approval_tiers: str = Field(
        default="approver",
        pattern=r"^[a-z]+(,[a-z]+)*$",
        description="roles that must approve a post, one tier each, in order (never the author)",
    )
    approve_dms: bool = Field(default=False, description="private replies also need approval")
    send_lease_seconds: int = Field(default=60, ge=1, description="how long a send worker holds a delivery")
    send_max_attempts: int = Field(default=5, ge=1, description="attempts before a part is marked failed")
    token_warning_days: int = Field(default=7, description="warn this many days before a channel token expires")
    listen_interval_seconds: float = Field(
        default=60.0, gt=0, description="how often the worker polls each connected channel for new posts"
    )
    health_check_minutes: int = Field(default=30, ge=1, description="how often the worker checks each channel")
    public_base_url: str = Field(
        default="http://127.0.0.1:8000", description="public address of this desk, for feed links and media"
    )

    @field_validator("database_url")
    @classmethod
    def _known_backend(cls, value: str) -> str:
        if not value.startswith(("sqlite", "postgresql")):
            raise ValueError("CONSULDESK_DATABASE_URL must be a sqlite:// or postgresql:// URL")
        return value


def env_help() -> str:
    """One line per setting, for `consuldesk --help`."""
    lines = []
    for name, field in Settings.model_fields.items():
        lines.append(f"CONSULDESK_{name.upper()}: {field.description} (default: {field.default})")
    return "\n\n".join(lines)
