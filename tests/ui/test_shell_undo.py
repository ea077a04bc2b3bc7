"""Every kind of edit on the overview, city and participants pages saves at once and undoes/redoes."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from icc_desktop.models import City, Participant, Workshop
from icc_desktop.services import crud
from icc_desktop.services.lookups import get_workshop, workshop_table
from icc_desktop.services.workshops import list_workshops
from icc_desktop.store.db import Database
from icc_desktop.ui.dialogs.workshop import NewWorkshopDialog
from icc_desktop.ui.main_window import MainWindow
from tests.factories import count, db_snapshot, make_workshop
from tests.ui.shell_support import first_workshop_id, open_window


def _undo_redo(window: MainWindow, check_before, check_after) -> None:  # type: ignore[no-untyped-def]
    """Undo (state before holds), redo (state after holds), through the Edit menu's actions."""
    window.undo_action.trigger()
    check_before()
    window.redo_action.trigger()
    check_after()


def _city(db: Database, city_id: str) -> City:
    with db.session() as session:
        return crud.get(session, City, city_id)


def _participants(db: Database, workshop_id: str) -> list[Participant]:
    return sorted(workshop_table(db, Participant, workshop_id), key=lambda p: p.created_at)


def _live_counts(db: Database) -> dict[str, int]:
    from icc_desktop.models import SYNCED_MODELS

    return {model.__name__: count(db, model) for model in SYNCED_MODELS}


# --- overview --------------------------------------------------------------------------------


def test_new_workshop_undo_redo(qtbot, db: Database) -> None:
    """A workshop created in the New workshop dialog is saved, opened, and undo/redo removes/restores it."""
    existing = make_workshop(db)
    window = open_window(qtbot, db)
    dialog = NewWorkshopDialog(window.context, existing.city_id, window)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Second workshop")
    dialog.date_edit.setDate(QDate(2025, 5, 6))
    dialog.accept()
    assert dialog.workshop_id is not None
    created = get_workshop(db, dialog.workshop_id)
    assert (created.title, created.date, created.city_id) == ("Second workshop", dt.date(2025, 5, 6), existing.city_id)
    assert window.pages["overview"].workshops.rowCount() == 2  # type: ignore[attr-defined]
    _undo_redo(window, lambda: [w.id for w in list_workshops(db)] == [existing.id] or pytest.fail("not undone"),
               lambda: len(list_workshops(db)) == 2 or pytest.fail("not redone"))
    assert window.pages["overview"].workshops.rowCount() == 2  # type: ignore[attr-defined]


def test_new_workshop_refused_without_title(qtbot, db: Database) -> None:
    """An empty title keeps the dialog open with the reason beside the field and writes nothing."""
    existing = make_workshop(db)
    window = open_window(qtbot, db)
    before = db_snapshot(db)
    dialog = NewWorkshopDialog(window.context, existing.city_id, window)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("  ")
    dialog.accept()
    assert dialog.workshop_id is None and dialog.errors["title"].isVisibleTo(dialog)
    assert db_snapshot(db) == before and window.context.undo_stack.count() == 0  # type: ignore[union-attr]


def test_duplicate_workshop_undo_redo(qtbot, demo_db: Database) -> None:
    """Duplicate copies the selected workshop with its participants; undo removes the copy, redo brings it back."""
    window = open_window(qtbot, demo_db)
    overview = window.pages["overview"]
    source = first_workshop_id(demo_db)
    overview.select_workshop(source)  # type: ignore[attr-defined]
    overview.duplicate_selected()  # type: ignore[attr-defined]
    copy_id = overview.selected_workshop_id()  # type: ignore[attr-defined]
    assert copy_id not in (None, source)
    people = len(workshop_table(demo_db, Participant, source))
    assert len(workshop_table(demo_db, Participant, copy_id)) == people
    _undo_redo(window,
               lambda: (len(list_workshops(demo_db)) == 3 and workshop_table(demo_db, Participant, copy_id) == [])
               or pytest.fail("copy still there"),
               lambda: len(workshop_table(demo_db, Participant, copy_id)) == people or pytest.fail("copy not back"))


