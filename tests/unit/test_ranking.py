"""Need ranking: dots, then impact × feasibility, then MoSCoW; ties share a rank."""

from __future__ import annotations

import pytest

from icc_desktop.errors import ValidationError
from icc_desktop.models import Need, Participant, Vote
from icc_desktop.services import crud
from icc_desktop.services.ranking import Quadrant, dots_used, quadrant, rank_needs
from icc_desktop.services.workshops import set_vote
from tests.factories import count, make_workshop


def _need(db, workshop, title, moscow=None):
    return crud.create(db, Need, workshop_id=workshop.id, title=title, moscow=moscow)


def test_quadrants_and_their_boundaries():
    """3 counts as high on both axes; unknown scores give no quadrant."""
    assert quadrant(3, 3) is Quadrant.QUICK_WIN
    assert quadrant(5, 2.9) is Quadrant.MAJOR_PROJECT
    assert quadrant(2.5, 4) is Quadrant.FILL_IN
    assert quadrant(1, 1) is Quadrant.THANKLESS_TASK
    assert quadrant(None, 4) is None


def test_ranking_with_ties_and_moscow(db):
    """Equal dots and impact × feasibility share a rank; MoSCoW orders them within it."""
    workshop = make_workshop(db)
    a = _need(db, workshop, "Open data portal", "should")
    b = _need(db, workshop, "Broadband in rural areas")
    c = _need(db, workshop, "Digital skills for SMEs", "must")
    d = _need(db, workshop, "Smart parking")
    set_vote(db, a.id, dots=3, impact=4, feasibility=4)
    set_vote(db, b.id, dots=3, impact=5, feasibility=2)
    set_vote(db, c.id, dots=3, impact=4, feasibility=4)
    ranking = rank_needs(db, workshop.id)
    assert [(r.title, r.rank) for r in ranking] == [
        ("Digital skills for SMEs", 1),
        ("Open data portal", 1),
        ("Broadband in rural areas", 3),
        ("Smart parking", 4),
    ]
    assert [r.priority for r in ranking] == [16, 16, 10, None]
    assert [r.quadrant for r in ranking] == [Quadrant.QUICK_WIN, Quadrant.QUICK_WIN, Quadrant.MAJOR_PROJECT, None]
    assert ranking[3].dots == 0 and d.id == ranking[3].need_id


def test_participant_votes_are_summed_and_averaged(db):
    """Dots add up over participants; impact and feasibility are the mean of the scores given."""
    workshop = make_workshop(db)
    need = _need(db, workshop, "Energy advice for households")
    other = _need(db, workshop, "Bike lanes")
    ana = crud.create(db, Participant, workshop_id=workshop.id, name="Ana")
    ben = crud.create(db, Participant, workshop_id=workshop.id, name="Ben")
    set_vote(db, need.id, ana.id, dots=2, impact=4, feasibility=2)
    set_vote(db, need.id, ben.id, dots=1, impact=5, feasibility=3)
    set_vote(db, need.id, ben.id, dots=3)  # Ben changes his mind: replaces, not adds
    set_vote(db, other.id, ana.id, dots=1, impact=None, feasibility=None)
    top, second = rank_needs(db, workshop.id)
    assert (top.title, top.dots, top.impact, top.feasibility, top.priority) == (
        "Energy advice for households", 5, 4.5, 2.5, 11.25,
    )
    assert (second.dots, second.impact, second.priority) == (1, None, None)
    assert dots_used(db, workshop.id) == {ana.id: 3, ben.id: 3}


def test_dot_budget_is_enforced(db):
    """A participant cannot place more dots than the workshop gives each; nothing is written."""
    workshop = make_workshop(db)  # 5 dots each
    a, b = _need(db, workshop, "A"), _need(db, workshop, "B")
    ana = crud.create(db, Participant, workshop_id=workshop.id, name="Ana")
    set_vote(db, a.id, ana.id, dots=4)
    with pytest.raises(ValidationError) as error:
        set_vote(db, b.id, ana.id, dots=2)
    assert "6 dots" in str(error.value) and "dots" in error.value.fields
    assert count(db, Vote) == 1


def test_over_the_budget_after_a_merge_a_vote_can_still_be_lowered_or_rated(db):
    """Votes given on two laptops can leave a participant over the budget once merged: lowering a vote or
    changing only its impact is still allowed (it was refused, so the facilitator could not mend it); adding
    dots is not."""
    import sqlite3

    workshop = make_workshop(db)  # 5 dots each
    a, b, c = _need(db, workshop, "A"), _need(db, workshop, "B"), _need(db, workshop, "C")
    ana = crud.create(db, Participant, workshop_id=workshop.id, name="Ana")
    set_vote(db, a.id, ana.id, dots=2)
    set_vote(db, b.id, ana.id, dots=3)
    on_c = set_vote(db, c.id, ana.id, dots=0)
    with sqlite3.connect(db.path) as conn:  # what a merge of another laptop's vote leaves: 8 of 5 dots
        conn.execute("UPDATE vote SET dots = 3 WHERE id = ?", (on_c.id,))
    conn.close()
    set_vote(db, b.id, ana.id, dots=2)  # lowering: 7 of 5, allowed
    set_vote(db, c.id, ana.id, impact=4)  # only the impact: allowed
    with pytest.raises(ValidationError) as error:
        set_vote(db, a.id, ana.id, dots=3)
    assert "8 dots" in str(error.value)
    assert dots_used(db, workshop.id) == {ana.id: 7}


def test_votes_refuse_levels_outside_one_to_five(db):
    """Impact and feasibility are 1–5; dots are not negative."""
    workshop = make_workshop(db)
    need = _need(db, workshop, "A")
    with pytest.raises(ValidationError) as error:
        set_vote(db, need.id, dots=-1, impact=6, feasibility=0)
    assert set(error.value.fields) == {"dots", "impact", "feasibility"}


def test_empty_workshop_has_empty_ranking(db):
    """No needs, no ranking."""
    assert rank_needs(db, make_workshop(db).id) == []
