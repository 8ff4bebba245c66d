"""The help chat's records. Message text, notes, nicknames and feedback comments are encrypted
at rest and removed after the organisation's retention period; registrations hold codes only
and stay. No field holds an IP address or anything else about the connection.

Go through ``services`` to read or change these: it checks who may do what.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q

from signaal.web.crypto import EncryptedTextField

DEFAULT_RETENTION_DAYS = 90
DEFAULT_MAX_CHATS = 3


class ChatStatus(models.TextChoices):
    QUEUED = "queued"
    ACTIVE = "active"
    ENDED = "ended"


class AgeBand(models.TextChoices):
    # bands that line up with the yearly figures (15 or younger, minor)
    UNDER_12 = "under_12"
    FROM_12_TO_15 = "12_15"
    FROM_16_TO_17 = "16_17"
    ADULT = "18_plus"
    NOT_SAID = "not_said"


class Sender(models.TextChoices):
    YOUNG = "young"
    COUNSELLOR = "counsellor"
    SYSTEM = "system"


class SystemEvent(models.TextChoices):
    """The text of a system message: a code the page shows in the reader's language."""

    ACCEPTED = "accepted"
    TRANSFERRED = "transferred"
    ENDED_BY_YOUNG = "ended_by_young"
    ENDED_BY_COUNSELLOR = "ended_by_counsellor"


class Helped(models.TextChoices):
    YES = "yes"
    A_BIT = "a_bit"
    NO = "no"


class OrganisationHelplineSettings(models.Model):
    organisation = models.OneToOneField(
        "accounts.Organisation", on_delete=models.CASCADE, related_name="helpline_settings"
    )
    # core.helpline.hours data: {"timezone", "weekly", "holidays"}; empty weekly = closed
    opening_hours: Any = models.JSONField(default=dict)
    retention_days = models.PositiveIntegerField(default=DEFAULT_RETENTION_DAYS)
    max_chats_per_counsellor = models.PositiveSmallIntegerField(default=DEFAULT_MAX_CHATS)
    updated_at = models.DateTimeField(auto_now=True)


class CounsellorAvailability(models.Model):
    counsellor = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="helpline_availability"
    )
    available = models.BooleanField(default=False)
    # None: the organisation's max_chats_per_counsellor
    max_chats = models.PositiveSmallIntegerField(null=True, blank=True)
    updated_at = models.DateTimeField()


class Chat(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.PROTECT, related_name="chats"
    )
    nickname: Any = EncryptedTextField(blank=True, default="")
    age_band = models.CharField(max_length=10, choices=AgeBand.choices)
    status = models.CharField(max_length=10, choices=ChatStatus.choices, default=ChatStatus.QUEUED)
    counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="helpline_chats",
    )
    # pseudonymous, for counting unique visitors (core.helpline.visitor); never an IP address
    visitor_key = models.CharField(max_length=64, db_index=True)
    # SHA-256 of the token in the young person's browser tab that lets them resume
    resume_token_hash = models.CharField(max_length=64, unique=True)
    last_seq = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.CharField(max_length=10, choices=Sender.choices, blank=True)
    # the contact is closed once the chat has ended and a valid registration exists
    closed_at = models.DateTimeField(null=True, blank=True)
    transcript_purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["organisation", "status", "created_at"])]

    def __str__(self) -> str:
        return f"chat {self.public_id}"

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


class ChatMessage(models.Model):
    chat = models.ForeignKey(Chat, on_delete=models.CASCADE, related_name="messages")
    seq = models.PositiveIntegerField()
    sender = models.CharField(max_length=10, choices=Sender.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    text: Any = EncryptedTextField()
    # chosen by the sending client; a resend after a reconnect carries the same id
    client_message_id = models.CharField(max_length=64, null=True, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["chat", "seq"]
        constraints = [
            models.UniqueConstraint(fields=["chat", "seq"], name="helpline_message_seq_unique"),
            models.UniqueConstraint(
                fields=["chat", "sender", "client_message_id"],
                condition=Q(client_message_id__isnull=False),
                name="helpline_message_client_id_unique",
            ),
        ]


class InternalNote(models.Model):
    """A counsellor's note on a chat; the young person never sees it."""

    chat = models.ForeignKey(Chat, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    text: Any = EncryptedTextField()
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "id"]


class CannedResponse(models.Model):
    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.CASCADE, related_name="canned_responses"
    )
    code = models.SlugField(max_length=40)
    language = models.CharField(max_length=2, choices=[("nl", "Nederlands"), ("en", "English")])
    title = models.CharField(max_length=100)
    text = models.TextField()
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["organisation", "language", "position", "code"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "code", "language"], name="helpline_canned_unique"
            )
        ]


class Transfer(models.Model):
    chat = models.ForeignKey(Chat, on_delete=models.CASCADE, related_name="transfers")
    from_counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    to_counsellor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    at = models.DateTimeField()

    class Meta:
        ordering = ["at", "id"]


class Feedback(models.Model):
    chat = models.OneToOneField(Chat, on_delete=models.CASCADE, related_name="feedback")
    helped = models.CharField(max_length=10, choices=Helped.choices)
    comment: Any = EncryptedTextField(blank=True, default="")
    created_at = models.DateTimeField()


class Registration(models.Model):
    """The counsellor's registration of one contact: codes from the versioned form in
    core.helpline, never transcript text. It stays after the transcript is purged."""

    # null for registrations imported from another system (yearly figures)
    chat = models.OneToOneField(
        Chat, null=True, blank=True, on_delete=models.PROTECT, related_name="registration"
    )
    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.PROTECT, related_name="registrations"
    )
    contact_date = models.DateField()
    visitor_key = models.CharField(max_length=64, db_index=True)
    form_version = models.CharField(max_length=10)
    answers: Any = models.JSONField()
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        ordering = ["contact_date", "id"]


class TranscriptAccess(models.Model):
    """Who opened which transcript, and when. No IP address, no content."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    organisation = models.ForeignKey(
        "accounts.Organisation", on_delete=models.PROTECT, related_name="+"
    )
    chat = models.ForeignKey(Chat, on_delete=models.PROTECT, related_name="transcript_accesses")
    at = models.DateTimeField()

    class Meta:
        ordering = ["at", "id"]
