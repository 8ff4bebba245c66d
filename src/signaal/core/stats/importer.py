"""Read the registration CSV of an older system (issue 6), checking every row against the
help chat's registration form: one form, one code list.

The file is UTF-8 (a byte order mark is allowed), comma-separated, with exactly the columns
of ``records.CSV_COLUMNS`` in its first line (in any order). Codes of a multiple field are
separated by ``;`` inside their cell.

What is wrong with the file as a whole (not UTF-8, empty, too large, a line or a file too long,
a header that is not the issue's) raises one ``SignaalError`` and nothing can be read. What is
wrong with a row (a wrong code, a bad date, a contact_id used twice in the file, too few or
too many cells) is a problem of that row, naming file and line; the caller decides whether
one such problem stops the import (the default) or skips the row (``--skip-invalid``).

Hostile input ends within bounded time and memory: the file is at most ``MAX_BYTES``, a line
at most ``MAX_LINE_CHARS`` characters, the file at most ``MAX_ROWS`` registrations, and at
most ``MAX_PROBLEMS`` problems are listed (with a count of the rest).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from signaal.core.errors import ErrorCode, Problem, SignaalError, problem
from signaal.core.helpline.form import Answer, Form
from signaal.core.helpline.loader import load_form
from signaal.core.i18n import LocalText
from signaal.core.sources import decode_text, read_bytes
from signaal.core.stats.records import (
    ANSWER_COLUMNS,
    CSV_COLUMNS,
    RegistrationRecord,
    normal_answers,
)

MAX_BYTES = 8 * 1024 * 1024
MAX_LINE_CHARS = 2000
MAX_ROWS = 50_000
MAX_PROBLEMS = 200
MAX_ID_CHARS = 64
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# anchored at the start of a line: a search that may start anywhere would scan up to
# MAX_LINE_CHARS characters from every position of every line (seconds on a full file)
LONG_LINE = re.compile(rf"(?m)^[^\n]{{{MAX_LINE_CHARS + 1}}}")
DATE_RULE = LocalText(
    "een datum JJJJ-MM-DD, zoals 2020-03-31", "a date YYYY-MM-DD, such as 2020-03-31"
)


@dataclass
class ImportResult:
    """The valid rows, and every problem of the other rows (``invalid_lines``)."""

    records: list[RegistrationRecord] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    invalid_lines: list[int] = field(default_factory=list)
    form_version: str = ""


class _Reader(Protocol):
    line_num: int

    def __iter__(self) -> Iterator[list[str]]: ...
    def __next__(self) -> list[str]: ...


def _p(
    code: ErrorCode,
    nl: str,
    en: str,
    *,
    file: str,
    line: int | None = None,
    item: str | None = None,
) -> Problem:
    return Problem(code, LocalText(nl, en), file=file, line=line, item=item)


def _visible(value: str) -> str:
    """``value`` with every character that is not printable written as an escape (``\\x1b``,
    ``\\u202e``): a cell echoed in a message must not act on the terminal (escape
    sequences) or turn the text around (bidi overrides). No valid code, number or date holds
    such a character, so this changes only values that are refused anyway."""
    if value.isprintable():
        return value
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in value)


def _short(value: str) -> str:
    value = _visible(value)
    return value if len(value) <= 40 else value[:40] + "…"


def read_registrations(
    path: Path, *, label: str | None = None, form: Form | None = None
) -> ImportResult:
    """Read and check a registration CSV file; see the module's description."""
    name = label or str(path)
    raw = read_bytes(path, max_bytes=MAX_BYTES, label=name)
    return parse_registrations(raw, name=name, form=form)


def parse_registrations(raw: bytes, *, name: str, form: Form | None = None) -> ImportResult:
    if not raw:
        raise SignaalError([problem(ErrorCode.FILE_EMPTY, file=name)])
    text = decode_text(raw, name=name, max_bytes=MAX_BYTES)
    _check_size(text, name)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = _header(next(reader, []), name)
        return _Rows(form or load_form(), name, header).read(reader)
    except csv.Error as exc:
        raise SignaalError(
            [
                _p(
                    ErrorCode.INVALID_VALUE,
                    f"ongeldige CSV: {exc}.",
                    f"invalid CSV: {exc}.",
                    file=name,
                    line=reader.line_num,
                )
            ]
        ) from None


