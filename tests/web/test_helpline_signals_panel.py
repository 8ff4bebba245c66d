"""The signals panel: the engine run on a chat, only for the assigned counsellor, audited,
with the young person's own words as examples."""

from __future__ import annotations

from datetime import timedelta

import pytest

from signaal.web.helpline import services
from signaal.web.helpline.errors import HelplinePermissionDenied
from signaal.web.helpline.models import TranscriptAccess
from signaal.web.helpline.signals_panel import engine, signals_for
from tests.web.helpline_setup import NOW, Helpline, active, make_helpline

pytestmark = pytest.mark.django_db


@pytest.fixture
def h() -> Helpline:
    return make_helpline()


def _say(h: Helpline, chat_id: object, young: list[str], counsellor: list[str]) -> None:
    started_visitor = _visitors[str(chat_id)]
    for i, text in enumerate(young):
        services.post_message(
            started_visitor,
            chat_id=str(chat_id),
            text=text,
            client_message_id=f"y{i}",
            now=NOW + timedelta(minutes=2, seconds=i),
        )
    for i, text in enumerate(counsellor):
        services.post_message(
            h.counsellor,
            chat_id=str(chat_id),
            text=text,
            client_message_id=f"c{i}",
            now=NOW + timedelta(minutes=3, seconds=i),
        )


_visitors: dict[str, services.Visitor] = {}


def _chat(h: Helpline, young: list[str], counsellor: list[str]) -> str:
    started = active(h)
    chat_id = str(started.chat.public_id)
    _visitors[chat_id] = started.visitor
    _say(h, chat_id, young, counsellor)
    return chat_id


def test_it_gives_the_frame_payload_with_the_young_persons_words(h: Helpline) -> None:
    chat_id = _chat(
        h,
        [
            "stuur je foto's? niemand mag het weten, zei hij",
            "hij zei dat ik het aan niemand mocht vertellen",
        ],
        ["hoe oud ben je?"],
    )
    found = signals_for(h.counsellor, chat_id)
    assert set(found) == {"score", "alert", "phase", "phase_label", "behaviours"}
    assert isinstance(found["score"], float)
    assert 0.0 <= found["score"] <= 1.0
    assert isinstance(found["alert"], bool)
    ids = [b["id"] for b in found["behaviours"]]
    assert {"image_request", "secrecy_isolation", "disclosure"} <= set(ids)
    # the counsellor's own question is never a signal
    assert "risk_assessment" not in ids
    image = next(b for b in found["behaviours"] if b["id"] == "image_request")
    assert image["count"] == 1
    assert set(image["label"]) == {"nl", "en"}
    assert all(image["label"].values())
    # seq 1 is the system message 'accepted'; the young person's first message is seq 2
    [example] = image["examples"]
    assert example["seq"] == 2
    assert example["text"]
    assert example["text"] in "stuur je foto's? niemand mag het weten, zei hij"
    # the furthest phase reached: image requests (sexualisation) come after secrecy
    assert found["phase"] == "sexual"
    assert found["phase_label"] == {"nl": "Seksualisering", "en": "Sexualisation"}


def test_it_finds_nothing_in_a_harmless_chat(h: Helpline) -> None:
    chat_id = _chat(h, ["ik heb ruzie met mijn moeder over mijn huiswerk"], ["wat vervelend"])
    found = signals_for(h.counsellor, chat_id)
    assert found["behaviours"] == []
    assert (found["phase"], found["phase_label"]) == (None, None)
    assert found["alert"] is False


def test_it_writes_every_read_to_the_audit_log(h: Helpline) -> None:
    chat_id = _chat(h, ["hallo"], [])
    signals_for(h.counsellor, chat_id)
    signals_for(h.counsellor, chat_id)
    assert TranscriptAccess.objects.filter(user=h.counsellor, chat__public_id=chat_id).count() == 2


@pytest.mark.parametrize("who", ["colleague", "coordinator", "professional", "admin", "outsider"])
def test_it_refuses_anyone_but_the_assigned_counsellor__error(h: Helpline, who: str) -> None:
    chat_id = _chat(h, ["hallo"], [])
    with pytest.raises(HelplinePermissionDenied):
        signals_for(getattr(h, who), chat_id)
    assert TranscriptAccess.objects.count() == 0


def test_it_refuses_the_young_person__error(h: Helpline) -> None:
    chat_id = _chat(h, ["hallo"], [])
    with pytest.raises(HelplinePermissionDenied):
        signals_for(_visitors[chat_id], chat_id)


def test_it_refuses_anonymous__error(h: Helpline) -> None:
    chat_id = _chat(h, ["hallo"], [])
    with pytest.raises(HelplinePermissionDenied, match="Log in as a counsellor first"):
        signals_for(None, chat_id)


def test_it_loads_the_engine_once() -> None:
    assert engine() is engine()
