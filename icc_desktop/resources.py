"""One helper to find shipped resources, from the source tree, an installed wheel or a bundle."""

from __future__ import annotations

import json
import sys
from functools import cache
from pathlib import Path
from typing import Any


@cache
def resource_root() -> Path:
    """The `resources/` folder: beside the package in a checkout, or inside a PyInstaller bundle."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates += [package_dir / "resources", package_dir.parent / "resources"]
    for candidate in candidates:
        if (candidate / "reference.json").is_file():
            return candidate
    raise FileNotFoundError("resources folder not found; looked in " + ", ".join(map(str, candidates)))


def resource_path(*parts: str) -> Path:
    """Path of a resource file, e.g. `resource_path("frameworks", "digital.json")`."""
    return resource_root().joinpath(*parts)


def load_json(*parts: str) -> Any:
    """Parse a JSON resource (UTF-8)."""
    return json.loads(resource_path(*parts).read_text(encoding="utf-8"))
