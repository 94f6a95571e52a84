"""axe-core in the page under test: inject it, run every rule at phone and desktop widths, and
say what failed and where. Import as `web.browser.axe`.

axe-core comes from npm (node_modules/axe-core, installed by `npm ci`); the browser context must
be opened with bypass_csp so the script may be added to pages whose policy forbids it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import Page, ViewportSize

AXE_SCRIPT = Path(__file__).resolve().parents[3] / "node_modules" / "axe-core" / "axe.min.js"
PHONE: ViewportSize = {"width": 390, "height": 844}
DESKTOP: ViewportSize = {"width": 1280, "height": 800}
WIDTHS: dict[str, ViewportSize] = {"phone": PHONE, "desktop": DESKTOP}
MAX_TARGETS = 5
"""Elements listed per violation in a failure message; the count says how many in all."""

RUN_AXE = """async () => {
  const results = await axe.run(document, {resultTypes: ["violations"]});
  return results.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    targets: v.nodes.map(node => node.target.join(" ")),
  }));
}"""
# The design system's header moves navigation links into a "More" menu on resize; two
# animation frames let that finish before axe looks at the page.
SETTLE = """() => new Promise(done =>
  requestAnimationFrame(() => requestAnimationFrame(() => done(true))))"""


def axe_violations(page: Page) -> list[dict[str, Any]]:
    """Every axe-core violation on the page as it is now (all rules, all impacts)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=AXE_SCRIPT)
    violations: list[dict[str, Any]] = page.evaluate(RUN_AXE)
    return violations


def describe(violations: list[dict[str, Any]]) -> str:
    """One line per violation (id, impact, help) and the selectors of the elements at fault."""
    lines = []
    for violation in violations:
        targets = violation["targets"]
        shown = ", ".join(targets[:MAX_TARGETS])
        more = f" (+{len(targets) - MAX_TARGETS} more)" if len(targets) > MAX_TARGETS else ""
        lines.append(
            f"  - {violation['id']} [{violation['impact']}] {violation['help']}: {shown}{more}"
            f"\n    {violation['helpUrl']}"
        )
    return "\n".join(lines)


def violations_at_each_width(page: Page) -> dict[str, list[dict[str, Any]]]:
    """axe-core's violations with the page laid out at each width, then back to where it was."""
    original = page.viewport_size
    found = {}
    for width, size in WIDTHS.items():
        page.set_viewport_size(size)
        page.evaluate(SETTLE)
        found[width] = axe_violations(page)
    if original is not None:
        page.set_viewport_size(original)
    return found


def assert_accessible(page: Page, what: str) -> None:
    """Fail with every violation axe-core finds on `page` at phone and desktop widths."""
    found = violations_at_each_width(page)
    report = [
        f"at {width} width ({WIDTHS[width]['width']} px):\n{describe(violations)}"
        for width, violations in found.items()
        if violations
    ]
    assert not report, f"axe-core found violations on {what} ({page.url}):\n" + "\n".join(report)
