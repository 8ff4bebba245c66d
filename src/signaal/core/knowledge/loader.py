"""Load and validate the knowledge base shipped in the package.

Every problem is collected (front matter, ids, links between articles and to referral
entries) and raised at once; the loaded base is cached because it never changes at run time.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache
from importlib import resources
from pathlib import Path

from signaal.core.errors import ErrorCode, SignaalError, raise_if
from signaal.core.i18n import Lang, LocalText
from signaal.core.knowledge.model import (
    Article,
    ArticleAudience,
    Country,
    KnowledgeBase,
    Referral,
    ReferralKind,
    Topic,
)
from signaal.core.schema import Reader
from signaal.core.sources import YMap, parse_yaml, read_text

FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
LINK = re.compile(r"\]\(([^)\s]*)\)")
RAW_HTML = re.compile(r"<[A-Za-z!/]")
WEB = re.compile(r"^https://[a-z0-9.-]+\.[a-z]{2,}(/[^\s]*)?$")
PHONE = re.compile(r"^\+?[0-9][0-9 -]{1,18}[0-9]$")

ARTICLE = LocalText("onbekend artikel", "unknown article")
REFERRAL = LocalText("onbekende verwijzing", "unknown referral")
ARTICLE_FIELDS = ("id", "title", "summary", "audience", "topic")
ARTICLE_OPTIONAL = ("area", "related", "referrals")
REFERRAL_FIELDS = ("id", "name", "countries", "kinds", "description", "for_whom", "when", "hours")
REFERRAL_OPTIONAL = ("phone", "web", "chat", "how")


def package_dir() -> Path:
    return Path(str(resources.files("signaal.core.knowledge")))


def load_referrals(path: Path, reader: Reader) -> dict[str, Referral]:
    root = parse_yaml(read_text(path, label=path.name), name=path.name)
    top = reader.mapping(root, field="referrals.yaml", required=("referrals",))
    out: dict[str, Referral] = {}
    if top is None:
        return out
    for node in reader.seq(top, "referrals"):
        m = reader.mapping(
            node, field="referral", required=REFERRAL_FIELDS, optional=REFERRAL_OPTIONAL
        )
        if m is None:
            continue
        rid = reader.identifier(m, "id")
        if rid is not None and rid in out:
            reader.add(
                ErrorCode.DUPLICATE_ID, line=m.line, item=rid, value=rid, first=out[rid].line
            )
            continue
        countries = tuple(Country(v) for v in _enums(reader, m, "countries", Country, rid))
        kinds = tuple(ReferralKind(v) for v in _enums(reader, m, "kinds", ReferralKind, rid))
        phone, web, chat = (reader.string(m, k, item=rid) for k in ("phone", "web", "chat"))
        if phone is not None and not PHONE.match(phone):
            reader.add(
                ErrorCode.INVALID_VALUE,
                line=m.entries["phone"].line,
                item=rid,
                field="phone",
                value=phone,
                allowed="digits, spaces, '-' and a leading +",
            )
        for key, url in (("web", web), ("chat", chat)):
            if url is not None and not WEB.match(url):
                reader.add(
                    ErrorCode.INVALID_VALUE,
                    line=m.entries[key].line,
                    item=rid,
                    field=key,
                    value=url,
                    allowed="an https:// address",
                )
        how = reader.text(m, "how", item=rid)
        if phone is None and web is None and chat is None and how is None:
            reader.add(
                ErrorCode.MISSING_FIELD, line=m.line, item=rid, field="phone, web, chat or how"
            )
        name = reader.string(m, "name", item=rid)
        texts = [reader.text(m, k, item=rid) for k in ("description", "for_whom", "when", "hours")]
        if rid is None or name is None or not countries or not kinds or None in texts:
            continue
        description, for_whom, when, hours = texts
        assert description and for_whom and when and hours  # noqa: S101 - narrowed above
        out[rid] = Referral(
            rid,
            name,
            countries,
            kinds,
            description,
            for_whom,
            when,
            hours,
            line=m.line,
            phone=phone,
            web=web,
            chat=chat,
            how=how,
        )
    return out


def _enums(reader: Reader, m: YMap, key: str, kind: type[StrEnum], item: str | None) -> list[str]:
    """The valid values of a list of enum values; each invalid one is reported."""
    values = []
    allowed = [k.value for k in kind]
    listed = reader.id_list(m, key, item=item)
    for value, line in listed:
        if value in allowed:
            values.append(value)
        else:
            reader.add(
                ErrorCode.INVALID_VALUE,
                line=line,
                item=item,
                field=key,
                value=value,
                allowed=", ".join(allowed),
            )
    if key in m.entries and not listed:  # an empty list; bad values are reported above
        reader.add(ErrorCode.MISSING_FIELD, line=m.entries[key].line, item=item, field=key)
    return values


def load_article(
    path: Path, lang: Lang, reader: Reader
) -> tuple[Article | None, list[tuple[str, str, int]]]:
    """One article and its outgoing links (kind, target, line) for checking later."""
    label = f"articles/{lang.value}/{path.name}"
    try:
        text = read_text(path, label=label)
    except SignaalError as exc:
        reader.problems.extend(exc.problems)
        return None, []
    text = text.replace("\r\n", "\n")
    match = FRONT_MATTER.match(text)
    saved, reader.file = reader.file, label
    try:
        if match is None:
            reader.add(ErrorCode.MISSING_FIELD, line=1, field="front matter (--- ... ---)")
            return None, []
        try:
            root = parse_yaml(match.group(1), name=label, first_line=2)
        except SignaalError as exc:
            reader.problems.extend(exc.problems)
            return None, []
        m = reader.mapping(
            root, field="front matter", required=ARTICLE_FIELDS, optional=ARTICLE_OPTIONAL
        )
        if m is None:
            return None, []
        aid = reader.identifier(m, "id")
        if aid is not None and aid != path.stem:
            reader.add(
                ErrorCode.INVALID_ID,
                line=m.entries["id"].line,
                item=aid,
                value=aid,
                rule=f"it must equal the file name '{path.stem}'",
            )
        title, summary = reader.string(m, "title", item=aid), reader.string(m, "summary", item=aid)
        audience = reader.enum(m, "audience", ArticleAudience, item=aid)
        topic = reader.enum(m, "topic", Topic, item=aid)
        area = reader.string(m, "area", item=aid)
        if topic is Topic.AREA and area is None:
            reader.add(ErrorCode.MISSING_FIELD, line=m.line, item=aid, field="area")
        related = reader.id_list(m, "related", item=aid)
        referrals = reader.id_list(m, "referrals", item=aid)
        body_start = text.count("\n", 0, match.end()) + 1
        body = text[match.end() :]
        links = [("kb", t, ln) for t, ln in related] + [("ref", t, ln) for t, ln in referrals]
        for offset, line_text in enumerate(body.split("\n")):
            line = body_start + offset
            if RAW_HTML.search(line_text):
                reader.add(
                    ErrorCode.BROKEN_LINK,
                    line=line,
                    item=aid,
                    value="<…>",
                    detail="raw HTML is not allowed in articles",
                )
            for target in LINK.findall(line_text):
                kind, _, rest = target.partition(":")
                if kind in ("kb", "ref") and rest:
                    links.append((kind, rest.split("#", 1)[0], line))
                else:
                    reader.add(
                        ErrorCode.BROKEN_LINK,
                        line=line,
                        item=aid,
                        value=target,
                        detail="use kb:ARTICLE or ref:REFERRAL; web addresses belong "
                        "in referrals.yaml",
                    )
        if None in (aid, title, summary, audience, topic):
            return None, links
        assert aid and title and summary and audience and topic  # noqa: S101 - narrowed
        article = Article(
            aid,
            lang,
            title,
            summary,
            audience,
            topic,
            body.strip(),
            label,
            area=area,
            related=tuple(t for t, _ in related),
            referrals=tuple(t for t, _ in referrals),
        )
        return article, links
    finally:
        reader.file = saved


def load_knowledge_base(base: Path | None = None) -> KnowledgeBase:
    """Read and check every article and referral; raise one error listing every problem."""
    base = base or package_dir()
    reader = Reader("referrals.yaml")
    referrals = load_referrals(base / "referrals.yaml", reader)
    articles: dict[str, dict[Lang, Article]] = {}
    links: list[tuple[str, str | None, str, str, int]] = []
    for lang in Lang:
        folder = base / "articles" / lang.value
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
            article, found = load_article(path, lang, reader)
            label = f"articles/{lang.value}/{path.name}"
            links.extend((label, path.stem, kind, target, line) for kind, target, line in found)
            if article is not None:
                articles.setdefault(article.id, {})[lang] = article
    for aid, versions in articles.items():
        if Lang.NL not in versions:
            reader.add(
                ErrorCode.ORPHAN_TRANSLATION,
                file=versions[Lang.EN].file,
                line=1,
                item=aid,
                value=aid,
            )
    for label, source, kind, target, line in links:
        known = articles if kind == "kb" else referrals
        if target not in known:
            what = ARTICLE if kind == "kb" else REFERRAL
            reader.add(
                ErrorCode.UNKNOWN_REFERENCE,
                file=label,
                line=line,
                item=source,
                kind=what,
                value=target,
                hint="",
            )
    raise_if(reader.problems)
    return KnowledgeBase({k: v for k, v in articles.items() if Lang.NL in v}, referrals)


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The knowledge base shipped in the package, loaded once."""
    return load_knowledge_base()
