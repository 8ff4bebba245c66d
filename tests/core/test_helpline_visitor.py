"""The pseudonymous visitor key and the chat code: same code and year give the same key,
another year an unrelated one, no code a fresh one; nothing about the connection goes in."""

from __future__ import annotations

import hashlib
import hmac
import inspect
import re

import pytest

from signaal.core.errors import ErrorCode, SignaalError
from signaal.core.helpline import visitor
from signaal.core.helpline.visitor import (
    new_chat_code,
    normalise_chat_code,
    visitor_key,
    words,
    yearly_salt,
)
from signaal.core.i18n import Lang

SECRET = b"test-master-secret"
CODE = "appel-tijger-vos-42"
HEX64 = re.compile(r"^[0-9a-f]{64}$")


def test_it_gives_the_same_key_for_the_same_code_in_the_same_year() -> None:
    first = visitor_key(master_secret=SECRET, year=2026, chat_code=CODE)
    again = visitor_key(master_secret=SECRET, year=2026, chat_code=CODE)
    assert first == again
    assert HEX64.match(first)


def test_it_gives_another_key_for_the_same_code_in_another_year() -> None:
    keys = {visitor_key(master_secret=SECRET, year=y, chat_code=CODE) for y in (2025, 2026, 2027)}
    assert len(keys) == 3


def test_it_derives_the_key_from_the_yearly_salt_as_documented() -> None:
    salt = hmac.new(SECRET, b"signaal-visitor-salt:2026", hashlib.sha256).digest()
    assert yearly_salt(SECRET, 2026) == salt
    expected = hmac.new(salt, CODE.encode(), hashlib.sha256).hexdigest()
    assert visitor_key(master_secret=SECRET, year=2026, chat_code=CODE) == expected


def test_it_rotates_the_salt_every_year() -> None:
    salts = [yearly_salt(SECRET, year) for year in range(2020, 2030)]
    assert len(set(salts)) == 10
    assert yearly_salt(SECRET, 2026) != yearly_salt(b"another-secret", 2026)


def test_it_gives_another_key_for_another_code_or_another_secret() -> None:
    base = visitor_key(master_secret=SECRET, year=2026, chat_code=CODE)
    assert visitor_key(master_secret=SECRET, year=2026, chat_code="appel-tijger-vos-43") != base
    assert visitor_key(master_secret=b"other", year=2026, chat_code=CODE) != base


def test_it_gives_a_fresh_key_to_every_chat_without_a_code() -> None:
    keys = {visitor_key(master_secret=SECRET, year=2026, chat_code=None) for _ in range(50)}
    assert len(keys) == 50
    assert all(HEX64.match(k) for k in keys)


def test_it_reads_a_code_the_way_the_young_person_typed_it() -> None:
    typed = visitor_key(master_secret=SECRET, year=2026, chat_code="  Appel Tijger_VOS 42 ")
    assert typed == visitor_key(master_secret=SECRET, year=2026, chat_code=CODE)
    assert normalise_chat_code("APPEL.tijger / vos - 42") == CODE


def test_it_takes_nothing_about_the_connection() -> None:
    # the key can only come from the code, the year and the server's secret: there is no
    # parameter through which an IP address (or any request detail) could enter
    assert list(inspect.signature(visitor_key).parameters) == ["master_secret", "year", "chat_code"]
    source = inspect.getsource(visitor).lower()
    assert "remote_addr" not in source
    assert "ip_address" not in source


def test_it_refuses_an_empty_master_secret__error() -> None:
    with pytest.raises(ValueError, match="the visitor master secret is empty"):
        visitor_key(master_secret=b"", year=2026, chat_code=None)


@pytest.mark.parametrize(
    "code",
    [
        "",
        "appel-tijger-42",  # two words
        "appel-tijger-vos-vis-42",  # four words
        "appel-tijger-vos",  # no number
        "appel-tijger-vos-9",  # number below 10
        "appel-tijger-vos-100",
        "appel-tijger-vos-042",
        "appel-tijger-kat-hond",
        "appel-tijger-xyzzy-42",  # not a word from the list
        "192.168.1.20",
    ],
)
def test_it_refuses_a_code_that_is_not_three_known_words_and_a_number__error(code: str) -> None:
    with pytest.raises(SignaalError) as caught:
        normalise_chat_code(code)
    assert caught.value.code is ErrorCode.INVALID_CHAT_CODE
    assert caught.value.render(Lang.EN) == (
        "this chat code is not right. A chat code is three words and a number, such as "
        "'appel-tijger-vos-42'."
    )
    assert caught.value.render(Lang.NL) == (
        "deze chatcode klopt niet. Een chatcode is drie woorden en een getal, zoals "
        "'appel-tijger-vos-42'."
    )


def test_it_makes_new_codes_it_accepts_again() -> None:
    codes = {new_chat_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert normalise_chat_code(code) == code
        *chosen, number = code.split("-")
        assert len(chosen) == 3
        assert all(w in words() for w in chosen)
        assert 10 <= int(number) <= 99


def test_it_keeps_the_word_list_as_it_was_shipped() -> None:
    # a young person may keep a code made with these words: removing or changing one would
    # make their code invalid. Adding words changes this hash on purpose: update it then.
    listed = words()
    assert len(listed) == 256
    assert len(set(listed)) == 256
    assert all(re.fullmatch(r"[a-z]{3,9}", w) for w in listed)
    digest = hashlib.sha256("\n".join(listed).encode()).hexdigest()
    assert digest == "0a52edb1dee605013b028cd23e9794a9e5629ee673e408a0cdbc9c4cec844d83"
