"""Participants' rights: consent per purpose, retention periods, erasure and the export of a person.

Erasing a participant ("forget this person", or the workshop's retention period running out)
replaces the name by "Participant N" and empties organisation, role and e-mail; consent is
withdrawn and `erased_at` set. Stakeholder group, answers and votes stay, so scores and vote
totals do not move. The erasure is an ordinary stamped edit: it travels through sync like any
other, and an erased version wins the personal fields in every merge (`sync.merge`).

Copies are erased too: the last synced version of the row (`sync_base`) and any kept conflict
that holds it. Then the file itself is cleaned: the connections use `secure_delete`, and
`scrub_file` rebuilds the database (VACUUM) and empties the write-ahead log, so the old
values are in no free page of the file and in no old frame of the log.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from icc_desktop.errors import IccError, NotFoundError
from icc_desktop.models import (
    City,
    Conflict,
    Need,
    Participant,
    Question,
    Response,
    SyncBase,
    Vote,
    Workshop,
    utcnow,
)
from icc_desktop.models.participant import ERASURE_FIELDS, PERSONAL_FIELDS, pseudonym
from icc_desktop.store.db import Database


@dataclass(frozen=True)
class Erasure:
    """One participant erased: who they are now, in which workshop."""

    participant_id: str
    workshop_id: str
    pseudonym: str
    already_erased: bool = False


@dataclass
class PurgeReport:
    """What applying the retention periods erased, per workshop."""

    erased: list[Erasure] = field(default_factory=list)
    workshops: dict[str, str] = field(default_factory=dict)  # workshop id -> "City, title (date)"
    ended_on: dict[str, dt.date] = field(default_factory=dict)  # workshop id -> end of retention

    def lines(self) -> list[str]:
        """One line per workshop with erasures, for the command line."""
        counts: dict[str, int] = {}
        for erasure in self.erased:
            counts[erasure.workshop_id] = counts.get(erasure.workshop_id, 0) + 1
        return [f"{self.workshops[w]}: retention ended {self.ended_on[w].isoformat()}; "
                f"erased {n} participant{'s' if n != 1 else ''}' names, e-mails and organisations"
                for w, n in counts.items()]


def _participant(session: Session, participant_id: str) -> Participant:
    # Tombstoned participants still hold personal data: they can be exported and forgotten too.
    row = session.get(Participant, participant_id)
    if row is None:
        raise NotFoundError(f"No participant with id {participant_id}.")
    return row


def find_participant(db: Database, id_or_prefix: str) -> Participant:
    """A participant by id or unique id prefix (deleted ones included)."""
    from icc_desktop.errors import AmbiguousIdError

    prefix = id_or_prefix.strip()
    if not prefix:
        raise NotFoundError("PARTICIPANT_ID: give a participant id (the Participants sheet of `icc-desktop export xlsx` lists them).")
    with db.session() as session:
        rows = session.exec(select(Participant).where(col(Participant.id).startswith(prefix)).limit(2)).all()
    if not rows:
        raise NotFoundError(f"PARTICIPANT_ID: no participant with id {prefix}.")
    if len(rows) > 1 and rows[0].id != prefix:
        raise AmbiguousIdError(f"PARTICIPANT_ID: {prefix} matches several participants; give more of the id.")
    return rows[0]


def _next_number(session: Session, person: Participant) -> int:
    """The person's place in their workshop (by creation), moved on past numbers already taken."""
    everyone = session.exec(select(Participant).where(Participant.workshop_id == person.workshop_id)).all()
    ordered = sorted(everyone, key=lambda p: (p.created_at, p.id))
    number = next(i for i, p in enumerate(ordered, start=1) if p.id == person.id)
    taken = {p.name for p in everyone if p.erased_at is not None and p.id != person.id}
    while pseudonym(number) in taken:
        number += len(ordered)
    return number


def _erase_row(session: Session, person: Participant, now: dt.datetime) -> Erasure:
    if person.erased_at is not None:
        return Erasure(person.id, person.workshop_id, person.name, already_erased=True)
    person.name = pseudonym(_next_number(session, person))
    person.organisation = ""
    person.role = ""
    person.email = None
    person.consent = False
    person.consent_contact = False
    person.consent_recorded_on = None
    person.erased_at = now
    session.add(person)
    session.flush()
    return Erasure(person.id, person.workshop_id, person.name)


