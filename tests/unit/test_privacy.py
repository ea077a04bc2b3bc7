"""Participants' rights: erasure leaves no trace in the database file, retention periods are
applied, everything held about a person is exported, consent is recorded per purpose."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from icc_desktop import cli
from icc_desktop.errors import IccError, NotFoundError
from icc_desktop.models import Conflict, Need, Participant, SyncBase
from icc_desktop.services import crud, privacy
from icc_desktop.services.ranking import rank_needs
from icc_desktop.services.scoring import dimension_scores
from icc_desktop.services.workshops import set_response, set_vote
from icc_desktop.store.db import Database
from icc_desktop.sync.merge import merge_versions
from tests.factories import make_workshop, questions

NAME, EMAIL, ORGANISATION, ROLE = "Zofia Quertyńska", "zofia.q7@example.org", "Qwixel Foundation", "Chief Qwixel"
SECRETS = (NAME, EMAIL, ORGANISATION, ROLE)


def _file_bytes(db: Database) -> bytes:
    """The database file and its write-ahead log, as raw bytes (what a disk image would show)."""
    data = b""
    for suffix in ("", "-wal", "-journal"):
        path = Path(f"{db.path}{suffix}")
        if path.exists():
            data += path.read_bytes()
    return data


def _in_file(db: Database, text: str) -> bool:
    raw = _file_bytes(db)
    return text.encode("utf-8") in raw or text.encode("utf-16-le") in raw


def _workshop_with_person(db: Database):
    """A workshop with the person to forget and one other, both answering and voting."""
    workshop = make_workshop(db)
    person = crud.create(db, Participant, workshop_id=workshop.id, name=NAME, email=EMAIL,
                         organisation=ORGANISATION, role=ROLE, stakeholder_group="academia", consent=True)
    other = crud.create(db, Participant, workshop_id=workshop.id, name="Ola Nowak", organisation="City Hall")
    # Edits leave old versions of the row in free space unless the file is cleaned.
    crud.update(db, Participant, person.id, name=NAME + " (temp)")
    crud.update(db, Participant, person.id, name=NAME)
    q = questions(db, workshop)
    for who, level in ((person, 2), (other, 4)):
        set_response(db, workshop.id, q[0].id, who.id, current_level=level, target_level=5)
    need = crud.create(db, Need, workshop_id=workshop.id, title="Open data portal")
    set_vote(db, need.id, person.id, dots=3, impact=4)
    set_vote(db, need.id, other.id, dots=1, impact=2)
    return workshop, person, other


def test_forget_erases_name_email_organisation_from_the_raw_file_and_keeps_scores(db):
    """After forget, none of the person's texts is in the file or its log; vote totals and score
    means are as before, and the row reads "Participant 1"."""
    workshop, person, _ = _workshop_with_person(db)
    with db.session() as session:  # copies a sync would have kept: merge base and a conflict
        session.add(SyncBase(table_name="participant", row_id=person.id,
                             data=json.dumps({"id": person.id, "name": NAME, "email": EMAIL})))
        session.add(Conflict(table_name="participant", row_id=person.id, fields='["organisation"]',
                             local=json.dumps({"organisation": ORGANISATION}),
                             remote=json.dumps({"organisation": ORGANISATION + " Ltd"})))
    scores_before = dimension_scores(db, workshop.id, "individual")
    ranking_before = [(r.need_id, r.dots, r.impact) for r in rank_needs(db, workshop.id)]
    assert all(_in_file(db, text) for text in SECRETS)

    erasure = privacy.forget(db, person.id)

    assert erasure.pseudonym == "Participant 1" and not erasure.already_erased
    for text in SECRETS:
        assert not _in_file(db, text), f"{text!r} is still in the database file"
    with db.session() as session:
        row = session.get(Participant, person.id)
        base = session.get(SyncBase, ("participant", person.id))
    assert (row.name, row.email, row.organisation, row.role) == ("Participant 1", None, "", "")
    assert row.stakeholder_group == "academia" and not row.consent and row.erased_at is not None
    assert json.loads(base.data)["name"] == "Participant 1"
    assert dimension_scores(db, workshop.id, "individual") == scores_before
    assert [(r.need_id, r.dots, r.impact) for r in rank_needs(db, workshop.id)] == ranking_before
    again = privacy.forget(db, person.id)
    assert again.already_erased and again.pseudonym == "Participant 1"


def test_forget_reaches_a_deleted_participant_and_refuses_an_unknown_one(db):
    """A tombstoned participant still holds personal data and can be forgotten; an unknown id is an error."""
    _, person, _ = _workshop_with_person(db)
    crud.delete(db, Participant, person.id)
    privacy.forget(db, person.id)
    assert not _in_file(db, EMAIL)
    with pytest.raises(NotFoundError):
        privacy.forget(db, "no-such-participant")


def test_pseudonyms_never_collide_within_a_workshop(db):
    """Numbers follow the order people were added; an erased name already taken moves the next one on."""
    workshop, person, other = _workshop_with_person(db)
    crud.update(db, Participant, other.id, name="Participant 1")  # a real person with that name
    assert privacy.forget(db, other.id, clean_file=False).pseudonym == "Participant 2"
    first = privacy.forget(db, person.id, clean_file=False)
    assert first.pseudonym == "Participant 1"


def test_purge_applies_retention_periods_and_reports_them(db):
    """Only workshops past their retention period lose their participants' personal data."""
    old, person, other = _workshop_with_person(db)
    crud.update(db, type(old), old.id, retention_months=12)  # workshop on 2024-03-15: ends 2025-03-15
    fresh = make_workshop(db, "Iași", dt.date(2025, 1, 10))
    crud.update(db, type(fresh), fresh.id, retention_months=24)
    keeper = crud.create(db, Participant, workshop_id=fresh.id, name="Ioana Keeper")
    assert privacy.purge(db, dt.date(2025, 3, 14)).erased == []
    report = privacy.purge(db, dt.date(2025, 3, 15))
    assert {e.participant_id for e in report.erased} == {person.id, other.id}
    assert report.lines() == ["Białystok, Needs assessment (2024-03-15): retention ended 2025-03-15; "
                              "erased 2 participants' names, e-mails and organisations"]
    assert not _in_file(db, NAME) and _in_file(db, "Ioana Keeper")
    with db.session() as session:
        assert session.get(Participant, keeper.id).erased_at is None
    assert privacy.purge(db, dt.date(2025, 3, 16)).erased == []


