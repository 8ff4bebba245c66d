"""Template context for every page: language, the other language's URL, quick exit."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest
from django.urls import translate_url
from django.utils import translation


def site(request: HttpRequest) -> dict[str, object]:
    lang = translation.get_language() or "nl"
    other = "en" if lang == "nl" else "nl"
    return {
        "lang": lang,
        "other_lang": other,
        "other_lang_url": translate_url(request.get_full_path(), other),
        "quick_exit_url": settings.QUICK_EXIT_URL,
    }
