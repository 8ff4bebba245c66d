"""Pseudonymous client records and their screenings. Answers, judgement and the result
snapshot are encrypted at rest; URLs carry random ids, never codes or sequence numbers."""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models

from signaal.web.crypto import EncryptedJSONField, EncryptedTextField


class Gender(models.TextChoices):
    # labels people read come from the text catalogue (sc.gender.*)
    GIRL = "girl"
    BOY = "boy"
    OTHER = "other"
    UNKNOWN = "unknown"


class Client(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.PROTECT, related_name="clients"
    )
    code = models.CharField(max_length=40)
    birth_year = models.PositiveSmallIntegerField(null=True, blank=True)
    gender = models.CharField(max_length=10, choices=Gender.choices, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="clients"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "code"], name="client_code_unique_per_organisation"
            )
        ]
        ordering = ["code"]

    def __str__(self) -> str:
        return self.code


class Status(models.TextChoices):
    DRAFT = "draft", "concept / draft"
    FINAL = "final", "definitief / final"


class Screening(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    client = models.ForeignKey(Client, on_delete=models.CASCADE, related_name="screenings")
    instrument_id = models.CharField(max_length=40)
    instrument_version = models.CharField(max_length=20)
    answers = EncryptedJSONField(default=dict)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.DRAFT)
    step = models.PositiveSmallIntegerField(default=0)
    judgement: Any = EncryptedTextField(blank=True, default="")
    rescreen_on = models.DateField(null=True, blank=True)
    result = EncryptedJSONField(null=True, blank=True)  # snapshot, both languages
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="screenings"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    finalised_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]

    @property
    def is_final(self) -> bool:
        return self.status == Status.FINAL


class AuditEvent(models.Model):
    """Who opened or changed which record, and when. No IP address, no content."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    organisation = models.ForeignKey("accounts.Organisation", on_delete=models.PROTECT)
    action = models.CharField(max_length=40)
    client = models.ForeignKey(Client, null=True, on_delete=models.SET_NULL)
    screening = models.ForeignKey(Screening, null=True, on_delete=models.SET_NULL)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]
