"""`icc_desktop.resources` finds the shipped files from the source tree, a built wheel and a
PyInstaller bundle (the bundle itself is run by test_bundle.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = (
    "import sys\n"
    "sys.path.insert(0, sys.argv[1])\n"
    "if len(sys.argv) > 2: sys._MEIPASS = sys.argv[2]\n"
    "from icc_desktop.resources import resource_root, load_json\n"
    "assert load_json('reference.json')\n"
    "print(resource_root())\n"
)


def resource_root_of(package_parent: Path, cwd: Path, meipass: Path | None = None) -> Path:
    """resource_root() as a fresh interpreter sees it, importing icc_desktop from `package_parent`."""
    args = [sys.executable, "-c", PROBE, str(package_parent)] + ([str(meipass)] if meipass else [])
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip())


def test_source_tree(tmp_path: Path) -> None:
    """From a checkout, the resources are the top-level resources/ folder."""
    assert resource_root_of(ROOT, tmp_path) == ROOT / "resources"


def test_built_wheel(tmp_path: Path) -> None:
    """setup.py's build step copies resources/ into the package, which then finds them inside itself."""
    # `pip wheel` runs this same build_py step and zips the result (10 s); the step alone takes ~1 s.
    build = tmp_path / "lib"
    result = subprocess.run([sys.executable, "setup.py", "-q", "build_py", "-d", str(build)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    inside = build / "icc_desktop" / "resources"
    assert resource_root_of(build, tmp_path) == inside
    assert (inside / "fonts" / "DejaVuSans.ttf").is_file()
    assert (inside / "frameworks").is_dir() and list((inside / "frameworks").glob("*.json"))
    assert not list(inside.rglob("*.ts")), "translation sources (.ts) are not shipped"
    migrations = build / "icc_desktop" / "store" / "migrations"
    assert (migrations / "env.py").is_file() and list((migrations / "versions").glob("*.py"))


def test_bundle_layout(tmp_path: Path) -> None:
    """In a PyInstaller bundle (sys._MEIPASS set), the bundle's resources/ wins over any other copy."""
    bundle = tmp_path / "_internal"
    shutil.copytree(ROOT / "resources", bundle / "resources")
    assert resource_root_of(ROOT, tmp_path, meipass=bundle) == bundle / "resources"
