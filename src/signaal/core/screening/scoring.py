"""Score answers to an instrument: areas, protective factors, profile, acute flag, advice.

Rules carry ids (``SW-R03``, ``QS-R01``: the instrument's prefix and a number) that the
explanation cites and the tests name. The numbers mean the same in every instrument:

R00 the not-a-diagnosis statement        R06 protective factors soften 'verhoogd risico'
R01 area concern from signal weights     R07 under 13: never 'geen' with a risk signal
R02 a critical item: acute, area serious R08 (mild) intellectual disability: idem
R03 thresholds for 'risico'              R09 gaps: unknown and unanswered items
R04 thresholds for 'verhoogd risico'     R10 answers to follow-up items that do not apply
R05 a critical item makes 'verhoogd'     R11 age outside the instrument's range
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from signaal.core.i18n import LocalText
from signaal.core.screening.answers import Answers
from signaal.core.screening.conditions import ContextFlag, Facts
from signaal.core.screening.labels import DISCLAIMER, DISCLAIMER_PUBLIC, LEVEL, PROFILE
from signaal.core.screening.model import (
    AdviceRule,
    Answer,
    Area,
    Audience,
    Cluster,
    Instrument,
    Item,
    ItemKind,
    Level,
    Method,
    Phase,
    Profile,
    Thresholds,
)


class GapReason(StrEnum):
    UNKNOWN = "unknown"
    UNANSWERED = "unanswered"


@dataclass(frozen=True)
class AreaResult:
    area: Area
    level: Level | None  # None for instruments that give advice only
    points: int
    signals: tuple[Item, ...]
    gaps: tuple[Item, ...]


@dataclass(frozen=True)
class ClusterResult:
    cluster: Cluster
    present: tuple[Item, ...]
    strong: bool


@dataclass(frozen=True)
class Gap:
    item: Item
    group: str
    reason: GapReason


@dataclass(frozen=True)
class Reason:
    """One line of the explanation: the rule, what it found, and the answers behind it."""

    rule: str
    text: LocalText
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Result:
    instrument: Instrument
    answers: Answers
    profile: Profile | None
    acute: bool
    areas: tuple[AreaResult, ...]
    protective: tuple[ClusterResult, ...]
    gaps: tuple[Gap, ...]
    explanation: tuple[Reason, ...]
    advice: tuple[AdviceRule, ...]
    ignored: tuple[str, ...]

    @property
    def signals(self) -> tuple[Item, ...]:
        return tuple(item for area in self.areas for item in area.signals)

    @property
    def phases(self) -> frozenset[Phase]:
        return frozenset(i.phase for i in self.signals if i.phase is not None)


def visible_answers(
    instrument: Instrument, answers: Answers
) -> tuple[dict[str, Answer], set[str], list[str]]:
    """Answers of the items that apply, the ids of those items, and ignored 'present' ids.

    A follow-up item applies when its ``show_if`` holds on the answers to earlier items
    (the validator guarantees conditions only look back), so one pass in order suffices.
    """
    given: dict[str, Answer] = {}
    shown: set[str] = set()
    ignored: list[str] = []
    for item in instrument.items.values():
        if item.show_if is None or item.show_if.holds(Facts(answers=given)):
            shown.add(item.id)
            if item.id in answers.responses:
                given[item.id] = answers.responses[item.id]
        elif answers.responses.get(item.id) is Answer.PRESENT:
            # only a 'present' would have changed the outcome; say that it did not count
            ignored.append(item.id)
    return given, shown, ignored


def _is_signal(item: Item, given: dict[str, Answer]) -> bool:
    return item.kind is not ItemKind.PROTECTIVE and given.get(item.id) is Answer.PRESENT


def _gap(item: Item, given: dict[str, Answer]) -> GapReason | None:
    if item.id not in given:
        return GapReason.UNANSWERED
    return GapReason.UNKNOWN if given[item.id] is Answer.UNKNOWN else None


def _level(instrument: Instrument, area: Area, points: int, critical: bool) -> Level | None:
    if instrument.scoring.method is Method.ADVICE:
        return None
    serious = area.serious if area.serious is not None else instrument.scoring.serious
    concern = area.concern if area.concern is not None else instrument.scoring.concern
    if critical or points >= serious:
        return Level.ERNSTIGE_ZORG
    if points >= concern:
        return Level.ZORG
    return Level.SIGNALEN if points > 0 else Level.GEEN


def _met(t: Thresholds, concern: int, serious: int, total: int) -> list[LocalText]:
    """Which thresholds are reached; a threshold of 0 is switched off."""
    met = []
    if t.areas_with_concern and concern >= t.areas_with_concern:
        met.append(T["areas_concern"].format(n=concern, t=t.areas_with_concern))
    if t.areas_with_serious_concern and serious >= t.areas_with_serious_concern:
        met.append(T["areas_serious"].format(n=serious, t=t.areas_with_serious_concern))
    if t.total_points and total >= t.total_points:
        met.append(T["points"].format(n=total, t=t.total_points))
    return met


def _join(parts: Sequence[LocalText], nl_and: str = " en ", en_and: str = " and ") -> LocalText:
    return LocalText(nl_and.join(p.nl for p in parts), en_and.join(p.en for p in parts))


def score(instrument: Instrument, answers: Answers) -> Result:
    """Score ``answers``; unknown and unanswered items become gaps, never 'absent'."""
    s = instrument.scoring
    rule = instrument.rule
    given, shown, ignored = visible_answers(instrument, answers)
    why: list[Reason] = []

    area_results: list[AreaResult] = []
    gaps: list[Gap] = []
    for area in instrument.areas:
        items = [i for i in area.items if i.id in shown]
        signals = tuple(i for i in items if _is_signal(i, given))
        critical = any(i.kind is ItemKind.CRITICAL for i in signals)
        points = sum(i.weight for i in signals)
        area_gaps = []
        for item in items:
            reason = _gap(item, given)
            if reason is not None:
                area_gaps.append(item)
                gaps.append(Gap(item, area.id, reason))
        area_results.append(
            AreaResult(
                area, _level(instrument, area, points, critical), points, signals, tuple(area_gaps)
            )
        )

    cluster_results: list[ClusterResult] = []
    for cluster in instrument.protective:
        items = [i for i in cluster.items if i.id in shown]
        present = tuple(i for i in items if given.get(i.id) is Answer.PRESENT)
        for item in items:
            reason = _gap(item, given)
            if reason is not None:
                gaps.append(Gap(item, cluster.id, reason))
        strong = bool(present) and len(present) >= s.strong_cluster_share * len(cluster.items)
        cluster_results.append(ClusterResult(cluster, present, strong))

    found = [i for a in area_results for i in a.signals]
    critical_items = [i for i in found if i.kind is ItemKind.CRITICAL]
    acute = bool(critical_items)

    # R01 (and R02): what each area with signals contributes
    for a in area_results:
        if not a.signals:
            continue
        ids = tuple(i.id for i in a.signals)
        if a.level is None:
            why.append(
                Reason(
                    rule(1),
                    T["area_advice_one" if len(a.signals) == 1 else "area_advice"].format(
                        area=a.area.title, n=len(a.signals)
                    ),
                    ids,
                )
            )
        else:
            concern = a.area.concern if a.area.concern is not None else s.concern
            serious = a.area.serious if a.area.serious is not None else s.serious
            why.append(
                Reason(
                    rule(1),
                    T["area_level"].format(
                        area=a.area.title,
                        level=LEVEL[a.level],
                        n=len(a.signals),
                        points=a.points,
                        concern=concern,
                        serious=serious,
                    ),
                    ids,
                )
            )
    critical_key = "critical_public" if instrument.audience is Audience.PUBLIC else "critical"
    for item in critical_items:
        why.append(Reason(rule(2), T[critical_key].format(text=item.text), (item.id,)))

    flags = set()
    if answers.age is not None and answers.age < 13:
        flags.add(ContextFlag.UNDER_13)
    if answers.intellectual_disability:
        flags.add(ContextFlag.INTELLECTUAL_DISABILITY)

    profile: Profile | None = None
    if s.method is Method.PROFILE:
        profile = _profile(instrument, area_results, cluster_results, acute, flags, why)
    elif found and flags:
        for flag, number in ((ContextFlag.UNDER_13, 7), (ContextFlag.INTELLECTUAL_DISABILITY, 8)):
            if flag in flags:
                why.append(Reason(rule(number), T[f"{flag}_advice"]))

    # R09: gaps
    total_items = len(shown)
    if gaps:
        share = len(gaps) / total_items if total_items else 1.0
        key = "gaps_many" if share >= s.uncertain_share else "gaps_some"
        if instrument.audience is Audience.PUBLIC:
            key = "gaps_public"
        why.append(
            Reason(
                rule(9),
                T[key].format(n=len(gaps), total=total_items, pct=round(100 * share)),
                tuple(g.item.id for g in gaps),
            )
        )
    if ignored:
        why.append(Reason(rule(10), T["ignored"].format(n=len(ignored)), tuple(ignored)))
    if answers.age is not None and not instrument.min_age <= answers.age <= instrument.max_age:
        why.append(
            Reason(
                rule(11),
                T["age_range"].format(
                    age=answers.age, low=instrument.min_age, high=instrument.max_age
                ),
            )
        )
    disclaimer = DISCLAIMER_PUBLIC if instrument.audience is Audience.PUBLIC else DISCLAIMER
    why.append(Reason(rule(0), disclaimer))

    facts = Facts(
        answers=given,
        profile=profile,
        acute=acute,
        phases=frozenset(i.phase for i in found if i.phase is not None),
        levels={a.area.id: a.level for a in area_results if a.level is not None},
        flags=frozenset(flags),
        signals=len(found),
        areas_with_signals=sum(1 for a in area_results if a.signals),
        gaps=len(gaps),
    )
    order = {rule.id: n for n, rule in enumerate(instrument.advice)}
    advice = sorted(
        (a for a in instrument.advice if a.when.holds(facts)),
        key=lambda a: (not a.urgent, a.phase.rank if a.phase else -1, a.party.rank, order[a.id]),
    )
    return Result(
        instrument,
        answers,
        profile,
        acute,
        tuple(area_results),
        tuple(cluster_results),
        tuple(gaps),
        tuple(why),
        tuple(advice),
        tuple(ignored),
    )


def _profile(
    instrument: Instrument,
    areas: list[AreaResult],
    clusters: list[ClusterResult],
    acute: bool,
    flags: set[str],
    why: list[Reason],
) -> Profile:
    s = instrument.scoring
    rule = instrument.rule
    assert s.risico is not None and s.verhoogd is not None  # noqa: S101 - loader requires them
    concern = sum(1 for a in areas if a.level is not None and a.level.rank >= Level.ZORG.rank)
    serious = sum(1 for a in areas if a.level is Level.ERNSTIGE_ZORG)
    total = sum(a.points for a in areas)
    any_signal = total > 0
    profile = Profile.GEEN

    met_risico = _met(s.risico, concern, serious, total)
    met_verhoogd = _met(s.verhoogd, concern, serious, total)
    if met_verhoogd:
        profile = Profile.VERHOOGD
        why.append(
            Reason(rule(4), T["verhoogd"].format(reasons=_join(met_verhoogd, " en ", " and ")))
        )
    elif met_risico:
        profile = Profile.RISICO
        why.append(Reason(rule(3), T["risico"].format(reasons=_join(met_risico))))
    else:
        why.append(
            Reason(
                rule(3),
                T["below"].format(
                    concern=concern,
                    t_concern=s.risico.areas_with_concern,
                    serious=serious,
                    t_serious=s.risico.areas_with_serious_concern,
                    total=total,
                    t_total=s.risico.total_points,
                ),
            )
        )

    if acute:
        if profile is not Profile.VERHOOGD:
            why.append(Reason(rule(5), T["acute_profile"]))
        profile = Profile.VERHOOGD

    strong = [c for c in clusters if c.strong]
    if profile is Profile.VERHOOGD and strong:
        ids = tuple(i.id for c in strong for i in c.present)
        names = _join([c.cluster.title for c in strong], ", ", ", ")
        if acute:
            why.append(Reason(rule(6), T["protect_acute"].format(clusters=names), ids))
        elif len(strong) < s.clusters_for_mitigation:
            why.append(
                Reason(
                    rule(6),
                    T["protect_few"].format(
                        clusters=names, n=len(strong), t=s.clusters_for_mitigation
                    ),
                    ids,
                )
            )
        elif serious > s.mitigation_max_serious_areas:
            why.append(
                Reason(
                    rule(6),
                    T["protect_serious"].format(
                        clusters=names, n=serious, t=s.mitigation_max_serious_areas
                    ),
                    ids,
                )
            )
        else:
            profile = Profile.RISICO
            why.append(Reason(rule(6), T["protect_applied"].format(clusters=names), ids))

    for flag, number in ((ContextFlag.UNDER_13, 7), (ContextFlag.INTELLECTUAL_DISABILITY, 8)):
        if flag in flags and any_signal and profile is Profile.GEEN:
            profile = Profile.RISICO
            why.append(Reason(rule(number), T[flag]))

    why.append(
        Reason(
            rule(4) if profile is Profile.VERHOOGD else rule(3),
            T["profile"].format(profile=PROFILE[profile]),
        )
    )
    return profile


T: dict[str, LocalText] = {
    "area_level": LocalText(
        "{area}: {level}. {n} signaal/signalen, samen {points} punten "
        "(zorg vanaf {concern}, ernstige zorg vanaf {serious}).",
        "{area}: {level}. {n} signal(s), {points} points in all "
        "(concern from {concern}, serious concern from {serious}).",
    ),
    "area_advice": LocalText(
        "{area}: bij {n} vragen 'ja'.",
        "{area}: 'yes' to {n} questions.",
    ),
    "area_advice_one": LocalText(
        "{area}: bij 1 vraag 'ja'.",
        "{area}: 'yes' to 1 question.",
    ),
    "critical_public": LocalText(
        "Je gaf aan: '{text}' Dat kan betekenen dat je kind nu wordt uitgebuit. Zoek vandaag hulp.",
        "You answered yes to: '{text}' That can mean your child is being exploited now. Get "
        "help today.",
    ),
    "critical": LocalText(
        "Teken van uitbuiting die nu plaatsvindt: '{text}'. Dit gebied telt als ernstige zorg "
        "en de uitkomst is acuut: handel vandaag, wat het profiel ook is.",
        "Sign of exploitation happening now: '{text}'. This area counts as serious concern "
        "and the outcome is acute: act today, whatever the profile.",
    ),
    "areas_concern": LocalText(
        "{n} gebieden met zorg of ernstige zorg (drempel {t})",
        "{n} areas with concern or serious concern (threshold {t})",
    ),
    "areas_serious": LocalText(
        "{n} gebied(en) met ernstige zorg (drempel {t})",
        "{n} area(s) with serious concern (threshold {t})",
    ),
    "points": LocalText(
        "{n} punten in totaal (drempel {t})",
        "{n} points in total (threshold {t})",
    ),
    "verhoogd": LocalText(
        "Drempel voor verhoogd risico bereikt: {reasons}.",
        "Threshold for increased risk reached: {reasons}.",
    ),
    "risico": LocalText(
        "Drempel voor risico bereikt: {reasons}.",
        "Threshold for risk reached: {reasons}.",
    ),
    "below": LocalText(
        "Geen drempel voor risico bereikt: {concern} gebieden met zorg (drempel "
        "{t_concern}), {serious} met ernstige zorg (drempel {t_serious}), {total} punten "
        "(drempel {t_total}).",
        "No threshold for risk reached: {concern} areas with concern (threshold {t_concern}), "
        "{serious} with serious concern (threshold {t_serious}), {total} points (threshold "
        "{t_total}).",
    ),
    "acute_profile": LocalText(
        "Een teken van huidige uitbuiting maakt het profiel altijd verhoogd risico.",
        "A sign of current exploitation always makes the profile increased risk.",
    ),
    "protect_applied": LocalText(
        "Sterke beschermende factoren ({clusters}) verlagen het profiel van verhoogd risico "
        "naar risico. De signalen blijven staan en vragen om actie.",
        "Strong protective factors ({clusters}) lower the profile from increased risk to risk. "
        "The signals remain and call for action.",
    ),
    "protect_acute": LocalText(
        "Beschermende factoren ({clusters}) zijn aanwezig, maar verlagen het profiel niet: "
        "er is een teken van huidige uitbuiting.",
        "Protective factors ({clusters}) are present but do not lower the profile: there is a "
        "sign of current exploitation.",
    ),
    "protect_few": LocalText(
        "Beschermende factoren ({clusters}) zijn aanwezig, maar in {n} cluster(s); voor "
        "verlaging van het profiel zijn er {t} nodig.",
        "Protective factors ({clusters}) are present, but in {n} cluster(s); lowering the "
        "profile needs {t}.",
    ),
    "protect_serious": LocalText(
        "Beschermende factoren ({clusters}) zijn aanwezig, maar verlagen het profiel niet: "
        "{n} gebieden met ernstige zorg (verlaging kan tot en met {t}).",
        "Protective factors ({clusters}) are present but do not lower the profile: {n} areas "
        "with serious concern (lowering is possible up to {t}).",
    ),
    ContextFlag.UNDER_13: LocalText(
        "De jongere is jonger dan 13 en er is minstens één risicosignaal: het profiel is "
        "daarom minstens risico.",
        "The young person is under 13 and there is at least one risk signal: the profile is "
        "therefore at least risk.",
    ),
    ContextFlag.INTELLECTUAL_DISABILITY: LocalText(
        "De jongere heeft een (licht) verstandelijke beperking en er is minstens één "
        "risicosignaal: het profiel is daarom minstens risico.",
        "The young person has a (mild) intellectual disability and there is at least one risk "
        "signal: the profile is therefore at least risk.",
    ),
    f"{ContextFlag.UNDER_13}_advice": LocalText(
        "Je kind is jonger dan 13. Dan is ook één signaal genoeg om advies te vragen.",
        "Your child is under 13. Then even one signal is reason enough to ask for advice.",
    ),
    f"{ContextFlag.INTELLECTUAL_DISABILITY}_advice": LocalText(
        "Je kind heeft een (licht) verstandelijke beperking. Dan is ook één signaal genoeg "
        "om advies te vragen.",
        "Your child has a (mild) intellectual disability. Then even one signal is reason "
        "enough to ask for advice.",
    ),
    "profile": LocalText("Profiel: {profile}.", "Profile: {profile}."),
    "gaps_some": LocalText(
        "{n} van de {total} vragen zijn onbekend of niet beantwoord. Ze tellen niet mee als "
        "'niet aanwezig'; probeer ze later in te vullen.",
        "{n} of the {total} items are unknown or unanswered. They do not count as 'not "
        "present'; try to fill them in later.",
    ),
    "gaps_many": LocalText(
        "{n} van de {total} vragen ({pct}%) zijn onbekend of niet beantwoord. Het beeld is "
        "onvolledig en de uitkomst kan te laag zijn. Zoek eerst meer uit en vul de "
        "vragenlijst opnieuw in.",
        "{n} of the {total} items ({pct}%) are unknown or unanswered. The picture is "
        "incomplete and the outcome may be too low. Find out more first and fill in the "
        "questionnaire again.",
    ),
    "gaps_public": LocalText(
        "Bij {n} van de {total} vragen weet je het antwoord (nog) niet. Dat is normaal. "
        "Het advies gaat over wat je wel weet.",
        "For {n} of the {total} questions you do not know the answer (yet). That is normal. "
        "The advice is about what you do know.",
    ),
    "ignored": LocalText(
        "{n} keer 'aanwezig' bij vervolgvragen die niet van toepassing zijn; niet meegeteld.",
        "{n} 'present' answer(s) to follow-up items that do not apply were not counted.",
    ),
    "age_range": LocalText(
        "Leeftijd {age} valt buiten de doelgroep van dit instrument ({low}–{high} jaar). "
        "Gebruik de uitkomst met extra voorzichtigheid.",
        "Age {age} is outside this instrument's target group ({low}–{high} years). Use the "
        "outcome with extra care.",
    ),
}
