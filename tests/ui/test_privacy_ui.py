"""Participants' rights in the window: retention period, consent per purpose, export and forget."""

from __future__ import annotations

import json

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QFileDialog, QMessageBox

from icc_desktop.models import Participant, Workshop
from icc_desktop.services import crud
from icc_desktop.ui.pages.participants import ParticipantsPage
from tests.factories import make_workshop
from tests.ui.workshop_support import page_on, settle


def _select(page, row: int) -> None:
    index = page.proxy.index(row, 0)
    page.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)
    settle()


def test_retention_consent_export_and_forget_from_the_participants_page(qtbot, db, tmp_path, monkeypatch):
    """The period is saved with its date shown, "may contact" is a column, export writes the person's
    JSON, forget erases after asking and the row reads "Participant 1" with nothing to edit back."""
    workshop = make_workshop(db)
    person = crud.create(db, Participant, workshop_id=workshop.id, name="Jana Novak", email="jana@example.org",
                         organisation="Tech Hub")
    page = page_on(qtbot, ParticipantsPage, db, workshop.id)
    page.retention.setValue(24)
    page.save_retention()
    settle()
    with db.session() as session:
        assert crud.get(session, Workshop, workshop.id).retention_months == 24
    page.reload()
    assert "3/15/26" in page.retention_note.text() or "2026" in page.retention_note.text()

    column = page.model.column_index("consent_contact")
    assert page.model.columns[column].header() == "May contact"

    _select(page, 0)
    target = tmp_path / "jana.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_person()
    assert json.loads(target.read_text(encoding="utf-8"))["participant"]["email"] == "jana@example.org"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.forget_person()
    with db.session() as session:
        assert session.get(Participant, person.id).name == "Jana Novak"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.forget_person()
    settle()
    page.reload()
    with db.session() as session:
        row = session.get(Participant, person.id)
    assert (row.name, row.email, row.organisation) == ("Participant 1", None, "")
    assert page.model.row_at(0).name == "Participant 1"
    assert page.context.undo_stack.count() == 0
    _select(page, 0)
    assert not page.forget_button.isEnabled()
    assert page._save_edit(page.model.row_at(0), "name", "Jana Novak") is None
    assert page.cell_message.isVisible()
