"""mypy (strict, as configured in pyproject.toml) passes on every package it is set to check."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The type check covers the whole package (the core, the sync server and client, the exports, the window).
REQUIRED = {"icc_desktop"}


def _mypy_config() -> dict[str, Any]:
    config: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    return config


def _checked_packages() -> set[str]:
    return set(_mypy_config()["packages"])


def test_type_check_covers_the_required_packages() -> None:
    """pyproject's mypy configuration checks the whole package, and no override leaves a module of it out."""
    checked = _checked_packages()
    covered = {name for name in REQUIRED if any(name == p or name.startswith(p + ".") for p in checked)}
    assert covered == REQUIRED, f"not type-checked: {sorted(REQUIRED - covered)}"
    skipped = [module for override in _mypy_config().get("overrides", []) if override.get("ignore_errors")
               for module in ([override["module"]] if isinstance(override["module"], str) else override["module"])
               if module.startswith("icc_desktop")]
    assert not skipped, f"left out of the type check by an override: {skipped}"


@pytest.mark.slow
def test_mypy_strict_passes() -> None:
    """`make typecheck` (mypy strict over the configured packages) finds no error."""
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, f"mypy found errors:\n{done.stdout}{done.stderr}"


@pytest.mark.slow
def test_translation_markers_are_typed_as_their_text(tmp_path: Path) -> None:
    """The project's mypy plugin types QT_TRANSLATE_NOOP as the text it marks (not Any: misuse is caught)."""
    plugins = [ROOT / p if p.endswith(".py") else p for p in _mypy_config()["plugins"]]
    qt_plugin = next(p for p in plugins if isinstance(p, Path))
    (tmp_path / "mypy.ini").write_text(f"[mypy]\nstrict = True\nplugins = {qt_plugin}\n", encoding="utf-8")
    (tmp_path / "marked.py").write_text(
        "from PySide6.QtCore import QT_TRANSLATE_NOOP\n\n"
        'label: str = QT_TRANSLATE_NOOP("columns", "Action")\n'
        'number: int = QT_TRANSLATE_NOOP("columns", "Action")\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(tmp_path / "mypy.ini"),
                           "--cache-dir", str(tmp_path / "cache"), str(tmp_path / "marked.py")],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False)
    errors = [line for line in done.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "marked.py:4:" in errors[0] and '"str"' in errors[0], done.stdout + done.stderr
