"""The clinical core stays pure: it imports no adapter, web framework, database or network code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "achillespath"
ADAPTERS = {"cli", "web"}
FORBIDDEN_ROOTS = {
    "django",
    "ninja",
    "psycopg",
    "sqlite3",
    "http",
    "urllib",
    "socket",
    "requests",
    "httpx",
    "subprocess",
    "gunicorn",
    "weasyprint",
}


def core_modules() -> list[Path]:
    return sorted(
        path for path in PACKAGE.rglob("*.py") if path.relative_to(PACKAGE).parts[0] not in ADAPTERS
    )


def imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", core_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_module_imports_nothing_from_outside_the_core(path: Path) -> None:
    for name in imported_names(path):
        parts = name.split(".")
        assert parts[0] not in FORBIDDEN_ROOTS, f"{path.name} imports {name}"
        if parts[0] == "achillespath" and len(parts) > 1:
            assert parts[1] not in ADAPTERS, f"{path.name} imports adapter {name}"


def test_the_core_is_not_empty() -> None:
    assert len(core_modules()) >= 3
