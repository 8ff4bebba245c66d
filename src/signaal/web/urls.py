"""URLs. Dutch at /, English under /en/ (no cookie needed to keep the language)."""

from __future__ import annotations

from django.conf.urls.i18n import i18n_patterns
from django.urls import URLPattern, URLResolver, include, path

from signaal.web.public import views as public_views

urlpatterns: list[URLPattern | URLResolver] = [
    # quick exit works in every language and without a language prefix
    path("exit/", public_views.quick_exit, name="quick-exit"),
]
urlpatterns += i18n_patterns(
    path("", include("signaal.web.public.urls")),
    path("", include("signaal.web.accounts.urls")),
    path("", include("signaal.web.screening.urls")),
    path("", include("signaal.web.stats.urls")),
    path("", include("signaal.web.helpline.urls_young")),
    path("", include("signaal.web.helpline.urls_console")),
    prefix_default_language=False,
)

handler400 = "signaal.web.views.bad_request"
handler403 = "signaal.web.views.forbidden"
handler404 = "signaal.web.views.not_found"
handler500 = "signaal.web.views.server_error"
