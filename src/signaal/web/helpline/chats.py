"""A chat's life: started by a young person, waiting in the queue, accepted, perhaps
transferred, ended. The queue's expected wait is estimated here."""

from __future__ import annotations

import math
import secrets
import statistics
import unicodedata
from collections.abc import Sequence
from datetime import datetime, timedelta
from uuid import UUID

from django.conf import settings
from django.db import transaction
from django.db.models import Count

from signaal.core.errors import SignaalError
from signaal.core.helpline.hours import OpeningHours, parse_opening_hours
from signaal.core.helpline.visitor import visitor_key
from signaal.core.i18n import LocalText
from signaal.web.accounts.models import Organisation, Role, User
from signaal.web.accounts.services import FieldProblem
from signaal.web.helpline import access
from signaal.web.helpline.access import Actor, Visitor
from signaal.web.helpline.counsellors import (
    AVAILABLE,
    active_count,
    available_counsellors,
    available_places,
    chat_limit,
    moment,
    opening_hours,
)
from signaal.web.helpline.errors import (
    HelplineClosed,
    HelplineError,
    HelplinePermissionDenied,
    fail,
)
from signaal.web.helpline.models import (
    AgeBand,
    Chat,
    ChatStatus,
    CounsellorAvailability,
    OrganisationHelplineSettings,
    Registration,
    Sender,
    SystemEvent,
    Transfer,
)
from signaal.web.helpline.results import (
    ChatState,
    Colleague,
    HelplineStatus,
    QueueEntry,
    QueueInfo,
    StartedChat,
)
from signaal.web.helpline.transcripts import append, chat_ended

MAX_NICKNAME = 30
# the typical length of a chat when there is no history yet to measure it from
DEFAULT_CHAT_LENGTH = timedelta(minutes=15)


def _status(hours: OpeningHours, at: datetime, *, available: int, queued: int) -> HelplineStatus:
    return HelplineStatus(
        open=hours.is_open(at),
        next_opening=hours.next_opening(at),
        counsellors_available=available,
        queue_length=queued,
    )


def helpline_status(
    organisation: Organisation,
    *,
    now: datetime | None = None,
    hours: OpeningHours | None = None,
) -> HelplineStatus:
    """Whether a young person can start a chat now, and what to tell them if not.
    ``hours``: the organisation's opening hours, when the caller has parsed them already."""
    return _status(
        opening_hours(organisation) if hours is None else hours,
        moment(now),
        available=available_counsellors(organisation).count(),
        queued=Chat.objects.filter(organisation=organisation, status=ChatStatus.QUEUED).count(),
    )


def helpline_statuses(
    found: Sequence[OrganisationHelplineSettings], *, now: datetime | None = None
) -> dict[int, HelplineStatus]:
    """``helpline_status`` of the organisation of each settings row (fetched with its
    organisation), by organisation id, in two queries whatever their number: the young
    person's list of help chats shows them all."""
    at = moment(now)
    ids = [s.organisation_id for s in found]
    # order_by(): a model's default ordering would split the groups
    available = dict(
        User.objects.filter(AVAILABLE, organisation_id__in=ids)
        .order_by()
        .values_list("organisation_id")
        .annotate(Count("pk"))
    )
    queued = dict(
        Chat.objects.filter(organisation_id__in=ids, status=ChatStatus.QUEUED)
        .order_by()
        .values_list("organisation_id")
        .annotate(Count("pk"))
    )
    return {
        s.organisation_id: _status(
            parse_opening_hours(s.opening_hours or {}, source=s.organisation.name),
            at,
            available=available.get(s.organisation_id, 0),
            queued=queued.get(s.organisation_id, 0),
        )
        for s in found
    }


def _clean_nickname(nickname: str) -> str:
    text = " ".join(nickname.split())
    if len(text) > MAX_NICKNAME:
        raise fail(
            "nickname",
            f"Een bijnaam is hoogstens {MAX_NICKNAME} tekens.",
            f"A nickname is at most {MAX_NICKNAME} characters.",
        )
    if any(unicodedata.category(ch).startswith("C") for ch in text):
        raise fail(
            "nickname",
            "Een bijnaam kan geen onzichtbare tekens bevatten.",
            "A nickname cannot contain invisible characters.",
        )
    return text


