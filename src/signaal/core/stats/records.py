"""One registration of one contact, as the yearly figures read it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from signaal.core.helpline.form import Answer

# The registration CSV's header (issue 6), in this order. Every column after ``visitor`` is a
# field of the help chat's registration form; the form's ``referral_made`` is not in the CSV.
META_COLUMNS = ("contact_id", "date", "visitor")
ANSWER_COLUMNS = (
    "contact_type",
    "trafficking_question",
    "about",
    "victim",
    "exploitation",
    "age",
    "gender",
    "first_disclosure",
    "still_exploited",
    "duration",
    "perpetrators",
    "perpetrator_relation",
    "first_contact_channel",
    "coercion",
)
CSV_COLUMNS = META_COLUMNS + ANSWER_COLUMNS


@dataclass(frozen=True, slots=True)
class RegistrationRecord:
    """A contact: its id (unique per organisation), the day it took place (local time), the
    pseudonymous visitor key, the answers as codes (a field left empty is absent) and the
    version of the registration form they follow. ``line`` is where an imported one was
    read (None for the help chat's own)."""

    contact_id: str
    date: date
    visitor: str
    answers: Mapping[str, Answer] = field(default_factory=dict)
    form_version: str = "1"
    line: int | None = None

    def same_content(self, other: RegistrationRecord) -> bool:
        """Whether two records of the same contact say the same (line numbers aside)."""
        return (
            self.contact_id == other.contact_id
            and self.date == other.date
            and self.visitor == other.visitor
            and normal_answers(self.answers) == normal_answers(other.answers)
            and self.form_version == other.form_version
        )


def normal_answers(answers: Mapping[str, Answer]) -> dict[str, Answer]:
    """The answers without the ones left empty, multiple answers as sorted lists: the form
    to store and to compare."""
    out: dict[str, Answer] = {}
    for key, value in answers.items():
        if value is None or value == "" or value == []:
            continue
        out[key] = sorted(value) if isinstance(value, list) else value
    return out
