"""The participants page: an inline-editable table, a quick-add row, paste from a spreadsheet.

A block of rows copied from Excel or LibreOffice (tab-separated: name, organisation, role,
stakeholder group, e-mail, consent) is checked as a whole and added all or nothing, as one
undo step. Counts per stakeholder group update as rows change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.errors import IccError, ValidationError
from icc_desktop.ui import commands, labels
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.forms import page_header, search_field, set_invalid, set_role
from icc_desktop.ui.models.participants import ParticipantsTableModel
from icc_desktop.ui.models.records import Index
from icc_desktop.ui.models.search import SearchProxyModel
from icc_desktop.ui.pages.base import Page
from icc_desktop.ui.widgets.details_panel import DetailsPanel
from icc_desktop.ui.widgets.field_message import FieldMessage
from icc_desktop.ui.widgets.record_table import keep_rows_fitted

PASTE_FIELDS = ("name", "organisation", "role", "stakeholder_group", "email", "consent")
"""The order of the columns of a pasted block."""

_YES = {"yes", "y", "true", "1", "x", "✓", "✔", "oui", "o", "ja", "j", "si", "sí", "tak", "da"}
_NO = {"no", "n", "false", "0", "non", "nein", "nie", "ne", "-"}
_GROUP_WORDS = {
    "public_authority": ("public authority", "public", "government", "municipality", "city",
                         "administration", "autorité publique", "öffentliche verwaltung"),
    "business": ("business", "industry", "company", "private sector", "entreprise", "wirtschaft"),
    "academia": ("academia", "research", "university", "academia / research", "recherche",
                 "université", "wissenschaft", "forschung"),
    "civil_society": ("civil society", "citizens", "ngo", "société civile", "zivilgesellschaft"),
    "social_innovators": ("social innovators", "social innovation", "innovateurs sociaux",
                          "soziale innovatoren"),
}


def _group_code(text: str) -> str | None:
    """The stakeholder-group code a pasted cell names (code, label in any language, or a synonym)."""
    key = " ".join(text.casefold().replace("_", " ").split())
    if not key:
        return "public_authority"  # the same default as the quick-add row
    for code, label_text in labels.stakeholder_groups().items():
        if key in (code.replace("_", " "), label_text.casefold()):
            return code
    for code, words in _GROUP_WORDS.items():
        if key in words:
            return code
    return None


def _line_number(problem: str) -> int:
    """The line a paste problem names first (problems are listed by line)."""
    found = re.search(r"\d+", problem)
    return int(found.group()) if found else 0


@dataclass
class PastedBlock:
    """What a pasted block of text holds: the rows to create, or the problems that stop it."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    skipped_header: bool = False
    lines: list[int] = field(default_factory=list)
    """The pasted line of each row (blank lines and a header are skipped, so they differ)."""


def parse_pasted_rows(text: str, workshop_id: str) -> PastedBlock:
    """Read tab-separated lines (name, organisation, role, group, e-mail, consent) into new rows.

    A first line that looks like a header (its first cell is "name" in any shipped language)
    is skipped; blank lines are ignored. Every problem is listed with its line number.
    """
    block = PastedBlock()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    headers = {"name", "nom", "participant",
               QCoreApplication.translate("ParticipantsTableModel", "Name").casefold()}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if number == 1 and cells[0].casefold() in headers:
            block.skipped_header = True
            continue
        if len(cells) > len(PASTE_FIELDS):
            extra = cells[len(PASTE_FIELDS):]
            if any(extra):
                message = QCoreApplication.translate(
                    "participants", "Line {line}: {count} columns; expected at most {expected} "
                    "(name, organisation, role, group, e-mail, consent).")
                block.problems.append(message.format(line=number, count=len(cells), expected=len(PASTE_FIELDS)))
                continue
        cells += [""] * (len(PASTE_FIELDS) - len(cells))
        values = dict(zip(PASTE_FIELDS, cells, strict=False))
        row: dict[str, Any] = {"workshop_id": workshop_id, "name": values["name"],
                               "organisation": values["organisation"], "role": values["role"],
                               "email": values["email"] or None}
        group = _group_code(values["stakeholder_group"])
        if group is None:
            message = QCoreApplication.translate(
                "participants", "Line {line}: '{value}' is not a stakeholder group ({groups}).")
            block.problems.append(message.format(line=number, value=values["stakeholder_group"],
                                                 groups=", ".join(labels.stakeholder_groups().values())))
        else:
            row["stakeholder_group"] = group
        consent = values["consent"].casefold()
        if consent in _YES:
            row["consent"] = True
        elif consent in _NO or not consent:
            row["consent"] = False
        else:
            message = QCoreApplication.translate("participants", "Line {line}: consent '{value}' should be yes or no.")
            block.problems.append(message.format(line=number, value=values["consent"]))
        block.rows.append(row)
        block.lines.append(number)
    if not block.rows and not block.problems:
        block.problems.append(QCoreApplication.translate("participants", "The clipboard holds no rows to add."))
    return block


