"""Articles and referral entries as frozen data."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from signaal.core.i18n import Lang, LocalText


class Country(StrEnum):
    NL = "NL"
    BE = "BE"


class ArticleAudience(StrEnum):
    PROFESSIONAL = "professional"
    PUBLIC = "public"
    ALL = "all"


class Topic(StrEnum):
    AREA = "area"
    PHASE = "phase"
    THEME = "theme"


class ReferralKind(StrEnum):
    """What a referral entry is for; used to choose and to filter."""

    ACUTE = "acute"  # danger now
    REPORT = "report"  # report a crime or a concern
    ADVICE = "advice"  # advice for adults worried about a child
    YOUTH = "youth"  # young people can contact it themselves
    IMAGES = "images"  # removal of images, sextortion
    CARE = "care"  # care and shelter for victims
    PREVENTION = "prevention"  # for people worried about their own behaviour


@dataclass(frozen=True)
class Article:
    id: str
    lang: Lang
    title: str
    summary: str
    audience: ArticleAudience
    topic: Topic
    body: str
    file: str
    area: str | None = None
    related: tuple[str, ...] = ()
    referrals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Referral:
    id: str
    name: str
    countries: tuple[Country, ...]
    kinds: tuple[ReferralKind, ...]
    description: LocalText
    for_whom: LocalText
    when: LocalText
    hours: LocalText
    line: int
    phone: str | None = None
    web: str | None = None
    chat: str | None = None
    how: LocalText | None = None

    def serves(self, country: Country | None) -> bool:
        return country is None or country in self.countries


@dataclass(frozen=True)
class KnowledgeBase:
    articles: dict[str, dict[Lang, Article]]
    referrals: dict[str, Referral]

    def article(self, article_id: str, lang: Lang = Lang.NL) -> Article:
        """The article in ``lang``, or its Dutch original when no translation exists."""
        versions = self.articles[article_id]
        return versions.get(lang) or versions[Lang.NL]

    def article_list(self, lang: Lang = Lang.NL) -> list[Article]:
        return [self.article(aid, lang) for aid in sorted(self.articles)]

    def referral_list(
        self, country: Country | None = None, ids: tuple[str, ...] | None = None
    ) -> list[Referral]:
        """The referrals for ``country`` (all when None): every one, or those in ``ids``."""
        chosen = self.referrals.values() if ids is None else (self.referrals[i] for i in ids)
        return [r for r in chosen if r.serves(country)]
