"""Turn instruments and results into plain dicts (for JSON) and readable text."""

from __future__ import annotations

from typing import Any

from signaal.core.i18n import Lang
from signaal.core.knowledge.model import Country, KnowledgeBase
from signaal.core.screening.conditions import AllOf, AnswerIs, AnyOf, Condition, Not, Outcome
from signaal.core.screening.labels import GENERAL, LEVEL, PARTY, PHASE, PROFILE
from signaal.core.screening.model import AdviceRule, Instrument, Item
from signaal.core.screening.scoring import Result


def condition_dict(condition: Condition) -> dict[str, Any]:
    """The condition in the same shape as it is written in YAML."""
    if isinstance(condition, AnswerIs):
        return {condition.answer.value: condition.item}
    if isinstance(condition, AnyOf):
        return {"any": [condition_dict(t) for t in condition.terms]}
    if isinstance(condition, AllOf):
        return {"all": [condition_dict(t) for t in condition.terms]}
    if isinstance(condition, Not):
        return {"not": condition_dict(condition.term)}
    assert isinstance(condition, Outcome)  # noqa: S101 - Condition is a closed union
    if condition.area is not None:
        return {condition.key: {"area": condition.area, "level": str(condition.value)}}
    return {condition.key: condition.value}


def item_dict(item: Item, lang: Lang) -> dict[str, Any]:
    out: dict[str, Any] = {"id": item.id, "kind": item.kind.value, "text": item.text.get(lang)}
    if item.kind.value != "protective":
        out["weight"] = item.weight
    if item.phase is not None:
        out["phase"] = item.phase.value
    if item.help is not None:
        out["help"] = item.help.get(lang)
    if item.why is not None:
        out["why"] = item.why.get(lang)
    if item.show_if is not None:
        out["condition"] = condition_dict(item.show_if)
    return out


def describe_dict(instrument: Instrument, lang: Lang = Lang.NL) -> dict[str, Any]:
    return {
        "id": instrument.id,
        "version": instrument.version,
        "title": instrument.title.get(lang),
        "audience": instrument.audience.value,
        "areas": [
            {"id": a.id, "title": a.title.get(lang), "items": [item_dict(i, lang) for i in a.items]}
            for a in instrument.areas
        ],
        "protective": [
            {"id": c.id, "title": c.title.get(lang), "items": [item_dict(i, lang) for i in c.items]}
            for c in instrument.protective
        ],
    }


def list_dict(instruments: list[Instrument], lang: Lang = Lang.NL) -> list[dict[str, Any]]:
    return [
        {
            "id": i.id,
            "version": i.version,
            "title": i.title.get(lang),
            "audience": i.audience.value,
            "items": len(i.items),
        }
        for i in instruments
    ]


def advice_dict(
    rule: AdviceRule, kb: KnowledgeBase, lang: Lang, country: Country | None
) -> dict[str, Any]:
    referrals = kb.referral_list(country, rule.referrals)
    return {
        "id": rule.id,
        "urgent": rule.urgent,
        "phase": rule.phase.value if rule.phase else None,
        "party": rule.party.value,
        "text": rule.text.get(lang),
        "articles": [{"id": a, "title": kb.article(a, lang).title} for a in rule.articles],
        "referrals": [
            {
                "id": r.id,
                "name": r.name,
                "countries": [c.value for c in r.countries],
                "phone": r.phone,
                "web": r.web,
                "chat": r.chat,
                "hours": r.hours.get(lang),
            }
            for r in referrals
        ],
    }


def result_dict(result: Result, kb: KnowledgeBase, lang: Lang = Lang.NL) -> dict[str, Any]:
    """The result in the JSON shape of ``signaal screening score --json``."""
    instrument = result.instrument
    country = result.answers.country
    return {
        "instrument": instrument.id,
        "version": instrument.version,
        "profile": result.profile.value if result.profile else None,
        "acute": result.acute,
        "areas": [
            {
                "id": a.area.id,
                "title": a.area.title.get(lang),
                "level": a.level.value if a.level else None,
                "points": a.points,
                "signals": [
                    {
                        "id": i.id,
                        "kind": i.kind.value,
                        "weight": i.weight,
                        "phase": i.phase.value if i.phase else None,
                        "text": i.text.get(lang),
                    }
                    for i in a.signals
                ],
            }
            for a in result.areas
        ],
        "protective": [
            {
                "id": c.cluster.id,
                "title": c.cluster.title.get(lang),
                "strong": c.strong,
                "present": [{"id": i.id, "text": i.text.get(lang)} for i in c.present],
            }
            for c in result.protective
        ],
        "gaps": [
            {
                "id": g.item.id,
                "area": g.group,
                "reason": g.reason.value,
                "text": g.item.text.get(lang),
            }
            for g in result.gaps
        ],
        "explanation": [
            {"rule": r.rule, "text": r.text.get(lang), "items": list(r.items)}
            for r in result.explanation
        ],
        "advice": [advice_dict(a, kb, lang, country) for a in result.advice],
    }


