"""Demo data: deterministic for a seed, realistic for every city, and valid row by row."""

from __future__ import annotations

import shutil
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from icc_desktop.models import (
    SYNCED_MODELS,
    Action,
    City,
    Dimension,
    Framework,
    Kpi,
    Need,
    Objective,
    Participant,
    Question,
    ReferenceItem,
    Response,
    Vote,
    Workshop,
)
from icc_desktop.services import crud
from icc_desktop.services.demo import REAL_CITIES, demo_cities, generate_demo
from icc_desktop.services.demo import _content as demo_content
from icc_desktop.services.roadmap import check_roadmap
from icc_desktop.services.validation import reference_codes, validate
from icc_desktop.store.db import Database

SEEDED = (ReferenceItem, Framework, Dimension, Question)
HELIX = {"public_authority", "business", "academia", "civil_society"}


def content(db: Database) -> dict[str, list[str]]:
    """Every demo row by table, with ids and stamps left out: a link to another row is replaced
    by that row's own content, so two databases compare equal when they hold the same data."""
    keys: dict[str, Any] = {}
    tables: dict[str, list[str]] = {}
    with db.session() as session:
        for model in SYNCED_MODELS:
            rows = session.exec(select(model)).all()
            if model in SEEDED:  # shipped rows: their ids are the same everywhere
                keys.update({r.id: r.id for r in rows})
                continue
            table = []
            for row in rows:
                key = tuple(sorted(
                    (name, keys.get(value, value) if name.endswith("_id") else value)
                    for name, value in crud.values_of(row).items()
                ))
                keys[row.id] = key
                table.append(repr(key))
            tables[model.__name__] = sorted(table)
    return tables


def _fresh(path: Path, template: Path) -> Database:
    shutil.copyfile(template, path)
    return Database.open(path)


@pytest.fixture(scope="module")
def all_cities(tmp_path_factory: pytest.TempPathFactory, demo_136: Any) -> Iterator[Database]:
    """A database with a demo workshop for every demo city (read only: tests must not change it).

    The suite's 136-city demo (made once, by the CLI) plus the remaining cities: the same rows as
    all of them at once (see `test_the_demo_can_be_made_in_parts`), without a second large run.
    """
    assert demo_136.exit_code == 0, demo_136.stderr
    db = _fresh(tmp_path_factory.mktemp("all") / "all.sqlite", demo_136.path)
    generate_demo(db, cities=REAL_CITIES - 136, seed=2020, first=136)
    yield db
    db.close()


def test_max_cities_matches_the_content():
    """REAL_CITIES is the number of cities in resources/demo.json, all different."""
    names = [c["name"] for c in demo_cities()]
    assert REAL_CITIES == len(names) >= 136
    assert len(set(names)) == len(names)


def test_city_names_are_spelled_right():
    """The cities named in ICC-DOMAIN.md are there with their own letters (comma-below ș/ț, ł, ä)."""
    names = {c["name"] for c in demo_cities()}
    assert {"Bistri\u021ba", "Ia\u0219i", "Bia\u0142ystok", "Jyv\u00e4skyl\u00e4", "Pozna\u0144",
            "Skellefte\u00e5", "Guimar\u00e3es", "Sant Cugat del Vall\u00e8s", "L'Aquila"} <= names
    assert all(unicodedata.is_normalized("NFC", n) for n in names)
    assert not [n for n in names if set(n) & {"\u015f", "\u0163", "\u015e", "\u0162"}]  # cedilla look-alikes


def test_same_seed_gives_the_same_content(tmp_path, _empty_db_file):
    """Two databases filled with the same seed hold the same rows (ids and stamps aside)."""
    first = _fresh(tmp_path / "a.sqlite", _empty_db_file)
    second = _fresh(tmp_path / "b.sqlite", _empty_db_file)
    other = _fresh(tmp_path / "c.sqlite", _empty_db_file)
    try:
        for db, seed in ((first, 11), (second, 11), (other, 12)):
            generate_demo(db, cities=2, seed=seed)
        same, different = content(first), content(other)
        assert content(second) == same
        assert len(same["Workshop"]) == 2 and len(same["Action"]) >= 40
        assert different != same
        assert different["City"] == same["City"]  # the cities are the same, what happened there differs
    finally:
        for db in (first, second, other):
            db.close()


def test_the_demo_can_be_made_in_parts(tmp_path, _empty_db_file):
    """Cities 0–1 and then city 2 give the same rows as cities 0–2 at once (workshop status, framework)."""
    whole = _fresh(tmp_path / "whole.sqlite", _empty_db_file)
    parts = _fresh(tmp_path / "parts.sqlite", _empty_db_file)
    try:
        generate_demo(whole, cities=3, seed=5)
        generate_demo(parts, cities=2, seed=5)
        assert generate_demo(parts, cities=1, seed=5, first=2).workshops == 1
        assert content(parts) == content(whole)
    finally:
        whole.close()
        parts.close()


