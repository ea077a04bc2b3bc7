"""A small, fully known workshop for the export tests, and helpers to read what the exports wrote."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from icc_desktop.models import Action, City, Kpi, Need, Objective, Participant, Question
from icc_desktop.services import crud
from icc_desktop.services.workshops import create_workshop, set_response, set_vote
from icc_desktop.store.db import Database
from tests.factories import db_snapshot, questions

FORMULA_NEED = '=HYPERLINK("http://example.invalid","click")'


@dataclass
class SmallWorkshop:
    """Ids of the rows of `make_small_workshop`."""

    workshop_id: str
    city_id: str
    questions: list[Question] = field(repr=False)
    participants: dict[str, str]  # name -> id
    needs: dict[str, str]  # title -> id
    actions: dict[str, str]  # title -> id


def make_small_workshop(db: Database) -> SmallWorkshop:
    """Iași's workshop: 3 participants (one without consent), answers, 3 needs, votes, a roadmap with warnings.

    User text that looks like formulas (`=`, `+`, `-`, `@`) is here on purpose.
    """
    city = crud.create(db, City, name="Iași", country="RO", region="Nord-Est", population=271692,
                       edition="2020-22", role="core", notes="@city notes")
    workshop = create_workshop(db, city.id, "Smart Iași workshop", dt.date(2024, 3, 15), facilitator="Zoë Brückner",
                               venue="Palatul Culturii", vision="By 2030 Iași shares its data openly.")
    people = {
        "Paweł Łukasiewicz": crud.create(db, Participant, workshop_id=workshop.id, name="Paweł Łukasiewicz",
                                         organisation="Politehnica Iași", stakeholder_group="academia",
                                         email="pawel@example.org", consent=True).id,
        "Jürgen Mäkelä": crud.create(db, Participant, workshop_id=workshop.id, name="Jürgen Mäkelä",
                                     organisation="+40 Tech SRL", stakeholder_group="business", consent=True).id,
        "Ștefan Ascuns": crud.create(db, Participant, workshop_id=workshop.id, name="Ștefan Ascuns",
                                     organisation="Primăria Iași", stakeholder_group="public_authority",
                                     email="stefan@example.org", consent=False).id,
    }
    qs = questions(db, workshop)
    set_response(db, workshop.id, qs[0].id, current_level=2, target_level=4, evidence="=SUM(A1:A9)")
    set_response(db, workshop.id, qs[1].id, current_level=3, target_level=5)
    set_response(db, workshop.id, qs[2].id, target_level=3)
    set_response(db, workshop.id, qs[0].id, people["Paweł Łukasiewicz"], current_level=1, target_level=3)
    needs = {
        FORMULA_NEED: crud.create(db, Need, workshop_id=workshop.id, title=FORMULA_NEED, moscow="must", position=0).id,
        "@risk register": crud.create(db, Need, workshop_id=workshop.id, title="@risk register", moscow="should",
                                      position=1).id,
        "-minus need": crud.create(db, Need, workshop_id=workshop.id, title="-minus need", moscow="could",
                                   position=2).id,
    }
    set_vote(db, needs[FORMULA_NEED], people["Paweł Łukasiewicz"], dots=3, impact=5, feasibility=4)
    set_vote(db, needs[FORMULA_NEED], people["Jürgen Mäkelä"], dots=2, impact=4, feasibility=4)
    set_vote(db, needs["@risk register"], people["Jürgen Mäkelä"], dots=3, impact=2, feasibility=5)
    set_vote(db, needs["-minus need"], None, dots=1)
    objective = crud.create(db, Objective, workshop_id=workshop.id, title="Open data for everyone")
    actions = {
        "Open data portal": crud.create(
            db, Action, workshop_id=workshop.id, objective_id=objective.id, need_id=needs[FORMULA_NEED],
            title="Open data portal", lead_organisation="Primăria Iași", start_month=dt.date(2024, 4, 1),
            end_month=dt.date(2025, 3, 1), budget_eur=120000, funding_source="erdf", status="in_progress",
            position=0).id,
        "Łódź-style data office": crud.create(
            db, Action, workshop_id=workshop.id, objective_id=objective.id, title="Łódź-style data office",
            start_month=dt.date(2028, 1, 1), end_month=dt.date(2028, 6, 1), budget_eur=30000, position=1).id,
        "+ quick pilot": crud.create(db, Action, workshop_id=workshop.id, title="+ quick pilot", quick_win=True,
                                     position=2).id,
    }
    crud.create(db, Kpi, workshop_id=workshop.id, action_id=actions["Open data portal"], name="Datasets published",
                unit="datasets", baseline=0, target=50, target_date=dt.date(2025, 3, 1))
    return SmallWorkshop(workshop.id, city.id, qs, people, needs, actions)


@pytest.fixture(scope="session")
def _small_db_file(tmp_path_factory: pytest.TempPathFactory, _empty_db_file: Path) -> tuple[Path, SmallWorkshop]:
    """A seeded database holding the small workshop, made once per test run."""
    path = tmp_path_factory.mktemp("small") / "small.sqlite"
    shutil.copyfile(_empty_db_file, path)
    database = Database.open(path)
    try:
        workshop = make_small_workshop(database)
    finally:
        database.close()
    return path, workshop


@pytest.fixture
def small_db(tmp_path: Path, _small_db_file: tuple[Path, SmallWorkshop]) -> Iterator[tuple[Database, SmallWorkshop]]:
    """A copy of the small workshop's database for one test, and the ids of its rows."""
    source, workshop = _small_db_file
    folder = tmp_path / "db"
    folder.mkdir()
    shutil.copyfile(source, folder / "small.sqlite")
    database = Database.open(folder / "small.sqlite")
    yield database, workshop
    database.close()


