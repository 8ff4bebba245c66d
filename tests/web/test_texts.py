"""The interface text catalogue: every key a template uses exists, every text has Dutch and
English, and no template carries user-facing text outside the catalogue's tag."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import signaal.web
from signaal.web.texts import TEXTS

TEMPLATES = Path(signaal.web.__file__).parent / "templates"
KEY = re.compile(r"""\{% t ["']([a-z0-9_.]+)["']""")


def template_files() -> list[Path]:
    return sorted(TEMPLATES.rglob("*.html"))


@pytest.mark.parametrize("path", template_files(), ids=lambda p: p.name)
def test_it_defines_every_text_key_a_template_uses(path: Path) -> None:
    # a key ending in '.' is a prefix completed at run time ("sc.err."|add:field)
    used = {k for k in KEY.findall(path.read_text(encoding="utf-8")) if not k.endswith(".")}
    assert used - set(TEXTS) == set()


def test_it_has_dutch_and_english_for_every_text() -> None:
    missing = [key for key, text in TEXTS.items() if not text.nl.strip() or not text.en.strip()]
    assert missing == []


def test_it_uses_most_of_its_catalogue() -> None:
    # keys built at run time or passed to an include are not literal in templates
    used: set[str] = set()
    for path in template_files():
        used |= set(KEY.findall(path.read_text(encoding="utf-8")))
    dynamic = (
        "sc.err.",
        "sc.gender.",
        "kb.group.",
        "accounts.",
        "qs.lvb",
        "qs.land",
        "sc.lvb",
        "sc.land",
        "con.js.",  # handed to console.js in its JSON config block
        "con.age.",  # age bands, chosen per chat by the console view
    )
    unused = {k for k in TEXTS if k not in used and not k.startswith(dynamic)}
    assert unused == set()
