"""PDF documents with WeasyPrint, from a template and the package's own print stylesheet.

WeasyPrint may fetch nothing from the network: every URL other than our own stylesheet is
refused, so a report can never leak a request to a third party.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string

STYLESHEET = Path(__file__).resolve().parent / "static" / "signaal" / "print.css"


def _no_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    raise ValueError(f"fetching {url[:40]} is not allowed in a report")


def render_pdf(template: str, context: dict[str, Any], request: HttpRequest | None = None) -> bytes:
    from weasyprint import CSS, HTML  # heavy import: only when a PDF is asked for

    html = render_to_string(template, context, request=request)
    document = HTML(string=html, url_fetcher=_no_fetch, base_url=None)
    return bytes(document.write_pdf(stylesheets=[CSS(filename=str(STYLESHEET))]))


def pdf_response(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
