"""The help chat of the demo organisation (``signaal serve --demo``): always open, the
default retention period and chat limit, and the default canned responses. Called from
``accounts.services.ensure_demo``; running it again changes nothing."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from django.db import transaction

from signaal.web.accounts.models import Organisation
from signaal.web.helpline.counsellors import configure_helpline
from signaal.web.helpline.models import CannedResponse
from signaal.web.helpline.setup_file import Canned, load_setup, replace_canned_responses

CANNED_FILE = Path(__file__).with_name("canned_responses.yaml")
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# the demo is always open, so it can be tried at any hour
ALWAYS_OPEN = {"timezone": "Europe/Amsterdam", "weekly": {day: ["00:00-24:00"] for day in DAYS}}
DEMO_RETENTION_DAYS = 90
DEMO_MAX_CHATS = 3


@cache
def default_canned_responses(path: Path = CANNED_FILE) -> tuple[Canned, ...]:
    """The canned responses of the data file (the format of ``signaal helpline configure``)."""
    canned = load_setup(path).canned_responses
    if not canned:
        raise ValueError(f"{path.name}: 'canned_responses' must be a non-empty list")
    return canned


def ensure_demo_helpline(organisation: Organisation) -> None:
    """Configure the organisation's help line for the demo and give it the default canned
    responses when it has none."""
    with transaction.atomic():
        configure_helpline(
            organisation,
            opening_hours=ALWAYS_OPEN,
            retention_days=DEMO_RETENTION_DAYS,
            max_chats_per_counsellor=DEMO_MAX_CHATS,
        )
        if not CannedResponse.objects.filter(organisation=organisation).exists():
            replace_canned_responses(organisation, default_canned_responses())
