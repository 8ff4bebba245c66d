"""Typed reading of line-numbered YAML nodes, collecting every problem instead of stopping.

Loaders (instruments, referrals, articles) describe what they expect through these helpers;
the reader records each problem with file, line and item id and returns ``None`` for a value
it could not read, so a loader carries on and reports everything in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from typing import TypeVar

from signaal.core.errors import ErrorCode, Problem, problem
from signaal.core.i18n import LocalText
from signaal.core.sources import Scalar, YList, YMap, YNode, YScalar

E = TypeVar("E", bound=StrEnum)

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")

# What a field should be, as the messages say it.
TEXT = LocalText("tekst", "text")
MAPPING = LocalText("een mapping (sleutel: waarde)", "a mapping (key: value)")
LIST = LocalText("een lijst", "a list")
WHOLE = LocalText("een geheel getal", "a whole number")
NUMBER = LocalText("een getal", "a number")
BOOLEAN = LocalText("true of false", "true or false")
IDS = LocalText("een lijst van ids", "a list of ids")


def describe(node: YNode) -> LocalText:
    """What a node is, for 'must be X, but is Y' messages."""
    if isinstance(node, YMap):
        return MAPPING
    if isinstance(node, YList):
        return LIST
    value = node.value
    if value is None:
        return LocalText("leeg", "empty")
    if isinstance(value, bool):
        return LocalText(f"ja/nee ({str(value).lower()})", f"yes/no ({str(value).lower()})")
    kind = {"str": ("tekst", "text"), "int": ("getal", "number"), "float": ("getal", "number")}.get(
        type(value).__name__, ("waarde", "value")
    )
    return LocalText(f"{kind[0]} '{value}'", f"{kind[1]} '{value}'")


class Reader:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def add(
        self,
        code: ErrorCode,
        *,
        line: int | None,
        item: str | None = None,
        file: str | None = None,
        **params: object,
    ) -> None:
        self.problems.append(problem(code, file=file or self.file, line=line, item=item, **params))

    # -- structure ---------------------------------------------------------------------

    def mapping(
        self,
        node: YNode | None,
        *,
        field: str,
        item: str | None = None,
        required: Iterable[str] = (),
        optional: Iterable[str] = (),
        id_key: str | None = "id",
    ) -> YMap | None:
        """``node`` as a mapping, with missing and unknown fields reported.

        Problems name ``item``, or else the mapping's own ``id_key`` value when it has one.
        """
        if node is None:
            return None
        if not isinstance(node, YMap):
            self.add(
                ErrorCode.WRONG_TYPE,
                line=node.line,
                item=item,
                field=field,
                expected=MAPPING,
                actual=describe(node),
            )
            return None
        own = node.entries.get(id_key) if id_key else None
        if item is None and isinstance(own, YScalar) and isinstance(own.value, str | int):
            item = str(own.value)
        req, opt = tuple(required), tuple(optional)
        allowed = set(req) | set(opt)
        for key in node.entries:
            if key not in allowed:
                self.add(
                    ErrorCode.UNKNOWN_FIELD,
                    line=node.key_lines[key],
                    item=item,
                    field=key,
                    allowed=", ".join(sorted(allowed)),
                )
        for key in req:
            if key not in node.entries:
                self.add(ErrorCode.MISSING_FIELD, line=node.line, item=item, field=key)
        return node

    def seq(
        self, m: YMap, key: str, *, item: str | None = None, required: bool = True
    ) -> tuple[YNode, ...]:
        node = m.entries.get(key)
        if node is None:
            return ()
        if isinstance(node, YScalar) and node.value is None and not required:
            return ()
        if not isinstance(node, YList):
            self.add(
                ErrorCode.WRONG_TYPE,
                line=node.line,
                item=item,
                field=key,
                expected=LIST,
                actual=describe(node),
            )
            return ()
        return node.items

    # -- values ------------------------------------------------------------------------

    def scalar(
        self, m: YMap, key: str, *, item: str | None, expected: LocalText, types: tuple[type, ...]
    ) -> Scalar:
        node = m.entries.get(key)
        if node is None:
            return None
        ok = isinstance(node, YScalar) and isinstance(node.value, types)
        if ok and isinstance(node, YScalar) and isinstance(node.value, bool):
            ok = bool in types  # YAML's true is an int to Python; not a number here
        if not ok or not isinstance(node, YScalar):
            self.add(
                ErrorCode.WRONG_TYPE,
                line=node.line,
                item=item,
                field=key,
                expected=expected,
                actual=describe(node),
            )
            return None
        return node.value

    def string(self, m: YMap, key: str, *, item: str | None = None) -> str | None:
        value = self.scalar(m, key, item=item, expected=TEXT, types=(str,))
        if isinstance(value, str) and not value.strip():
            self.add(
                ErrorCode.WRONG_TYPE,
                line=m.key_lines[key],
                item=item,
                field=key,
                expected=TEXT,
                actual=LocalText("leeg", "empty"),
            )
            return None
        return value if isinstance(value, str) else None

    def integer(self, m: YMap, key: str, *, item: str | None = None) -> int | None:
        value = self.scalar(m, key, item=item, expected=WHOLE, types=(int,))
        return value if isinstance(value, int) else None

    def weight(
        self, m: YMap, key: str, bounds: tuple[int, int], *, item: str | None = None
    ) -> int | None:
        """A whole number within ``bounds`` (inclusive); out of range is reported once, as
        WEIGHT_OUT_OF_RANGE with the allowed range, and gives None."""
        value = self.integer(m, key, item=item)
        if value is not None and not bounds[0] <= value <= bounds[1]:
            self.add(
                ErrorCode.WEIGHT_OUT_OF_RANGE,
                line=m.entries[key].line,
                item=item,
                value=value,
                low=bounds[0],
                high=bounds[1],
            )
            return None
        return value

    def number(self, m: YMap, key: str, *, item: str | None = None) -> float | None:
        value = self.scalar(m, key, item=item, expected=NUMBER, types=(int, float))
        return float(value) if isinstance(value, int | float) else None

    def boolean(self, m: YMap, key: str, *, item: str | None = None) -> bool | None:
        value = self.scalar(m, key, item=item, expected=BOOLEAN, types=(bool,))
        return value if isinstance(value, bool) else None

    def identifier(self, m: YMap, key: str, *, item: str | None = None) -> str | None:
        value = self.string(m, key, item=item)
        if value is not None and not ID_PATTERN.match(value):
            self.add(
                ErrorCode.INVALID_ID,
                line=m.entries[key].line,
                item=item,
                value=value,
                rule="use letters, digits, '-', '_' or '.', at most 64",
            )
            return None
        return value

    def enum(self, m: YMap, key: str, kind: type[E], *, item: str | None = None) -> E | None:
        value = self.string(m, key, item=item)
        if value is None:
            return None
        try:
            return kind(value)
        except ValueError:
            self.add(
                ErrorCode.INVALID_VALUE,
                line=m.entries[key].line,
                item=item,
                field=key,
                value=value,
                allowed=", ".join(k.value for k in kind),
            )
            return None

    def text(
        self, m: YMap, key: str, *, item: str | None = None, need_en: bool = True
    ) -> LocalText | None:
        """A bilingual text: a mapping with ``nl`` (always) and ``en`` (when ``need_en``)."""
        node = m.entries.get(key)
        if node is None:
            return None
        tm = self.mapping(node, field=key, item=item, optional=("nl", "en"))
        if tm is None:
            return None
        texts: dict[str, str] = {}
        for lang in ("nl", "en"):
            value = self.string(tm, lang, item=item) if lang in tm.entries else None
            if value is None:
                if (lang == "nl" or need_en) and lang not in tm.entries:
                    self.add(
                        ErrorCode.MISSING_TRANSLATION,
                        line=tm.line,
                        item=item,
                        field=key,
                        lang=lang,
                    )
                continue
            texts[lang] = value.strip()
        if "nl" not in texts:
            return None
        return LocalText(texts["nl"], texts.get("en", ""))

    def id_list(self, m: YMap, key: str, *, item: str | None = None) -> tuple[tuple[str, int], ...]:
        """A list of ids, each with its line (for reference checks later)."""
        out: list[tuple[str, int]] = []
        for node in self.seq(m, key, item=item, required=False):
            value = node.value if isinstance(node, YScalar) else None
            # an id such as 1712 reads as a number in YAML; it is still an id
            if isinstance(value, str | int) and not isinstance(value, bool) and str(value):
                out.append((str(value), node.line))
            else:
                self.add(
                    ErrorCode.WRONG_TYPE,
                    line=node.line,
                    item=item,
                    field=key,
                    expected=IDS,
                    actual=describe(node),
                )
        return tuple(out)
