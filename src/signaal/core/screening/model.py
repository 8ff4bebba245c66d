"""The instruments as frozen data: areas, items, protective clusters, advice rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING

from signaal.core.i18n import LocalText

if TYPE_CHECKING:
    from signaal.core.screening.conditions import Condition


class Answer(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    UNKNOWN = "unknown"


class ItemKind(StrEnum):
    RISK = "risk"
    PROTECTIVE = "protective"
    CRITICAL = "critical"  # a sign of current exploitation, not of risk


class Audience(StrEnum):
    PROFESSIONAL = "professional"
    PUBLIC = "public"


class Method(StrEnum):
    PROFILE = "profile"  # areas, a profile and advice (Signaalwijzer)
    ADVICE = "advice"  # advice and whom to contact, no profile (Quickscan)


class Phase(StrEnum):
    """The phases of exploitation, in the order they usually happen."""

    RONSELEN = "ronselen"
    INPALMEN = "inpalmen"
    ISOLEREN = "isoleren"
    UITBUITEN = "uitbuiten"

    @property
    def rank(self) -> int:
        return list(Phase).index(self)


class Party(StrEnum):
    """Who acts on an advice, in the order the advice is shown."""

    PROFESSIONAL = "professional"
    OUDERS = "ouders"
    SCHOOL = "school"
    JEUGDZORG = "jeugdzorg_veilig_thuis"
    GEMEENTE = "gemeente"
    POLITIE = "politie"
    PLATFORM = "platform"

    @property
    def rank(self) -> int:
        return list(Party).index(self)


class Level(StrEnum):
    """Concern in one attention area."""

    GEEN = "geen"
    SIGNALEN = "signalen"
    ZORG = "zorg"
    ERNSTIGE_ZORG = "ernstige_zorg"

    @property
    def rank(self) -> int:
        return list(Level).index(self)


class Profile(StrEnum):
    GEEN = "geen_of_nauwelijks_risico"
    RISICO = "risico"
    VERHOOGD = "verhoogd_risico"

    @property
    def rank(self) -> int:
        return list(Profile).index(self)


@dataclass(frozen=True)
class Item:
    id: str
    kind: ItemKind
    text: LocalText
    line: int
    weight: int = 1
    phase: Phase | None = None
    help: LocalText | None = None
    why: LocalText | None = None
    show_if: Condition | None = None
    article: str | None = None


@dataclass(frozen=True)
class Area:
    id: str
    title: LocalText
    items: tuple[Item, ...]
    line: int
    article: str | None = None
    concern: int | None = None  # points for Level.ZORG; instrument default when None
    serious: int | None = None  # points for Level.ERNSTIGE_ZORG


@dataclass(frozen=True)
class Cluster:
    """A cluster of protective factors."""

    id: str
    title: LocalText
    items: tuple[Item, ...]
    line: int


@dataclass(frozen=True)
class AdviceRule:
    id: str
    when: Condition
    party: Party
    text: LocalText
    line: int
    phase: Phase | None = None
    urgent: bool = False
    articles: tuple[str, ...] = ()
    referrals: tuple[str, ...] = ()


@dataclass(frozen=True)
class Thresholds:
    """When a profile applies: any one of these reached is enough."""

    areas_with_concern: int
    areas_with_serious_concern: int
    total_points: int


@dataclass(frozen=True)
class Scoring:
    method: Method
    rule_prefix: str
    concern: int = 2
    serious: int = 4
    risico: Thresholds | None = None
    verhoogd: Thresholds | None = None
    strong_cluster_share: float = 0.6
    clusters_for_mitigation: int = 2
    mitigation_max_serious_areas: int = 2
    uncertain_share: float = 0.3


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    audience: Audience
    title: LocalText
    description: LocalText
    answer_labels: dict[Answer, LocalText]
    areas: tuple[Area, ...]
    protective: tuple[Cluster, ...]
    advice: tuple[AdviceRule, ...]
    scoring: Scoring
    min_age: int = 12
    max_age: int = 18
    source: str = field(default="", compare=False)

    @property
    def groups(self) -> tuple[Area | Cluster, ...]:
        """Attention areas, then protective clusters: the order of the questionnaire."""
        return (*self.areas, *self.protective)

    @cached_property
    def items(self) -> dict[str, Item]:
        """Every item by id, in questionnaire order (areas first, then protective)."""
        out: dict[str, Item] = {}
        for group in self.groups:
            for item in group.items:
                out[item.id] = item
        return out

    @cached_property
    def area_of(self) -> dict[str, str]:
        """Item id to the id of its area or protective cluster."""
        return {item.id: group.id for group in self.groups for item in group.items}

    def rule(self, number: int) -> str:
        """The cited id of a scoring rule, for example ``SW-R03``."""
        return f"{self.scoring.rule_prefix}-R{number:02d}"

    @property
    def label(self) -> str:
        return f"{self.id} {self.version}"
