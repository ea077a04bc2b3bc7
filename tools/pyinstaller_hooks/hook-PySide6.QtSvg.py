# Replaces PyInstaller's hook for PySide6.QtSvg: the same collection, less the Qt plug-ins and
# translations the app does not use (see qt_selection.py).
from qt_selection import selected_qt_dependencies

hiddenimports, binaries, datas = selected_qt_dependencies(__file__)
