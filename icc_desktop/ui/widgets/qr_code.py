"""A QR code drawn from its modules: sharp at any size, black on white with its quiet zone."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from icc_desktop.ui.widgets.chart_style import palette_colour


class QrCodeWidget(QWidget):
    """Shows the QR code of a text (the join address), as large as the widget allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._modules: list[list[bool]] = []
        self.text = ""
        self.setMinimumSize(QSize(160, 160))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str) -> None:
        """Encode `text` (empty: draw nothing)."""
        from icc_desktop.room.qr import qr_matrix

        self.text = text
        self._modules = qr_matrix(text) if text else []
        self.setAccessibleName(self.tr("QR code of {address}").format(address=text) if text else "")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, 320)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        if not self._modules:
            return
        count = len(self._modules) + 8  # four modules of quiet zone on each side
        unit = max(1, min(self.width(), self.height()) // count)  # whole pixels: crisp edges
        side = unit * count
        left, top = (self.width() - side) // 2, (self.height() - side) // 2
        painter = QPainter(self)
        painter.fillRect(QRectF(left, top, side, side), palette_colour("qr_background", self.palette()))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette_colour("qr_module", self.palette()))
        for row, cells in enumerate(self._modules):
            for column, dark in enumerate(cells):
                if dark:
                    painter.drawRect(QRectF(left + (column + 4) * unit, top + (row + 4) * unit, unit, unit))
        painter.end()