def scrub_copies(session: Session, rows: Iterable[Participant]) -> None:
    """Put the erased values into every local copy of these rows (merge base, kept conflicts)."""
    by_id = {row.id: row for row in rows}
    if not by_id:
        return
    erased = {row.id: {name: _json_value(getattr(row, name)) for name in ERASURE_FIELDS} for row in by_id.values()}
    for base in session.exec(select(SyncBase).where(
            SyncBase.table_name == "participant", col(SyncBase.row_id).in_(list(by_id)))).all():
        base.data = _scrubbed(base.data, erased[base.row_id])
        session.add(base)
    for conflict in session.exec(select(Conflict).where(
            Conflict.table_name == "participant", col(Conflict.row_id).in_(list(by_id)))).all():
        conflict.local = _scrubbed(conflict.local, erased[conflict.row_id])
        conflict.remote = _scrubbed(conflict.remote, erased[conflict.row_id])
        session.add(conflict)


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _scrubbed(text_: str, erased: dict[str, Any]) -> str:
    try:
        data = json.loads(text_)
    except ValueError:
        return "{}"
    if isinstance(data, dict):
        data.update({k: v for k, v in erased.items() if k in data or k in PERSONAL_FIELDS})
    return json.dumps(data, ensure_ascii=False)


def scrub_file(db: Database, attempts: int = 20) -> None:
    """Rewrite the database file so erased values survive in no free page and no log frame.

    VACUUM rebuilds every page; a TRUNCATE checkpoint then copies the log into the file and
    empties it. Another connection reading at that moment makes the checkpoint wait; after
    `attempts` tries (about 2 s) it raises `IccError`, and the erasure itself stays done.
    """
    with db.engine.connect() as connection:
        raw = connection.execution_options(isolation_level="AUTOCOMMIT")
        raw.execute(text("VACUUM"))
        for _ in range(attempts):
            busy = raw.execute(text("PRAGMA wal_checkpoint(TRUNCATE)")).fetchone()
            if busy is not None and busy[0] == 0:
                return
            time.sleep(0.1)
    raise IccError(f"{db.path}: the erasure is saved, but the file could not be cleaned while another "
                   "program reads it; close it and run `icc-desktop privacy purge` again.")


def forget(db: Database, participant_id: str, *, clean_file: bool = True) -> Erasure:
    """Erase one participant's name, e-mail, organisation and role, here and (through sync) everywhere."""
    with db.session() as session:
        person = _participant(session, participant_id)
        erasure = _erase_row(session, person, utcnow())
        scrub_copies(session, [person])
    if clean_file:
        scrub_file(db)
    return erasure


def retention_end(workshop: Workshop) -> dt.date | None:
    """The day a workshop's participants' personal data is due for erasure, if it has a period:
    the workshop's date plus `retention_months` (the last day of a shorter month)."""
    if workshop.retention_months is None:
        return None
    index = workshop.date.year * 12 + workshop.date.month - 1 + workshop.retention_months
    year, month = index // 12, index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(workshop.date.day, last_day))


def purge(db: Database, today: dt.date | None = None) -> PurgeReport:
    """Apply every workshop's retention period: erase the participants of those past it."""
    today = today or dt.date.today()
    report = PurgeReport()
    now = utcnow()
    with db.session() as session:
        workshops = session.exec(select(Workshop).where(col(Workshop.retention_months).is_not(None))).all()
        due = [w for w in workshops if (end := retention_end(w)) is not None and end <= today]
        touched: list[Participant] = []
        for workshop in due:
            people = session.exec(select(Participant).where(
                Participant.workshop_id == workshop.id, col(Participant.erased_at).is_(None))).all()
            if not people:
                continue
            city = session.get(City, workshop.city_id)
            report.workshops[workshop.id] = (f"{city.name if city else '?'}, {workshop.title} "
                                             f"({workshop.date.isoformat()})")
            report.ended_on[workshop.id] = retention_end(workshop) or today
            for person in sorted(people, key=lambda p: (p.created_at, p.id)):
                report.erased.append(_erase_row(session, person, now))
                touched.append(person)
        scrub_copies(session, touched)
    if report.erased:
        scrub_file(db)
    return report