@pytest.fixture
def db(small_db: tuple[Database, SmallWorkshop]) -> Database:
    """The database of the small workshop (a copy per test)."""
    return small_db[0]


@pytest.fixture
def small(small_db: tuple[Database, SmallWorkshop]) -> SmallWorkshop:
    """The small, fully known workshop."""
    return small_db[1]


def digest(db: Database) -> str:
    """A content digest of every table of the database (equal digests: nothing changed)."""
    return hashlib.sha256("\n".join(db_snapshot(db)).encode()).hexdigest()


def run_poppler(tool: str, *args: str) -> str:
    """Output of a poppler-utils tool (pdftotext, pdfinfo, pdffonts, pdfimages)."""
    return subprocess.run([tool, *args], check=True, capture_output=True, text=True, timeout=60).stdout


def pdf_text(path: Path) -> str:
    """The PDF's text as a reader extracts it (`pdftotext`), lines joined with spaces."""
    return " ".join(run_poppler("pdftotext", "-enc", "UTF-8", str(path), "-").split())


def pdf_info(path: Path) -> dict[str, str]:
    """`pdfinfo` fields."""
    lines = run_poppler("pdfinfo", str(path)).splitlines()
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in lines if ":" in line)}


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """`pdffonts` rows: name and whether the font is embedded."""
    rows = run_poppler("pdffonts", str(path)).splitlines()[2:]
    # name type encoding emb sub uni object ID: the three yes/no columns are the 3rd-5th from the end
    return [{"name": r.split()[0], "emb": r.split()[-5]} for r in rows if r.strip()]


def chart_kinds(path: Path) -> list[str]:
    """The kinds of native charts in an xlsx (e.g. ["radarChart", "barChart"]), from its chart parts."""
    kinds = []
    with zipfile.ZipFile(path) as package:
        for name in sorted(package.namelist()):
            if name.startswith("xl/charts/chart"):
                xml = package.read(name).decode()
                kinds += re.findall(r"<(?:\w+:)?(radarChart|barChart)[ >]", xml)
    return kinds


def soffice() -> str | None:
    """The LibreOffice binary, if installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")