class GroupDelegate(QStyledItemDelegate):
    """Edits the stakeholder-group column with a drop-down list."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for code, text in labels.stakeholder_groups().items():
            combo.addItem(text, code)
        combo.activated.connect(lambda: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ParticipantToolsBar(QWidget):
    """Search, paste, delete, and the participants' rights (a copy of their data, being forgotten)."""

    sig_paste_requested = Signal()
    """Add the rows copied from a spreadsheet."""
    sig_delete_requested = Signal()
    """Delete the selected participants."""
    sig_export_requested = Signal()
    """Save what is held about the selected participant."""
    sig_forget_requested = Signal()
    """Erase the selected participant's personal data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = search_field(self.tr("Search participants…"), self.tr("Search participants"))
        self.paste_button = QPushButton(self.tr("&Paste rows"))
        self.paste_button.setToolTip(self.tr("Add the rows copied from a spreadsheet (Ctrl+V on the table)"))
        self.paste_button.clicked.connect(self.sig_paste_requested)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected participants (Del); Undo brings them back"))
        self.delete_button.clicked.connect(self.sig_delete_requested)
        self.export_person_button = QPushButton(self.tr("E&xport person…"))
        self.export_person_button.setToolTip(self.tr("Save everything held about the selected participant "
                                                     "as a JSON file (the right of access)"))
        self.export_person_button.clicked.connect(self.sig_export_requested)
        self.forget_button = QPushButton(self.tr("For&get person…"))
        self.forget_button.setToolTip(self.tr("Erase the selected participant's name, e-mail and organisation "
                                              "here and, through sync, everywhere; answers and votes stay"))
        self.forget_button.clicked.connect(self.sig_forget_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        for button in (self.paste_button, self.delete_button, self.export_person_button, self.forget_button):
            layout.addWidget(button)

    def show_selection(self, selected: int, person: Any) -> None:
        """Enable what the selection allows: delete for any rows, rights for one person (forget: not yet erased)."""
        self.delete_button.setEnabled(bool(selected))
        self.export_person_button.setEnabled(person is not None)
        self.forget_button.setEnabled(person is not None and person.erased_at is None)


class RetentionSection(QWidget):
    """How long personal data is kept after the workshop, and when it will be erased."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QSpinBox()
        self.spin.setRange(0, 600)
        self.spin.setSpecialValueText(self.tr("until erased by hand"))
        self.spin.setSuffix(self.tr(" months"))
        self.spin.setAccessibleName(self.tr("Keep names, e-mails and organisations for"))
        self.sig_committed = self.spin.editingFinished
        """The user finished typing a period (the page saves it if it changed)."""
        self.label = QLabel(self.tr("&Keep names, e-mails and organisations for:"))
        self.label.setBuddy(self.spin)
        self.note = QLabel()
        set_role(self.note, "hint")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.spin)
        layout.addWidget(self.note, 1)

    def show_retention(self, months: int | None, end: Any, enabled: bool) -> None:
        """Show the period (unless being typed) and the date of the automatic erasure, if any."""
        from icc_desktop.ui.i18n import date_text

        if not self.spin.hasFocus():
            self.spin.blockSignals(True)
            self.spin.setValue(months or 0)
            self.spin.blockSignals(False)
        self.note.setText(
            self.tr("Erased automatically on %1; scores and votes stay.").replace("%1", date_text(end)) if end
            else self.tr("Kept until you forget a person or set a period."))
        self.spin.setEnabled(enabled)