def set_consent(db: Database, participant_id: str, *, reports: bool | None = None,
                contact: bool | None = None, on: dt.date | None = None) -> Participant:
    """Record consent per purpose (named in reports; contacted after the workshop) and when."""
    from icc_desktop.services import crud

    changes: dict[str, Any] = {"consent_recorded_on": on or dt.date.today()}
    if reports is not None:
        changes["consent"] = reports
    if contact is not None:
        changes["consent_contact"] = contact
    with db.session() as session:
        if _participant(session, participant_id).erased_at is not None:
            raise IccError("This participant's personal data was erased; there is no consent to record.")
    return crud.update(db, Participant, participant_id, **changes)


def export_person(db: Database, participant_id: str) -> dict[str, Any]:
    """Everything held about one participant, as JSON-ready data (the right of access)."""
    with db.session() as session:
        person = _participant(session, participant_id)
        workshop = session.get(Workshop, person.workshop_id)
        city = session.get(City, workshop.city_id) if workshop else None
        answers = session.exec(select(Response, Question).join(Question, col(Question.id) == Response.question_id)
                               .where(Response.participant_id == person.id)).all()
        votes = session.exec(select(Vote, Need).join(Need, col(Need.id) == Vote.need_id)
                             .where(Vote.participant_id == person.id)).all()
    end = retention_end(workshop) if workshop else None
    return {
        "format": "icc-desktop-person-export",
        "version": 1,
        "exported_at": utcnow().isoformat(),
        "participant": {
            "id": person.id,
            "name": person.name,
            "organisation": person.organisation,
            "role": person.role,
            "stakeholder_group": person.stakeholder_group,
            "email": person.email,
            "consent": {
                "named_in_reports": person.consent,
                "contacted_after_the_workshop": person.consent_contact,
                "recorded_on": _json_value(person.consent_recorded_on),
            },
            "erased_at": _json_value(person.erased_at),
            "deleted": person.deleted_at is not None,
            "created_at": _json_value(person.created_at),
        },
        "workshop": None if workshop is None else {
            "id": workshop.id,
            "title": workshop.title,
            "date": workshop.date.isoformat(),
            "city": city.name if city else None,
            "country": city.country if city else None,
            "facilitator": workshop.facilitator,
            "retention_months": workshop.retention_months,
            "personal_data_erased_on_or_after": end.isoformat() if end else None,
        },
        "answers": [
            {"question_code": q.code, "question": q.text, "current_level": r.current_level,
             "target_level": r.target_level, "evidence": r.evidence, "deleted": r.deleted_at is not None}
            for r, q in sorted(answers, key=lambda pair: pair[1].code)
        ],
        "votes": [
            {"need": n.title, "dots": v.dots, "impact": v.impact, "feasibility": v.feasibility,
             "deleted": v.deleted_at is not None}
            for v, n in sorted(votes, key=lambda pair: pair[1].title)
        ],
    }


def write_person_export(db: Database, participant_id: str, path: Any) -> dict[str, Any]:
    """Write `export_person` to a JSON file atomically (a temporary file renamed when complete)."""
    from pathlib import Path

    from icc_desktop.errors import ExportError
    from icc_desktop.store.fileinfo import is_database_file

    target = Path(path)
    data = export_person(db, participant_id)
    # the checks of every export's file (`exports.common.check_destination`, a layer above this one)
    if is_database_file(target):
        raise ExportError(f"{target}: is a database of workshops; an export never replaces one. "
                          "Give another file name.")
    if target.suffix.lower() != ".json":
        raise ExportError(f"{target}: this export writes a JSON file; give a file name that ends in .json. "
                          "Nothing was written.")
    if not target.parent.is_dir():
        raise ExportError(f"-o {target}: the folder {target.parent} does not exist.")
    temporary = target.with_name(f".{target.name}.partial")
    try:
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
        temporary.replace(target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise ExportError(f"-o {target}: cannot write the file ({exc.strerror}).") from exc
    return data
