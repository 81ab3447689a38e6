"""The main window's menus and keyboard shortcuts: File, View, Request and Help filled from the areas' actions.

File holds what creates, imports and exports, the profile and the settings (other areas insert
their entries before `file_end`, the separator above Quit). The shortcuts avoid the keys Qt gives
a standard meaning to in text fields and views (Ctrl+I, Ctrl+B, Ctrl+U, Ctrl+A…), except where the
meaning is the same (New, Find, Quit, Help): `CUSTOM_KEYS` lists ours, a test checks them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from dpo_workbench.ui.main_window import MainWindow

# the shortcuts that are not a platform's standard key
# the tabs in their order: Requests, Breaches, Register, Dashboard
CUSTOM_KEYS = {"breach": "Ctrl+Shift+N", "requests": "Ctrl+1", "breaches": "Ctrl+2", "register": "Ctrl+3",
               "dashboard": "Ctrl+4", "modify": "Ctrl+E", "letter": "Ctrl+L", "shortcuts": "Ctrl+F1",
               "quit": "Ctrl+Q"}


class MainMenus(QObject):
    """Builds the menus of a main window from the actions its areas already have."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        menus = window.menuBar()
        help_entry = window.help_menu.menuAction()

        # File: new, import, export, backups, profile and settings, then Quit
        file_menu, end = window.file_menu, window.file_end
        window.new_action.setShortcut(QKeySequence.StandardKey.New)
        window.breach_area.new_action.setShortcut(QKeySequence(CUSTOM_KEYS["breach"]))
        file_menu.insertActions(end, [window.new_action, window.breach_area.new_action])
        file_menu.insertSeparator(end)
        intake = window.intake
        file_menu.insertActions(end, [intake.import_action, intake.folder_action, intake.postal_action])
        file_menu.insertSeparator(end)
        file_menu.insertAction(end, window.dashboard_area.export_action)
        export = QMenu(self.tr("Export the breach register"), file_menu)
        file_menu.insertMenu(end, export)
        self.export_csv = export.addAction(self.tr("As CSV (spreadsheet)…"))
        self.export_csv.triggered.connect(lambda: self._export_breaches("csv"))
        self.export_pdf = export.addAction(self.tr("As PDF (for an inspection)…"))
        self.export_pdf.triggered.connect(lambda: self._export_breaches("pdf"))
        file_menu.insertActions(end, [window.dashboard_area.annual_action, window.letters_action])
        file_menu.insertSeparator(end)
        file_menu.insertActions(end, window.register_area.actions())  # the register of processing activities
        file_menu.insertSeparator(end)
        file_menu.insertActions(end, window.backups.actions())
        file_menu.insertAction(end, window.retention.action)  # records past their retention period, their purge
        file_menu.insertSeparator(end)
        file_menu.insertActions(end, [window.organisation_action, window.settings_action])
        if window.quit_action.shortcut().isEmpty():  # Windows gives Quit no standard key: the usual one
            window.quit_action.setShortcut(QKeySequence(CUSTOM_KEYS["quit"]))

        # View: the two registers, the search box
        view = menus.addMenu(self.tr("&View"))
        menus.insertMenu(help_entry, view)
        self.show_requests = view.addAction(self.tr("Requests"))
        self.show_requests.setShortcut(QKeySequence(CUSTOM_KEYS["requests"]))
        self.show_requests.triggered.connect(lambda: window.tabs.setCurrentIndex(0))
        self.show_breaches = view.addAction(self.tr("Breaches"))
        self.show_breaches.setShortcut(QKeySequence(CUSTOM_KEYS["breaches"]))
        self.show_breaches.triggered.connect(self._breaches_tab)
        self.show_register = view.addAction(self.tr("Register of processing activities"))
        self.show_register.setShortcut(QKeySequence(CUSTOM_KEYS["register"]))
        self.show_register.triggered.connect(window.register_area.show)
        self.show_dashboard = view.addAction(self.tr("Dashboard"))
        self.show_dashboard.setShortcut(QKeySequence(CUSTOM_KEYS["dashboard"]))
        self.show_dashboard.triggered.connect(lambda: window.tabs.setCurrentWidget(window.dashboard_area.dashboard()))
        view.addSeparator()
        self.find = view.addAction(self.tr("Search"))
        self.find.setShortcut(QKeySequence.StandardKey.Find)
        self.find.triggered.connect(self.focus_search)

        # Request: what the panel does to the request shown
        request = menus.addMenu(self.tr("&Request"))
        menus.insertMenu(help_entry, request)
        self.modify = request.addAction(self.tr("Modify…"))
        self.modify.setShortcut(QKeySequence(CUSTOM_KEYS["modify"]))
        self.modify.triggered.connect(lambda: self._on_request(window.panel.edit))
        self.letter = request.addAction(self.tr("Letter…"))
        self.letter.setShortcut(QKeySequence(CUSTOM_KEYS["letter"]))
        self.letter.triggered.connect(lambda: self._on_request(window.panel.write_letter))
        request.aboutToShow.connect(self._update_request_menu)
        request.aboutToHide.connect(self._enable_request_keys)  # the keys work whatever the menu last showed

        # Help: the guide and the shortcuts, then About (already there)
        self.guide = QAction(self.tr("User guide"), window)
        self.guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide.triggered.connect(self.open_guide)
        self.keys = QAction(self.tr("Keyboard shortcuts"), window)
        self.keys.setShortcut(QKeySequence(CUSTOM_KEYS["shortcuts"]))
        self.keys.triggered.connect(self.open_shortcuts)
        about = window.about_action  # the guide and the shortcuts come first, About below them
        window.help_menu.insertActions(about, [self.guide, self.keys])
        window.help_menu.insertSeparator(about)
        for action in (self.show_requests, self.show_breaches, self.show_dashboard, self.show_register, self.find,
                       self.modify,
                       self.letter):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

    # -- actions ------------------------------------------------------------------------------------

    def _breaches_tab(self) -> None:
        self.window.tabs.setCurrentWidget(self.window.breaches)

    def focus_search(self) -> None:
        """Ctrl+F: the search box of the register on show."""
        window = self.window
        register = window.register_area.view
        if register is not None and window.tabs.currentWidget() is register:
            box = register.search
        else:
            box = window.breaches.search if window.tabs.currentIndex() == 1 else window.search
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        box.selectAll()

    def _update_request_menu(self) -> None:
        shown = self.window.panel.detail is not None
        self.modify.setEnabled(shown)
        self.letter.setEnabled(shown and self.window.panel.buttons["letter"].isEnabled())

    def _enable_request_keys(self) -> None:
        self.modify.setEnabled(True)
        self.letter.setEnabled(True)

    def _on_request(self, act) -> None:
        """A request's action from the menu or its key: on the request shown, in the requests tab."""
        panel = self.window.panel
        if panel.detail is None or self.window.tabs.currentIndex() != 0:
            return
        if act == panel.write_letter and not panel.buttons["letter"].isEnabled():
            return
        act()

    def _export_breaches(self, fmt: str) -> None:
        self._breaches_tab()
        self.window.breaches.export(fmt)

    def open_guide(self):
        from dpo_workbench.ui.help.guide import GuideDialog

        dialog = GuideDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_shortcuts(self):
        from dpo_workbench.ui.help.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
