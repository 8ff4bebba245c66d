"""Analyse a conversation: signals per message, a risk score over time, the alert point.

The engine reads a conversation the way it would arrive, one message at a time, in two
stages:

1. The quick stage runs on every message: the behaviour patterns of the taxonomy (Dutch,
   English, German) and the multilingual word table, scored by a small linear model. It
   costs tens of microseconds a message.
2. Where the quick score reaches the model's gate, the model stage takes over: the window's
   messages are embedded by multilingual-e5-small (each message once) and scored by the
   second linear model. It costs milliseconds a message, so it runs only there; on a
   platform's stream, where almost every conversation is harmless, that is where the
   throughput comes from.

A message's score is the model stage's where it ran, else the quick stage's. The score of a
conversation is the highest score so far; the alert point is the first message at which it
reached the model's threshold. A score is a signal for a person to check, never proof.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from signaal.core.conversations.bundle import Model, load_bundle, shipped_model
from signaal.core.conversations.encoder import Encoder, default_encoder
from signaal.core.conversations.features import MAX_MESSAGE_CHARS, ConversationState
from signaal.core.conversations.model import Conversation
from signaal.core.conversations.signals import (
    Detector,
    Signal,
    Taxonomy,
    detector,
    load_taxonomy,
)
from signaal.core.i18n import LocalText


@dataclass(frozen=True, slots=True)
class MessageResult:
    index: int
    author: str
    where: str
    score: float  # the window score after this message
    deep: bool  # whether the model stage scored it
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

    @classmethod
    def from_path(cls, path: Path | None, trust: Iterable[Path] = ()) -> Engine:
        taxonomy = load_taxonomy()
        model = load_bundle(path, trust=trust, behaviours=taxonomy.ids) if path else None
        return cls(model, taxonomy=taxonomy)

    def state(self) -> ConversationState:
        return ConversationState(
            self.model.vectors, self.model.behaviours, window_chars=self.model.window_chars
        )

    @property
    def encoder(self) -> Encoder:
        if self._encoder is None:
            self._encoder = default_encoder()
        return self._encoder

    def score(self, state: ConversationState) -> tuple[float, bool]:
        """The window's score now, and whether the model stage gave it."""
        model = self.model
        if not state.ready:
            return 0.0, False
        quick = model.quick.score(state.quick_features())
        if quick < model.gate:
            return quick, False
        features = state.deep_features(self.encoder, model.deep_language_means)
        return model.deep.score(features), True

    def scores(self, texts: Sequence[str]) -> list[float]:
        """The conversation score (highest window score so far) after each message, as the
        messages would arrive."""
        state = self.state()
        out: list[float] = []
        best = 0.0
        for text in texts:
            best = max(best, self.feed(state, text))
            out.append(best)
        return out

    def feed(self, state: ConversationState, text: str) -> float:
        """Add one message to a conversation's state and return the window score: the unit
        of work for a live stream, where many conversations arrive interleaved."""
        state.add(text, self.detector.counts(text[:MAX_MESSAGE_CHARS]))
        return self.score(state)[0]

    def analyze(self, conversation: Conversation) -> Analysis:
        state = self.state()
        results: list[MessageResult] = []
        best = 0.0
        alert_at: int | None = None
        furthest: str | None = None
        spans: dict[str, list[int]] = {}
        totals: Counter[str] = Counter()
        threshold = self.model.threshold
        by_message: dict[int, list[Signal]] = {}
        for signal in self.detector.conversation(conversation):
            by_message.setdefault(signal.message, []).append(signal)
        for index, message in enumerate(conversation.messages):
            text = message.text[:MAX_MESSAGE_CHARS]
            found = tuple(by_message.get(index, ()))
            counts = Counter(s.behaviour for s in found)
            totals.update(counts)
            state.add(text, dict(counts))
            score, deep = self.score(state)
            best = max(best, score)
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
                MessageResult(index, message.author, message.where, score, deep, found, furthest)
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
            explanation=self.explain(best, alert_at, dict(totals.most_common()), furthest),
        )

    def explain(
        self, score: float, alert_at: int | None, behaviours: dict[str, int], phase: str | None
    ) -> LocalText:
        threshold = self.model.threshold
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
        if phase is not None:
            name = next(p.name for p in self.taxonomy.phases if p.id == phase)
            nl.append(f"Verste fase: {name.nl.lower()}.")
            en.append(f"Furthest phase: {name.en.lower()}.")
        nl.append("Dit is een signaal om samen met iemand na te gaan, geen bewijs.")
        en.append("This is a signal to check with someone, not proof.")
        return LocalText(" ".join(nl), " ".join(en))
