"""Apps' own exports: Instagram and Messenger, Snapchat, Telegram, Discord, and the PAN 2012
XML corpus format; how sure each sniff is; and broken or hostile files, which must end with
a clear error. Each importer is called directly, not through auto-detection.

All chats here are invented, everyday and harmless.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from signaal.core.conversations.importers import discord, instagram, pan, snapchat, telegram
from signaal.core.conversations.importers.base import Source
from signaal.core.conversations.model import Conversation
from signaal.core.errors import ErrorCode, SignaalError
from signaal.core.i18n import Lang

UTC = dt.UTC


def mangle(text: str) -> str:
    """What Meta's export does to text: UTF-8 bytes written as Latin-1 code points."""
    return text.encode("utf-8").decode("latin-1")


def dump(data: object) -> bytes:
    return json.dumps(data, indent=2).encode("utf-8")


INSTAGRAM = dump(
    {
        "participants": [{"name": "Noor"}, {"name": "Sam"}],
        "messages": [  # newest first, as Meta writes them
            {"sender_name": "Noor", "timestamp_ms": 1682965390000, "content": mangle("Leuk! 😀")},
            {"sender_name": "Sam", "timestamp_ms": 1682965380000, "photos": [{"uri": "p.jpg"}]},
            {"sender_name": "Sam", "timestamp_ms": 1682965370000, "call_duration": 12},
            {
                "sender_name": "Sam",
                "timestamp_ms": 1682965330000,
                "content": mangle("Zullen we morgen naar het café gaan?"),
            },
        ],
        "title": "Sam",
        "thread_path": "inbox/sam_123",
    }
)
SNAPCHAT = dump(
    {
        "sam_2010": [
            {
                "From": "noor.b",
                "Media Type": "TEXT",
                "Created": "2023-05-01 18:25:00 UTC",
                "Content": "see you at practice",
                "Conversation Title": None,
                "IsSender": True,
                "Created(microseconds)": 1682965500000,
            },
            {
                "From": "sam_2010",
                "Media Type": "TEXT",
                "Created": "2023-05-01 18:22:10 UTC",
                "Content": "did you finish the maths homework?",
                "Conversation Title": None,
                "IsSender": False,
                "Created(microseconds)": 1682965330000,
            },
            {
                "From": "sam_2010",
                "Media Type": "STICKER",
                "Created": "2023-05-01 18:26:00 UTC",
                "Content": None,
                "Conversation Title": None,
                "IsSender": False,
                "Created(microseconds)": 1682965560000,
            },
        ],
        "lotte.v": [
            {
                "From": "lotte.v",
                "Media Type": "TEXT",
                "Created": "2023-05-02 07:30:00 UTC",
                "Content": "bus is late again",
            }
        ],
    }
)
TELEGRAM_CHAT = {
    "name": "Sam",
    "type": "personal_chat",
    "id": 4242,
    "messages": [
        {
            "id": 11,
            "type": "service",
            "date": "2023-05-01T18:20:00",
            "actor": "Sam",
            "actor_id": "user4242",
            "action": "phone_call",
            "text": "",
        },
        {
            "id": 12,
            "type": "message",
            "date": "2023-05-01T18:22:10",
            "from": "Sam",
            "from_id": "user4242",
            "text": "are you coming to the match?",
        },
        {
            "id": 13,
            "type": "message",
            "date": "2023-05-01T18:23:00",
            "date_unixtime": "1682958180",
            "from": "Noor",
            "from_id": "user77",
            "text": ["yes, the plan is ", {"type": "link", "text": "example.org/match"}],
        },
        {
            "id": 14,
            "type": "message",
            "date": "2023-05-01T18:24:00",
            "from": "Noor",
            "from_id": "user77",
            "photo": "photos/photo_1.jpg",
            "text": "",
        },
    ],
}
TELEGRAM = dump(TELEGRAM_CHAT)
TELEGRAM_FULL = dump(
    {
        "about": "Here is the data you requested from Telegram.",
        "chats": {"about": "This page lists all chats.", "list": [TELEGRAM_CHAT]},
        "left_chats": {
            "list": [
                {
                    "name": "Chess club",
                    "type": "private_group",
                    "id": 5,
                    "messages": [
                        {
                            "id": 1,
                            "type": "message",
                            "date": "2023-04-01T10:00:00",
                            "from": "Lotte",
                            "from_id": "user9",
                            "text": "training moved to Friday",
                        }
                    ],
                }
            ]
        },
    }
)
DISCORD = dump(
    {
        "guild": {"id": "1", "name": "Direct Messages", "iconUrl": ""},
        "channel": {"id": "900", "type": "DirectTextChat", "name": "sam_plays"},
        "messages": [
            {
                "id": "1001",
                "type": "Default",
                "timestamp": "2023-05-01T18:22:10.123+00:00",
                "content": "gg, one more round?",
                "author": {"id": "7", "name": "sam_plays", "nickname": "Sam"},
                "attachments": [],
            },
            {
                "id": "1002",
                "type": "Default",
                "timestamp": "2023-05-01T20:23:00+02:00",
                "content": "",
                "author": {"id": "8", "name": "noor_b", "nickname": "Noor"},
                "attachments": [{"id": "5", "url": "a.png", "fileName": "a.png"}],
            },
        ],
        "messageCount": 2,
    }
)
PAN = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b"<conversations>\n"
    b'<conversation id="0a1b">\n'
    b'<message line="1">\n'
    b"<author>9f8e7d</author>\n"
    b"<time>03:20</time>\n"
    b"<text>hey, did you see the game?</text>\n"
    b"</message>\n"
    b'<message line="2"><author>1c2d3e</author><time>03:21</time>'
    b"<text>yes &amp; it was great</text></message>\n"
    b'<message line="3"><author>9f8e7d</author><time>03:22</time><text/></message>\n'
    b"</conversation>\n"
    b'<conversation id="0a1c">\n'
    b'<message line="1"><author>5b6c7d</author><time>11:00</time><text>hi</text></message>\n'
    b"</conversation>\n"
    b"</conversations>\n"
)

