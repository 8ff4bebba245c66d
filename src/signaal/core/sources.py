"""Reading data files safely: bounded size, strict UTF-8, YAML and JSON with line numbers.

Hostile input (huge, deeply nested, aliased or wrongly encoded) ends with a clear
``SignaalError`` naming the file and line, never a traceback or unbounded work.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import yaml

from signaal.core.errors import ErrorCode, Problem, SignaalError, problem
from signaal.core.i18n import LocalText

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40

Scalar = str | int | float | bool | None


@dataclass(frozen=True, slots=True)
class YScalar:
    line: int
    value: Scalar


@dataclass(frozen=True, slots=True)
class YList:
    line: int
    items: tuple[YNode, ...]


@dataclass(frozen=True, slots=True)
class YMap:
    line: int
    entries: dict[str, YNode] = field(default_factory=dict)
    key_lines: dict[str, int] = field(default_factory=dict)

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)


YNode = YScalar | YList | YMap


def read_text(path: Path, *, max_bytes: int = MAX_BYTES, label: str | None = None) -> str:
    """The file's text, refusing missing, oversized, empty and non-UTF-8 files."""
    name = label or str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SignaalError(
                [problem(ErrorCode.FILE_TOO_LARGE, file=name, size=size, limit=max_bytes)]
            )
        with path.open("rb") as fh:
            # read one byte past the limit: the size may have changed since stat()
            raw = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise SignaalError([problem(ErrorCode.FILE_NOT_FOUND, file=name)]) from None
    except IsADirectoryError:
        raise SignaalError(
            [problem(ErrorCode.FILE_UNREADABLE, file=name, reason="is a directory")]
        ) from None
    except OSError as exc:
        raise SignaalError(
            [problem(ErrorCode.FILE_UNREADABLE, file=name, reason=exc.strerror or "OS error")]
        ) from None
    return decode_text(raw, name=name, max_bytes=max_bytes)


