"""The registration form as plain data, and the check of one set of answers against it.

One form, one code list: the help chat's registration after each contact and the CSV import
of the yearly figures (issue 6) both validate through ``Form.validate``. Answers are a mapping
of field id to a code (``choice``), a list of codes (``multiple``) or a whole number
(``number``); a field left out, ``None`` or an empty list is "not filled in".
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from enum import StrEnum

from signaal.core.errors import ErrorCode, Problem, problem
from signaal.core.i18n import LocalText

Answer = str | int | list[str] | None

# CSV cells of a ``multiple`` field hold their codes separated by this (issue 6)
CSV_SEPARATOR = ";"
MAX_NUMBER_DIGITS = 9  # longer "numbers" stay text, and the check reports them


class FieldKind(StrEnum):
    CHOICE = "choice"
    MULTIPLE = "multiple"
    NUMBER = "number"


@dataclass(frozen=True, slots=True)
class Code:
    code: str
    label: LocalText
    # an answer such as "unknown" that cannot be combined with others in a multiple field
    exclusive: bool = False


@dataclass(frozen=True, slots=True)
class Condition:
    """Holds when the answer to ``field`` is one of ``codes``."""

    field: str
    codes: tuple[str, ...]

    def holds(self, answers: Mapping[str, object]) -> bool:
        return answers.get(self.field) in self.codes


@dataclass(frozen=True, slots=True)
class FormField:
    id: str
    kind: FieldKind
    label: LocalText
    codes: tuple[Code, ...] = ()
    required: bool = False
    # required only when every condition holds (and ``required`` is False)
    required_when: tuple[Condition, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    # personal data about the young person (Aselo marks such fields): handle with care
    personal: bool = False
    line: int | None = None

    @property
    def code_ids(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.codes)

    def code(self, code: str) -> Code | None:
        return next((c for c in self.codes if c.code == code), None)

    def is_required(self, answers: Mapping[str, object]) -> bool:
        if self.required:
            return True
        return bool(self.required_when) and all(c.holds(answers) for c in self.required_when)

    def from_text(self, text: str) -> Answer:
        """The answer written in a CSV cell: empty is not filled in, a number field reads
        digits as a whole number (anything else stays text, so that ``validate`` reports it),
        and a multiple field splits on ``;``."""
        text = text.strip()
        if not text:
            return None
        if self.kind is FieldKind.NUMBER:
            # a few digits at most: int() of thousands of digits is slow, then refused
            readable = text.isascii() and text.isdigit() and len(text) <= MAX_NUMBER_DIGITS
            return int(text) if readable else text
        if self.kind is FieldKind.MULTIPLE:
            return [part.strip() for part in text.split(CSV_SEPARATOR) if part.strip()]
        return text


@dataclass(frozen=True, slots=True)
class Form:
    id: str
    version: str
    title: LocalText
    fields: tuple[FormField, ...]
    source: str = ""

    @property
    def field_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.fields)

    def field(self, field_id: str) -> FormField:
        for f in self.fields:
            if f.id == field_id:
                return f
        raise KeyError(field_id)

    def validate(
        self,
        answers: object,
        *,
        only: Collection[str] | None = None,
        file: str | None = None,
        line: int | None = None,
    ) -> list[Problem]:
        """Every problem with ``answers``, each naming its field (``Problem.item``).

        ``only`` checks just those fields (an import from an older system that lacks some
        columns); answers to other fields are then still refused as unknown. ``file`` and
        ``line`` say where the answers came from, for an importer's messages. An empty list
        means the answers are valid.
        """
        return _Check(self, file=file, line=line).run(answers, only)


def _show(value: object) -> str:
    return "leeg" if value is None else str(value)


class _Check:
    def __init__(self, form: Form, *, file: str | None, line: int | None) -> None:
        self.form = form
        self.file = file
        self.line = line
        self.problems: list[Problem] = []

    def add(self, code: ErrorCode, item: str | None, **params: object) -> None:
        self.problems.append(problem(code, file=self.file, line=self.line, item=item, **params))

    def run(self, answers: object, only: Collection[str] | None) -> list[Problem]:
        if not isinstance(answers, Mapping):
            self.add(
                ErrorCode.WRONG_TYPE,
                None,
                field="answers",
                expected=LocalText(
                    "een mapping van veld naar antwoord", "a mapping of field to answer"
                ),
                actual=type(answers).__name__,
            )
            return self.problems
        checked = [f for f in self.form.fields if only is None or f.id in only]
        known = set(self.form.field_ids)
        for f in checked:
            if _filled(answers.get(f.id)):
                self.value(f, answers[f.id])
            elif f.is_required(answers):
                self.add(
                    ErrorCode.MISSING_ANSWER,
                    f.id,
                    field=f.id,
                    label=f.label,
                    when=_when(f),
                )
        for key in answers:
            if key not in known:
                self.add(
                    ErrorCode.UNKNOWN_FIELD,
                    str(key),
                    field=key,
                    allowed=", ".join(self.form.field_ids),
                )
        return self.problems

    def value(self, f: FormField, value: object) -> None:
        if f.kind is FieldKind.NUMBER:
            self.number(f, value)
        elif f.kind is FieldKind.CHOICE:
            if not isinstance(value, str) or f.code(value) is None:
                self.invalid(f, value)
        else:
            self.multiple(f, value)

    def invalid(self, f: FormField, value: object) -> None:
        self.add(
            ErrorCode.INVALID_VALUE,
            f.id,
            field=f.id,
            value=_show(value),
            allowed=", ".join(f.code_ids),
        )

    def number(self, f: FormField, value: object) -> None:
        low, high = f.minimum, f.maximum
        whole = isinstance(value, int) and not isinstance(value, bool)
        inside = (
            isinstance(value, int)
            and (low is None or value >= low)
            and (high is None or value <= high)
        )
        if not whole or not inside:
            self.add(
                ErrorCode.INVALID_VALUE,
                f.id,
                field=f.id,
                value=_show(value),
                allowed=LocalText(
                    f"een heel getal van {low} tot en met {high}, of leeg",
                    f"a whole number from {low} to {high}, or empty",
                ),
            )

    def multiple(self, f: FormField, value: object) -> None:
        if not isinstance(value, list | tuple):
            self.add(
                ErrorCode.WRONG_TYPE,
                f.id,
                field=f.id,
                expected=LocalText("een lijst van codes", "a list of codes"),
                actual=_show(value),
            )
            return
        seen: set[str] = set()
        for code in value:
            if not isinstance(code, str) or f.code(code) is None:
                self.invalid(f, code)
                continue
            if code in seen:
                self.add(ErrorCode.DUPLICATE_ANSWER, f.id, field=f.id, value=code)
            seen.add(code)
        if len(seen) > 1:
            for code in sorted(seen):
                known = f.code(code)
                if known is not None and known.exclusive:
                    self.add(ErrorCode.EXCLUSIVE_ANSWER, f.id, field=f.id, value=code)


def _filled(value: object) -> bool:
    return value is not None and value != [] and value != () and value != ""


def _when(f: FormField) -> LocalText:
    if f.required or not f.required_when:
        return LocalText("", "")
    nl = " en ".join(f"{c.field} = {' of '.join(c.codes)}" for c in f.required_when)
    en = " and ".join(f"{c.field} = {' or '.join(c.codes)}" for c in f.required_when)
    return LocalText(f" als {nl}", f" when {en}")