Reader = Callable[[Source], list[Conversation]]
Sniffer = Callable[[Source], float]
SNIFFERS: dict[str, Sniffer] = {
    "instagram": instagram.sniff,
    "snapchat": snapchat.sniff,
    "telegram": telegram.sniff,
    "discord": discord.sniff,
    "pan": pan.sniff,
}
GOOD: dict[str, list[bytes]] = {
    "instagram": [INSTAGRAM],
    "snapchat": [SNAPCHAT],
    "telegram": [TELEGRAM, TELEGRAM_FULL],
    "discord": [DISCORD],
    "pan": [PAN],
}
READERS: dict[str, Reader] = {
    "instagram": instagram.read_instagram,
    "messenger": instagram.read_messenger,
    "snapchat": snapchat.read,
    "telegram": telegram.read,
    "discord": discord.read,
    "pan": pan.read,
}


def rows(chat: Conversation) -> list[tuple[str, str, dt.datetime | None, str]]:
    return [(m.author, m.text, m.time, m.where) for m in chat.messages]


def fail(read: Reader, data: bytes) -> tuple[ErrorCode, str]:
    with pytest.raises(SignaalError) as exc:
        read(Source("chat.json", data))
    return exc.value.code, exc.value.render(Lang.EN)


# -- Instagram and Messenger ------------------------------------------------------------


def test_it_reads_instagram_in_chat_order_with_mojibake_undone_and_media() -> None:
    (chat,) = instagram.read_instagram(Source("message_1.json", INSTAGRAM))
    assert (chat.id, chat.format, chat.source) == ("Sam", "instagram", "message_1.json")
    assert rows(chat) == [
        (
            "Sam",
            "Zullen we morgen naar het café gaan?",
            dt.datetime(2023, 5, 1, 18, 22, 10, tzinfo=UTC),
            "message 4",
        ),
        ("Sam", "[media]", dt.datetime(2023, 5, 1, 18, 23, tzinfo=UTC), "message 2"),
        ("Noor", "Leuk! 😀", dt.datetime(2023, 5, 1, 18, 23, 10, tzinfo=UTC), "message 1"),
    ]


def test_it_reads_the_same_file_as_messenger() -> None:
    (chat,) = instagram.read_messenger(Source("message_1.json", INSTAGRAM))
    assert chat.format == "messenger"
    assert rows(chat) == rows(instagram.read_instagram(Source("message_1.json", INSTAGRAM))[0])
    assert instagram.MESSENGER.sniff is instagram.IMPORTER.sniff


def test_it_keeps_text_that_is_not_mojibake() -> None:
    assert instagram.unmangle("café") == "café"  # proper Latin-1 é: not UTF-8 bytes
    assert instagram.unmangle("ok 😀") == "ok 😀"  # beyond Latin-1: left alone
    assert instagram.unmangle(mangle("één")) == "één"


# -- Snapchat ---------------------------------------------------------------------------


