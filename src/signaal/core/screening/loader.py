"""Read an instrument YAML file into frozen dataclasses, reporting every problem at once.

Like pyxform: the file becomes plain data, is validated, and only then used. A problem names
the file, the line and the item id, says what is wrong and how to fix it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from signaal.core.errors import ErrorCode, SignaalError, problem, raise_if
from signaal.core.i18n import LocalText
from signaal.core.knowledge.loader import knowledge_base
from signaal.core.knowledge.model import KnowledgeBase
from signaal.core.schema import Reader
from signaal.core.screening import conditions
from signaal.core.screening.model import (
    AdviceRule,
    Answer,
    Area,
    Audience,
    Cluster,
    Instrument,
    Item,
    ItemKind,
    Method,
    Party,
    Phase,
    Scoring,
    Thresholds,
)
from signaal.core.sources import YMap, YNode, load_yaml

VERSION = re.compile(r"^\d+\.\d+(\.\d+)?$")
PREFIX = re.compile(r"^[A-Z]{2,4}$")
WEIGHTS = (1, 3)

TOP_FIELDS = (
    "id",
    "version",
    "audience",
    "title",
    "description",
    "answers",
    "scoring",
    "areas",
    "advice",
)
TOP_OPTIONAL = ("protective", "ages")
AREA_FIELDS = ("id", "title", "items")
AREA_OPTIONAL = ("article", "levels")
ITEM_FIELDS = ("id", "text")
ITEM_OPTIONAL = ("kind", "weight", "phase", "help", "why", "show_if", "article")
ADVICE_FIELDS = ("id", "when", "party", "text")
ADVICE_OPTIONAL = ("phase", "urgent", "articles", "referrals")
SCORING_FIELDS = ("method", "rule_prefix")
SCORING_OPTIONAL = ("area_levels", "risico", "verhoogd_risico", "protective", "uncertain_share")
THRESHOLD_FIELDS = ("areas_with_concern", "areas_with_serious_concern", "total_points")

AREA_WORD = LocalText("onbekend gebied", "unknown area")
ITEM_WORD = LocalText("onbekend item", "unknown item")
ARTICLE_WORD = LocalText("onbekend artikel", "unknown article")
REFERRAL_WORD = LocalText("onbekende verwijzing", "unknown referral")


def instruments_dir() -> Path:
    return Path(str(resources.files("signaal.core.screening") / "instruments"))


class _Builder:
    """Walks one file; keeps what was read so far for reference checks."""

    def __init__(self, reader: Reader, kb: KnowledgeBase) -> None:
        self.r = reader
        self.kb = kb
        self.item_lines: dict[str, int] = {}
        self.group_lines: dict[str, int] = {}
        self.area_ids: set[str] = set()
        self.audience: Audience | None = None
        self.all_item_ids: set[str] = set()

    # -- items ---------------------------------------------------------------------------

    def item(self, node: YNode, *, protective: bool) -> Item | None:
        r = self.r
        m = r.mapping(node, field="item", required=ITEM_FIELDS, optional=ITEM_OPTIONAL)
        if m is None:
            return None
        iid = r.identifier(m, "id")
        if iid is not None and iid in self.item_lines:
            r.add(
                ErrorCode.DUPLICATE_ID,
                line=m.line,
                item=iid,
                value=iid,
                first=self.item_lines[iid],
            )
            iid = None
        kind = (
            r.enum(m, "kind", ItemKind, item=iid)
            if "kind" in m.entries
            else (ItemKind.PROTECTIVE if protective else ItemKind.RISK)
        )
        if kind is not None and protective != (kind is ItemKind.PROTECTIVE):
            allowed = "protective" if protective else "risk, critical"
            r.add(
                ErrorCode.INVALID_VALUE,
                line=m.entries["kind"].line,
                item=iid,
                field="kind",
                value=kind.value,
                allowed=allowed,
            )
            kind = None
        weight = r.weight(m, "weight", WEIGHTS, item=iid) if "weight" in m.entries else 1
        phase = r.enum(m, "phase", Phase, item=iid)
        text = r.text(m, "text", item=iid)
        help_text = r.text(m, "help", item=iid)
        why = r.text(m, "why", item=iid)
        if self.audience is Audience.PUBLIC and "why" not in m.entries:
            r.add(ErrorCode.MISSING_FIELD, line=m.line, item=iid, field="why")
        show_if = None
        if "show_if" in m.entries:
            show_if = self.condition(m.entries["show_if"], item=iid, field="show_if")
            if show_if is not None and show_if.outcome_based:
                r.add(
                    ErrorCode.CONDITION_NOT_ALLOWED,
                    line=m.entries["show_if"].line,
                    item=iid,
                    value=", ".join(conditions.outcome_keys(show_if)),
                )
                show_if = None
            for ref, line in show_if.items() if show_if is not None else ():
                if ref == iid or (ref not in self.item_lines and ref in self.all_item_ids):
                    r.add(ErrorCode.FORWARD_REFERENCE, line=line, item=iid, value=ref)
        article = r.string(m, "article", item=iid)
        self.check_article(article, m, "article", iid)
        if iid is not None:
            self.item_lines[iid] = m.line
        if None in (iid, kind, weight, text):
            return None
        assert iid and kind and weight and text  # noqa: S101 - narrowed for mypy
        return Item(
            iid,
            kind,
            text,
            m.line,
            weight=weight,
            phase=phase,
            help=help_text,
            why=why,
            show_if=show_if,
            article=article,
        )

    def condition(
        self, node: YNode, *, item: str | None, field: str
    ) -> conditions.Condition | None:
        cond = conditions.parse(node, self.r, item=item, field=field)
        if cond is None:
            return None
        for ref, line in cond.items():
            if ref not in self.all_item_ids:
                self.r.add(
                    ErrorCode.UNKNOWN_REFERENCE,
                    line=line,
                    item=item,
                    kind=ITEM_WORD,
                    value=ref,
                    hint="",
                )
        return cond

    def check_article(self, article: str | None, m: YMap, key: str, item: str | None) -> None:
        if article is not None and article not in self.kb.articles:
            self.r.add(
                ErrorCode.UNKNOWN_REFERENCE,
                line=m.entries[key].line,
                item=item,
                kind=ARTICLE_WORD,
                value=article,
                hint=" Zie/see 'signaal knowledge list'.",
            )

    # -- groups --------------------------------------------------------------------------

    def group(
        self, node: YNode, *, protective: bool
    ) -> tuple[str, LocalText, tuple[Item, ...], YMap] | None:
        r = self.r
        m = r.mapping(
            node,
            field="cluster" if protective else "area",
            required=AREA_FIELDS,
            optional=() if protective else AREA_OPTIONAL,
        )
        if m is None:
            return None
        gid = r.identifier(m, "id")
        if gid is not None and gid in self.group_lines:
            r.add(
                ErrorCode.DUPLICATE_ID,
                line=m.line,
                item=gid,
                value=gid,
                first=self.group_lines[gid],
            )
            gid = None
        if gid is not None and not protective:
            self.area_ids.add(gid)
        if gid is not None:
            self.group_lines[gid] = m.line
        title = r.text(m, "title", item=gid)
        nodes = r.seq(m, "items", item=gid)
        if "items" in m.entries and not nodes:
            r.add(ErrorCode.EMPTY_AREA, line=m.line, item=gid, value=gid or "?")
        items = tuple(i for i in (self.item(n, protective=protective) for n in nodes) if i)
        if gid is None or title is None or len(items) != len(nodes):
            return None
        return gid, title, items, m

    def area(self, node: YNode) -> Area | None:
        found = self.group(node, protective=False)
        if found is None:
            return None
        gid, title, items, m = found
        article = self.r.string(m, "article", item=gid)
        self.check_article(article, m, "article", gid)
        concern = serious = None
        if "levels" in m.entries:
            levels = self.r.mapping(
                m.entries["levels"], field="levels", item=gid, required=("concern", "serious")
            )
            if levels is not None:
                concern, serious = self.levels(levels, item=gid)
        return Area(gid, title, items, m.line, article=article, concern=concern, serious=serious)

    def cluster(self, node: YNode) -> Cluster | None:
        found = self.group(node, protective=True)
        if found is None:
            return None
        gid, title, items, m = found
        return Cluster(gid, title, items, m.line)

    # -- advice --------------------------------------------------------------------------

    def advice(self, node: YNode, seen: dict[str, int]) -> AdviceRule | None:
        r = self.r
        m = r.mapping(node, field="advice", required=ADVICE_FIELDS, optional=ADVICE_OPTIONAL)
        if m is None:
            return None
        aid = r.identifier(m, "id")
        if aid is not None and aid in seen:
            r.add(ErrorCode.DUPLICATE_ID, line=m.line, item=aid, value=aid, first=seen[aid])
            aid = None
        if aid is not None:
            seen[aid] = m.line
        when = (
            self.condition(m.entries["when"], item=aid, field="when")
            if ("when" in m.entries)
            else None
        )
        for area, line in conditions.area_refs(when) if when is not None else ():
            if area not in self.area_ids:
                r.add(
                    ErrorCode.UNKNOWN_REFERENCE,
                    line=line,
                    item=aid,
                    kind=AREA_WORD,
                    value=area,
                    hint="",
                )
        party = r.enum(m, "party", Party, item=aid)
        phase = r.enum(m, "phase", Phase, item=aid)
        urgent = r.boolean(m, "urgent", item=aid) or False
        text = r.text(m, "text", item=aid)
        articles = r.id_list(m, "articles", item=aid)
        referrals = r.id_list(m, "referrals", item=aid)
        for ref, line in articles:
            if ref not in self.kb.articles:
                r.add(
                    ErrorCode.UNKNOWN_REFERENCE,
                    line=line,
                    item=aid,
                    kind=ARTICLE_WORD,
                    value=ref,
                    hint="",
                )
        for ref, line in referrals:
            if ref not in self.kb.referrals:
                r.add(
                    ErrorCode.UNKNOWN_REFERENCE,
                    line=line,
                    item=aid,
                    kind=REFERRAL_WORD,
                    value=ref,
                    hint="",
                )
        if None in (aid, when, party, text):
            return None
        assert aid and when and party and text  # noqa: S101 - narrowed for mypy
        return AdviceRule(
            aid,
            when,
            party,
            text,
            m.line,
            phase=phase,
            urgent=urgent,
            articles=tuple(a for a, _ in articles),
            referrals=tuple(a for a, _ in referrals),
        )

    # -- scoring -------------------------------------------------------------------------

    def scoring(self, node: YNode | None) -> Scoring | None:
        r = self.r
        m = r.mapping(node, field="scoring", required=SCORING_FIELDS, optional=SCORING_OPTIONAL)
        if m is None:
            return None
        method = r.enum(m, "method", Method)
        prefix = r.string(m, "rule_prefix")
        if prefix is not None and not PREFIX.match(prefix):
            r.add(
                ErrorCode.INVALID_VALUE,
                line=m.entries["rule_prefix"].line,
                field="rule_prefix",
                value=prefix,
                allowed="2 to 4 capital letters",
            )
            prefix = None
        kwargs: dict[str, object] = {}
        if "area_levels" in m.entries:
            lv = r.mapping(
                m.entries["area_levels"], field="area_levels", required=("concern", "serious")
            )
            if lv is not None:
                kwargs["concern"], kwargs["serious"] = self.levels(lv, item=None)
        for key, attr in (("risico", "risico"), ("verhoogd_risico", "verhoogd")):
            if key in m.entries:
                t = r.mapping(m.entries[key], field=key, required=THRESHOLD_FIELDS)
                if t is not None:
                    values = [self.non_negative(t, f) for f in THRESHOLD_FIELDS]
                    if None not in values:
                        kwargs[attr] = Thresholds(*(int(v) for v in values if v is not None))
            elif method is Method.PROFILE:
                r.add(ErrorCode.MISSING_FIELD, line=m.line, field=key)
        low, high = kwargs.get("risico"), kwargs.get("verhoogd")
        if isinstance(low, Thresholds) and isinstance(high, Thresholds):
            for name in THRESHOLD_FIELDS:
                a, b = getattr(low, name), getattr(high, name)
                if a and b and a > b:  # 0 switches a threshold off
                    r.add(
                        ErrorCode.INVALID_VALUE,
                        line=m.entries["verhoogd_risico"].line,
                        field=f"verhoogd_risico.{name}",
                        value=b,
                        allowed=f"at least risico.{name} ({a})",
                    )
        if "protective" in m.entries:
            p = r.mapping(
                m.entries["protective"],
                field="protective",
                required=("strong_cluster_share", "clusters_for_mitigation", "max_serious_areas"),
            )
            if p is not None:
                kwargs["strong_cluster_share"] = self.share(p, "strong_cluster_share")
                kwargs["clusters_for_mitigation"] = self.non_negative(p, "clusters_for_mitigation")
                kwargs["mitigation_max_serious_areas"] = self.non_negative(p, "max_serious_areas")
        if "uncertain_share" in m.entries:
            kwargs["uncertain_share"] = self.share(m, "uncertain_share")
        if method is None or prefix is None or None in kwargs.values():
            return None
        return Scoring(method, prefix, **kwargs)  # type: ignore[arg-type]

    def non_negative(self, m: YMap, key: str, *, item: str | None = None) -> int | None:
        value = self.r.integer(m, key, item=item)
        if value is not None and value < 0:
            self.r.add(
                ErrorCode.INVALID_VALUE,
                line=m.entries[key].line,
                item=item,
                field=key,
                value=value,
                allowed="0 or more",
            )
            return None
        return value

    def levels(self, m: YMap, *, item: str | None) -> tuple[int | None, int | None]:
        """Points for 'zorg' and 'ernstige zorg': at least 1, and concern below serious."""
        concern = self.non_negative(m, "concern", item=item)
        serious = self.non_negative(m, "serious", item=item)
        if concern is not None and serious is not None and not 1 <= concern <= serious:
            self.r.add(
                ErrorCode.INVALID_VALUE,
                line=m.line,
                item=item,
                field="levels",
                value=f"concern {concern}, serious {serious}",
                allowed="1 <= concern <= serious",
            )
            return None, None
        return concern, serious

    def share(self, m: YMap, key: str) -> float | None:
        value = self.r.number(m, key)
        if value is not None and not 0 < value <= 1:
            self.r.add(
                ErrorCode.INVALID_VALUE,
                line=m.entries[key].line,
                field=key,
                value=value,
                allowed="a share above 0 and at most 1",
            )
            return None
        return value


def _collect_item_ids(root: YMap) -> set[str]:
    """Every item id in the file, so a condition can tell 'unknown' from 'comes later'."""
    found: set[str] = set()
    for key in ("areas", "protective"):
        groups = root.entries.get(key)
        for group in getattr(groups, "items", ()):
            items = group.entries.get("items") if isinstance(group, YMap) else None
            for item in getattr(items, "items", ()):
                ident = item.entries.get("id") if isinstance(item, YMap) else None
                value = getattr(ident, "value", None)
                if isinstance(value, str):
                    found.add(value)
    return found


def load_instrument(
    path: Path, *, kb: KnowledgeBase | None = None, label: str | None = None
) -> Instrument:
    """Read and validate one instrument file; raise one error listing every problem."""
    name = label or path.name
    root = load_yaml(path, label=name)
    reader = Reader(name)
    if kb is None:
        kb = knowledge_base()
    b = _Builder(reader, kb)
    top = reader.mapping(root, field="instrument", required=TOP_FIELDS, optional=TOP_OPTIONAL)
    if top is None:
        raise SignaalError(reader.problems)
    b.all_item_ids = _collect_item_ids(top)
    iid = reader.identifier(top, "id")
    version = reader.string(top, "version")
    if version is not None and not VERSION.match(version):
        reader.add(
            ErrorCode.INVALID_VALUE,
            line=top.entries["version"].line,
            field="version",
            value=version,
            allowed="a version such as 1.0.0 (quote it in YAML)",
        )
    b.audience = reader.enum(top, "audience", Audience)
    title = reader.text(top, "title")
    description = reader.text(top, "description")
    labels = _answer_labels(reader, top.entries.get("answers"))
    min_age, max_age = _ages(reader, top)
    scoring = b.scoring(top.entries.get("scoring"))
    area_nodes = reader.seq(top, "areas")
    if "areas" in top.entries and not area_nodes:
        reader.add(ErrorCode.EMPTY_AREA, line=top.entries["areas"].line, value="areas")
    areas = [b.area(n) for n in area_nodes]
    clusters = [b.cluster(n) for n in reader.seq(top, "protective", required=False)]
    seen: dict[str, int] = {}
    advice = [b.advice(n, seen) for n in reader.seq(top, "advice")]
    raise_if(reader.problems)
    assert iid and version and b.audience and title and description and scoring  # noqa: S101
    return Instrument(
        iid,
        version,
        b.audience,
        title,
        description,
        labels,
        tuple(a for a in areas if a),
        tuple(c for c in clusters if c),
        tuple(a for a in advice if a),
        scoring,
        min_age=min_age,
        max_age=max_age,
        source=name,
    )


def _answer_labels(reader: Reader, node: YNode | None) -> dict[Answer, LocalText]:
    m = reader.mapping(node, field="answers", required=[a.value for a in Answer])
    labels: dict[Answer, LocalText] = {}
    for answer in Answer:
        text = reader.text(m, answer.value) if m is not None else None
        if text is not None:
            labels[answer] = text
    return labels


def _ages(reader: Reader, top: YMap) -> tuple[int, int]:
    if "ages" not in top.entries:
        return 12, 18
    m = reader.mapping(top.entries["ages"], field="ages", required=("min", "max"))
    low = reader.integer(m, "min") if m is not None else None
    high = reader.integer(m, "max") if m is not None else None
    if low is None or high is None:
        return 12, 18
    if not 0 <= low <= high <= 99:
        reader.add(
            ErrorCode.INVALID_VALUE,
            line=top.entries["ages"].line,
            field="ages",
            value=f"{low}-{high}",
            allowed="0 <= min <= max <= 99",
        )
    return low, high


@lru_cache(maxsize=8)
def _shipped(name: str) -> Instrument:
    return load_instrument(instruments_dir() / f"{name}.yaml")


def shipped_ids() -> list[str]:
    return sorted(p.stem for p in instruments_dir().glob("*.yaml"))


def get_instrument(name: str) -> Instrument:
    """A shipped instrument by id (loaded once), or an error listing those that exist."""
    ids = shipped_ids()
    if name not in ids:
        raise SignaalError(
            [problem(ErrorCode.UNKNOWN_INSTRUMENT, value=name, allowed=", ".join(ids))]
        )
    return _shipped(name)


def shipped_instruments() -> list[Instrument]:
    return [get_instrument(name) for name in shipped_ids()]
