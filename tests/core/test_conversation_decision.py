"""The decision rule that combines the behaviours found with the trained model."""

from __future__ import annotations

import itertools

import pytest

from signaal.core.conversations.decision import (
    ALERT,
    CORROBORATED,
    EVIDENCE_ALERT,
    EVIDENCE_CONFIRMED,
    MESSAGE_CONFIRMS,
    MESSAGE_CORROBORATED,
    WINDOW_CEILING,
    backing,
    combined,
    conversation_score,
    evidence,
    evidences,
    needed,
    person_evidence,
    stretch,
)


def test_evidence_is_weight_times_hits_with_at_most_three_hits_per_behaviour() -> None:
    assert evidence([1, 0, 5], [1, 2, 3]) == 1 * 1 + 0 * 2 + 3 * 3


def test_evidence_needs_one_weight_per_behaviour() -> None:
    with pytest.raises(ValueError, match="one weight per behaviour is needed"):
        evidence([1, 2], [1])


# three behaviours in this order: weight 2, weight 2, and a shared one (a disclosure), 2
WEIGHTS = [2, 2, 2]
SHARED = [False, False, True]


def test_the_evidence_is_that_of_the_one_person_who_shows_the_most() -> None:
    assert person_evidence({"a": [1, 1, 0], "b": [0, 0, 0]}, WEIGHTS, SHARED) == 4
    # the same two behaviours, one from each of two friends: neither shows both
    assert person_evidence({"a": [1, 0, 0], "b": [0, 1, 0]}, WEIGHTS, SHARED) == 2


def test_a_disclosure_counts_for_every_person_in_the_chat() -> None:
    # the young person tells (b's disclosure), the adult asks (a's behaviour)
    assert person_evidence({"a": [1, 0, 0], "b": [0, 0, 1]}, WEIGHTS, SHARED) == 4
    # disclosures of two people add up, at most three hits counted
    assert person_evidence({"a": [0, 0, 2], "b": [0, 0, 2]}, WEIGHTS, SHARED) == 6


def test_evidences_gives_each_persons_own_evidence_with_the_disclosures_of_all() -> None:
    by_author = {"a": [1, 0, 0], "b": [0, 1, 1], "c": [0, 0, 0]}
    assert evidences(by_author, WEIGHTS, SHARED) == {"a": 4, "b": 4, "c": 2}
    assert evidences({}, WEIGHTS, SHARED) == {}


def test_a_chat_without_named_authors_is_one_person() -> None:
    assert person_evidence({"": [1, 5, 1]}, WEIGHTS, SHARED) == evidence([1, 5, 1], WEIGHTS)
    assert person_evidence({}, WEIGHTS, SHARED) == 0


def test_person_evidence_needs_one_weight_and_one_share_per_behaviour() -> None:
    with pytest.raises(ValueError, match="one weight per behaviour is needed"):
        person_evidence({"a": [1, 0, 0]}, WEIGHTS, [False])
    with pytest.raises(ValueError, match="one weight per behaviour is needed"):
        person_evidence({"a": [1, 0]}, WEIGHTS, SHARED)


def test_behaviours_alone_alert_from_the_evidence_threshold() -> None:
    assert (EVIDENCE_CONFIRMED, EVIDENCE_ALERT) == (3, 5)
    assert combined(0.0, EVIDENCE_ALERT) == ALERT
    assert combined(0.0, EVIDENCE_ALERT - 1) < ALERT
    assert combined(0.0, 3) == pytest.approx(0.375)
    assert combined(0.0, 15) == pytest.approx(0.75)


def test_the_message_score_a_person_needs_falls_once_their_evidence_reaches_three() -> None:
    assert (MESSAGE_CORROBORATED, MESSAGE_CONFIRMS) == (0.9, 0.5)
    assert [needed(e) for e in range(7)] == [0.9, 0.9, 0.9, 0.5, 0.5, 0.5, 0.5]
    assert backing(0.0, MESSAGE_CONFIRMS, EVIDENCE_CONFIRMED) == pytest.approx(CORROBORATED)
    assert combined(backing(0.0, 0.5, 3), 3) == pytest.approx(ALERT)
    assert combined(backing(0.0, 0.49, 3), 3) < ALERT
    assert combined(backing(0.0, 0.49, 4), 4) < ALERT
    assert combined(backing(0.0, 0.5, 2), 2) < ALERT
    assert combined(backing(0.0, 0.9, 2), 2) == pytest.approx(ALERT)


def test_three_rules_alert_and_nothing_else() -> None:
    """evidence 5; evidence 3 with a message score of 0.5; evidence 1 with one of 0.9."""
    for found in range(0, 9):
        for m in range(0, 101):
            message = m / 100
            score = combined(backing(0.0, message, found), found)
            rule = found >= 5 or (found >= 3 and message >= 0.5) or (found >= 1 and message >= 0.9)
            assert (score >= ALERT) == rule, (found, message)


