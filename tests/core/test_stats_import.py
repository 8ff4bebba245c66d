"""The registration CSV importer: the issue's header and the help chat form's codes, and a
clear message naming file and line for everything wrong, hostile files included."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from signaal.core.errors import ErrorCode, SignaalError
from signaal.core.i18n import Lang
from signaal.core.stats.importer import (
    MAX_BYTES,
    MAX_PROBLEMS,
    MAX_ROWS,
    ImportResult,
    parse_registrations,
    read_registrations,
)
from signaal.core.stats.records import CSV_COLUMNS, RegistrationRecord
from tests.core.stats_2020 import csv_text, unknowns, victim

HEADER = ",".join(CSV_COLUMNS)
COLUMNS = ", ".join(CSV_COLUMNS)


def row(**changes: Any) -> dict[str, Any]:
    """A complete registration of a victim, with ``changes``."""
    return {"contact_id": "c-1", "date": "2020-03-04", "visitor": "v-1", **victim(1), **changes}


def parse(text: str) -> ImportResult:
    return parse_registrations(text.encode("utf-8"), name="jaar.csv")


def messages(result: ImportResult, lang: Lang = Lang.NL) -> list[str]:
    return [p.render(lang) for p in result.problems]


def refused(data: bytes | str) -> list[str]:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with pytest.raises(SignaalError) as caught:
        parse_registrations(raw, name="jaar.csv")
    return caught.value.render(Lang.NL).splitlines()


def test_it_reads_a_valid_file_into_records_with_codes_and_lines() -> None:
    result = parse(csv_text([row(), row(contact_id="c-2", visitor="v-2", **unknowns())]))
    assert result.problems == []
    assert result.invalid_lines == []
    assert result.form_version == "1"
    first, second = result.records
    assert first == RegistrationRecord(
        contact_id="c-1",
        date=date(2020, 3, 4),
        visitor="v-1",
        answers={k: v for k, v in victim(1).items() if v is not None},
        form_version="1",
        line=2,
    )
    assert (second.contact_id, second.line, second.answers["victim"]) == ("c-2", 3, "unknown")
    assert "age" not in second.answers  # an empty cell is not filled in


def test_it_accepts_a_byte_order_mark_crlf_and_columns_in_another_order() -> None:
    columns = list(reversed(CSV_COLUMNS))
    values = row(perpetrator_relation=["stranger", "peer"])
    cells = [";".join(v) if isinstance(v, list) else str(v) for v in (values[c] for c in columns)]
    text = ",".join(columns) + "\r\n" + ",".join(cells) + "\r\n"
    result = parse_registrations(b"\xef\xbb\xbf" + text.encode(), name="jaar.csv")
    assert result.problems == []
    assert result.records[0].answers["perpetrator_relation"] == ["peer", "stranger"]
    assert result.records[0].answers["age"] == 11


def test_it_names_file_line_and_field_of_a_wrong_code() -> None:
    result = parse(csv_text([row(), row(contact_id="c-2", victim="maybe")]))
    assert [r.contact_id for r in result.records] == ["c-1"]
    assert result.invalid_lines == [3]
    assert messages(result) == [
        "jaar.csv:3: item victim: 'victim' heeft waarde 'maybe'; toegestaan zijn: yes, no, unknown."
    ]
    assert messages(result, Lang.EN) == [
        "jaar.csv:3: item victim: 'victim' has value 'maybe'; allowed are: yes, no, unknown."
    ]


@pytest.mark.parametrize(
    ("cell", "shown"),
    [("2020-02-30", "2020-02-30"), ("31-12-2020", "31-12-2020"), ("2020-1-5", "2020-1-5")],
)
def test_it_refuses_a_date_that_is_not_a_real_yyyy_mm_dd_date(cell: str, shown: str) -> None:
    result = parse(csv_text([row(date=cell)]))
    assert result.records == []
    assert messages(result) == [
        f"jaar.csv:2: item date: 'date' heeft waarde '{shown}'; toegestaan zijn: een datum "
        "JJJJ-MM-DD, zoals 2020-03-31."
    ]
    assert messages(result, Lang.EN) == [
        f"jaar.csv:2: item date: 'date' has value '{shown}'; allowed are: a date YYYY-MM-DD, "
        "such as 2020-03-31."
    ]


def test_it_refuses_empty_contact_id_date_and_visitor() -> None:
    result = parse(csv_text([row(contact_id="", date="", visitor="")]))
    assert messages(result) == [
        "jaar.csv:2: item contact_id: 'contact_id' is leeg; elke registratie heeft een "
        "contact_id nodig.",
        "jaar.csv:2: item date: 'date' is leeg; elke registratie heeft een date nodig.",
        "jaar.csv:2: item visitor: 'visitor' is leeg; elke registratie heeft een visitor nodig.",
    ]


def test_it_refuses_an_id_that_is_too_long_or_holds_control_characters() -> None:
    result = parse(csv_text([row(contact_id="x" * 65), row(contact_id="c-2", visitor="v\x01")]))
    assert messages(result, Lang.EN) == [
        "jaar.csv:2: item contact_id: 'contact_id' is longer than 64 characters or holds "
        "control characters; use at most 64 plain characters.",
        "jaar.csv:3: item visitor: 'visitor' is longer than 64 characters or holds control "
        "characters; use at most 64 plain characters.",
    ]


def test_it_refuses_a_contact_id_used_twice_in_the_file_naming_the_first_line() -> None:
    result = parse(csv_text([row(), row(visitor="v-2"), row(contact_id="c-3")]))
    assert [r.contact_id for r in result.records] == ["c-1", "c-3"]
    assert messages(result) == [
        "jaar.csv:3: item contact_id: id 'c-1' komt al voor op regel 2; elk id moet uniek zijn."
    ]


def test_it_checks_the_forms_required_fields_multiple_codes_and_age() -> None:
    result = parse(
        csv_text(
            [
                row(trafficking_question=None, **dict.fromkeys(list(victim(0))[2:])),
                row(contact_id="c-2", perpetrator_relation=["unknown", "parent"]),
                row(contact_id="c-3", age="15.5", coercion=["debt", "debt"]),
                row(contact_id="c-4", age="100"),
            ]
        )
    )
    assert messages(result) == [
        "jaar.csv:2: item trafficking_question: 'trafficking_question' (Gaat het gesprek over "
        "mensenhandel of uitbuiting?) is niet ingevuld; dat is verplicht als contact_type = "
        "substantive.",
        "jaar.csv:3: item perpetrator_relation: 'perpetrator_relation': 'unknown' kan niet "
        "samen met een ander antwoord; kies 'unknown' alleen, of laat 'unknown' weg.",
        "jaar.csv:4: item age: 'age' heeft waarde '15.5'; toegestaan zijn: een heel getal van "
        "0 tot en met 99, of leeg.",
        "jaar.csv:4: item coercion: 'coercion' noemt 'debt' twee keer; noem elke code één keer.",
        "jaar.csv:5: item age: 'age' heeft waarde '100'; toegestaan zijn: een heel getal van "
        "0 tot en met 99, of leeg.",
    ]
    assert result.invalid_lines == [2, 3, 4, 5]


def test_it_needs_no_referral_made_column_and_refuses_one() -> None:
    assert parse(csv_text([row()])).problems == []
    lines = refused(HEADER + ",referral_made\n")
    assert lines == [
        f"jaar.csv:1: onbekende kolom 'referral_made' in de kopregel; toegestaan zijn: {COLUMNS}."
    ]


def test_it_lists_every_missing_unknown_and_repeated_column_of_the_header() -> None:
    header = HEADER.replace(",coercion", "").replace(",age", ",leeftijd,date")
    assert refused(header + "\n") == [
        f"jaar.csv:1: onbekende kolom 'leeftijd' in de kopregel; toegestaan zijn: {COLUMNS}.",
        "jaar.csv:1: kolom 'date' staat twee keer in de kopregel; houd er één.",
        f"jaar.csv:1: kolom 'age' ontbreekt in de kopregel; de kopregel heeft precies deze "
        f"kolommen: {COLUMNS}.",
        f"jaar.csv:1: kolom 'coercion' ontbreekt in de kopregel; de kopregel heeft precies "
        f"deze kolommen: {COLUMNS}.",
    ]


def test_it_explains_a_file_separated_by_semicolons() -> None:
    assert refused(HEADER.replace(",", ";") + "\n") == [
        "jaar.csv:1: de kolommen zijn gescheiden door ';'; gebruik komma's tussen de kolommen "
        "(';' scheidt alleen codes binnen één cel)."
    ]


def test_it_refuses_a_row_with_too_few_or_too_many_cells() -> None:
    good = csv_text([row()]).splitlines()[1]
    result = parse(f"{HEADER}\n{good}\nc-2,2020-01-01,v-2\n{good.replace('c-1', 'c-3')},x\n")
    assert messages(result, Lang.EN) == [
        "jaar.csv:3: this line has 3 cells, the header 17; every line has one cell per column "
        "(leave a cell empty when there is nothing).",
        "jaar.csv:4: this line has 18 cells, the header 17; every line has one cell per column "
        "(leave a cell empty when there is nothing).",
    ]


def test_it_refuses_a_cell_with_a_line_break_and_a_quote_left_open() -> None:
    good = csv_text([row()]).splitlines()[1]
    result = parse(f'{HEADER}\n"c-\n2"{good[3:]}\n{good.replace("c-1", "c-3")}\n')
    assert messages(result) == [
        "jaar.csv:2: een cel bevat een regeleinde; zet elke registratie op één regel."
    ]
    assert [r.line for r in result.records] == [4]
    assert refused(f'{HEADER}\n"c-1,2020-01-01\n') == [
        "jaar.csv:2: ongeldige CSV: unexpected end of data."
    ]


def test_it_skips_blank_lines_and_keeps_counting_them() -> None:
    good = csv_text([row()]).splitlines()[1]
    result = parse(f"{HEADER}\n\n{good}\n,,,,\n")
    assert [r.line for r in result.records] == [3]


def test_it_refuses_a_file_that_is_not_utf8_naming_the_line() -> None:
    text = csv_text([row(), row(contact_id="c-é")])
    assert refused(text.encode("latin-1")) == [
        f"jaar.csv:3: geen geldige UTF-8 bij byte {text.index('é')}. Sla het bestand op als UTF-8."
    ]


def test_it_refuses_an_empty_file_and_a_file_with_only_a_header() -> None:
    assert refused(b"") == ["jaar.csv: bestand is leeg."]
    assert refused(" \n\n") == ["jaar.csv: bestand is leeg."]
    assert refused(HEADER + "\n\n") == ["jaar.csv: geen registraties onder de kopregel."]


def test_it_refuses_a_file_over_the_size_limit_before_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "groot.csv"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(SignaalError) as caught:
        read_registrations(path, label="groot.csv")
    assert caught.value.render(Lang.EN) == (
        f"groot.csv: file is {MAX_BYTES + 1} bytes; the maximum is {MAX_BYTES} bytes."
    )


def test_it_refuses_a_missing_file() -> None:
    with pytest.raises(SignaalError) as caught:
        read_registrations(Path("/nonexistent/jaar.csv"), label="jaar.csv")
    assert caught.value.code is ErrorCode.FILE_NOT_FOUND


def test_it_ends_quickly_on_one_huge_line() -> None:
    started = time.monotonic()
    lines = refused(HEADER + "\n" + "x" * (MAX_BYTES - 1000) + "\n")
    assert lines == [
        "jaar.csv:2: regel is langer dan 2000 tekens; een registratie past op één korte regel."
    ]
    assert time.monotonic() - started < 10


def test_it_refuses_more_rows_than_the_limit() -> None:
    lines = refused(HEADER + "\n" + "c\n" * (MAX_ROWS + 1))
    assert lines == [
        f"jaar.csv: bestand heeft {MAX_ROWS + 2} regels; hoogstens {MAX_ROWS} registraties per "
        "bestand (plus de kopregel). Splits het bestand."
    ]


def test_it_lists_at_most_the_first_problems_and_counts_the_rest() -> None:
    result = parse(HEADER + "\n" + "c\n" * (MAX_PROBLEMS + 50))
    assert len(result.problems) == MAX_PROBLEMS + 1
    assert len(result.invalid_lines) == MAX_PROBLEMS + 50
    assert messages(result)[-1] == (
        f"jaar.csv: en nog 50 problemen (alleen de eerste {MAX_PROBLEMS} staan hier)."
    )


def test_it_ends_quickly_on_many_lines_just_under_the_line_limit() -> None:
    # a search for a long line that restarts at every character takes seconds here
    body = ("x" * 1999 + "\n") * ((MAX_BYTES - len(HEADER) - 1) // 2000)
    started = time.monotonic()
    result = parse(HEADER + "\n" + body)
    assert time.monotonic() - started < 3
    assert len(result.invalid_lines) == body.count("\n")


def test_messages_show_control_characters_escaped_so_a_file_cannot_drive_the_terminal() -> None:
    # an escape sequence (clear screen) or a right-to-left override in a cell is echoed
    # in the message; raw it would act on the terminal or turn the text around
    result = parse(
        csv_text(
            [
                row(contact_type="\x1b[2Jsubstantive", date="2020\x07-01-01"),
                row(contact_id="c-\u202e2", coercion=["debt\x00"]),
            ]
        )
    )
    assert messages(result, Lang.EN) == [
        "jaar.csv:2: item date: 'date' has value '2020\\x07-01-01'; allowed are: a date "
        "YYYY-MM-DD, such as 2020-03-31.",
        "jaar.csv:2: item contact_type: 'contact_type' has value '\\x1b[2Jsubstantive'; allowed "
        "are: substantive, silent, abusive, test, other.",
        "jaar.csv:3: item contact_id: 'contact_id' is longer than 64 characters or holds "
        "control characters; use at most 64 plain characters.",
        "jaar.csv:3: item coercion: 'coercion' has value 'debt\\x00'; allowed are: "
        "threat_images, violence, debt, affection, drugs, other, unknown.",
    ]
    header = refused(HEADER.replace("age", "\x1b]0;title\x07") + "\n")
    assert header[0].startswith("jaar.csv:1: onbekende kolom '\\x1b]0;title\\x07' in de kopregel")


def test_a_column_repeated_in_the_header_is_named_once() -> None:
    # a header of hundreds of copies of one name gives one message, not hundreds
    lines = refused(HEADER + ",date" * 300 + "\n")
    assert lines == ["jaar.csv:1: kolom 'date' staat twee keer in de kopregel; houd er één."]
