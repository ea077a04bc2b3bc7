"""mypy plugin: Qt's translation markers return the text they mark.

PySide6's stubs type `QT_TRANSLATE_NOOP(context, text)` (and its kin) as returning `object`;
at run time they return `text` unchanged, so a marked label is a `str`. The markers must keep
their own name in the code: pyside6-lupdate finds the texts to translate by it.
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.plugin import FunctionContext, Plugin
from mypy.types import Type

# Marker -> the position of the text argument it returns.
_MARKERS = {
    "PySide6.QtCore.QT_TRANSLATE_NOOP": 1,
    "PySide6.QtCore.QT_TRANSLATE_NOOP3": 1,
    "PySide6.QtCore.QT_TRANSLATE_NOOP_UTF8": 0,
    "PySide6.QtCore.QT_TR_NOOP": 0,
    "PySide6.QtCore.QT_TR_NOOP_UTF8": 0,
}


class QtTranslationMarkers(Plugin):
    """Gives each marker call the type of the text passed to it."""

    def get_function_hook(self, fullname: str) -> Callable[[FunctionContext], Type] | None:
        position = _MARKERS.get(fullname)
        if position is None:
            return None

        def marked_text(ctx: FunctionContext) -> Type:
            if len(ctx.arg_types) > position and len(ctx.arg_types[position]) == 1:
                return ctx.arg_types[position][0]
            return ctx.default_return_type

        return marked_text


def plugin(version: str) -> type[Plugin]:
    """mypy's entry point."""
    return QtTranslationMarkers
