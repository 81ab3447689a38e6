"""Run-time hook of the frozen application, in place of PyInstaller's own PySide6 hook.

PyInstaller's hook imports PySide6.QtCore at every start (to write an embedded qt.conf, which the
PySide6 wheels write themselves when imported): `dpo-workbench due` would load Qt for nothing, and
every module imported after Qt would be read again by PySide6's feature check. This one only tells
Qt where its plugins are, as that hook does.
"""

import os
import sys


def _qt_paths() -> None:
    base = sys._MEIPASS  # type: ignore[attr-defined]  # set by PyInstaller's bootloader
    qt = os.path.join(base, "PySide6") if sys.platform.startswith("win") else os.path.join(base, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    if sys.platform.startswith("win"):  # QtNetwork finds the bundled OpenSSL there
        os.environ["PATH"] = base + os.pathsep + os.environ.get("PATH", "")


_qt_paths()
del _qt_paths