def test_delete_workshop_undo_redo(qtbot, demo_db: Database) -> None:
    """Delete removes the selected workshop and its rows; undo restores every row, redo deletes again."""
    window = open_window(qtbot, demo_db)
    overview = window.pages["overview"]
    victim = first_workshop_id(demo_db)
    people = len(workshop_table(demo_db, Participant, victim))
    live_before = _live_counts(demo_db)
    overview.select_workshop(victim)  # type: ignore[attr-defined]
    overview.delete_selected()  # type: ignore[attr-defined]
    assert victim not in [w.id for w in list_workshops(demo_db)]
    window.undo_action.trigger()
    assert _live_counts(demo_db) == live_before  # every row of every table is back
    window.redo_action.trigger()
    assert overview.workshops.row_index(victim) < 0  # type: ignore[attr-defined]
    _undo_redo(window,
               lambda: len(workshop_table(demo_db, Participant, victim)) == people or pytest.fail("not restored"),
               lambda: victim not in [w.id for w in list_workshops(demo_db)] or pytest.fail("not deleted again"))
    window.undo_action.trigger()
    assert overview.workshops.row_index(victim) >= 0  # type: ignore[attr-defined]


def test_delete_city_asks_then_undo_redo(qtbot, demo_db: Database, monkeypatch) -> None:
    """Deleting a city with workshops asks first (No keeps it); Yes deletes it with them; undo/redo follow."""
    window = open_window(qtbot, demo_db)
    overview = window.pages["overview"]
    city_id = list_workshops(demo_db)[0].city_id
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr("icc_desktop.ui.pages.overview.QMessageBox.question", lambda *_a, **_k: next(answers))
    overview.delete_city(city_id)  # type: ignore[attr-defined]
    assert count(demo_db, City) == 3
    overview.delete_city(city_id)  # type: ignore[attr-defined]
    assert count(demo_db, City) == 2 and len(list_workshops(demo_db)) == 2
    _undo_redo(window, lambda: len(list_workshops(demo_db)) == 3 or pytest.fail("not restored"),
               lambda: count(demo_db, City) == 2 or pytest.fail("not deleted again"))


def test_overview_search_and_city_filter(qtbot, demo_db: Database) -> None:
    """The search narrows both lists; picking a city shows only its workshops."""
    window = open_window(qtbot, demo_db)
    overview = window.pages["overview"]
    one = list_workshops(demo_db)[0]
    overview.search.setText(one.city)  # type: ignore[attr-defined]
    assert overview.workshop_proxy.rowCount() == 1 and overview.city_proxy.rowCount() == 1  # type: ignore[attr-defined]
    overview.search.clear()  # type: ignore[attr-defined]
    overview.city_view.selectRow(0)  # type: ignore[attr-defined]
    shown = {overview.workshops.row_at(overview.workshop_proxy.source_row(r)).city_id  # type: ignore[attr-defined]
             for r in range(overview.workshop_proxy.rowCount())}  # type: ignore[attr-defined]
    assert len(shown) == 1 and overview.workshop_proxy.rowCount() == 1  # type: ignore[attr-defined]


# --- city page -------------------------------------------------------------------------------


def test_city_fields_save_and_undo(qtbot, db: Database) -> None:
    """City and workshop fields save when left; each is one undo step; the page shows the undone value."""
    workshop = make_workshop(db)
    window = open_window(qtbot, db, workshop.id, page="city")
    page = window.pages["city"]
    page.city_name.setText("Bialystok")  # type: ignore[attr-defined]
    page.city_name.editingFinished.emit()  # type: ignore[attr-defined]
    page.population.setText("300 500")  # type: ignore[attr-defined]
    page.population.editingFinished.emit()  # type: ignore[attr-defined]
    page.status.setCurrentIndex(page.status.findData("done"))  # type: ignore[attr-defined]
    page.status.activated.emit(page.status.currentIndex())  # type: ignore[attr-defined]
    page.horizon.setValue(5)  # type: ignore[attr-defined]
    assert (_city(db, workshop.city_id).name, _city(db, workshop.city_id).population) == ("Bialystok", 300500)
    assert (get_workshop(db, workshop.id).status, get_workshop(db, workshop.id).horizon_years) == ("done", 5)
    assert window.context.undo_stack.count() == 4  # type: ignore[union-attr]
    window.undo_action.trigger()
    assert get_workshop(db, workshop.id).horizon_years == workshop.horizon_years
    window.undo_action.trigger()
    assert get_workshop(db, workshop.id).status == workshop.status
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert _city(db, workshop.city_id).name == "Białystok"
    assert page.city_name.text() == "Białystok" and page.population.text().replace(",", "") == "297000"  # type: ignore[attr-defined]
    window.redo_action.trigger()
    assert _city(db, workshop.city_id).name == "Bialystok" and page.city_name.text() == "Bialystok"  # type: ignore[attr-defined]


