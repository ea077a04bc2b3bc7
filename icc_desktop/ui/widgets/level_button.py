"""A clickable maturity level: its number and its descriptor, marked when current or target."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from icc_desktop.ui.widgets.chart_style import palette_colour


class LevelButton(QAbstractButton):
    """Level `level` of a question: click to make it the current level (Shift+click: the target).

    Current is shown filled in the "current" colour, target with a thick dashed outline in the
    "target" colour and a small tag, so both read at a glance and without colour alone.
    """

    sig_picked = Signal(int, bool)
    """The level was clicked: the level, and True when it should become the target."""

    PAD = 8

    def __init__(self, level: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level
        self.descriptor = ""
        self.is_current = False
        self.is_target = False
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._shift = False
        self.clicked.connect(self._emit)

    def set_state(self, descriptor: str, current: bool, target: bool) -> None:
        """Show a descriptor and whether this level is the current and/or the target one."""
        if (descriptor, current, target) == (self.descriptor, self.is_current, self.is_target) and self.accessibleName():
            return  # a reload that changed nothing here: no relayout, no repaint
        wrapped_again = descriptor != self.descriptor
        self.descriptor, self.is_current, self.is_target = descriptor, current, target
        marks = []
        if current:
            marks.append(self.tr("current level"))
        if target:
            marks.append(self.tr("target level"))
        name = self.tr("Level %1").replace("%1", str(self.level))
        self.setAccessibleName(f"{name}{' (' + ', '.join(marks) + ')' if marks else ''}")
        self.setAccessibleDescription(descriptor)
        self.setToolTip(self.tr("Click: current level %1 · Shift+click: target level %1")
                        .replace("%1", str(self.level)))
        if wrapped_again:
            self.updateGeometry()
        self.update()

    def _badge_width(self) -> int:
        return self.fontMetrics().height() * 2

    def _tag(self) -> str:
        return self.tr("target") if self.is_target else ""

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def _tag_width(self) -> int:
        return self.fontMetrics().horizontalAdvance(self.tr("target")) + 8

    def text_width(self, width: int) -> int:
        """How wide the descriptor is drawn in a button `width` wide (the badge and the tag's room left out).

        The one measure for the height asked and the text drawn: they once differed by 8 px, and a
        descriptor that wrapped onto a third line in a narrow column was cut.
        """
        return max(40, width - self._badge_width() - 3 * self.PAD - self._tag_width() - 8)

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        metrics = self.fontMetrics()
        rect = metrics.boundingRect(QRect(0, 0, self.text_width(width), 10_000), Qt.TextFlag.TextWordWrap,
                                    self.descriptor or "–")
        return max(rect.height(), metrics.height() * 2) + 2 * self.PAD

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, self.heightForWidth(360))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(160, self.fontMetrics().height() * 2 + 2 * self.PAD)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Space picks the current level, Shift+Space the target (as click and Shift+click do).
        key = event.key()
        if key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self._shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key != Qt.Key.Key_Space:
                self.click()
                return
        super().keyPressEvent(event)

    def _emit(self) -> None:
        self.sig_picked.emit(self.level, self._shift)
        self._shift = False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        current_colour = palette_colour("current", palette)
        target_colour = palette_colour("target", palette)
        frame = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        background = palette.color(QPalette.ColorRole.Base)
        if self.underMouse() or self.isDown():
            background = palette.color(QPalette.ColorRole.AlternateBase)
        if self.is_current:
            background = palette_colour("current_tint", palette)
        painter.setBrush(background)
        if self.is_target:
            painter.setPen(QPen(target_colour, 2.5, Qt.PenStyle.DashLine))
        elif self.is_current:
            painter.setPen(QPen(current_colour, 2))
        else:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRoundedRect(frame, 5, 5)
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(3, 3, -3, -3), 4, 4)
        # The level number in a round badge.
        badge = self._badge_width()
        circle = QRectF(self.PAD, (self.height() - badge * 0.8) / 2, badge * 0.8, badge * 0.8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(current_colour if self.is_current else palette.color(QPalette.ColorRole.Button))
        painter.drawEllipse(circle)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette_colour("on_current", palette) if self.is_current
                       else palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(self.level))
        painter.setFont(self.font())
        # The target tag on the right, then the descriptor, wrapped, in the space left.
        tag = self._tag()
        tag_width = self._tag_width()
        if tag:
            tag_rect = QRectF(self.width() - self.PAD - tag_width, (self.height() - self.fontMetrics().height() - 4) / 2,
                              tag_width, self.fontMetrics().height() + 4)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(target_colour)
            painter.drawRoundedRect(tag_rect, 4, 4)
            painter.setPen(palette_colour("on_target", palette))
            painter.drawText(tag_rect, Qt.AlignmentFlag.AlignCenter, tag)
        text_rect = QRect(self.PAD * 2 + badge, self.PAD, self.text_width(self.width()), self.height() - 2 * self.PAD)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap, self.descriptor or "–")
        painter.end()
