"""Reading data files safely: read_text, parse_yaml, load_yaml and parse_json."""

from __future__ import annotations

from pathlib import Path

import pytest

from signaal.core.errors import ErrorCode, SignaalError
from signaal.core.i18n import Lang
from signaal.core.sources import (
    MAX_DEPTH,
    YList,
    YMap,
    YNode,
    YScalar,
    load_yaml,
    parse_json,
    parse_yaml,
    read_text,
)

BILLION_LAUGHS = """\
a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
"""


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def rendered(exc: pytest.ExceptionInfo[SignaalError], lang: Lang = Lang.EN) -> list[str]:
    return [p.render(lang) for p in exc.value.problems]


def codes(exc: pytest.ExceptionInfo[SignaalError]) -> list[ErrorCode]:
    return [p.code for p in exc.value.problems]


def as_map(node: YNode) -> YMap:
    assert isinstance(node, YMap)
    return node


def as_list(node: YNode) -> YList:
    assert isinstance(node, YList)
    return node


def as_scalar(node: YNode) -> YScalar:
    assert isinstance(node, YScalar)
    return node


# -- read_text -------------------------------------------------------------------------


def test_it_reads_the_text_of_a_utf8_file(tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", "naam: Zoë\n".encode())

    assert read_text(path) == "naam: Zoë\n"


def test_it_accepts_and_drops_a_byte_order_mark(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.yaml", b"\xef\xbb\xbfa: 1\n")

    assert read_text(path) == "a: 1\n"
    assert load_yaml(path) == YMap(1, {"a": YScalar(1, 1)}, {"a": 1})


def test_it_reads_a_file_of_exactly_max_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", b"a: 1\n")

    assert read_text(path, max_bytes=5) == "a: 1\n"


def test_it_reports_a_missing_file__error(tmp_path: Path) -> None:
    path = tmp_path / "missing.yaml"

    with pytest.raises(SignaalError) as exc:
        read_text(path)

    assert codes(exc) == [ErrorCode.FILE_NOT_FOUND]
    assert rendered(exc) == [f"{path}: file not found. Check the path."]
    assert rendered(exc, Lang.NL) == [f"{path}: bestand niet gevonden. Controleer het pad."]
    assert str(exc.value) == f"{path}: file not found. Check the path."


def test_it_names_the_file_by_its_label__error(tmp_path: Path) -> None:
    with pytest.raises(SignaalError) as exc:
        read_text(tmp_path / "missing.yaml", label="instrument.yaml")

    assert rendered(exc) == ["instrument.yaml: file not found. Check the path."]


def test_it_reports_a_directory__error(tmp_path: Path) -> None:
    with pytest.raises(SignaalError) as exc:
        read_text(tmp_path)

    assert codes(exc) == [ErrorCode.FILE_UNREADABLE]
    assert rendered(exc) == [f"{tmp_path}: file cannot be read (it is a directory)."]
    assert rendered(exc, Lang.NL) == [
        f"{tmp_path}: bestand kan niet gelezen worden (het is een map)."
    ]


def test_it_refuses_a_file_over_max_bytes__error(tmp_path: Path) -> None:
    path = write(tmp_path, "big.yaml", b"a: 123456\n")

    with pytest.raises(SignaalError) as exc:
        read_text(path, max_bytes=5, label="big.yaml")

    assert codes(exc) == [ErrorCode.FILE_TOO_LARGE]
    assert rendered(exc) == ["big.yaml: file is 10 bytes; the maximum is 5 bytes."]
    assert rendered(exc, Lang.NL) == ["big.yaml: bestand is 10 bytes; het maximum is 5 bytes."]


@pytest.mark.parametrize(
    "data",
    [b"", b"   \n\t\n  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"],
    ids=["empty", "whitespace", "bom-only", "bom-and-whitespace"],
)
def test_it_refuses_an_empty_file__error(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "empty.yaml", data)

    with pytest.raises(SignaalError) as exc:
        read_text(path, label="empty.yaml")

    assert codes(exc) == [ErrorCode.FILE_EMPTY]
    assert rendered(exc) == ["empty.yaml: file is empty."]
    assert rendered(exc, Lang.NL) == ["empty.yaml: bestand is leeg."]


def test_it_reports_invalid_utf8_with_line_and_byte__error(tmp_path: Path) -> None:
    # "a: 1\n" is bytes 0-4, "b: " bytes 5-7; the Latin-1 'é' (0xe9) is byte 8, on line 2
    path = write(tmp_path, "latin1.yaml", b"a: 1\nb: caf\xe9\n")

    with pytest.raises(SignaalError) as exc:
        read_text(path, label="latin1.yaml")

    assert codes(exc) == [ErrorCode.ENCODING]
    assert exc.value.problems[0].line == 2
    assert rendered(exc) == ["latin1.yaml:2: not valid UTF-8 at byte 11. Save the file as UTF-8."]
    assert rendered(exc, Lang.NL) == [
        "latin1.yaml:2: geen geldige UTF-8 bij byte 11. Sla het bestand op als UTF-8."
    ]


def test_it_reports_a_truncated_utf8_sequence__error(tmp_path: Path) -> None:
    path = write(tmp_path, "cut.yaml", b"a: b\xc3")

    with pytest.raises(SignaalError) as exc:
        read_text(path, label="cut.yaml")

    assert rendered(exc) == ["cut.yaml:1: not valid UTF-8 at byte 4. Save the file as UTF-8."]


def test_it_reports_invalid_utf8_after_a_byte_order_mark_at_the_right_place__error(
    tmp_path: Path,
) -> None:
    # bytes 0-2 are the mark, "a\n" bytes 3-4, "b\n" bytes 5-6, 0xff is byte 7 on line 3
    path = write(tmp_path, "bom.yaml", b"\xef\xbb\xbfa\nb\n\xff\n")

    with pytest.raises(SignaalError) as exc:
        read_text(path, label="bom.yaml")

    assert rendered(exc) == ["bom.yaml:3: not valid UTF-8 at byte 7. Save the file as UTF-8."]


# -- parse_yaml: good input ------------------------------------------------------------


def test_it_numbers_the_lines_of_yaml_nodes() -> None:
    root = as_map(parse_yaml("id: x\nitems:\n  - a\n  - b: 1\n    c: 2\n", name="f.yaml"))

    assert root.line == 1
    assert root.key_lines == {"id": 1, "items": 2}
    assert root.entries["id"] == YScalar(1, "x")
    items = as_list(root.entries["items"])
    assert items.line == 3
    assert items.items[0] == YScalar(3, "a")
    inner = as_map(items.items[1])
    assert inner == YMap(4, {"b": YScalar(4, 1), "c": YScalar(5, 2)}, {"b": 4, "c": 5})


def test_it_iterates_a_mapping_over_its_keys_in_file_order() -> None:
    root = as_map(parse_yaml("z: 1\na: 2\nm: 3\n", name="f.yaml"))

    assert list(root) == ["z", "a", "m"]


def test_it_offsets_lines_by_first_line() -> None:
    root = as_map(parse_yaml("id: x\ntitle: y\n", name="f.md", first_line=2))

    assert root == YMap(2, {"id": YScalar(2, "x"), "title": YScalar(3, "y")}, {"id": 2, "title": 3})


def test_it_types_yaml_scalars() -> None:
    text = (
        "int: 3\nneg: -2\nhex: 0x1F\nbool: true\nno_word: no\nnothing: ~\nempty:\n"
        "text: hallo\nquoted: '3'\nfloat: 1.5\n"
    )

    root = as_map(parse_yaml(text, name="f.yaml"))

    values = {k: as_scalar(v).value for k, v in root.entries.items()}
    assert values == {
        "int": 3,
        "neg": -2,
        "hex": 31,
        "bool": True,
        "no_word": False,
        "nothing": None,
        "empty": None,
        "text": "hallo",
        "quoted": "3",
        "float": 1.5,
    }
    assert type(values["int"]) is int
    assert type(values["bool"]) is bool


def test_it_keeps_dates_and_timestamps_as_text() -> None:
    root = as_map(parse_yaml("date: 2024-01-31\nat: 2024-01-31 10:00:00\n", name="f.yaml"))

    assert root.entries["date"] == YScalar(1, "2024-01-31")
    assert root.entries["at"] == YScalar(2, "2024-01-31 10:00:00")


def test_it_turns_number_keys_into_text() -> None:
    root = as_map(parse_yaml("1712: belgie\n", name="f.yaml"))

    assert root.entries == {"1712": YScalar(1, "belgie")}
    assert root.key_lines == {"1712": 1}


def test_it_parses_a_flow_list_as_root() -> None:
    assert parse_yaml("[a, 2, null]\n", name="f.yaml") == YList(
        1, (YScalar(1, "a"), YScalar(1, 2), YScalar(1, None))
    )


def test_it_accepts_nesting_of_exactly_max_depth() -> None:
    node = parse_yaml("[" * MAX_DEPTH + "]" * MAX_DEPTH, name="f.yaml")

    depth = 0
    while isinstance(node, YList):
        depth += 1
        node = node.items[0] if node.items else YScalar(0, None)
    assert depth == MAX_DEPTH


def test_it_loads_a_yaml_file_with_its_label(tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", b"a: 1\n")

    assert load_yaml(path, label="x.yaml") == YMap(1, {"a": YScalar(1, 1)}, {"a": 1})


# -- parse_yaml: bad input -------------------------------------------------------------


def test_it_reports_a_yaml_syntax_error_with_its_line__error() -> None:
    with pytest.raises(SignaalError) as exc:
        parse_yaml("a: 1\nb: [1, 2\nc: 3\n", name="f.yaml")

    assert codes(exc) == [ErrorCode.YAML_SYNTAX]
    assert exc.value.problems[0].line == 3
    assert rendered(exc) == ["f.yaml:3: invalid YAML: did not find expected ',' or ']'."]
    assert rendered(exc, Lang.NL) == ["f.yaml:3: ongeldige YAML: did not find expected ',' or ']'."]


def test_it_offsets_the_line_of_a_syntax_error_by_first_line__error() -> None:
    with pytest.raises(SignaalError) as exc:
        parse_yaml("a: 1\n\tb: 2\n", name="f.md", first_line=2)

    assert rendered(exc) == [
        "f.md:3: invalid YAML: found a tab character that violates indentation."
    ]


def test_it_refuses_more_than_one_document__error() -> None:
    with pytest.raises(SignaalError) as exc:
        parse_yaml("a: 1\n---\nb: 2\n", name="f.yaml")

    assert codes(exc) == [ErrorCode.YAML_MULTIPLE_DOCUMENTS]
    assert rendered(exc) == ["f.yaml:2: file holds more than one YAML document; use one document."]
    assert rendered(exc, Lang.NL) == [
        "f.yaml:2: bestand bevat meer dan één YAML-document; gebruik één document."
    ]


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a: 1\nb: &x 2\nc: *x\n", 2),
        ("a: &x 1\n", 1),
        ("a: 1\nb: &x {c: 1}\n", 2),
        ("a: 1\nb: *x\n", 2),
    ],
    ids=["anchor-and-alias", "anchor-only", "anchored-mapping", "alias-only"],
)
def test_it_refuses_anchors_and_aliases__error(text: str, line: int) -> None:
    with pytest.raises(SignaalError) as exc:
        parse_yaml(text, name="f.yaml")

    assert codes(exc) == [ErrorCode.YAML_ALIAS]
    assert rendered(exc) == [
        f"f.yaml:{line}: anchors and aliases (& and *) are not allowed; "
        "write the value out in full."
    ]


def test_it_stops_a_billion_laughs_at_the_first_anchor__error() -> None:
    with pytest.raises(SignaalError) as exc:
        parse_yaml(BILLION_LAUGHS, name="lol.yaml")

    assert codes(exc) == [ErrorCode.YAML_ALIAS]
    assert rendered(exc, Lang.NL) == [
        "lol.yaml:1: ankers en verwijzingen (& en *) zijn niet toegestaan; "
        "schrijf de waarde voluit."
    ]


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000, "[" * 100_000 + "]" * 100_000, "{a: " * 100_000],
    ids=["unclosed-lists", "closed-lists", "mappings"],
)
def test_it_refuses_yaml_nested_too_deep__error(text: str) -> None:
    with pytest.raises(SignaalError) as exc:
        parse_yaml(text, name="deep.yaml")

    assert codes(exc) == [ErrorCode.TOO_DEEP]
    assert rendered(exc) == [f"deep.yaml:1: nested too deeply (more than {MAX_DEPTH} levels)."]
    assert rendered(exc, Lang.NL) == [
        f"deep.yaml:1: te diep genest (meer dan {MAX_DEPTH} niveaus)."
    ]


