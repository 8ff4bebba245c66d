"""Configuration from the environment only, through small typed helpers.

Each helper refuses a bad value loudly and accepts ``NAME_FILE`` (a path whose contents are
the value) for secrets, so secrets need not sit in the environment itself.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured
from platformdirs import user_data_dir


def env_str(name: str, default: str | None = None) -> str | None:
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ImproperlyConfigured(f"{name}_FILE={file_name}: {exc.strerror}") from None
    value = os.environ.get(name)
    return value if value not in (None, "") else default


def env_bool(name: str, default: bool) -> bool:
    value = env_str(name)
    if value is None:
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name}={value!r}: use true or false")


def env_int(name: str, default: int, *, low: int = 0, high: int = 10**9) -> int:
    value = env_str(name)
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r}: use a whole number") from None
    if not low <= number <= high:
        raise ImproperlyConfigured(f"{name}={number}: use a number from {low} to {high}")
    return number


def env_list(name: str, default: list[str]) -> list[str]:
    value = env_str(name)
    if value is None:
        return default
    return [part.strip() for part in value.split(",") if part.strip()]


def data_dir() -> Path:
    """Where the embedded default keeps its SQLite file and generated keys."""
    path = Path(env_str("SIGNAAL_DATA_DIR") or user_data_dir("signaal", appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def stored_secret(name: str, *, file_name: str, make: str = "token") -> str:
    """A secret from the environment, or else one generated once into the data directory.

    Only the embedded default (no DATABASE_URL) may generate; a server set-up must say.
    """
    value = env_str(name)
    if value:
        return value
    if env_str("DATABASE_URL"):
        raise ImproperlyConfigured(
            f"{name} (or {name}_FILE) is required when DATABASE_URL is set; "
            "the embedded default generates one only for a local SQLite set-up."
        )
    path = data_dir() / file_name
    if not path.exists():
        fresh = secrets.token_urlsafe(50) if make == "token" else _fernet_key()
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(fresh)
    return path.read_text(encoding="utf-8").strip()


def _fernet_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode("ascii")


def database(url: str | None, sqlite_path: Path) -> dict[str, object]:
    """Django's DATABASES['default'] from a postgres:// URL, or the embedded SQLite file."""
    if not url:
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(sqlite_path),
            "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
        }
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql"):
        raise ImproperlyConfigured(
            f"DATABASE_URL: scheme {parts.scheme!r} is not supported; "
            "use postgres://user:password@host:5432/name"
        )
    return {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": unquote(parts.path.lstrip("/")) or "signaal",
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": parts.hostname or "",
        "PORT": str(parts.port or ""),
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
    }
