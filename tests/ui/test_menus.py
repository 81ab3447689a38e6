"""The menus and keys of the main window: File gathers creating, importing, exporting and settings; Help opens
the shipped guide and lists the shortcuts; the keys do what they say and clash with no standard key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence

from dpo_workbench.ui.help.guide import GuideDialog, document_text, guide_documents
from dpo_workbench.ui.help.shortcuts import ShortcutsDialog, shortcut_rows
from dpo_workbench.ui.main_window import MainWindow
from dpo_workbench.ui.menus import CUSTOM_KEYS
from dpo_workbench.ui.requests.edit_request import EditRequestDialog

pytestmark = pytest.mark.qt_log_ignore("does not support")  # offscreen: raising or grabbing a window


@pytest.fixture
def window(qtbot, workbench):
    w = MainWindow(workbench)
    qtbot.add_widget(w)
    return w


def texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_file_holds_new_import_export_profile_settings_then_quit(window):
    assert texts(window.file_menu) == [
        "New request…", "Open a breach…", "Import e-mail…", "Import a folder…", "New postal request…",
        "Export the register (XLSX, CSV)…", "Export the breach register", "Annual report (PDF)…",
        "Letters for several requests…", "Import the register of processing activities…",
        "Export the register of processing activities…", "Print the register as of…", "Back up now…", "Restore…",
        "Verify a backup…", "Recovery key…", "Records past retention…",
        "Organisation profile…", "Settings…", "Connect to a team database…", "&Quit"]
    assert window.file_menu.actions()[-2] is window.file_end  # other areas still insert above Quit
    export = window.menus.export_csv.parent()
    assert texts(export) == ["As CSV (spreadsheet)…", "As PDF (for an inspection)…"]
    assert texts(window.help_menu) == ["User guide", "Keyboard shortcuts", "&About DPO Workbench…", "About &Qt…"]
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Intake", "&View", "&Request", "&Help"]
    assert window.about_action in window.help_menu.actions()


def test_our_keys_clash_with_no_standard_key():
    standard = {binding.toString() for key in QKeySequence.StandardKey for binding in QKeySequence.keyBindings(key)}
    assert not set(CUSTOM_KEYS.values()) & standard


def test_the_keys_do_what_they_say(qtbot, window, log_request, monkeypatch):
    window.show()
    r = log_request("Jean Dupont")
    window.apply_filters()
    window.menus.find.trigger()
    assert window.focusWidget() is window.search
    window.menus.show_breaches.trigger()
    assert window.tabs.currentWidget() is window.breaches
    window.menus.find.trigger()
    assert window.focusWidget() is window.breaches.search
    window.menus.show_requests.trigger()
    assert window.tabs.currentIndex() == 0

    opened = []
    monkeypatch.setattr(EditRequestDialog, "exec", lambda dialog: opened.append(dialog.detail.reference) or 0)
    window.menus.modify.trigger()  # no request shown: nothing opens
    assert opened == []
    window.select_request(r.id)
    window.menus.modify.trigger()
    assert opened == [r.reference]
    shortcuts = dict(shortcut_rows(window))
    assert shortcuts["Ctrl+E"] == "Modify" and shortcuts["Ctrl+F"] == "Search" and shortcuts["Ctrl+N"] == "New request"
    assert shortcuts["F1"] == "User guide" and shortcuts["Ctrl+Q"] == "Quit"


def test_the_shortcuts_dialog_lists_them(qtbot, window):
    dialog = ShortcutsDialog(window)
    qtbot.add_widget(dialog)
    rows = {dialog.table.item(n, 0).text(): dialog.table.item(n, 1).text() for n in range(dialog.table.rowCount())}
    assert rows["Ctrl+Shift+N"] == "Open a breach" and rows["Ctrl+1"] == "Requests"


def test_the_guide_shows_the_shipped_readme_and_docs(qtbot):
    for _name, _title, resource in guide_documents():
        assert document_text(resource).startswith("# "), resource  # found through the package's resources
    dialog = GuideDialog()
    qtbot.add_widget(dialog)
    assert dialog.text.toPlainText().startswith("DPO Workbench")
    assert "request edit REFERENCE" in dialog.text.toPlainText()
    dialog.follow(QUrl("docs/legal-rules.md"))  # a link of the README to another document opens it here
    assert dialog.list.currentRow() == 1 and "Counting the month" in dialog.text.toPlainText()
