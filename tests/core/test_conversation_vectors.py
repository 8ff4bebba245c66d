"""The word table: tokens, lookups, the language of a text and its centred vector."""

from __future__ import annotations

import numpy as np
import pytest

from signaal.core.conversations.vectors import MAX_TOKENS, WordVectors, tokens


def table() -> WordVectors:
    return WordVectors(
        words=("hey", "heyy", "ik", "i", "foto", "photo", "13"),
        vectors=np.array([[1, 0], [1, 1], [0, 1], [0, 2], [2, 2], [2, 0], [3, 3]], np.float32),
        weights=np.array([1, 1, 1, 1, 2, 2, 1], np.float32),
        log_freq=np.array(
            [[-4, -6], [-6, -7], [-9, -2], [-2, -9], [-7, -4], [-4, -7], [-5, -5]], np.float32
        ),
        languages=("en", "nl"),
        language_means=np.array([[1, 0], [0, 1]], np.float32),
    )


def test_tokens_are_lowercased_words_and_numbers() -> None:
    assert tokens("Hoe OUD ben je? Ik ben 13!") == ["hoe", "oud", "ben", "je", "ik", "ben", "13"]


def test_tokens_keep_apostrophes_inside_words() -> None:
    assert tokens("don't zo'n") == ["don't", "zo'n"]


def test_tokens_stop_at_the_bound() -> None:
    assert len(tokens("a " * (MAX_TOKENS + 500))) == MAX_TOKENS


def test_lookup_folds_letters_repeated_for_emphasis() -> None:
    vectors = table()
    assert vectors.lookup(["heyyyyy", "heyyy", "hey", "unknown"]) == [1, 1, 0]


def test_lookup_falls_back_to_a_single_letter_when_the_double_is_unknown() -> None:
    vectors = table()
    assert vectors.lookup(["fooooto"]) == [4]


def test_language_is_the_one_whose_words_are_most_frequent() -> None:
    vectors = table()
    _, _, dutch = vectors.sums(vectors.lookup(["ik", "foto"]))
    _, _, english = vectors.sums(vectors.lookup(["i", "photo"]))
    assert vectors.languages[vectors.language(dutch)] == "nl"
    assert vectors.languages[vectors.language(english)] == "en"


def test_nothing_known_means_the_first_language_and_a_zero_vector() -> None:
    vectors = table()
    total, weight, log_freq = vectors.sums([])
    assert vectors.language(log_freq) == 0
    assert vectors.text_vector(total, weight, log_freq).tolist() == [0.0, 0.0]


def test_text_vector_is_the_weighted_mean_minus_the_language_mean() -> None:
    vectors = table()
    total, weight, log_freq = vectors.sums(vectors.lookup(["ik", "foto"]))
    # weighted mean of (0,1)x1 and (2,2)x2 is (4/3, 5/3); Dutch mean (0,1) is taken off
    assert vectors.text_vector(total, weight, log_freq) == pytest.approx([4 / 3, 2 / 3])