class ParticipantTableSection(QWidget):
    """The counts per group, and the participants' table with the selected one's role and e-mail beside it."""

    def __init__(self, model: ParticipantsTableModel, proxy: SearchProxyModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QLabel()
        set_role(self.counts, "counts")
        self.counts.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setItemDelegateForColumn(model.column_index("stakeholder_group"), GroupDelegate(self.table))
        self._size_columns(model)
        keep_rows_fitted(self.table)  # long organisation names wrap instead of ending in "…"
        # Role and e-mail of the selected participant, beside the table: names and organisations
        # get the width and nothing needs sideways scrolling.
        self.details = DetailsPanel(
            self.table, [model.column_index(key) for key in ("role", "email")],
            self.tr("Selected participant"), self.tr("Select a participant to edit their role and e-mail."))
        self.details.setFixedWidth(230)
        area = QHBoxLayout()
        area.addWidget(self.table, 1)
        area.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counts)
        layout.addLayout(area, 1)

    def _size_columns(self, model: ParticipantsTableModel) -> None:
        horizontal = self.table.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setStretchLastSection(False)
        # Text columns share the width; the group and consent columns keep theirs.
        for key in ("name", "organisation", "role", "email"):
            horizontal.setSectionResizeMode(model.column_index(key), QHeaderView.ResizeMode.Stretch)
        metrics = horizontal.fontMetrics()  # the headers' text decides (longer in French and German)
        for key, least in (("stakeholder_group", 150), ("consent", 72), ("consent_contact", 90)):
            column = model.column_index(key)
            header_text = model.columns[column].header()
            self.table.setColumnWidth(column, max(least, metrics.horizontalAdvance(header_text) + 28))

    def show_counts(self, counts: dict[str, int], total: int) -> None:
        """How many took part, and how many per stakeholder group."""
        names = labels.stakeholder_groups()
        # French writes a space before the colon ("Pouvoirs publics : 16").
        parts = [self.tr("%1: %2").replace("%1", names.get(code, code)).replace("%2", str(count))
                 for code, count in counts.items()]
        self.counts.setText(self.tr("%n participant(s)", "", total) + " — " + " · ".join(parts))


