"""An organisation's help chat settings as a file, for ``signaal helpline configure``:
opening hours with holidays, retention period, chats per counsellor, and the canned
responses of its counsellors. Every problem is reported at once with file and line; nothing
changes unless the whole file is right.

```yaml
opening_hours:
  timezone: Europe/Amsterdam
  weekly: {monday: ["19:00-23:00"], friday: ["21:00-02:00"]}
  holidays: ["2026-12-25"]
retention_days: 90
max_chats_per_counsellor: 3
canned_responses:            # optional; when given, it replaces the organisation's list
  - code: welkom
    title: {nl: Welkom, en: Welcome}
    text: {nl: "Hoi, fijn dat je er bent.", en: "Hi, good that you are here."}
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from signaal.core.errors import ErrorCode, Problem, SignaalError
from signaal.core.i18n import Lang, LocalText
from signaal.core.schema import Reader
from signaal.core.sources import YList, YMap, YNode, YScalar, load_yaml, parse_yaml
from signaal.web.accounts.models import Organisation
from signaal.web.helpline.counsellors import configure_helpline
from signaal.web.helpline.errors import HelplineError
from signaal.web.helpline.models import CannedResponse, OrganisationHelplineSettings

TOP_FIELDS = ("opening_hours", "retention_days", "max_chats_per_counsellor", "canned_responses")
CODE = re.compile(r"^[a-z0-9-]{1,40}$")
TITLE_MAX = 100
TEXT_MAX = 2000
MAX_CANNED = 200
PlainData = str | int | float | bool | None | list["PlainData"] | dict[str, "PlainData"]


@dataclass(frozen=True, slots=True)
class Canned:
    code: str
    language: Lang
    title: str
    text: str
    position: int


@dataclass(frozen=True, slots=True)
class HelplineSetup:
    """What the file sets; ``None`` leaves that setting as it is."""

    opening_hours: dict[str, PlainData] | None
    retention_days: int | None
    max_chats_per_counsellor: int | None
    canned_responses: tuple[Canned, ...] | None
    lines: dict[str, int] = field(default_factory=dict)  # each setting's line in the file


def plain(node: YNode) -> PlainData:
    """The YAML node as ordinary Python data (lines dropped)."""
    if isinstance(node, YScalar):
        return node.value
    if isinstance(node, YList):
        return [plain(item) for item in node.items]
    return {key: plain(value) for key, value in node.entries.items()}


def _canned(reader: Reader, nodes: tuple[YNode, ...]) -> tuple[Canned, ...]:
    found: list[Canned] = []
    seen: set[str] = set()
    if len(nodes) > MAX_CANNED:
        reader.add(
            ErrorCode.INVALID_VALUE,
            line=nodes[MAX_CANNED].line,
            field="canned_responses",
            value=len(nodes),
            allowed=f"at most {MAX_CANNED} responses",
        )
        return ()
    for position, node in enumerate(nodes):
        entry = reader.mapping(
            node, field="canned_responses", required=("code", "title", "text"), id_key="code"
        )
        if entry is None:
            continue
        code = reader.string(entry, "code")
        title = reader.text(entry, "title", item=code)
        text = reader.text(entry, "text", item=code)
        if code is not None and (not CODE.match(code) or code in seen):
            reader.add(
                ErrorCode.INVALID_VALUE,
                line=entry.entries["code"].line,
                field="code",
                value=code,
                allowed="a new code of a-z, 0-9 and '-', at most 40",
            )
            continue
        if code is None or title is None or text is None:
            continue
        seen.add(code)
        for lang in Lang:
            pair = (title.get(lang), text.get(lang))
            for key, value, most in (("title", pair[0], TITLE_MAX), ("text", pair[1], TEXT_MAX)):
                if len(value) > most:
                    reader.add(
                        ErrorCode.INVALID_VALUE,
                        line=entry.entries[key].line,
                        item=code,
                        field=key,
                        value=f"{len(value)} characters",
                        allowed=f"at most {most} characters",
                    )
            found.append(Canned(code, lang, pair[0], pair[1], position))
    return tuple(found)


def read_setup(root: YNode, *, name: str) -> HelplineSetup:
    """The settings of a parsed file; raises ``SignaalError`` with every problem."""
    reader = Reader(name)
    top = reader.mapping(root, field="helpline", optional=TOP_FIELDS, id_key=None)
    if top is None:
        raise SignaalError(reader.problems)
    hours_node = top.entries.get("opening_hours")
    if hours_node is not None and not isinstance(hours_node, YMap):
        reader.mapping(hours_node, field="opening_hours", id_key=None)
    hours = plain(hours_node) if isinstance(hours_node, YMap) else None
    retention = reader.integer(top, "retention_days")
    limit = reader.integer(top, "max_chats_per_counsellor")
    canned = (
        _canned(reader, reader.seq(top, "canned_responses"))
        if "canned_responses" in top.entries
        else None
    )
    if reader.problems:
        raise SignaalError(reader.problems)
    lines = {key: node.line for key, node in top.entries.items()}
    return HelplineSetup(
        hours if isinstance(hours, dict) else None, retention, limit, canned, lines
    )


def load_setup(path: Path) -> HelplineSetup:
    return read_setup(load_yaml(path, label=path.name), name=path.name)


def parse_setup(text: str, *, name: str) -> HelplineSetup:
    return read_setup(parse_yaml(text, name=name), name=name)


def apply_setup(organisation: Organisation, setup: HelplineSetup, *, name: str) -> None:
    """Store the settings for ``organisation``, all or nothing; the values are checked as
    ``configure_helpline`` checks them, and reported as problems of the file ``name``."""
    with transaction.atomic():
        try:
            configure_helpline(
                organisation,
                opening_hours=setup.opening_hours,
                retention_days=setup.retention_days,
                max_chats_per_counsellor=setup.max_chats_per_counsellor,
            )
        except HelplineError as exc:
            raise SignaalError(
                [
                    Problem(
                        ErrorCode.INVALID_VALUE,
                        p.message,
                        file=name,
                        line=setup.lines.get(p.field),
                        item=p.field,
                    )
                    for p in exc.problems
                ]
            ) from None
        if setup.canned_responses is not None:
            replace_canned_responses(organisation, setup.canned_responses)


def replace_canned_responses(organisation: Organisation, canned: tuple[Canned, ...]) -> None:
    CannedResponse.objects.filter(organisation=organisation).delete()
    CannedResponse.objects.bulk_create(
        CannedResponse(
            organisation=organisation,
            code=c.code,
            language=c.language.value,
            title=c.title,
            text=c.text,
            position=c.position,
        )
        for c in canned
    )


def summary(organisation: Organisation, lang: Lang) -> str:
    """What the organisation's help chat is set to now, in one line (no content)."""
    found = OrganisationHelplineSettings.objects.get(organisation=organisation)
    canned = CannedResponse.objects.filter(organisation=organisation, language=lang.value).count()
    text = LocalText(
        f"{organisation.name}: openingstijden ingesteld: {'ja' if found.opening_hours else 'nee'}, "
        f"bewaartermijn {found.retention_days} dagen, {found.max_chats_per_counsellor} "
        f"gesprekken tegelijk per hulpverlener, standaardteksten: {canned}.",
        f"{organisation.name}: opening hours set: {'yes' if found.opening_hours else 'no'}, "
        f"retention {found.retention_days} days, {found.max_chats_per_counsellor} chats at "
        f"once per counsellor, canned responses: {canned}.",
    )
    return text.get(lang)
