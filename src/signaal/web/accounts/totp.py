"""Time-based one-time codes (RFC 6238): 30-second steps, 6 digits, one step of clock drift.

A code is accepted once: the accepted time step is stored and a code from that step or an
earlier one is refused, so a code read over someone's shoulder cannot be replayed.
"""

from __future__ import annotations

import time

import pyotp
import segno
from pyotp.utils import strings_equal

from signaal.web.accounts.models import User

STEP_SECONDS = 30
DIGITS = 6
VALID_WINDOW = 1  # one step either side, for phones whose clock is a little off
ISSUER = "Signaal"


def new_secret() -> str:
    """A fresh random secret of 160 bits (32 base32 characters), as RFC 4226 recommends."""
    return pyotp.random_base32(length=32)


def _totp(secret: str) -> pyotp.TOTP:
    return pyotp.TOTP(secret, digits=DIGITS, interval=STEP_SECONDS, issuer=ISSUER)


# Codes are made from the step number with generate_otp, not with TOTP.at/now: those turn
# the time into a naive local datetime and back (Django sets the process time zone to
# Europe/Amsterdam), which leaves the hour that repeats when daylight saving time ends to
# the C library. Plain integer steps leave nothing to chance.


def _step(seconds: float) -> int:
    return int(seconds) // STEP_SECONDS


def current_code(secret: str, *, at: float | None = None) -> str:
    return _totp(secret).generate_otp(_step(time.time() if at is None else at))


def _matching_step(secret: str, code: str, *, now: float) -> int | None:
    totp = _totp(secret)
    here = _step(now)
    found: int | None = None
    # compare every step in the window, so the time taken does not tell which one matched
    for step in range(here - VALID_WINDOW, here + VALID_WINDOW + 1):
        if strings_equal(totp.generate_otp(step), code):
            found = step
    return found


def clean_code(code: str) -> str:
    """The code without the spaces and dashes that apps show for readability."""
    return code.replace(" ", "").replace("-", "").strip()


def verify(user: User, code: str, *, now: float | None = None) -> bool:
    """Whether ``code`` is a current code for ``user`` that was not used before.

    On success the time step is stored at once, with a conditional update, so that two
    requests racing with the same code cannot both succeed.
    """
    code = clean_code(code)
    if not user.totp_secret or len(code) != DIGITS or not code.isdigit():
        return False
    step = _matching_step(user.totp_secret, code, now=time.time() if now is None else now)
    if step is None or step <= user.last_totp_step:
        return False
    claimed = User.objects.filter(pk=user.pk, last_totp_step__lt=step).update(last_totp_step=step)
    if not claimed:
        return False
    user.last_totp_step = step
    return True


def provisioning_uri(user: User) -> str:
    """The otpauth:// URI an authenticator app reads from the QR code."""
    if not user.totp_secret:
        raise ValueError(f"{user.email} has no TOTP secret to enrol")
    return _totp(user.totp_secret).provisioning_uri(name=user.email, issuer_name=ISSUER)


def qr_svg(uri: str, *, title: str = "QR") -> str:
    """Inline SVG of a QR code for ``uri``.

    No size attributes and no style (the CSP forbids inline styles): the stylesheet sizes
    ``.qr svg``. The white background and quiet zone are drawn, so the code also scans on
    a dark page.
    """
    qr = segno.make(uri, error="m")
    svg: str = qr.svg_inline(
        scale=4, omitsize=True, svgclass="qr-code", lineclass=None, light="#fff", title=title
    )
    return svg


def grouped(secret: str) -> str:
    """The secret in groups of four, easier to type over from the screen."""
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