def start_chat(
    *,
    organisation: Organisation,
    age_band: str,
    nickname: str = "",
    chat_code: str | None = None,
    now: datetime | None = None,
) -> StartedChat:
    """Put a young person's new chat in the queue of ``organisation``.

    ``chat_code`` is a code they kept from an earlier chat (three words and a number); it
    makes the visitor key the same as then, within one calendar year. Without it the chat
    counts as a new visitor. Nothing about the connection is taken or stored.

    Raises ``HelplineClosed`` outside opening hours or when no counsellor is available, and
    ``HelplineError`` for a bad age band, nickname or chat code.
    """
    at = moment(now)
    problems: list[FieldProblem] = []
    if age_band not in AgeBand.values:
        problems.append(
            FieldProblem(
                "age_band",
                LocalText(
                    f"Kies een leeftijd uit: {', '.join(AgeBand.values)}.",
                    f"Choose an age from: {', '.join(AgeBand.values)}.",
                ),
            )
        )
    try:
        clean_nickname = _clean_nickname(nickname)
    except HelplineError as exc:
        problems += exc.problems
    hours = opening_hours(organisation)
    year = at.astimezone(hours.zone).year
    key = None
    try:
        key = visitor_key(
            master_secret=settings.VISITOR_SECRET.encode("utf-8"),
            year=year,
            chat_code=chat_code.strip() if chat_code and chat_code.strip() else None,
        )
    except SignaalError as exc:
        problems += [FieldProblem("chat_code", p.message) for p in exc.problems]
    if problems or key is None:
        raise HelplineError(problems)
    if not hours.is_open(at):
        raise HelplineClosed(
            "closed",
            hours.next_opening(at),
            LocalText("De chat is nu gesloten.", "The chat is closed now."),
        )
    if not available_counsellors(organisation).exists():
        raise HelplineClosed(
            "no_counsellor",
            None,
            LocalText("Er is nu geen hulpverlener beschikbaar.", "No counsellor is available now."),
        )
    token = secrets.token_urlsafe(32)
    chat = Chat.objects.create(
        organisation=organisation,
        nickname=clean_nickname,
        age_band=age_band,
        visitor_key=key,
        resume_token_hash=access.token_hash(token),
        created_at=at,
    )
    return StartedChat(chat, Visitor(chat.public_id, token))


def _typical_chat_length(organisation: Organisation) -> timedelta:
    recent = (
        Chat.objects.filter(
            organisation=organisation,
            status=ChatStatus.ENDED,
            accepted_at__isnull=False,
            ended_at__isnull=False,
        )
        .order_by("-ended_at")
        .values_list("accepted_at", "ended_at")[:50]
    )
    lengths = [(end - start).total_seconds() for start, end in recent if start and end]
    if not lengths:
        return DEFAULT_CHAT_LENGTH
    return timedelta(seconds=round(statistics.median(lengths)))


def _expected_wait(organisation: Organisation, position: int) -> timedelta | None:
    """Free places go first; beyond those, every round of all counsellors' places takes
    about one typical chat (the median of the last 50). None when nobody is available."""
    places = available_places(organisation)
    if not places:
        return None
    free = sum(p.free for p in places)
    if position <= free:
        return timedelta(0)
    rounds = math.ceil((position - free) / max(1, sum(p.limit for p in places)))
    return rounds * _typical_chat_length(organisation)


