"""Packaging hook: a built wheel carries the top-level `resources/` folder inside the package.

The project keeps its resources at the top of the tree (`resources/`, next to `icc_desktop/`),
where the source tree and the PyInstaller bundle find them. A wheel only carries packages, so
this build step copies `resources/` into the built package as `icc_desktop/resources/`, which
is one of the places `icc_desktop.resources.resource_root()` looks. Editable installs skip the
copy: they run from the source tree, where the top-level folder is found directly.

Everything else about the package is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RESOURCES = Path(__file__).resolve().parent / "resources"
SKIPPED_SUFFIXES = {".ts", ".pro"}  # translation sources; the app loads the compiled .qm files


class BuildWithResources(build_py):
    """`build_py` that also copies resources/ into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False) or self.dry_run:
            return
        target = Path(self.build_lib) / "icc_desktop" / "resources"
        if target.exists():
            shutil.rmtree(target)  # a stale copy would keep files deleted from resources/
        for source in sorted(RESOURCES.rglob("*")):
            if source.is_file() and source.suffix not in SKIPPED_SUFFIXES:
                dest = target / source.relative_to(RESOURCES)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, dest)


setup(cmdclass={"build_py": BuildWithResources})
