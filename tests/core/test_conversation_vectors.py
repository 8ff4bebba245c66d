"""The word table: tokens, lookups, the language of a text and its centred vector."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pytest

from signaal.core.conversations import vectors as vectors_module
from signaal.core.conversations.classifier import Logistic
from signaal.core.conversations.features import (
    ConversationState,
    QuickProjection,
    conversation_language,
)
from signaal.core.conversations.training import message_vectors
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


def test_lookup_remembers_each_word_and_forgets_all_at_the_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(vectors_module, "RESOLVED_WORDS", 3)
    vectors = table()
    assert vectors.lookup(["heyyy", "unknown", "ik"]) == [1, 2]
    assert vectors._resolved == {"heyyy": 1, "unknown": -1, "ik": 2}
    assert vectors.lookup(["foto"]) == [4]  # the fourth word: what was remembered is cleared
    assert vectors._resolved == {"foto": 4}
    assert vectors.lookup(["heyyy", "unknown", "ik", "foto"]) == [1, 2, 4]


def test_light_sums_add_weights_and_log_frequencies_as_the_full_sums_do() -> None:
    vectors = table()
    rows = vectors.lookup(["ik", "foto", "foto", "13"])
    _, weight, log_freq = vectors.sums(rows)
    light_weight, light_freq = vectors.light_sums(rows)
    assert (light_weight, light_freq) == (6.0, [-28.0, -15.0])
    assert (weight, log_freq.tolist()) == (6.0, [-28.0, -15.0])
    assert vectors.light_sums([]) == (0.0, [0.0, 0.0])


def test_add_light_adds_log_frequencies_in_place_and_returns_the_weight() -> None:
    vectors = table()
    sums = [1.0, 2.0]
    assert vectors.add_light(sums, vectors.lookup(["ik", "foto"])) == 3.0
    assert sums == [-15.0, -4.0]
    assert vectors.add_light(sums, []) == 0.0
    assert sums == [-15.0, -4.0]


def test_language_takes_the_first_of_two_equally_likely_languages() -> None:
    vectors = table()
    assert vectors.language([-5.0, -5.0]) == 0
    assert vectors.language(np.array([-7.0, -5.0], np.float32)) == 1


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


# --- the quick stage folded into the word table ------------------------------------------


def quick_model(behaviours: int) -> Logistic:
    return Logistic(
        mean=np.array([0.1, -0.2] + [0.3] * behaviours),
        scale=np.array([2.0, 0.5] + [1.5] * behaviours),
        coef=np.array([0.8, -1.1, *[0.9, -0.4][:behaviours]]),
        bias=-0.25,
    )


MESSAGES = [
    ("hey", {}),
    ("ik foto foto", {"image": 1}),
    ("i photo hey heyy", {}),
    ("13 13 ik", {"age": 2, "image": 1}),
    ("unknown words only", {}),
    ("photo", {"age": 1}),
]


def test_the_fast_quick_path_scores_like_the_quick_model_on_the_features() -> None:
    vectors = table()
    behaviours = ("age", "image")
    model = quick_model(len(behaviours))
    projection = QuickProjection.of(vectors, model, len(behaviours))
    slow = ConversationState(vectors, behaviours, window_chars=14)
    fast = ConversationState(vectors, behaviours, window_chars=14, projection=projection)
    scores = []
    for text, counts in MESSAGES:
        slow.add(text, counts)
        fast.add(text, counts)
        scores.append((fast.quick_score(), model.score(slow.quick_features())))
    for fast_score, slow_score in scores:
        assert fast_score == pytest.approx(slow_score, abs=1e-6)
    # the window of 14 characters dropped messages on the way, so the sums were updated both
    # ways; and the scores change from message to message, so the comparison is not trivial
    assert len({round(s, 6) for s, _ in scores}) >= 5


def test_a_state_on_the_fast_path_refuses_to_give_word_vector_features() -> None:
    vectors = table()
    projection = QuickProjection.of(vectors, quick_model(2), 2)
    state = ConversationState(vectors, ("age", "image"), projection=projection)
    state.add("hey ik", {})
    with pytest.raises(ValueError, match="keeps no word vectors"):
        state.quick_features()


def test_a_state_without_a_projection_has_no_fast_quick_score() -> None:
    state = ConversationState(table(), ("age", "image"))
    state.add("hey ik", {})
    with pytest.raises(ValueError, match="needs a projection"):
        state.quick_score()


def test_a_quick_model_of_another_shape_is_refused() -> None:
    with pytest.raises(ValueError, match="does not fit the word table and behaviours"):
        QuickProjection.of(table(), quick_model(2), 3)


class LetterEncoder:
    """Stands in for the encoder: a chunk's vector is (its count of the letter x, 1)."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.seen.extend(texts)
        return np.array([[t.count("x"), 1.0] for t in texts], np.float32)


