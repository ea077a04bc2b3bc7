"""Every edit a user makes is a small undoable command over the services.

`create_row`, `update_row`, `delete_row` (and the answer/vote helpers) validate and save at
once (autosave) and push a QUndoCommand, so Edit > Undo reverses exactly that edit. A refused
edit raises `ValidationError` before anything is pushed or written.

One edit is one transaction: the command opens the unit of work (`db.session()`), the service
reads what undo needs, validates and writes in it (the `*_in` functions) and returns the change
(before and after); the undo command keeps that change and what it left in its rows (its
footprint, `services.undo`). Undo and redo are one transaction each and check the footprint
first: a row changed since by someone else (a sync, the phone room, an import) refuses them,
nothing is written, the step leaves the stack and the window says why (`sig_undo_refused`).
Edits made inside `one_step` are one undo step, undone and redone in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from icc_desktop.errors import DatabaseInUseError, NotFoundError, OvertakenError, ValidationError
from icc_desktop.models import SyncedModel, Workshop
from icc_desktop.services import crud, undo
from icc_desktop.services.workshops import set_response_in, set_vote_in
from icc_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from sqlmodel import Session


def _table(model: type[SyncedModel]) -> str:
    return str(model.__tablename__)


def _refused(context: AppContext, command: _RowCommand | _Step, redo: bool) -> None:
    """An undo or redo found a row changed since by someone else: the step leaves the history."""
    command.setObsolete(True)  # QUndoStack drops it and moves on; nothing was written
    # Short: the status bar shares its line with the save state and the file's path.
    if redo:
        message = QCoreApplication.translate(
            "commands", "“{edit}” not redone: someone else changed this data since. Nothing was overwritten.")
    else:
        message = QCoreApplication.translate(
            "commands", "“{edit}” not undone: someone else changed this data since. Nothing was overwritten.")
    context.sig_undo_refused.emit(message.format(edit=command.text()))


def _busy(context: AppContext, command: _RowCommand | _Step, redo: bool) -> None:
    """The file stayed locked past the busy timeout (a long write elsewhere): nothing was written,
    so the stack is put back where it was, without writing, and the user may try again."""
    command.skip_next = True
    QTimer.singleShot(0, context.undo_stack.undo if redo else context.undo_stack.redo)
    if redo:
        message = QCoreApplication.translate(
            "commands", "“{edit}” not redone: the database file is busy. Try again in a moment.")
    else:
        message = QCoreApplication.translate(
            "commands", "“{edit}” not undone: the database file is busy. Try again in a moment.")
    context.sig_undo_refused.emit(message.format(edit=command.text()))


class _RowCommand(QUndoCommand):
    """Base: the first redo() is the edit already done; later ones call `apply_in` again.

    `footprint` is what the edit (or its last undo or redo) left in its rows; `services.undo`
    checks it before writing, so an undo or redo never overwrites someone else's change: it is
    refused instead (`OvertakenError`), dropped from the stack, and the window says why.
    """

    def __init__(self, context: AppContext, model: type[SyncedModel], text: str, footprint: undo.Footprint) -> None:
        super().__init__(text)
        self.context, self.model, self.footprint = context, model, footprint
        self._first = True
        self.skip_next = False
        """The next undo or redo only moves the stack back (the last one found the file busy)."""

    def _changed(self) -> None:
        self.context.sig_data_changed.emit(_table(self.model))

    # Each kind of command defines both (QUndoCommand's metaclass does not mix with ABCMeta).
    apply_in: Callable[[Session], None]
    """Make the edit (again) in the unit of work given."""
    revert_in: Callable[[Session], None]
    """Take the edit back in the unit of work given."""

    def redo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        if self._first:
            self._first = False
        else:
            _guarded(self.context, self, [self.apply_in], redo=True)
        self._changed()  # refused too: the pages show what is there now

    def undo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        _guarded(self.context, self, [self.revert_in], redo=False)
        self._changed()


def _guarded(context: AppContext, command: _RowCommand | _Step, steps: list[Callable[[Session], None]],
             redo: bool) -> bool:
    """Run the steps in one transaction; False (nothing written, the step refused) if a row they
    would write was changed since by someone else, or the file stayed busy."""
    try:
        with context.db.session() as session:
            for step in steps:
                step(session)
    except DatabaseInUseError:
        _busy(context, command, redo)
        return False
    except (OvertakenError, ValidationError, NotFoundError):
        # Someone else's change to other rows can also forbid it: the room's votes used the dots
        # an undo would give back (ValidationError), a row it needs was deleted (NotFoundError).
        _refused(context, command, redo)
        return False
    return True


class _Step(QUndoCommand):
    """Several commands made as one user action (delete the selected rows): undone and redone
    together in one transaction, or refused together."""

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self.commands: list[_RowCommand] = []
        self._first = True
        self.skip_next = False

    def redo(self) -> None:
        if self._first or self.skip_next:
            self._first = self.skip_next = False
            return
        _guarded(self.context, self, [c.apply_in for c in self.commands], redo=True)
        for command in self.commands:
            command._changed()

    def undo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        _guarded(self.context, self, [c.revert_in for c in reversed(self.commands)], redo=False)
        for command in reversed(self.commands):
            command._changed()


def _push(context: AppContext, command: _RowCommand) -> None:
    """Put a command on the undo stack, or in the step being built (`one_step`)."""
    step = context.open_step
    if step is not None:
        step.commands.append(command)
        command.redo()  # as a push does: the edit is done already, the pages hear of it
    else:
        context.undo_stack.push(command)


@contextmanager
def one_step(context: AppContext, text: str) -> Iterator[None]:
    """The edits made inside are one undo step (what was done before a refusal stays one step)."""
    step = _Step(context, text)
    outer, context.open_step = context.open_step, step
    try:
        yield
    finally:
        context.open_step = outer
        if step.commands:
            if outer is not None:
                outer.commands += step.commands
            else:
                context.undo_stack.push(step)


class CreateRow(_RowCommand):
    """A row was added; undo deletes it (and what came to belong to it)."""

    def __init__(self, context: AppContext, row: SyncedModel, text: str, footprint: undo.Footprint) -> None:
        super().__init__(context, type(row), text, footprint)
        self.row_id = row.id
        self.deletion: crud.Deletion | None = None

    def apply_in(self, session: Session) -> None:
        """Bring the row back after an undo."""
        if self.deletion is not None:
            self.footprint = undo.restore_in(session, self.footprint, [self.deletion])

    def revert_in(self, session: Session) -> None:
        """Delete the row again."""
        [self.deletion], self.footprint = undo.delete_in(session, self.footprint, self.model, [self.row_id])

    def _changed(self) -> None:  # undoing a copied workshop deletes its participants, needs...
        tables = {m for m, _ in self.deletion.deleted} if self.deletion else set()
        for model in tables | {self.model}:
            self.context.sig_data_changed.emit(_table(model))


def _created(context: AppContext, row: SyncedModel, text: str) -> CreateRow:
    """The command for a row created in a transaction of its own (its footprint read after)."""
    with context.db.session() as session:
        footprint = undo.of_rows(session, type(row), [row.id])
    return CreateRow(context, row, text, footprint)


class CreateRows(_RowCommand):
    """Several rows were added at once (e.g. a pasted block); undo deletes them all."""

    def __init__(self, context: AppContext, model: type[SyncedModel], rows: list[SyncedModel], text: str,
                 footprint: undo.Footprint) -> None:
        super().__init__(context, model, text, footprint)
        self.row_ids = [row.id for row in rows]
        self.deletions: list[crud.Deletion] = []

    def apply_in(self, session: Session) -> None:
        """Bring the rows back after an undo."""
        self.footprint = undo.restore_in(session, self.footprint, self.deletions)
        self.deletions = []

    def revert_in(self, session: Session) -> None:
        """Delete the rows again."""
        self.deletions, self.footprint = undo.delete_in(session, self.footprint, self.model, self.row_ids)


class UpdateRow(_RowCommand):
    """Some fields of a row changed; undo puts the old values back."""

    def __init__(self, context: AppContext, model: type[SyncedModel], row_id: str,
                 before: dict[str, Any], after: dict[str, Any], text: str) -> None:
        super().__init__(context, model, text, undo.of_values(model, row_id, after))
        self.row_id, self.before, self.after = row_id, before, after

    def apply_in(self, session: Session) -> None:
        """Save the new values again."""
        self.footprint = undo.update_in(session, self.footprint, self.model, self.row_id, self.after)

    def revert_in(self, session: Session) -> None:
        """Put the old values back."""
        self.footprint = undo.update_in(session, self.footprint, self.model, self.row_id, self.before)


class DeleteRow(_RowCommand):
    """A row (and what belonged to it) was deleted; undo brings exactly those rows back."""

    def __init__(self, context: AppContext, model: type[SyncedModel], row_id: str,
                 deletion: crud.Deletion, text: str, footprint: undo.Footprint) -> None:
        super().__init__(context, model, text, footprint)
        self.row_id, self.deletion = row_id, deletion

    def apply_in(self, session: Session) -> None:
        """Delete again."""
        [self.deletion], self.footprint = undo.delete_in(session, self.footprint, self.model, [self.row_id])

    def revert_in(self, session: Session) -> None:
        """Bring the deleted rows back."""
        self.footprint = undo.restore_in(session, self.footprint, [self.deletion])

    def _changed(self) -> None:  # a cascade touches several tables
        for model in {m for m, _ in self.deletion.deleted} | {self.model}:
            self.context.sig_data_changed.emit(_table(model))


def create_row(context: AppContext, model: type[SyncedModel], text: str | None = None, **values: Any) -> SyncedModel:
    """Validate and add a row, undoably; return it."""
    with context.db.session() as session:
        row = crud.create_in(session, model, **values)
        footprint = undo.of_rows(session, model, [row.id])
    _push(context, CreateRow(context, row, text or QCoreApplication.translate("commands", "Add %s") % model.__name__.lower(),
                             footprint))
    return row


def create_rows(context: AppContext, model: type[SyncedModel], rows: list[dict[str, Any]],
                text: str | None = None) -> list[SyncedModel]:
    """Validate every row, then add them all in one transaction (all or nothing), as one undo step."""
    with context.db.session() as session:
        created = crud.create_many_in(session, model, rows)
        footprint = undo.of_rows(session, model, [row.id for row in created])
    if created:
        _push(context, CreateRows(context, model, list(created),
                                  text or QCoreApplication.translate("commands", "Add %n row(s)", None, len(created)),
                                  footprint))
    return list(created)


def create_workshop(context: AppContext, city_id: str, title: str, date: Any, **fields: Any) -> SyncedModel:
    """A new workshop (`services.workshops.create_workshop`), undoably, in one transaction; returns it."""
    from icc_desktop.services.workshops import create_workshop_in

    with context.db.session() as session:
        workshop = create_workshop_in(session, city_id, title, date, **fields)
        footprint = undo.of_rows(session, Workshop, [workshop.id])
    _push(context, CreateRow(context, workshop, QCoreApplication.translate("commands", "New workshop"), footprint))
    return workshop


def duplicate_workshop(context: AppContext, workshop_id: str, title: str | None = None) -> Workshop:
    """Copy a workshop (participants, needs, roadmap; not scores or votes), undoably; return the copy."""
    from icc_desktop.services.workshops import duplicate_workshop as duplicate

    copy = duplicate(context.db, workshop_id, title)
    _push(context, _created(context, copy, QCoreApplication.translate("commands", "Duplicate workshop")))
    return copy


def update_row(context: AppContext, model: type[SyncedModel], row_id: str, text: str | None = None,
               **changes: Any) -> SyncedModel:
    """Validate and save changes to a row, undoably; return the row. No change, no command."""
    with context.db.session() as session:
        change = crud.update_in(session, model, row_id, **changes)
        footprint = _footprint(session, change)
    _push_change(context, change, footprint, text or QCoreApplication.translate("commands", "Edit %s") % model.__name__.lower())
    return change.row


def delete_row(context: AppContext, model: type[SyncedModel], row_id: str, text: str | None = None) -> crud.Deletion:
    """Delete a row and what belongs to it, undoably."""
    with context.db.session() as session:
        deletion = crud.delete_in(session, model, row_id)
        footprint = undo.of_deletions(session, [deletion])
    _push(context, DeleteRow(context, model, row_id, deletion,
                             text or QCoreApplication.translate("commands", "Delete %s") % model.__name__.lower(), footprint))
    return deletion


def _footprint(session: Session, change: crud.Change) -> undo.Footprint | None:
    """What a change left, read in its unit of work (None: nothing changed, nothing to undo)."""
    if change.created:
        return undo.of_rows(session, change.model, [change.row.id])
    return undo.of_update(change) if change.changed else None


def _push_change(context: AppContext, change: crud.Change, footprint: undo.Footprint | None, text: str) -> None:
    """Keep a change made in a unit of work on the undo stack (nothing if nothing changed)."""
    if footprint is None:
        return
    if change.before is None:
        _push(context, CreateRow(context, change.row, text, footprint))
    else:
        _push(context, UpdateRow(context, change.model, change.row.id, change.before, change.after, text))


def answer(context: AppContext, workshop_id: str, question_id: str, participant_id: str | None,
           **fields: Any) -> SyncedModel:
    """Record an assessment answer (current_level, target_level, evidence), undoably, in one transaction."""
    with context.db.session() as session:
        change = set_response_in(session, workshop_id, question_id, participant_id, **fields)
        footprint = _footprint(session, change)
    _push_change(context, change, footprint, QCoreApplication.translate("commands", "Score question"))
    return change.row


def vote(context: AppContext, need_id: str, participant_id: str | None, **fields: Any) -> SyncedModel:
    """Record dots / impact / feasibility for a need (a participant's or the tally), undoably, in one transaction."""
    with context.db.session() as session:
        change = set_vote_in(session, need_id, participant_id, **fields)
        footprint = _footprint(session, change)
    _push_change(context, change, footprint, QCoreApplication.translate("commands", "Vote"))
    return change.row


class ReorderRows(_RowCommand):
    """Rows were put in a new order (drag to reorder); undo puts their old positions back."""

    def __init__(self, context: AppContext, model: type[SyncedModel], row_ids: list[str],
                 before: dict[str, int], text: str) -> None:
        self.row_ids, self.before = row_ids, before
        self.after = {row_id: position for position, row_id in enumerate(row_ids)}
        super().__init__(context, model, text, undo.of_positions(model, self.after))

    def apply_in(self, session: Session) -> None:
        """Put the rows in the new order again."""
        self.footprint = undo.set_positions_in(session, self.footprint, self.model, self.after)

    def revert_in(self, session: Session) -> None:
        """Give every row its old position."""
        self.footprint = undo.set_positions_in(session, self.footprint, self.model, self.before)


def reorder_rows(context: AppContext, model: type[SyncedModel], row_ids: list[str], text: str | None = None) -> None:
    """Number the rows 0, 1, 2... in the order given (one transaction), undoably."""
    before = crud.reorder(context.db, model, row_ids)
    if any(before[row_id] != position for position, row_id in enumerate(row_ids)):
        _push(context, ReorderRows(context, model, row_ids, before, text or QCoreApplication.translate("commands", "Reorder")))


def round_answer(context: AppContext, round_id: str, question_id: str, **fields: Any) -> SyncedModel:
    """Record the group's answer in a later assessment round, undoably, in one transaction."""
    from icc_desktop.services.monitoring import set_round_answer_in

    with context.db.session() as session:
        change = set_round_answer_in(session, round_id, question_id, **fields)
        footprint = _footprint(session, change)
    _push_change(context, change, footprint, QCoreApplication.translate("commands", "Score question (later round)"))
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
    with one_step(context, label):
        # The note's own field is called "text", like create_row's undo label: create it directly.
        note = crud.create(context.db, ProgressNote, workshop_id=workshop_id, action_id=action_id, **values)
        _push(context, _created(context, note, label))
        if newest and changes:
            update_row(context, Action, action_id, **changes)
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
    _push(context, UpdateRow(context, model, row_id, before, {n: getattr(row, n) for n in changes}, text))
    return row
