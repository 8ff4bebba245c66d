"""Who may see which record. Every view goes through these; a record the user may not see is
a 404, so its existence is not revealed to other organisations or colleagues.

- professional: the clients they created, and those clients' screenings
- coordinator: every client of their own organisation (others' screenings read-only)
- admin, counsellor: no client records
"""

from __future__ import annotations

from uuid import UUID

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404

from signaal.web.accounts.models import Role, User
from signaal.web.screening.models import AuditEvent, Client, Screening

RECORD_ROLES = (Role.PROFESSIONAL, Role.COORDINATOR)


def require_record_role(user: User) -> None:
    if user.role not in RECORD_ROLES:
        raise PermissionDenied


def visible_clients(user: User) -> QuerySet[Client]:
    require_record_role(user)
    clients = Client.objects.filter(organisation=user.organisation)
    if user.role != Role.COORDINATOR:
        clients = clients.filter(created_by=user)
    return clients


def get_client(user: User, public_id: UUID) -> Client:
    try:
        return visible_clients(user).get(public_id=public_id)
    except Client.DoesNotExist:
        raise Http404 from None


def get_screening(user: User, public_id: UUID) -> Screening:
    try:
        screening = Screening.objects.select_related("client").get(public_id=public_id)
    except Screening.DoesNotExist:
        raise Http404 from None
    get_client(user, screening.client.public_id)  # raises 404 when the client is not visible
    return screening


def may_edit(user: User, screening: Screening) -> bool:
    """Only the professional who started a draft fills it in; nobody edits a final one."""
    return not screening.is_final and screening.created_by_id == user.pk


def audit(
    user: User, action: str, *, client: Client | None = None, screening: Screening | None = None
) -> None:
    AuditEvent.objects.create(
        user=user,
        organisation=user.organisation,
        action=action,
        client=client or (screening.client if screening else None),
        screening=screening,
    )