def message_model() -> Logistic:
    # log-odds = 2 * (x-count of the centred mean vector) - 3
    return Logistic(np.zeros(2), np.ones(2), np.array([2.0, 0.0]), -3.0)


def logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def test_messages_of_three_words_or_more_are_scored_on_their_own_once_embedded() -> None:
    state = ConversationState(table(), ("age", "image"), window_chars=10_000)
    encoder = LetterEncoder()
    means = np.array([[0.0, 1.0], [0.5, 1.0]], np.float32)  # the chat is English: row 0
    for text in ("xx yy", "x y z", "xxx a b", "hey i photo"):
        state.add(text, {})
    assert state.message_score == 0.0  # nothing embedded yet
    state.deep_features(encoder, means, message_model())
    # "xx yy" has two words: not scored; the others: x-counts 1, 3 and 0
    expected = sorted([logistic(2 * 1 - 3), logistic(2 * 3 - 3), logistic(-3)], reverse=True)
    assert state.message_score == pytest.approx(sum(expected) / 3)
    assert encoder.seen == ["xx yy", "x y z", "xxx a b", "hey i photo"]


def test_the_message_score_is_the_mean_of_the_three_highest_so_far() -> None:
    state = ConversationState(table(), ("age", "image"), window_chars=10_000)
    encoder = LetterEncoder()
    means = np.array([[0.0, 1.0], [0.0, 1.0]], np.float32)
    model = message_model()
    for text in ("x a b", "xxxx a b", "a b c", "xx a b", "xxx a b"):
        state.add(text, {})
        state.deep_features(encoder, means, model)
    top = [logistic(2 * n - 3) for n in (4, 3, 2)]
    assert state.message_score == pytest.approx(sum(top) / 3)
    assert len(encoder.seen) == 5  # each message embedded once


def test_the_message_score_is_that_of_the_author_whose_top_three_score_highest() -> None:
    state = ConversationState(table(), ("age", "image"), window_chars=10_000)
    means = np.array([[0.0, 1.0], [0.0, 1.0]], np.float32)
    lines = [("Bram", "xxxx a b"), ("Anna", "xxxx a b"), ("Anna", "xxx a b"), ("Bram", "a b c")]
    for author, text in lines:
        state.add(text, {}, author)
    state.deep_features(LetterEncoder(), means, message_model())
    anna = [logistic(2 * n - 3) for n in (4, 3)]  # her third highest is missing: 0
    bram = [logistic(2 * n - 3) for n in (4, 0)]
    assert state.message_score == pytest.approx(max(sum(anna), sum(bram)) / 3)
    assert state.message_score == pytest.approx(sum(anna) / 3)


def test_message_scores_are_kept_for_every_author_behaviours_for_those_who_showed_one() -> None:
    state = ConversationState(table(), ("age", "image"), window_chars=10_000)
    means = np.array([[0.0, 1.0], [0.0, 1.0]], np.float32)
    state.add("xxxx a b", {}, "Bram")
    state.add("hoe oud ben je", {"age": 1}, "Anna")
    state.deep_features(LetterEncoder(), means, message_model())
    scores = state.message_scores()
    assert scores == pytest.approx({"Bram": logistic(2 * 4 - 3) / 3, "Anna": logistic(-3) / 3})
    assert state.message_score == scores["Bram"]
    # only Anna showed a behaviour: only she can be backed (decision.conversation_score)
    assert list(state.by_author) == ["Anna"]


def test_without_scored_messages_there_is_no_backing() -> None:
    state = ConversationState(table(), ("age", "image"))
    state.add("hoe oud", {"age": 1}, "Anna")
    assert (state.message_scores(), state.message_score) == ({}, 0.0)


def test_the_hits_are_kept_per_author_and_for_the_whole_chat() -> None:
    state = ConversationState(table(), ("age", "image"))
    state.add("hoe oud", {"age": 1}, "Bram")
    state.add("foto", {"image": 2}, "Anna")
    state.add("foto", {"image": 1}, "Bram")
    state.add("hey", {}, "Cas")  # no hits: not kept
    assert {a: hits.tolist() for a, hits in state.by_author.items()} == {
        "Bram": [1.0, 1.0],
        "Anna": [0.0, 2.0],
    }
    assert state.totals.tolist() == [1.0, 3.0]


def test_a_long_message_is_scored_by_the_mean_of_its_chunks() -> None:
    state = ConversationState(table(), ("age", "image"), window_chars=10_000)
    means = np.zeros((2, 2), np.float32)
    words = ["x"] * 8 + ["a"] * 8  # two chunks of eight words: x-counts 8 and 0
    state.add(" ".join(words), {})
    state.deep_features(LetterEncoder(), means, message_model())
    # the mean of its chunks (x-count 4); the two missing message scores count as 0
    assert state.message_score == pytest.approx(logistic(2 * 4 - 3) / 3)