def test_it_refuses_yaml_one_level_deeper_than_max_depth__error() -> None:
    depth = MAX_DEPTH + 1

    with pytest.raises(SignaalError) as exc:
        parse_yaml("[" * depth + "]" * depth, name="deep.yaml")

    assert codes(exc) == [ErrorCode.TOO_DEEP]


def test_it_refuses_deep_block_yaml_at_the_line_where_it_gets_too_deep__error() -> None:
    text = "".join("  " * level + f"k{level}:\n" for level in range(MAX_DEPTH + 5))

    with pytest.raises(SignaalError) as exc:
        parse_yaml(text, name="deep.yaml")

    # the mapping on line n holds key k{n-1}; the (MAX_DEPTH + 1)th mapping starts on line 41
    assert rendered(exc) == [
        f"deep.yaml:{MAX_DEPTH + 1}: nested too deeply (more than {MAX_DEPTH} levels)."
    ]


def test_it_reports_every_duplicate_yaml_key_with_its_first_line__error() -> None:
    text = "a: 1\nb: 2\na: 3\nc:\n  d: 1\n  d: 2\nb: 4\n"

    with pytest.raises(SignaalError) as exc:
        parse_yaml(text, name="dup.yaml")

    assert codes(exc) == [ErrorCode.DUPLICATE_KEY] * 3
    assert [(p.line, p.file) for p in exc.value.problems] == [
        (3, "dup.yaml"),
        (6, "dup.yaml"),
        (7, "dup.yaml"),
    ]
    assert rendered(exc) == [
        "dup.yaml:3: key 'a' appears twice (first on line 1); keep one.",
        "dup.yaml:6: key 'd' appears twice (first on line 5); keep one.",
        "dup.yaml:7: key 'b' appears twice (first on line 2); keep one.",
    ]
    assert rendered(exc, Lang.NL)[0] == (
        "dup.yaml:3: sleutel 'a' staat er twee keer in (eerder op regel 1); houd er één."
    )


