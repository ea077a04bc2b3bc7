"""Which Qt plug-ins and Qt translations the bundle ships (used by the hooks beside this file).

PyInstaller's own PySide6 hooks collect every plug-in of a kind (all platforms, all image
formats, every input method) and then every library those plug-ins link: the virtual keyboard
drags in Qt Quick and QML, the EGLFS and Wayland platforms their own Qt modules, the GTK theme
half of GTK. Filtering in the hooks, before PyInstaller resolves those links, keeps all of that
out; filtering the finished list afterwards would leave the linked libraries in.
"""

from __future__ import annotations

import re
from pathlib import Path

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

ROOT = Path(__file__).resolve().parents[2]

KEPT_PLUGINS: dict[str, set[str] | None] = {
    # offscreen: `icc-desktop screenshot` and headless use; xcb: X11 and XWayland desktops;
    # minimal: a fallback that needs nothing; windows and cocoa: the native ones there.
    "platforms": {"qoffscreen", "qxcb", "qminimal", "qwindows", "qdirect2d", "qcocoa"},
    "platforms/darwin": None,
    "imageformats": {"qico", "qjpeg", "qgif", "qsvg"},  # PNG is built into QtGui
    "iconengines": {"qsvgicon"},
    # compose: dead keys and compose sequences (Ł, ő, ș in city names); ibus: input methods
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "platformthemes": {"qxdgdesktopportal"},  # not qgtk3: it links half of GTK
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "styles": None,  # None: all of them (qmodernwindowsstyle, qmacstyle)
}
"""Plug-in kind → the plug-ins kept (file names without lib prefix and suffix); kinds not
listed (egldeviceintegrations, generic, networkinformation, wayland-*, accessiblebridge…) go."""

_LANGUAGE_OF_QM = re.compile(r"_([a-z]{2})(?:_[A-Z]{2})?\.qm$")


def app_languages() -> set[str]:
    """English plus every language the app has a compiled translation (.qm) for."""
    folder = ROOT / "resources" / "translations"
    return {"en"} | {m.group(1) for p in folder.glob("*.qm") if (m := _LANGUAGE_OF_QM.search(p.name))}


def plugin_kept(source: str, dest_dir: str) -> bool:
    """Whether a collected file is not a Qt plug-in, or is one of the plug-ins we ship."""
    parts = Path(dest_dir).parts
    if "plugins" not in parts:
        return True
    kind = "/".join(parts[parts.index("plugins") + 1:])
    if kind not in KEPT_PLUGINS:
        return False
    wanted = KEPT_PLUGINS[kind]
    # libqxcb.so, qwindows.dll, libqcocoa.dylib → qxcb, qwindows, qcocoa
    return wanted is None or re.sub(r"^lib", "", Path(source).name.split(".")[0]) in wanted


def translation_kept(source: str, dest_dir: str) -> bool:
    """Whether a collected file is not a Qt translation, or Qt's base one in a language we ship.

    Only Qt's own folder (…/Qt/translations) is filtered: the app's resources/translations stay.
    """
    parts = Path(dest_dir).parts
    if "translations" not in parts or "Qt" not in parts or not source.endswith(".qm"):
        return True
    match = re.match(r"^qt(?:base)?_([a-z]{2})(?:_[A-Z]{2})?\.qm$", Path(source).name)
    return bool(match) and match.group(1) in app_languages()


def selected_qt_dependencies(hook_file: str) -> tuple[list, list, list]:
    """PyInstaller's own collection for the Qt module of `hook_file`, less what we leave out."""
    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    binaries = [(src, dest) for src, dest in binaries if plugin_kept(src, dest)]
    datas = [(src, dest) for src, dest in datas if plugin_kept(src, dest) and translation_kept(src, dest)]
    return hiddenimports, binaries, datas