def test_it_reads_snapchat_one_conversation_per_partner_in_time_order() -> None:
    sam, lotte = snapchat.read(Source("chat_history.json", SNAPCHAT))
    assert (sam.id, sam.format, lotte.id) == ("sam_2010", "snapchat", "lotte.v")
    assert rows(sam) == [
        (
            "sam_2010",
            "did you finish the maths homework?",
            dt.datetime(2023, 5, 1, 18, 22, 10, tzinfo=UTC),
            "message 2",
        ),
        ("noor.b", "see you at practice", dt.datetime(2023, 5, 1, 18, 25, tzinfo=UTC), "message 1"),
        ("sam_2010", "[media]", dt.datetime(2023, 5, 1, 18, 26, tzinfo=UTC), "message 3"),
    ]
    assert rows(lotte) == [
        ("lotte.v", "bus is late again", dt.datetime(2023, 5, 2, 7, 30, tzinfo=UTC), "message 1")
    ]


# -- Telegram ---------------------------------------------------------------------------


def test_it_reads_a_telegram_chat_skipping_service_messages_and_joining_text_parts() -> None:
    (chat,) = telegram.read(Source("result.json", TELEGRAM))
    assert (chat.id, chat.format) == ("Sam", "telegram")
    assert rows(chat) == [
        ("Sam", "are you coming to the match?", dt.datetime(2023, 5, 1, 18, 22, 10), "message 12"),
        (
            "Noor",
            "yes, the plan is example.org/match",
            dt.datetime(2023, 5, 1, 16, 23, tzinfo=UTC),  # from date_unixtime
            "message 13",
        ),
        ("Noor", "[media]", dt.datetime(2023, 5, 1, 18, 24), "message 14"),
    ]


def test_it_reads_every_chat_of_a_full_telegram_export() -> None:
    sam, club = telegram.read(Source("result.json", TELEGRAM_FULL))
    assert rows(sam) == rows(telegram.read(Source("result.json", TELEGRAM))[0])
    assert club.id == "Chess club"
    assert rows(club) == [
        ("Lotte", "training moved to Friday", dt.datetime(2023, 4, 1, 10, 0), "message 1")
    ]


# -- Discord ----------------------------------------------------------------------------


def test_it_reads_a_discord_channel_with_account_names_and_aware_times() -> None:
    (chat,) = discord.read(Source("dm.json", DISCORD))
    assert (chat.id, chat.format) == ("sam_plays", "discord")
    assert rows(chat) == [
        (
            "sam_plays",
            "gg, one more round?",
            dt.datetime(2023, 5, 1, 18, 22, 10, 123000, tzinfo=UTC),
            "message 1 (id 1001)",
        ),
        (
            "noor_b",
            "[media]",
            dt.datetime(2023, 5, 1, 18, 23, tzinfo=UTC),
            "message 2 (id 1002)",
        ),
    ]


# -- PAN 2012 ---------------------------------------------------------------------------


def test_it_reads_pan_xml_with_file_lines_and_no_dates() -> None:
    first, second = pan.read(Source("pan.xml", PAN))
    assert (first.id, first.format, second.id) == ("0a1b", "pan", "0a1c")
    assert rows(first) == [
        ("9f8e7d", "hey, did you see the game?", None, "line 4"),
        ("1c2d3e", "yes & it was great", None, "line 9"),
        ("9f8e7d", "", None, "line 10"),
    ]
    assert rows(second) == [("5b6c7d", "hi", None, "line 13")]


# -- Sniffing ---------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(SNIFFERS))
def test_it_sniffs_each_export_as_its_own_format_only(fmt: str) -> None:
    for own in GOOD[fmt]:
        assert SNIFFERS[fmt](Source("f", own)) >= 0.9
        for other, sniff in SNIFFERS.items():
            if other != fmt:
                assert sniff(Source("f", own)) == 0, other


def test_it_sniffs_messenger_and_instagram_alike() -> None:
    source = Source("message_1.json", INSTAGRAM)
    assert instagram.MESSENGER.sniff(source) == instagram.IMPORTER.sniff(source) == 0.95


@pytest.mark.parametrize("fmt", sorted(SNIFFERS))
def test_it_gives_zip_files_and_other_text_a_zero_sniff(fmt: str) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in GOOD.items():
            archive.writestr(f"{name}.json", data[0])
    assert SNIFFERS[fmt](Source("export.zip", buffer.getvalue())) == 0
    whatsapp = '12-03-2024 19:02 - Sam: <conversations> {"participants": 1}\n'
    assert SNIFFERS[fmt](Source("chat.txt", whatsapp.encode())) == 0
    escaped = dump({"messages": [{"text": '"guild": "channel": "From": "Media Type":'}]})
    assert SNIFFERS[fmt](Source("chat.jsonl", escaped)) == 0