def test_it_reports_a_third_occurrence_of_a_yaml_key_against_the_first__error() -> None:
    with pytest.raises(SignaalError) as exc:
        parse_yaml("a: 1\na: 2\na: 3\n", name="dup.yaml")

    assert rendered(exc) == [
        "dup.yaml:2: key 'a' appears twice (first on line 1); keep one.",
        "dup.yaml:3: key 'a' appears twice (first on line 1); keep one.",
    ]


def test_it_treats_a_number_key_and_its_text_as_duplicates__error() -> None:
    with pytest.raises(SignaalError) as exc:
        parse_yaml("1712: a\n'1712': b\n", name="dup.yaml")

    assert rendered(exc) == ["dup.yaml:2: key '1712' appears twice (first on line 1); keep one."]


@pytest.mark.parametrize(
    "text",
    ["? [1, 2]\n: x\n", "{[1]: x}\n", "? {a: 1}\n: x\n"],
    ids=["block-list-key", "flow-list-key", "mapping-key"],
)
def test_it_refuses_a_list_or_mapping_as_key__error(text: str) -> None:
    with pytest.raises(SignaalError) as exc:
        parse_yaml(text, name="key.yaml")

    assert codes(exc) == [ErrorCode.WRONG_TYPE]
    assert rendered(exc) == ["key.yaml:1: 'key' must be text, but is a list or mapping."]
    assert rendered(exc, Lang.NL) == [
        "key.yaml:1: 'key' moet tekst zijn, maar is een lijst of mapping."
    ]


