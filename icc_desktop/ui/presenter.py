"""The presenter view: a second window for the projector, in large type.

It shows one of four views — the maturity radar, the live ranking of the needs, the 2×2 of
impact and feasibility, or a session timer — and follows every edit made in the main window.
With a second screen it opens full screen there, so the laptop keeps the main window.
Keys: 1–5 switch views (5: the phone room's QR code, address and code), F11 toggles full screen, Esc leaves full screen (or closes).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from icc_desktop.errors import IccError
from icc_desktop.ui.context import AppContext
from icc_desktop.ui.focus import reading_order, tidy_focus
from icc_desktop.ui.models.needs import RankingTableModel
from icc_desktop.ui.settings import PRESENTER_FONT_SCALE, SESSION_TIMER_MINUTES
from icc_desktop.ui.widgets.chart_style import scaled_font
from icc_desktop.ui.widgets.priority_matrix import PriorityMatrix, legend_area, matrix_points
from icc_desktop.ui.widgets.radar_chart import RadarChart
from icc_desktop.ui.widgets.session_timer import SessionTimer

VIEWS = ("radar", "ranking", "matrix", "timer", "room")
"""The presenter's views, in the order of their keys 1–5."""

_TABLES = frozenset({"response", "need", "vote", "workshop", "city", "participant", "dimension", "question"})


def projector_screen(main: QWidget | None) -> QScreen | None:
    """The screen to present on: one that does not show the main window, or None with one screen."""
    screens = QGuiApplication.screens()
    if len(screens) < 2:
        return None
    own = main.screen() if main is not None else QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not own]
    return others[0] if others else None