# -- Broken files -----------------------------------------------------------------------

PREFIX = "chat.json: this is not a valid"
BAD: list[tuple[str, bytes, str]] = [
    ("instagram", b"{}", f"{PREFIX} instagram export: 'messages' must be a list, not null."),
    ("messenger", b"[]", f"{PREFIX} messenger export: the file must be an object, not a list."),
    (
        "instagram",
        dump({"messages": [{"sender_name": "Sam", "timestamp_ms": 1, "content": "a"}, []]}),
        f"{PREFIX} instagram export: message 2 must be an object, not a list.",
    ),
    (
        "instagram",
        dump({"messages": [{"timestamp_ms": 1, "content": "a"}]}),
        f"{PREFIX} instagram export: message 1 has no 'sender_name'.",
    ),
    (
        "instagram",
        dump({"messages": [{"sender_name": "Sam", "timestamp_ms": 1, "content": 5}]}),
        f"{PREFIX} instagram export: 'content' of message 1 must be text, not a number.",
    ),
    (
        "instagram",
        dump({"messages": [{"sender_name": "Sam", "timestamp_ms": "x", "content": "a"}]}),
        f"{PREFIX} instagram export: 'timestamp_ms' of message 1 must be a number, not text.",
    ),
    ("snapchat", b"{}", f"{PREFIX} snapchat export: the file holds no conversations."),
    ("snapchat", b'"hoi"', f"{PREFIX} snapchat export: the file must be an object, not text."),
    (
        "snapchat",
        dump({"sam": {"From": "sam"}}),
        f"{PREFIX} snapchat export: conversation 'sam' must be a list, not an object.",
    ),
    (
        "snapchat",
        dump({"sam": [[]]}),
        f"{PREFIX} snapchat export: conversation 'sam', message 1 must be an object, not a list.",
    ),
    (
        "snapchat",
        dump(
            {"sam": [{"From": "sam", "Media Type": "TEXT", "Created": "2023-05-01 18:22:10 UTC"}]}
        ),
        f"{PREFIX} snapchat export: conversation 'sam', message 1 has no 'Content'.",
    ),
    (
        "snapchat",
        dump({"sam": [{"From": "sam", "Media Type": "TEXT", "Created": "1 May", "Content": "a"}]}),
        f"{PREFIX} snapchat export: conversation 'sam', message 1 has 'Created' '1 May', "
        "not like '2023-05-01 18:22:10 UTC'.",
    ),
    (
        "telegram",
        b"{}",
        f"{PREFIX} telegram export: the file has neither 'messages' (one chat) nor 'chats'.",
    ),
    ("telegram", b"[1]", f"{PREFIX} telegram export: the file must be an object, not a list."),
    (
        "telegram",
        dump({"messages": [[]]}),
        f"{PREFIX} telegram export: message 1 of the chat must be an object, not a list.",
    ),
    (
        "telegram",
        dump({"messages": [{"type": "message", "date": "2023-05-01T18:22:10", "from": "Sam"}]}),
        f"{PREFIX} telegram export: message 1 of the chat has no 'text'.",
    ),
    (
        "telegram",
        dump({"chats": {"list": [{"messages": [{"type": "message", "text": ["a", {}]}]}]}}),
        f"{PREFIX} telegram export: part 2 of the text of message 1 of chat 1 of 'chats' "
        "has no text.",
    ),
    (
        "telegram",
        dump({"messages": [{"type": "message", "date": "yesterday", "text": "a"}]}),
        f"{PREFIX} telegram export: message 1 of the chat has time 'yesterday', "
        "not an ISO 8601 date and time.",
    ),
    ("discord", b"{}", f"{PREFIX} discord export: 'channel' must be an object, not null."),
    ("discord", b"null", f"{PREFIX} discord export: the file must be an object, not null."),
    (
        "discord",
        dump({"channel": {}, "messages": [["hi"]]}),
        f"{PREFIX} discord export: message 1 must be an object, not a list.",
    ),
    (
        "discord",
        dump({"channel": {}, "messages": [{"author": {"name": "sam"}, "timestamp": "x"}]}),
        f"{PREFIX} discord export: message 1 has no 'content'.",
    ),
    (
        "discord",
        dump({"channel": {}, "messages": [{"content": "hi", "author": "sam"}]}),
        f"{PREFIX} discord export: 'author' of message 1 must be an object, not text.",
    ),
]


@pytest.mark.parametrize(("fmt", "data", "message"), BAD)
def test_it_names_what_is_wrong_in_a_broken_export__error(
    fmt: str, data: bytes, message: str
) -> None:
    assert fail(READERS[fmt], data) == (ErrorCode.BAD_EXPORT, message)