@pytest.mark.parametrize("text", ["", "# alleen commentaar\n"], ids=["empty", "comment"])
def test_it_refuses_a_yaml_text_without_a_document__error(text: str) -> None:
    with pytest.raises(SignaalError) as exc:
        parse_yaml(text, name="f.yaml")

    assert codes(exc) == [ErrorCode.FILE_EMPTY]
    assert rendered(exc) == ["f.yaml: file is empty."]


def test_it_refuses_a_python_tag__error() -> None:
    with pytest.raises(SignaalError) as exc:
        parse_yaml("a: !!python/object:os.system x\n", name="f.yaml")

    assert codes(exc) == [ErrorCode.YAML_SYNTAX]
    found = exc.value.problems[0]
    assert (found.file, found.line) == ("f.yaml", 1)
    assert found.message.get(Lang.EN) == (
        "invalid YAML: could not determine a constructor for the tag "
        "'tag:yaml.org,2002:python/object:os.system'."
    )


def test_it_ignores_a_python_tag_on_a_list() -> None:
    root = parse_yaml("!!python/object/apply:os.system ['true']\n", name="f.yaml")

    assert root == YList(1, (YScalar(1, "true"),))


@pytest.mark.parametrize(
    "value",
    ["!!int abc", "!!float abc", "!!bool abc", "!!timestamp abc"],
    ids=["int", "float", "bool", "timestamp"],
)
def test_it_reports_a_scalar_that_does_not_fit_its_tag__error(value: str) -> None:
    # either outcome is acceptable: a YAML_SYNTAX problem on line 2, or the value kept as text
    root: YNode | None = None
    found: list[tuple[ErrorCode, int | None]] = []
    try:
        root = parse_yaml(f"ok: 1\na: {value}\n", name="f.yaml")
    except SignaalError as exc:
        found = [(p.code, p.line) for p in exc.problems]

    if root is None:
        assert found == [(ErrorCode.YAML_SYNTAX, 2)]
    else:
        assert as_map(root).entries["a"] == YScalar(2, "abc")


