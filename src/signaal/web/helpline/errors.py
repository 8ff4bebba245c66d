"""What the help chat services raise. Every message is Dutch and English (``render``);
``str()`` gives English, for logs that must never hold chat content anyway."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from django.core.exceptions import PermissionDenied

from signaal.core.errors import Problem
from signaal.core.i18n import Lang, LocalText
from signaal.web.accounts.services import FieldErrors, FieldProblem


class HelplineError(FieldErrors):
    """A request that cannot be done as asked, one problem per field (or ``chat`` for the
    state of the chat)."""


def fail(field: str, nl: str, en: str) -> HelplineError:
    return HelplineError([FieldProblem(field, LocalText(nl, en))])


class HelplineClosed(HelplineError):
    """No chat can start now: outside opening hours, or no counsellor is available.
    ``reason`` is ``closed`` or ``no_counsellor``; ``next_opening`` is None when unknown."""

    def __init__(self, reason: str, next_opening: datetime | None, message: LocalText) -> None:
        self.reason = reason
        self.next_opening = next_opening
        super().__init__([FieldProblem("chat", message)])


class RegistrationInvalid(HelplineError):
    """The registration's answers do not fit the form; ``form_problems`` are the core's
    problems, each naming its field (``Problem.item``)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.form_problems = tuple(problems)
        super().__init__([FieldProblem(p.item or "answers", p.message) for p in problems])


class HelplinePermissionDenied(PermissionDenied):
    """The actor may not do this. A subclass of Django's PermissionDenied, so a view that
    lets it through answers 403."""

    def __init__(self, reason: LocalText) -> None:
        self.reason = reason
        super().__init__(reason.en)

    def render(self, lang: Lang = Lang.NL) -> str:
        return self.reason.get(lang)
