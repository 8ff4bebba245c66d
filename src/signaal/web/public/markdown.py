"""Knowledge-base Markdown to safe HTML: no raw HTML, kb: and ref: links become site links."""

from __future__ import annotations

from functools import lru_cache

from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt
from markdown_it.token import Token

_MD = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})


def _rewrite(tokens: list[Token]) -> None:
    for token in tokens:
        if token.children:
            _rewrite(token.children)
        if token.type != "link_open":
            continue
        href = str(token.attrGet("href") or "")
        kind, _, rest = href.partition(":")
        target, _, anchor = rest.partition("#")
        if kind == "kb":
            url = reverse("public:article", kwargs={"slug": target})
            token.attrSet("href", f"{url}#{anchor}" if anchor else url)
        elif kind == "ref":
            token.attrSet("href", f"{reverse('public:referrals')}#{target}")


@lru_cache(maxsize=256)
def _render(body: str, lang: str) -> str:  # lang keys the cache: URLs differ per language
    tokens = _MD.parse(body)
    # the article's own title is the page heading, so the body's first H1 is dropped
    if len(tokens) >= 3 and tokens[0].type == "heading_open" and tokens[0].tag == "h1":
        tokens = tokens[3:]
    _rewrite(tokens)
    return str(_MD.renderer.render(tokens, _MD.options, {}))


def render(body: str, lang: str) -> SafeString:
    # html is off, so markdown-it escapes every tag in the text itself
    return mark_safe(_render(body, lang))  # noqa: S308 - escaped by markdown-it (html off)
