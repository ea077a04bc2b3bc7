"""The template import's preview: what would change, what newer work is kept, and a choice per conflict.

Shown after the file was checked and merged three ways (`exports.template.plan_import`) and
before anything is written. Each conflict (a value changed both in the file and in the workshop
since the template was made) has its own choice, defaulting to keeping the workshop's value, so
pressing Import never overwrites newer work unless the user picked the file's value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from icc_desktop.exports.template import Choice, FieldChange, ImportPlan


class ImportPreviewDialog(QDialog):
    """Lists the plan's changes, kept values and conflicts; `choices()` is the user's pick per conflict."""

    def __init__(self, plan: ImportPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Import preview"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        # one plural form per count (Qt gives one %n per message), then the sentence around them
        self.summary = QLabel(self.tr("{file}: {read}. {changes}; {kept}; {conflicts}.").format(
            file=plan.file, read=self.tr("%n question(s) read", "", plan.rows),
            changes=self.tr("%n value(s) will change", "", len(plan.changes)),
            kept=self.tr("%n newer value(s) in the workshop kept", "", len(plan.kept)),
            conflicts=self.tr("%n value(s) changed on both sides", "", len(plan.conflicts))))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Where"), self.tr("In the workshop"),
                                              self.tr("In the file"), self.tr("Import")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self._combos: dict[tuple[str, str], QComboBox] = {}
        for conflict in plan.conflicts:
            combo = QComboBox(self.table)
            combo.addItem(self.tr("Keep the workshop’s value"), "database")
            combo.addItem(self.tr("Take the file’s value"), "file")
            self._combos[conflict.key] = combo
            self._add_row(self.tr("Conflict"), conflict, combo)
        for change in plan.changes:
            self._add_row(self.tr("Change"), change, self.tr("File’s value"))
        for kept in plan.kept:
            self._add_row(self.tr("Newer in the workshop"), kept, self.tr("Workshop’s value kept"))
        if plan.conflicts:
            note = QLabel(self.tr("Pick for each conflict which value to keep; nothing is written until you press "
                                  "Import. The database is backed up first."))
        elif plan.changes:
            note = QLabel(self.tr("Nothing is written until you press Import. The database is backed up first."))
        else:
            note = QLabel(self.tr("The file holds nothing new: importing it changes nothing."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(bool(plan.changes or plan.conflicts))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _show(self, value: object) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        return f"“{value}”" if isinstance(value, str) else str(value)

    def _add_row(self, what: str, change: FieldChange, action: str | QComboBox) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        where = self.tr("{code}, row {row}, {column}").format(code=change.question_code, row=change.row,
                                                            column=change.header)
        for column, text in enumerate([what, where, self._show(change.database_value),
                                              self._show(change.file_value)]):
            self.table.setItem(row, column, QTableWidgetItem(text))
        if isinstance(action, QComboBox):
            self.table.setCellWidget(row, 4, action)
        else:
            self.table.setItem(row, 4, QTableWidgetItem(action))

    def choices(self) -> dict[tuple[str, str], Choice]:
        """The user's pick for every conflict: "file" or "database"."""
        return {key: combo.currentData() for key, combo in self._combos.items()}

    def choose(self, key: tuple[str, str], choice: Choice) -> None:
        """Set one conflict's choice (as picking it in its drop-down does)."""
        combo = self._combos[key]
        combo.setCurrentIndex(combo.findData(choice))
