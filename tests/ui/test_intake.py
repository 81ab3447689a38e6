"""E-mails dropped on the window become requests; the panel shows the message and its suggested rights."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from dpo_workbench.core.rights import Channel, DocumentKind, Right
from dpo_workbench.ui.intake.importing import run_import
from dpo_workbench.ui.intake.postal import PostalRequestDialog
from dpo_workbench.ui.intake.summary import ImportSummaryDialog
from dpo_workbench.ui.main_window import MainWindow
from dpo_workbench.ui.requests.register_model import ID_ROLE
from dpo_workbench.ui.widgets.background import Cancelled
from dpo_workbench.ui.widgets.palette import MARK_STYLE
from tests.intake.corpus import build

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

CORPUS = Path(__file__).parents[1] / "intake" / "corpus"


@pytest.fixture
def window(qtbot, workbench):
    w = MainWindow(workbench)
    qtbot.addWidget(w)
    w.show()
    return w


def drag(target, paths: list[Path]) -> tuple[bool, bool]:
    """Drag files over `target` and drop them, as the window system does; returns (enter accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return True, drop.isAccepted()


def copies(tmp_path: Path, *names: str) -> list[Path]:
    for name in names:
        shutil.copyfile(CORPUS / name, tmp_path / name)
    return [tmp_path / n for n in names]


def wait_for_summary(qtbot, window) -> ImportSummaryDialog:
    qtbot.waitUntil(lambda: window.intake.summary is not None and window.intake.summary.isVisible(), timeout=20000)
    return window.intake.summary


def test_two_dropped_e_mails_become_two_requests_with_their_rights_and_attachments(qtbot, window, workbench,
                                                                                   tmp_path):
    files = copies(tmp_path, "fr_attachments_nonascii.eml", "en_delete_base64.eml")
    assert drag(window, files) == (True, True)
    summary = wait_for_summary(qtbot, window)
    assert [summary.table.item(r, 1).text() for r in range(2)] == ["Created", "Created"]
    assert [summary.table.item(r, 2).text() for r in range(2)] == ["DSR-2026-0001", "DSR-2026-0002"]
    assert "lettre.docx" in summary.table.item(0, 3).text()  # not kept as a document, and said so
    assert window.model.rowCount() == 2

    # the first created request is shown: the message, its highlighted words, the suggested right
    panel = window.panel
    assert panel.detail.reference == "DSR-2026-0001"
    box = panel.incoming
    assert box.isVisible()
    html = box.text.toHtml()
    assert "droit d’accès" in box.text.toPlainText()
    assert html.count(MARK_STYLE.split(";")[0].split(":")[1]) >= 2  # subject's and body's "droit d'acc(e|è)s"
    assert box.right_boxes[Right.ACCESS].isChecked() and "(suggested)" in box.right_boxes[Right.ACCESS].text()
    assert "(suggested)" not in box.right_boxes[Right.ERASURE].text()
    assert box.id_hint.isVisible() and "2 attachment(s)" in box.id_hint.text()
    documents = panel.documents
    assert [d.kind for d in documents.documents] == [DocumentKind.EMAIL, DocumentKind.ATTACHMENT,
                                                     DocumentKind.ATTACHMENT]
    assert [documents.table.item(r, 0).text().splitlines()[0] for r in range(3)] == [
        "fr_attachments_nonascii.eml", "pièce d’identité.pdf", "carte_identité_verso.png"]

    # the other one, in English, with two suggested rights
    summary.table.selectRow(1)
    summary.open_selected()
    assert panel.detail.reference == "DSR-2026-0002"
    assert [r for r, b in box.right_boxes.items() if b.isChecked()] == [Right.ERASURE, Right.OBJECTION]
    assert panel.field_labels["language"].text() == "English"


def test_the_stored_e_mail_is_shown_as_text_and_the_view_is_journaled(qtbot, window, workbench, tmp_path):
    from dpo_workbench.ui.widgets.message_viewer import MessageViewer

    from .conftest import journal_actions

    drag(window, copies(tmp_path, "fr_attachments_nonascii.eml"))
    wait_for_summary(qtbot, window)
    documents = window.panel.documents
    documents.select_document(documents.documents[0].id)
    before = len(journal_actions(workbench, "document.view"))
    viewer = documents.view_selected()
    qtbot.addWidget(viewer)
    assert isinstance(viewer, MessageViewer)
    text = viewer.text.toPlainText()
    assert "Anaïs N'Diaye <anais.ndiaye@example.fr>" in text and "Droit d'acces - pieces jointes" in text
    assert "Je souhaite exercer mon droit d’accès" in text and "lettre.docx" in text
    assert len(journal_actions(workbench, "document.view")) == before + 1


def test_the_dpo_changes_the_suggested_rights(qtbot, window, workbench, tmp_path):
    drag(window, copies(tmp_path, "en_delete_base64.eml"))
    wait_for_summary(qtbot, window)
    box = window.panel.incoming
    box.right_boxes[Right.OBJECTION].setChecked(False)
    qtbot.mouseClick(box.confirm_button, Qt.MouseButton.LeftButton)
    assert list(workbench.requests.detail("DSR-2026-0001").rights) == [Right.ERASURE]
    assert window.panel.incoming.status.text() == "Rights confirmed by the DPO."
    assert window.panel.field_labels["rights"].text() == "Erasure"
    assert "Rights confirmed by the DPO: Erasure." in window.panel.timeline.toPlainText()
    # unticking everything is refused next to the button; nothing changes
    for b in window.panel.incoming.right_boxes.values():
        b.setChecked(False)
    assert not window.panel.incoming.confirm_rights()
    assert window.panel.incoming.error.isVisibleTo(window.panel.incoming)
    assert list(workbench.requests.detail("DSR-2026-0001").rights) == [Right.ERASURE]


def test_failures_and_duplicates_are_listed_with_the_reason(qtbot, window, workbench, tmp_path):
    files = copies(tmp_path, "bad_no_sender.eml", "en_delete_base64.eml")
    drag(window, files)
    summary = wait_for_summary(qtbot, window)
    assert summary.table.item(0, 1).text() == "Failed"
    assert "no readable sender address" in summary.table.item(0, 3).text()
    window.intake.summary.close()
    window.intake.summary = None
    drag(window, files[1:])
    summary = wait_for_summary(qtbot, window)
    assert summary.table.item(0, 1).text() == "Duplicate"
    assert summary.headline.text() == "1 message(s): created 0, follow-ups 0, duplicates 1, failed 0."
    assert workbench.requests.total() == 1


def test_a_drop_on_the_register_reaches_the_window(qtbot, window, workbench, tmp_path):
    """The drag arrives at the widget under the pointer: the register's table passes it on."""
    assert drag(window.table.viewport(), copies(tmp_path, "en_html_only.eml")) == (True, True)
    wait_for_summary(qtbot, window)
    assert workbench.requests.total() == 1


def test_a_follow_up_can_be_made_a_new_request_from_the_summary(qtbot, window, workbench, tmp_path):
    drag(window, copies(tmp_path, "en_delete_base64.eml"))
    wait_for_summary(qtbot, window).close()
    window.intake.summary = None
    second = tmp_path / "second.eml"
    second.write_bytes((CORPUS / "en_html_only.eml").read_bytes().replace(b"amelia.brown@example.co.uk",
                                                                           b"john.smith@example.com"))
    drag(window, [second])
    summary = wait_for_summary(qtbot, window)
    assert summary.table.item(0, 1).text() == "Follow-up" and summary.table.item(0, 2).text() == "DSR-2026-0001"
    assert not summary.separate_button.isHidden() and not summary.separate_button.isEnabled()
    summary.table.selectRow(0)
    assert summary.separate_button.isEnabled()
    qtbot.mouseClick(summary.separate_button, Qt.MouseButton.LeftButton)
    assert summary.table.item(0, 1).text() == "Created" and summary.table.item(0, 2).text() == "DSR-2026-0002"
    assert not summary.separate_button.isEnabled()
    assert window.model.rowCount() == 2 and window.panel.detail.reference == "DSR-2026-0002"
    assert list(window.panel.detail.rights) == [Right.ACCESS, Right.PORTABILITY]


def test_other_files_are_not_taken_by_the_window(window, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    assert drag(window, [text]) == (False, False)


def test_an_e_mail_dropped_on_the_request_panel_is_imported_not_attached(qtbot, window, workbench, tmp_path):
    drag(window, copies(tmp_path, "en_delete_base64.eml"))
    wait_for_summary(qtbot, window)
    window.intake.summary = None
    before = len(workbench.documents.of_request("DSR-2026-0001"))
    drag(window.panel, copies(tmp_path, "fr_acces_utf8_qp.eml"))
    wait_for_summary(qtbot, window)
    assert workbench.requests.total() == 2
    assert len(workbench.documents.of_request("DSR-2026-0001")) == before


def test_a_cancelled_import_stops_between_batches_and_says_so(qtbot, workbench, tmp_path, monkeypatch):
    monkeypatch.setattr("dpo_workbench.services.intake.BATCH_MESSAGES", 2)
    files = copies(tmp_path, "fr_acces_utf8_qp.eml", "en_delete_base64.eml", "en_html_only.eml")
    calls = []

    def progress(done, total):
        calls.append((done, total))
        if done == 2:
            raise Cancelled()

    run = run_import(workbench, files, progress)
    assert calls == [(0, 0), (2, 3)]
    assert run.cancelled and len(run.outcomes) == 2 and run.total == 3
    assert workbench.requests.total() == 2  # what the summary lists, no more
    dialog = ImportSummaryDialog(run)
    qtbot.addWidget(dialog)
    assert not dialog.cancelled.isHidden()
    assert "2 of 3" in dialog.cancelled.text()


def test_a_postal_request_is_logged_with_its_scans(qtbot, workbench, tmp_path):
    letter, envelope, bad = tmp_path / "lettre.pdf", tmp_path / "enveloppe.png", tmp_path / "note.docx"
    letter.write_bytes(build.pdf_bytes())
    envelope.write_bytes(build.png_bytes())
    bad.write_bytes(b"PK\x03\x04 not a scan")
    dialog = PostalRequestDialog(workbench)
    qtbot.addWidget(dialog)
    assert dialog.channel.currentData() == Channel.POST and not dialog.channel.isEnabled()
    dialog.name.setText("Marie Curie")
    dialog.address.setPlainText("11 rue Pierre et Marie Curie\n75005 Paris")
    dialog.registered_number.setText("1A 123 456 7890 1")
    dialog.right_boxes[Right.ACCESS].setChecked(True)
    dialog.add_scans([letter, envelope, bad])
    assert [c.currentData() for _p, c in dialog.scans] == ["letter", "envelope", "letter"]
    dialog.save()
    assert dialog.reference is None and dialog.scan_error.isVisibleTo(dialog)
    assert "note.docx" in dialog.scan_error.text() and workbench.requests.total() == 0
    dialog.scan_table.selectRow(2)
    dialog.remove_selected()
    dialog.save()
    assert dialog.reference == "DSR-2026-0001"
    kinds = [d.kind for d in workbench.documents.of_request(dialog.reference)]
    assert kinds == [DocumentKind.LETTER, DocumentKind.LETTER]
    assert workbench.requests.detail(dialog.reference).registered_number == "1A 123 456 7890 1"


def test_the_postal_form_keeps_its_validation(qtbot, workbench):
    dialog = PostalRequestDialog(workbench)
    qtbot.addWidget(dialog)
    dialog.right_boxes[Right.ACCESS].setChecked(True)
    dialog.name.setText("Marie Curie")
    dialog.save()
    assert dialog.reference is None
    assert dialog.errors["address"].text() == "A request received by post needs the sender's postal address."


def test_the_summary_opens_a_request_even_when_the_filters_hide_it(qtbot, window, workbench, tmp_path):
    drag(window, copies(tmp_path, "en_delete_base64.eml"))
    summary = wait_for_summary(qtbot, window)
    window.set_filters(text="nobody")
    assert window.model.rowCount() == 0
    summary.table.selectRow(0)
    summary.open_selected()
    assert window.selected_id() is not None
    assert window.model.index(0, 0).data(ID_ROLE) == window.selected_id()
    assert window.panel.detail.reference == "DSR-2026-0001"


def test_warnings_of_a_damaged_message_show_in_the_summary_and_the_panel(qtbot, window, workbench, tmp_path):
    files = copies(tmp_path, "warn_truncated.eml")
    drag(window, files)
    summary = wait_for_summary(qtbot, window)
    assert summary.table.item(0, 1).text() == "Created"
    assert "truncated or damaged" in summary.table.item(0, 3).text()
    summary.close()
    qtbot.waitUntil(lambda: window.panel.incoming.isVisible(), timeout=10000)
    warnings = window.panel.incoming.warnings
    assert warnings.isVisibleTo(window.panel.incoming)
    assert "truncated or damaged" in warnings.text()