def _check_size(text: str, name: str) -> None:
    long = LONG_LINE.search(text)
    if long is not None:
        line = text.count("\n", 0, long.start()) + 1
        raise SignaalError(
            [
                _p(
                    ErrorCode.FILE_TOO_LARGE,
                    f"regel is langer dan {MAX_LINE_CHARS} tekens; een registratie past op "
                    "één korte regel.",
                    f"line is longer than {MAX_LINE_CHARS} characters; a registration fits on "
                    "one short line.",
                    file=name,
                    line=line,
                )
            ]
        )
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if lines > MAX_ROWS + 1:
        raise SignaalError(
            [
                _p(
                    ErrorCode.WRONG_COUNT,
                    f"bestand heeft {lines} regels; hoogstens {MAX_ROWS} registraties per "
                    "bestand (plus de kopregel). Splits het bestand.",
                    f"file has {lines} lines; at most {MAX_ROWS} registrations per file (plus "
                    "the header). Split the file.",
                    file=name,
                )
            ]
        )


def _header(row: list[str], name: str) -> list[str]:
    cells = [c.strip() for c in row]
    wanted = ", ".join(CSV_COLUMNS)
    if len(cells) == 1 and ";" in cells[0]:
        raise SignaalError(
            [
                _p(
                    ErrorCode.INVALID_VALUE,
                    "de kolommen zijn gescheiden door ';'; gebruik komma's tussen de kolommen "
                    "(';' scheidt alleen codes binnen één cel).",
                    "the columns are separated by ';'; use commas between the columns (';' "
                    "only separates codes within one cell).",
                    file=name,
                    line=1,
                )
            ]
        )
    problems: list[Problem] = []
    seen: set[str] = set()
    repeated: set[str] = set()
    for cell in cells:
        if cell in repeated:
            continue  # named once, however often it is repeated
        if cell in seen:
            repeated.add(cell)
            problems.append(
                _p(
                    ErrorCode.DUPLICATE_KEY,
                    f"kolom '{_short(cell)}' staat twee keer in de kopregel; houd er één.",
                    f"column '{_short(cell)}' appears twice in the header; keep one.",
                    file=name,
                    line=1,
                )
            )
        elif cell not in CSV_COLUMNS:
            problems.append(
                _p(
                    ErrorCode.UNKNOWN_FIELD,
                    f"onbekende kolom '{_short(cell)}' in de kopregel; toegestaan zijn: {wanted}.",
                    f"unknown column '{_short(cell)}' in the header; allowed are: {wanted}.",
                    file=name,
                    line=1,
                )
            )
        seen.add(cell)
    for column in CSV_COLUMNS:
        if column not in seen:
            problems.append(
                _p(
                    ErrorCode.MISSING_FIELD,
                    f"kolom '{column}' ontbreekt in de kopregel; de kopregel heeft precies "
                    f"deze kolommen: {wanted}.",
                    f"column '{column}' is missing from the header; the header has exactly "
                    f"these columns: {wanted}.",
                    file=name,
                    line=1,
                )
            )
    if problems:
        raise SignaalError(problems)
    return cells