def test_it_passes_read_errors_through_load_yaml__error(tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", b"a: \xff\n")

    with pytest.raises(SignaalError) as exc:
        load_yaml(path, label="a.yaml")

    assert rendered(exc) == ["a.yaml:1: not valid UTF-8 at byte 3. Save the file as UTF-8."]


def test_it_names_the_label_in_load_yaml_syntax_errors__error(tmp_path: Path) -> None:
    path = write(tmp_path, "a.yaml", b"a: 1\na: 2\n")

    with pytest.raises(SignaalError) as exc:
        load_yaml(path, label="answers.yaml")

    assert rendered(exc) == ["answers.yaml:2: key 'a' appears twice (first on line 1); keep one."]


# -- parse_json ------------------------------------------------------------------------


def test_it_parses_json() -> None:
    data = parse_json('{"a": 1, "b": [true, null, "x", 1.5], "c": {"d": "e"}}', name="f.json")

    assert data == {"a": 1, "b": [True, None, "x", 1.5], "c": {"d": "e"}}


def test_it_accepts_json_nested_exactly_max_depth() -> None:
    text = "[" * MAX_DEPTH + "]" * MAX_DEPTH

    data = parse_json(text, name="f.json")

    depth = 0
    while isinstance(data, list):
        depth += 1
        data = data[0] if data else None
    assert depth == MAX_DEPTH


def test_it_reports_a_json_syntax_error_with_line_and_column__error() -> None:
    with pytest.raises(SignaalError) as exc:
        parse_json('{\n  "a": 1,\n  "b" 2\n}', name="f.json")

    assert codes(exc) == [ErrorCode.JSON_SYNTAX]
    assert rendered(exc) == ["f.json:3: invalid JSON: Expecting ':' delimiter (column 7)."]
    assert rendered(exc, Lang.NL) == [
        "f.json:3: ongeldige JSON: Expecting ':' delimiter (column 7)."
    ]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_it_refuses_json_nan_and_infinity__error(constant: str) -> None:
    with pytest.raises(SignaalError) as exc:
        parse_json(f'{{"age": {constant}}}', name="f.json")

    assert codes(exc) == [ErrorCode.JSON_SYNTAX]
    assert rendered(exc) == [f"f.json: invalid JSON: {constant} is not valid JSON."]


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000, "[" * 100_000 + "]" * 100_000, '{"a": ' * 100_000 + "1" + "}" * 100_000],
    ids=["unclosed-lists", "closed-lists", "objects"],
)
def test_it_refuses_json_nested_too_deep__error(text: str) -> None:
    with pytest.raises(SignaalError) as exc:
        parse_json(text, name="deep.json")

    assert codes(exc) == [ErrorCode.TOO_DEEP]
    assert rendered(exc) == [f"deep.json: nested too deeply (more than {MAX_DEPTH} levels)."]
    assert rendered(exc, Lang.NL) == [f"deep.json: te diep genest (meer dan {MAX_DEPTH} niveaus)."]


