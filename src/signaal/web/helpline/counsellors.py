"""An organisation's help chat settings, and the counsellors' availability and limits."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import NamedTuple

from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from signaal.core.errors import SignaalError
from signaal.core.helpline.hours import OpeningHours, parse_opening_hours
from signaal.core.i18n import LocalText
from signaal.web.accounts.models import Organisation, Role, User
from signaal.web.accounts.services import FieldProblem
from signaal.web.helpline import access
from signaal.web.helpline.access import Actor
from signaal.web.helpline.errors import HelplineError
from signaal.web.helpline.models import (
    Chat,
    ChatStatus,
    CounsellorAvailability,
    OrganisationHelplineSettings,
)

MAX_RETENTION_DAYS = 3650
MAX_CHATS_LIMIT = 20


def moment(now: datetime | None) -> datetime:
    """The moment a service records: the one its caller passed, or the current time."""
    return timezone.now() if now is None else now


def helpline_settings(organisation: Organisation) -> OrganisationHelplineSettings:
    """The organisation's help chat settings; the defaults, not saved, when it has none.
    Reading never makes a row: a settings row is what puts an organisation (and its name) on
    the young person's pages, so only configuring it may (``save()`` then inserts it)."""
    found = OrganisationHelplineSettings.objects.filter(organisation=organisation).first()
    return found or OrganisationHelplineSettings(organisation=organisation)


def opening_hours(organisation: Organisation) -> OpeningHours:
    data = helpline_settings(organisation).opening_hours or {}
    return parse_opening_hours(data, source=organisation.name)


def configure_helpline(
    organisation: Organisation,
    *,
    opening_hours: Mapping[str, object] | None = None,
    retention_days: int | None = None,
    max_chats_per_counsellor: int | None = None,
) -> OrganisationHelplineSettings:
    """Set an organisation's help chat settings (for the operator: the CLI and set-up code;
    it checks the values, not who calls). Only the values given change."""
    problems: list[FieldProblem] = []
    hours_data: dict[str, object] | None = None
    if opening_hours is not None:
        try:
            hours_data = parse_opening_hours(opening_hours, source=organisation.name).to_data()
        except SignaalError as exc:
            problems += [FieldProblem("opening_hours", p.message) for p in exc.problems]
    if retention_days is not None and not 1 <= retention_days <= MAX_RETENTION_DAYS:
        problems.append(
            FieldProblem(
                "retention_days",
                LocalText(
                    f"De bewaartermijn moet 1 tot en met {MAX_RETENTION_DAYS} dagen zijn.",
                    f"The retention period must be 1 to {MAX_RETENTION_DAYS} days.",
                ),
            )
        )
    if max_chats_per_counsellor is not None and not 1 <= max_chats_per_counsellor <= (
        MAX_CHATS_LIMIT
    ):
        problems.append(limit_problem("max_chats_per_counsellor", MAX_CHATS_LIMIT))
    if problems:
        raise HelplineError(problems)
    found = helpline_settings(organisation)
    if hours_data is not None:
        found.opening_hours = hours_data
    if retention_days is not None:
        found.retention_days = retention_days
    if max_chats_per_counsellor is not None:
        found.max_chats_per_counsellor = max_chats_per_counsellor
    found.save()
    return found


def limit_problem(field: str, high: int) -> FieldProblem:
    return FieldProblem(
        field,
        LocalText(
            f"Het aantal gesprekken tegelijk moet 1 tot en met {high} zijn.",
            f"The number of chats at once must be 1 to {high}.",
        ),
    )


def chat_limit(user: User) -> int:
    """How many chats ``user`` may have at once: their own choice, capped by the
    organisation's maximum."""
    cap = helpline_settings(user.organisation).max_chats_per_counsellor
    own = CounsellorAvailability.objects.filter(counsellor=user).values_list("max_chats", flat=True)
    chosen = next(iter(own), None)
    return min(chosen or cap, cap)


def active_count(user: User) -> int:
    return Chat.objects.filter(counsellor=user, status=ChatStatus.ACTIVE).count()


# who counts as an available counsellor (of whichever organisation)
AVAILABLE = Q(role=Role.COUNSELLOR, is_active=True, helpline_availability__available=True)


def available_counsellors(organisation: Organisation) -> QuerySet[User]:
    return User.objects.filter(AVAILABLE, organisation=organisation)


class Places(NamedTuple):
    """One available counsellor's chats: how many they may have and how many they have."""

    counsellor: User
    limit: int
    active: int

    @property
    def free(self) -> int:
        return max(0, self.limit - self.active)


def available_places(organisation: Organisation) -> list[Places]:
    """Every available counsellor of ``organisation`` with their limit and active chats, in
    two queries whatever their number (the queue's expected wait and the transfer list are
    read for every waiting young person and console on every change of the queue)."""
    cap = helpline_settings(organisation).max_chats_per_counsellor
    found = (
        available_counsellors(organisation)
        .annotate(
            own_max=F("helpline_availability__max_chats"),
            active=Count("helpline_chats", filter=Q(helpline_chats__status=ChatStatus.ACTIVE)),
        )
        .order_by("pk")
    )
    return [Places(c, min(c.own_max or cap, cap), c.active) for c in found]


def set_availability(
    actor: Actor, *, available: bool, max_chats: int | None = None, now: datetime | None = None
) -> CounsellorAvailability:
    """Turn the counsellor's availability on or off, and optionally set how many chats they
    take at once (at most the organisation's maximum). Chats they already have stay."""
    user = access.counsellor(actor)
    cap = helpline_settings(user.organisation).max_chats_per_counsellor
    if max_chats is not None and not 1 <= max_chats <= cap:
        raise HelplineError([limit_problem("max_chats", cap)])
    row, _ = CounsellorAvailability.objects.get_or_create(
        counsellor=user, defaults={"updated_at": moment(now)}
    )
    row.available = available
    if max_chats is not None:
        row.max_chats = max_chats
    row.updated_at = moment(now)
    row.save()
    return row
