"""What the model sees of a conversation, kept up to date one message at a time.

The state holds a window of the most recent messages (about one screen of chat, the size of
the segments the model was trained on). Adding a message costs a tokenisation, the
detector's counts, a few vector sums and dropping the messages that fell out of the window,
never a pass over the whole conversation. Training computes its examples with this same
class, so what the model learnt is what it is given.

Two views of the window, one per stage:

- quick features: the language-centred mean word vector of the window (from the word
  table) and, per behaviour of the taxonomy, log(1 + hits in the window);
- deep features: the mean multilingual-e5 vector of the window's chunks, centred for the
  conversation's language, and the same behaviour counts. A chunk is a message, or a piece
  of ``CHUNK_WORDS`` words of a longer one: chat messages are mostly that short, and cutting
  long ones makes a flattened transcript (one long "message", as in the PAN research data)
  look to the model like the same chat sent line by line. Without that, the form of the data
  (long segments here, short messages there) would teach the model more than its content.
  Chunks are embedded only when deep features are asked for, and each one once; with a
  ``lead`` (the engine's), no message more than ``lead`` messages before the first behaviour
  is embedded, and the mean leaves those out (training embeds the whole window).
- message scores (model 1.1.0): given the bundle's message model, each message of at least
  ``MESSAGE_MIN_WORDS`` words is scored on its own once it is embedded (the mean of its chunk
  vectors, centred for the conversation's language). :attr:`message_score` is, for the
  author whose messages score highest, the mean of that author's ``MESSAGE_TOP`` highest
  message scores in the whole conversation, a missing one counting as 0, so that it never
  falls as messages arrive, one message alone cannot carry it, and it takes one person's
  words, not two friends' together (messages without an author count as one author's).
  The state keeps those messages' log-odds before centring: the model is linear,
  so centring is one number per language, and the score always uses the conversation's
  language as it is known now (which of the messages are highest does not depend on it).

The language used for centring is that of the whole conversation so far (a window of a few
words is too little to tell). Nothing depends on the length of the conversation as such:
long chats must not look risky because they are long, so the conversation-wide view is the
alert itself: the highest window score so far.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from signaal.core.conversations.classifier import Logistic, logistic
from signaal.core.conversations.encoder import Encoder
from signaal.core.conversations.vectors import Vector, WordVectors, tokens

WINDOW_CHARS = 1_500
MAX_MESSAGE_CHARS = 20_000  # what is read of one message (the detector's own bound too)
CHUNK_WORDS = 8
MIN_WINDOW_WORDS = 12  # below this the window is not judged: "hey" is no evidence of anything
MAX_CHUNKS = 32  # per message: 256 words, about what a window of 1,500 characters holds
MESSAGE_MIN_WORDS = 3  # shorter messages ("ok", "haha") are not scored by the message model
MESSAGE_TOP = 3  # the message score is the mean of this many highest message scores


def message_words(text: str) -> int:
    """Words of a message as the message model counts them (training and engine alike)."""
    return len(text.split())


def conversation_language(vectors: WordVectors, texts: Iterable[str]) -> int:
    """The language (an index into ``vectors.languages``) a :class:`ConversationState` fed
    these messages would tell: summed the same way, in the same order."""
    total = [0.0] * len(vectors.languages)
    for text in texts:
        vectors.add_light(total, vectors.lookup(tokens(text[:MAX_MESSAGE_CHARS])))
    return vectors.language(total)


def chunks(text: str) -> list[str]:
    """A message cut into pieces of at most ``CHUNK_WORDS`` words (whitespace kept simple),
    its first ``MAX_CHUNKS`` pieces only, so one huge message costs the encoder no more than
    a full window; an empty message is one empty chunk."""
    words = text.split()
    if len(words) <= CHUNK_WORDS:
        return [" ".join(words)]
    limit = min(len(words), CHUNK_WORDS * MAX_CHUNKS)
    return [" ".join(words[i : i + CHUNK_WORDS]) for i in range(0, limit, CHUNK_WORDS)]


@dataclass(frozen=True, eq=False)
class QuickProjection:
    """The quick stage's linear model folded into the word table.

    The quick score is a logistic function of (the window's mean word vector minus its
    language's mean) and log(1 + hits) per behaviour. Everything before the logistic is
    linear in the word vectors, so each word's vector can be replaced by one number, its
    contribution to the log-odds, once when the model is loaded. A message then costs a
    sum of a few numbers instead of a sum of vectors, and the result is the same as
    scoring :meth:`ConversationState.quick_features` (up to rounding)."""

    word: tuple[float, ...]  # per word of the table: weighted vector . coefficients
    language: tuple[float, ...]  # per language: its mean vector . coefficients
    counts: npt.NDArray[np.float64]  # coefficients of log(1 + hits) per behaviour
    constant: float

    @classmethod
    def of(cls, vectors: WordVectors, model: Logistic, behaviours: int) -> QuickProjection:
        dims = vectors.dims
        scaled = np.asarray(model.coef, np.float64) / np.asarray(model.scale, np.float64)
        if len(scaled) != dims + behaviours:
            raise ValueError("the quick model does not fit the word table and behaviours")
        words = vectors.weighted.astype(np.float64) @ scaled[:dims]
        languages = vectors.language_means.astype(np.float64) @ scaled[:dims]
        constant = float(model.bias - np.asarray(model.mean, np.float64) @ scaled)
        return cls(tuple(words.tolist()), tuple(languages.tolist()), scaled[dims:], constant)

    def score(self, logit: float) -> float:
        return logistic(logit)


@dataclass(slots=True)
class _Entry:
    text: str
    total: Vector
    weight: float
    words: int
    counts: npt.NDArray[np.float32] | None  # hits per behaviour; None: no hit
    deep: Vector | None = None  # the sum of the message's chunk vectors
    pieces: int = 0  # how many chunks
    projected: float = 0.0  # the quick projection's word sum
    number: int = 0  # the message's number in the conversation (1 = the first)
    author: str = ""


@dataclass(slots=True)
class ConversationState:
    """Running state for one conversation; see the module text for what it keeps."""

    vectors: WordVectors
    behaviours: tuple[str, ...]
    window_chars: int = WINDOW_CHARS
    projection: QuickProjection | None = None  # given: the fast quick path, no word vectors
    lead: int | None = None  # embed no message more than this many before the first behaviour
    messages: int = 0
    model_best: float = 0.0  # the highest window score of the model so far (the engine's)
    best: float = 0.0  # the conversation's score so far (the engine's decision)
    evidence: int = 0  # the behaviours' evidence so far (the engine's, see decision.py)
    found: dict[str, int] = field(default_factory=dict)  # ... per person who showed one
    last_hit: int = 0  # the number of the latest message with a behaviour (1 = the first)
    first_hit: int = 0  # the number of the first message with a behaviour (0: none yet)
    totals: npt.NDArray[np.float32] = field(init=False)  # hits per behaviour, whole chat
    by_author: dict[str, npt.NDArray[np.float32]] = field(default_factory=dict)  # ... per author
    _window: deque[_Entry] = field(default_factory=deque)
    _chars: int = 0
    _words: int = 0
    _total: Vector = field(init=False)
    _weight: float = 0.0
    _counts: npt.NDArray[np.float32] = field(init=False)
    _log_freq: list[float] = field(init=False)  # per language: summed word log-frequency
    _language: int = 0  # the language those sums tell (an index into vectors.languages)
    _slot: dict[str, int] = field(init=False)
    _projected: float = 0.0
    _hits: float = 0.0  # all hits in the window, to skip the count part when there are none
    _message_top: dict[str, list[float]] = field(default_factory=dict)  # per author: highest
    # uncentred log-odds
    _message_shift: tuple[float, ...] = ()  # per language: what centring takes off them

    def __post_init__(self) -> None:
        self._total = np.zeros(self.vectors.dims, np.float32)
        self._counts = np.zeros(len(self.behaviours), np.float32)
        self.totals = np.zeros(len(self.behaviours), np.float32)
        self._log_freq = [0.0] * len(self.vectors.languages)
        self._slot = {b: i for i, b in enumerate(self.behaviours)}

    def add(self, text: str, counts: dict[str, int], author: str = "") -> None:
        """Take in one message by ``author`` (empty when the chat names none) and the
        detector's hit counts for it."""
        text = text[:MAX_MESSAGE_CHARS]
        words = tokens(text)
        rows = self.vectors.lookup(words)
        projection = self.projection
        weight = self.vectors.add_light(self._log_freq, rows)
        if projection is None:
            total, weight, _ = self.vectors.sums(rows)
            projected = 0.0
        else:
            total = self._total  # unused on the fast path
            table = projection.word
            projected = sum(table[row] for row in rows)
        if rows:
            self._language = self.vectors.language(self._log_freq)
        hits: npt.NDArray[np.float32] | None = None
        found = 0
        for behaviour, n in counts.items():
            slot = self._slot.get(behaviour)
            if slot is not None and n:
                if hits is None:
                    hits = np.zeros(len(self.behaviours), np.float32)
                hits[slot] = n
                found += n
        entry = _Entry(
            text,
            total,
            weight,
            len(words),
            hits,
            projected=projected,
            number=self.messages + 1,
            author=author,
        )
        self._window.append(entry)
        self._chars += len(text)
        self._words += entry.words
        if projection is None:
            self._total += total
        self._projected += projected
        self._weight += weight
        if hits is not None:
            self._counts += hits
            self.totals += hits
            self._hits += found
            mine = self.by_author.get(author)
            if mine is None:
                self.by_author[author] = hits.copy()
            else:
                mine += hits
        self.messages += 1
        if found:
            self.last_hit = self.messages
            if not self.first_hit:
                self.first_hit = self.messages
        while len(self._window) > 1 and self._chars > self.window_chars:
            old = self._window.popleft()
            self._chars -= len(old.text)
            self._words -= old.words
            if projection is None:
                self._total -= old.total
            self._projected -= old.projected
            self._weight -= old.weight
            if old.counts is not None:
                self._counts -= old.counts
                self._hits -= float(old.counts.sum())
        if len(self._window) == 1:  # no drift from repeated subtraction
            if projection is None:
                self._total = entry.total.copy()
            self._projected = entry.projected
            self._weight = entry.weight
            self._counts = (
                hits.copy() if hits is not None else np.zeros(len(self.behaviours), np.float32)
            )
            self._hits = float(found)

    @property
    def ready(self) -> bool:
        """Whether the window holds enough words to be judged at all."""
        return self._words >= MIN_WINDOW_WORDS

    @property
    def window_hits(self) -> bool:
        """Whether any behaviour was found in the messages now in the window."""
        return bool(self._counts.any())

    @property
    def language_index(self) -> int:
        return self._language

    @property
    def language(self) -> str:
        return self.vectors.languages[self.language_index]

    def _count_features(self) -> Vector:
        return np.log1p(np.maximum(self._counts, 0)).astype(np.float32)

    def quick_score(self) -> float:
        """The quick stage's score of the window on the fast path (needs ``projection``)."""
        projection = self.projection
        if projection is None:
            raise ValueError("quick_score needs a projection; use quick_features")
        logit = projection.constant
        if self._weight > 0:
            logit += self._projected / self._weight - projection.language[self.language_index]
        if self._hits > 0:
            logit += float(projection.counts @ self._count_features())
        return projection.score(logit)

    def quick_features(self) -> Vector:
        if self.projection is not None:
            raise ValueError("a state on the fast path keeps no word vectors")
        mean = self.vectors.text_vector(self._total, self._weight, self._log_freq)
        return np.concatenate([mean, self._count_features()]).astype(np.float32)

    def _unembedded(self) -> list[_Entry]:
        """The window's messages that the next :meth:`deep_features` embeds: those not
        embedded yet, and with ``lead``, none more than ``lead`` messages before the first
        behaviour (those are never embedded; the window's deep mean leaves them out)."""
        oldest = self.first_hit - self.lead if self.lead is not None and self.first_hit else 0
        return [e for e in self._window if e.deep is None and e.number >= oldest]

    def pending(self) -> list[str]:
        """The chunks of the window's messages that are not embedded yet: what the next
        :meth:`deep_features` will ask the encoder for."""
        return [piece for entry in self._unembedded() for piece in chunks(entry.text)]

    @property
    def message_score(self) -> float:
        """The highest, over the authors, of the mean of an author's ``MESSAGE_TOP`` highest
        message scores so far, centred for the conversation's language as it is known now; a
        missing score counts as 0."""
        return max(self.message_scores().values(), default=0.0)

    def message_scores(self) -> dict[str, float]:
        """Per author whose messages were scored: the mean of their ``MESSAGE_TOP`` highest
        message scores so far, centred as :attr:`message_score` is."""
        if not self._message_top:
            return {}
        shift = self._message_shift[self.language_index]
        return {
            author: sum(logistic(raw - shift) for raw in top) / MESSAGE_TOP
            for author, top in self._message_top.items()
        }

    def take_vectors(
        self,
        vectors: npt.NDArray[np.float32],
        language_means: npt.NDArray[np.float32],
        message: Logistic | None = None,
    ) -> None:
        """Give the chunks of :meth:`pending` their vectors (one row each, in that order);
        with ``message`` (the bundle's message model), each of those messages of at least
        ``MESSAGE_MIN_WORDS`` words is also scored."""
        todo = self._unembedded()
        pieces = [len(chunks(entry.text)) for entry in todo]
        if len(vectors) != sum(pieces):
            raise ValueError("one vector per pending chunk is needed")
        start = 0
        for entry, count in zip(todo, pieces, strict=True):
            entry.deep = vectors[start : start + count].sum(axis=0)
            entry.pieces = count
            start += count
        if message is not None:
            self._score_messages(todo, language_means, message)

    def deep_features(
        self,
        encoder: Encoder,
        language_means: npt.NDArray[np.float32],
        message: Logistic | None = None,
    ) -> Vector:
        """The window's deep features, embedding what is pending first (see
        :meth:`take_vectors`)."""
        pending = self.pending()
        if pending:
            self.take_vectors(encoder.encode(pending), language_means, message)
        total = np.zeros(language_means.shape[1], np.float32)
        count = 0
        for entry in self._window:
            if entry.deep is not None:
                total += entry.deep
                count += entry.pieces
        mean = total / max(count, 1) - language_means[self.language_index]
        return np.concatenate([mean, self._count_features()]).astype(np.float32)

    def _score_messages(
        self,
        entries: list[_Entry],
        language_means: npt.NDArray[np.float32],
        message: Logistic,
    ) -> None:
        scored = [
            (e.author, e.deep / max(e.pieces, 1))
            for e in entries
            if e.deep is not None and message_words(e.text) >= MESSAGE_MIN_WORDS
        ]
        if not scored:
            return
        if not self._message_shift:
            self._message_shift = tuple(message.shift(mean) for mean in language_means)
        logits = message.logits(np.vstack([row for _, row in scored])).tolist()
        for (author, _), raw in zip(scored, logits, strict=True):
            top = self._message_top.setdefault(author, [])
            top.append(raw)
            top.sort(reverse=True)
            del top[MESSAGE_TOP:]


def quick_names(vectors: WordVectors, behaviours: tuple[str, ...]) -> list[str]:
    return [f"word_vector_{i}" for i in range(vectors.dims)] + [f"hits_{b}" for b in behaviours]
