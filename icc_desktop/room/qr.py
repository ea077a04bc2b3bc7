"""The QR code of the join address, made offline (segno, pure Python)."""

from __future__ import annotations

import io


def qr_png(text: str, scale: int = 10) -> bytes:
    """A PNG of `text` as a QR code: black on white with the quiet zone, error correction M."""
    import segno

    code = segno.make_qr(text, error="m")
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=4, dark="#000000", light="#ffffff")
    return buffer.getvalue()


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code's modules (True = dark), without the quiet zone, for drawing it at any size."""
    import segno

    code = segno.make_qr(text, error="m")
    return [[bool(cell) for cell in row] for row in code.matrix]
