"""Time-based codes: the accepted window, one use per code, the QR code as inline SVG."""

from __future__ import annotations

import datetime as dt
import re

import pyotp
import pytest

from signaal.web.accounts import totp
from signaal.web.accounts.models import User

pytestmark = pytest.mark.django_db

NOW = 1_700_000_010.0  # 10 s into a 30-second step
STEP = int(NOW) // 30


def code_at(user: User, seconds: float) -> str:
    assert user.totp_secret is not None
    return totp.current_code(user.totp_secret, at=seconds)


def test_it_accepts_the_current_code_and_stores_its_step(professional: User) -> None:
    assert totp.verify(professional, code_at(professional, NOW), now=NOW)

    professional.refresh_from_db()
    assert professional.last_totp_step == STEP


@pytest.mark.parametrize("offset", [-30, 30])
def test_it_accepts_a_code_one_step_off(professional: User, offset: int) -> None:
    assert totp.verify(professional, code_at(professional, NOW + offset), now=NOW)


@pytest.mark.parametrize("offset", [-60, 60, -3600])
def test_it_refuses_a_code_two_steps_off__error(professional: User, offset: int) -> None:
    assert not totp.verify(professional, code_at(professional, NOW + offset), now=NOW)

    professional.refresh_from_db()
    assert professional.last_totp_step == 0


def test_it_refuses_a_code_used_before__error(professional: User) -> None:
    code = code_at(professional, NOW)
    assert totp.verify(professional, code, now=NOW)

    assert not totp.verify(professional, code, now=NOW + 5)


def test_it_refuses_an_older_code_after_a_newer_one__error(professional: User) -> None:
    assert totp.verify(professional, code_at(professional, NOW + 30), now=NOW)

    assert not totp.verify(professional, code_at(professional, NOW), now=NOW)


def test_it_refuses_a_reused_code_from_another_copy_of_the_user__error(
    professional: User,
) -> None:
    # two requests racing: both loaded the account before either stored the step
    other_copy = User.objects.get(pk=professional.pk)
    code = code_at(professional, NOW)

    assert totp.verify(professional, code, now=NOW)
    assert not totp.verify(other_copy, code, now=NOW)


@pytest.mark.parametrize("code", ["", "12345", "1234567", "abcdef", "１２３４５６"])
def test_it_refuses_a_malformed_code__error(professional: User, code: str) -> None:
    assert not totp.verify(professional, code, now=NOW)


def test_it_refuses_any_code_without_a_secret__error(newcomer: User) -> None:
    assert not totp.verify(newcomer, "123456", now=NOW)


def test_it_refuses_a_provisioning_uri_without_a_secret__error(newcomer: User) -> None:
    with pytest.raises(ValueError, match=r"^nieuw@example\.test has no TOTP secret to enrol$"):
        totp.provisioning_uri(newcomer)


def test_it_makes_a_new_secret_of_160_bits() -> None:
    first, second = totp.new_secret(), totp.new_secret()

    assert first != second
    assert re.fullmatch(r"[A-Z2-7]{32}", first)


def test_it_groups_the_secret_by_four() -> None:
    assert totp.grouped("ABCDEFGHIJKLMNOPQR") == "ABCD EFGH IJKL MNOP QR"


def test_it_draws_the_qr_code_without_inline_style() -> None:
    svg = totp.qr_svg("otpauth://totp/Signaal:a%40b.test?secret=JBSWY3DPEHPK3PXP", title="QR <&>")

    assert svg.startswith('<svg viewBox="0 0 ')
    assert 'class="qr-code"' in svg
    assert "<title>QR &lt;&amp;&gt;</title>" in svg
    assert "style" not in svg
    assert not re.search(r"\s(width|height)=", svg)
    assert "<?xml" not in svg
    assert "<script" not in svg


def test_it_makes_the_same_codes_as_a_standard_app(professional: User) -> None:
    assert professional.totp_secret is not None
    reference = pyotp.TOTP(professional.totp_secret)

    # pyotp's own at() with an aware datetime avoids the local-time round trip
    for seconds in (NOW, NOW + 30, 1_698_541_200.0):  # the last: DST ended in NL that night
        moment = dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
        assert totp.current_code(professional.totp_secret, at=seconds) == reference.at(moment)


def test_it_accepts_codes_in_the_hour_that_repeats_when_dst_ends(professional: User) -> None:
    # 29 October 2023, 02:30 CET: the second time the clocks in the Netherlands showed 02:30
    moment = 1_698_543_000.0

    assert totp.verify(professional, code_at(professional, moment), now=moment)
