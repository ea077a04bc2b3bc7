"""The PyInstaller bundle works on a machine with no Python: built with `make dist`, then run with a
clean environment (no PYTHONPATH, no venv on PATH, a temporary HOME) from outside the source tree.

Building takes about 1.5 minutes on a fresh checkout; `make dist` skips the build when the bundle
is newer than everything it is built from, so a second run costs only the commands themselves.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from icc_desktop import APP_NAME, __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "icc-desktop"
EXE = BUNDLE / ("icc-desktop-cli.exe" if sys.platform == "win32" else "icc-desktop")
BUILD_TIMEOUT = 900  # seconds; a build is ~100 s here, a loaded CI machine may be several times slower
RUN_TIMEOUT = 120


@pytest.fixture(scope="module")
def bundle() -> Path:
    """The built bundle (`make dist`, which rebuilds only when a source is newer)."""
    make = shutil.which("make")
    if make is None:
        pytest.fail("`make` is needed to build the bundle (apt-get install make)")
    result = subprocess.run([make, "--no-print-directory", "dist"], cwd=ROOT, capture_output=True,
                            text=True, timeout=BUILD_TIMEOUT)
    assert result.returncode == 0, f"make dist failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert EXE.is_file(), f"make dist did not produce {EXE}"
    return BUNDLE


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home folder of its own for the bundle: nothing of the user's or of the test run's."""
    return tmp_path_factory.mktemp("bundle-home")


def clean_env(home: Path) -> dict[str, str]:
    """What a facilitator's session has: no Python variables, system PATH only, no display."""
    env = {
        "HOME": str(home),
        "ICC_DESKTOP_HOME": str(home / "icc"),
        "PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir()),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
        "ICC_DESKTOP_NO_KEYRING": "1",
    }
    if sys.platform == "win32":  # Windows needs these to start any process
        env.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP", "TMP") if k in os.environ})
    return env


def run(home: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the bundle's executable from the temporary home, outside the source tree."""
    result = subprocess.run([str(EXE), *args], cwd=home, env=clean_env(home), capture_output=True,
                            text=True, encoding="utf-8", timeout=RUN_TIMEOUT)
    if check:
        assert result.returncode == 0, f"{args} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def demo_workshop(bundle: Path, home: Path) -> str:
    """A database filled by the bundle's own `demo` command; the id of its first workshop."""
    result = run(home, "demo", "--cities", "2")
    assert "Added 2 demo workshops" in result.stdout
    workshops = json.loads(run(home, "list", "--json").stdout)
    assert len(workshops) == 2
    return str(workshops[0]["id"])


def test_bundle_contents(bundle: Path) -> None:
    """The bundle carries the resources and the migration scripts, and none of the left-out bulk."""
    internal = bundle / "_internal"
    assert (internal / "resources" / "reference.json").is_file()
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "resources" / "icons" / "icc-desktop-256.png").is_file()
    for package in ("store", "sync"):
        scripts = internal / "icc_desktop" / package / "migrations"
        assert (scripts / "env.py").is_file(), f"{package} migrations env.py missing"
        assert list((scripts / "versions").glob("*.py")), f"{package} migration versions missing"
    names = {p.name for p in internal.rglob("*")}
    for left_out in ("libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6WebEngineCore.so.6", "libqgtk3.so",
                     "libQt6Multimedia.so.6", "libQt6Network.so.6", "_avif.", "libavif"):
        assert not any(name.startswith(left_out) for name in names), f"{left_out} should not be in the bundle"
    for source in (ROOT / "resources" / "translations").glob("*.ts"):  # make dist compiles them first
        assert (internal / "resources" / "translations" / f"{source.stem}.qm").is_file(), f"{source.stem}.qm"
        language = source.stem.rsplit("_", 1)[-1]
        assert list((internal / "PySide6" / "Qt" / "translations").glob(f"qtbase_{language}.qm")), language
    assert not list((internal / "resources").rglob("*.ts")), "translation sources are not shipped"
    plugins = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    if sys.platform.startswith("linux"):
        assert {"libqoffscreen.so", "libqxcb.so"} <= {p.name for p in plugins.iterdir()}
    for binding in ("QtOpenGL.", "QtOpenGLWidgets.", "QtDBus."):  # Python bindings the app never imports
        assert not list((internal / "PySide6").glob(f"{binding}*")), f"{binding} binding should be left out"
    assert not (internal / "setuptools").exists() and not (internal / "pkg_resources").exists()


def test_bundle_size(bundle: Path) -> None:
    """The bundle stays under 150 MB (stripped on Linux: libpython has no symbol table)."""
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 150 * 1024 * 1024, f"the bundle is {size / 1024 / 1024:.0f} MB"
    if sys.platform.startswith("linux"):
        libpython = next((bundle / "_internal").glob("libpython3*.so*"))
        assert b".symtab" not in libpython.read_bytes()[-65536:], "libpython is not stripped"