def _per_workshop(session: Any, model: type, **where: Any) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = defaultdict(list)
    for row in crud.live(session, model, **where):
        grouped[row.workshop_id].append(row)
    return grouped


def test_every_demo_workshop_is_complete(all_cities):
    """Each city has one workshop with 20–40 participants from the whole helix, a complete consensus
    assessment, needs, votes within every budget, objectives, and 20–60 costed, funded actions with KPIs."""
    db = all_cities
    with db.session() as session:
        workshops = crud.live(session, Workshop)
        cities = {c.id: c for c in crud.live(session, City)}
        questions_of = Counter(d.framework_id for d in crud.live(session, Dimension)
                               for _ in crud.live(session, Question, dimension_id=d.id))
        participants = _per_workshop(session, Participant)
        consensus = _per_workshop(session, Response, participant_id=None)
        individual = {r.workshop_id for r in crud.live(session, Response) if r.participant_id}
        needs, votes = _per_workshop(session, Need), _per_workshop(session, Vote)
        objectives, actions = _per_workshop(session, Objective), _per_workshop(session, Action)
        with_kpi = {k.action_id for k in crud.live(session, Kpi)}
        funding = reference_codes(session, "funding_source")
    assert sorted(cities[w.city_id].name for w in workshops) == sorted(c["name"] for c in demo_cities())
    assert {w.framework_id for w in workshops} == {f for f in questions_of}  # both frameworks are used
    for w in workshops:
        city = cities[w.city_id].name
        people = participants[w.id]
        assert 20 <= len(people) <= 40, city
        assert HELIX <= {p.stakeholder_group for p in people}, city
        answers = consensus[w.id]
        assert len(answers) == questions_of[w.framework_id], city
        assert all(r.current_level is not None and r.target_level is not None for r in answers), city
        assert all(r.target_level >= r.current_level for r in answers), city
        assert w.id in individual, city
        assert len(needs[w.id]) >= 5 and any(n.moscow == "must" for n in needs[w.id]), city
        dots = Counter()
        for vote in votes[w.id]:
            dots[vote.participant_id] += vote.dots
        assert dots and max(dots.values()) <= w.dots_per_participant, city
        assert 3 <= len(objectives[w.id]) <= 5, city
        assert 20 <= len(actions[w.id]) <= 60, city
        for action in actions[w.id]:
            assert action.id in with_kpi, (city, action.title)
            assert action.budget_eur and action.budget_eur > 0, (city, action.title)
            assert action.funding_source in funding, (city, action.title)
            assert action.lead_organisation, (city, action.title)


def test_every_demo_roadmap_passes_its_checks(all_cities):
    """No demo roadmap has a warning: dates in order and in the horizon, Must needs covered, KPIs everywhere."""
    with all_cities.session() as session:
        workshops = [(w.id, w.title) for w in crud.live(session, Workshop)]
    warnings = {w: check_roadmap(all_cities, w) for w, _ in workshops}
    assert {w: found for w, found in warnings.items() if found} == {}


def test_every_demo_row_passes_validation(all_cities):
    """Each demo row of a sample of workshops (every seventh city, both editions) keeps every rule."""
    db = all_cities
    names = [c["name"] for c in demo_cities()]
    with db.session() as session:
        cities = sorted(crud.live(session, City), key=lambda c: names.index(c.name))[::7]
        # Strong references: the session's identity map is weak, and the checks look rows up by id.
        keep: list[Any] = [*crud.live(session, Question), *crud.live(session, Dimension), *cities]
        problems: list[str] = []
        checked = 0
        editions = set()
        for city in cities:
            editions.add(city.edition)
            rows: list[Any] = [city]
            for workshop in crud.live(session, Workshop, city_id=city.id):
                rows.append(workshop)
                for model in (Participant, Response, Need, Vote, Objective, Action, Kpi):
                    rows += crud.live(session, model, workshop_id=workshop.id)
            keep += rows
            for row in rows:
                try:
                    validate(session, type(row), crud.values_of(row) | {"id": row.id})
                except Exception as error:  # collect them all, to see every broken rule at once
                    problems.append(f"{type(row).__name__} {row.id}: {error}")
                checked += 1
    assert problems == []
    assert editions == {"2020-22", "2023-25"}
    assert checked > 10 * len(cities) * 40


def test_past_the_real_cities_the_demo_generates_clearly_marked_ones(db):
    """`generate_demo` past the 143 real cities makes up cities named 'Generated city N', noted as such,
    whose workshops are as complete and valid as the real ones'."""
    from icc_desktop.services.demo import GENERATED_NOTE

    report = generate_demo(db, cities=3, seed=2020, first=REAL_CITIES - 1)
    assert report.workshops == 3
    with db.session() as session:
        cities = {c.name: c for c in crud.live(session, City)}
        assert sorted(cities) == sorted([demo_cities()[-1]["name"], "Generated city 1", "Generated city 2"])
        for name in ("Generated city 1", "Generated city 2"):
            assert (cities[name].notes, cities[name].role) == (GENERATED_NOTE, "observer")
        assert cities[demo_cities()[-1]["name"]].notes == ""
        rows: list[Any] = []
        for model in (Workshop, Participant, Response, Need, Vote, Objective, Action, Kpi):
            rows += crud.live(session, model)
        for row in rows:
            validate(session, type(row), crud.values_of(row) | {"id": row.id})
        workshops = crud.live(session, Workshop)
    assert len(rows) > 3 * 200
    assert {w.id: check_roadmap(db, w.id) for w in workshops} == {w.id: [] for w in workshops}


