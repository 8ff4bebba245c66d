"""An analysis as JSON for programs and as a readable report for people (Dutch or English).

Message numbers are 1-based in both, as a person counts them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from signaal.core.conversations.engine import Analysis
from signaal.core.conversations.signals import Taxonomy
from signaal.core.i18n import Lang, LocalText


def _phase_name(taxonomy: Taxonomy, phase: str | None, lang: Lang) -> str | None:
    if phase is None:
        return None
    return next(p.name.get(lang) for p in taxonomy.phases if p.id == phase)


def analysis_dict(analysis: Analysis, taxonomy: Taxonomy, lang: Lang) -> dict[str, Any]:
    conversation = analysis.conversation
    alert: dict[str, Any] | None = None
    if analysis.alert_at is not None:
        message = conversation.messages[analysis.alert_at]
        alert = {
            "message": analysis.alert_at + 1,
            "author": message.author,
            "where": message.where,
        }
    return {
        "id": conversation.id,
        "format": conversation.format,
        "language": analysis.language,
        "messages": len(conversation.messages),
        "authors": list(conversation.authors),
        "score": round(analysis.score, 4),
        "threshold": analysis.threshold,
        "alert": analysis.alert,
        "alert_at": alert,
        "phase": analysis.phase,
        "phase_name": _phase_name(taxonomy, analysis.phase, lang),
        "phases": [
            {
                "phase": span.phase,
                "name": _phase_name(taxonomy, span.phase, lang),
                "first_message": span.first + 1,
                "last_message": span.last + 1,
                "hits": span.hits,
            }
            for span in analysis.phases
        ],
        "behaviours": [
            {
                "id": behaviour,
                "name": taxonomy.behaviour(behaviour).name.get(lang),
                "hits": hits,
                "article": taxonomy.behaviour(behaviour).article,
            }
            for behaviour, hits in analysis.behaviours.items()
        ],
        "signals": [
            {
                "message": s.message + 1,
                "author": s.author,
                "behaviour": s.behaviour,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "pattern_language": s.language,
            }
            for s in analysis.signals
        ],
        "timeline": [
            {
                "message": m.index + 1,
                "author": m.author,
                "score": round(m.score, 4),
                "model_stage": m.deep,
                "phase": m.phase,
                "signals": [s.behaviour for s in m.signals],
            }
            for m in analysis.messages
        ],
        "explanation": analysis.explanation.get(lang),
    }


def file_dict(
    source: str, analyses: Sequence[Analysis], taxonomy: Taxonomy, lang: Lang, model_version: str
) -> dict[str, Any]:
    """The whole file: a summary over its conversations, then each conversation."""
    return {
        "file": source,
        "model_version": model_version,
        "conversations_found": len(analyses),
        "score": round(max((a.score for a in analyses), default=0.0), 4),
        "alert": any(a.alert for a in analyses),
        "conversations": [analysis_dict(a, taxonomy, lang) for a in analyses],
        "note": NOTE.get(lang),
    }


NOTE = LocalText(
    "Een score is een signaal om na te gaan met iemand die er verstand van heeft, geen bewijs "
    "en geen oordeel over een persoon.",
    "A score is a signal to check with someone who knows about this, not proof and not a "
    "judgement about a person.",
)
L = {
    "conversation": LocalText("Gesprek", "Conversation"),
    "messages": LocalText("berichten", "messages"),
    "language": LocalText("taal", "language"),
    "score": LocalText("Risicoscore", "Risk score"),
    "threshold": LocalText("drempel", "threshold"),
    "alert": LocalText("SIGNAAL vanaf bericht", "ALERT from message"),
    "no_alert": LocalText("geen signaal", "no alert"),
    "phase": LocalText("Verste fase", "Furthest phase"),
    "behaviours": LocalText("Gevonden gedrag", "Behaviour found"),
    "read_more": LocalText("lees meer", "read more"),
    "signals": LocalText("Berichten met signalen", "Messages with signals"),
    "none": LocalText("geen", "none"),
    "more": LocalText("en nog {n} signalen (zie --json)", "and {n} more signals (see --json)"),
    "timeline": LocalText("Verloop van de score", "Score over time"),
}
MAX_LISTED_SIGNALS = 40


def _number(value: float, lang: Lang) -> str:
    text = f"{value:.2f}"
    return text.replace(".", ",") if lang is Lang.NL else text


def analysis_text(analysis: Analysis, taxonomy: Taxonomy, lang: Lang) -> str:
    t = {key: text.get(lang) for key, text in L.items()}
    conversation = analysis.conversation
    lines = [
        f"{t['conversation']} {conversation.id} ({conversation.format}, "
        f"{len(conversation.messages)} {t['messages']}, {t['language']}: "
        f"{analysis.language or '?'})",
    ]
    status = (
        f"{t['alert']} {analysis.alert_at + 1}" if analysis.alert_at is not None else t["no_alert"]
    )
    lines.append(
        f"{t['score']}: {_number(analysis.score, lang)} "
        f"({t['threshold']} {_number(analysis.threshold, lang)}) - {status}"
    )
    phase = _phase_name(taxonomy, analysis.phase, lang)
    lines.append(f"{t['phase']}: {phase or t['none']}")
    lines.append(analysis.explanation.get(lang))
    if analysis.behaviours:
        lines.append(f"{t['behaviours']}:")
        for behaviour, hits in analysis.behaviours.items():
            b = taxonomy.behaviour(behaviour)
            lines.append(f"  - {b.name.get(lang)} ({hits}×) - {t['read_more']}: {b.article}")
    signals = analysis.signals
    if signals:
        lines.append(f"{t['signals']}:")
        for s in signals[:MAX_LISTED_SIGNALS]:
            who = f" [{s.author}]" if s.author else ""
            name = taxonomy.behaviour(s.behaviour).name.get(lang).lower()
            lines.append(f"  #{s.message + 1}{who} {name}: «{s.text}»")
        if len(signals) > MAX_LISTED_SIGNALS:
            lines.append("  " + L["more"].get(lang).format(n=len(signals) - MAX_LISTED_SIGNALS))
    if len(analysis.messages) > 1:
        lines.append(f"{t['timeline']}: {timeline_line(analysis, lang)}")
    return "\n".join(lines)


def timeline_line(analysis: Analysis, lang: Lang, points: int = 10) -> str:
    """The conversation score at up to ``points`` evenly spaced messages, first and last
    included."""
    n = len(analysis.messages)
    k = min(points, n)
    picks = sorted({round(i * (n - 1) / max(k - 1, 1)) for i in range(k)})
    best = 0.0
    peaks = []
    for m in analysis.messages:
        best = max(best, m.score)
        peaks.append(best)
    return ", ".join(f"#{i + 1} {_number(peaks[i], lang)}" for i in picks)


CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: str) -> str:
    """Text from a chat export, made harmless for a terminal: control characters (escape
    sequences that could move the cursor or rewrite the screen) become "?"."""
    return CONTROL.sub("?", text)


def file_text(source: str, analyses: Sequence[Analysis], taxonomy: Taxonomy, lang: Lang) -> str:
    parts = [analysis_text(a, taxonomy, lang) for a in analyses]
    return safe("\n\n".join([*parts, NOTE.get(lang)]))
