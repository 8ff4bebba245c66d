"""Organisations, imported registrations and help chat registrations for the statistics
tests. Keys and ids are made up."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from signaal.core.stats.importer import parse_registrations
from signaal.web.accounts.models import Organisation
from signaal.web.helpline.models import Chat, Registration
from signaal.web.stats.services import import_registrations
from tests.core.stats_2020 import csv_2020

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def write_2020(folder: Path) -> Path:
    path = folder / "2020.csv"
    path.write_text(csv_2020(), encoding="utf-8")
    return path


def import_2020(organisation: Organisation) -> None:
    result = parse_registrations(csv_2020().encode(), name="2020.csv")
    import_registrations(organisation, result, file="2020.csv")


def chat_registration(
    organisation: Organisation, started: datetime, visitor: str, answers: dict[str, Any]
) -> Chat:
    """A help chat started at ``started`` with its registration (as the counsellor saves it,
    answers may hold referral_made)."""
    chat = Chat.objects.create(
        organisation=organisation,
        age_band="12_15",
        visitor_key=visitor,
        resume_token_hash=uuid.uuid4().hex,
        created_at=started,
        status="ended",
    )
    Registration.objects.create(
        chat=chat,
        organisation=organisation,
        contact_date=started.astimezone(AMSTERDAM).date(),
        visitor_key=visitor,
        form_version="1",
        answers=answers,
        created_at=started,
        updated_at=started,
    )
    return chat
