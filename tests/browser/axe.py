"""axe-core in the browser suite: inject the engine into a page and read its verdict.

``.ci/run`` installs the npm package ``axe-core`` (pinned there) into ``.ci/node``,
which is not committed; ``AXE_CORE_PATH`` may point at another ``axe.min.js``.

The pages send a strict Content-Security-Policy, so the engine is not added as a
``<script>`` element (an inline script would be refused): its source is evaluated
through the DevTools protocol, which the page's CSP does not govern.
"""

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_AXE = ROOT / ".ci" / "node" / "node_modules" / "axe-core" / "axe.min.js"
#: Impacts that fail the suite; "moderate" and "minor" are reported by axe but not here.
BLOCKING = ("serious", "critical")


@dataclass(frozen=True)
class Violation:
    rule: str
    impact: str
    help: str
    targets: tuple[str, ...]

    def __str__(self) -> str:
        shown = ", ".join(self.targets[:3])
        more = f" (+{len(self.targets) - 3})" if len(self.targets) > 3 else ""
        return f"{self.impact} {self.rule}: {self.help} at {shown}{more}"


def axe_path() -> Path | None:
    candidate = Path(os.environ.get("AXE_CORE_PATH") or DEFAULT_AXE)
    return candidate if candidate.exists() else None


@cache
def _axe_source(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def require_axe() -> Path:
    """The engine's path; without it, skip locally and fail in CI (as for Chromium)."""
    path = axe_path()
    if path is None:
        message = (
            "axe-core not found: run `npm install --no-save --prefix .ci/node "
            "axe-core@<version in .ci/run>` or set AXE_CORE_PATH."
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def blocking_violations(page, axe: Path) -> list[Violation]:
    """Run axe on the page as it stands; return its serious and critical violations."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(_axe_source(axe))
    results = page.evaluate(
        """async () => {
            const options = {resultTypes: ["violations"]};
            const result = await window.axe.run(document, options);
            return result.violations.map((v) => ({
                rule: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map((n) => n.target.join(" ")),
            }));
        }"""
    )
    return [
        Violation(
            rule=item["rule"],
            impact=item["impact"] or "",
            help=item["help"],
            targets=tuple(item["targets"]),
        )
        for item in results
        if item["impact"] in BLOCKING
    ]
