"""The core (everything but icc_desktop/ui/) imports without Qt."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import icc_desktop

CHECK = """
import importlib, json, sys
result = {"pyside6": None, "errors": {}}
for name in json.loads(sys.argv[1]):
    try:
        importlib.import_module(name)
    except Exception as exc:
        result["errors"][name] = repr(exc)
    if "PySide6" in sys.modules:
        result["pyside6"] = name
        break
print(json.dumps(result))
"""


def _not_a_module(name: str) -> bool:
    """Files that are not meant to be imported: `__main__` runs the app, and every Alembic
    `migrations/env.py` runs only inside a migration."""
    return name == "icc_desktop.__main__" or name.endswith(".migrations.env")


def core_modules() -> list[str]:
    """Every module and package under icc_desktop/ except the ui package, found without importing."""
    found = ["icc_desktop"]

    def walk(path: Path, prefix: str) -> None:
        for info in pkgutil.iter_modules([str(path)]):
            name = f"{prefix}.{info.name}"
            if name == "icc_desktop.ui" or _not_a_module(name):
                continue
            found.append(name)
            if info.ispkg:
                walk(path / info.name, name)

    walk(Path(icc_desktop.__file__).parent, "icc_desktop")
    return found


def test_discovery_finds_the_core():
    """The module list is real: it holds every layer of the core and nothing from ui/."""
    modules = core_modules()
    assert {"icc_desktop.cli", "icc_desktop.models.base", "icc_desktop.store.db", "icc_desktop.services.crud",
            "icc_desktop.services.demo", "icc_desktop.store.migrations"} <= set(modules)
    assert not [m for m in modules if m.startswith("icc_desktop.ui")]


def test_core_imports_without_pyside6():
    """Importing each core module, one by one in a fresh interpreter, never pulls in PySide6."""
    modules = core_modules()
    result = subprocess.run(
        [sys.executable, "-c", CHECK, json.dumps(modules)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["errors"] == {}
    assert report["pyside6"] is None, f"{report['pyside6']} imports PySide6"
