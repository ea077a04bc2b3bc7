"""Pages are built from section widgets: no page constructor grows back into a 150-line build."""

from __future__ import annotations

import ast
from pathlib import Path

PAGES = Path(__file__).resolve().parents[2] / "icc_desktop" / "ui" / "pages"
MOST_LINES = 60


def _long_builders(source: str, limit: int) -> list[str]:
    """Class.__init__ and Class._build*/_*_tab methods of `source` longer than `limit` lines."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ClassDef):
            for function in node.body:
                if not isinstance(function, ast.FunctionDef) or function.end_lineno is None:
                    continue
                name = function.name
                lines = function.end_lineno - function.lineno + 1
                if (name == "__init__" or name.startswith("_build") or name.endswith("_tab")) and lines > limit:
                    found.append(f"{node.name}.{name}: {lines} lines")
    return found


def test_no_page_builds_itself_in_one_long_constructor() -> None:
    """Every page's constructor and build methods stay under 60 lines: larger pages are made of
    section widgets (one class per section with its own build, signals and refresh)."""
    problems = [f"{path.name}: {found}" for path in sorted(PAGES.glob("*.py"))
                for found in _long_builders(path.read_text(encoding="utf-8"), MOST_LINES)]
    assert problems == [], "\n".join(problems)


def test_the_length_check_sees_a_long_constructor() -> None:
    """The check above is not blind: a 70-line constructor is reported."""
    source = "class Page:\n    def __init__(self):\n" + "        x = 1\n" * 70
    assert _long_builders(source, MOST_LINES) == ["Page.__init__: 71 lines"]
