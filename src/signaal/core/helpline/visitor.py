"""The pseudonymous visitor key, and the chat code a young person may choose to keep.

The yearly figures count *unique visitors* (DOMAIN: "Registration and yearly figures"). A
visitor is recognised only when they give back a chat code they kept; otherwise every chat
is a visitor of its own. The key is computed on the server:

    salt(year) = HMAC-SHA256(master secret, "signaal-visitor-salt:" + year)
    key        = HMAC-SHA256(salt(year), normalised chat code)          with a code
    key        = HMAC-SHA256(salt(year), 32 random bytes, then dropped)  without one

So the same code gives the same key within one year and unrelated keys across years (the
salt rotates per year), nobody can turn a key back into a code without the master secret,
and nothing about the connection (no IP address) goes in: the functions take no such input.
Whoever holds the master secret can recompute a past year's salt; keep it like a password.

A chat code is three words from a fixed list of 256 and a number from 10 to 99, such as
``appel-tijger-vos-42``: about 30 bits, enough to keep two young people's codes apart, and
easy to remember or write down. The code is not a password: it opens no transcript.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from functools import lru_cache
from importlib import resources

from signaal.core.errors import ErrorCode, SignaalError, problem

EXAMPLE_CODE = "appel-tijger-vos-42"
WORDS_IN_CODE = 3
NUMBERS = range(10, 100)
_SEPARATORS = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1)
def words() -> tuple[str, ...]:
    """The word list, in file order (shipped as data: ``chat_code_words.txt``)."""
    text = (resources.files("signaal.core.helpline") / "chat_code_words.txt").read_text(
        encoding="utf-8"
    )
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def new_chat_code() -> str:
    """A fresh random chat code, such as ``appel-tijger-vos-42``."""
    chosen = [secrets.choice(words()) for _ in range(WORDS_IN_CODE)]
    return "-".join([*chosen, str(secrets.choice(NUMBERS))])


def normalise_chat_code(text: str) -> str:
    """The code as the young person meant it: capitals, spaces and other separators do not
    matter ("Appel Tijger vos 42" is ``appel-tijger-vos-42``). A code that is not three known
    words and a number from 10 to 99 is a ``SignaalError`` (INVALID_CHAT_CODE)."""
    parts = [p for p in _SEPARATORS.split(text.strip().lower()) if p]
    known = set(words())
    ok = (
        len(parts) == WORDS_IN_CODE + 1
        and all(p in known for p in parts[:WORDS_IN_CODE])
        and parts[-1].isdigit()
        and int(parts[-1]) in NUMBERS
        and not parts[-1].startswith("0")
    )
    if not ok:
        raise SignaalError([problem(ErrorCode.INVALID_CHAT_CODE, example=EXAMPLE_CODE)])
    return "-".join(parts)


def yearly_salt(master_secret: bytes, year: int) -> bytes:
    """The salt for one calendar year, derived from the master secret."""
    if not master_secret:
        raise ValueError("the visitor master secret is empty")
    return hmac.new(master_secret, f"signaal-visitor-salt:{year}".encode(), hashlib.sha256).digest()


def visitor_key(*, master_secret: bytes, year: int, chat_code: str | None) -> str:
    """The visitor key (64 hex characters) for a chat that starts in ``year``.

    With ``chat_code`` (checked and normalised here) the key is the same for every chat of
    that year with that code; with ``None`` it is random, so the chat counts on its own.
    """
    salt = yearly_salt(master_secret, year)
    if chat_code is None:
        material = secrets.token_bytes(32)
    else:
        material = normalise_chat_code(chat_code).encode("ascii")
    return hmac.new(salt, material, hashlib.sha256).hexdigest()
