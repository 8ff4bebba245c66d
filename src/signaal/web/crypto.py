"""Encryption at rest for sensitive text (TOTP secrets, screening answers, judgements).

Keys come from SIGNAAL_ENCRYPTION_KEYS (comma-separated Fernet keys; the first encrypts,
all decrypt), so a key is rotated by putting a new one in front and re-saving the rows.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models, transaction

PREFIX = "fernet:"


@lru_cache(maxsize=4)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    try:
        return MultiFernet([Fernet(k.strip().encode("ascii")) for k in keys if k.strip()])
    except (ValueError, TypeError) as exc:
        raise ImproperlyConfigured(
            "SIGNAAL_ENCRYPTION_KEYS must be Fernet keys (32 url-safe base64 bytes), "
            f"comma-separated: {exc}"
        ) from None


def fernet() -> MultiFernet:
    return _fernet(tuple(settings.ENCRYPTION_KEYS))


def encrypt(text: str) -> str:
    return PREFIX + fernet().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(stored: str) -> str:
    if not stored.startswith(PREFIX):
        raise ValueError("stored value is not encrypted")
    try:
        return fernet().decrypt(stored[len(PREFIX) :].encode("ascii")).decode("utf-8")
    except InvalidToken:
        raise ImproperlyConfigured(
            "an encrypted value cannot be read with SIGNAAL_ENCRYPTION_KEYS: was a key removed?"
        ) from None


def rotate(stored: str) -> str:
    """The same value encrypted with the current (first) key."""
    token = fernet().rotate(stored[len(PREFIX) :].encode("ascii"))
    return PREFIX + token.decode("ascii")


class EncryptedTextField(models.TextField):  # type: ignore[type-arg]  # str in, str out
    """Text stored encrypted; the database never sees it in the clear."""

    def from_db_value(self, value: str | None, *args: Any) -> str | None:
        return None if value is None else decrypt(value)

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        return None if value is None else encrypt(str(value))


if TYPE_CHECKING:  # django-stubs makes Field generic; at run time it is a plain class
    _AnyField = models.Field[Any, Any]
else:
    _AnyField = models.Field


class EncryptedJSONField(_AnyField):
    """JSON stored encrypted (answers to a questionnaire), in a text column."""

    def get_internal_type(self) -> str:
        return "TextField"

    def from_db_value(self, value: str | None, *args: Any) -> Any:
        return None if value is None else json.loads(decrypt(value))

    def to_python(self, value: Any) -> Any:
        return json.loads(value) if isinstance(value, str) else value

    def get_prep_value(self, value: Any) -> Any:
        return None if value is None else encrypt(json.dumps(value, sort_keys=True))


def reencrypt(queryset: models.QuerySet[Any], fields: Sequence[str], *, batch: int = 500) -> int:
    """Save the encrypted ``fields`` of every row in ``queryset`` again, so that they are
    encrypted with the current (first) key; returns the number of rows.

    Reading decrypts with any configured key, writing encrypts with the first, so after a
    new key is put in front and this has run, the old key can be removed. Batches keep
    memory flat; each batch is its own transaction, so an interrupted run can simply be
    started again.
    """
    model = queryset.model
    pks = list(queryset.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), batch):
        with transaction.atomic():
            rows = list(model.objects.filter(pk__in=pks[start : start + batch]).only(*fields))
            model.objects.bulk_update(rows, list(fields))
    return len(pks)