class PresenterWindow(QWidget):
    """A top-level window with the radar, the ranking, the 2×2 or a timer, in large type."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.setWindowTitle(self.tr("ICC Workshop — presenter view"))
        self.setAccessibleName(self.tr("Presenter view"))
        scale = max(0.5, context.settings.get(PRESENTER_FONT_SCALE)) * 1.8
        self.scale = scale
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self, scale * 1.2, bold=True))
        self.heading.setWordWrap(True)
        self.subheading = QLabel()
        self.subheading.setFont(scaled_font(self, scale * 0.8))
        self.subheading.setWordWrap(True)

        self.radar = RadarChart(scale=scale)
        self.ranking = RankingTableModel(self, font_scale=scale)
        self.ranking_view = QTableView()
        self.ranking_view.setModel(self.ranking)
        self.ranking_view.setAccessibleName(self.tr("Ranking of the needs"))
        self.ranking_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ranking_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.ranking_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ranking_view.verticalHeader().setVisible(False)
        self.ranking_view.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * scale * 1.5))
        self.ranking_view.setAlternatingRowColors(True)
        self.ranking_view.setWordWrap(True)  # long titles wrap on the projector instead of ending in "…"
        self.ranking_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        # The app's style sheet sizes headers; a sheet of the view's own wins for the projector.
        header_points = scaled_font(self, scale * 0.8).pointSizeF()
        self.ranking_view.setStyleSheet(f"QHeaderView::section {{ font-size: {header_points:.0f}pt; font-weight: bold; }}")
        header = self.ranking_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.ranking.column_number("title"), QHeaderView.ResizeMode.Stretch)
        self.matrix = PriorityMatrix(scale=scale)
        self.matrix.legend.setFont(scaled_font(self, scale * 0.6))
        matrix_box = QWidget()
        matrix_layout = QHBoxLayout(matrix_box)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addWidget(self.matrix, 3)
        matrix_layout.addWidget(legend_area(self.matrix.legend), 2)
        self.timer = SessionTimer(context.settings.get(SESSION_TIMER_MINUTES), scale=scale / 1.8 * 1.5)
        self.timer.minutes.valueChanged.connect(lambda minutes: context.settings.set(SESSION_TIMER_MINUTES, minutes))
        self.room_view = self._build_room_view(scale)
        self.stack = QStackedWidget()
        for widget in (self.radar, self.ranking_view, matrix_box, self.timer, self.room_view):
            self.stack.addWidget(widget)

        names = (self.tr("&1 Radar"), self.tr("&2 Ranking"), self.tr("&3 Impact × feasibility"), self.tr("&4 Timer"),
                 self.tr("&5 Join from a phone"))
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        bar = QHBoxLayout()
        for number, text in enumerate(names):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setFont(scaled_font(self, scale * 0.6))
            self.buttons.addButton(button, number)
            bar.addWidget(button)
        bar.addStretch(1)
        self.full_screen_button = QPushButton(self.tr("&Full screen"))
        self.full_screen_button.setToolTip(self.tr("Full screen on/off (F11)"))
        self.full_screen_button.setFont(scaled_font(self, scale * 0.6))
        self.full_screen_button.clicked.connect(self.toggle_full_screen)
        bar.addWidget(self.full_screen_button)
        self.buttons.idClicked.connect(lambda number: self.show_view(VIEWS[number]))
        # Window shortcuts: they work whatever has focus (the buttons, the ranking), except a text
        # field such as the timer's minutes, which takes its digits first (ShortcutOverride).
        for number in range(len(VIEWS)):
            shortcut = QShortcut(QKeySequence(str(number + 1)), self)
            shortcut.activated.connect(lambda number=number: self.show_view(VIEWS[number]))
        for view_button in self.buttons.buttons():
            view_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the digits and F11 stay with the window

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bar)

        # Edits arrive as one signal per table; reload once when the burst is over.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)
        context.sig_data_changed.connect(self._data_changed)
        context.sig_workshop_changed.connect(lambda _id: self._reload_timer.start())
        context.sig_database_changed.connect(self._reload_timer.start)
        from icc_desktop.ui.room import room_controller

        room_controller(context).sig_room_changed.connect(self._show_room)
        self.view = ""
        self.source = "consensus"
        """Whose levels the radar shows: "consensus", or "individual" while there is no consensus."""
        self.show_view("radar")
        self.reload()
        self._show_room()

    # --- views -------------------------------------------------------------------------------

    def show_view(self, view: str) -> None:
        """Show "radar", "ranking", "matrix" or "timer"."""
        number = VIEWS.index(view)
        self.view = view
        self.stack.setCurrentIndex(number)
        self.buttons.button(number).setChecked(True)
        self._show_subheading()
        if view == "ranking":
            self.ranking_view.resizeRowsToContents()

    def toggle_full_screen(self) -> None:
        """Full screen on, or back to a window."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Plain keys, not QShortcuts: a focused field (the timer's minutes) keeps its digits.
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.show_view(VIEWS[key - Qt.Key.Key_1])
        elif key == Qt.Key.Key_F11 or event.matches(QKeySequence.StandardKey.FullScreen):
            self.toggle_full_screen()
        elif key == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.close()
        else:
            super().keyPressEvent(event)

    def present(self, main: QWidget | None = None) -> None:
        """Show the window: full screen on a second screen if there is one, else beside `main`."""
        screen = projector_screen(main)
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            self.resize(1024, 700)
            self.show()
        self.raise_()
        self.activateWindow()

    # --- data --------------------------------------------------------------------------------

    def _data_changed(self, table: str) -> None:
        if table in _TABLES:
            self._reload_timer.start()

    def reload(self) -> None:
        """Read the radar, the ranking and the 2×2 of the open workshop again."""
        from icc_desktop.services.cities import get_city
        from icc_desktop.services.lookups import get_workshop
        from icc_desktop.services.ranking import rank_needs
        from icc_desktop.services.scoring import dimension_scores

        workshop_id = self.context.workshop_id
        self.source = "consensus"
        if workshop_id is None:
            self.heading.setText(self.tr("No workshop open"))
            self.radar.set_scores([], [], [])
            self.ranking.set_rows([])
            self.matrix.set_points([])
            self._show_subheading()
            return
        db = self.context.db
        try:
            workshop = get_workshop(db, workshop_id)
            city = get_city(db, workshop.city_id)
        except IccError:  # deleted under us; the main window moves on
            return
        self.heading.setText(f"{city.name} · {workshop.title}")
        scores = dimension_scores(db, workshop_id, "consensus")
        if not any(s.current is not None or s.target is not None for s in scores):
            # No consensus yet: the room still wants to see where the individual answers stand.
            individual = dimension_scores(db, workshop_id, "individual")
            if any(s.current is not None for s in individual):
                scores, self.source = individual, "individual"
        from icc_desktop.services.lookups import dimension_names
        from icc_desktop.ui.i18n import current_language

        names = dimension_names(db, workshop_id, current_language())  # the framework in the room's language
        self.radar.set_scores([names.get(s.dimension_id, s.name) for s in scores], [s.current for s in scores],
                              [s.target for s in scores])
        ranked = rank_needs(db, workshop_id)
        self.ranking.set_rows(ranked)
        self.ranking_view.resizeRowsToContents()
        self.matrix.set_points(matrix_points(ranked))
        self._show_subheading()

    def _show_subheading(self) -> None:
        if self.view == "radar":
            text = (self.tr("Maturity: current (solid) and target (dashed) level per dimension, group consensus")
                    if self.source == "consensus"
                    else self.tr("Maturity: current (solid) and target (dashed) level per dimension, "
                                 "mean of the individual answers"))
        elif self.view == "ranking":
            text = self.tr("Needs ranked by dots, then impact × feasibility")
        elif self.view == "matrix":
            text = self.tr("Impact against feasibility; each point is a need, labelled with its number")
        elif self.view == "room":
            text = self.tr("Take part from your phone: scan the code, or open the address and type the room code")
        else:
            text = self.tr("Session timer")
        self.subheading.setText(text)

    # --- the phone room --------------------------------------------------------------------------

    def _build_room_view(self, scale: float) -> QWidget:
        from icc_desktop.ui.widgets.qr_code import QrCodeWidget

        view = QWidget()
        self.qr_code = QrCodeWidget()
        self.room_address = QLabel()
        self.room_code = QLabel()
        self.room_joined = QLabel()
        for label, size in ((self.room_address, 1.0), (self.room_code, 1.6), (self.room_joined, 0.8)):
            label.setFont(scaled_font(self, scale * size, bold=label is not self.room_joined))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.room_address.setAccessibleName(self.tr("Join address"))
        self.room_code.setAccessibleName(self.tr("Room code"))
        text = QVBoxLayout()
        text.addStretch(1)
        text.addWidget(self.room_address)
        text.addWidget(self.room_code)
        text.addWidget(self.room_joined)
        text.addStretch(1)
        layout = QHBoxLayout(view)
        layout.addWidget(self.qr_code, 1)
        layout.addSpacing(32)
        layout.addLayout(text, 1)
        return view

    def _show_room(self) -> None:
        from icc_desktop.ui.room import room_controller

        controller = room_controller(self.context)
        if not controller.is_open or controller.room is None:
            self.qr_code.set_text("")
            self.room_address.setText(self.tr("No room open."))
            self.room_code.setText("")
            self.room_joined.setText(self.tr("Room ▸ Open room in the main window lets phones take part."))
            return
        self.qr_code.set_text(controller.join_address(True))
        self.room_address.setText(controller.join_address(False))
        self.room_code.setText(self.tr("Room code: {code}").format(code=" ".join(controller.room.code)))
        self.room_joined.setText(self.tr("Phones joined: {count}").format(count=len(controller.room.joined())))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 — Qt's name
        reading_order(self)  # as the main window's pages: the chain in reading order at each Tab
        return super().focusNextPrevChild(next)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.timer.pause()
        super().closeEvent(event)


def open_presenter(context: AppContext, main: QWidget | None = None) -> PresenterWindow:
    """Open (or bring back) the presenter window of this context; the main window keeps it alive."""
    existing = getattr(context, "presenter_window", None)
    if isinstance(existing, PresenterWindow):
        existing.reload()
        existing.present(main)
        return existing
    window = PresenterWindow(context)
    tidy_focus(window)  # as the pages: no empty Tab stops, Qt's own buttons named
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    context.presenter_window = window  # type: ignore[attr-defined]
    window.present(main)
    return window
