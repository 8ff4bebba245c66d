"""People and chats for the help chat tests: a help line that is always open, counsellors,
a coordinator and others in it, and people of another organisation.

Times are passed to the services explicitly (``NOW`` and later), so tests can move the
clock without patching it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from signaal.web.accounts.models import Organisation, Role, User
from signaal.web.helpline import services
from signaal.web.helpline.services import StartedChat
from tests.web.personas import make_user

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 11, 23, 20, 0, tzinfo=AMSTERDAM)  # a Monday evening
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ALWAYS = {"timezone": "Europe/Amsterdam", "weekly": {d: ["00:00-24:00"] for d in DAYS}}
EVENINGS = {"timezone": "Europe/Amsterdam", "weekly": {d: ["19:00-23:00"] for d in DAYS}}

# a complete registration of a substantive contact about exploitation
COMPLETE: dict[str, Any] = {
    "contact_type": "substantive",
    "trafficking_question": "yes",
    "about": "self",
    "victim": "yes",
    "exploitation": "sexual",
    "age": 15,
    "gender": "girl",
    "first_disclosure": "yes",
    "still_exploited": "yes",
    "duration": "1_12_months",
    "perpetrators": "1",
    "perpetrator_relation": ["online_contact"],
    "first_contact_channel": "social_media",
    "coercion": ["threat_images"],
    "referral_made": "yes",
}


@dataclass
class Helpline:
    home: Organisation
    other: Organisation
    counsellor: User
    colleague: User
    coordinator: User
    professional: User
    admin: User
    outsider: User  # a counsellor of the other organisation
    outside_coordinator: User


def make_helpline() -> Helpline:
    home = Organisation.objects.create(name="Hulplijn Test")
    other = Organisation.objects.create(name="Andere Hulplijn")
    for organisation in (home, other):
        services.configure_helpline(organisation, opening_hours=ALWAYS)
    h = Helpline(
        home=home,
        other=other,
        counsellor=make_user("counsellor@example.test", home, Role.COUNSELLOR),
        colleague=make_user("colleague@example.test", home, Role.COUNSELLOR),
        coordinator=make_user("coordinator@example.test", home, Role.COORDINATOR),
        professional=make_user("professional@example.test", home, Role.PROFESSIONAL),
        admin=make_user("admin@example.test", home, Role.ADMIN),
        outsider=make_user("outsider@example.test", other, Role.COUNSELLOR),
        outside_coordinator=make_user("coordinator@other.example.test", other, Role.COORDINATOR),
    )
    for person in (h.counsellor, h.colleague, h.outsider):
        services.set_availability(person, available=True, now=NOW)
    return h


def start(
    h: Helpline,
    *,
    organisation: Organisation | None = None,
    nickname: str = "",
    age_band: str = "12_15",
    chat_code: str | None = None,
    at: datetime = NOW,
) -> StartedChat:
    return services.start_chat(
        organisation=organisation or h.home,
        age_band=age_band,
        nickname=nickname,
        chat_code=chat_code,
        now=at,
    )


def active(h: Helpline, *, at: datetime = NOW, nickname: str = "") -> StartedChat:
    """A chat that ``h.counsellor`` has accepted, a minute after it started."""
    started = start(h, at=at, nickname=nickname)
    services.accept_chat(
        h.counsellor, chat_id=started.chat.public_id, now=at + timedelta(minutes=1)
    )
    return started
