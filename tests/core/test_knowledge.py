"""The knowledge base: the shipped articles and referrals, and the validator's problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from signaal.core.errors import ErrorCode, SignaalError
from signaal.core.i18n import Lang, LocalText
from signaal.core.knowledge.loader import knowledge_base, load_knowledge_base
from signaal.core.knowledge.model import ArticleAudience, Country, ReferralKind, Topic

# -- a small, valid knowledge folder -----------------------------------------------------

# line numbers matter: 'hulplijn' starts on line 2, its mapping on line 2
REFERRALS = """\
referrals:
  - id: hulplijn
    name: Hulplijn
    countries: [NL, BE]
    kinds: [advice, youth]
    phone: "0800 1234"
    web: https://www.example.nl/hulp
    description: {nl: Een hulplijn., en: A helpline.}
    for_whom: {nl: Iedereen., en: Everyone.}
    when: {nl: Bij zorgen., en: When worried.}
    hours: {nl: Dag en nacht., en: Day and night.}
"""

# a second entry, appended after REFERRALS: its mapping starts on line 12
SECOND = """\
  - id: {rid}
    name: Tweede
    countries: {countries}
    kinds: [report]
{contact}    description: {{nl: Tweede lijn., en: Second line.}}
    for_whom: {{nl: Ouders., en: Parents.}}
    when: {when}
    hours: {{nl: Op werkdagen., en: On weekdays.}}
"""

# lines: 1 '---', 2 id, 3 title, ..., 9 '---', 10 heading, 11 blank, 12 the first body line
ARTICLE = """\
---
id: {aid}
title: {title}
summary: Korte samenvatting.
audience: {audience}
topic: theme
related: [{related}]
referrals: [hulplijn]
---
# {title}

