"""The importer registry and the bounded reading every importer shares."""

from __future__ import annotations

import importlib
import io
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from signaal.core.conversations.model import Conversation
from signaal.core.errors import ErrorCode, SignaalError, problem
from signaal.core.sources import decode_text, read_bytes

MAX_FILE_BYTES = 64 * 1024 * 1024  # a year of heavy WhatsApp use is a few MB of text
MAX_UNZIPPED_BYTES = 128 * 1024 * 1024
MAX_ZIP_ENTRIES = 20_000
MAX_ZIP_RATIO = 200  # text compresses well, but not a thousandfold
SNIFF_BYTES = 64 * 1024
MODULES = ("jsonl", "whatsapp", "csvchat", "instagram", "snapchat", "telegram", "discord", "pan")


@dataclass(frozen=True)
class Source:
    """A file as importers see it: its name for messages, and its bytes, read once."""

    name: str
    data: bytes

    @property
    def is_zip(self) -> bool:
        return self.data[:4] == b"PK\x03\x04"

    @property
    def head(self) -> str:
        """The start of the file as text, for sniffing (undecodable bytes replaced)."""
        return self.data[:SNIFF_BYTES].decode("utf-8", errors="replace").lstrip("\ufeff")

    def fail(self, fmt: str, detail: str, *, line: int | None = None) -> SignaalError:
        return SignaalError(
            [problem(ErrorCode.BAD_EXPORT, file=self.name, line=line, format=fmt, detail=detail)]
        )

    def text(self) -> str:
        """Strict UTF-8 (BOM allowed); an error names the line and byte."""
        return decode_text(self.data, name=self.name, max_bytes=len(self.data))


@dataclass(frozen=True)
class Importer:
    name: str
    sniff: Callable[[Source], float]  # 0 (surely not) .. 1 (surely this format)
    read: Callable[[Source], list[Conversation]]


_REGISTRY: dict[str, Importer] = {}


def register(importer: Importer) -> Importer:
    _REGISTRY[importer.name] = importer
    return importer


def available() -> list[str]:
    for module in MODULES:
        importlib.import_module(f"signaal.core.conversations.importers.{module}")
    return sorted(_REGISTRY)


def load_source(path: Path, *, label: str | None = None) -> Source:
    name = label or str(path)
    data = read_bytes(path, max_bytes=MAX_FILE_BYTES, label=name)
    if not data.strip():
        raise SignaalError([problem(ErrorCode.FILE_EMPTY, file=name)])
    return Source(name, data)


def unzip_member(source: Source, choose: Callable[[list[str]], str | None]) -> Source:
    """One member of a zip archive, read within bounds: a zip bomb ends with an error."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(source.data))
    except zipfile.BadZipFile as exc:
        raise SignaalError(
            [problem(ErrorCode.ZIP_UNSAFE, file=source.name, detail=f"not a readable zip ({exc})")]
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise SignaalError(
                [
                    problem(
                        ErrorCode.ZIP_UNSAFE,
                        file=source.name,
                        detail=f"{len(infos)} entries, at most {MAX_ZIP_ENTRIES}",
                    )
                ]
            )
        names = [i.filename for i in infos if not i.is_dir()]
        chosen = choose(names)
        if chosen is None:
            raise SignaalError(
                [
                    problem(
                        ErrorCode.ZIP_UNSAFE, file=source.name, detail="it holds no chat text file"
                    )
                ]
            )
        info = archive.getinfo(chosen)
        limit = min(MAX_UNZIPPED_BYTES, max(info.compress_size, 1) * MAX_ZIP_RATIO)
        if info.file_size > limit:
            raise SignaalError(
                [
                    problem(
                        ErrorCode.ZIP_UNSAFE,
                        file=source.name,
                        detail=f"'{chosen}' unpacks to {info.file_size} bytes, more than {limit}",
                    )
                ]
            )
        try:
            with archive.open(info) as member:
                data = member.read(limit + 1)  # the header may lie: stop at the limit
        except (zipfile.BadZipFile, OSError, EOFError) as exc:
            raise SignaalError(
                [
                    problem(
                        ErrorCode.ZIP_UNSAFE,
                        file=source.name,
                        detail=f"'{chosen}' cannot be read ({exc})",
                    )
                ]
            ) from None
        if len(data) > limit:
            raise SignaalError(
                [
                    problem(
                        ErrorCode.ZIP_UNSAFE,
                        file=source.name,
                        detail=f"'{chosen}' unpacks to more than {limit} bytes",
                    )
                ]
            )
    return Source(f"{source.name}:{chosen}", data)


def read_conversations(
    path: Path, *, fmt: str = "auto", label: str | None = None
) -> list[Conversation]:
    """Every conversation in the file, read by the named importer or the surest one."""
    names = available()
    source = load_source(path, label=label)
    if fmt != "auto":
        if fmt not in _REGISTRY:
            raise SignaalError(
                [
                    problem(
                        ErrorCode.UNKNOWN_FORMAT,
                        file=source.name,
                        value=fmt,
                        allowed=", ".join(["auto", *names]),
                    )
                ]
            )
        importer = _REGISTRY[fmt]
    else:
        scored = sorted(((imp.sniff(source), imp.name) for imp in _REGISTRY.values()), reverse=True)
        best, name = scored[0]
        if best < 0.5:
            raise SignaalError(
                [problem(ErrorCode.UNDETECTED_FORMAT, file=source.name, allowed=", ".join(names))]
            )
        importer = _REGISTRY[name]
    conversations = importer.read(source)
    if not any(c.messages for c in conversations):
        raise SignaalError([problem(ErrorCode.NO_MESSAGES, file=source.name, format=importer.name)])
    return conversations
