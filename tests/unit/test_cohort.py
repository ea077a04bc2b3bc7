"""Cohort comparison: median and inter-quartile band per dimension, worked out by hand; at least
five cities or nothing; filters by edition and track; a later round counts for its city."""

from __future__ import annotations

import datetime as dt

import pytest

from icc_desktop.models import City, Need, Workshop
from icc_desktop.services import cohort, crud, monitoring
from icc_desktop.services.workshops import set_response
from tests.factories import make_workshop, questions

CITIES = ("Aarhus", "Braga", "Cluj-Napoca", "Dubrovnik", "Espoo")


def _five_cities(db):
    """Five cities whose leadership levels are (1,3) (2,3) (3,4) (4,5) (5,5); business only in four."""
    workshops = []
    for index, name in enumerate(CITIES):
        workshop = make_workshop(db, name)
        q = questions(db, workshop)
        set_response(db, workshop.id, q[0].id, current_level=index + 1, target_level=(3, 3, 4, 5, 5)[index])
        if index < 4:
            set_response(db, workshop.id, q[6].id, current_level=2, target_level=4)
        workshops.append(workshop)
    return workshops


def test_bands_are_the_inclusive_quartiles_worked_out_by_hand(db):
    """Leadership current 1..5 -> Q1 2, median 3, Q3 4; target 3,3,4,5,5 -> 3, 4, 5; four cities -> none."""
    workshops = _five_cities(db)
    figures = cohort.workshop_cohort(db, workshops[0].id)
    assert figures.cities == 5
    leadership, business = figures.dimensions[0], figures.dimensions[1]
    assert (leadership.current, leadership.target) == (cohort.Band(3.0, 2.0, 4.0), cohort.Band(4.0, 3.0, 5.0))
    assert leadership.cities == 5
    assert business.cities == 4 and business.current is None and business.target is None
    assert cohort.band([1.0, 2.0, 3.0, 4.0]) == cohort.Band(2.5, 1.75, 3.25)


def test_under_five_cities_nothing_is_given(db):
    """Four cities: the cohort is refused with a message naming the rule; a deleted city does not count."""
    workshops = _five_cities(db)
    crud.delete(db, Workshop, workshops[4].id)
    with pytest.raises(cohort.CohortTooSmall, match="at least 5"):
        cohort.workshop_cohort(db, workshops[0].id)


def test_a_city_counts_once_with_its_latest_workshop_and_round(db):
    """A later T1 replaces a city's T0 level; a second, older workshop of a city is not counted."""
    workshops = _five_cities(db)
    first = questions(db, workshops[4])[0]
    t1 = monitoring.add_round(db, workshops[4].id, dt.date(2025, 3, 1))
    monitoring.set_round_answer(db, t1.id, first.id, current_level=1)  # Espoo 5 -> 1, target carried (5)
    with db.session() as session:
        espoo = crud.get(session, Workshop, workshops[4].id).city_id
    older = crud.create(db, Workshop, city_id=espoo, framework_id=workshops[4].framework_id, title="Old",
                        date=dt.date(2020, 1, 1))
    set_response(db, older.id, first.id, current_level=5)
    leadership = cohort.workshop_cohort(db, workshops[0].id).dimensions[0]
    assert leadership.cities == 5
    assert leadership.current == cohort.Band(2.0, 1.0, 3.0)  # 1,1,2,3,4
    assert leadership.target == cohort.Band(4.0, 3.0, 5.0)


def test_edition_and_track_narrow_the_cohort(db):
    """With the same edition or a track, only matching cities count (and five are still needed)."""
    workshops = _five_cities(db)
    with pytest.raises(cohort.CohortTooSmall):
        cohort.workshop_cohort(db, workshops[0].id, track="green_economy")
    for workshop in workshops:
        crud.create(db, Need, workshop_id=workshop.id, title="Greener port", track="green_economy")
    assert cohort.workshop_cohort(db, workshops[0].id, track="green_economy").cities == 5
    with db.session() as session:
        city_id = crud.get(session, Workshop, workshops[1].id).city_id
    crud.update(db, City, city_id, edition="2023-25")
    assert cohort.workshop_cohort(db, workshops[0].id).cities == 5
    with pytest.raises(cohort.CohortTooSmall, match="Only 4"):
        cohort.workshop_cohort(db, workshops[0].id, same_edition=True)


def test_cohort_json_round_trips():
    """The server's JSON form reads back into the same figures."""
    figures = cohort.compute_cohort("f", [("d1", "lead", "Leadership")],
                                    [cohort.CityLevels(str(i), "2020-22", frozenset(), {"d1": (float(i), None)})
                                     for i in range(1, 6)])
    again = cohort.Cohort.from_json(figures.as_json(), source="local")
    assert again == figures and again.dimensions[0].target is None
