"""Read a registration form YAML file into a ``Form``, reporting every problem at once.

The shipped forms live in ``forms/registration-<version>.yaml``; a registration keeps the
version it was made with, so old versions stay. Problems name the file, the line and the
field, like the instrument loader (both use ``schema.Reader``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from signaal.core.errors import ErrorCode, SignaalError, problem, raise_if
from signaal.core.helpline.form import Code, Condition, FieldKind, Form, FormField
from signaal.core.i18n import LocalText
from signaal.core.schema import Reader, describe
from signaal.core.sources import YList, YMap, YNode, YScalar, load_yaml

VERSION = re.compile(r"^\d+(\.\d+)?$")
CODE = re.compile(r"^[a-z0-9][a-z0-9_]{0,39}$")
FILE_NAME = re.compile(r"^registration-(\d+(?:\.\d+)?)\.yaml$")

TOP_FIELDS = ("id", "version", "title", "fields")
FIELD_FIELDS = ("id", "kind", "label")
FIELD_OPTIONAL = ("codes", "required", "required_when", "min", "max", "personal")
CODE_FIELDS = ("code", "label")
CODE_OPTIONAL = ("exclusive",)

CODE_WORD = LocalText("onbekende code", "unknown code")
FIELD_WORD = LocalText("onbekend veld", "unknown field")
CODE_RULE = LocalText(
    "kleine letters, cijfers en '_', hoogstens 40 tekens",
    "lower-case letters, digits and '_', at most 40 characters",
)


def forms_dir() -> Path:
    return Path(str(resources.files("signaal.core.helpline") / "forms"))


class _Builder:
    def __init__(self, reader: Reader) -> None:
        self.r = reader
        self.fields: dict[str, FormField] = {}
        self.lines: dict[str, int] = {}
        self.all_ids: frozenset[str] = frozenset()  # every field id in the file
        self.seen: set[str] = set()  # the ids of the fields read so far, valid or not

    def field(self, node: YNode) -> FormField | None:
        r = self.r
        m = r.mapping(node, field="field", required=FIELD_FIELDS, optional=FIELD_OPTIONAL)
        if m is None:
            return None
        fid = r.identifier(m, "id")
        if fid is not None and fid in self.lines:
            r.add(ErrorCode.DUPLICATE_ID, line=m.line, item=fid, value=fid, first=self.lines[fid])
            fid = None
        kind = r.enum(m, "kind", FieldKind, item=fid)
        label = r.text(m, "label", item=fid)
        codes = self.codes(m, kind, fid)
        low, high = self.bounds(m, kind, fid)
        required = r.boolean(m, "required", item=fid) if "required" in m.entries else False
        personal = r.boolean(m, "personal", item=fid) if "personal" in m.entries else False
        when = self.conditions(m, fid) if "required_when" in m.entries else ()
        if fid is not None:
            self.seen.add(fid)
        if required and "required_when" in m.entries:
            r.add(
                ErrorCode.INVALID_VALUE,
                line=m.entries["required_when"].line,
                item=fid,
                field="required_when",
                value="required: true",
                allowed="required: true or required_when, not both",
            )
        if fid is None or kind is None or label is None or codes is None:
            return None
        self.lines[fid] = m.line
        made = FormField(
            fid,
            kind,
            label,
            codes,
            required=bool(required),
            required_when=when,
            minimum=low,
            maximum=high,
            personal=bool(personal),
            line=m.line,
        )
        self.fields[fid] = made
        return made

    def codes(self, m: YMap, kind: FieldKind | None, fid: str | None) -> tuple[Code, ...] | None:
        r = self.r
        if kind is FieldKind.NUMBER or kind is None:
            if kind is FieldKind.NUMBER and "codes" in m.entries:
                r.add(
                    ErrorCode.UNKNOWN_FIELD,
                    line=m.key_lines["codes"],
                    item=fid,
                    field="codes",
                    allowed="id, kind, label, min, max, required, required_when, personal",
                )
            return ()
        if "codes" not in m.entries:
            r.add(ErrorCode.MISSING_FIELD, line=m.line, item=fid, field="codes")
            return None
        nodes = r.seq(m, "codes", item=fid)
        if len(nodes) < 2:
            r.add(
                ErrorCode.WRONG_COUNT,
                line=m.key_lines["codes"],
                item=fid,
                what="codes",
                actual=len(nodes),
                expected=LocalText("minstens 2", "at least 2"),
            )
            return None
        out: list[Code] = []
        seen: dict[str, int] = {}
        for node in nodes:
            c = r.mapping(
                node,
                field="code",
                item=fid,
                required=CODE_FIELDS,
                optional=CODE_OPTIONAL,
                id_key=None,
            )
            if c is None:
                continue
            code = r.string(c, "code", item=fid)
            if code is not None and not CODE.match(code):
                r.add(ErrorCode.INVALID_ID, line=c.line, item=fid, value=code, rule=CODE_RULE)
                code = None
            if code is not None and code in seen:
                r.add(ErrorCode.DUPLICATE_ID, line=c.line, item=fid, value=code, first=seen[code])
                code = None
            label = r.text(c, "label", item=fid)
            exclusive = r.boolean(c, "exclusive", item=fid) if "exclusive" in c.entries else False
            if exclusive and kind is not FieldKind.MULTIPLE:
                r.add(
                    ErrorCode.UNKNOWN_FIELD,
                    line=c.key_lines["exclusive"],
                    item=fid,
                    field="exclusive",
                    allowed="code, label (exclusive is for kind multiple)",
                )
            if code is not None:
                seen[code] = c.line
                if label is not None:
                    out.append(Code(code, label, exclusive=bool(exclusive)))
        return tuple(out)

    def bounds(self, m: YMap, kind: FieldKind | None, fid: str | None) -> tuple[int | None, ...]:
        r = self.r
        if kind is None:  # the kind is already reported; its bounds cannot be judged
            return None, None
        if kind is not FieldKind.NUMBER:
            for key in ("min", "max"):
                if key in m.entries:
                    r.add(
                        ErrorCode.UNKNOWN_FIELD,
                        line=m.key_lines[key],
                        item=fid,
                        field=key,
                        allowed="id, kind, label, codes, required, required_when, personal",
                    )
            return None, None
        for key in ("min", "max"):
            if key not in m.entries:
                r.add(ErrorCode.MISSING_FIELD, line=m.line, item=fid, field=key)
        low, high = r.integer(m, "min", item=fid), r.integer(m, "max", item=fid)
        if low is not None and high is not None and low > high:
            r.add(
                ErrorCode.INVALID_VALUE,
                line=m.entries["min"].line,
                item=fid,
                field="min",
                value=f"{low} > {high}",
                allowed="min <= max",
            )
        return low, high

    def conditions(self, m: YMap, fid: str | None) -> tuple[Condition, ...]:
        """``required_when: {field: code, other: [code, code]}``: every one must hold, and
        each refers to a choice field earlier in the form and to codes it has."""
        r = self.r
        node = m.entries["required_when"]
        if not isinstance(node, YMap) or not node.entries:
            r.add(
                ErrorCode.WRONG_TYPE,
                line=node.line,
                item=fid,
                field="required_when",
                expected=LocalText("een mapping van veld naar code", "a mapping of field to code"),
                actual=describe(node),
            )
            return ()
        out: list[Condition] = []
        for ref, value in node.entries.items():
            line = node.key_lines[ref]
            target = self.fields.get(ref)
            if target is None:
                if ref in self.seen:
                    continue  # an earlier field with problems of its own, already reported
                if ref == fid or ref in self.all_ids:
                    r.add(ErrorCode.FORWARD_REFERENCE, line=line, item=fid, value=ref)
                else:
                    r.add(
                        ErrorCode.UNKNOWN_REFERENCE,
                        line=line,
                        item=fid,
                        kind=FIELD_WORD,
                        value=ref,
                        hint="",
                    )
                continue
            if target.kind is not FieldKind.CHOICE:
                r.add(
                    ErrorCode.INVALID_VALUE,
                    line=line,
                    item=fid,
                    field="required_when",
                    value=ref,
                    allowed="a field of kind choice",
                )
                continue
            codes = self.condition_codes(value, fid)
            unknown = [c for c in codes if target.code(c) is None]
            for c in unknown:
                r.add(
                    ErrorCode.UNKNOWN_REFERENCE,
                    line=value.line,
                    item=fid,
                    kind=CODE_WORD,
                    value=c,
                    hint=LocalText(
                        f" '{ref}' kent: {', '.join(target.code_ids)}.",
                        f" '{ref}' has: {', '.join(target.code_ids)}.",
                    ),
                )
            if codes and not unknown:
                out.append(Condition(ref, codes))
        return tuple(out)

    def condition_codes(self, node: YNode, fid: str | None) -> tuple[str, ...]:
        values = node.items if isinstance(node, YList) else (node,)
        out: list[str] = []
        for v in values:
            if isinstance(v, YScalar) and isinstance(v.value, str) and v.value:
                out.append(v.value)
            else:
                self.r.add(
                    ErrorCode.WRONG_TYPE,
                    line=v.line,
                    item=fid,
                    field="required_when",
                    expected=LocalText(
                        'een code (tekst; zet "yes" tussen aanhalingstekens)',
                        'a code (text; quote "yes")',
                    ),
                    actual=describe(v),
                )
        return tuple(out)


def _all_field_ids(top: YMap) -> frozenset[str]:
    fields = top.entries.get("fields")
    found: set[str] = set()
    for node in fields.items if isinstance(fields, YList) else ():
        ident = node.entries.get("id") if isinstance(node, YMap) else None
        if isinstance(ident, YScalar) and isinstance(ident.value, str):
            found.add(ident.value)
    return frozenset(found)


def load_form_file(path: Path, *, label: str | None = None) -> Form:
    """Read and validate one form file; raise one ``SignaalError`` listing every problem."""
    name = label or path.name
    root = load_yaml(path, label=name)
    reader = Reader(name)
    top = reader.mapping(root, field="form", required=TOP_FIELDS)
    if top is None:
        raise SignaalError(reader.problems)
    b = _Builder(reader)
    b.all_ids = _all_field_ids(top)
    fid = reader.identifier(top, "id")
    version = reader.string(top, "version")
    if version is not None and not VERSION.match(version):
        reader.add(
            ErrorCode.INVALID_VALUE,
            line=top.entries["version"].line,
            field="version",
            value=version,
            allowed='a version such as "1" or "2.1" (quoted in YAML)',
        )
        version = None
    title = reader.text(top, "title")
    nodes = reader.seq(top, "fields")
    if "fields" in top.entries and not nodes and not reader.problems:
        reader.add(
            ErrorCode.WRONG_COUNT,
            line=top.entries["fields"].line,
            what="fields",
            actual=0,
            expected=LocalText("minstens 1", "at least 1"),
        )
    fields = [b.field(n) for n in nodes]
    raise_if(reader.problems)
    assert fid and version and title  # noqa: S101 - guaranteed when there are no problems
    return Form(fid, version, title, tuple(f for f in fields if f), source=name)


def form_versions() -> list[str]:
    """The shipped versions, oldest first."""
    found = (FILE_NAME.match(p.name) for p in forms_dir().glob("registration-*.yaml"))
    return sorted((m.group(1) for m in found if m), key=_version_key)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


@lru_cache(maxsize=8)
def _shipped(version: str) -> Form:
    name = f"registration-{version}.yaml"
    form = load_form_file(forms_dir() / name)
    if form.version != version:
        raise SignaalError(
            [
                problem(
                    ErrorCode.INVALID_VALUE,
                    file=name,
                    field="version",
                    value=form.version,
                    allowed=f'"{version}", as in the file name',
                )
            ]
        )
    return form


def load_form(version: str | None = None) -> Form:
    """A shipped registration form: the newest, or the given ``version`` (loaded once).

    An unknown version is a ``SignaalError`` listing the versions that exist.
    """
    versions = form_versions()
    wanted = versions[-1] if version is None else version
    if wanted not in versions:
        raise SignaalError(
            [problem(ErrorCode.UNKNOWN_FORM_VERSION, value=wanted, allowed=", ".join(versions))]
        )
    return _shipped(wanted)
