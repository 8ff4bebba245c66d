"""The registration of each contact (codes from the versioned form, never transcript text)
and the young person's feedback afterwards."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from uuid import UUID

from django.db import transaction
from django.db.models import QuerySet

from signaal.core.helpline.loader import load_form
from signaal.core.i18n import LocalText
from signaal.web.accounts.models import Role
from signaal.web.accounts.services import FieldProblem
from signaal.web.helpline import access
from signaal.web.helpline.access import Actor, Visitor
from signaal.web.helpline.counsellors import moment, opening_hours
from signaal.web.helpline.errors import (
    HelplineError,
    HelplinePermissionDenied,
    RegistrationInvalid,
    fail,
)
from signaal.web.helpline.models import Chat, ChatStatus, Feedback, Helped, Registration

MAX_COMMENT = 500


def save_registration(
    actor: Actor, *, chat_id: UUID | str, answers: Mapping[str, object], now: datetime | None = None
) -> Registration:
    """Register the contact with the newest registration form, by the counsellor the chat
    is assigned to. Invalid answers raise ``RegistrationInvalid`` with every problem and
    store nothing. Saving again replaces the answers. When the chat has ended, a valid
    registration closes the contact."""
    user = access.counsellor(actor)
    at = moment(now)
    form = load_form()
    with transaction.atomic():
        chat = access.assigned_chat(user, chat_id, lock=True)
        problems = form.validate(answers)
        if problems:
            raise RegistrationInvalid(problems)
        zone = opening_hours(chat.organisation).zone
        registration = Registration.objects.filter(chat=chat).first() or Registration(
            chat=chat, organisation_id=chat.organisation_id, created_at=at
        )
        registration.contact_date = chat.created_at.astimezone(zone).date()
        registration.visitor_key = chat.visitor_key
        registration.form_version = form.version
        registration.answers = dict(answers)
        registration.registered_by = user
        registration.updated_at = at
        registration.save()
        if chat.status == ChatStatus.ENDED and chat.closed_at is None:
            chat.closed_at = at
            chat.save(update_fields=["closed_at"])
    return registration


def visible_registrations(actor: Actor) -> QuerySet[Registration]:
    """Registrations the actor may see: a coordinator all of their organisation, a
    counsellor those of the chats assigned to them."""
    user = access.staff(actor)
    found = Registration.objects.filter(organisation_id=user.organisation_id)
    if user.role == Role.COORDINATOR:
        return found
    if user.role == Role.COUNSELLOR:
        return found.filter(chat__counsellor=user)
    raise HelplinePermissionDenied(access.NO_REGISTRATIONS)


def unclosed_chats(actor: Actor) -> list[Chat]:
    """The counsellor's ended chats that still need a registration."""
    user = access.counsellor(actor)
    return list(
        Chat.objects.filter(counsellor=user, status=ChatStatus.ENDED, closed_at__isnull=True)
    )


def record_feedback(
    actor: Actor,
    *,
    chat_id: UUID | str,
    helped: str,
    comment: str = "",
    now: datetime | None = None,
) -> Feedback:
    """The young person's short answer after their chat ended: did it help (yes, a_bit, no)
    and an optional comment. Once per chat."""
    if not isinstance(actor, Visitor):
        raise HelplinePermissionDenied(access.ONLY_YOUNG)
    problems: list[FieldProblem] = []
    if helped not in Helped.values:
        problems.append(
            FieldProblem(
                "helped",
                LocalText(
                    f"Kies een antwoord uit: {', '.join(Helped.values)}.",
                    f"Choose an answer from: {', '.join(Helped.values)}.",
                ),
            )
        )
    if len(comment) > MAX_COMMENT:
        problems.append(
            FieldProblem(
                "comment",
                LocalText(
                    f"Je reactie is langer dan {MAX_COMMENT} tekens.",
                    f"Your comment is longer than {MAX_COMMENT} characters.",
                ),
            )
        )
    if problems:
        raise HelplineError(problems)
    with transaction.atomic():
        chat = access.visitor_chat(actor, chat_id, lock=True)
        if chat.status != ChatStatus.ENDED:
            raise fail(
                "chat",
                "Je kunt pas iets over het gesprek zeggen als het is afgelopen.",
                "You can only give feedback once the chat has ended.",
            )
        if Feedback.objects.filter(chat=chat).exists():
            raise fail(
                "chat",
                "Je hebt al gezegd wat je van dit gesprek vond. Dank je wel!",
                "You already gave feedback on this chat. Thank you!",
            )
        return Feedback.objects.create(
            chat=chat, helped=helped, comment=comment.strip(), created_at=moment(now)
        )
