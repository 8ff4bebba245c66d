"""Template tags: ``{% t "key" %}`` for interface text, ``|local`` for bilingual data."""

from __future__ import annotations

from django import template
from django.utils import translation

from signaal.core.i18n import Lang, LocalText
from signaal.web.texts import TEXTS

register = template.Library()


def current_lang() -> Lang:
    return Lang.EN if (translation.get_language() or "nl").startswith("en") else Lang.NL


@register.simple_tag
def t(key: str, **params: object) -> str:
    """Interface text in the active language; an unknown key is a bug, so it fails loudly."""
    text = TEXTS[key].get(current_lang())
    return text.format(**params) if params else text


@register.filter
def local(value: LocalText | None) -> str:
    return value.get(current_lang()) if value is not None else ""


@register.simple_tag
def profile_name(value: str | None) -> str:
    from signaal.core.screening.labels import PROFILE
    from signaal.core.screening.model import Profile

    return PROFILE[Profile(value)].get(current_lang()) if value else ""


@register.simple_tag
def profile_label(screening: object) -> str:
    result = getattr(screening, "result", None) or {}
    return profile_name(result.get("nl", {}).get("profile"))


@register.simple_tag
def level_label(value: str | None) -> str:
    from signaal.core.screening.labels import LEVEL
    from signaal.core.screening.model import Level

    return LEVEL[Level(value)].get(current_lang()) if value else ""