HEAD = {
    "profile": ("Profiel", "Profile"),
    "acute": (
        "ACUUT: er zijn tekenen van uitbuiting die nu plaatsvindt. Handel vandaag.",
        "ACUTE: there are signs of exploitation happening now. Act today.",
    ),
    "areas": ("Aandachtsgebieden", "Attention areas"),
    "signals": ("Signalen", "Signals"),
    "protective": ("Beschermende factoren", "Protective factors"),
    "none": ("geen", "none"),
    "gaps": ("Onbekend of niet beantwoord", "Unknown or unanswered"),
    "explanation": ("Uitleg", "Explanation"),
    "advice": ("Advies", "Advice"),
    "read": ("Lees", "Read"),
    "contact": ("Contact", "Contact"),
    "strong": ("sterk", "strong"),
}


def _h(key: str, lang: Lang) -> str:
    nl, en = HEAD[key]
    return nl if lang is Lang.NL else en


def result_text(result: Result, kb: KnowledgeBase, lang: Lang = Lang.NL) -> str:
    """A report for the terminal: outcome first, then why, then what to do."""
    ins = result.instrument
    lines = [f"{ins.title.get(lang)} ({ins.id} {ins.version})", ""]
    if result.acute:
        lines += ["!! " + _h("acute", lang), ""]
    if result.profile is not None:
        lines.append(f"{_h('profile', lang)}: {PROFILE[result.profile].get(lang)}")
        lines.append("")
        lines.append(_h("areas", lang))
        for a in result.areas:
            level = LEVEL[a.level].get(lang) if a.level else ""
            lines.append(f"  {a.area.title.get(lang):<45} {level}")
            for i in a.signals:
                lines.append(f"    - [{i.id}] {i.text.get(lang)}")
    else:
        lines.append(_h("signals", lang))
        found = [i for a in result.areas for i in a.signals]
        for i in found:
            lines.append(f"  - [{i.id}] {i.text.get(lang)}")
        if not found:
            lines.append("  " + _h("none", lang))
    if result.instrument.protective:
        lines += ["", _h("protective", lang)]
        for c in result.protective:
            mark = f" ({_h('strong', lang)})" if c.strong else ""
            lines.append(
                f"  {c.cluster.title.get(lang)}: {len(c.present)}/{len(c.cluster.items)}{mark}"
            )
    if result.gaps:
        lines += ["", f"{_h('gaps', lang)}: " + ", ".join(g.item.id for g in result.gaps)]
    lines += ["", _h("explanation", lang)]
    lines += [f"  [{r.rule}] {r.text.get(lang)}" for r in result.explanation]
    lines += ["", _h("advice", lang)]
    country = result.answers.country
    for rule in result.advice:
        phase = PHASE[rule.phase].get(lang) if rule.phase else GENERAL.get(lang)
        urgent = "!! " if rule.urgent else ""
        lines.append(f"  {urgent}{phase} · {PARTY[rule.party].get(lang)}")
        lines.append(f"    {rule.text.get(lang)}")
        for aid in rule.articles:
            lines.append(f"    {_h('read', lang)}: {kb.article(aid, lang).title} (kb:{aid})")
        for r in kb.referral_list(country, rule.referrals):
            contact = ", ".join(x for x in (r.phone, r.web or r.chat) if x)
            lines.append(
                f"    {_h('contact', lang)}: {r.name} "
                f"({'/'.join(c.value for c in r.countries)}) {contact}"
            )
    return "\n".join(lines)


def describe_text(instrument: Instrument, lang: Lang = Lang.NL) -> str:
    lines = [f"{instrument.title.get(lang)} ({instrument.id} {instrument.version})", ""]
    for group in instrument.groups:
        lines.append(group.title.get(lang))
        for item in group.items:
            extra = f" [{item.kind.value}]" if item.kind.value == "critical" else ""
            cond = (
                " (vervolgvraag)"
                if item.show_if is not None and lang is Lang.NL
                else (" (follow-up)" if item.show_if is not None else "")
            )
            lines.append(f"  {item.id}{extra}{cond}: {item.text.get(lang)}")
        lines.append("")
    return "\n".join(lines).rstrip()