def test_the_conversation_score_is_the_highest_persons_and_pairs_evidence_with_own_messages() -> (
    None
):
    # Anna's evidence 3 is not confirmed by Bram's messages, only by her own
    assert conversation_score(0.0, {"Anna": 3, "Bram": 1}, {"Bram": 0.8}) < ALERT
    assert conversation_score(0.0, {"Anna": 3, "Bram": 1}, {"Anna": 0.6}) == pytest.approx(0.6)
    assert conversation_score(0.0, {"Anna": 3, "Bram": 1}, {"Bram": 0.95}) >= ALERT
    assert conversation_score(0.0, {"Anna": 5}, {}) == ALERT
    assert conversation_score(0.0, {"Anna": 3}, {}) == pytest.approx(0.375)


def test_without_evidence_the_conversation_score_is_the_quiet_window_score() -> None:
    assert conversation_score(1.0, {}, {"Anna": 1.0}) == pytest.approx(0.45 * 0.01)
    assert conversation_score(0.0, {}, {}) == 0.0


def test_a_model_score_of_one_half_alerts_once_one_behaviour_is_found() -> None:
    assert combined(0.5, 1) == ALERT
    assert combined(0.49, 1) < ALERT
    assert combined(1.0, 1) == 1.0


def test_the_model_alone_never_alerts() -> None:
    assert combined(1.0, 0) == pytest.approx(0.01)
    assert combined(0.2, 0) == pytest.approx(0.002)
    assert combined(0.0, 0) == 0.0


def test_the_score_never_falls_when_the_model_score_or_the_evidence_rises() -> None:
    models = [i / 100 for i in range(101)]
    for found in range(12):
        row = [combined(m, found) for m in models]
        assert row == sorted(row)
        assert all(0.0 <= s <= 1.0 for s in row)
    for m, found in itertools.product(models, range(11)):
        assert combined(m, found) <= combined(m, found + 1)


def test_scores_outside_their_range_are_refused() -> None:
    with pytest.raises(ValueError, match="a model score lies between 0 and 1"):
        combined(1.5, 0)
    with pytest.raises(ValueError, match="evidence is not negative"):
        combined(0.5, -1)


def test_stretch_takes_zero_the_cut_and_one_to_zero_alert_and_one() -> None:
    assert [stretch(x, 0.8) for x in (0.0, 0.8, 1.0)] == [0.0, ALERT, 1.0]
    assert stretch(0.4, 0.8) == pytest.approx(0.25)
    assert stretch(1.0, 1.0) == 1.0


def test_the_message_score_backs_a_behaviour_from_its_own_threshold() -> None:
    assert backing(0.0, MESSAGE_CORROBORATED) == pytest.approx(CORROBORATED)
    assert combined(backing(0.0, MESSAGE_CORROBORATED), 1) == pytest.approx(ALERT)
    assert combined(backing(0.0, MESSAGE_CORROBORATED - 0.01), 1) < ALERT
    assert backing(0.0, 1.0) == 1.0
    assert backing(0.0, 0.0) == 0.0
    assert backing(0.0, MESSAGE_CORROBORATED / 2) == pytest.approx(CORROBORATED / 2)


def test_backing_takes_the_higher_of_the_scaled_window_and_the_message_score() -> None:
    assert WINDOW_CEILING == 0.45
    assert backing(0.7, 0.1) == pytest.approx(0.7 * 0.45)
    assert backing(0.1, 1.0) == 1.0
    rows = [backing(w / 20, m / 20) for w in range(21) for m in range(21)]
    assert all(0.0 <= r <= 1.0 for r in rows)
    for w in range(21):
        row = [backing(w / 20, m / 20) for m in range(21)]
        assert row == sorted(row)


def test_the_message_score_alone_never_alerts() -> None:
    assert combined(backing(0.0, 1.0), 0) == pytest.approx(0.01)


@pytest.mark.parametrize(("window", "message"), [(1.5, 0.0), (0.0, -0.1), (0.2, 1.01)])
def test_backing_refuses_scores_outside_their_range(window: float, message: float) -> None:
    with pytest.raises(ValueError, match="a model score lies between 0 and 1"):
        backing(window, message)


def test_the_window_score_alone_never_backs_a_behaviour() -> None:
    assert backing(1.0, 0.0) == pytest.approx(WINDOW_CEILING)
    assert backing(1.0, 0.0) < CORROBORATED
    assert combined(backing(1.0, 0.0), 2) == pytest.approx(0.45)
    assert combined(backing(1.0, 0.0), 2) < ALERT
    assert combined(backing(1.0, 0.0, 4), 4) < ALERT
    assert combined(backing(1.0, MESSAGE_CORROBORATED), 1) == pytest.approx(ALERT)
