"""A scored result arranged for pages and reports: advice with resolved links and contacts."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse

from signaal.core.i18n import Lang
from signaal.core.knowledge.model import KnowledgeBase, Referral
from signaal.core.screening.labels import GENERAL, PARTY, PHASE
from signaal.core.screening.model import AdviceRule
from signaal.core.screening.scoring import Result


@dataclass(frozen=True)
class Link:
    title: str
    url: str


@dataclass(frozen=True)
class AdviceView:
    rule: AdviceRule
    text: str
    phase: str
    party: str
    urgent: bool
    articles: tuple[Link, ...]
    referrals: tuple[Referral, ...]


def advice_view(result: Result, kb: KnowledgeBase, lang: Lang) -> list[AdviceView]:
    country = result.answers.country
    out = []
    for rule in result.advice:
        articles = tuple(
            Link(kb.article(a, lang).title, reverse("public:article", kwargs={"slug": a}))
            for a in rule.articles
        )
        referrals = tuple(
            kb.referrals[r] for r in rule.referrals if kb.referrals[r].serves(country)
        )
        phase = PHASE[rule.phase] if rule.phase else GENERAL
        out.append(
            AdviceView(
                rule,
                rule.text.get(lang),
                phase.get(lang),
                PARTY[rule.party].get(lang),
                rule.urgent,
                articles,
                referrals,
            )
        )
    return out
