"""Languages and bilingual text: Dutch first, English second."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Lang(StrEnum):
    NL = "nl"
    EN = "en"


@dataclass(frozen=True, slots=True)
class LocalText:
    """A text a person reads, in Dutch (always) and English (empty when not written yet)."""

    nl: str
    en: str = ""

    def get(self, lang: Lang) -> str:
        """The text in ``lang``; Dutch when no English version exists."""
        if lang is Lang.EN and self.en:
            return self.en
        return self.nl

    def format(self, **params: object) -> LocalText:
        """Fill placeholders; a ``LocalText`` parameter gives each language its own word."""
        nl = {k: v.nl if isinstance(v, LocalText) else v for k, v in params.items()}
        en = {k: v.get(Lang.EN) if isinstance(v, LocalText) else v for k, v in params.items()}
        return LocalText(self.nl.format(**nl), self.en.format(**en))


def local(nl: str, en: str) -> LocalText:
    return LocalText(nl, en)