JSON_FORMATS = ["instagram", "messenger", "snapchat", "telegram", "discord"]


@pytest.mark.parametrize("fmt", JSON_FORMATS)
def test_it_gives_the_line_of_invalid_json__error(fmt: str) -> None:
    data = b'{\n  "messages": [\n    {"content": "hi",}\n  ]\n}\n'
    assert fail(READERS[fmt], data) == (
        ErrorCode.JSON_SYNTAX,
        "chat.json:3: invalid JSON: Expecting property name enclosed in double quotes (column 22).",
    )


@pytest.mark.parametrize("fmt", [*JSON_FORMATS, "pan"])
def test_it_gives_the_line_and_byte_of_invalid_utf8__error(fmt: str) -> None:
    data = b'{\n  "messages": [\n    {"content": "caf\xe9"}\n  ]\n}\n'
    assert fail(READERS[fmt], data) == (
        ErrorCode.ENCODING,
        "chat.json:3: not valid UTF-8 at byte 38. Save the file as UTF-8.",
    )


@pytest.mark.parametrize("fmt", JSON_FORMATS)
def test_it_refuses_deep_nesting__error(fmt: str) -> None:
    data = b'{"messages": ' + b"[" * 100 + b"]" * 100 + b"}"
    assert fail(READERS[fmt], data) == (
        ErrorCode.TOO_DEEP,
        "chat.json: nested too deeply (more than 40 levels).",
    )


def test_it_gives_the_line_of_malformed_xml__error() -> None:
    data = PAN.replace(b"</message>\n</conversation>\n<conv", b"</mesage>\n</conversation>\n<conv")
    assert fail(pan.read, data) == (
        ErrorCode.BAD_EXPORT,
        "chat.json:10: this is not a valid pan export: malformed XML (mismatched tag).",
    )


def test_it_refuses_pan_xml_without_an_author__error() -> None:
    data = PAN.replace(b"<author>1c2d3e</author>", b"")
    assert fail(pan.read, data) == (
        ErrorCode.BAD_EXPORT,
        "chat.json:9: this is not a valid pan export: the message has no <author>.",
    )


def test_it_refuses_another_xml_root__error() -> None:
    assert fail(pan.read, b"<chats>\n<conversation/>\n</chats>\n") == (
        ErrorCode.BAD_EXPORT,
        "chat.json:1: this is not a valid pan export: the root element is <chats>, "
        "not <conversations>.",
    )


def test_it_refuses_a_billion_laughs_before_expanding_anything__error() -> None:
    entities = "".join(f'  <!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">\n' for i in range(1, 10))
    data = (
        '<?xml version="1.0"?>\n<!DOCTYPE conversations [\n  <!ENTITY lol0 "lol">\n'
        f'{entities}]>\n<conversations><conversation id="a"><message line="1">'
        "<author>x</author><text>&lol9;</text></message></conversation></conversations>\n"
    ).encode()
    started = time.perf_counter()
    assert fail(pan.read, data) == (
        ErrorCode.BAD_EXPORT,
        "chat.json:2: this is not a valid pan export: "
        "DOCTYPE and ENTITY declarations are not allowed.",
    )
    assert time.perf_counter() - started < 0.5


def test_it_refuses_a_doctype_hidden_behind_a_long_comment__error() -> None:
    data = b"<!--" + b"x" * 5000 + b'-->\n<!DOCTYPE c [<!ENTITY a "b">]>\n<conversations/>\n'
    assert fail(pan.read, data) == (
        ErrorCode.BAD_EXPORT,
        "chat.json:2: this is not a valid pan export: "
        "DOCTYPE and ENTITY declarations are not allowed.",
    )


@pytest.mark.parametrize(
    ("data", "name", "fmt"),
    [
        (INSTAGRAM, "message_1.json", "messenger"),
        (SNAPCHAT, "chat_history.json", "snapchat"),
        (TELEGRAM, "result.json", "telegram"),
        (TELEGRAM_FULL, "result.json", "telegram"),
        (DISCORD, "channel.json", "discord"),
        (PAN, "pan.xml", "pan"),
    ],
)
def test_it_detects_each_export_format_by_itself(
    tmp_path: Path, data: bytes, name: str, fmt: str
) -> None:
    from signaal.core.conversations.importers import read_conversations

    path = tmp_path / name
    path.write_bytes(data)
    chats = read_conversations(path)
    assert {c.format for c in chats} == {fmt}
    assert all(c.messages for c in chats)
