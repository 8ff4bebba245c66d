"""Importing registrations and gathering the registrations a year's report is made of.

The report's input is the union of the registrations imported for the organisation and the
help chat's own registrations of that organisation (a chat's contact_id is its public id,
its date the chat's start in the organisation's time zone, its visitor the chat's key).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from signaal.core.errors import ErrorCode, Problem, SignaalError
from signaal.core.i18n import LocalText
from signaal.core.stats.importer import ImportResult
from signaal.core.stats.records import RegistrationRecord, normal_answers
from signaal.core.stats.report import YearReport, compute_report
from signaal.web.accounts.models import Organisation
from signaal.web.helpline.models import Registration
from signaal.web.stats.models import ImportedRegistration

CHUNK = 500  # ids per query: well under SQLite's limit on query parameters


@dataclass
class ImportOutcome:
    added: int = 0
    unchanged: int = 0
    skipped_lines: list[int] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def organisation_named(name: str) -> Organisation:
    found = Organisation.objects.filter(name=name).first()
    if found is None:
        raise SignaalError(
            [
                Problem(
                    ErrorCode.INVALID_VALUE,
                    LocalText(
                        f"organisatie '{name}' bestaat niet. Maak haar aan met 'signaal "
                        "createorg NAAM', of controleer de naam.",
                        f"organisation '{name}' does not exist. Create it with 'signaal "
                        "createorg NAME', or check the name.",
                    ),
                    item="--org",
                )
            ]
        )
    return found


def stored_record(row: ImportedRegistration) -> RegistrationRecord:
    return RegistrationRecord(
        contact_id=row.contact_id,
        date=row.contact_date,
        visitor=row.visitor_key,
        answers=dict(row.answers),
        form_version=row.form_version,
    )


def _conflict(record: RegistrationRecord, file: str) -> Problem:
    return Problem(
        ErrorCode.DUPLICATE_ID,
        LocalText(
            f"contact_id '{record.contact_id}' is al eerder geïmporteerd, met andere gegevens. "
            "Opnieuw importeren verandert een registratie niet; laat de regel weg, of geef "
            "een ander contact een eigen contact_id.",
            f"contact_id '{record.contact_id}' was imported before, with other data. "
            "Importing again does not change a registration; leave the line out, or give "
            "another contact its own contact_id.",
        ),
        file=file,
        line=record.line,
        item="contact_id",
    )


def import_registrations(
    organisation: Organisation,
    result: ImportResult,
    *,
    file: str,
    skip_invalid: bool = False,
    now: datetime | None = None,
) -> ImportOutcome:
    """Store the valid rows of a read CSV file for ``organisation``.

    A contact_id imported before with the same content is left as it is (so importing a
    file again adds nothing); with other content it is a problem of that line. Without
    ``skip_invalid`` any problem raises one ``SignaalError`` listing them all and nothing
    is stored; with it the valid rows are stored and the problems returned.
    """
    at = timezone.now() if now is None else now
    problems = list(result.problems)
    skipped = set(result.invalid_lines)
    with transaction.atomic():
        existing = _existing(organisation, (r.contact_id for r in result.records))
        new: list[RegistrationRecord] = []
        unchanged = 0
        for record in result.records:
            old = existing.get(record.contact_id)
            if old is None:
                new.append(record)
            elif old.same_content(record):
                unchanged += 1
            else:
                problems.append(_conflict(record, file))
                skipped.add(record.line or 0)
        if problems and not skip_invalid:
            raise SignaalError(sorted(problems, key=lambda p: p.line or 0))
        try:
            with transaction.atomic():
                ImportedRegistration.objects.bulk_create(
                    [
                        ImportedRegistration(
                            organisation=organisation,
                            contact_id=r.contact_id,
                            contact_date=r.date,
                            visitor_key=r.visitor,
                            answers=normal_answers(r.answers),
                            form_version=r.form_version,
                            imported_at=at,
                        )
                        for r in new
                    ],
                    batch_size=CHUNK,
                )
        except IntegrityError:
            raise SignaalError(
                [
                    Problem(
                        ErrorCode.DUPLICATE_ID,
                        LocalText(
                            "tegelijk liep een andere import met dezelfde contact_id's; er is "
                            "niets geïmporteerd. Importeer het bestand opnieuw.",
                            "another import with the same contact_ids ran at the same time; "
                            "nothing was imported. Import the file again.",
                        ),
                        file=file,
                    )
                ]
            ) from None
    return ImportOutcome(
        added=len(new),
        unchanged=unchanged,
        skipped_lines=sorted(skipped),
        problems=sorted(problems, key=lambda p: p.line or 0),
    )


def _existing(
    organisation: Organisation, contact_ids: Iterable[str]
) -> dict[str, RegistrationRecord]:
    ids = sorted(set(contact_ids))
    found: dict[str, RegistrationRecord] = {}
    for start in range(0, len(ids), CHUNK):
        rows = ImportedRegistration.objects.filter(
            organisation=organisation, contact_id__in=ids[start : start + CHUNK]
        )
        found.update((row.contact_id, stored_record(row)) for row in rows)
    return found


def registrations(organisation: Organisation, year: int) -> list[RegistrationRecord]:
    """The year's registrations of the organisation: imported and the help chat's own."""
    out = [
        stored_record(row)
        for row in ImportedRegistration.objects.filter(
            organisation=organisation, contact_date__year=year
        )
    ]
    own = Registration.objects.filter(
        organisation=organisation, chat__isnull=False, contact_date__year=year
    ).select_related("chat")
    for registration in own:
        chat = registration.chat
        assert chat is not None  # noqa: S101 - filtered on above
        out.append(
            RegistrationRecord(
                contact_id=str(chat.public_id),
                date=registration.contact_date,
                visitor=registration.visitor_key,
                answers=dict(registration.answers),
                form_version=registration.form_version,
            )
        )
    return out


def year_report(organisation: Organisation, year: int) -> YearReport:
    return compute_report(registrations(organisation, year), year)


def years_with_data(organisation: Organisation) -> list[int]:
    """The years with at least one registration, newest first."""
    imported = ImportedRegistration.objects.filter(organisation=organisation).dates(
        "contact_date", "year"
    )
    own = Registration.objects.filter(organisation=organisation, chat__isnull=False).dates(
        "contact_date", "year"
    )
    return sorted({d.year for d in imported} | {d.year for d in own}, reverse=True)