def decode_text(raw: bytes, *, name: str, max_bytes: int = MAX_BYTES) -> str:
    if len(raw) > max_bytes:
        raise SignaalError(
            [problem(ErrorCode.FILE_TOO_LARGE, file=name, size=len(raw), limit=max_bytes)]
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SignaalError(
            [problem(ErrorCode.ENCODING, file=name, line=line, offset=exc.start)]
        ) from None
    if not text.strip():
        raise SignaalError([problem(ErrorCode.FILE_EMPTY, file=name)])
    return text


_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def _scalar(event: yaml.ScalarEvent) -> Scalar:
    tag = event.tag
    if tag is None or tag == "!":
        tag = cast(
            str,
            _RESOLVER.resolve(
                yaml.ScalarNode,
                event.value,  # type: ignore[no-untyped-call]
                event.implicit,
            ),
        )
    node = yaml.ScalarNode(tag, event.value)
    value: Any = _CONSTRUCTOR.construct_object(node)
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    # dates, binary and other tagged values stay text: the schema decides what they mean
    return str(event.value)


def parse_yaml(text: str, *, name: str, first_line: int = 1) -> YNode:
    """Parse one YAML document into line-numbered nodes, without recursion.

    Built from the event stream with an explicit stack, so depth is checked before any
    structure is built; aliases are refused (no billion laughs), duplicate keys are errors.
    ``first_line`` is the file line on which ``text`` starts (front matter starts on line 2).
    """
    stack: list[tuple[YMap | list[YNode], int, str | None]] = []
    root: YNode | None = None
    documents = 0
    problems: list[Problem] = []

    def attach(node: YNode) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        container, _line, pending = stack[-1]
        if isinstance(container, list):
            container.append(node)
            return
        if pending is None:
            # this node is a key
            if not isinstance(node, YScalar) or not isinstance(node.value, str | int | bool):
                raise SignaalError(
                    [
                        problem(
                            ErrorCode.WRONG_TYPE,
                            file=name,
                            line=node.line,
                            field="key",
                            expected=LocalText("tekst", "text"),
                            actual=LocalText("een lijst of mapping", "a list or mapping"),
                        )
                    ]
                )
            key = str(node.value)
            if key in container.entries:
                problems.append(
                    problem(
                        ErrorCode.DUPLICATE_KEY,
                        file=name,
                        line=node.line,
                        key=key,
                        first=container.key_lines[key],
                    )
                )
            stack[-1] = (container, _line, key)
            container.key_lines.setdefault(key, node.line)
            return
        container.entries.setdefault(pending, node)
        stack[-1] = (container, _line, None)

    try:
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            line = event.start_mark.line + first_line if event.start_mark else 0
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise SignaalError(
                        [problem(ErrorCode.YAML_MULTIPLE_DOCUMENTS, file=name, line=line)]
                    )
            elif isinstance(event, yaml.AliasEvent) or (
                isinstance(event, yaml.NodeEvent) and event.anchor is not None
            ):
                raise SignaalError([problem(ErrorCode.YAML_ALIAS, file=name, line=line)])
            elif isinstance(event, yaml.ScalarEvent):
                attach(YScalar(line, _scalar(event)))
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                if len(stack) >= MAX_DEPTH:
                    raise SignaalError(
                        [problem(ErrorCode.TOO_DEEP, file=name, line=line, limit=MAX_DEPTH)]
                    )
                container: YMap | list[YNode] = (
                    YMap(line) if isinstance(event, yaml.MappingStartEvent) else []
                )
                stack.append((container, line, None))
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                done, start, _pending = stack.pop()
                attach(done if isinstance(done, YMap) else YList(start, tuple(done)))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = mark.line + first_line if mark else None
        detail = exc.problem or str(exc)
        raise SignaalError(
            [problem(ErrorCode.YAML_SYNTAX, file=name, line=where, detail=detail)]
        ) from None
    except yaml.YAMLError as exc:
        raise SignaalError([problem(ErrorCode.YAML_SYNTAX, file=name, detail=str(exc))]) from None
    if problems:
        raise SignaalError(problems)
    if root is None:
        raise SignaalError([problem(ErrorCode.FILE_EMPTY, file=name)])
    return root


def load_yaml(path: Path, *, label: str | None = None) -> YNode:
    name = label or str(path)
    return parse_yaml(read_text(path, label=name), name=name)


def parse_json(text: str, *, name: str) -> Any:
    """Strict JSON: duplicate keys and NaN are errors, depth is bounded."""
    problems: list[Problem] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                lines = key_lines(text, key)
                problems.append(
                    problem(
                        ErrorCode.DUPLICATE_KEY,
                        file=name,
                        line=lines[1] if len(lines) > 1 else None,
                        key=key,
                        first=lines[0] if lines else "?",
                    )
                )
            out[key] = value
        return out

    def no_constants(value: str) -> Any:
        raise ValueError(f"{value} is not valid JSON")

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=no_constants)
    except json.JSONDecodeError as exc:
        raise SignaalError(
            [
                problem(
                    ErrorCode.JSON_SYNTAX,
                    file=name,
                    line=exc.lineno,
                    detail=f"{exc.msg} (column {exc.colno})",
                )
            ]
        ) from None
    except RecursionError:
        raise SignaalError([problem(ErrorCode.TOO_DEEP, file=name, limit=MAX_DEPTH)]) from None
    except ValueError as exc:
        raise SignaalError([problem(ErrorCode.JSON_SYNTAX, file=name, detail=str(exc))]) from None
    if problems:
        raise SignaalError(problems)
    if _depth(data) > MAX_DEPTH:
        raise SignaalError([problem(ErrorCode.TOO_DEEP, file=name, limit=MAX_DEPTH)])
    return data


def _depth(data: Any) -> int:
    """Nesting depth of parsed JSON, walked without recursion."""
    deepest = 0
    todo: list[tuple[Any, int]] = [(data, 0)]
    while todo:
        value, depth = todo.pop()
        if isinstance(value, dict | list):
            depth += 1
            deepest = max(deepest, depth)
            children = value.values() if isinstance(value, dict) else value
            todo.extend((child, depth) for child in children)
    return deepest


def key_lines(text: str, key: str) -> list[int]:
    """The lines on which a JSON object key appears, for error messages."""
    found: list[int] = []
    line, last = 1, 0
    for match in re.finditer(re.escape(json.dumps(key)) + r"\s*:", text):
        line += text.count("\n", last, match.start())
        last = match.start()
        found.append(line)
    return found


def key_line(text: str, key: str) -> int | None:
    lines = key_lines(text, key)
    return lines[0] if lines else None
