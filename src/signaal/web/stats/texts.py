"""Texts of the statistics pages and the yearly report (Dutch first, English second). The
names of the figures come from the core (``signaal.core.stats.report.FIGURES``), as in the
command line's table."""

from __future__ import annotations

from signaal.core.i18n import LocalText as T

TEXTS: dict[str, T] = {
    "stats.heading": T("Jaarcijfers {year}", "Yearly figures {year}"),
    "stats.lead": T(
        "De cijfers van het jaar uit de registraties van de hulpchat en de geïmporteerde "
        "registraties. Alleen voor coördinatoren: deze pagina toont ook kleine aantallen. "
        "Publiceer alleen de downloads.",
        "The year's figures from the help chat's registrations and the imported ones. For "
        "coordinators only: this page also shows small numbers. Publish only the downloads.",
    ),
    "stats.year": T("Jaar", "Year"),
    "stats.show": T("Toon", "Show"),
    "stats.bad_year": T(
        "Kies een jaar van 2000 tot en met 2100.", "Choose a year from 2000 to 2100."
    ),
    "stats.people": T("Bezoekers en slachtoffers", "Visitors and victims"),
    "stats.visitors": T("Unieke bezoekers", "Unique visitors"),
    "stats.victims": T("Slachtoffers", "Victims"),
    "stats.youngest": T("Jongste leeftijd", "Youngest age"),
    "stats.none": T("onbekend", "unknown"),
    "stats.figures": T("Cijfers over de slachtoffers", "Figures about the victims"),
    "stats.figure": T("Cijfer", "Figure"),
    "stats.count": T("Aantal", "Count"),
    "stats.n": T("Van (n)", "Of (n)"),
    "stats.pct": T("Percentage", "Percentage"),
    "stats.previous_pct": T("Percentage {year}", "Percentage {year}"),
    "stats.change": T("Verschil (procentpunt)", "Change (percentage points)"),
    "stats.this_year": T("Dit jaar ({year})", "This year ({year})"),
    "stats.last_year": T("Vorig jaar ({year})", "Last year ({year})"),
    "stats.n_note": T(
        "n is het aantal slachtoffers van wie het bekend is; ‘onbekend’ telt niet mee. Een "
        "bezoeker telt als die in het jaar minstens één inhoudelijk contact over mensenhandel "
        "had; bij meer contacten geldt per vraag het laatste bekende antwoord.",
        "n is the number of victims of whom it is known; ‘unknown’ does not count. A visitor "
        "counts when they had at least one substantive contact about human trafficking in "
        "the year; with more contacts, each question takes the latest known answer.",
    ),
    "stats.chart_pct": T("Percentages, dit jaar en vorig jaar", "Percentages, this year and last"),
    "stats.chart_pct_desc": T(
        "Staafdiagram met per cijfer het percentage van dit jaar en van vorig jaar. De tabel "
        "hierboven geeft dezelfde cijfers.",
        "Bar chart with each figure's percentage this year and last year. The table above "
        "gives the same figures.",
    ),
    "stats.chart_people": T(
        "Bezoekers en slachtoffers, dit jaar en vorig jaar",
        "Visitors and victims, this year and last",
    ),
    "stats.chart_people_desc": T(
        "Staafdiagram met het aantal unieke bezoekers en slachtoffers van dit jaar en van "
        "vorig jaar. De tabel hierboven geeft dezelfde aantallen.",
        "Bar chart with the number of unique visitors and victims this year and last year. "
        "The table above gives the same numbers.",
    ),
    "stats.downloads": T("Downloaden om te publiceren", "Download to publish"),
    "stats.downloads_note": T(
        "In de downloads zijn kleine aantallen verborgen: geen aantal onder de 10, geen "
        "percentage over minder dan 10 personen, geen jongste leeftijd, en niets wat uit de "
        "andere cijfers terug te rekenen is.",
        "In the downloads small numbers are hidden: no count under 10, no percentage over "
        "fewer than 10 people, no youngest age, and nothing that can be worked out from the "
        "other figures.",
    ),
    "stats.csv": T("Cijfers als CSV", "Figures as CSV"),
    "stats.pdf": T("Rapport als PDF", "Report as PDF"),
    "stats.hidden": T("verborgen", "hidden"),
    "stats.hidden_note": T(
        "‘verborgen’ en ‘<10’: niet gepubliceerd om personen te beschermen.",
        "‘hidden’ and ‘<10’: not published, to protect people.",
    ),
    "stats.report.title": T("Jaarcijfers hulpchat", "Help chat yearly figures"),
    "stats.report.organisation": T("Organisatie", "Organisation"),
    "stats.report.year": T("Jaar", "Year"),
    "stats.report.made": T("Gemaakt op", "Made on"),
}
