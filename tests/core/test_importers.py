"""Chat exports in: WhatsApp (txt and zip, Android and iPhone, Dutch and English), the
project's JSONL and CSV; auto-detection; and hostile files that must end with a clear error.

All chats here are invented, everyday and harmless."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path

import pytest

from signaal.core.conversations.importers import available, base, read_conversations
from signaal.core.errors import ErrorCode, SignaalError
from signaal.core.i18n import Lang

ANDROID_NL = (
    "12-03-2024 19:02 - Berichten en oproepen worden end-to-end versleuteld.\n"
    "12-03-2024 19:02 - Sam: Hoi! Heb je de huiswerkopdracht al?\n"
    "12-03-2024 19:05 - Noor: Nee nog niet\n"
    "ik doe het morgen\n"
    "13-03-2024 08:10 - Sam: <Media weggelaten>\n"
    "13-03-2024 08:11 - Noor: Leuk! 😀\n"
)
ANDROID_EN = (
    "3/14/24, 7:02 PM - Sam: Are you coming to practice?\n"
    "3/14/24, 7:03 PM - Noor: yes, at 8\n"
    "3/14/24, 7:04 PM - Noor: <Media omitted>\n"
)
IPHONE_NL = (
    "\u200e[12-03-2024 19:02:10] Klas 2B: \u200eBerichten en oproepen worden end-to-end "
    "versleuteld.\n"
    "[12-03-2024 19:02:31] Sam: Wie neemt de bal mee?\n"
    "[12-03-2024 19:03:02] Noor: Ik!\n"
    "[12-03-2024 19:03:40] Noor: \u200eafbeelding weggelaten\n"
)
IPHONE_EN = (
    "[3/14/24, 7:02:10\u202fPM] Sam: see you tomorrow\n[3/14/24, 7:02:44\u202fPM] Noor: ok\n"
)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def error(exc: pytest.ExceptionInfo[SignaalError]) -> tuple[ErrorCode, str]:
    return exc.value.code, exc.value.render(Lang.EN)


# -- WhatsApp ---------------------------------------------------------------------------


def test_it_reads_an_android_export_in_dutch_with_multi_line_and_media(tmp_path: Path) -> None:
    (chat,) = read_conversations(write(tmp_path, "WhatsApp-chat met Sam.txt", ANDROID_NL))
    assert chat.format == "whatsapp"
    assert [(m.author, m.text, m.where) for m in chat.messages] == [
        ("Sam", "Hoi! Heb je de huiswerkopdracht al?", "line 2"),
        ("Noor", "Nee nog niet\nik doe het morgen", "line 3"),
        ("Sam", "[media]", "line 5"),
        ("Noor", "Leuk! 😀", "line 6"),
    ]
    assert chat.messages[0].time == dt.datetime(2024, 3, 12, 19, 2)
    assert chat.authors == ("Sam", "Noor")


def test_it_reads_an_android_export_in_english_with_month_first_dates(tmp_path: Path) -> None:
    (chat,) = read_conversations(write(tmp_path, "chat.txt", ANDROID_EN))
    assert [m.time for m in chat.messages][:2] == [
        dt.datetime(2024, 3, 14, 19, 2),
        dt.datetime(2024, 3, 14, 19, 3),
    ]
    assert chat.messages[2].text == "[media]"


def test_it_reads_an_iphone_export_and_skips_its_system_lines(tmp_path: Path) -> None:
    (chat,) = read_conversations(write(tmp_path, "_chat.txt", IPHONE_NL))
    assert [(m.author, m.text) for m in chat.messages] == [
        ("Sam", "Wie neemt de bal mee?"),
        ("Noor", "Ik!"),
        ("Noor", "[media]"),
    ]
    assert chat.messages[0].time == dt.datetime(2024, 3, 12, 19, 2, 31)


def test_it_reads_an_english_iphone_export_with_narrow_spaces(tmp_path: Path) -> None:
    (chat,) = read_conversations(write(tmp_path, "_chat.txt", IPHONE_EN))
    assert [m.time for m in chat.messages] == [
        dt.datetime(2024, 3, 14, 19, 2, 10),
        dt.datetime(2024, 3, 14, 19, 2, 44),
    ]


def test_it_decides_day_or_month_first_from_the_whole_file(tmp_path: Path) -> None:
    text = "03/04/24, 10:00 - A: eerste\n25/04/24, 10:00 - B: later\n"
    (chat,) = read_conversations(write(tmp_path, "chat.txt", text))
    assert chat.messages[0].time == dt.datetime(2024, 4, 3, 10, 0)


def test_it_reads_the_chat_from_a_zip_with_media(tmp_path: Path) -> None:
    data = zipped({"_chat.txt": IPHONE_NL.encode(), "00000012-PHOTO.jpg": b"\xff\xd8" * 10})
    (chat,) = read_conversations(write(tmp_path, "WhatsApp Chat - Sam.zip", data))
    assert len(chat.messages) == 3
    assert chat.source.endswith("WhatsApp Chat - Sam.zip:_chat.txt")


def test_it_refuses_a_zip_bomb__error(tmp_path: Path) -> None:
    bomb = zipped({"_chat.txt": b"0" * (50 * 1024 * 1024)})
    assert len(bomb) < 100_000
    with pytest.raises(SignaalError) as exc:
        read_conversations(write(tmp_path, "bomb.zip", bomb), fmt="whatsapp")
    code, message = error(exc)
    assert code is ErrorCode.ZIP_UNSAFE
    assert message.startswith(
        f"{tmp_path / 'bomb.zip'}: zip file refused: '_chat.txt' unpacks "
        "to 52428800 bytes, more than "
    )


def test_it_refuses_a_zip_without_a_chat__error(tmp_path: Path) -> None:
    path = write(tmp_path, "photos.zip", zipped({"a.jpg": b"x"}))
    with pytest.raises(SignaalError) as exc:
        read_conversations(path, fmt="whatsapp")
    assert error(exc) == (
        ErrorCode.ZIP_UNSAFE,
        f"{path}: zip file refused: it holds no chat text file.",
    )


def test_it_refuses_a_truncated_zip__error(tmp_path: Path) -> None:
    data = zipped({"_chat.txt": IPHONE_NL.encode() * 50})
    path = write(tmp_path, "cut.zip", data[: len(data) // 2])
    with pytest.raises(SignaalError) as exc:
        read_conversations(path, fmt="whatsapp")
    assert exc.value.code is ErrorCode.ZIP_UNSAFE


def test_it_refuses_text_that_is_not_a_whatsapp_export__error(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.txt", "Boodschappen\nmelk\nbrood\n")
    with pytest.raises(SignaalError) as exc:
        read_conversations(path, fmt="whatsapp")
    assert error(exc) == (
        ErrorCode.BAD_EXPORT,
        f"{path}:1: this is not a valid whatsapp export: the first line is not "
        "a WhatsApp message line (date, time, name).",
    )


def test_it_names_the_line_of_invalid_utf8__error(tmp_path: Path) -> None:
    path = write(tmp_path, "chat.txt", ANDROID_NL.encode() + b"12-03-2024 19:02 - Sam: \xff\n")
    with pytest.raises(SignaalError) as exc:
        read_conversations(path)
    at = len(ANDROID_NL.encode()) + len("12-03-2024 19:02 - Sam: ")
    assert error(exc) == (
        ErrorCode.ENCODING,
        f"{path}:7: not valid UTF-8 at byte {at}. Save the file as UTF-8.",
    )


def test_it_handles_a_huge_line_within_bounds(tmp_path: Path) -> None:
    text = "12-03-2024 19:02 - Sam: " + "a" * 5_000_000 + "\n"
    (chat,) = read_conversations(write(tmp_path, "chat.txt", text))
    assert len(chat.messages[0].text) == 5_000_000


# -- JSONL and CSV ----------------------------------------------------------------------


def test_it_reads_the_projects_jsonl_format(tmp_path: Path) -> None:
    lines = [
        {
            "id": "a-1",
            "label": 0,
            "language": "en",
            "messages": [
                {"author": "x", "time": "2024-03-12T19:02:00", "text": "hi"},
                {"text": "no author here"},
            ],
        },
        {"id": "a-2", "label": 1, "messages": [{"author": "y", "role": "decoy", "text": "hey"}]},
    ]
    path = write(tmp_path, "data.jsonl", "\n".join(json.dumps(x) for x in lines) + "\n")
    first, second = read_conversations(path)
    assert (first.id, first.label, first.language) == ("a-1", 0, "en")
    assert first.messages[0].time == dt.datetime(2024, 3, 12, 19, 2)
    assert first.messages[1].where == "line 1, message 1"
    assert (second.label, second.messages[0].role) == (1, "decoy")


@pytest.mark.parametrize(
    ("line", "detail"),
    [
        ('{"messages": [}', "invalid JSON: Expecting value (column 15)"),
        ('["messages"]', "each line must be a JSON object"),
        ('{"messages": {}}', "'messages' must be a list"),
        ('{"messages": [{"author": "x"}]}', "message 0 needs a 'text' string"),
        ('{"messages": [], "label": 2}', "'label' must be 0 or 1, not 2"),
    ],
)
def test_it_names_the_line_of_a_bad_jsonl_record__error(
    tmp_path: Path, line: str, detail: str
) -> None:
    good = '{"id": "ok", "messages": [{"text": "hoi"}]}'
    path = write(tmp_path, "data.jsonl", good + "\n" + line + "\n")
    with pytest.raises(SignaalError) as exc:
        read_conversations(path, fmt="jsonl")
    assert error(exc) == (
        ErrorCode.BAD_EXPORT,
        f"{path}:2: this is not a valid jsonl export: {detail}.",
    )


def test_it_refuses_deep_json_in_a_jsonl_line__error(tmp_path: Path) -> None:
    path = write(tmp_path, "deep.jsonl", '{"messages": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(SignaalError) as exc:
        read_conversations(path, fmt="jsonl")
    assert exc.value.code is ErrorCode.BAD_EXPORT
    assert "nested too deeply" in exc.value.render(Lang.EN)


def test_it_reads_a_csv_with_author_time_and_text(tmp_path: Path) -> None:
    text = 'author,time,text\nSam,2024-03-12 19:02,"Hoi, hoe gaat het?"\nNoor,,goed\n'
    (chat,) = read_conversations(write(tmp_path, "chat.csv", text))
    assert chat.format == "csv"
    assert [(m.author, m.text, m.time, m.where) for m in chat.messages] == [
        ("Sam", "Hoi, hoe gaat het?", dt.datetime(2024, 3, 12, 19, 2), "line 2"),
        ("Noor", "goed", None, "line 3"),
    ]


@pytest.mark.parametrize("newline", ["\r\n", "\r"], ids=["windows", "old-mac"])
def test_it_detects_and_reads_a_csv_with_other_line_endings(tmp_path: Path, newline: str) -> None:
    rows = ["author,time,text", 'Sam,2024-03-12 19:02,"Hoi, hoe gaat het?"', "Noor,,goed", ""]
    (chat,) = read_conversations(write(tmp_path, "chat.csv", newline.join(rows)))
    assert chat.format == "csv"
    assert [(m.author, m.text, m.where) for m in chat.messages] == [
        ("Sam", "Hoi, hoe gaat het?", "line 2"),
        ("Noor", "goed", "line 3"),
    ]


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (
            "author,time,text\nSam,gisteren,hoi\n",
            "2: this is not a valid csv export: time 'gisteren' is not ISO 8601 (for example "
            "2024-05-01 18:22)",
        ),
        (
            "author,time,text\nSam,2024-01-01\n",
            "2: this is not a valid csv export: 2 columns, expected 3",
        ),
        (
            "naam,tekst\nSam,hoi\n",
            "1: this is not a valid csv export: the header must be "
            "author,time,text, not naam,tekst",
        ),
    ],
)
def test_it_names_the_line_of_a_bad_csv_row__error(tmp_path: Path, text: str, detail: str) -> None:
    path = write(tmp_path, "chat.csv", text)
    with pytest.raises(SignaalError) as exc:
        read_conversations(path, fmt="csv")
    assert error(exc) == (ErrorCode.BAD_EXPORT, f"{path}:{detail}.")


def test_it_refuses_a_csv_field_longer_than_a_message__error(tmp_path: Path) -> None:
    path = write(tmp_path, "chat.csv", 'author,time,text\nSam,,"' + "a" * 100_000 + '"\n')
    with pytest.raises(SignaalError) as exc:
        read_conversations(path, fmt="csv")
    assert exc.value.code is ErrorCode.BAD_EXPORT
    assert "field larger than field limit" in exc.value.render(Lang.EN)


# -- detection and files ----------------------------------------------------------------


def test_it_lists_the_importers_it_has() -> None:
    assert {"whatsapp", "jsonl", "csv"} <= set(available())


def test_it_refuses_an_unknown_format_listing_what_exists__error(tmp_path: Path) -> None:
    path = write(tmp_path, "chat.txt", ANDROID_NL)
    with pytest.raises(SignaalError) as exc:
        read_conversations(path, fmt="signal")
    code, message = error(exc)
    assert code is ErrorCode.UNKNOWN_FORMAT
    assert message.startswith(f"{path}: unknown format 'signal'; available are: auto, ")


def test_it_says_so_when_it_cannot_tell_the_format__error(tmp_path: Path) -> None:
    path = write(tmp_path, "x.bin", b"\x00\x01 random bytes \x02")
    with pytest.raises(SignaalError) as exc:
        read_conversations(path)
    code, message = error(exc)
    assert code is ErrorCode.UNDETECTED_FORMAT
    assert "cannot be recognised. Choose one with --format:" in message


@pytest.mark.parametrize(
    ("content", "code"), [(b"", ErrorCode.FILE_EMPTY), (b"  \n ", ErrorCode.FILE_EMPTY)]
)
def test_it_refuses_an_empty_file__error(tmp_path: Path, content: bytes, code: ErrorCode) -> None:
    with pytest.raises(SignaalError) as exc:
        read_conversations(write(tmp_path, "empty.txt", content))
    assert exc.value.code is code


def test_it_refuses_a_file_over_the_size_limit__error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(base, "MAX_FILE_BYTES", 100)
    with pytest.raises(SignaalError) as exc:
        read_conversations(write(tmp_path, "chat.txt", ANDROID_NL))
    assert exc.value.code is ErrorCode.FILE_TOO_LARGE


def test_it_refuses_a_missing_file__error(tmp_path: Path) -> None:
    with pytest.raises(SignaalError) as exc:
        read_conversations(tmp_path / "nope.txt")
    assert exc.value.code is ErrorCode.FILE_NOT_FOUND


def test_it_refuses_an_export_without_messages__error(tmp_path: Path) -> None:
    path = write(tmp_path, "chat.csv", "author,time,text\n")
    with pytest.raises(SignaalError) as exc:
        read_conversations(path)
    assert error(exc) == (ErrorCode.NO_MESSAGES, f"{path}: no messages found in this csv export.")
