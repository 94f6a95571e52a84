"""Whether the pieces the browser tests need are installed; skip without them, except in CI.

Import as `web.browser.installed`. Chromium comes from Debian (apt-get install chromium, never a
downloaded browser), axe-core from npm (`npm ci`), the stylesheet from `npm run build`; the
Makefile's setup does the last two, and .ci/run installs Chromium when it is missing.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pytest
from django.conf import settings
from web.browser.axe import AXE_SCRIPT

CHROMIUM = Path("/usr/bin/chromium")
STYLESHEET = Path(settings.FRONTEND_BUILD_DIR) / "achillespath.css"
MISSING: dict[Path, str] = {
    CHROMIUM: "Chromium not installed: apt-get install chromium (Debian) to run the browser tests",
    AXE_SCRIPT: "axe-core not installed: run `npm ci` (make setup) to run the browser tests",
    STYLESHEET: "Stylesheet not built: run `npm run build` (make setup) to run the browser tests",
}


def require_installed(needed: Mapping[Path, str] = MISSING) -> None:
    """Skip the test when a needed file is missing, saying how to install it; in CI
    (CI=true) fail instead, because CI must run the browser tests."""
    for path, message in needed.items():
        if path.exists():
            continue
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{message} (CI requires the browser tests to run)", pytrace=False)
        pytest.skip(message)
