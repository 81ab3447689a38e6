"""Help > About, the application's identity (id, icon) and the menu entries; the dialog is `about_dialog`.

Kept light: it is imported when the main window is built, the dialog and its Qt widgets only when opened.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from dpo_workbench.ui.about_dialog import AboutDialog
    from dpo_workbench.ui.main_window import MainWindow

APP_ID = "fr.dpo_workbench.DPOWorkbench"  # the desktop file, the AppStream id, the macOS bundle id


def resource(*parts: str) -> Path:
    """A file of `dpo_workbench.resources` on disk (installed, frozen or from the source tree)."""
    with as_file(files("dpo_workbench.resources").joinpath(*parts)) as path:
        return Path(path)


def application_icon() -> QIcon:
    """The scalable application icon (also the one installed beside the desktop file)."""
    return QIcon(str(resource("icons", "dpo-workbench.svg")))


def install_about(window: MainWindow) -> QAction:
    """Add About DPO Workbench and About Qt to the window's Help menu; returns the first."""
    about = QAction(QCoreApplication.translate("About", "&About DPO Workbench…"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: open_about(window))
    about_qt = QAction(QCoreApplication.translate("About", "About &Qt…"), window)
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    about_qt.triggered.connect(QApplication.aboutQt)
    window.help_menu.addActions([about, about_qt])
    return about


def open_about(window: MainWindow) -> AboutDialog:
    from dpo_workbench.ui.about_dialog import AboutDialog

    dialog = AboutDialog(window.workbench, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
