"""Reading data files safely: bounded size, strict UTF-8, YAML and JSON with line numbers.

Hostile input (huge, deeply nested, aliased or wrongly encoded) ends with a clear
``SignaalError`` naming the file and line, never a traceback or unbounded work.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from signaal.core.errors import ErrorCode, Problem, SignaalError, problem
from signaal.core.i18n import LocalText

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 40
BOM = b"\xef\xbb\xbf"

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


def _fail(code: ErrorCode, *, file: str, line: int | None = None, **params: Any) -> SignaalError:
    return SignaalError([problem(code, file=file, line=line, **params)])


def read_text(path: Path, *, max_bytes: int = MAX_BYTES, label: str | None = None) -> str:
    """The file's text, refusing missing, oversized, empty and non-UTF-8 files."""
    raw = read_bytes(path, max_bytes=max_bytes, label=label)
    return decode_text(raw, name=label or str(path), max_bytes=max_bytes)


def read_bytes(path: Path, *, max_bytes: int = MAX_BYTES, label: str | None = None) -> bytes:
    """The file's bytes, at most ``max_bytes``; a missing or unreadable file is an error."""
    name = label or str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _fail(ErrorCode.FILE_TOO_LARGE, file=name, size=size, limit=max_bytes)
        with path.open("rb") as fh:
            # read one byte past the limit: the size may have changed since stat()
            raw = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise _fail(ErrorCode.FILE_NOT_FOUND, file=name) from None
    except IsADirectoryError:
        reason = LocalText("het is een map", "it is a directory")
        raise _fail(ErrorCode.FILE_UNREADABLE, file=name, reason=reason) from None
    except OSError as exc:
        reason = LocalText(exc.strerror or "OS-fout", exc.strerror or "OS error")
        raise _fail(ErrorCode.FILE_UNREADABLE, file=name, reason=reason) from None
    if len(raw) > max_bytes:
        raise _fail(ErrorCode.FILE_TOO_LARGE, file=name, size=len(raw), limit=max_bytes)
    return raw


