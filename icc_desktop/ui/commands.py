"""Every edit a user makes is a small undoable command over the services.

`create_row`, `update_row`, `delete_row` (and the answer/vote helpers) validate and save at
once (autosave) and push a QUndoCommand, so Edit > Undo reverses exactly that edit. A refused
edit raises `ValidationError` before anything is pushed or written.

One edit is one transaction: the command opens the unit of work (`db.session()`), the service
reads what undo needs, validates and writes in it (the `*_in` functions) and returns the change
(before and after); the undo command keeps that change. Undo and redo are one transaction each.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from icc_desktop.models import SyncedModel, Workshop
from icc_desktop.services import crud
from icc_desktop.services.workshops import set_response_in, set_vote_in
from icc_desktop.ui.context import AppContext


def _table(model: type[SyncedModel]) -> str:
    return str(model.__tablename__)


class _RowCommand(QUndoCommand):
    """Base: the first redo() is the edit already done; later ones call `apply` again."""

    def __init__(self, context: AppContext, model: type[SyncedModel], text: str) -> None:
        super().__init__(text)
        self.context, self.model = context, model
        self._first = True

    def _changed(self) -> None:
        self.context.sig_data_changed.emit(_table(self.model))

    # Each kind of command defines both (QUndoCommand's metaclass does not mix with ABCMeta).
    apply: Callable[[], None]
    """Make the edit (again)."""
    revert: Callable[[], None]
    """Take the edit back."""

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            self.apply()
        self._changed()

    def undo(self) -> None:
        self.revert()
        self._changed()


class CreateRow(_RowCommand):
    """A row was added; undo deletes it (and what came to belong to it)."""

    def __init__(self, context: AppContext, row: SyncedModel, text: str) -> None:
        super().__init__(context, type(row), text)
        self.row_id = row.id
        self.deletion: crud.Deletion | None = None

    def apply(self) -> None:
        """Bring the row back after an undo."""
        if self.deletion is not None:
            with self.context.db.session() as session:
                crud.undo_delete_in(session, self.deletion)

    def revert(self) -> None:
        """Delete the row again."""
        with self.context.db.session() as session:
            self.deletion = crud.delete_in(session, self.model, self.row_id)

    def _changed(self) -> None:  # undoing a copied workshop deletes its participants, needs...
        tables = {m for m, _ in self.deletion.deleted} if self.deletion else set()
        for model in tables | {self.model}:
            self.context.sig_data_changed.emit(_table(model))


class CreateRows(_RowCommand):
    """Several rows were added at once (e.g. a pasted block); undo deletes them all."""

    def __init__(self, context: AppContext, model: type[SyncedModel], rows: list[SyncedModel], text: str) -> None:
        super().__init__(context, model, text)
        self.row_ids = [row.id for row in rows]
        self.deletions: list[crud.Deletion] = []

    def apply(self) -> None:
        """Bring the rows back after an undo."""
        with self.context.db.session() as session:
            for deletion in self.deletions:
                crud.undo_delete_in(session, deletion)
        self.deletions = []

    def revert(self) -> None:
        """Delete the rows again."""
        with self.context.db.session() as session:
            self.deletions = [crud.delete_in(session, self.model, row_id) for row_id in self.row_ids]


class UpdateRow(_RowCommand):
    """Some fields of a row changed; undo puts the old values back."""

    def __init__(self, context: AppContext, model: type[SyncedModel], row_id: str,
                 before: dict[str, Any], after: dict[str, Any], text: str) -> None:
        super().__init__(context, model, text)
        self.row_id, self.before, self.after = row_id, before, after

    def apply(self) -> None:
        """Save the new values again."""
        with self.context.db.session() as session:
            crud.update_in(session, self.model, self.row_id, **self.after)

    def revert(self) -> None:
        """Put the old values back."""
        with self.context.db.session() as session:
            crud.update_in(session, self.model, self.row_id, **self.before)


class DeleteRow(_RowCommand):
    """A row (and what belonged to it) was deleted; undo brings exactly those rows back."""

    def __init__(self, context: AppContext, model: type[SyncedModel], row_id: str,
                 deletion: crud.Deletion, text: str) -> None:
        super().__init__(context, model, text)
        self.row_id, self.deletion = row_id, deletion

    def apply(self) -> None:
        """Delete again."""
        with self.context.db.session() as session:
            self.deletion = crud.delete_in(session, self.model, self.row_id)

    def revert(self) -> None:
        """Bring the deleted rows back."""
        with self.context.db.session() as session:
            crud.undo_delete_in(session, self.deletion)

    def _changed(self) -> None:  # a cascade touches several tables
        for model in {m for m, _ in self.deletion.deleted} | {self.model}:
            self.context.sig_data_changed.emit(_table(model))


def create_row(context: AppContext, model: type[SyncedModel], text: str | None = None, **values: Any) -> SyncedModel:
    """Validate and add a row, undoably; return it."""
    with context.db.session() as session:
        row = crud.create_in(session, model, **values)
    context.undo_stack.push(CreateRow(context, row, text or QCoreApplication.translate("commands", "Add %s") % model.__name__.lower()))
    return row


def create_rows(context: AppContext, model: type[SyncedModel], rows: list[dict[str, Any]],
                text: str | None = None) -> list[SyncedModel]:
    """Validate every row, then add them all in one transaction (all or nothing), as one undo step."""
    created = crud.create_many(context.db, model, rows)
    if created:
        context.undo_stack.push(CreateRows(context, model, list(created),
                                           text or QCoreApplication.translate("commands", "Add %n row(s)", None, len(created))))
    return list(created)


def create_workshop(context: AppContext, city_id: str, title: str, date: Any, **fields: Any) -> SyncedModel:
    """A new workshop (`services.workshops.create_workshop`), undoably, in one transaction; returns it."""
    from icc_desktop.services.workshops import create_workshop_in

    with context.db.session() as session:
        workshop = create_workshop_in(session, city_id, title, date, **fields)
    context.undo_stack.push(CreateRow(context, workshop, QCoreApplication.translate("commands", "New workshop")))
    return workshop


def duplicate_workshop(context: AppContext, workshop_id: str, title: str | None = None) -> Workshop:
    """Copy a workshop (participants, needs, roadmap; not scores or votes), undoably; return the copy."""
    from icc_desktop.services.workshops import duplicate_workshop as duplicate

    copy = duplicate(context.db, workshop_id, title)
    context.undo_stack.push(CreateRow(context, copy, QCoreApplication.translate("commands", "Duplicate workshop")))
    return copy


def update_row(context: AppContext, model: type[SyncedModel], row_id: str, text: str | None = None,
               **changes: Any) -> SyncedModel:
    """Validate and save changes to a row, undoably; return the row. No change, no command."""
    with context.db.session() as session:
        change = crud.update_in(session, model, row_id, **changes)
    _push_change(context, change, text or QCoreApplication.translate("commands", "Edit %s") % model.__name__.lower())
    return change.row


def delete_row(context: AppContext, model: type[SyncedModel], row_id: str, text: str | None = None) -> crud.Deletion:
    """Delete a row and what belongs to it, undoably."""
    with context.db.session() as session:
        deletion = crud.delete_in(session, model, row_id)
    context.undo_stack.push(DeleteRow(context, model, row_id, deletion,
                                      text or QCoreApplication.translate("commands", "Delete %s") % model.__name__.lower()))
    return deletion


def _push_change(context: AppContext, change: crud.Change, text: str) -> None:
    """Keep a change made in a unit of work on the undo stack (nothing if nothing changed)."""
    if change.before is None:
        context.undo_stack.push(CreateRow(context, change.row, text))
    elif change.changed:
        context.undo_stack.push(UpdateRow(context, change.model, change.row.id, change.before, change.after, text))


def answer(context: AppContext, workshop_id: str, question_id: str, participant_id: str | None,
           **fields: Any) -> SyncedModel:
    """Record an assessment answer (current_level, target_level, evidence), undoably, in one transaction."""
    with context.db.session() as session:
        change = set_response_in(session, workshop_id, question_id, participant_id, **fields)
    _push_change(context, change, QCoreApplication.translate("commands", "Score question"))
    return change.row


def vote(context: AppContext, need_id: str, participant_id: str | None, **fields: Any) -> SyncedModel:
    """Record dots / impact / feasibility for a need (a participant's or the tally), undoably, in one transaction."""
    with context.db.session() as session:
        change = set_vote_in(session, need_id, participant_id, **fields)
    _push_change(context, change, QCoreApplication.translate("commands", "Vote"))
    return change.row


class ReorderRows(_RowCommand):
    """Rows were put in a new order (drag to reorder); undo puts their old positions back."""

    def __init__(self, context: AppContext, model: type[SyncedModel], row_ids: list[str],
                 before: dict[str, int], text: str) -> None:
        super().__init__(context, model, text)
        self.row_ids, self.before = row_ids, before

    def apply(self) -> None:
        """Put the rows in the new order again."""
        crud.reorder(self.context.db, self.model, self.row_ids)

    def revert(self) -> None:
        """Give every row its old position."""
        crud.set_positions(self.context.db, self.model, self.before)


def reorder_rows(context: AppContext, model: type[SyncedModel], row_ids: list[str], text: str | None = None) -> None:
    """Number the rows 0, 1, 2... in the order given (one transaction), undoably."""
    before = crud.reorder(context.db, model, row_ids)
    if any(before[row_id] != position for position, row_id in enumerate(row_ids)):
        context.undo_stack.push(ReorderRows(context, model, row_ids, before,
                                            text or QCoreApplication.translate("commands", "Reorder")))


def round_answer(context: AppContext, round_id: str, question_id: str, **fields: Any) -> SyncedModel:
    """Record the group's answer in a later assessment round, undoably, in one transaction."""
    from icc_desktop.services.monitoring import set_round_answer_in

    with context.db.session() as session:
        change = set_round_answer_in(session, round_id, question_id, **fields)
    _push_change(context, change, QCoreApplication.translate("commands", "Score question (later round)"))
    return change.row


def progress_note(context: AppContext, action_id: str, **values: Any) -> SyncedModel:
    """Add a dated progress note; when it is the newest, its status and percent become the
    action's. One undo step."""
    from icc_desktop.models import Action, ProgressNote
    from icc_desktop.services.monitoring import progress_notes

    newest = all(n.date <= values["date"] for n in progress_notes(context.db, action_id))
    with context.db.session() as session:
        workshop_id = crud.get(session, Action, action_id).workshop_id
    changes = {k: v for k, v in (("status", values.get("status")), ("percent_complete", values.get("percent_complete")))
               if v is not None}
    if values.get("status") == "done" and values.get("percent_complete") is None:
        changes["percent_complete"] = 100
    label = QCoreApplication.translate("commands", "Add progress note")
    context.undo_stack.beginMacro(label)
    try:
        # The note's own field is called "text", like create_row's undo label: create it directly.
        note = crud.create(context.db, ProgressNote, workshop_id=workshop_id, action_id=action_id, **values)
        context.undo_stack.push(CreateRow(context, note, label))
        if newest and changes:
            update_row(context, Action, action_id, **changes)
    finally:
        context.undo_stack.endMacro()
    return note


def update_fields(context: AppContext, model: type[SyncedModel], row_id: str, changes: dict[str, Any],
                  text: str) -> SyncedModel:
    """`update_row` for rows with a field named like its `text` parameter (a progress note's text)."""
    with context.db.session() as session:
        before_row = crud.get(session, model, row_id)
        before = {name: getattr(before_row, name) for name in changes}
    if before == changes:
        return before_row
    row = crud.update(context.db, model, row_id, **changes)
    context.undo_stack.push(UpdateRow(context, model, row_id, before, {n: getattr(row, n) for n in changes}, text))
    return row
