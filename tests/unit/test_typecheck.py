"""mypy (strict, as configured in pyproject.toml) passes on every package it is set to check."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Packages the type check must cover; a package is only ever added to this list.
REQUIRED = {"icc_desktop.models", "icc_desktop.store", "icc_desktop.services", "icc_desktop.room",
            "icc_desktop.sync", "icc_desktop.exports", "icc_desktop.ui"}


def _checked_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["mypy"]["packages"])


def test_type_check_covers_the_required_packages() -> None:
    """pyproject's mypy configuration checks at least the packages known to pass."""
    checked = _checked_packages()
    covered = {name for name in REQUIRED if any(name == p or name.startswith(p + ".") for p in checked)}
    assert covered == REQUIRED, f"not type-checked: {sorted(REQUIRED - covered)}"


@pytest.mark.slow
def test_mypy_strict_passes() -> None:
    """`make typecheck` (mypy strict over the configured packages) finds no error."""
    done = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, f"mypy found errors:\n{done.stdout}{done.stderr}"