def test_it_refuses_json_one_level_deeper_than_max_depth__error() -> None:
    depth = MAX_DEPTH + 1

    with pytest.raises(SignaalError) as exc:
        parse_json("[" * depth + "]" * depth, name="deep.json")

    assert codes(exc) == [ErrorCode.TOO_DEEP]


def test_it_reports_a_duplicate_json_key_with_both_lines__error() -> None:
    text = '{\n  "SW-ON-01": "present",\n  "SW-ON-02": "absent",\n  "SW-ON-01": "absent"\n}'

    with pytest.raises(SignaalError) as exc:
        parse_json(text, name="answers.json")

    assert codes(exc) == [ErrorCode.DUPLICATE_KEY]
    assert exc.value.problems[0].line == 4
    assert rendered(exc) == [
        "answers.json:4: key 'SW-ON-01' appears twice (first on line 2); keep one."
    ]
    assert rendered(exc, Lang.NL) == [
        "answers.json:4: sleutel 'SW-ON-01' staat er twee keer in (eerder op regel 2); houd er één."
    ]


def test_it_reports_every_duplicated_json_key__error() -> None:
    text = '{\n "a": 1,\n "b": 2,\n "a": 3,\n "b": 4\n}'

    with pytest.raises(SignaalError) as exc:
        parse_json(text, name="f.json")

    assert rendered(exc) == [
        "f.json:4: key 'a' appears twice (first on line 2); keep one.",
        "f.json:5: key 'b' appears twice (first on line 3); keep one.",
    ]


def test_it_reports_the_lines_of_a_duplicate_json_key_that_also_appears_elsewhere__error() -> None:
    text = '{\n "inner": {"a": 0},\n "a": 1,\n "a": 2\n}'

    with pytest.raises(SignaalError) as exc:
        parse_json(text, name="f.json")

    assert rendered(exc) == ["f.json:4: key 'a' appears twice (first on line 3); keep one."]


def test_it_reports_the_lines_of_a_duplicate_non_ascii_json_key__error() -> None:
    with pytest.raises(SignaalError) as exc:
        parse_json('{"é": 1,\n"é": 2}', name="f.json")

    assert rendered(exc) == ["f.json:2: key 'é' appears twice (first on line 1); keep one."]


def test_it_keeps_yes_and_no_keys_as_the_text_written() -> None:
    root = parse_yaml("no: 1\nyes: 2\non: 3\n", name="f.yaml")

    assert isinstance(root, YMap)
    assert list(root.entries) == ["no", "yes", "on"]


def test_it_reports_an_empty_document_as_an_empty_file__error() -> None:
    with pytest.raises(SignaalError) as exc:
        parse_yaml("---\n", name="f.yaml")

    assert rendered(exc) == ["f.yaml: file is empty."]


def test_it_refuses_a_json_number_too_large_for_a_float__error() -> None:
    with pytest.raises(SignaalError) as exc:
        parse_json('{"age": 1e999}', name="a.json")

    assert rendered(exc) == ["a.json: invalid JSON: 1e999 is too large for a number."]


def test_it_reports_duplicate_json_keys_on_one_line__error() -> None:
    with pytest.raises(SignaalError) as exc:
        parse_json('{"a": 1, "b": {"a": 2}, "a": 3}', name="a.json")

    assert rendered(exc) == ["a.json:1: key 'a' appears twice (first on line 1); keep one."]


def test_it_finds_keys_in_escaped_and_nested_json_with_their_lines() -> None:
    from signaal.core.sources import json_keys

    text = '{\n "x\\"y": {"é": [1, {"z": "a:b"}]},\n "w": "\\\\"\n}'
    assert [(k.key, k.line, k.depth) for k in json_keys(text)] == [
        ('x"y', 2, 1),
        ("é", 2, 2),
        ("z", 2, 4),
        ("w", 3, 1),
    ]
