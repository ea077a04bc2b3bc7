"""The hybrid logical clock and the one place where edits are stamped (before_flush)."""

from __future__ import annotations

from icc_desktop.models import SEED_STAMP, City, HybridClock
from icc_desktop.models.clock import format_stamp, parse_stamp
from icc_desktop.services import crud


class FakeWall:
    """A wall clock the test sets by hand (milliseconds)."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamps_strictly_increase_within_one_millisecond():
    """Many stamps in the same millisecond are all different and ordered by their counter."""
    wall = FakeWall(1_700_000_000_000)
    clock = HybridClock("dev1", wall)
    stamps = [clock.now() for _ in range(300)]
    assert stamps[0] == "1700000000000-0000-dev1"
    assert stamps[1] == "1700000000000-0001-dev1"
    assert stamps[255] == "1700000000000-00ff-dev1"
    assert stamps == sorted(stamps) and len(set(stamps)) == 300
    wall.ms += 1
    assert clock.now() == "1700000000001-0000-dev1"


def test_stamps_order_as_text_like_their_times():
    """Comparing stamps as strings gives the order of (ms, counter) across digit and hex boundaries."""
    pairs = [(999, 0), (999, 9), (999, 10), (999, 0xFF), (1000, 0), (9_999_999_999_999, 0xFFFF)]
    texts = [format_stamp(ms, counter, "a") for ms, counter in pairs]
    assert texts == sorted(texts)
    assert [parse_stamp(t)[:2] for t in texts] == pairs
    assert parse_stamp("1700000000000-00ff-dev-with-dash") == (1_700_000_000_000, 255, "dev-with-dash")
    assert SEED_STAMP < texts[0]


def test_wall_clock_stepping_back_never_goes_back():
    """When the wall clock jumps back (NTP, a laptop's clock reset) stamps keep increasing."""
    wall = FakeWall(2_000)
    clock = HybridClock("d", wall)
    first = clock.now()
    wall.ms = 1_500
    second, third = clock.now(), clock.now()
    assert (first, second, third) == ("0000000002000-0000-d", "0000000002000-0001-d", "0000000002000-0002-d")
    wall.ms = 2_001
    assert clock.now() == "0000000002001-0000-d"


def test_many_stamps_at_once_are_the_stamps_one_by_one():
    """`now_many(n)` gives exactly what n calls of `now` give, across a full counter and a step back."""
    for start_ms, warm_up in ((5_000, 0), (5_000, 3), (4_000, 2)):
        one_by_one, at_once = HybridClock("d", FakeWall(5_000)), HybridClock("d", FakeWall(5_000))
        for clock in (one_by_one, at_once):
            for _ in range(warm_up):
                clock.now()
            clock._wall_ms = FakeWall(start_ms)  # the wall clock may have stepped back since
        expected = [one_by_one.now() for _ in range(70_000)]
        assert at_once.now_many(70_000) == expected
        assert at_once.now() == one_by_one.now()
        assert at_once.now_many(0) == []


def test_observe_moves_the_clock_past_a_remote_stamp():
    """After seeing a newer stamp from another device, the next local stamp is later than it."""
    wall = FakeWall(1_000)
    clock = HybridClock("local", wall)
    clock.now()
    remote = format_stamp(5_000, 7, "remote")
    clock.observe(remote)
    mine = clock.now()
    assert mine == "0000000005000-0008-local" and mine > remote
    clock.observe(format_stamp(3_000, 0, "old"))  # older: no effect
    clock.observe(SEED_STAMP)
    clock.observe("")
    assert clock.now() == "0000000005000-0009-local"


def test_counter_overflow_borrows_the_next_millisecond():
    """After 65,536 stamps in one millisecond the clock moves to the next millisecond, still increasing."""
    clock = HybridClock("d", FakeWall(10))
    stamps = [clock.now() for _ in range(0x10001)]
    assert stamps[0xFFFF] == "0000000000010-ffff-d"
    assert stamps[0x10000] == "0000000000011-0000-d"
    assert stamps[-1] > stamps[-2]


def _city(db, city_id):
    with db.session() as session:
        return session.get(City, city_id)


def test_new_and_edited_rows_are_stamped_and_dirty(db):
    """Any new or changed row gets a fresh stamp from the database's clock and dirty=True."""
    with db.session() as session:
        city = City(name="Pori", country="FI", updated_at="bogus", dirty=False)
        session.add(city)
    stored = _city(db, city.id)
    assert stored.updated_at != "bogus" and stored.updated_at.endswith("-" + db.device_id)
    assert stored.dirty is True
    with db.session(stamp=False) as session:  # as if the server had just confirmed the row
        session.get(City, city.id).dirty = False
    first = _city(db, city.id).updated_at
    with db.session() as session:
        session.get(City, city.id).population = 83_000
    edited = _city(db, city.id)
    assert edited.updated_at > first and edited.dirty is True and edited.population == 83_000


def test_unstamped_session_stores_rows_as_given(db):
    """A session opened with stamp=False (sync, seeding) keeps updated_at and dirty exactly as given."""
    remote = "1700000000000-0003-remote"
    with db.session(stamp=False) as session:
        city = City(name="Espoo", country="FI", updated_at=remote, dirty=False, server_seq=42)
        session.add(city)
    stored = _city(db, city.id)
    assert (stored.updated_at, stored.dirty, stored.server_seq) == (remote, False, 42)
    with db.session(stamp=False) as session:
        session.get(City, city.id).notes = "from the server"
    assert (_city(db, city.id).updated_at, _city(db, city.id).dirty) == (remote, False)


def test_no_op_flush_does_not_restamp(db):
    """Loading a row, or setting a field to the value it has, does not restamp it or mark it dirty."""
    city = crud.create(db, City, name="Aarhus", country="DK")
    with db.session(stamp=False) as session:
        session.get(City, city.id).dirty = False
    before = _city(db, city.id).updated_at
    with db.session() as session:
        row = session.get(City, city.id)
        row.name = "Aarhus"
        session.flush()
    with db.session() as session:
        session.get(City, city.id)
    after = _city(db, city.id)
    assert (after.updated_at, after.dirty) == (before, False)


def test_bulk_statements_are_stamped_too(db):
    """ORM INSERT and UPDATE statements (bulk writes that skip the flush) stamp their rows as well."""
    from sqlalchemy import insert, update

    with db.session() as session:
        session.execute(insert(City), [
            {"id": f"c{i}", "name": f"City {i}", "country": "IT", "updated_at": "given", "dirty": False}
            for i in range(3)
        ])
    rows = [_city(db, f"c{i}") for i in range(3)]
    stamps = [r.updated_at for r in rows]
    assert all(r.dirty is True and r.updated_at.endswith("-" + db.device_id) for r in rows)
    assert stamps == sorted(stamps) and len(set(stamps)) == 3
    with db.session(stamp=False) as session:
        session.execute(update(City).where(City.id.in_(["c0", "c1"])).values(dirty=False))
    with db.session() as session:
        session.execute(update(City).where(City.id == "c0").values(notes="edited"))
        session.execute(update(City), [{"id": "c2", "population": 7}])
    assert (_city(db, "c0").dirty, _city(db, "c0").updated_at > stamps[2]) == (True, True)
    assert (_city(db, "c1").dirty, _city(db, "c1").updated_at) == (False, stamps[1])
    assert _city(db, "c2").updated_at > _city(db, "c0").updated_at


def test_bulk_statements_in_an_unstamped_session_keep_values(db):
    """With stamp=False, an ORM bulk INSERT stores updated_at and dirty as given."""
    from sqlalchemy import insert

    with db.session(stamp=False) as session:
        session.execute(insert(City), [{"id": "r1", "name": "Nice", "country": "FR",
                                        "updated_at": "1700000000000-0000-srv", "dirty": False}])
    assert (_city(db, "r1").updated_at, _city(db, "r1").dirty) == ("1700000000000-0000-srv", False)
