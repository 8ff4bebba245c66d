"""The yearly figures as a readable table for the terminal, Dutch or English."""

from __future__ import annotations

from signaal.core.i18n import Lang, LocalText
from signaal.core.stats.publish import PublishedReport, Shown
from signaal.core.stats.report import FIGURES, YearReport

TITLE = LocalText("Jaarcijfers {year}", "Yearly figures {year}")
PUBLISHED = LocalText(" (publicatieversie)", " (for publication)")
VISITORS = LocalText("Unieke bezoekers", "Unique visitors")
VICTIMS = LocalText("Slachtoffers", "Victims")
YOUNGEST = LocalText("Jongste leeftijd", "Youngest age")
COUNT = LocalText("aantal", "count")
HIDDEN = "*"
NOTE = LocalText(
    "n = slachtoffers van wie het bekend is. * = niet gepubliceerd om personen te "
    "beschermen (zie docs/stats.md).",
    "n = victims of whom it is known. * = not published, to protect people (see docs/stats.md).",
)
NOTE_INTERNAL = LocalText(
    "n = slachtoffers van wie het bekend is. Niet om te publiceren: gebruik --publish.",
    "n = victims of whom it is known. Not for publication: use --publish.",
)


def shown(value: Shown) -> str:
    return HIDDEN if value is None else str(value)


def pct_text(value: float | None, lang: Lang) -> str:
    if value is None:
        return "-"
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang is Lang.NL else text


def report_text(report: YearReport | PublishedReport, lang: Lang) -> str:
    published = isinstance(report, PublishedReport)
    title = TITLE.format(year=report.year).get(lang) + (PUBLISHED.get(lang) if published else "")
    head = [
        (VISITORS.get(lang), shown(report.unique_visitors)),
        (VICTIMS.get(lang), shown(report.victims)),
    ]
    if isinstance(report, YearReport):
        youngest = report.youngest_age
        head.append((YOUNGEST.get(lang), "-" if youngest is None else str(youngest)))
    labels = {f.name: f.label.get(lang) for f in FIGURES}
    width = max(len(label) for label in [*labels.values(), *(h[0] for h in head)])
    lines = [title, ""]
    lines += [f"{label:<{width}}  {value:>6}" for label, value in head]
    lines += ["", f"{'':<{width}}  {COUNT.get(lang):>6}  {'n':>6}  {'%':>6}"]
    for name, figure in report.figures.items():
        count, n = shown(figure.count), shown(figure.n)
        pct = pct_text(figure.pct, lang)
        if published and pct == "-":
            pct = HIDDEN
        lines.append(f"{labels[name]:<{width}}  {count:>6}  {n:>6}  {pct:>6}")
    lines += ["", (NOTE if published else NOTE_INTERNAL).get(lang)]
    return "\n".join(lines)