def test_version(bundle: Path, home: Path) -> None:
    """`--version` prints the package's name and version."""
    assert run(home, "--version").stdout.strip() == f"{APP_NAME} {__version__}"


def test_demo_and_list(demo_workshop: str, home: Path) -> None:
    """`demo` creates, migrates and fills the default database in the bundle's user folder."""
    assert (home / "icc" / "data" / "workshops.sqlite").is_file()
    assert len(demo_workshop) == 36


def test_screenshot(demo_workshop: str, home: Path) -> None:
    """`screenshot` renders a page of the window (Qt, plug-ins, fonts and styles load from the bundle)."""
    out = home / "overview.png"
    run(home, "screenshot", "--page", "overview", "--workshop", demo_workshop, "-o", str(out))
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert width >= 800 and height >= 500, (width, height)
    assert len(data) > 20_000, "the screenshot looks empty"


def test_export_pdf(demo_workshop: str, home: Path) -> None:
    """`export pdf` writes the report with the bundled font (text with diacritics extracts intact)."""
    out = home / "report.pdf"
    run(home, "export", "pdf", "--workshop", demo_workshop[:8], "-o", str(out))
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 20_000
    assert b"DejaVu" in data, "the bundled Unicode font is not embedded"
    pdftotext = shutil.which("pdftotext")
    if pdftotext:  # poppler-utils (make test installs it): the city's name is real, searchable text
        text = subprocess.run([pdftotext, str(out), "-"], capture_output=True, text=True, timeout=60).stdout
        city = json.loads(run(home, "list", "--json").stdout)[0]["city"]
        assert city in text


def test_export_xlsx(demo_workshop: str, home: Path) -> None:
    """`export xlsx` writes one workshop's workbook and the whole database's (`--all`)."""
    for args, name in ((["--workshop", demo_workshop], "workshop.xlsx"), (["--all"], "all.xlsx")):
        out = home / name
        run(home, "export", "xlsx", *args, "-o", str(out))
        with zipfile.ZipFile(out) as workbook:
            names = workbook.namelist()
        assert "xl/workbook.xml" in names and any(n.startswith("xl/worksheets/") for n in names), name


def test_window_opens_the_database(demo_workshop: str, home: Path) -> None:
    """The window starts from the bundle, opens the database, logs to the user log folder and quits when asked."""
    env = {**clean_env(home), "ICC_DESKTOP_EXIT_AFTER_SHOWN": "1", "XDG_CONFIG_HOME": str(home / "config")}
    result = subprocess.run([str(EXE)], cwd=home, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    assert result.returncode == 0, result.stderr
    assert "window shown after" in result.stdout
    assert (home / "icc" / "logs" / "icc-desktop.log").is_file()


def test_server_database_from_the_bundle(bundle: Path, home: Path) -> None:
    """`server add-user` creates and migrates a sync server database with the bundled Alembic scripts."""
    url = f"sqlite:///{(home / 'server.sqlite').as_posix()}"
    result = subprocess.run([str(EXE), "server", "add-user", "maria", "--admin", "--database", url],
                            input="a long enough passphrase\n", cwd=home, env=clean_env(home),
                            capture_output=True, text=True, timeout=RUN_TIMEOUT)
    assert result.returncode == 0, result.stderr
    assert "Added user maria" in result.stdout


def test_bad_input_exit_code(bundle: Path, home: Path) -> None:
    """Bad input gets exit 2 and a message on stderr, from the bundle as from the source."""
    result = run(home, "demo", "--cities", "0", check=False)
    assert result.returncode == 2
    assert "--cities" in result.stderr
    folder = home / "a-folder"
    folder.mkdir(exist_ok=True)
    result = run(home, "list", "--db", str(folder), check=False)
    assert result.returncode == 2
    assert str(folder) in result.stderr


def test_room_from_the_bundle(demo_workshop: str, home: Path) -> None:
    """`room` serves the phone page, its script and the API from the bundle, and stops on SIGTERM."""
    import signal

    import httpx

    process = subprocess.Popen([str(EXE), "room", "--workshop", demo_workshop, "--host", "127.0.0.1", "--port", "0"],
                               cwd=home, env=clean_env(home), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, encoding="utf-8")
    try:
        address = process.stdout.readline().strip().removeprefix("Join address: ")
        code = process.stdout.readline().strip().removeprefix("Room code: ")
        assert address.startswith("http://127.0.0.1:") and address.endswith(f"?code={code}")
        base = address.split("?")[0].rstrip("/")
        assert "room.js" in httpx.get(base + "/", timeout=10).text
        assert httpx.get(base + "/static/room.js", timeout=10).status_code == 200
        joined = httpx.post(base + "/api/join", json={"code": code, "guest_name": "Bundle"}, timeout=10)
        assert joined.status_code == 200 and joined.json()["name"] == "Bundle"
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=30)
        assert process.returncode == 0, err
        assert "Room closed." in out
    finally:
        if process.poll() is None:
            process.kill()