def queue_position(actor: Actor, *, chat_id: UUID | str) -> QueueInfo:
    """Where a queued chat stands: for its young person, or a counsellor of the
    organisation."""
    if isinstance(actor, Visitor):
        chat = access.visitor_chat(actor, chat_id)
    else:
        chat = access.organisation_chat(access.counsellor(actor), chat_id)
    if chat.status != ChatStatus.QUEUED:
        return QueueInfo(chat.status, None, None)
    ahead = Chat.objects.filter(
        organisation_id=chat.organisation_id,
        status=ChatStatus.QUEUED,
        created_at__lte=chat.created_at,
    ).exclude(pk=chat.pk)
    # equal times: the older row goes first, as in the queue's order
    position = ahead.exclude(created_at=chat.created_at, pk__gt=chat.pk).count() + 1
    return QueueInfo(chat.status, position, _expected_wait(chat.organisation, position))


def queue(actor: Actor) -> list[QueueEntry]:
    """The queued chats of the counsellor's organisation, first in line first."""
    user = access.counsellor(actor)
    chats = Chat.objects.filter(organisation_id=user.organisation_id, status=ChatStatus.QUEUED)
    return [
        QueueEntry(c.public_id, i, c.nickname, c.age_band, c.created_at)
        for i, c in enumerate(chats.order_by("created_at", "pk"), start=1)
    ]


def my_chats(actor: Actor) -> list[Chat]:
    """The counsellor's active chats, oldest first."""
    user = access.counsellor(actor)
    return list(Chat.objects.filter(counsellor=user, status=ChatStatus.ACTIVE))


def accept_chat(actor: Actor, *, chat_id: UUID | str, now: datetime | None = None) -> Chat:
    """Take a queued chat of one's own organisation. The counsellor must be available and
    below their limit of chats at once; a chat someone else took first is an error."""
    user = access.counsellor(actor)
    at = moment(now)
    with transaction.atomic():
        # lock the counsellor's availability first: two accepts at once by one counsellor
        # must not both pass the limit
        availability = (
            CounsellorAvailability.objects.select_for_update().filter(counsellor=user).first()
        )
        chat = access.organisation_chat(user, chat_id, lock=True)
        if availability is None or not availability.available:
            raise fail(
                "availability",
                "Zet eerst je beschikbaarheid aan.",
                "Turn your availability on first.",
            )
        if chat.status != ChatStatus.QUEUED:
            raise fail(
                "chat",
                "Dit gesprek wacht niet meer: een collega heeft het al, of het is afgelopen.",
                "This chat is no longer waiting: a colleague has it, or it has ended.",
            )
        limit = chat_limit(user)
        if active_count(user) >= limit:
            raise fail(
                "chat",
                f"Je hebt al {limit} gesprekken tegelijk; dat is je maximum.",
                f"You already have {limit} chats at once; that is your maximum.",
            )
        chat.status = ChatStatus.ACTIVE
        chat.counsellor = user
        chat.accepted_at = at
        chat.save(update_fields=["status", "counsellor", "accepted_at"])
        append(chat, sender=Sender.SYSTEM, text=SystemEvent.ACCEPTED, at=at)
    return chat


NOT_A_COLLEAGUE = (
    "Je kunt alleen overdragen aan een andere hulpverlener van je organisatie.",
    "You can only transfer to another counsellor of your organisation.",
)


