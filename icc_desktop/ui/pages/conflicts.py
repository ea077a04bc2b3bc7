"""The conflicts page: rows whose same field was changed here and on the server.

Sync keeps both versions and, until the user decides, shows the newer one. Here the user sees
the two versions side by side, picks per field which one to keep, and applies: the chosen
values are saved as an ordinary edit (synced next time) and the conflict is closed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.ui.announce import announce
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.forms import captioned, page_header, set_role
from icc_desktop.ui.models.sync import ConflictFieldsTableModel, ConflictsTableModel
from icc_desktop.ui.pages.base import Page
from icc_desktop.ui.sync_controller import controller_for, format_time
from icc_desktop.ui.sync_labels import table_label


def _view(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    return view


class ConflictListSection(QWidget):
    """The rows in conflict, each with its table and when it was found."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ConflictsTableModel(self)
        self.view = _view(self.model, self.tr("Conflicts"))
        self.view.setWordWrap(False)
        head = self.view.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the row's name gets the room
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        head.resizeSection(2, 150)
        self.caption = QLabel()
        set_role(self.caption, "sectionTitle")
        captioned(self, self.caption, self.view)


class ConflictDetailSection(QWidget):
    """One conflict's fields, both versions side by side with a box to pick each, and the buttons to apply."""

    sig_apply_requested = Signal()
    """The user asked to apply the versions picked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ConflictFieldsTableModel(self)
        self.view = _view(self.model, self.tr("Both versions, field by field"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setWordWrap(True)
        head = self.view.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._outline_check_boxes()
        self.title = QLabel()
        set_role(self.title, "sectionTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel()
        set_role(self.hint, "hint")
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(self._build_buttons())

    def _build_buttons(self) -> QHBoxLayout:
        self.keep_local = QPushButton(self.tr("Keep all from &this computer"))
        self.keep_local.clicked.connect(lambda: self.model.choose_all("local"))
        self.keep_remote = QPushButton(self.tr("Keep all from the s&erver"))
        self.keep_remote.clicked.connect(lambda: self.model.choose_all("remote"))
        self.apply_button = QPushButton(self.tr("&Apply choices"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.sig_apply_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.keep_remote)
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        return buttons

    def _outline_check_boxes(self) -> None:
        """Give the pick boxes a visible outline in a dark palette.

        Fusion draws a check box's outline in the window colour made darker, which on a dark
        theme is almost the colour of the cell: the boxes to pick a version vanish. The outline
        is derived from the Window role, so this view gets a Window colour between text and base.
        """
        palette = QApplication.palette()
        base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        if base.lightness() < text.lightness():  # a dark palette
            mixed = QColor((base.red() + 2 * text.red()) // 3, (base.green() + 2 * text.green()) // 3,
                           (base.blue() + 2 * text.blue()) // 3)
            palette.setColor(QPalette.ColorRole.Window, mixed)
        self.view.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # the theme was switched
            self._outline_check_boxes()


class ConflictsPage(Page):
    """Resolve sync conflicts field by field."""

    page_id = "conflicts"
    tables = frozenset({"conflict"})
    needs_workshop = False

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        header, _title, _hint = page_header(
            self.tr("Conflicts"),
            self.tr("The same field was changed here and on the server. Both versions are kept; until you "
                    "choose, the newer one is shown. Pick, field by field, the version to keep."))
        self.list_section, self.detail_section = ConflictListSection(), ConflictDetailSection()
        self._name_parts()
        self.list_view.selectionModel().selectionChanged.connect(self._selected)
        self.fields.sig_choices_changed.connect(self._update_buttons)
        self.fields_view.clicked.connect(self._cell_clicked)
        self.detail_section.sig_apply_requested.connect(self.apply_choices)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list_section)
        splitter.addWidget(self.detail_section)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 520])
        splitter.setChildrenCollapsible(False)
        self.empty = QLabel(self.tr("No conflicts to resolve. When the same field is changed here and on the "
                                    "server, both versions are kept and listed here for you to choose."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        set_role(self.empty, "hint")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)
        controller_for(context).sig_sync_finished.connect(self._mark_stale)
        self._update_buttons()

    def _name_parts(self) -> None:
        """The sections' models and widgets under the names the page's methods (and tests) use."""
        listing, detail = self.list_section, self.detail_section
        self.conflicts, self.list_view, self.list_caption = listing.model, listing.view, listing.caption
        self.fields, self.fields_view = detail.model, detail.view
        self.detail_title, self.detail_hint, self.message = detail.title, detail.hint, detail.message
        self.keep_local, self.keep_remote, self.apply_button = detail.keep_local, detail.keep_remote, detail.apply_button

    def title(self) -> str:
        return self.tr("Conflicts")

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        from icc_desktop.sync.merge import list_conflicts

        current = self.selected_conflict()
        rows = list_conflicts(self.context.db)
        self.conflicts.set_rows(rows)
        self.list_caption.setText(self.tr("To resolve (%Ln)", "", len(rows)))
        self.stack.setCurrentIndex(1 if rows else 0)
        self.select_conflict(current.id if current is not None else None)

    def selected_conflict(self) -> Any:
        """The conflict shown on the right (a `merge.ConflictView`), or None."""
        rows = self.list_view.selectionModel().selectedRows()
        return self.conflicts.row_at(rows[0].row()) if rows else None

    def select_conflict(self, conflict_id: str | None) -> None:
        """Show a conflict (the first one if `conflict_id` is None or gone)."""
        row = self.conflicts.row_index(conflict_id) if conflict_id else -1
        if row < 0 and self.conflicts.rowCount():
            row = 0
        if row < 0:
            self.list_view.clearSelection()
            self._show(None)
            return
        self.list_view.selectionModel().select(
            self.conflicts.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.list_view.setCurrentIndex(self.conflicts.index(row, 0))
        self._show(self.conflicts.row_at(row))

    def _selected(self, *_args: object) -> None:
        conflict = self.selected_conflict()
        if conflict is not self.fields.conflict:
            self._show(conflict)

    def _show(self, conflict: Any) -> None:
        shown = self.fields.conflict
        if conflict is not None and shown is not None and conflict.id == shown.id:
            return  # the same conflict after a reload: keep the picks made so far
        self.fields.set_conflict(conflict)
        self._show_message("", error=False)
        if conflict is None:
            self.detail_title.setText("")
            self.detail_hint.setText("")
            return
        self.detail_title.setText(self.tr("%1 “%2”").replace("%1", table_label(conflict.table))
                                  .replace("%2", conflict.label))
        where = self._workshop_of(conflict)
        hint = self.tr("Found %1. Check the version to keep in each row, then apply; the other value is "
                       "discarded.").replace("%1", format_time(conflict.created_at))
        story = (self.tr("This computer's version: %1. The server's version: %2.")
                 .replace("%1", self.fields.story("local")).replace("%2", self.fields.story("remote")))
        hint = f"{hint}\n{story}"
        self.detail_hint.setText(self.tr("In %1.").replace("%1", where) + " " + hint if where else hint)
        self.fields_view.resizeRowsToContents()

    def _workshop_of(self, conflict: Any) -> str:
        """"City · workshop" of the conflict's row, or "" (a city, a list entry, or gone)."""
        from icc_desktop.errors import NotFoundError
        from icc_desktop.services.cities import get_city
        from icc_desktop.services.lookups import get_workshop

        data = conflict.local or conflict.remote
        workshop_id = conflict.row_id if conflict.table == "workshop" else data.get("workshop_id")
        if not workshop_id:
            return ""
        try:
            workshop = get_workshop(self.context.db, str(workshop_id))
            return f"{get_city(self.context.db, workshop.city_id).name} · {workshop.title}"
        except NotFoundError:
            return ""

    def _cell_clicked(self, index: Any) -> None:
        # A click anywhere on a value cell picks it (not only on the small check box).
        side = self.fields.SIDES.get(index.column())
        if side is not None:
            self.fields.choose(self.fields.fields[index.row()], side)

    def _update_buttons(self) -> None:
        has = self.fields.conflict is not None
        self.keep_local.setEnabled(has)
        self.keep_remote.setEnabled(has)
        self.apply_button.setEnabled(self.fields.complete())

    def _show_message(self, text: str, error: bool) -> None:
        set_role(self.message, "error" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:
            announce(self.message, text, assertive=error)

    # --- resolving -----------------------------------------------------------------------------

    def apply_choices(self) -> bool:
        """Save the picked versions of the shown conflict; True when it was resolved."""
        from icc_desktop.errors import IccError
        from icc_desktop.sync.merge import resolve_conflict

        conflict = self.fields.conflict
        if conflict is None:
            return False
        if not self.fields.complete():
            self._show_message(self.tr("Pick a version for every field first."), error=True)
            return False
        try:
            resolve_conflict(self.context.db, conflict.id, self.fields.choices())  # type: ignore[arg-type]
        except IccError as exc:
            from icc_desktop.ui.problems import error_text

            self._show_message(self.tr("Could not apply: %1").replace("%1", error_text(exc)), error=True)
            return False
        # The row changed like any edit: the pages showing it reload, the status bar recounts.
        self.context.sig_data_changed.emit(conflict.table)
        self.context.sig_data_changed.emit("conflict")
        self.refresh()
        self._show_message(self.tr("Saved. The chosen values are sent to the server at the next sync."),
                           error=False)
        return True
