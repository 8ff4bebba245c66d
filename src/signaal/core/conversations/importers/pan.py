"""PAN 2012 Sexual Predator Identification XML: <conversations><conversation id="...">
<message line="1"><author>hash</author><time>03:20</time><text>...</text></message>...

Read as a stream (an XMLPullParser fed line by line, each element cleared once read), so a
corpus of tens of megabytes stays small in memory and every message knows its file line.
A DOCTYPE or ENTITY declaration is refused before the parser sees it: no entity is ever
expanded (no 'billion laughs'). The times are clock times without a date and stay out of the
model; an empty <text/> is an empty message.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from signaal.core.conversations.importers.base import Importer, Source, register
from signaal.core.conversations.model import Conversation, Message

NAME = "pan"
DECLARATION = re.compile(r"<!(DOCTYPE|ENTITY)")


def sniff(source: Source) -> float:
    if source.is_zip:
        return 0.0
    head = source.head.lstrip()
    return 0.95 if head.startswith("<") and "<conversations" in head else 0.0


def _child(source: Source, message: Element, tag: str, line: int) -> str:
    found = message.find(tag)
    if found is None:
        raise source.fail(NAME, f"the message has no <{tag}>", line=line)
    return found.text or ""


def read(source: Source) -> list[Conversation]:
    text = source.text()
    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end"))
    out: list[Conversation] = []
    messages: list[Message] = []
    root: Element | None = None
    starts: list[int] = []  # the line each open <message> began on
    line = 0
    try:
        for line, chunk in enumerate(text.split("\n"), start=1):
            if root is None and DECLARATION.search(chunk):
                raise source.fail(
                    NAME, "DOCTYPE and ENTITY declarations are not allowed", line=line
                )
            parser.feed(chunk + "\n")
            for pair in parser.read_events():
                event, element = pair[0], pair[-1]
                if not isinstance(element, Element):
                    continue  # only start and end events are asked for: always elements
                tag = element.tag
                if event == "start":
                    if root is None:
                        root = element
                        if tag != "conversations":
                            raise source.fail(
                                NAME, f"the root element is <{tag}>, not <conversations>", line=line
                            )
                    elif tag == "message":
                        starts.append(line)
                    continue
                if tag == "message":
                    at = starts.pop() if starts else line
                    messages.append(
                        Message(
                            text=_child(source, element, "text", at),
                            author=_child(source, element, "author", at),
                            where=f"line {at}",
                        )
                    )
                    element.clear()
                elif tag == "conversation":
                    ident = element.get("id") or f"conversation {len(out) + 1}"
                    out.append(
                        Conversation(
                            id=ident, messages=tuple(messages), source=source.name, format=NAME
                        )
                    )
                    messages = []
                    element.clear()
                    if root is not None and element in root:
                        root.remove(element)
        parser.close()
    except ParseError as exc:
        where = exc.position[0] if exc.position else line
        raise source.fail(NAME, f"malformed XML ({exc.msg.split(':')[0]})", line=where) from None
    return out


IMPORTER = register(Importer(NAME, sniff, read))
