"""A countdown for timed workshop sessions (dot voting, group work), readable from the back row."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from icc_desktop.ui.widgets.chart_style import palette_colour


class SessionTimer(QWidget):
    """Counts down from a number of minutes; start, pause and reset. `clock` is injectable (tests)."""

    sig_finished = Signal()
    """The countdown reached zero."""

    def __init__(self, minutes: int = 10, parent: QWidget | None = None, *,
                 clock: Callable[[], float] = time.monotonic, scale: float = 1.0) -> None:
        super().__init__(parent)
        self._clock = clock
        self._total = float(minutes * 60)
        self._left_at_start = self._total
        self._started_at: float | None = None
        self._finished = False
        self.display = QLabel()
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(self.tr("Time left"))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 8 * scale)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.display.setFont(font)
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setValue(minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Session length in minutes"))
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.start_button = QPushButton(self.tr("&Start"))
        self.start_button.clicked.connect(self.toggle)
        self.reset_button = QPushButton(self.tr("&Reset"))
        self.reset_button.clicked.connect(self.reset)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for widget in (self.minutes, self.start_button, self.reset_button):
            widget.setFont(QFont(self.font().family(), int(max(self.font().pointSizeF(), 9.0) * 1.3 * scale)))
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addStretch()
        layout.addWidget(self.display)
        layout.addLayout(buttons)
        layout.addStretch()
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self.tick)
        self.tick()

    def is_running(self) -> bool:
        """True while counting down."""
        return self._started_at is not None

    def remaining(self) -> float:
        """Seconds left (never below zero)."""
        if self._started_at is None:
            return max(0.0, self._left_at_start)
        return max(0.0, self._left_at_start - (self._clock() - self._started_at))

    def toggle(self) -> None:
        """Start, or pause when running."""
        if self.is_running():
            self.pause()
        else:
            self.start()

    def start(self) -> None:
        """Start (or resume) counting down."""
        if self.is_running() or self.remaining() <= 0:
            return
        self._started_at = self._clock()
        self._ticker.start()
        self.tick()

    def pause(self) -> None:
        """Stop counting, keeping the time left."""
        if self._started_at is not None:
            self._left_at_start = self.remaining()
            self._started_at = None
        self._ticker.stop()
        self.tick()

    def reset(self) -> None:
        """Back to the full session length, stopped."""
        self._ticker.stop()
        self._started_at = None
        self._left_at_start = self._total
        self._finished = False
        self.tick()

    def _minutes_changed(self, minutes: int) -> None:
        self._total = float(minutes * 60)
        if not self.is_running():
            self.reset()

    def tick(self) -> None:
        """Refresh the display (called by the timer, and by tests with a fake clock)."""
        left = self.remaining()
        whole = int(left + 0.999)  # 0.2 s left still shows 0:01, so 0:00 means time is up
        self.display.setText(f"{whole // 60:d}:{whole % 60:02d}")
        self.start_button.setText(self.tr("&Pause") if self.is_running() else self.tr("&Start"))
        self.start_button.setEnabled(left > 0)
        palette = self.display.palette()
        role = QPalette.ColorRole.WindowText
        palette.setColor(role, palette_colour("error", palette) if left <= 0 else self.palette().color(role))
        self.display.setPalette(palette)
        if left <= 0 and self.is_running():
            self._ticker.stop()
            self._started_at = None
            self._left_at_start = 0.0
            self.start_button.setText(self.tr("&Start"))
            self.start_button.setEnabled(False)
            if not self._finished:
                self._finished = True
                self.sig_finished.emit()
