"""Shared fixtures. Tests run headless and never touch the user's real settings or database."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

if not os.environ.get("ICC_TEST_DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
# Everything the app writes (database, backups, logs, settings) goes under one temp folder.
_HOME = Path(tempfile.mkdtemp(prefix="icc-test-home-"))
os.environ["ICC_DESKTOP_HOME"] = str(_HOME)

from icc_desktop.store.db import Database  # noqa: E402


@pytest.fixture(scope="session")
def _empty_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, seeded database made once; tests get copies (migrating takes ~1 s)."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    Database.open(path).close()
    return path


@pytest.fixture
def db(tmp_path: Path, _empty_db_file: Path) -> Iterator[Database]:
    """A fresh, seeded database of this test's own."""
    path = tmp_path / "workshops.sqlite"
    shutil.copyfile(_empty_db_file, path)
    database = Database.open(path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_db_file(tmp_path_factory: pytest.TempPathFactory, _empty_db_file: Path) -> Path:
    from icc_desktop.services.demo import generate_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    shutil.copyfile(_empty_db_file, path)
    database = Database.open(path)
    generate_demo(database, cities=3, seed=7)
    database.close()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, _demo_db_file: Path) -> Iterator[Database]:
    """A database with three demo workshops (a copy, so tests may change it)."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(_demo_db_file, path)
    database = Database.open(path)
    yield database
    database.close()


@dataclass(frozen=True)
class DemoRun:
    """What `icc-desktop demo --cities 136` did: the file it filled, its exit code and output."""

    path: Path
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture(scope="session")
def demo_136(tmp_path_factory: pytest.TempPathFactory, _empty_db_file: Path) -> DemoRun:
    """`icc-desktop demo --db X --cities 136`, run once for the whole suite (read only: copy to change it).

    The suite's only large demo (~12 s): the CLI test and the demo content tests share it. Under
    pytest-xdist the workers share one run too (the first builds it under a lock, the others wait).
    """
    import contextlib
    import io
    import json

    from icc_desktop import cli

    worker = os.environ.get("PYTEST_XDIST_WORKER")
    root = tmp_path_factory.getbasetemp()
    if worker is not None:
        root = root.parent  # the folder of this run, shared by its workers
    path, result = root / "demo-136.sqlite", root / "demo-136.json"
    with contextlib.ExitStack() as stack:
        if worker is not None:
            import fcntl

            lock = stack.enter_context((root / "demo-136.lock").open("w"))
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        if not result.exists():
            shutil.copyfile(_empty_db_file, path)
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = cli.main(["demo", "--db", str(path), "--cities", "136"])
            result.write_text(json.dumps([code, out.getvalue(), err.getvalue()]), encoding="utf-8")
        code, stdout, stderr = json.loads(result.read_text(encoding="utf-8"))
    return DemoRun(path, code, stdout, stderr)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)


@pytest.fixture(autouse=True)
def _ui_language_kept() -> Iterator[None]:
    """A test that switches the UI language (translators, locale) leaves the next one what it found."""
    import sys

    i18n = sys.modules.get("icc_desktop.ui.i18n")
    if i18n is None:
        yield
        return
    from PySide6.QtCore import QCoreApplication, QLocale

    before, locale, language = list(i18n._installed), QLocale(), i18n._language[0]
    yield
    i18n._language[0] = language
    app = QCoreApplication.instance()
    if app is None or i18n._installed == before:
        QLocale.setDefault(locale)
        return
    for translator in i18n._installed:
        app.removeTranslator(translator)
    i18n._installed[:] = before
    for translator in before:
        app.installTranslator(translator)
    QLocale.setDefault(locale)
