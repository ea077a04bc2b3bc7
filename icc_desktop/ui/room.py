"""The phone room in the window: Room ▸ Open room, the room panel, and live updates.

`RoomController` (one per `AppContext`) owns the open `Room` and its server. The server's
threads tell it what changed; it passes that to the GUI thread through a queued signal and,
at most every `FLUSH_MS`, emits the context's `sig_data_changed` for those tables, so every
page and the presenter reload as after a typed edit. The room panel (a dock) opens activities,
shows who joined and answered, removes an input, moderates suggestions and closes the room.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.errors import IccError
from icc_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from icc_desktop.room.core import JoinedPhone, Room, RoomChange
    from icc_desktop.room.server import Limits, RoomServer

log = logging.getLogger(__name__)

FLUSH_MS = 150
"""Phones' input reaches the pages at most this long after it was committed (bursts coalesce)."""


DEVICE_ROLE = Qt.ItemDataRole.UserRole + 1
"""A phone row's (device id, is a guest)."""


class RoomController(QObject):
    """The context's open room (at most one) and the bridge from its server threads."""

    sig_room_changed = Signal()
    """The room opened or closed, an activity changed, a phone joined or answered."""
    _sig_change = Signal(object)
    """A `RoomChange` from a server thread (queued to the GUI thread)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self.room: Room | None = None
        self.server: RoomServer | None = None
        self.workshop_title = ""
        self._tables: set[str] = set()
        self._room_dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FLUSH_MS)
        self._timer.timeout.connect(self._flush)
        self._sig_change.connect(self._on_change, Qt.ConnectionType.QueuedConnection)
        context.sig_database_changed.connect(self.close_room)

    @property
    def is_open(self) -> bool:
        """Whether a room is open."""
        return self.room is not None and not self.room.closed

    def join_address(self, with_code: bool = True) -> str:
        """The address phones open (with the code, as in the QR code), or empty."""
        from icc_desktop.room.server import join_url

        if self.server is None or self.room is None:
            return ""
        return join_url(self.server.host, self.server.port, self.room.code if with_code else None)

    def room_port(self) -> int | None:
        """The port the open room listens on."""
        return self.server.port if self.server is not None and self.is_open else None

    def open_room(self, workshop_id: str, host: str, port: int, limits: Limits | None = None) -> Room:
        """Open a room for the workshop on `host:port` (closing one already open)."""
        from icc_desktop.room.core import Room
        from icc_desktop.room.server import RoomServer
        from icc_desktop.services.cities import get_city
        from icc_desktop.services.lookups import get_workshop

        self.close_room(at_once=True)  # its port may be the one asked for now
        room = Room(self.context.db, workshop_id)
        server = RoomServer(room, host, port, limits=limits)
        room.add_listener(self._sig_change.emit)  # from the server's threads: queued
        server.start()
        workshop = get_workshop(self.context.db, workshop_id)
        self.workshop_title = f"{get_city(self.context.db, workshop.city_id).name} · {workshop.title}"
        self.room, self.server = room, server
        log.info("room open on %s for workshop %s", server.url, workshop_id)
        self.sig_room_changed.emit()
        return room

    def close_room(self, *, at_once: bool = False) -> None:
        """Close the room: phones are refused at once; the server stops listening after they
        have had time to see that the room closed (two of their polls), or `at_once`."""
        server, room, self.server, self.room = self.server, self.room, None, None
        if server is not None and room is not None:
            server.stop(0.0 if at_once else min(5.0, 2 * room.poll_ms / 1000 + 0.5))
            log.info("room closed")
            self._flush()
            self.sig_room_changed.emit()

    def _on_change(self, change: RoomChange) -> None:
        self._tables |= change.tables
        self._room_dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def _flush(self) -> None:
        tables, self._tables = self._tables, set()
        for table in sorted(tables):
            self.context.sig_data_changed.emit(table)
        if self._room_dirty:
            self._room_dirty = False
            self.sig_room_changed.emit()


def room_controller(context: AppContext) -> RoomController:
    """The context's room controller (made on first use)."""
    found = context.findChild(RoomController)
    return found if isinstance(found, RoomController) else RoomController(context)