def test_demo_ids_are_random_version_4_uuids(db):
    """The demo's fast ids are real UUID4 strings (version 4, RFC 4122 variant), all different."""
    import uuid

    generate_demo(db, cities=1, seed=1)
    with db.session() as session:
        ids = [p.id for p in crud.live(session, Participant)] + [r.id for r in crud.live(session, Response)]
    parsed = [uuid.UUID(i) for i in ids]
    assert all(str(u) == i and u.version == 4 and u.variant == uuid.RFC_4122 for u, i in zip(parsed, ids, strict=True))
    assert len(set(ids)) == len(ids)


_NOT_WORDS = {"%", "km", "m²", "kWp", "Code for {city}", "organisations", "{title} (phase {number})"}
"""Texts that read the same in English and the translation (units, a proper name, French words)."""


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("swot", "quick_win", "months", "baseline", "target", "measure"):
                yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


@pytest.mark.parametrize("language", ["fr", "de"])
def test_demo_texts_are_translated_element_for_element(language: str) -> None:
    """The French and German demo texts match the English ones element for element, each one translated, with
    the same placeholders."""
    import string

    from icc_desktop.services.demo import _content

    english, local = _content("en"), _content(language)
    keys = [k for k in english if k not in ("cities", "names", "facilitators", "dimension_tracks")]
    pairs = [(a, b) for k in keys for a, b in zip(_texts(english[k]), _texts(local[k]), strict=True)]
    assert len(pairs) > 600
    assert [a for a, b in pairs if a == b and a not in _NOT_WORDS] == []

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    assert [(a, b) for a, b in pairs if fields(a) != fields(b)] == []


@pytest.mark.parametrize("language", ["fr", "de"])
def test_demo_in_french_and_german_has_the_same_rows(tmp_path: Path, _empty_db_file: Path, language: str) -> None:
    """A demo made in French or German holds the same rows as in English; only the words differ."""
    from icc_desktop.services.demo import _content

    english = _fresh(tmp_path / "en.sqlite", _empty_db_file)
    local = _fresh(tmp_path / "local.sqlite", _empty_db_file)
    try:
        generate_demo(english, cities=2, seed=7)
        generate_demo(local, cities=2, seed=7, language=language)
        a, b = content(english), content(local)
        assert {k: len(v) for k, v in a.items()} == {k: len(v) for k, v in b.items()}
        with english.session() as one, local.session() as other:
            levels = [sorted((r.current_level or 0, r.target_level or 0) for r in s.exec(select(Response)).all())
                      for s in (one, other)]
        assert levels[0] == levels[1]  # what happened in the workshop does not depend on the language
        translated = {text for k in ("actions", "needs", "swot_needs", "objectives") for text in _texts(_content(language)[k])}
        with local.session() as session:
            titles = [r.title for m in (Action, Need, Objective) for r in session.exec(select(m)).all()]
            workshops = session.exec(select(Workshop)).all()
        assert titles and [t for t in titles if t not in translated and "(phase" not in t.lower()] == []
        assert all(w.title in _content(language)["workshop_titles"] for w in workshops)
    finally:
        english.close()
        local.close()


def test_demo_refuses_a_language_it_does_not_have(db: Database) -> None:
    """Asking for a demo in a language not shipped says which ones exist."""
    with pytest.raises(ValueError, match="en, fr, de"):
        generate_demo(db, cities=1, language="it")


def test_demo_kpis_count_in_whole_numbers(tmp_path: Path, _empty_db_file: Path) -> None:
    """KPIs that count things (projects, schools, people) have whole baselines and targets in every city; days
    and shares do not shrink with a small city (a strategy read "6.6 projects" and "5.3 days" before)."""
    db = _fresh(tmp_path / "kpis.sqlite", _empty_db_file)
    try:
        generate_demo(db, cities=6, seed=4)
        with db.session() as session:
            kpis = session.exec(select(Kpi)).all()
    finally:
        db.close()
    measures = {"EUR million", "MWh/year", "kWp", "km", "m²", "m²/year", "t CO2e/year", "t/year", "%", "days"}
    counts = [k for k in kpis if k.unit not in measures]
    assert counts and all(float(v).is_integer() for k in counts for v in (k.baseline, k.target))
    templates = {(t["name"], t["unit"]): t for ts in demo_content()["kpis"].values() for t in ts}
    for k in kpis:
        if k.unit in ("%", "days", "meetings/year"):
            assert (k.baseline, k.target) == (templates[(k.name, k.unit)]["baseline"],
                                              templates[(k.name, k.unit)]["target"])