def test_export_person_holds_everything_about_them(db, tmp_path):
    """The export names the person, their consent, workshop, answers and votes; it is valid JSON."""
    workshop, person, _ = _workshop_with_person(db)
    privacy.set_consent(db, person.id, contact=True, on=dt.date(2024, 3, 15))
    target = tmp_path / "person.json"
    privacy.write_person_export(db, person.id, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["participant"]["name"] == NAME and data["participant"]["email"] == EMAIL
    assert data["participant"]["consent"] == {"named_in_reports": True, "contacted_after_the_workshop": True,
                                              "recorded_on": "2024-03-15"}
    assert data["workshop"]["city"] == "Białystok"
    assert [a["current_level"] for a in data["answers"]] == [2]
    assert data["votes"] == [{"need": "Open data portal", "dots": 3, "impact": 4, "feasibility": None,
                              "deleted": False}]


def test_consent_cannot_be_recorded_for_an_erased_person(db):
    """Once erased, there is nobody to give consent and no name to type back; the refusal says so."""
    _, person, _ = _workshop_with_person(db)
    privacy.forget(db, person.id, clean_file=False)
    with pytest.raises(IccError, match="erased"):
        privacy.set_consent(db, person.id, reports=True)
    with pytest.raises(IccError, match="cannot be filled in again"):
        crud.update(db, Participant, person.id, name=NAME)
    assert crud.update(db, Participant, person.id, stakeholder_group="business").stakeholder_group == "business"


def test_an_erased_version_wins_the_personal_fields_of_a_merge():
    """A name edited on this laptop while the server already holds the erasure does not come back."""
    base = {"id": "p", "updated_at": "1", "name": "Old", "organisation": "Org", "role": "", "email": None,
            "consent": True, "consent_contact": False, "consent_recorded_on": None, "erased_at": None,
            "deleted_at": None, "workshop_id": "w", "stakeholder_group": "business", "created_at": "x"}
    local = base | {"updated_at": "3", "name": "Old Renamed", "stakeholder_group": "academia"}
    remote = base | {"updated_at": "2", "name": "Participant 4", "organisation": "", "consent": False,
                     "erased_at": "2025-01-01T00:00:00Z"}
    merged = merge_versions("participant", local, True, base, remote)
    assert merged is not None and merged.conflict_fields == []
    assert merged.data["name"] == "Participant 4" and merged.data["organisation"] == ""
    assert merged.data["stakeholder_group"] == "academia"  # other local edits survive
    back = merge_versions("participant", remote | {"updated_at": "3"}, True, base,
                          base | {"updated_at": "4", "name": "Renamed elsewhere"})
    assert back is not None and back.data["name"] == "Participant 4"


def _run(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)
    return code, out.getvalue(), err.getvalue()


def test_cli_privacy_forget_export_and_purge(db, tmp_path):
    """The three privacy commands do their work by id prefix; bad input exits 2 with nothing written."""
    workshop, person, other = _workshop_with_person(db)
    crud.update(db, type(workshop), workshop.id, retention_months=1)
    path = str(db.path)
    code, out, _ = _run(["privacy", "export", person.id[:8], "-o", str(tmp_path / "p.json"), "--db", path])
    assert code == 0 and "1 answers, 1 votes" in out
    assert json.loads((tmp_path / "p.json").read_text(encoding="utf-8"))["participant"]["email"] == EMAIL
    code, _, err = _run(["privacy", "export", person.id, "-o", str(tmp_path / "missing" / "p.json"), "--db", path])
    assert code == 2 and "does not exist" in err and not (tmp_path / "missing").exists()
    code, _, err = _run(["privacy", "forget", "zzzz", "--db", path])
    assert code == 2 and "no participant" in err
    code, out, _ = _run(["privacy", "forget", person.id, "--db", path])
    assert code == 0 and "Participant 1" in out
    code, out, _ = _run(["privacy", "purge", "--db", path])
    assert code == 0 and "erased 1 participant'" in out  # the other one; the first was already erased
    code, out, _ = _run(["privacy", "purge", "--db", path])
    assert code == 0 and "Nothing to erase" in out
    assert not _in_file(db, "Ola Nowak") and not _in_file(db, NAME)


def test_forgetting_a_synced_participant_leaves_no_copy_in_the_merge_base(db):
    """A participant received from the server (clean, with a seq) is copied into the merge base the moment
    the erasure changes the row: that copy is erased too, and nothing of the person stays in the file."""
    import sqlite3

    _workshop, person, _other = _workshop_with_person(db)
    with sqlite3.connect(db.path) as conn:
        conn.execute("UPDATE participant SET server_seq = 40, dirty = 0")
    conn.close()
    privacy.forget(db, person.id)
    with db.session() as session:
        base = session.get(SyncBase, ("participant", person.id))
    assert base is not None and json.loads(base.data)["name"] == "Participant 1"
    for text in SECRETS:
        assert not _in_file(db, text), f"{text!r} is still in the database file"