def test_without_a_message_model_nothing_is_scored() -> None:
    state = ConversationState(table(), ("age", "image"))
    state.add("xxx a b", {})
    state.deep_features(LetterEncoder(), np.zeros((2, 2), np.float32))
    assert state.message_score == 0.0


def test_a_message_is_centred_by_the_mean_of_the_conversations_language() -> None:
    state = ConversationState(table(), ("age", "image"), window_chars=10_000)
    means = np.array([[0.0, 1.0], [0.5, 1.0]], np.float32)  # en, nl
    state.add("ik xx ik", {})  # 'ik' is a Dutch word in this table
    assert state.language == "nl"
    state.deep_features(LetterEncoder(), means, message_model())
    # x-count 2, minus the Dutch centre 0.5: log-odds 2 * 1.5 - 3 = 0
    assert state.message_score == pytest.approx(logistic(0.0) / 3)


def test_training_gives_the_message_model_the_row_the_engine_gives_it() -> None:
    means = np.array([[0.25, 1.0], [0.5, 1.0]], np.float32)
    text = " ".join(["x"] * 8 + ["a", "b", "xx"])  # two chunks, an English chat
    state = ConversationState(table(), ("age", "image"), window_chars=10_000)
    state.add(text, {})
    assert state.language == "en"
    state.deep_features(LetterEncoder(), means, message_model())
    row = message_vectors([text], LetterEncoder(), means[0])
    assert row.tolist() == [[(8 + 2) / 2 - 0.25, 0.0]]
    assert state.message_score == pytest.approx(float(message_model().scores(row)[0]) / 3)


def test_the_message_score_never_falls_as_weaker_messages_arrive() -> None:
    state = ConversationState(table(), ("age", "image"), window_chars=10_000)
    encoder = LetterEncoder()
    means = np.zeros((2, 2), np.float32)
    seen = []
    for text in ("xxxx a b", "a b c", "a b d", "x a b"):
        state.add(text, {})
        state.deep_features(encoder, means, message_model())
        seen.append(state.message_score)
    high, low, one = logistic(2 * 4 - 3), logistic(-3), logistic(2 * 1 - 3)
    assert seen == pytest.approx(
        [high / 3, (high + low) / 3, (high + 2 * low) / 3, (high + one + low) / 3]
    )


def test_the_message_score_follows_the_language_the_conversation_turns_out_to_have() -> None:
    state = ConversationState(table(), ("age", "image"), window_chars=10_000)
    means = np.array([[0.0, 1.0], [0.5, 1.0]], np.float32)  # en, nl
    state.add("xx a b", {})  # no known word: the first language, English
    assert state.language == "en"
    state.deep_features(LetterEncoder(), means, message_model())
    assert state.message_score == pytest.approx(logistic(2 * 2 - 3) / 3)
    state.add("ik ik ik", {})  # now a Dutch chat: its first message is centred the Dutch way
    assert state.language == "nl"
    state.deep_features(LetterEncoder(), means, message_model())
    assert state.message_score == pytest.approx(
        (logistic(2 * 1.5 - 3) + logistic(2 * -0.5 - 3)) / 3
    )


def test_vectors_for_the_pending_chunks_must_match_them_one_for_one() -> None:
    state = ConversationState(table(), ("age", "image"), window_chars=10_000)
    state.add(" ".join(["x"] * 9), {})  # two chunks
    assert state.pending() == [" ".join(["x"] * 8), "x"]
    with pytest.raises(ValueError, match=r"^one vector per pending chunk is needed$"):
        state.take_vectors(np.ones((1, 2), np.float32), np.zeros((2, 2), np.float32))
    state.take_vectors(np.array([[8, 1], [1, 1]], np.float32), np.zeros((2, 2), np.float32))
    assert state.pending() == []


def test_the_language_of_a_conversation_is_the_one_its_state_would_tell() -> None:
    texts = ["hey i", "ik foto ik", "photo"]
    state = ConversationState(table(), ("age", "image"))
    for text in texts:
        state.add(text, {})
    assert conversation_language(table(), texts) == state.language_index == 1
    assert conversation_language(table(), ["unknown words"]) == 0


def test_training_centres_each_message_by_its_own_row() -> None:
    centres = np.array([[0.5, 1.0], [0.0, 0.0]], np.float32)
    rows = message_vectors(["xx a b", "x"], LetterEncoder(), centres)
    assert rows.tolist() == [[1.5, 0.0], [1.0, 1.0]]