class OpenRoomDialog(QDialog):
    """Pick the address phones will use (one of the laptop's) and the port."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from icc_desktop.room.network import local_addresses
        from icc_desktop.room.server import DEFAULT_PORT

        super().__init__(parent)
        self.setWindowTitle(self.tr("Open the room"))
        self.address = QComboBox()
        self.address.setAccessibleName(self.tr("Address"))
        kinds = {"route": self.tr("the network this laptop uses"), "other": self.tr("another network of this laptop"),
                 "loopback": self.tr("this laptop only (a test)")}
        for found in local_addresses():
            self.address.addItem(f"{found.address} — {kinds[found.kind]}", found.address)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Port"))
        explain = QLabel(self.tr(
            "Phones must be on the same network as this laptop: the venue's Wi-Fi, or better this laptop's "
            "own hotspot (venue Wi-Fi often keeps devices apart). The room uses plain HTTP on the local "
            "network: anyone on it who has the room code can take part, nothing goes to the internet. "
            "If phones cannot connect, allow ICC Workshop in the firewall (on Windows, mark the network "
            "as private)."))
        explain.setWordWrap(True)
        explain.setTextFormat(Qt.TextFormat.PlainText)
        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Port:"), self.port)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open the room"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(buttons)
        self.resize(520, 0)

    def chosen(self) -> tuple[str, int]:
        """The address and port picked."""
        return str(self.address.currentData()), int(self.port.value())


def _plain_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and suggestions are never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RoomPanel(QWidget):
    """The facilitator's side of the room: activity, who joined and answered, suggestions."""

    KINDS = ("score", "dots", "rate", "suggest", "poll")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.controller = room_controller(context)
        self.address_label = _plain_label()
        self.address_label.setAccessibleName(self.tr("Join address and room code"))
        self.close_button = QPushButton(self.tr("&Close the room"))
        self.close_button.clicked.connect(self.controller.close_room)

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Activity"))
        for kind, text in zip(self.KINDS, (self.tr("Score a dimension"), self.tr("Place dots"),
                                           self.tr("Rate impact and feasibility"), self.tr("Suggest needs"),
                                           self.tr("Quick poll")), strict=True):
            self.kind.addItem(text, kind)
        self.dimension = QComboBox()
        self.dimension.setAccessibleName(self.tr("Dimension"))
        # Long dimension names must not widen the dock over the page at 1366×768.
        self.dimension.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.dimension.setMinimumContentsLength(18)
        self.poll_question = QLineEdit()
        self.poll_question.setPlaceholderText(self.tr("Question"))
        self.poll_question.setAccessibleName(self.tr("Poll question"))
        self.poll_choices = QLineEdit()
        self.poll_choices.setPlaceholderText(self.tr("Choices, separated by ;"))
        self.poll_choices.setAccessibleName(self.tr("Poll choices"))
        self.open_button = QPushButton(self.tr("&Open on the phones"))
        self.open_button.clicked.connect(self.open_activity)
        self.stop_button = QPushButton(self.tr("&Stop"))
        self.stop_button.clicked.connect(self.stop_activity)
        self.activity_label = _plain_label()
        self.activity_label.setAccessibleName(self.tr("Open activity"))
        self.kind.currentIndexChanged.connect(self._kind_changed)

        activity_box = QGroupBox(self.tr("Activity"))
        activity_layout = QVBoxLayout(activity_box)
        activity_layout.addWidget(self.kind)
        activity_layout.addWidget(self.dimension)
        activity_layout.addWidget(self.poll_question)
        activity_layout.addWidget(self.poll_choices)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.stop_button)
        activity_layout.addLayout(row)
        activity_layout.addWidget(self.activity_label)

        # Two columns, so names stay readable in a narrow dock; guests are in italics (and say so).
        self.phones = QTableWidget(0, 2)
        self.phones.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Answered")])
        self.phones.setAccessibleName(self.tr("Phones that joined"))
        self.phones.verticalHeader().setVisible(False)
        self.phones.setWordWrap(False)  # one line per phone; long names are elided
        self.phones.setAlternatingRowColors(True)
        self.phones.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.phones.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.phones.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.phones.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.phones_label = _plain_label()
        self.remove_button = QPushButton(self.tr("&Remove this input"))
        self.remove_button.setToolTip(self.tr("Take back what the selected phone sent for the open activity"))
        self.remove_button.clicked.connect(self.remove_input)
        self.release_button = QPushButton(self.tr("Re&lease name"))
        self.release_button.setToolTip(self.tr("Let go of the selected phone: its name can be picked again "
                                               "(by the right person's phone); what it sent stays"))
        self.release_button.clicked.connect(self.release_phone)
        self.remove_guest_button = QPushButton(self.tr("Remove &guest"))
        self.remove_guest_button.setToolTip(self.tr("Remove the selected guest and everything their phone sent"))
        self.remove_guest_button.clicked.connect(self.remove_guest)
        self.phones.itemSelectionChanged.connect(self._phone_selected)
        phones_box = QGroupBox(self.tr("Phones"))
        phones_layout = QVBoxLayout(phones_box)
        phones_layout.addWidget(self.phones_label)
        phones_layout.addWidget(self.phones, 1)
        phones_layout.addWidget(self.remove_button)
        row = QHBoxLayout()
        row.addWidget(self.release_button)
        row.addWidget(self.remove_guest_button)
        phones_layout.addLayout(row)

        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("Suggested needs waiting"))
        self.suggestions.setWordWrap(True)
        self.suggestions.setAlternatingRowColors(True)  # where one suggestion ends and the next begins
        self.suggestions.setSpacing(2)
        self.accept_button = QPushButton(self.tr("&Accept as a need"))
        self.accept_button.clicked.connect(lambda: self.decide(True))
        self.reject_button = QPushButton(self.tr("Re&ject"))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        suggestions_box = QGroupBox(self.tr("Suggested needs"))
        suggestions_layout = QVBoxLayout(suggestions_box)
        suggestions_layout.addWidget(self.suggestions, 1)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.reject_button)
        suggestions_layout.addLayout(row)
        self.poll_label = _plain_label()
        self.poll_label.setAccessibleName(self.tr("Poll results"))

        self.setMaximumWidth(380)
        layout = QVBoxLayout(self)
        layout.addWidget(self.address_label)
        layout.addWidget(activity_box)
        layout.addWidget(phones_box, 1)
        layout.addWidget(suggestions_box, 1)
        layout.addWidget(self.poll_label)
        layout.addWidget(self.close_button)
        # A flush brings a data change and a room change: one reload for both.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        self.controller.sig_room_changed.connect(self._reload_timer.start)
        context.sig_data_changed.connect(self._data_changed)
        self._dimension_workshop: str | None = None
        self._suggestion_items: dict[str, QListWidgetItem] = {}
        self._suggestions_after = 0
        self._full_suggestions = True
        self._kind_changed()
        self.reload()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.dimension.setVisible(kind == "score")
        self.poll_question.setVisible(kind == "poll")
        self.poll_choices.setVisible(kind == "poll")

    def _data_changed(self, table: str) -> None:
        if table in ("room_suggestion", "room_poll_answer", "need") and self.controller.is_open:
            self._reload_timer.start()

    def _fill_dimensions(self, workshop_id: str) -> None:
        from icc_desktop.services.lookups import workshop_dimensions

        if self._dimension_workshop == workshop_id:
            return
        self._dimension_workshop = workshop_id
        self.dimension.clear()
        for dimension in workshop_dimensions(self.context.db, workshop_id):
            self.dimension.addItem(dimension.name, dimension.id)

    def reload(self) -> None:
        """Show the room as it is now."""
        from icc_desktop.room.core import poll_results

        room = self.controller.room if self.controller.is_open else None
        for widget in (self.open_button, self.stop_button, self.close_button, self.kind, self.dimension,
                       self.poll_question, self.poll_choices, self.remove_button, self.accept_button,
                       self.reject_button):
            widget.setEnabled(room is not None)
        if room is None:
            self.address_label.setText(self.tr("No room open. Room ▸ Open room lets the phones of the room take part."))
            self.activity_label.setText("")
            self.phones.setRowCount(0)
            self._phone_selected()
            self.phones_label.setText("")
            self.suggestions.clear()
            self._suggestion_items.clear()
            self._full_suggestions = True
            self.poll_label.setText("")
            return
        self._fill_dimensions(room.workshop_id)
        self.address_label.setText(self.tr("{workshop}\nJoin address: {address}\nRoom code: {code}").format(
            workshop=self.controller.workshop_title, address=self.controller.join_address(False), code=room.code))
        activity = room.activity
        names = dict(zip(self.KINDS, (self.kind.itemText(i) for i in range(self.kind.count())), strict=True))
        if activity is None:
            self.activity_label.setText(self.tr("No activity open: the phones wait."))
        elif activity.kind == "score":
            index = self.dimension.findData(activity.dimension_id)
            self.activity_label.setText(self.tr("Open: {activity} — {dimension}").format(
                activity=names["score"], dimension=self.dimension.itemText(index)))
        else:
            self.activity_label.setText(self.tr("Open: {activity}").format(activity=names[activity.kind]))
        self._show_phones(room.joined())
        self._show_suggestions(room.workshop_id)
        if activity is not None and activity.kind == "poll":
            results = poll_results(self.context.db, activity.id, activity.choices)
            self.poll_label.setText(activity.question + "\n" + "\n".join(f"{choice}: {count}" for choice, count in results))
        else:
            self.poll_label.setText("")

    def _show_phones(self, joined: list[JoinedPhone]) -> None:
        # Cells are changed only where the text changed: the list is redrawn while phones send.
        self.phones.setRowCount(len(joined))
        for row, phone in enumerate(joined):
            cells = (phone.name, self.tr("yes") if phone.answered else "")
            for column, text in enumerate(cells):
                item = self.phones.item(row, column)
                if item is None:
                    item = QTableWidgetItem(text)
                    self.phones.setItem(row, column, item)
                elif item.text() != text:
                    item.setText(text)
                if item.data(Qt.ItemDataRole.UserRole) != phone.participant_id:
                    item.setData(Qt.ItemDataRole.UserRole, phone.participant_id)
                    item.setData(DEVICE_ROLE, (phone.device_id, phone.guest))
                    font = item.font()
                    font.setItalic(phone.guest)
                    item.setFont(font)
                    tip = self.tr("Joined as a guest") if phone.guest else self.tr("Joined from the participant list")
                    item.setToolTip(tip)
                    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)
        self._phone_selected()  # the selected row may now be another phone
        answered = sum(1 for phone in joined if phone.answered)
        self.phones_label.setText(self.tr("Joined: {joined} · answered the open activity: {answered}").format(
            joined=len(joined), answered=answered))

    def _show_suggestions(self, workshop_id: str) -> None:
        # While phones send, only the suggestions added since the last look are read and added:
        # rebuilding a list of a thousand froze the window. A decision re-reads all (`_full`).
        from icc_desktop.room.core import pending_suggestion_texts

        if self._full_suggestions:
            self._full_suggestions = False
            self._suggestions_after, pending = pending_suggestion_texts(self.context.db, workshop_id)
            wanted = {suggestion_id for suggestion_id, _, _ in pending}
            for suggestion_id in [i for i in self._suggestion_items if i not in wanted]:
                item = self._suggestion_items.pop(suggestion_id)
                self.suggestions.takeItem(self.suggestions.row(item))
        else:
            self._suggestions_after, pending = pending_suggestion_texts(
                self.context.db, workshop_id, self._suggestions_after)
        for suggestion_id, title, description in pending:
            if suggestion_id not in self._suggestion_items:
                item = QListWidgetItem(title + (f"\n{description}" if description else ""))  # plain text
                item.setData(Qt.ItemDataRole.UserRole, suggestion_id)
                self.suggestions.addItem(item)
                self._suggestion_items[suggestion_id] = item

    def _selected_phone(self) -> tuple[str, bool] | None:
        """(device id, is a guest) of the selected phone."""
        rows = self.phones.selectionModel().selectedRows() if self.phones.selectionModel() else []
        item = self.phones.item(rows[0].row(), 0) if rows else None
        data = item.data(DEVICE_ROLE) if item else None
        return (str(data[0]), bool(data[1])) if data else None

    def _phone_selected(self) -> None:
        selected = self._selected_phone() if self.controller.is_open else None
        self.release_button.setEnabled(selected is not None)
        self.remove_guest_button.setEnabled(selected is not None and selected[1])

    def release_phone(self) -> None:
        """Let go of the selected phone: the name it holds can be picked again."""
        selected = self._selected_phone()
        if self.controller.room is None or selected is None:
            return
        self.controller.room.release(selected[0])
        self.reload()

    def remove_guest(self) -> None:
        """Remove the selected guest, their phone and everything it sent (after asking)."""
        selected = self._selected_phone()
        if self.controller.room is None or selected is None or not selected[1]:
            return
        answer = QMessageBox.question(self, self.tr("Remove guest"), self.tr(
            "Remove this guest? Their phone is let go, and their scores, dots, ratings and suggestions are taken back."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.controller.room.remove_guest(selected[0])
        self._full_suggestions = True
        self.reload()

    def _selected_participant(self) -> str | None:
        rows = self.phones.selectionModel().selectedRows() if self.phones.selectionModel() else []
        if not rows:
            return None
        item = self.phones.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def open_activity(self) -> None:
        """Open the chosen activity on every phone."""
        room = self.controller.room
        if room is None:
            return
        kind = str(self.kind.currentData())
        try:
            if kind == "score":
                room.open_activity("score", dimension_id=self.dimension.currentData())
            elif kind == "poll":
                room.open_activity("poll", question=self.poll_question.text(),
                                   choices=[c for c in self.poll_choices.text().split(";")])
            else:
                room.open_activity(kind)
        except IccError as exc:
            QMessageBox.warning(self, self.tr("Activity"), str(exc))
        self.reload()

    def stop_activity(self) -> None:
        """Close the open activity: phones wait."""
        if self.controller.room is not None:
            self.controller.room.close_activity()
        self.reload()

    def remove_input(self) -> None:
        """Take back the selected phone's input for the open activity."""
        participant = self._selected_participant()
        if self.controller.room is None or participant is None:
            return
        self.controller.room.remove_input(participant)
        self._full_suggestions = True
        self.reload()

    def decide(self, accept: bool) -> None:
        """Accept the selected suggestion as a need (undoable), or reject it."""
        from icc_desktop.models import Need
        from icc_desktop.room.core import decide_suggestion, pending_suggestions
        from icc_desktop.ui import commands

        item = self.suggestions.currentItem()
        room = self.controller.room
        if item is None or room is None:
            return
        suggestion_id = str(item.data(Qt.ItemDataRole.UserRole))
        found = [s for s in pending_suggestions(self.context.db, room.workshop_id) if s.id == suggestion_id]
        if not found:
            return
        need_id = None
        if accept:
            need = commands.create_row(self.context, Need, self.tr("Accept a suggested need"),
                                       workshop_id=room.workshop_id, title=found[0].title,
                                       description=found[0].description)
            need_id = need.id
        decide_suggestion(self.context.db, suggestion_id, accept, need_id)
        self._full_suggestions = True
        self.context.sig_data_changed.emit("room_suggestion")
