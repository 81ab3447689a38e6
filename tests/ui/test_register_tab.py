"""The Register tab: built when first opened, the list and its filters, the editor, history, departments, files."""

from __future__ import annotations

import pytest

from dpo_workbench.demo import load_register
from dpo_workbench.ui.main_window import MainWindow
from dpo_workbench.ui.register.model import ProcessingModel

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: showing a window


@pytest.fixture
def window(qtbot, workbench):
    load_register(workbench)
    w = MainWindow(workbench)
    qtbot.add_widget(w)
    return w


def test_the_tab_comes_after_breaches_and_is_built_when_first_opened(window):
    tabs = window.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[:3] == ["Requests", "Breaches", "Register"]
    assert window.register_area.view is None  # start-up did not pay for it
    window.menus.show_register.trigger()
    view = window.register_area.view
    assert view is not None and tabs.currentWidget() is view
    assert window.menus.show_register.shortcut().toString() == "Ctrl+3"
    assert view.model.rowCount() == 6 and view.editor.detail.record.reference == "TRT-001"
    file_texts = [a.text() for a in window.file_menu.actions()]
    assert {"Import the register of processing activities…", "Export the register of processing activities…",
            "Print the register as of…"} <= set(file_texts)


def test_the_model_passes_the_model_tester(workbench, qtmodeltester):
    load_register(workbench)
    model = ProcessingModel(workbench)
    model.refresh()
    qtmodeltester.check(model, force_py=True)


def test_filters_by_text_department_dpia_and_register(window):
    view = window.register_area.show()
    view.search.setText("cookies")
    view.apply_filters()
    assert view.model.rowCount() == 1
    view.search.clear()
    view.dpia_filter.setCurrentIndex(view.dpia_filter.findData("required"))
    assert [view.model.row(i).reference for i in range(view.model.rowCount())] == ["TRT-003"]
    view.dpia_filter.setCurrentIndex(0)
    view.department_filter.setCurrentIndex(view.department_filter.findText("Marketing"))
    assert view.model.rowCount() == 2
    view.department_filter.setCurrentIndex(0)
    view.register_choice.setCurrentIndex(1)
    assert view.model.row(0).reference == "SST-001" and view.editor.detail.record.role == "processor"
    assert not view.editor.rows["client"][1].isHidden() and view.editor.rows["legal_basis"][1].isHidden()


def test_a_new_processing_is_refused_next_to_the_field_then_saved_with_its_screening(window, qtbot):
    view = window.register_area.show()
    view.new_processing()
    editor = view.editor
    qtbot.keyClicks(editor.widgets["name"], "Videosurveillance")
    assert editor.save() is None
    assert editor.errors["purposes"].isVisibleTo(editor) and window.workbench.register.count() == 6
    editor.widgets["purposes"].setPlainText("Sécurité des locaux")
    editor.widgets["legal_basis"].setPlainText("Intérêt légitime")
    editor.widgets["retention"].setPlainText("30 jours")
    editor.widgets["dpia_criteria"].boxes["monitoring"].setChecked(True)
    assert "not required" in editor.screening.text()
    editor.widgets["dpia_criteria"].boxes["vulnerable"].setChecked(True)
    assert "DPIA required" in editor.screening.text() and "two criteria or more" in editor.screening.text()
    editor.english.setChecked(True)
    editor.widgets["name"].setText("CCTV")
    editor._typed("name")
    assert editor.save() == "TRT-007"
    detail = window.workbench.register.get("TRT-007")
    assert detail.record.name == {"fr": "Videosurveillance", "en": "CCTV"}
    assert detail.screening.required and detail.record.dpia_screened_on == window.workbench.today()
    assert view.selected_id() == detail.id and view.model.rowCount() == 7


def test_choosing_another_processing_saves_the_change_first(window):
    view = window.register_area.show()
    editor = view.editor
    editor.widgets["retention"].setPlainText("Dix ans")  # in the language shown (English here)
    view.table.selectRow(1)
    assert window.workbench.register.get("TRT-001").record.retention[editor.text_lang] == "Dix ans"
    assert editor.detail.record.reference == "TRT-002"
    view.table.selectRow(0)
    history = view.history
    assert history.versions.count() == 2 and history.versions.item(0).text().startswith("Version 2")
    diff = history.diff.toPlainText()
    assert "Dix ans" in diff and f"Retention periods ({editor.text_lang.upper()})" in diff


def test_ending_a_processing_takes_it_out_of_the_list(window):
    view = window.register_area.show()
    view.table.selectRow(5)
    view.editor.toggle_retired()
    assert view.model.rowCount() == 5
    view.retired.setChecked(True)
    assert view.model.rowCount() == 6 and "(ended)" in view.model.row(5).name + " (ended)"


def test_departments_are_edited_in_their_dialog(window, qtbot):
    view = window.register_area.show()
    dialog = view.open_departments()
    assert dialog.table.rowCount() == 5
    dialog.new()
    dialog.name.setText("Juridique")
    dialog.contact_email.setText("pas-une-adresse")
    assert dialog.save() is None and dialog.errors["contact_email"].isVisibleTo(dialog)
    dialog.contact_email.setText("juridique@example.org")
    assert dialog.save() is not None and dialog.table.rowCount() == 6
    dialog.table.selectRow(dialog.table.rowCount() - 1)
    dialog.done(0)
    assert view.department_filter.findText("Juridique") >= 0


def test_import_preview_then_import(window, qtbot, tmp_path):
    from openpyxl import load_workbook

    workbench = window.workbench
    path = tmp_path / "register.xlsx"
    path.write_bytes(workbench.register.export("xlsx"))
    book = load_workbook(path)
    ws = book.active
    heading = [c.value for c in ws[1]]
    ws.cell(row=3, column=heading.index("Durées de conservation — français") + 1).value = "Onze ans"
    book.save(path)
    area = window.register_area
    task = area.import_file(str(path), confirm=False)
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    dialog = area.last_dialog
    changed = dialog.tree.topLevelItem(1)
    assert changed.text(0) == "To change (1)" and changed.child(0).text(0).startswith("TRT-002")
    assert changed.child(0).child(0).text(2) == "Onze ans"
    dialog.accept()
    qtbot.waitUntil(lambda: not area.task.running, timeout=10000)
    assert workbench.register.get("TRT-002").record.retention["fr"] == "Onze ans"
    assert "1 changed" in window.statusBar().currentMessage()


def test_a_malformed_file_is_said_and_nothing_is_imported(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    bad = tmp_path / "register.csv"
    bad.write_bytes("Référence;Nom\n".encode("cp1252"))
    task = window.register_area.import_file(str(bad), confirm=False)
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert shown and "not UTF-8" in shown[0] and "row 1" in shown[0]


def test_export_and_print_write_private_files(window, qtbot, tmp_path):
    import os
    import stat

    area = window.register_area
    task = area.export(fmt="ods", layout="cnil", path=str(tmp_path / "r.ods"))
    qtbot.waitUntil(lambda: not task.running, timeout=10000)
    assert stat.S_IMODE(os.stat(tmp_path / "r.ods").st_mode) == 0o600
    task = area.print_register(day=window.workbench.today(), lang="en", path=str(tmp_path / "r.pdf"))
    qtbot.waitUntil(lambda: not task.running, timeout=20000)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")


def test_ctrl_f_goes_to_the_register_search(window):
    view = window.register_area.show()
    window.show()
    window.menus.focus_search()
    assert window.focusWidget() is view.search
