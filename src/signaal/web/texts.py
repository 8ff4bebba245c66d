"""Interface text, Dutch first and English second, one catalogue for every template.

Each app keeps its own texts module (accounts/texts.py, screening/texts.py); they are merged
here and a key defined twice is an error at start-up. Tests check that every key a template
uses exists, and that every text has both languages.
"""

from __future__ import annotations

from signaal.core.i18n import LocalText as T

BASE: dict[str, T] = {
    "nav.skip": T("Naar de inhoud", "Skip to content"),
    "nav.label": T("Hoofdmenu", "Main menu"),
    "nav.quickscan": T("Quickscan", "Quickscan"),
    "nav.knowledge": T("Kennisbank", "Knowledge base"),
    "nav.help": T("Hulp en advies", "Help and advice"),
    "nav.login": T("Inloggen professionals", "Professional login"),
    "nav.clients": T("Mijn cliënten", "My clients"),
    "nav.console": T("Console", "Console"),
    "nav.registrations": T("Registraties", "Registrations"),
    "nav.stats": T("Jaarcijfers", "Yearly figures"),
    "nav.other_lang": T("English", "Nederlands"),
    "exit.button": T("Snel weg", "Quick exit"),
    "exit.hint": T(" (of druk 2× op Esc)", " (or press Esc twice)"),
    "footer.emergency": T(
        "Direct gevaar? Bel 112. Zorgen over een kind? Bel Veilig Thuis: 0800 2000 (Nederland) "
        "of Child Focus: 116 000 (België).",
        "Immediate danger? Call 112. Worried about a child? Call Veilig Thuis: 0800 2000 (the "
        "Netherlands) or Child Focus: 116 000 (Belgium).",
    ),
    "footer.quick_exit": T("Wat doet ‘Snel weg’?", "What does ‘Quick exit’ do?"),
    "error.title": T("Er ging iets mis", "Something went wrong"),
    "error.400": T("Dit verzoek klopt niet", "This request is not valid"),
    "error.403": T("Geen toegang", "No access"),
    "error.404": T("Deze pagina bestaat niet", "This page does not exist"),
    "error.500": T("Er ging iets mis aan onze kant", "Something went wrong on our side"),
    "error.csrf": T(
        "Het formulier is verlopen of kwam niet van deze site. Ga terug, laad de pagina "
        "opnieuw en probeer het nog eens.",
        "The form has expired or did not come from this site. Go back, reload the page and "
        "try again.",
    ),
    "error.home": T("Naar de startpagina", "Go to the home page"),
}


def _merge(*parts: dict[str, T]) -> dict[str, T]:
    merged: dict[str, T] = {}
    for part in parts:
        for key, value in part.items():
            if key in merged:
                raise KeyError(f"text key {key!r} is defined twice")
            merged[key] = value
    return merged


def _catalogue() -> dict[str, T]:
    from signaal.web.accounts.texts import TEXTS as ACCOUNTS
    from signaal.web.helpline.texts import TEXTS as HELPLINE
    from signaal.web.public.texts import TEXTS as PUBLIC
    from signaal.web.screening.texts import TEXTS as SCREENING
    from signaal.web.stats.texts import TEXTS as STATS

    return _merge(BASE, PUBLIC, ACCOUNTS, SCREENING, HELPLINE, STATS)


TEXTS = _catalogue()
