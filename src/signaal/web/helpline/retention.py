"""Removing transcripts after the retention period, and re-encrypting after a key change.

Both are run by the operator (``signaal helpline purge`` from cron, ``signaal helpline
rotate-keys`` after putting a new key first in SIGNAAL_ENCRYPTION_KEYS), are safe to run
again at any time, and report counts only: never content.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from signaal.web.accounts.models import Organisation
from signaal.web.crypto import reencrypt
from signaal.web.helpline.models import (
    DEFAULT_RETENTION_DAYS,
    Chat,
    ChatMessage,
    ChatStatus,
    Feedback,
    InternalNote,
    Sender,
)


@dataclass(frozen=True, slots=True)
class PurgeResult:
    chats: int
    messages: int
    notes: int
    # stale chats that had never been ended (no end after the whole retention period)
    ended: int


@dataclass(frozen=True, slots=True)
class RotateResult:
    messages: int
    notes: int
    chats: int
    feedback: int


def purge_transcripts(*, now: datetime | None = None) -> PurgeResult:
    """Remove the transcripts (messages, internal notes, nickname, feedback comment) of every
    chat that ended longer ago than its organisation's retention period (default 90 days).

    A chat that never ended counts from its start; it is ended as well, so that nothing can
    be added to it afterwards. Registrations, transfers and the audit log stay. Running it
    again removes nothing more.
    """
    at = timezone.now() if now is None else now
    totals = [0, 0, 0, 0]
    for organisation in Organisation.objects.select_related("helpline_settings"):
        settings = getattr(organisation, "helpline_settings", None)
        days = settings.retention_days if settings is not None else DEFAULT_RETENTION_DAYS
        cutoff = at - timedelta(days=days)
        stale = Q(ended_at__lt=cutoff) | Q(ended_at__isnull=True, created_at__lt=cutoff)
        with transaction.atomic():
            chats = Chat.objects.select_for_update().filter(
                stale, organisation=organisation, transcript_purged_at__isnull=True
            )
            ids = list(chats.values_list("pk", flat=True))
            if not ids:
                continue
            messages, _ = ChatMessage.objects.filter(chat_id__in=ids).delete()
            notes, _ = InternalNote.objects.filter(chat_id__in=ids).delete()
            Feedback.objects.filter(chat_id__in=ids).update(comment="")
            unended = Chat.objects.filter(pk__in=ids).exclude(status=ChatStatus.ENDED)
            ended = unended.update(status=ChatStatus.ENDED, ended_at=at, ended_by=Sender.SYSTEM)
            Chat.objects.filter(pk__in=ids).update(nickname="", transcript_purged_at=at)
        for i, n in enumerate((len(ids), messages, notes, ended)):
            totals[i] += n
    return PurgeResult(*totals)


def rotate_keys() -> RotateResult:
    """Encrypt every help chat text again with the first key of SIGNAAL_ENCRYPTION_KEYS."""
    return RotateResult(
        messages=reencrypt(ChatMessage.objects.all(), ["text"]),
        notes=reencrypt(InternalNote.objects.all(), ["text"]),
        chats=reencrypt(Chat.objects.all(), ["nickname"]),
        feedback=reencrypt(Feedback.objects.all(), ["comment"]),
    )