def decode_text(raw: bytes, *, name: str, max_bytes: int = MAX_BYTES) -> str:
    """Strict UTF-8 (a leading byte order mark is allowed); errors give line and byte."""
    if len(raw) > max_bytes:
        raise _fail(ErrorCode.FILE_TOO_LARGE, file=name, size=len(raw), limit=max_bytes)
    skip = len(BOM) if raw.startswith(BOM) else 0
    try:
        text = raw[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = skip + exc.start
        line = raw[:at].count(b"\n") + 1
        raise _fail(ErrorCode.ENCODING, file=name, line=line, offset=at) from None
    if not text.strip():
        raise _fail(ErrorCode.FILE_EMPTY, file=name)
    return text


_RESOLVER = yaml.resolver.Resolver()
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def _scalar(event: yaml.ScalarEvent, *, name: str, line: int) -> Scalar:
    tag: str | None = event.tag
    if tag is None or tag == "!":
        resolve: Any = _RESOLVER.resolve
        tag = str(resolve(yaml.ScalarNode, event.value, event.implicit))
    try:
        value: Any = _CONSTRUCTOR.construct_object(yaml.ScalarNode(tag, event.value))
    except yaml.MarkedYAMLError as exc:  # a tag no safe constructor knows: !!python/...
        detail = exc.problem or f"tag {tag} is not allowed"
        raise _fail(ErrorCode.YAML_SYNTAX, file=name, line=line, detail=detail) from None
    except (ValueError, KeyError, AttributeError, TypeError, OverflowError):
        # an explicit tag the value does not fit, such as `!!int abc`
        raise _fail(
            ErrorCode.YAML_SYNTAX,
            file=name,
            line=line,
            detail=f"'{event.value}' does not fit tag {tag}",
        ) from None
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    # dates, binary and other tagged values stay text: the schema decides what they mean
    return str(event.value)


def parse_yaml(text: str, *, name: str, first_line: int = 1) -> YNode:
    """Parse one YAML document into line-numbered nodes, without recursion.

    Built from the event stream with an explicit stack, so depth is checked before any
    structure is built; aliases are refused (no billion laughs), duplicate keys are errors,
    and keys stay the text that was written (``no:`` is the key "no", not False).
    ``first_line`` is the file line on which ``text`` starts (front matter starts on line 2).
    """
    stack: list[tuple[YMap | list[YNode], int, str | None]] = []
    root: YNode | None = None
    documents = 0
    problems: list[Problem] = []

    def expecting_key() -> YMap | None:
        if stack and isinstance(stack[-1][0], YMap) and stack[-1][2] is None:
            return stack[-1][0]
        return None

    def add_key(container: YMap, key: str, line: int) -> None:
        if key in container.entries or key in container.key_lines:
            problems.append(
                problem(
                    ErrorCode.DUPLICATE_KEY,
                    file=name,
                    line=line,
                    key=key,
                    first=container.key_lines[key],
                )
            )
        container.key_lines.setdefault(key, line)
        stack[-1] = (container, stack[-1][1], key)

    def attach(node: YNode) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        container, start, pending = stack[-1]
        if isinstance(container, list):
            container.append(node)
        elif pending is None:
            raise _fail(
                ErrorCode.WRONG_TYPE,
                file=name,
                line=node.line,
                field="key",
                expected=LocalText("tekst", "text"),
                actual=LocalText("een lijst of mapping", "a list or mapping"),
            )
        else:
            container.entries.setdefault(pending, node)
            stack[-1] = (container, start, None)

    try:
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            line = event.start_mark.line + first_line if event.start_mark else first_line
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise _fail(ErrorCode.YAML_MULTIPLE_DOCUMENTS, file=name, line=line)
            elif isinstance(event, yaml.AliasEvent) or (
                isinstance(event, yaml.NodeEvent) and event.anchor is not None
            ):
                raise _fail(ErrorCode.YAML_ALIAS, file=name, line=line)
            elif isinstance(event, yaml.ScalarEvent):
                container = expecting_key()
                if container is not None:
                    add_key(container, event.value, line)
                else:
                    attach(YScalar(line, _scalar(event, name=name, line=line)))
            elif isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
                if len(stack) >= MAX_DEPTH:
                    raise _fail(ErrorCode.TOO_DEEP, file=name, line=line, limit=MAX_DEPTH)
                if expecting_key() is not None:
                    raise _fail(
                        ErrorCode.WRONG_TYPE,
                        file=name,
                        line=line,
                        field="key",
                        expected=LocalText("tekst", "text"),
                        actual=LocalText("een lijst of mapping", "a list or mapping"),
                    )
                fresh: YMap | list[YNode] = (
                    YMap(line) if isinstance(event, yaml.MappingStartEvent) else []
                )
                stack.append((fresh, line, None))
            elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
                done, start, _pending = stack.pop()
                attach(done if isinstance(done, YMap) else YList(start, tuple(done)))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = mark.line + first_line if mark else None
        detail = exc.problem or str(exc)
        raise _fail(ErrorCode.YAML_SYNTAX, file=name, line=where, detail=detail) from None
    except yaml.reader.ReaderError as exc:
        where = text.count("\n", 0, max(exc.position, 0)) + first_line
        detail = f"character {exc.character!r} is not allowed ({exc.reason})"
        raise _fail(ErrorCode.YAML_SYNTAX, file=name, line=where, detail=detail) from None
    except yaml.YAMLError as exc:
        detail = " ".join(str(exc).split())
        raise _fail(ErrorCode.YAML_SYNTAX, file=name, detail=detail) from None
    if problems:
        raise SignaalError(problems)
    if root is None or (isinstance(root, YScalar) and root.value is None):
        raise _fail(ErrorCode.FILE_EMPTY, file=name)
    return root


def load_yaml(path: Path, *, label: str | None = None) -> YNode:
    name = label or str(path)
    return parse_yaml(read_text(path, label=name), name=name)


def parse_json(text: str, *, name: str) -> Any:
    """Strict JSON: duplicate keys, NaN and infinity are errors, depth is bounded."""
    duplicates = False

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal duplicates
        out = dict(items)
        duplicates = duplicates or len(out) != len(items)
        return out

    def finite(value: str) -> float:
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(f"{value} is too large for a number")
        return number

    def no_constants(value: str) -> Any:
        raise ValueError(f"{value} is not valid JSON")

    try:
        data = json.loads(
            text, object_pairs_hook=pairs, parse_constant=no_constants, parse_float=finite
        )
    except json.JSONDecodeError as exc:
        raise _fail(
            ErrorCode.JSON_SYNTAX,
            file=name,
            line=exc.lineno,
            detail=f"{exc.msg} (column {exc.colno})",
        ) from None
    except RecursionError:
        raise _fail(ErrorCode.TOO_DEEP, file=name, limit=MAX_DEPTH) from None
    except ValueError as exc:
        raise _fail(ErrorCode.JSON_SYNTAX, file=name, detail=str(exc)) from None
    if _depth(data) > MAX_DEPTH:
        raise _fail(ErrorCode.TOO_DEEP, file=name, limit=MAX_DEPTH)
    if duplicates:
        raise SignaalError(
            [
                problem(ErrorCode.DUPLICATE_KEY, file=name, line=line, key=key, first=first)
                for key, first, line in _duplicate_keys(text)
            ]
        )
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


@dataclass(frozen=True, slots=True)
class JsonKey:
    key: str
    line: int
    depth: int
    obj: int  # offset of the '{' that holds the key: tells objects apart


def json_keys(text: str) -> Iterator[JsonKey]:
    """Every object key in valid JSON text with its line, in one linear pass."""
    stack: list[tuple[str, int]] = []  # ('{' or '[', offset)
    line = 1
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            line += 1
        elif ch in "{[":
            stack.append((ch, i))
        elif ch in "}]":
            stack.pop()
        elif ch == '"':
            end = i + 1
            while text[end] != '"':
                end += 2 if text[end] == "\\" else 1
            if stack and stack[-1][0] == "{":
                rest = end + 1
                while rest < n and text[rest] in " \t\r\n":
                    rest += 1
                if rest < n and text[rest] == ":":
                    yield JsonKey(json.loads(text[i : end + 1]), line, len(stack), stack[-1][1])
            line += text.count("\n", i, end)
            i = end
        i += 1


def _duplicate_keys(text: str) -> list[tuple[str, int, int]]:
    """(key, first line, repeated line) for each key repeated within one object."""
    seen: dict[tuple[int, str], int] = {}
    found = []
    for k in json_keys(text):
        ident = (k.obj, k.key)
        if ident in seen:
            found.append((k.key, seen[ident], k.line))
        else:
            seen[ident] = k.line
    return found


def key_line(text: str, key: str) -> int | None:
    """The line of a key of the outermost JSON object, for error messages."""
    for k in json_keys(text):
        if k.depth == 1 and k.key == key:
            return k.line
    return None
