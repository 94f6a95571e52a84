"""Without Chromium (or axe-core, or the built stylesheet) the browser tests are skipped with a
message saying how to install it; in CI they fail instead, because CI must run them."""

from __future__ import annotations

from pathlib import Path

import pytest
from web.browser.installed import CHROMIUM, MISSING, require_installed

NOWHERE = {Path("/nonexistent/chromium"): MISSING[CHROMIUM]}


def test_a_missing_browser_skips_saying_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)

    with pytest.raises(pytest.skip.Exception) as skipped:
        require_installed(NOWHERE)

    assert skipped.value.msg == (
        "Chromium not installed: apt-get install chromium (Debian) to run the browser tests"
    )


def test_a_missing_browser_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")

    with pytest.raises(pytest.fail.Exception, match="CI requires the browser tests to run"):
        require_installed(NOWHERE)