def transfer_chat(
    actor: Actor, *, chat_id: UUID | str, to_counsellor: User | int, now: datetime | None = None
) -> Transfer:
    """Hand an active chat to an available colleague counsellor of the same organisation,
    who then has it (and its registration). ``to_counsellor`` may be the account's id (from
    the console's websocket); an id of nobody is refused like someone of another
    organisation."""
    user = access.counsellor(actor)
    at = moment(now)
    if not isinstance(to_counsellor, User):
        found = (
            User.objects.filter(pk=to_counsellor).first() if type(to_counsellor) is int else None
        )
        if found is None:
            raise fail("to_counsellor", *NOT_A_COLLEAGUE)
        to_counsellor = found
    with transaction.atomic():
        availability = (
            CounsellorAvailability.objects.select_for_update()
            .filter(counsellor_id=to_counsellor.pk)
            .first()
        )
        chat = access.assigned_chat(user, chat_id, lock=True)
        if chat.status != ChatStatus.ACTIVE:
            raise chat_ended()
        colleague = (
            to_counsellor.pk != user.pk
            and to_counsellor.organisation_id == user.organisation_id
            and to_counsellor.role == Role.COUNSELLOR
            and to_counsellor.is_active
        )
        if not colleague:
            raise fail("to_counsellor", *NOT_A_COLLEAGUE)
        if availability is None or not availability.available:
            raise fail(
                "to_counsellor",
                "Deze collega is nu niet beschikbaar.",
                "This colleague is not available now.",
            )
        if active_count(to_counsellor) >= chat_limit(to_counsellor):
            raise fail(
                "to_counsellor",
                "Deze collega heeft al het maximum aantal gesprekken.",
                "This colleague already has the maximum number of chats.",
            )
        chat.counsellor = to_counsellor
        chat.save(update_fields=["counsellor"])
        transfer = Transfer.objects.create(
            chat=chat, from_counsellor=user, to_counsellor=to_counsellor, at=at
        )
        append(chat, sender=Sender.SYSTEM, text=SystemEvent.TRANSFERRED, at=at)
    return transfer


def end_chat(actor: Actor, *, chat_id: UUID | str, now: datetime | None = None) -> Chat:
    """End the chat, by its young person (also while queued, and by quick exit) or by the
    assigned counsellor. Ending an ended chat changes nothing, so a quick exit may arrive
    twice. The contact is closed at once when a valid registration already exists."""
    at = moment(now)
    with transaction.atomic():
        chat = access.chat_for(actor, chat_id, lock=True)
        if chat.status == ChatStatus.ENDED:
            return chat
        by_young = isinstance(actor, Visitor)
        chat.status = ChatStatus.ENDED
        chat.ended_at = at
        chat.ended_by = Sender.YOUNG if by_young else Sender.COUNSELLOR
        if Registration.objects.filter(chat=chat).exists():
            chat.closed_at = at
        chat.save(update_fields=["status", "ended_at", "ended_by", "closed_at"])
        event = SystemEvent.ENDED_BY_YOUNG if by_young else SystemEvent.ENDED_BY_COUNSELLOR
        append(chat, sender=Sender.SYSTEM, text=event, at=at)
    return chat


def forget_visitor(visitor: Visitor, *, now: datetime | None = None) -> Chat:
    """Quick exit: end the young person's chat and make their token useless at once, so the
    tab (or whoever picks up the device) cannot resume or read it. The chat itself stays
    for the counsellor's registration and is purged with the others."""
    if not isinstance(visitor, Visitor):
        raise HelplinePermissionDenied(access.ONLY_YOUNG)
    at = moment(now)
    with transaction.atomic():
        chat = end_chat(visitor, chat_id=visitor.chat_id, now=at)
        # a hash of a token nobody has: the old token matches no chat any more
        chat.resume_token_hash = access.token_hash(secrets.token_urlsafe(32))
        chat.save(update_fields=["resume_token_hash"])
    return chat


def chat_state(actor: Actor, *, chat_id: UUID | str) -> ChatState:
    """Where a chat stands, for its young person or the counsellor it is assigned to."""
    chat = access.chat_for(actor, chat_id)
    return ChatState(chat.public_id, chat.organisation_id, chat.status)


def colleagues(actor: Actor) -> list[Colleague]:
    """The counsellor's available colleagues below their limit: whom a chat can go to."""
    user = access.counsellor(actor)
    return [
        Colleague(p.counsellor.pk, p.counsellor.display_name or p.counsellor.email)
        for p in available_places(user.organisation)
        if p.counsellor.pk != user.pk and p.free > 0
    ]


def helpline_organisation(organisation_id: int | str) -> Organisation | None:
    """The organisation whose help chat a young person opened, by its id in the page's
    address; None for an id of no organisation (anyone may ask)."""
    try:
        wanted = int(organisation_id)
    except (TypeError, ValueError):
        return None
    return Organisation.objects.filter(pk=wanted).first()