class _Rows:
    def __init__(self, form: Form, name: str, header: list[str]) -> None:
        self.form = form
        self.name = name
        self.header = header
        self.result = ImportResult(form_version=form.version)
        self.first_line: dict[str, int] = {}
        self.unlisted = 0

    def add(self, found: Problem) -> None:
        if len(self.result.problems) < MAX_PROBLEMS:
            self.result.problems.append(found)
        else:
            self.unlisted += 1

    def read(self, reader: _Reader) -> ImportResult:
        end = reader.line_num
        rows = 0
        for row in reader:
            start, end = end + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            rows += 1
            found = self.row(row, start, spans=end != start)
            for p in found:
                self.add(p)
            if found:
                self.result.invalid_lines.append(start)
        if rows == 0:
            raise SignaalError(
                [
                    _p(
                        ErrorCode.FILE_EMPTY,
                        "geen registraties onder de kopregel.",
                        "no registrations below the header.",
                        file=self.name,
                    )
                ]
            )
        if self.unlisted:
            self.result.problems.append(
                _p(
                    ErrorCode.WRONG_COUNT,
                    f"en nog {self.unlisted} problemen (alleen de eerste {MAX_PROBLEMS} staan "
                    "hier).",
                    f"and {self.unlisted} more problems (only the first {MAX_PROBLEMS} are "
                    "listed).",
                    file=self.name,
                )
            )
        return self.result

    def row(self, row: list[str], line: int, *, spans: bool) -> list[Problem]:
        name = self.name
        if spans:
            return [
                _p(
                    ErrorCode.INVALID_VALUE,
                    "een cel bevat een regeleinde; zet elke registratie op één regel.",
                    "a cell holds a line break; put each registration on one line.",
                    file=name,
                    line=line,
                )
            ]
        if len(row) != len(self.header):
            return [
                _p(
                    ErrorCode.WRONG_COUNT,
                    f"deze regel heeft {len(row)} cellen, de kopregel {len(self.header)}; elke "
                    "regel heeft één cel per kolom (laat een cel leeg als er niets is).",
                    f"this line has {len(row)} cells, the header {len(self.header)}; every "
                    "line has one cell per column (leave a cell empty when there is nothing).",
                    file=name,
                    line=line,
                )
            ]
        cells = {column: cell.strip() for column, cell in zip(self.header, row, strict=True)}
        problems: list[Problem] = []
        contact_id = self.identifier(cells, "contact_id", line, problems)
        if contact_id:
            first = self.first_line.setdefault(contact_id, line)
            if first != line:
                problems.append(
                    problem(
                        ErrorCode.DUPLICATE_ID,
                        file=name,
                        line=line,
                        item="contact_id",
                        value=_short(contact_id),
                        first=first,
                    )
                )
        day = self.day(cells["date"], line, problems)
        visitor = self.identifier(cells, "visitor", line, problems)
        answers: dict[str, Answer] = {
            column: self.form.field(column).from_text(_visible(cells[column]))
            for column in ANSWER_COLUMNS
        }
        problems += self.form.validate(answers, only=ANSWER_COLUMNS, file=name, line=line)
        if problems or contact_id is None or day is None or visitor is None:
            return problems
        self.result.records.append(
            RegistrationRecord(
                contact_id=contact_id,
                date=day,
                visitor=visitor,
                answers=normal_answers(answers),
                form_version=self.form.version,
                line=line,
            )
        )
        return []

    def identifier(
        self, cells: dict[str, str], column: str, line: int, problems: list[Problem]
    ) -> str | None:
        value = cells[column]
        if not value:
            problems.append(self.missing(column, line))
            return None
        # printable only: no control characters, line breaks or bidi overrides
        if len(value) > MAX_ID_CHARS or not value.isprintable():
            problems.append(
                _p(
                    ErrorCode.INVALID_VALUE,
                    f"'{column}' is langer dan {MAX_ID_CHARS} tekens of bevat stuurtekens; "
                    f"gebruik hoogstens {MAX_ID_CHARS} gewone tekens.",
                    f"'{column}' is longer than {MAX_ID_CHARS} characters or holds control "
                    f"characters; use at most {MAX_ID_CHARS} plain characters.",
                    file=self.name,
                    line=line,
                    item=column,
                )
            )
            return None
        return value

    def missing(self, column: str, line: int) -> Problem:
        return _p(
            ErrorCode.MISSING_FIELD,
            f"'{column}' is leeg; elke registratie heeft een {column} nodig.",
            f"'{column}' is empty; every registration needs a {column}.",
            file=self.name,
            line=line,
            item=column,
        )

    def day(self, text: str, line: int, problems: list[Problem]) -> date | None:
        if not text:
            problems.append(self.missing("date", line))
            return None
        try:
            if not DATE.match(text):
                raise ValueError
            return date.fromisoformat(text)
        except ValueError:
            problems.append(
                problem(
                    ErrorCode.INVALID_VALUE,
                    file=self.name,
                    line=line,
                    item="date",
                    field="date",
                    value=_short(text),
                    allowed=DATE_RULE,
                )
            )
            return None
