"""`icc-desktop screenshot` renders each shell page to a PNG and refuses bad input with exit 2."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from icc_desktop.cli import main
from icc_desktop.store.db import Database
from tests.ui.shell_support import app_look_kept, first_workshop_id


@pytest.fixture(autouse=True)
def _keep_look(qapp) -> Iterator[None]:
    """A screenshot applies its theme to the whole application: put the look back for other tests."""
    with app_look_kept():
        yield


def _distinct_colours(image: QImage) -> int:
    """How many different colours a coarse grid of the image holds (a blank render has one or two)."""
    return len({image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)})


@pytest.mark.parametrize(("page", "theme"), [("overview", "light"), ("city", "dark"),
                                             ("participants", "light"), ("reports", "dark")])
def test_screenshot_of_each_shell_page(qtbot, demo_db: Database, tmp_path: Path, page: str, theme: str,
                                       capsys) -> None:
    """Each of the shell's pages renders at 1366×768 (a laptop) with content, in the theme asked for."""
    out = tmp_path / f"{page}.png"
    code = main(["screenshot", "--db", str(demo_db.path), "--page", page, "--theme", theme,
                 "--workshop", first_workshop_id(demo_db)[:8], "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    assert _distinct_colours(image) > 8
    corner = image.pixelColor(640, 760)  # the status bar: dark theme is dark
    assert (corner.lightness() < 100) == (theme == "dark")


def test_screenshot_refuses_unknown_page_and_workshop(demo_db: Database, tmp_path: Path, capsys) -> None:
    """An unknown page or workshop exits 2 with one clear message and writes no file."""
    out = tmp_path / "x.png"
    assert main(["screenshot", "--db", str(demo_db.path), "--page", "kitchen", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--page kitchen: unknown page; choose one of overview, city, participants" in err
    assert main(["screenshot", "--db", str(demo_db.path), "--page", "city", "--workshop", "zzzz",
                 "-o", str(out)]) == 2
    assert "No workshop with id 'zzzz'" in capsys.readouterr().err
    assert main(["screenshot", "--db", str(demo_db.path), "--page", "city", "-o", str(tmp_path / "x.jpg")]) == 2
    assert not list(tmp_path.glob("x.*"))


def test_screenshot_command_exit_code(tmp_path: Path) -> None:
    """The installed command itself exits 2 on a bad page (stderr names it), before loading Qt."""
    result = subprocess.run([sys.executable, "-m", "icc_desktop", "screenshot", "--db", str(tmp_path / "none.sqlite"),
                             "--page", "nope", "-o", str(tmp_path / "x.png")], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2 and "--page nope: unknown page" in result.stderr
    assert not (tmp_path / "none.sqlite").exists()
