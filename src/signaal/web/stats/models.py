"""Registrations imported from an older system, for the yearly figures. Codes only, as the
help chat's own registrations: no names, no text, no IP address; the visitor key is the
older system's pseudonymous key."""

from __future__ import annotations

from typing import Any

from django.db import models


class ImportedRegistration(models.Model):
    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.PROTECT, related_name="imported_registrations"
    )
    # unique per organisation: importing the same file again adds nothing
    contact_id = models.CharField(max_length=64)
    contact_date = models.DateField()
    visitor_key = models.CharField(max_length=64)
    # the registration form's field id -> code, list of codes or whole number
    answers: Any = models.JSONField()
    form_version = models.CharField(max_length=10)
    imported_at = models.DateTimeField()

    class Meta:
        ordering = ["contact_date", "contact_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "contact_id"], name="stats_contact_id_unique"
            )
        ]
        indexes = [models.Index(fields=["organisation", "contact_date"])]

    def __str__(self) -> str:
        return f"registration {self.contact_id}"
