"""The young person's help chat pages: no account, no cookie, nothing stored before start.

The pages are rendered on the server (what the chat is, who answers, opening hours, what
happens with what you say, whether it is open now, and where else to go); the chat itself
is ``static/signaal/hulpchat.js`` on the websocket ``/ws/hulpchat/<organisation id>/``.
The script gets its settings from a JSON data block and its texts (``hc.js.*``) from a
hidden list on the page: the CSP allows no inline script.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from uuid import UUID
from zoneinfo import ZoneInfo

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import dateformat, timezone
from django.utils.dates import WEEKDAYS
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from signaal.core.helpline.hours import OpeningHours, parse_opening_hours
from signaal.core.knowledge.loader import knowledge_base
from signaal.core.knowledge.model import Country, Referral, ReferralKind
from signaal.web.accounts.models import Organisation
from signaal.web.helpline import access, services
from signaal.web.helpline.consumers import announce_ended
from signaal.web.helpline.errors import HelplineError, HelplinePermissionDenied
from signaal.web.helpline.models import OrganisationHelplineSettings
from signaal.web.templatetags.signaal import current_lang

# at most this many upcoming holidays are listed
HOLIDAYS_SHOWN = 10
# the referrals a young person can turn to themselves: danger now, help for young people,
# images, advice (the rest are for reporting, for care after a referral, or for people
# worried about their own behaviour)
FOR_YOUNG = frozenset(
    {ReferralKind.ACUTE, ReferralKind.YOUTH, ReferralKind.IMAGES, ReferralKind.ADVICE}
)


@dataclass(frozen=True)
class Moment:
    """A moment as the page shows it: the day ("maandag 23 november") and the time."""

    day: str
    time: str
    iso: str


@dataclass(frozen=True)
class DayHours:
    name: str
    periods: tuple[str, ...]  # "19:00 – 23:00"; empty: closed that day


@dataclass(frozen=True)
class ListedHelpline:
    organisation: Organisation
    status: str


def _moment(at: datetime, zone: ZoneInfo) -> Moment:
    local = at.astimezone(zone)
    # the Django date format uses the active language's day and month names
    return Moment(dateformat.format(local, "l j F"), f"{local:%H:%M}", local.isoformat())


def _period_text(start: time, end: time) -> str:
    shown_end = "24:00" if end == time(0) else f"{end:%H:%M}"
    return f"{start:%H:%M} – {shown_end}"


def _week(hours: OpeningHours) -> list[DayHours]:
    return [
        DayHours(str(WEEKDAYS[index]), tuple(_period_text(p.start, p.end) for p in periods))
        for index, periods in enumerate(hours.weekly)
    ]


def _upcoming_holidays(hours: OpeningHours, today: date) -> list[str]:
    coming = sorted(d for d in hours.holidays if d >= today)[:HOLIDAYS_SHOWN]
    return [dateformat.format(d, "l j F Y") for d in coming]


def _status(found: services.HelplineStatus) -> str:
    """``open`` (a chat can start), ``busy`` (open, but no counsellor is available) or
    ``closed``."""
    if not found.open:
        return "closed"
    return "open" if found.counsellors_available > 0 else "busy"


def _configured(settings: OrganisationHelplineSettings) -> bool:
    weekly = (settings.opening_hours or {}).get("weekly") or {}
    return any(weekly.values())


def _settings_of(organisation_id: int) -> OrganisationHelplineSettings:
    """The help chat settings of an organisation that has a help chat; 404 otherwise (an
    organisation without one is not shown, so its name is not either)."""
    found = (
        OrganisationHelplineSettings.objects.select_related("organisation")
        .filter(organisation_id=organisation_id)
        .first()
    )
    if found is None:
        raise Http404
    return found


def alternatives() -> list[tuple[str, list[Referral]]]:
    """Where a young person can go when the chat is closed: the referral directory for the
    Netherlands and for Belgium, the entries they can turn to themselves."""
    kb = knowledge_base()
    return [
        (
            country.value,
            [r for r in kb.referral_list(country) if FOR_YOUNG & set(r.kinds)],
        )
        for country in (Country.NL, Country.BE)
    ]


def index(request: HttpRequest) -> HttpResponse:
    shown = [
        s
        for s in OrganisationHelplineSettings.objects.select_related("organisation").order_by(
            "organisation__name", "organisation_id"
        )
        if _configured(s)
    ]
    statuses = services.helpline_statuses(shown, now=timezone.now())
    listed = [ListedHelpline(s.organisation, _status(statuses[s.organisation_id])) for s in shown]
    return render(
        request,
        "signaal/helpline/young_index.html",
        {"helplines": listed, "alternatives": alternatives()},
    )


def chat(request: HttpRequest, organisation_id: int) -> HttpResponse:
    settings = _settings_of(organisation_id)
    organisation = settings.organisation
    now = timezone.now()
    hours = parse_opening_hours(settings.opening_hours or {}, source=organisation.name)
    status = services.helpline_status(organisation, now=now, hours=hours)
    state = _status(status)
    next_opening = (
        _moment(status.next_opening, hours.zone)
        if state == "closed" and status.next_opening is not None
        else None
    )
    lang = current_lang().value
    config = {
        "organisation_id": organisation.pk,
        "ws_path": f"/ws/hulpchat/{organisation.pk}/",
        "lang": lang,
        "timezone": hours.timezone,
        "status": state,
        "storage_key": f"signaal.hulpchat.{organisation.pk}",
    }
    return render(
        request,
        "signaal/helpline/young_chat.html",
        {
            "organisation": organisation,
            "status": state,
            "next_opening": next_opening,
            "week": _week(hours),
            "has_hours": any(hours.weekly),
            "holidays": _upcoming_holidays(hours, now.astimezone(hours.zone).date()),
            "retention_days": settings.retention_days,
            "alternatives": alternatives(),
            "config": config,
        },
    )


@csrf_exempt  # the chat's token is the proof: a forged request without it changes nothing
@require_POST
def quick_exit(request: HttpRequest, organisation_id: int) -> HttpResponse:
    """Quick exit's beacon (``app.js``): the chat id and token kept in the tab end the chat
    and make the token useless, as ``quick_exit`` on the socket does, also when the socket
    is down or the young person is on another page of the site. Always 204, no cookie,
    nothing logged: the answer tells nothing about the chat."""
    try:
        visitor = services.Visitor(UUID(request.POST.get("chat_id", "")), request.POST["token"])
        state = services.chat_state(visitor, chat_id=visitor.chat_id)
        if state.organisation_id != organisation_id:
            raise HelplinePermissionDenied(access.NOT_YOUR_CHAT)
        chat = services.forget_visitor(visitor)
    except (KeyError, ValueError, HelplinePermissionDenied, HelplineError):
        pass
    else:
        announce_ended(chat)
    return HttpResponse(status=204)
