"""Who may do what in the help chat. Every service goes through these checks.

- the young person (``Visitor``): only their own chat, known by the token in their tab;
- counsellor: the queue of their own organisation, and the chats assigned to them;
- coordinator: the registrations of their own organisation (no transcripts, no queue);
- anyone else, and anyone of another organisation: nothing.

A chat that does not exist and a chat of another organisation give the same message, so
its existence is not revealed.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from uuid import UUID

from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet

from signaal.core.i18n import LocalText
from signaal.web.accounts.models import Role, User
from signaal.web.helpline.errors import HelplinePermissionDenied
from signaal.web.helpline.models import Chat


@dataclass(frozen=True, slots=True)
class Visitor:
    """The young person of one chat: the chat's id and the resume token that ``start_chat``
    gave their browser tab (kept in session storage, never in a URL or cookie)."""

    chat_id: UUID
    token: str

    def __repr__(self) -> str:  # the token is a credential: keep it out of tracebacks
        return f"Visitor(chat_id={self.chat_id})"


Actor = User | Visitor | AnonymousUser | None

NOT_LOGGED_IN = LocalText("Log eerst in als hulpverlener.", "Log in as a counsellor first.")
NOT_COUNSELLOR = LocalText(
    "Alleen hulpverleners (rol counsellor) kunnen dit doen.",
    "Only counsellors (role counsellor) can do this.",
)
NO_SUCH_CHAT = LocalText(
    "Dit gesprek bestaat niet of je mag het niet zien.",
    "This chat does not exist or you may not see it.",
)
NOT_ASSIGNED = LocalText(
    "Dit gesprek is niet aan jou toegewezen.", "This chat is not assigned to you."
)
NOT_YOUR_CHAT = LocalText(
    "Dit gesprek hoort niet bij dit tabblad. Begin een nieuw gesprek.",
    "This chat does not belong to this tab. Start a new chat.",
)
NO_REGISTRATIONS = LocalText(
    "Alleen coördinatoren en hulpverleners zien registraties.",
    "Only coordinators and counsellors see registrations.",
)
ONLY_YOUNG = LocalText(
    "Alleen de jongere van dit gesprek kan dit doen.",
    "Only the young person of this chat can do this.",
)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def staff(actor: Actor) -> User:
    """A logged-in, active account (any role), or a permission error."""
    if not isinstance(actor, User) or not actor.is_authenticated or not actor.is_active:
        raise HelplinePermissionDenied(NOT_LOGGED_IN)
    return actor


def counsellor(actor: Actor) -> User:
    user = staff(actor)
    if user.role != Role.COUNSELLOR:
        raise HelplinePermissionDenied(NOT_COUNSELLOR)
    return user


def chat_uuid(chat_id: UUID | str, *, refusal: LocalText = NO_SUCH_CHAT) -> UUID:
    """The chat id as a UUID: a consumer may pass the text it received; text that is not a
    UUID is refused like a chat that does not exist."""
    if isinstance(chat_id, UUID):
        return chat_id
    try:
        return UUID(str(chat_id))
    except ValueError:
        raise HelplinePermissionDenied(refusal) from None


def _get(chats: QuerySet[Chat], chat_id: UUID | str) -> Chat:
    try:
        return chats.get(public_id=chat_uuid(chat_id))
    except Chat.DoesNotExist:
        raise HelplinePermissionDenied(NO_SUCH_CHAT) from None


def organisation_chat(user: User, chat_id: UUID | str, *, lock: bool = False) -> Chat:
    """A chat of the user's own organisation (for a counsellor looking at the queue)."""
    chats = Chat.objects.filter(organisation_id=user.organisation_id)
    return _get(chats.select_for_update() if lock else chats, chat_id)


def assigned_chat(user: User, chat_id: UUID | str, *, lock: bool = False) -> Chat:
    """A chat of the user's organisation that is assigned to them."""
    chat = organisation_chat(user, chat_id, lock=lock)
    if chat.counsellor_id != user.pk:
        raise HelplinePermissionDenied(NOT_ASSIGNED)
    return chat


def visitor_chat(visitor: Visitor, chat_id: UUID | str, *, lock: bool = False) -> Chat:
    """The visitor's own chat: the token must belong to exactly this chat."""
    wanted = chat_uuid(chat_id, refusal=NOT_YOUR_CHAT)
    chats = Chat.objects.filter(resume_token_hash=token_hash(visitor.token))
    chat = chats.select_for_update().first() if lock else chats.first()
    if (
        chat is None
        or chat.public_id != wanted
        or chat_uuid(visitor.chat_id, refusal=NOT_YOUR_CHAT) != wanted
        or not hmac.compare_digest(chat.resume_token_hash, token_hash(visitor.token))
    ):
        raise HelplinePermissionDenied(NOT_YOUR_CHAT)
    return chat


def chat_for(actor: Actor, chat_id: UUID | str, *, lock: bool = False) -> Chat:
    """The chat as the young person of it, or as the counsellor it is assigned to."""
    if isinstance(actor, Visitor):
        return visitor_chat(actor, chat_id, lock=lock)
    return assigned_chat(counsellor(actor), chat_id, lock=lock)
