"""Error pages: plain, bilingual, never a traceback or a detail that could hold data."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string


def _error(request: HttpRequest, status: int) -> HttpResponse:
    html = render_to_string("signaal/error.html", {"status": status}, request=request)
    return HttpResponse(html, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 400)


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 403)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _error(request, 404)


def server_error(request: HttpRequest) -> HttpResponse:
    return _error(request, 500)


def bad_request_page(request: HttpRequest, detail: str) -> HttpResponse:
    """400 with a message that names the field; never a traceback."""
    html = render_to_string(
        "signaal/error.html", {"status": 400, "detail": detail}, request=request
    )
    return HttpResponse(html, status=400)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    html = render_to_string("signaal/error.html", {"status": 403, "csrf": True}, request=request)
    return HttpResponse(html, status=403)
