"""Public pages: no account, no cookie until the visitor acts, nothing stored."""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from signaal.core.knowledge.loader import knowledge_base
from signaal.core.knowledge.model import ArticleAudience, Country, Topic
from signaal.web.public.markdown import render as render_markdown
from signaal.web.templatetags.signaal import current_lang


def home(request: HttpRequest) -> HttpResponse:
    kb = knowledge_base()
    lang = current_lang()
    themes = [
        a
        for a in kb.article_list(lang)
        if a.audience is not ArticleAudience.PROFESSIONAL and a.topic is not Topic.AREA
    ]
    return render(request, "signaal/public/home.html", {"themes": themes})


def articles(request: HttpRequest) -> HttpResponse:
    kb = knowledge_base()
    listed = kb.article_list(current_lang())
    groups = [
        ("kb.group.themes", [a for a in listed if a.topic is not Topic.AREA]),
        ("kb.group.areas", [a for a in listed if a.topic is Topic.AREA]),
    ]
    return render(request, "signaal/public/articles.html", {"groups": groups})


def article(request: HttpRequest, slug: str) -> HttpResponse:
    kb = knowledge_base()
    if slug not in kb.articles:
        raise Http404
    lang = current_lang()
    found = kb.article(slug, lang)
    related = [kb.article(r, lang) for r in found.related if r in kb.articles]
    referrals = [kb.referrals[r] for r in found.referrals if r in kb.referrals]
    return render(
        request,
        "signaal/public/article.html",
        {
            "article": found,
            "body": render_markdown(found.body, lang.value),
            "translated": found.lang is lang,
            "related": related,
            "referrals": referrals,
        },
    )


def referrals(request: HttpRequest) -> HttpResponse:
    raw = request.GET.get("land", "")
    country = Country(raw) if raw in ("NL", "BE") else None
    return render(
        request,
        "signaal/public/referrals.html",
        {
            "referrals": knowledge_base().referral_list(country),
            "country": country.value if country else "",
        },
    )


def quick_exit_info(request: HttpRequest) -> HttpResponse:
    return render(request, "signaal/public/quick_exit.html")


EXIT_HEADERS = {
    # the browser drops this site's cookies, storage and cache (not the history: see the page)
    "Clear-Site-Data": '"cache", "cookies", "storage"',
    "Cache-Control": "no-store",
}


@csrf_exempt  # it only ends the visitor's own session; a forged request can do no harm
@require_http_methods(["GET", "POST"])
def quick_exit(request: HttpRequest) -> HttpResponse:
    """End the session now: on the server, in the browser, then leave for a neutral site."""
    request.session.flush()
    response: HttpResponse
    if request.method == "POST":  # the script's beacon; the script navigates itself
        response = HttpResponse(status=204)
    else:
        response = HttpResponseRedirect(settings.QUICK_EXIT_URL)
    for name in (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME):
        response.delete_cookie(name, samesite="Strict")
    for header, value in EXIT_HEADERS.items():
        response.headers[header] = value
    return response