class QuickAddSection(QWidget):
    """One row of fields to add a participant: type, press Enter, the next one."""

    sig_add_requested = Signal()
    """Add the participant typed in the fields."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new_name = self._field(self.tr("Name"), self.tr("New participant's name"))
        self.new_organisation = self._field(self.tr("Organisation"), self.tr("New participant's organisation"))
        self.new_role = self._field(self.tr("Role"), self.tr("New participant's role"))
        self.new_group = QComboBox()
        self.new_group.setAccessibleName(self.tr("New participant's stakeholder group"))
        for code, text in labels.stakeholder_groups().items():
            self.new_group.addItem(text, code)
        self.new_email = self._field(self.tr("E-mail (optional)"), self.tr("New participant's e-mail"))
        self.new_consent = QCheckBox(self.tr("Consent"))
        self.new_consent.setToolTip(self.tr("The participant agrees to be named in the reports"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setDefault(False)
        self.add_button.clicked.connect(self.sig_add_requested)
        quick = QHBoxLayout()
        for widget, stretch in ((self.new_name, 3), (self.new_organisation, 4), (self.new_role, 3),
                                (self.new_group, 2), (self.new_email, 3), (self.new_consent, 0), (self.add_button, 0)):
            quick.addWidget(widget, stretch)
        self.add_error = QLabel()
        set_role(self.add_error, "error")
        self.add_error.setWordWrap(True)
        self.add_error.hide()
        title = QLabel(self.tr("Add a participant"))
        set_role(title, "sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(quick)
        layout.addWidget(self.add_error)

    def _field(self, placeholder: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.returnPressed.connect(self.sig_add_requested)
        return edit


class ParticipantsPage(Page):
    """Who took part in the open workshop."""

    page_id = "participants"
    tables = frozenset({"participant", "workshop"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._workshop: Any = None
        header, _title, self._hint = page_header(
            self.tr("Participants"),
            self.tr("Click a cell to change it. Copy rows from a spreadsheet (name, organisation, role, "
                    "group, e-mail, consent) and press Ctrl+V on the table to add them all at once."))
        self.model = ParticipantsTableModel(self)
        self.model.edit_handler = self._save_edit
        self.proxy = SearchProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.tools_bar, self.retention_section = ParticipantToolsBar(), RetentionSection()
        self.table_section = ParticipantTableSection(self.model, self.proxy)
        self.quick_add = QuickAddSection()
        self._name_parts()
        self.banner = QLabel()
        set_role(self.banner, "banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        self.cell_message = FieldMessage(self)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        for section, stretch in ((self.tools_bar, 0), (self.retention_section, 0), (self.table_section, 1),
                                 (self.banner, 0), (self.quick_add, 0)):
            layout.addWidget(section, stretch)
        self._connect_sections()
        self._update_buttons()

    def _name_parts(self) -> None:
        """The sections' widgets under the names the page's methods (and tests) use."""
        tools, quick = self.tools_bar, self.quick_add
        self.search, self.paste_button, self.delete_button = tools.search, tools.paste_button, tools.delete_button
        self.export_person_button, self.forget_button = tools.export_person_button, tools.forget_button
        self.retention, self.retention_label = self.retention_section.spin, self.retention_section.label
        self.retention_note = self.retention_section.note
        self.table, self.details, self.counts = self.table_section.table, self.table_section.details, self.table_section.counts
        self.new_name, self.new_organisation, self.new_role = quick.new_name, quick.new_organisation, quick.new_role
        self.new_group, self.new_email, self.new_consent = quick.new_group, quick.new_email, quick.new_consent
        self.add_button, self.add_error = quick.add_button, quick.add_error

    def _connect_sections(self) -> None:
        self.search.textChanged.connect(self.proxy.set_search)
        self.tools_bar.sig_paste_requested.connect(self.paste_rows)
        self.tools_bar.sig_delete_requested.connect(self.delete_selected)
        self.tools_bar.sig_export_requested.connect(self.export_person)
        self.tools_bar.sig_forget_requested.connect(self.forget_person)
        self.retention_section.sig_committed.connect(self.save_retention)
        self.quick_add.sig_add_requested.connect(self.add_participant)
        self.table.installEventFilter(self)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.setTabOrder(self.search, self.table)

    def title(self) -> str:
        return self.tr("Participants")

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        from icc_desktop.models import Participant
        from icc_desktop.services.lookups import workshop_table

        workshop_id = self.context.workshop_id
        rows = workshop_table(self.context.db, Participant, workshop_id) if workshop_id else []
        rows.sort(key=lambda p: p.created_at)  # the order they were added in
        self.model.set_rows(rows)
        self._show_counts()
        self._update_buttons()
        self._show_retention()

    def _show_retention(self) -> None:
        from icc_desktop.services.lookups import get_workshop
        from icc_desktop.services.privacy import retention_end

        workshop_id = self.context.workshop_id
        self._workshop = get_workshop(self.context.db, workshop_id) if workshop_id else None
        months = self._workshop.retention_months if self._workshop else None
        end = retention_end(self._workshop) if self._workshop else None
        self.retention_section.show_retention(months, end, self._workshop is not None)

    def _show_counts(self) -> None:
        self.table_section.show_counts(self.model.group_counts(), len(self.model.rows))

    def _update_buttons(self) -> None:
        self.tools_bar.show_selection(len(self.table.selectionModel().selectedRows()), self._selected_person())

    def _selected_person(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        return self.model.row_at(self.proxy.source_row(rows[0].row()))

    # --- participants' rights ----------------------------------------------------------------

    def save_retention(self) -> None:
        """Save the retention period typed (0: keep until erased by hand)."""
        from icc_desktop.models import Workshop

        if self._workshop is None:
            return
        months = self.retention.value() or None
        if months != self._workshop.retention_months:
            commands.update_row(self.context, Workshop, self._workshop.id, text=self.tr("Set retention period"),
                                retention_months=months)

    def export_person(self) -> None:
        """Save everything held about the selected participant as JSON (asks where)."""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from icc_desktop.services.privacy import write_person_export

        person = self._selected_person()
        if person is None:
            return
        name = "".join(c if c.isalnum() else "-" for c in person.name).strip("-") or "participant"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export person"), f"{name}.json",
                                                    self.tr("JSON files (*.json)"))
        if not path:
            return
        if not path.lower().endswith(".json"):  # as the other save dialogs: the export wants .json
            path += ".json"
        try:
            write_person_export(self.context.db, person.id, Path(path))
        except IccError as exc:
            QMessageBox.warning(self, self.tr("Export person"), str(exc))

    def forget_person(self) -> None:
        """Erase the selected participant's personal data after asking (not undoable)."""
        from PySide6.QtWidgets import QMessageBox

        from icc_desktop.services.privacy import forget

        person = self._selected_person()
        if person is None or person.erased_at is not None:
            return
        answer = QMessageBox.question(
            self, self.tr("Forget person"),
            self.tr("Erase the name, e-mail, organisation and role of “%1” for good? Their answers and votes "
                    "stay, as an unnamed participant. This cannot be undone; the next sync erases them on the "
                    "server and the other laptops too.").replace("%1", person.name))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(_result: Any) -> None:
            # The undo history may hold the erased values (an edit of the name): it goes too.
            self.context.undo_stack.clear()
            self.context.sig_data_changed.emit("participant")

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Forget person"), str(error))
            self.context.sig_data_changed.emit("participant")

        self.context.workers.start(lambda _task: forget(self.context.db, person.id), on_result=done, on_error=failed)

    # --- editing -----------------------------------------------------------------------------

    def _save_edit(self, row: Any, name: str, value: Any) -> Any:
        from icc_desktop.models import Participant

        if name == "email" and value == "":
            value = None
        try:
            saved = commands.update_row(self.context, Participant, row.id,
                                        text=self.tr("Edit participant"), **{name: value})
        except ValidationError as exc:
            column = self.model.column_index(name)
            message = exc.fields.get(name) or str(exc)
            self.cell_message.show_for_cell(
                self.table, self.model.row_index(row.id), column,
                self.tr("{column}: {message} The change was not saved.").format(
                    column=self.model.columns[column].header(), message=message))
            return None
        self.cell_message.clear()
        return saved

    def show_banner(self, text: str) -> None:
        """Say under the table why an entry was refused."""
        self.banner.setText(text)
        self.banner.show()

    def add_participant(self) -> None:
        """Add the participant typed in the quick-add row."""
        from icc_desktop.models import Participant

        workshop_id = self.context.workshop_id
        if workshop_id is None:
            return
        fields = {"name": self.new_name, "email": self.new_email}
        for edit in fields.values():
            set_invalid(edit, False)
        try:
            commands.create_row(
                self.context, Participant, text=self.tr("Add participant"),
                workshop_id=workshop_id, name=self.new_name.text(),
                organisation=self.new_organisation.text(), role=self.new_role.text(),
                stakeholder_group=self.new_group.currentData(),
                email=self.new_email.text().strip() or None, consent=self.new_consent.isChecked(),
            )
        except ValidationError as exc:
            for name in exc.fields:
                if name in fields:
                    set_invalid(fields[name], True)
            # The services' messages, without their internal field names ("name: ...").
            self.add_error.setText("\n".join(m[:1].upper() + m[1:] for m in exc.fields.values()))
            self.add_error.show()
            first = next((fields[n] for n in exc.fields if n in fields), self.new_name)
            first.setFocus()
            return
        self.add_error.hide()
        for edit in (self.new_name, self.new_organisation, self.new_role, self.new_email):
            edit.clear()
        self.new_consent.setChecked(False)
        self.new_name.setFocus()

    def paste_rows(self) -> bool:
        """Add the rows on the clipboard, all or nothing; True if they were added."""
        from icc_desktop.models import Participant

        workshop_id = self.context.workshop_id
        if workshop_id is None:
            return False
        block = parse_pasted_rows(QGuiApplication.clipboard().text(), workshop_id)
        if block.problems:  # the rows are checked too: every problem of the paste is listed at once
            from icc_desktop.services.crud import check_many

            checked = [{k: v for k, v in row.items() if k != "stakeholder_group" or v} for row in block.rows]
            block.problems += [self._line_problem(p.where, p.message, block)
                               for p in check_many(self.context.db, Participant, checked)
                               if not p.where.endswith("stakeholder_group")]
            block.problems.sort(key=_line_number)
        else:
            try:
                created = commands.create_rows(self.context, Participant, block.rows,
                                               text=self.tr("Paste %n participant(s)", "", len(block.rows)))
            except ValidationError as exc:
                block.problems = [self._line_problem(p.where, p.message, block) for p in exc.problems]
            else:
                self.banner.hide()
                self.window().statusBar().showMessage(  # type: ignore[attr-defined]
                    self.tr("Added %n participant(s).", "", len(created)), 5000)
                return True
        shown = block.problems[:8]
        more = len(block.problems) - len(shown)
        text = self.tr("Nothing was added:") + "\n" + "\n".join(shown)
        if more:
            text += "\n" + self.tr("…and %n more problem(s).", "", more)
        self.show_banner(text)
        return False

    def _line_problem(self, where: str, message: str, block: PastedBlock) -> str:
        # The service numbers the rows it got ("row 3, email"); the user thinks in pasted lines.
        head, _, field_name = where.partition(", ")
        try:
            line = block.lines[int(head.split()[-1]) - 1]
        except (ValueError, IndexError):
            return f"{where}: {message}"
        return self.tr("Line {line}, {field}: {message}").format(line=line, field=field_name, message=message)

    def delete_selected(self) -> None:
        """Delete the selected participants (with their answers and votes), as one undo step."""
        from icc_desktop.models import Participant

        rows = sorted({self.proxy.source_row(i.row()) for i in self.table.selectionModel().selectedRows()})
        if not rows:
            return
        ids = [self.model.row_at(r).id for r in rows]
        with commands.one_step(self.context, self.tr("Delete %n participant(s)", "", len(ids))):
            for row_id in ids:
                commands.delete_row(self.context, Participant, row_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.table and event.type() == QEvent.Type.KeyPress \
                and self.table.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Paste):  # type: ignore[attr-defined]
                self.paste_rows()
                return True
            if event.matches(QKeySequence.StandardKey.Delete):  # type: ignore[attr-defined]
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)
