"""The help chat of the demo organisation (``signaal serve --demo``): always open, the
default retention period and chat limit, and the default canned responses. Called from
``accounts.services.ensure_demo``; running it again changes nothing."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

import yaml
from django.db import transaction

from signaal.core.i18n import Lang
from signaal.web.accounts.models import Organisation
from signaal.web.helpline.counsellors import configure_helpline
from signaal.web.helpline.models import CannedResponse

CANNED_FILE = Path(__file__).with_name("canned_responses.yaml")
DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# the demo is always open, so it can be tried at any hour
ALWAYS_OPEN = {"timezone": "Europe/Amsterdam", "weekly": {day: ["00:00-24:00"] for day in DAYS}}
DEMO_RETENTION_DAYS = 90
DEMO_MAX_CHATS = 3
CODE = re.compile(r"^[a-z0-9-]{1,40}$")
TITLE_MAX = 100


class Canned(NamedTuple):
    code: str
    language: Lang
    title: str
    text: str
    position: int


@cache
def default_canned_responses(path: Path = CANNED_FILE) -> tuple[Canned, ...]:
    """The canned responses of the data file, one per code and language; a file that does
    not fit raises ``ValueError`` naming the entry."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = data.get("responses") if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{path.name}: 'responses' must be a non-empty list")
    found: list[Canned] = []
    seen: set[str] = set()
    for position, entry in enumerate(entries):
        code = entry.get("code") if isinstance(entry, dict) else None
        if not isinstance(code, str) or not CODE.match(code) or code in seen:
            raise ValueError(f"{path.name}: entry {position + 1} needs a new code of a-z, 0-9, -")
        seen.add(code)
        for lang in Lang:
            title = (entry.get("title") or {}).get(lang.value)
            text = (entry.get("text") or {}).get(lang.value)
            if not isinstance(title, str) or not title.strip() or len(title) > TITLE_MAX:
                raise ValueError(f"{path.name}: '{code}' needs a {lang.value} title")
            if not isinstance(text, str) or not text.strip():
                raise ValueError(f"{path.name}: '{code}' needs a {lang.value} text")
            found.append(Canned(code, lang, title.strip(), text.strip(), position))
    return tuple(found)


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
            CannedResponse.objects.bulk_create(
                CannedResponse(
                    organisation=organisation,
                    code=c.code,
                    language=c.language.value,
                    title=c.title,
                    text=c.text,
                    position=c.position,
                )
                for c in default_canned_responses()
            )