Lees ook [het andere artikel](kb:{related}) of bel [de hulplijn](ref:hulplijn#bellen).
"""


def article(
    aid: str, *, related: str, title: str = "Titel", audience: str = "all", extra: str = ""
) -> str:
    return ARTICLE.format(aid=aid, related=related, title=title, audience=audience) + extra


def second(
    *,
    rid: str = "tweede",
    countries: str = "[NL]",
    contact: str = '    phone: "112"\n',
    when: str = "{nl: Altijd., en: Always.}",
) -> str:
    return SECOND.format(rid=rid, countries=countries, contact=contact, when=when)


def good_files() -> dict[str, str]:
    return {
        "referrals.yaml": REFERRALS,
        "articles/nl/een.md": article("een", related="twee", title="Een"),
        "articles/nl/twee.md": article("twee", related="een", title="Twee"),
        "articles/en/een.md": article("een", related="twee", title="One"),
    }


def write_kb(tmp_path: Path, files: dict[str, str]) -> Path:
    base = tmp_path / "knowledge"
    for rel, text in files.items():
        path = base / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return base


def problems_of(
    tmp_path: Path, files: dict[str, str]
) -> list[tuple[ErrorCode, str | None, int | None, str | None, str]]:
    """Every problem as (code, file, line, item, English message)."""
    with pytest.raises(SignaalError) as exc:
        load_knowledge_base(write_kb(tmp_path, files))
    return [(p.code, p.file, p.line, p.item, p.render(Lang.EN)) for p in exc.value.problems]


# -- the shipped knowledge base ----------------------------------------------------------


def test_it_loads_the_shipped_knowledge_base_with_18_articles() -> None:
    kb = load_knowledge_base()

    assert len(kb.articles) == 18
    assert all(Lang.NL in versions for versions in kb.articles.values())
    assert all(v.id == aid for aid, vs in kb.articles.items() for v in vs.values())


def test_it_ships_every_article_in_dutch_and_english() -> None:
    kb = knowledge_base()

    assert {aid: set(v) for aid, v in kb.articles.items()} == {
        aid: {Lang.NL, Lang.EN} for aid in kb.articles
    }
    assert kb.article("fasen", Lang.NL).title == "De fasen van uitbuiting"
    assert kb.article("fasen", Lang.EN).title == "The phases of exploitation"


def test_it_ships_the_key_referrals() -> None:
    referrals = knowledge_base().referrals

    assert {"veilig-thuis", "child-focus", "1712", "alarmnummer-112"} <= set(referrals)
    assert referrals["1712"].id == "1712"
    assert referrals["veilig-thuis"].countries == (Country.NL,)
    assert Country.BE in referrals["child-focus"].countries


def test_it_gives_every_shipped_referral_a_contact_route() -> None:
    referrals = knowledge_base().referrals.values()

    assert [r.id for r in referrals if not (r.phone or r.web or r.chat or r.how)] == []
    assert all(r.web is None or r.web.startswith("https://") for r in referrals)
    assert all(r.chat is None or r.chat.startswith("https://") for r in referrals)


def test_it_caches_the_shipped_knowledge_base() -> None:
    assert knowledge_base() is knowledge_base()


def test_it_filters_referrals_by_country() -> None:
    kb = knowledge_base()

    nl = [r.id for r in kb.referral_list(Country.NL)]
    be = [r.id for r in kb.referral_list(Country.BE)]

    assert {"veilig-thuis", "alarmnummer-112"} <= set(nl)
    assert {"child-focus", "1712", "alarmnummer-112"} <= set(be)
    assert {"child-focus", "1712"}.isdisjoint(nl)
    assert "veilig-thuis" not in be
    assert all(Country.NL in r.countries for r in kb.referral_list(Country.NL))
    assert [r.id for r in kb.referral_list()] == list(kb.referrals)
    assert [r.id for r in kb.referral_list(None)] == list(kb.referrals)


def test_it_lists_articles_sorted_by_id_in_the_asked_language() -> None:
    kb = knowledge_base()

    listed = kb.article_list(Lang.EN)

    assert [a.id for a in listed] == sorted(kb.articles)
    assert {a.lang for a in listed} == {Lang.EN}


# -- a knowledge folder of our own -------------------------------------------------------


def test_it_loads_a_valid_knowledge_folder(tmp_path: Path) -> None:
    kb = load_knowledge_base(write_kb(tmp_path, good_files()))

    assert sorted(kb.articles) == ["een", "twee"]
    een = kb.article("een", Lang.NL)
    assert (een.id, een.lang, een.title, een.summary) == (
        "een",
        Lang.NL,
        "Een",
        "Korte samenvatting.",
    )
    assert (een.audience, een.topic, een.area) == (ArticleAudience.ALL, Topic.THEME, None)
    assert (een.related, een.referrals) == (("twee",), ("hulplijn",))
    assert een.file == "articles/nl/een.md"
    assert een.body.startswith("# Een\n\nLees ook [het andere artikel](kb:twee)")
    referral = kb.referrals["hulplijn"]
    assert referral.countries == (Country.NL, Country.BE)
    assert referral.kinds == (ReferralKind.ADVICE, ReferralKind.YOUTH)
    assert (referral.phone, referral.web, referral.chat, referral.how) == (
        "0800 1234",
        "https://www.example.nl/hulp",
        None,
        None,
    )
    assert referral.description == LocalText("Een hulplijn.", "A helpline.")
    assert referral.line == 2


def test_it_falls_back_to_the_dutch_article_without_a_translation(tmp_path: Path) -> None:
    kb = load_knowledge_base(write_kb(tmp_path, good_files()))

    assert kb.article("een", Lang.EN).title == "One"
    assert kb.article("twee", Lang.EN).lang is Lang.NL
    assert kb.article("twee", Lang.EN).title == "Twee"
    assert [a.lang for a in kb.article_list(Lang.EN)] == [Lang.EN, Lang.NL]


def test_it_accepts_a_referral_with_only_a_how_text(tmp_path: Path) -> None:
    how = "    how: {nl: Ga naar het ziekenhuis., en: Go to the hospital.}\n"
    files = {**good_files(), "referrals.yaml": REFERRALS + second(contact=how)}

    kb = load_knowledge_base(write_kb(tmp_path, files))

    assert kb.referrals["tweede"].how == LocalText("Ga naar het ziekenhuis.", "Go to the hospital.")
    assert kb.referrals["tweede"].phone is None


def test_it_accepts_windows_line_ends_in_an_article(tmp_path: Path) -> None:
    files = {
        **good_files(),
        "articles/nl/twee.md": article("twee", related="een").replace("\n", "\r\n"),
    }

    kb = load_knowledge_base(write_kb(tmp_path, files))

    assert kb.article("twee").title == "Titel"


def test_it_reports_an_article_without_front_matter__error(tmp_path: Path) -> None:
    files = {**good_files(), "articles/nl/drie.md": "# Drie\n\nGeen front matter.\n"}

    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.MISSING_FIELD,
            "articles/nl/drie.md",
            1,
            None,
            "articles/nl/drie.md:1: required field 'front matter (--- ... ---)' is missing.",
        )
    ]


def test_it_reports_an_id_that_differs_from_the_file_name__error(tmp_path: Path) -> None:
    files = {**good_files(), "articles/nl/drie.md": article("vier", related="een")}

    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.INVALID_ID,
            "articles/nl/drie.md",
            2,
            "vier",
            "articles/nl/drie.md:2: item vier: id 'vier' is invalid; "
            "it must equal the file name 'drie'.",
        )
    ]


def test_it_reports_an_unknown_kb_link_with_its_line__error(tmp_path: Path) -> None:
    text = article("drie", related="een", extra="\nZie ook [dit](kb:bestaat-niet#kop).\n")
    files = {**good_files(), "articles/nl/drie.md": text}

    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.UNKNOWN_REFERENCE,
            "articles/nl/drie.md",
            14,
            "drie",
            "articles/nl/drie.md:14: item drie: refers to unknown article 'bestaat-niet'.",
        )
    ]


def test_it_reports_an_unknown_related_id_with_its_line__error(tmp_path: Path) -> None:
    files = {**good_files(), "articles/nl/drie.md": article("drie", related="nergens")}

    # 'nergens' is named twice: in 'related' on line 7 and as a kb: link on line 12
    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.UNKNOWN_REFERENCE,
            "articles/nl/drie.md",
            7,
            "drie",
            "articles/nl/drie.md:7: item drie: refers to unknown article 'nergens'.",
        ),
        (
            ErrorCode.UNKNOWN_REFERENCE,
            "articles/nl/drie.md",
            12,
            "drie",
            "articles/nl/drie.md:12: item drie: refers to unknown article 'nergens'.",
        ),
    ]


def test_it_reports_an_unknown_ref_link__error(tmp_path: Path) -> None:
    text = article("drie", related="een", extra="\nBel [de lijn](ref:onbekend).\n")
    files = {**good_files(), "articles/nl/drie.md": text}

    problems = problems_of(tmp_path, files)

    assert problems == [
        (
            ErrorCode.UNKNOWN_REFERENCE,
            "articles/nl/drie.md",
            14,
            "drie",
            "articles/nl/drie.md:14: item drie: refers to unknown referral 'onbekend'.",
        )
    ]


def test_it_reports_an_unknown_referral_in_dutch__error(tmp_path: Path) -> None:
    text = article("drie", related="een", extra="\nBel [de lijn](ref:onbekend).\n")
    files = {**good_files(), "articles/nl/drie.md": text}

    with pytest.raises(SignaalError) as exc:
        load_knowledge_base(write_kb(tmp_path, files))

    assert exc.value.render(Lang.NL) == (
        "articles/nl/drie.md:14: item drie: verwijst naar onbekende verwijzing 'onbekend'."
    )


@pytest.mark.parametrize(
    "target",
    ["https://www.example.nl", "http://example.nl", "mailto:a@example.nl", "kb:", "andere.md"],
)
def test_it_refuses_a_link_that_is_not_kb_or_ref__error(tmp_path: Path, target: str) -> None:
    text = article("drie", related="een", extra=f"\nZie [de site]({target}).\n")
    files = {**good_files(), "articles/nl/drie.md": text}

    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.BROKEN_LINK,
            "articles/nl/drie.md",
            14,
            "drie",
            f"articles/nl/drie.md:14: item drie: link '{target}' is not allowed: "
            "use kb:ARTICLE or ref:REFERRAL; web addresses belong in referrals.yaml.",
        )
    ]


@pytest.mark.parametrize("html", ["<script>alert(1)</script>", "<b>vet</b>", "<!-- x -->"])
def test_it_refuses_raw_html_in_an_article__error(tmp_path: Path, html: str) -> None:
    text = article("drie", related="een", extra=f"\nTekst {html} tekst.\n")
    files = {**good_files(), "articles/nl/drie.md": text}

    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.BROKEN_LINK,
            "articles/nl/drie.md",
            14,
            "drie",
            "articles/nl/drie.md:14: item drie: link '<…>' is not allowed: "
            "raw HTML is not allowed in articles.",
        )
    ]


def test_it_reports_an_english_article_without_dutch_original__error(tmp_path: Path) -> None:
    files = {**good_files(), "articles/en/drie.md": article("drie", related="een")}

    problems = problems_of(tmp_path, files)

    assert problems == [
        (
            ErrorCode.ORPHAN_TRANSLATION,
            "articles/en/drie.md",
            1,
            "drie",
            "articles/en/drie.md:1: item drie: English version without a Dutch original; "
            "add nl/drie.md.",
        )
    ]


def test_it_reports_an_orphan_translation_in_dutch__error(tmp_path: Path) -> None:
    files = {**good_files(), "articles/en/drie.md": article("drie", related="een")}

    with pytest.raises(SignaalError) as exc:
        load_knowledge_base(write_kb(tmp_path, files))

    assert exc.value.render(Lang.NL) == (
        "articles/en/drie.md:1: item drie: Engelse versie zonder Nederlands origineel; "
        "voeg nl/drie.md toe."
    )


def test_it_reports_an_unknown_audience__error(tmp_path: Path) -> None:
    files = {**good_files(), "articles/nl/drie.md": article("drie", related="een", audience="kids")}

    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.INVALID_VALUE,
            "articles/nl/drie.md",
            5,
            "drie",
            "articles/nl/drie.md:5: item drie: 'audience' has value 'kids'; "
            "allowed are: professional, public, all.",
        )
    ]


def test_it_reports_an_area_article_without_its_area__error(tmp_path: Path) -> None:
    text = article("drie", related="een").replace("topic: theme", "topic: area")
    files = {**good_files(), "articles/nl/drie.md": text}

    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.MISSING_FIELD,
            "articles/nl/drie.md",
            2,
            "drie",
            "articles/nl/drie.md:2: item drie: required field 'area' is missing.",
        )
    ]


def test_it_reports_a_front_matter_syntax_error_at_its_file_line__error(tmp_path: Path) -> None:
    text = article("drie", related="een").replace("summary: Korte samenvatting.", "summary: [open")
    files = {**good_files(), "articles/nl/drie.md": text}

    problems = problems_of(tmp_path, files)

    assert [(code, file, line) for code, file, line, _, _ in problems] == [
        (ErrorCode.YAML_SYNTAX, "articles/nl/drie.md", 5)
    ]


def test_it_reports_a_bad_phone_number__error(tmp_path: Path) -> None:
    files = {**good_files(), "referrals.yaml": REFERRALS + second(contact='    phone: "bel ons"\n')}

    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.INVALID_VALUE,
            "referrals.yaml",
            16,
            "tweede",
            "referrals.yaml:16: item tweede: 'phone' has value 'bel ons'; "
            "allowed are: digits, spaces, '-' and a leading +.",
        )
    ]


@pytest.mark.parametrize("field", ["web", "chat"])
def test_it_refuses_a_web_address_that_is_not_https__error(tmp_path: Path, field: str) -> None:
    contact = f'    phone: "112"\n    {field}: http://www.example.nl\n'
    files = {**good_files(), "referrals.yaml": REFERRALS + second(contact=contact)}

    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.INVALID_VALUE,
            "referrals.yaml",
            17,
            "tweede",
            f"referrals.yaml:17: item tweede: '{field}' has value 'http://www.example.nl'; "
            "allowed are: an https:// address.",
        )
    ]


def test_it_reports_a_referral_without_any_contact_route__error(tmp_path: Path) -> None:
    files = {**good_files(), "referrals.yaml": REFERRALS + second(contact="")}

    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.MISSING_FIELD,
            "referrals.yaml",
            12,
            "tweede",
            "referrals.yaml:12: item tweede: required field 'phone, web, chat or how' is missing.",
        )
    ]


def test_it_reports_an_unknown_country__error(tmp_path: Path) -> None:
    files = {**good_files(), "referrals.yaml": REFERRALS + second(countries="[NL, DE]")}

    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.INVALID_VALUE,
            "referrals.yaml",
            14,
            "tweede",
            "referrals.yaml:14: item tweede: 'countries' has value 'DE'; allowed are: NL, BE.",
        )
    ]


def test_it_reports_a_duplicate_referral_id_with_its_first_line__error(tmp_path: Path) -> None:
    files = {**good_files(), "referrals.yaml": REFERRALS + second(rid="hulplijn")}

    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.DUPLICATE_ID,
            "referrals.yaml",
            12,
            "hulplijn",
            "referrals.yaml:12: item hulplijn: id 'hulplijn' is already used on line 2; "
            "every id must be unique.",
        )
    ]


@pytest.mark.parametrize(
    ("when", "lang"),
    [("{nl: Altijd.}", "en"), ("{en: Always.}", "nl")],
)
def test_it_reports_a_missing_translation_in_a_referral__error(
    tmp_path: Path, when: str, lang: str
) -> None:
    files = {**good_files(), "referrals.yaml": REFERRALS + second(when=when)}

    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.MISSING_TRANSLATION,
            "referrals.yaml",
            19,
            "tweede",
            f"referrals.yaml:19: item tweede: 'when' is missing its '{lang}' text; "
            "write both languages (nl and en).",
        )
    ]


def test_it_reports_a_missing_translation_in_dutch__error(tmp_path: Path) -> None:
    files = {**good_files(), "referrals.yaml": REFERRALS + second(when="{nl: Altijd.}")}

    with pytest.raises(SignaalError) as exc:
        load_knowledge_base(write_kb(tmp_path, files))

    assert exc.value.render(Lang.NL) == (
        "referrals.yaml:19: item tweede: 'when' mist de tekst in taal 'en'; "
        "schrijf beide talen (nl en en)."
    )


def test_it_reports_a_missing_referrals_file__error(tmp_path: Path) -> None:
    files = good_files()
    del files["referrals.yaml"]

    assert problems_of(tmp_path, files) == [
        (
            ErrorCode.FILE_NOT_FOUND,
            "referrals.yaml",
            None,
            None,
            "referrals.yaml: file not found. Check the path.",
        )
    ]


def test_it_reports_every_problem_of_a_broken_folder_at_once__error(tmp_path: Path) -> None:
    files = {
        "referrals.yaml": REFERRALS
        + second(contact='    phone: "bel ons"\n    web: http://www.example.nl\n'),
        "articles/nl/een.md": article("een", related="twee"),
        "articles/nl/twee.md": article("twee", related="een", extra="\n<i>html</i>\n"),
        "articles/nl/drie.md": "geen front matter\n",
        "articles/nl/vier.md": article("vijf", related="een", audience="kids"),
        "articles/en/zes.md": article("zes", related="nergens"),
    }

    problems = problems_of(tmp_path, files)

    assert [(code, file, line, item) for code, file, line, item, _ in problems] == [
        (ErrorCode.INVALID_VALUE, "referrals.yaml", 16, "tweede"),
        (ErrorCode.INVALID_VALUE, "referrals.yaml", 17, "tweede"),
        (ErrorCode.MISSING_FIELD, "articles/nl/drie.md", 1, None),
        (ErrorCode.BROKEN_LINK, "articles/nl/twee.md", 14, "twee"),
        (ErrorCode.INVALID_ID, "articles/nl/vier.md", 2, "vijf"),
        (ErrorCode.INVALID_VALUE, "articles/nl/vier.md", 5, "vijf"),
        (ErrorCode.ORPHAN_TRANSLATION, "articles/en/zes.md", 1, "zes"),
        (ErrorCode.UNKNOWN_REFERENCE, "articles/en/zes.md", 7, "zes"),
        (ErrorCode.UNKNOWN_REFERENCE, "articles/en/zes.md", 12, "zes"),
    ]
