"""The password step of logging in, without saying whether an e-mail address exists.

An unknown address, an inactive account and a wrong password give the same answer and
take about the same time: the password is hashed in every case.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from django.contrib.auth.hashers import check_password as check_hash
from django.contrib.auth.hashers import make_password

from signaal.web.accounts import lockout
from signaal.web.accounts.models import User, normalise_email


@dataclass(frozen=True, slots=True)
class PasswordCheck:
    """The user when the password was right and the account may go on to the second
    factor; otherwise the minutes of a lockout, or neither (the generic failure)."""

    user: User | None = None
    locked_minutes: int = 0


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    # made once with the configured hasher, so checking it costs what a real check costs
    return make_password("signaal-no-such-account")


def check_password(*, email: str, password: str) -> PasswordCheck:
    user = User.objects.filter(email=normalise_email(email)).first()
    if user is None or not user.is_active:
        check_hash(password, _dummy_hash())
        return PasswordCheck()
    locked = lockout.minutes_left(user)
    if locked:
        # no guessing while locked: the answer is the lock, whatever the password
        check_hash(password, _dummy_hash())
        return PasswordCheck(locked_minutes=locked)
    if user.has_usable_password():
        right = user.check_password(password)
    else:
        # an account without a password yet: hash anyway, and it counts as a failure
        right = check_hash(password, _dummy_hash()) and False
    if not right:
        return PasswordCheck(locked_minutes=lockout.record_failure(user))
    return PasswordCheck(user=user)
