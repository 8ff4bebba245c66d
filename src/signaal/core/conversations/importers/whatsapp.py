"""WhatsApp chat exports: the .txt, or the .zip with media, from Android and iPhone, with
Dutch and English date formats, multi-line messages, system lines and omitted media.

    Android  31-12-2021 21:15 - Sam: Hoi        12/31/21, 9:15 PM - Sam: Hi
    iPhone   [31-12-2021 21:15:03] Sam: Hoi     [12/31/21, 9:15:03 PM] Sam: Hi

Whether 03/04 is the 3rd of April or March the 4th is decided from the whole file (a field
above 12 settles it); without such a field, AM/PM times mean month first, else day first.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from signaal.core.conversations.importers.base import Importer, Source, register, unzip_member
from signaal.core.conversations.model import Conversation, Message

NAME = "whatsapp"
_STAMP = (
    r"(?P<date>\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}),?\s(?P<time>\d{1,2}[:.]\d{2}"
    r"(?:[:.]\d{2})?(?:[\s\u202f]?(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?)"
)
ANDROID = re.compile(r"^[\u200e\u200f]?" + _STAMP + r"\s[-\u2013]\s(?P<rest>.*)$")
IPHONE = re.compile(r"^[\u200e\u200f]?\[" + _STAMP + r"\]\s(?P<rest>.*)$")
AUTHOR = re.compile(r"^(?P<author>[^:\n]{1,80}?): (?P<text>.*)$", re.S)
MEDIA = re.compile(
    r"^[\u200e]?(<Media omitted>|<Media weggelaten>|<Media niet bijgevoegd>|"
    r"(image|video|audio|sticker|GIF|document|afbeelding|audio|sticker) "
    r"(omitted|weggelaten))$",
    re.I,
)
CHAT_FILE = re.compile(r"(^|/)(_chat\.txt|WhatsApp[ -][Cc]hat.*\.txt)$")


def _choose(names: list[str]) -> str | None:
    return next((n for n in names if CHAT_FILE.search(n)), None)


def sniff(source: Source) -> float:
    if source.is_zip:
        try:
            with zipfile.ZipFile(io.BytesIO(source.data)) as archive:
                return 0.95 if _choose(archive.namelist()) else 0.0
        except (zipfile.BadZipFile, OSError):
            return 0.0
    lines = [line for line in source.head.splitlines()[:50] if line.strip()]
    hits = sum(1 for line in lines if ANDROID.match(line) or IPHONE.match(line))
    return 0.9 if lines and hits and hits >= len(lines) * 0.3 else 0.0


def _day_first(stamps: list[tuple[str, bool]]) -> bool:
    for date, _ampm in stamps:
        first, second = (int(p) for p in re.split(r"[/.-]", date)[:2])
        if first > 12:
            return True
        if second > 12:
            return False
    return not any(ampm for _date, ampm in stamps)  # AM/PM exports are American: month first


def _parse_time(date: str, clock: str, ampm: str | None, day_first: bool) -> dt.datetime | None:
    parts = [int(p) for p in re.split(r"[/.-]", date)]
    day, month = (parts[0], parts[1]) if day_first else (parts[1], parts[0])
    year = parts[2] + 2000 if parts[2] < 100 else parts[2]
    hms = [int(p) for p in re.split(r"[:.]", clock.split()[0].rstrip("AaPpMm.\u202f"))]
    hour, minute = hms[0], hms[1]
    second = hms[2] if len(hms) > 2 else 0
    if ampm:
        pm = ampm.lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def read(source: Source) -> list[Conversation]:
    chat = unzip_member(source, _choose) if source.is_zip else source
    text = chat.text().replace("\r\n", "\n")
    entries: list[tuple[int, re.Match[str]]] = []
    continuation: dict[int, list[str]] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        match = ANDROID.match(line) or IPHONE.match(line)
        if match:
            entries.append((number, match))
        elif entries:
            continuation.setdefault(len(entries) - 1, []).append(line)
        elif line.strip():
            raise chat.fail(
                NAME,
                "the first line is not a WhatsApp message line (date, time, name)",
                line=number,
            )
    if not entries:
        raise chat.fail(NAME, "no WhatsApp message lines found")
    day_first = _day_first([(m["date"], bool(m["ampm"])) for _n, m in entries])
    messages = []
    for index, (number, match) in enumerate(entries):
        body = "\n".join([match["rest"], *continuation.get(index, [])]).rstrip("\n")
        said = AUTHOR.match(body)
        if said is None:
            continue  # a system line: "Berichten zijn end-to-end versleuteld", a group change
        content = said["text"]
        if MEDIA.match(content.strip()):
            content = "[media]"
        elif content.startswith("\u200e"):
            continue  # iPhone marks its system lines ("encrypted", "joined") this way
        messages.append(
            Message(
                text=content,
                author=said["author"].strip("\u200e "),
                time=_parse_time(match["date"], match["time"], match["ampm"], day_first),
                where=f"line {number}",
            )
        )
    stem = source.name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return [Conversation(id=stem, messages=tuple(messages), source=chat.name, format=NAME)]


IMPORTER = register(Importer(NAME, sniff, read))
