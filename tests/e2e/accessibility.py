"""WCAG 2.2 AA checks of a page with axe-core (shipped inside axe-playwright-python)."""

from __future__ import annotations

from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

_AXE = Axe()
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def violations(page: Page) -> list[str]:
    """Each violation as 'rule: target', so a failure says what and where. Waits for the
    page to have loaded (its stylesheet applied): on a busy machine axe could otherwise
    measure the unstyled page, whose links are smaller."""
    page.wait_for_load_state("load")
    page.wait_for_function("() => document.fonts.status === 'loaded'")
    results = _AXE.run(
        page, options={"runOnly": {"type": "tag", "values": TAGS}, "resultTypes": ["violations"]}
    )
    found: list[dict[str, Any]] = results.response["violations"]
    return [f"{v['id']}: {node['target']}" for v in found for node in v["nodes"]]


def target_sizes(page: Page) -> list[str]:
    """Links and controls smaller than 24 by 24 CSS pixels (WCAG 2.2 SC 2.5.8), except inline
    links inside running text, which the criterion exempts."""
    page.wait_for_load_state("load")
    small: list[str] = page.evaluate("""() => {
        const out = [];
        for (const el of document.querySelectorAll('a, button, input, select, summary, textarea')) {
            const r = el.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            const inline = el.tagName === 'A' && el.closest('p, li, dd, td') &&
                getComputedStyle(el).display === 'inline';
            if (!inline && (r.width < 24 || r.height < 24)) out.push(el.outerHTML.slice(0, 80));
        }
        return out;
    }""")
    return small
