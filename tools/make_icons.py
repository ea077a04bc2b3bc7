"""Draw the app icon with QPainter and write it in every size and format the platforms want.

    .venv/bin/python tools/make_icons.py            # writes resources/icons/

Writes `icc-desktop-<N>.png` (16 … 1024 px), `icc-desktop.ico` (Windows, 16–256 px) and
`icc-desktop.icns` (macOS). The generated files are committed: they are resources, and a build
must not depend on this script (or on Pillow) having run.

The picture: a rounded tile in the EU's blue, a white city skyline, and a gold roadmap line that
climbs over it through three milestones. Small sizes drop the milestones and thicken the
strokes so the icon still reads at 16 px.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
NAME = "icc-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

EU_BLUE = "#003399"
DEEP_BLUE = "#00205f"
GOLD = "#ffcc00"


def draw(size: int):  # type: ignore[no-untyped-def]
    """The icon as a QImage of `size` × `size` pixels (transparent corners)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 100.0, size / 100.0)  # draw on a 100 × 100 grid

    # Tile: a slight vertical gradient gives depth without detail that blurs when small.
    margin = 2.0 if size >= 32 else 0.0
    tile = QRectF(margin, margin, 100 - 2 * margin, 100 - 2 * margin)
    gradient = QLinearGradient(0, 0, 0, 100)
    gradient.setColorAt(0.0, QColor(EU_BLUE))
    gradient.setColorAt(1.0, QColor(DEEP_BLUE))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(tile, 20, 20)

    # Skyline: buildings of varied height standing on one baseline.
    p.setBrush(QColor("white"))
    base = 82.0
    buildings = [(14, 16, 30), (31, 12, 44), (44, 14, 24), (59, 11, 38), (71, 15, 28)]
    if size < 32:
        buildings = [(14, 20, 30), (37, 16, 44), (56, 16, 24), (74, 14, 34)]
    for left, width, height in buildings:
        p.drawRect(QRectF(left, base - height, width, height))
    p.drawRect(QRectF(10, base, 80, 6 if size >= 32 else 8))
    if size >= 64:  # windows make the bars read as buildings, not as a bar chart
        p.setBrush(QColor(EU_BLUE))
        for left, width, height in buildings:
            for row in range(int(base - height + 5), int(base - 4), 7):
                for col in (left + 3, left + width - 6):
                    p.drawRect(QRectF(col, row, 3, 3.5))

    # Roadmap: a rising gold line from the lower left to the upper right.
    pen = QPen(QColor(GOLD), 7 if size >= 32 else 11)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath(QPointF(14, 58))
    path.cubicTo(QPointF(34, 56), QPointF(42, 34), QPointF(58, 32))
    path.cubicTo(QPointF(70, 31), QPointF(76, 20), QPointF(86, 16))
    p.drawPath(path)
    if size >= 48:  # milestones: gold dots ringed in blue
        p.setPen(QPen(QColor(EU_BLUE), 2.5))
        p.setBrush(QColor(GOLD))
        for x, y in ((14, 58), (58, 32), (86, 16)):
            p.drawEllipse(QPointF(x, y), 6.5, 6.5)
    p.end()
    return image


def png_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    """The QImage encoded as PNG."""
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def main() -> int:
    """Write every size and format into resources/icons/."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 — QPainter needs it
    ICONS.mkdir(parents=True, exist_ok=True)
    images: dict[int, Image.Image] = {}
    for size in PNG_SIZES:
        data = png_bytes(draw(size))
        (ICONS / f"{NAME}-{size}.png").write_bytes(data)
        images[size] = Image.open(io.BytesIO(data)).convert("RGBA")
        print(f"wrote {NAME}-{size}.png")
    # Each ICO/ICNS size gets its own drawing (not a downscale), so small sizes stay crisp.
    largest = images[max(ICO_SIZES)]
    largest.save(ICONS / f"{NAME}.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    print(f"wrote {NAME}.ico")
    images[1024].save(ICONS / f"{NAME}.icns", format="ICNS",
                      append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])
    print(f"wrote {NAME}.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
