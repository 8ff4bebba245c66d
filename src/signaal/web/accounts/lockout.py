"""Lockout after too many wrong passwords or codes.

Wrong passwords and wrong second-factor codes count together. After
settings.LOGIN_LOCKOUT_ATTEMPTS failures the account is locked for
settings.LOGIN_LOCKOUT_MINUTES and the count starts again, so that after the lock a person
has the full number of attempts once more.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from signaal.web.accounts.models import User


def minutes_left(user: User, *, now: datetime | None = None) -> int:
    """Whole minutes until the lock ends (rounded up), or 0 when the account is not locked."""
    now = now or timezone.now()
    if user.locked_until is None or user.locked_until <= now:
        return 0
    return max(1, math.ceil((user.locked_until - now).total_seconds() / 60))


def record_failure(user: User, *, now: datetime | None = None) -> int:
    """Count one failure; returns the minutes the account is now locked for (0: not locked).

    The row is locked while counting, so parallel guesses cannot slip past the limit.
    """
    now = now or timezone.now()
    with transaction.atomic():
        fresh = User.objects.select_for_update().get(pk=user.pk)
        fresh.failed_logins += 1
        if fresh.failed_logins >= settings.LOGIN_LOCKOUT_ATTEMPTS:
            fresh.failed_logins = 0
            fresh.locked_until = now + timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES)
        fresh.save(update_fields=["failed_logins", "locked_until"])
    user.failed_logins, user.locked_until = fresh.failed_logins, fresh.locked_until
    return minutes_left(user, now=now)


def record_success(user: User) -> None:
    if user.failed_logins or user.locked_until is not None:
        user.failed_logins, user.locked_until = 0, None
        user.save(update_fields=["failed_logins", "locked_until"])
