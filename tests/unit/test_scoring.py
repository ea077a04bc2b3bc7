"""Dimension scores and gaps, checked against values computed by hand."""

from __future__ import annotations

import pytest

from icc_desktop.models import Participant
from icc_desktop.services import crud
from icc_desktop.services.scoring import (
    consensus_vs_individual,
    dimension_scores,
    largest_gaps,
    question_gaps,
)
from icc_desktop.services.workshops import set_response
from tests.factories import make_workshop, questions


def test_no_responses_lists_every_dimension_unscored(db):
    """With no answers, every dimension of the framework is listed, in order, with nothing known."""
    workshop = make_workshop(db)
    scores = dimension_scores(db, workshop.id)
    assert [s.code for s in scores] == [
        "leadership", "business_uptake", "community", "infrastructure", "public_services", "data", "skills",
    ]
    assert all(s.current is None and s.target is None and s.gap is None for s in scores)
    assert all(s.answered == 0 and s.unknown == 0 and s.spread is None for s in scores)
    assert largest_gaps(db, workshop.id) == []


def test_consensus_scores_skip_unknown_levels(db):
    """Mean, median and spread leave out N/A answers, which are counted as unknown."""
    workshop = make_workshop(db)
    q = questions(db, workshop)
    set_response(db, workshop.id, q[0].id, current_level=2, target_level=4)
    set_response(db, workshop.id, q[1].id, current_level=3, target_level=4)
    set_response(db, workshop.id, q[2].id, current_level=None, target_level=5)
    leadership = dimension_scores(db, workshop.id)[0]
    assert leadership.current == 2.5
    assert leadership.current_median == 2.5
    assert leadership.spread == 0.5
    assert leadership.target == pytest.approx(13 / 3)
    assert leadership.target_median == 4.0
    assert leadership.gap == pytest.approx(13 / 3 - 2.5)
    assert (leadership.answered, leadership.unknown) == (2, 1)


def test_individual_scores_pool_participants_and_ignore_consensus(db):
    """Individual scores pool every participant's answers; the consensus is kept apart."""
    workshop = make_workshop(db)
    q = questions(db, workshop)
    ana = crud.create(db, Participant, workshop_id=workshop.id, name="Ana")
    ben = crud.create(db, Participant, workshop_id=workshop.id, name="Ben")
    set_response(db, workshop.id, q[0].id, None, current_level=3, target_level=3)
    set_response(db, workshop.id, q[0].id, ana.id, current_level=1, target_level=3)
    set_response(db, workshop.id, q[0].id, ben.id, current_level=4, target_level=5)
    set_response(db, workshop.id, q[1].id, ben.id, current_level=4, target_level=4)
    individual = dimension_scores(db, workshop.id, "individual")[0]
    assert individual.current == 3.0  # (1 + 4 + 4) / 3
    assert individual.current_median == 4.0
    assert individual.spread == pytest.approx(2 ** 0.5)  # pstdev(1, 4, 4)
    assert individual.target == 4.0
    comparison = consensus_vs_individual(db, workshop.id)[0]
    assert (comparison.consensus, comparison.individual, comparison.difference) == (3.0, 3.0, 0.0)


def test_changing_an_answer_replaces_it(db):
    """Answering the same question again updates the one response, it does not add a second."""
    workshop = make_workshop(db)
    q = questions(db, workshop)
    first = set_response(db, workshop.id, q[0].id, current_level=1, target_level=2)
    second = set_response(db, workshop.id, q[0].id, current_level=4)
    assert first.id == second.id
    score = dimension_scores(db, workshop.id)[0]
    assert (score.current, score.target, score.answered) == (4.0, 2.0, 1)


def test_largest_gaps_order_and_ties(db):
    """Largest gaps come first; equal gaps keep the framework's order; no gap or N/A is left out."""
    workshop = make_workshop(db)
    q = questions(db, workshop)
    set_response(db, workshop.id, q[0].id, current_level=2, target_level=4)  # gap 2
    set_response(db, workshop.id, q[1].id, current_level=3, target_level=4)  # gap 1
    set_response(db, workshop.id, q[2].id, current_level=None, target_level=5)  # unknown
    set_response(db, workshop.id, q[3].id, current_level=1, target_level=3)  # gap 2, later
    set_response(db, workshop.id, q[4].id, current_level=4, target_level=4)  # gap 0
    set_response(db, workshop.id, q[6].id, current_level=1, target_level=5)  # gap 4, next dimension
    gaps = largest_gaps(db, workshop.id, count=3)
    assert [g.question_id for g in gaps] == [q[6].id, q[0].id, q[3].id]
    assert [g.gap for g in gaps] == [4.0, 2.0, 2.0]
    all_gaps = {g.question_id: g.gap for g in question_gaps(db, workshop.id)}
    assert all_gaps[q[2].id] is None and all_gaps[q[4].id] == 0.0
