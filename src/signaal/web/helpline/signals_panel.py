"""The signals panel beside a chat in the counsellor's console: the conversation-signals
engine run on the chat so far, as a second pair of eyes. Never shown to the young person.

Reading the chat goes through ``services.open_transcript``: it checks that the caller is the
counsellor the chat is assigned to and writes every read to the audit log
(``TranscriptAccess``), as any reading of a transcript must be.

The engine reads the whole conversation (the young person and the counsellor as its two
authors; system messages are left out), so its score and alert see the context. The
behaviours and their examples are counted in the young person's messages only: the panel
shows what the young person said, in their own words (the exact spans the engine found),
never the counsellor's own questions echoed back as a signal.
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import TypedDict
from uuid import UUID

from signaal.core.conversations.engine import Engine
from signaal.core.conversations.model import Conversation, Message
from signaal.web.helpline import services
from signaal.web.helpline.access import Actor
from signaal.web.helpline.models import Sender

# examples per behaviour: enough to recognise it, few enough to read at a glance
MAX_EXAMPLES = 3

_engine: Engine | None = None
_engine_lock = threading.Lock()
# the encoder keeps a cache that is not safe to change from two threads at once; runs are
# short (a help chat has tens of messages), so one at a time
_run_lock = threading.Lock()


class Label(TypedDict):
    nl: str
    en: str


class Example(TypedDict):
    seq: int
    text: str


class BehaviourFound(TypedDict):
    id: str
    label: Label
    count: int
    examples: list[Example]


class Signals(TypedDict):
    score: float
    alert: bool
    phase: str | None
    phase_label: Label | None
    behaviours: list[BehaviourFound]


def engine() -> Engine:
    """The engine, loaded once per process on first use (it loads the e5 encoder, which is
    heavy); safe to call from several threads."""
    global _engine
    if _engine is None:
        with _engine_lock:
            if _engine is None:
                _engine = Engine()
    return _engine


def signals_for(user: Actor, chat_id: UUID | str) -> Signals:
    """The ``signals`` frame of the protocol without ``type`` and ``chat_id``, for the
    counsellor the chat is assigned to (anyone else: ``HelplinePermissionDenied``)."""
    transcript = services.open_transcript(user, chat_id=chat_id)
    spoken = [m for m in transcript.messages if m.sender in (Sender.YOUNG, Sender.COUNSELLOR)]
    conversation = Conversation(
        id=str(transcript.chat.public_id),
        messages=tuple(Message(text=m.text, author=m.sender) for m in spoken),
        source="helpline",
        format="helpline",
    )
    found = engine()
    with _run_lock:
        analysis = found.analyze(conversation)
    counts: Counter[str] = Counter()
    examples: dict[str, list[Example]] = {}
    for signal in analysis.signals:
        if signal.author != Sender.YOUNG:
            continue
        counts[signal.behaviour] += 1
        shown = examples.setdefault(signal.behaviour, [])
        if len(shown) < MAX_EXAMPLES:
            shown.append({"seq": spoken[signal.message].seq, "text": signal.text})
    taxonomy = found.taxonomy
    phase_order = {p.id: p.order for p in taxonomy.phases}
    phases = [taxonomy.behaviour(b).phase for b in counts]
    reached = [p for p in phases if p is not None]
    behaviours: list[BehaviourFound] = []
    for behaviour_id, count in counts.most_common():
        name = taxonomy.behaviour(behaviour_id).name
        behaviours.append(
            {
                "id": behaviour_id,
                "label": {"nl": name.nl, "en": name.en or name.nl},
                "count": count,
                "examples": examples[behaviour_id],
            }
        )
    phase = max(reached, key=lambda p: phase_order[p]) if reached else None
    names = {p.id: p.name for p in taxonomy.phases}
    return {
        "score": round(float(analysis.score), 4),
        "alert": analysis.alert,
        "phase": phase,
        "phase_label": (
            {"nl": names[phase].nl, "en": names[phase].en or names[phase].nl} if phase else None
        ),
        "behaviours": behaviours,
    }
