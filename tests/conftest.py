"""Shared fixtures. Tests run headless and never touch the user's real settings or database."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
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


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)
