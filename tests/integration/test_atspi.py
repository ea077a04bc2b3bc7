"""The window read through a real assistive-technology interface: the app runs under Xvfb with an
AT-SPI bus, and Debian's pyatspi (what Orca and Accerciser use) reads its accessibility tree."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from icc_desktop.store.db import Database

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"


def _missing() -> str:
    """What this machine lacks for the check ("" when nothing; `make test` installs it)."""
    for tool in ("Xvfb", "dbus-run-session"):
        if shutil.which(tool) is None:
            return tool
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True) \
        if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        return "python3-pyatspi"
    return ""


def _free_display() -> int:
    for number in range(90, 140):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture
def atspi_tree(tmp_path: Path, _demo_db_file: Path) -> dict[str, Any]:
    """The accessibility tree of the app opened on a demo workshop's Assessment page, read over AT-SPI."""
    missing = _missing()
    if missing:
        pytest.skip(f"{missing} is not installed (make test installs it)")
    from PySide6.QtCore import QSettings

    from icc_desktop.services.workshops import list_workshops
    from icc_desktop.ui.settings import DEMO_OFFERED, LAST_PAGE, LAST_WORKSHOP, Settings

    home = tmp_path / "home"
    db_path = tmp_path / "demo.sqlite"
    shutil.copyfile(_demo_db_file, db_path)
    with Database.open(db_path) as db:
        workshop_id = list_workshops(db)[0].id
    (home / "settings").mkdir(parents=True)
    store = QSettings(str(home / "settings" / "icc-desktop.ini"), QSettings.Format.IniFormat)
    settings = Settings(store)
    settings.set(LAST_WORKSHOP, workshop_id)
    settings.set(LAST_PAGE, "assessment")
    settings.set(DEMO_OFFERED, True)
    store.sync()

    display = _free_display()
    script = f"""
set -e
Xvfb :{display} -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $app $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 50); do [ -e /tmp/.X11-unix/X{display} ] && break; sleep 0.1; done
DISPLAY=:{display} "{sys.executable}" -m icc_desktop --db "{db_path}" >"{tmp_path}/app.log" 2>&1 &
app=$!
"{SYSTEM_PYTHON}" "{HERE / 'atspi_reader.py'}" "icc-desktop" 60 200 "Steps of the workshop" "Autosave state" \
    "Needs & priorities"
"""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "DBUS_SESSION_BUS_ADDRESS")}
    env |= {"ICC_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "ICC_DESKTOP_NO_KEYRING": "1", "NO_AT_BRIDGE": "0"}
    started = time.monotonic()
    done = subprocess.run(["dbus-run-session", "--", "bash", "-c", script], capture_output=True, text=True,
                          env=env, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no tree read ({time.monotonic() - started:.0f} s): {done.stderr[-2000:]}"
    found: dict[str, Any] = json.loads(lines[-1])
    (tmp_path / "tree.json").write_text(lines[-1])  # kept for a look at a failure
    assert found["tree"], f"the app was not on the AT-SPI bus: {found['apps']}; {(tmp_path / 'app.log').read_text()[-2000:]}"
    return found


def test_screen_reader_reads_names_and_chart_descriptions(atspi_tree: dict[str, Any]) -> None:
    """Over AT-SPI: the navigation and status bar parts are named, the radar states its data, no
    push button, table or text field is unnamed."""
    tree = atspi_tree["tree"]
    names = {node["name"] for node in tree}
    assert "Steps of the workshop" in names and "Autosave state" in names
    assert any(node["role"] in ("list item", "table cell", "list") and node["name"] == "Needs & priorities"
               for node in tree)
    radar = [node for node in tree if node["name"].startswith("Maturity radar")]
    assert radar and radar[0]["description"].startswith("Mean level from 1 to 5 per dimension.")
    assert ": current " in radar[0]["description"]
    unnamed = [node for node in tree if node["role"] in ("push button", "table", "text", "check box",
                                                          "combo box", "spin button", "page tab list")
               and not node["name"].strip()]
    assert unnamed == [], unnamed