def test_city_refuses_bad_entries_beside_the_field(qtbot, db: Database) -> None:
    """An empty name or a population that is not a number is refused beside the field; nothing is written."""
    workshop = make_workshop(db)
    window = open_window(qtbot, db, workshop.id, page="city")
    page = window.pages["city"]
    before = db_snapshot(db)
    page.city_name.setText("")  # type: ignore[attr-defined]
    page.city_name.editingFinished.emit()  # type: ignore[attr-defined]
    page.population.setText("lots")  # type: ignore[attr-defined]
    page.population.editingFinished.emit()  # type: ignore[attr-defined]
    assert page._errors[("city", "name")].isVisibleTo(page)  # type: ignore[attr-defined]
    assert "whole number" in page._errors[("city", "population")].text()  # type: ignore[attr-defined]
    assert db_snapshot(db) == before and window.context.undo_stack.count() == 0  # type: ignore[union-attr]


# --- participants ----------------------------------------------------------------------------


def test_participant_inline_edit_undo_redo(qtbot, demo_db: Database) -> None:
    """Editing a cell saves it; a refused e-mail is explained beside the cell and not saved; undo/redo follow."""
    workshop_id = first_workshop_id(demo_db)
    window = open_window(qtbot, demo_db, workshop_id, page="participants")
    page = window.pages["participants"]
    first = _participants(demo_db, workshop_id)[0]
    proxy = page.proxy  # type: ignore[attr-defined]
    row = proxy.mapFromSource(page.model.index(page.model.row_index(first.id), 0)).row()  # type: ignore[attr-defined]
    name_column, email_column = page.model.column_index("name"), page.model.column_index("email")  # type: ignore[attr-defined]
    assert proxy.setData(proxy.index(row, name_column), "Ana Lima")
    assert _participants(demo_db, workshop_id)[0].name == "Ana Lima"
    assert not proxy.setData(proxy.index(row, email_column), "not an address")
    assert page.cell_message.isVisibleTo(page) and "E-mail" in page.cell_message.text()  # type: ignore[attr-defined]
    assert _participants(demo_db, workshop_id)[0].email == first.email
    consent_column = page.model.column_index("consent")  # type: ignore[attr-defined]
    assert proxy.setData(proxy.index(row, consent_column),
                         Qt.CheckState.Unchecked if first.consent else Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert _participants(demo_db, workshop_id)[0].consent is not first.consent
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert (_participants(demo_db, workshop_id)[0].name, _participants(demo_db, workshop_id)[0].consent) == \
        (first.name, first.consent)
    assert proxy.index(row, name_column).data() == first.name
    window.redo_action.trigger()
    assert _participants(demo_db, workshop_id)[0].name == "Ana Lima"


def test_quick_add_undo_redo(qtbot, db: Database) -> None:
    """The quick-add row adds a participant on Enter and clears itself; an empty name is refused beside the field."""
    workshop = make_workshop(db)
    window = open_window(qtbot, db, workshop.id, page="participants")
    page = window.pages["participants"]
    page.add_participant()  # type: ignore[attr-defined]
    assert page.add_error.isVisibleTo(page) and page.new_name.property("invalid") is True  # type: ignore[attr-defined]
    assert count(db, Participant) == 0
    page.new_name.setText("Marta Nowak")  # type: ignore[attr-defined]
    page.new_group.setCurrentIndex(page.new_group.findData("academia"))  # type: ignore[attr-defined]
    page.new_consent.setChecked(True)  # type: ignore[attr-defined]
    qtbot.keyClick(page.new_name, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    added = _participants(db, workshop.id)
    assert [(p.name, p.stakeholder_group, p.consent) for p in added] == [("Marta Nowak", "academia", True)]
    assert page.new_name.text() == "" and page.model.rowCount() == 1  # type: ignore[attr-defined]
    assert "Academia" in page.counts.text()  # type: ignore[attr-defined]
    _undo_redo(window, lambda: count(db, Participant) == 0 or pytest.fail("not undone"),
               lambda: count(db, Participant) == 1 or pytest.fail("not redone"))


def test_paste_block_all_or_nothing_undo_redo(qtbot, db: Database) -> None:
    """Rows pasted from a spreadsheet are added in one undo step; a block with a bad line adds nothing and says which line."""
    workshop = make_workshop(db)
    window = open_window(qtbot, db, workshop.id, page="participants")
    page = window.pages["participants"]
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("Name\tOrganisation\tRole\tGroup\tE-mail\tConsent\n"
                      "Jan Kowalski\tCity Hall\tMayor\tPublic authority\tjan@example.org\tyes\n"
                      "Ola Wiśniewska\tTech Hub\tCEO\tbusiness\t\tno\n"
                      "Piotr Zieliński\tUniversity\tProfessor\tmartians\t\tyes\n")
    assert not page.paste_rows()  # type: ignore[attr-defined]
    assert "Line 4" in page.banner.text() and count(db, Participant) == 0  # type: ignore[attr-defined]
    clipboard.setText("Jan Kowalski\tCity Hall\tMayor\tPublic authority\tjan@example.org\tyes\n"
                      "Ola Wiśniewska\tTech Hub\tCEO\tbusiness\t\tno\n")
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    rows = _participants(db, workshop.id)
    assert [(p.name, p.stakeholder_group, p.email, p.consent) for p in rows] == [
        ("Jan Kowalski", "public_authority", "jan@example.org", True), ("Ola Wiśniewska", "business", None, False)]
    assert window.context.undo_stack.count() == 1  # type: ignore[union-attr]
    _undo_redo(window, lambda: count(db, Participant) == 0 or pytest.fail("not undone"),
               lambda: count(db, Participant) == 2 or pytest.fail("not redone"))


def test_paste_lists_every_problem_at_once_by_pasted_line(qtbot, db: Database) -> None:
    """A paste with an unknown group, a bad e-mail and a missing name (after a blank line) names all three
    problems at once, each with the line it is on in the pasted text; nothing is added."""
    workshop = make_workshop(db)
    window = open_window(qtbot, db, workshop.id, page="participants")
    page = window.pages["participants"]
    QGuiApplication.clipboard().setText("Name\tOrganisation\tRole\tGroup\tE-mail\tConsent\n"
                                        "Jan Kowalski\tCity Hall\tMayor\tmartians\tjan@example.org\tyes\n"
                                        "\n"
                                        "Ola Wiśniewska\tTech Hub\tCEO\tbusiness\tnot-an-address\tno\n"
                                        "\tUniversity\tProfessor\tacademia\t\tyes\n")
    assert not page.paste_rows()  # type: ignore[attr-defined]
    text = page.banner.text()  # type: ignore[attr-defined]
    assert "Line 2" in text and "martians" in text
    assert "Line 4, E-mail" in text and "Line 5, Name" in text  # fields named as the window labels them
    assert text.index("Line 2") < text.index("Line 4") < text.index("Line 5")
    assert count(db, Participant) == 0


def test_delete_participants_undo_redo(qtbot, demo_db: Database) -> None:
    """Deleting two selected participants is one undo step that brings both back."""
    workshop_id = first_workshop_id(demo_db)
    window = open_window(qtbot, demo_db, workshop_id, page="participants")
    page = window.pages["participants"]
    before = len(_participants(demo_db, workshop_id))
    page.table.selectRow(0)  # type: ignore[attr-defined]
    page.table.selectionModel().select(page.proxy.index(1, 0), page.table.selectionModel().SelectionFlag.Select  # type: ignore[attr-defined]
                                       | page.table.selectionModel().SelectionFlag.Rows)  # type: ignore[attr-defined]
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert len(_participants(demo_db, workshop_id)) == before - 2
    assert window.context.undo_stack.count() == 1  # type: ignore[union-attr]
    _undo_redo(window, lambda: len(_participants(demo_db, workshop_id)) == before or pytest.fail("not undone"),
               lambda: len(_participants(demo_db, workshop_id)) == before - 2 or pytest.fail("not redone"))
    assert page.model.rowCount() == before - 2  # type: ignore[attr-defined]


def test_workshop_deleted_elsewhere_closes_its_pages(qtbot, demo_db: Database) -> None:
    """Undoing the creation of the open workshop sends the window back to the overview."""
    window = open_window(qtbot, demo_db)
    overview = window.pages["overview"]
    overview.select_workshop(first_workshop_id(demo_db))  # type: ignore[attr-defined]
    overview.duplicate_selected()  # type: ignore[attr-defined]
    window.open_workshop(overview.selected_workshop_id())  # type: ignore[attr-defined]
    assert window.current_page() is window.pages["city"]
    window.undo_action.trigger()
    assert window.context.workshop_id is None and window.current_page() is window.pages["overview"]  # type: ignore[union-attr]
    assert count(demo_db, Workshop) == 3


def test_new_city_undo_redo_and_refusal(qtbot, db: Database) -> None:
    """A city from the New city dialog is saved and undoable; without a country the dialog says why and saves nothing."""
    from icc_desktop.ui.dialogs.workshop import NewCityDialog

    window = open_window(qtbot, db)
    dialog = NewCityDialog(window.context, window)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.name.setText("Gdańsk")
    dialog.accept()
    assert dialog.city_id is None and count(db, City) == 0  # no country chosen yet
    dialog.country.setCurrentIndex(dialog.country.findData("PL"))
    dialog.accept()
    assert dialog.city_id is not None and _city(db, dialog.city_id).country == "PL"
    assert window.pages["overview"].cities.rowCount() == 1  # type: ignore[attr-defined]
    _undo_redo(window, lambda: count(db, City) == 0 or pytest.fail("not undone"),
               lambda: count(db, City) == 1 or pytest.fail("not redone"))


def test_city_notes_and_date_save_and_undo(qtbot, db: Database) -> None:
    """The notes save when the field is left and the date when picked; each undoes on its own."""
    workshop = make_workshop(db)
    window = open_window(qtbot, db, workshop.id, page="city")
    page = window.pages["city"]
    page.city_notes.setPlainText("Port city; strong maritime cluster.")  # type: ignore[attr-defined]
    page.city_notes.sig_committed.emit()  # type: ignore[attr-defined]
    page._date_picked(QDate(2024, 4, 2))  # type: ignore[attr-defined]
    assert _city(db, workshop.city_id).notes == "Port city; strong maritime cluster."
    assert get_workshop(db, workshop.id).date == dt.date(2024, 4, 2)
    window.undo_action.trigger()
    assert get_workshop(db, workshop.id).date == workshop.date
    window.undo_action.trigger()
    assert _city(db, workshop.city_id).notes == "" and page.city_notes.toPlainText() == ""  # type: ignore[attr-defined]
    window.redo_action.trigger()
    assert page.city_notes.toPlainText() == "Port city; strong maritime cluster."  # type: ignore[attr-defined]


def test_undo_and_redo_name_the_edit_and_menus_show_no_stray_mnemonics(qtbot, db: Database, monkeypatch) -> None:
    """Edit ▸ Undo/Redo say which edit they reverse; View ▸ Go to shows "Needs & priorities", not "Needs _priorities";
    a new workshop goes through the workshop service (its default framework) in one undo step."""
    import icc_desktop.services.workshops as workshops_service

    existing = make_workshop(db)
    window = open_window(qtbot, db)
    called: list[str] = []
    original = workshops_service.create_workshop_in
    monkeypatch.setattr(workshops_service, "create_workshop_in",
                        lambda *args, **kwargs: called.append("service") or original(*args, **kwargs))
    assert window.undo_action.text() == "&Undo" and not window.undo_action.isEnabled()
    dialog = NewWorkshopDialog(window.context, existing.city_id, window)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Follow-up workshop")
    dialog.accept()
    assert called == ["service"]
    assert window.undo_action.text() == "&Undo New workshop" and window.undo_action.iconText() == "Undo"
    window.undo_action.trigger()
    assert window.redo_action.text() == "&Redo New workshop" and window.undo_action.text() == "&Undo"
    go_texts = [action.text() for action in window.go_menu.actions()]
    assert "Needs && priorities" in go_texts and "Vision && roadmap" in go_texts
