"""The letter dialog and the batch of letters: preview in memory, placeholders block saving, the case file
gets the PDF, the timeline says so; e-mail requests get an .eml draft, postal ones a PDF to print."""

from __future__ import annotations

import email
from email import policy

import pypdf
import pytest
from PySide6.QtWidgets import QPlainTextEdit

from dpo_workbench.core.rights import Channel, DocumentKind, Right
from dpo_workbench.demo import load_demo
from dpo_workbench.letters.model import LetterKind
from dpo_workbench.ui.letters.batch import LetterBatchDialog
from dpo_workbench.ui.letters.dialog import LetterDialog
from dpo_workbench.ui.main_window import MainWindow
from dpo_workbench.ui.requests.panel import RequestPanel
from dpo_workbench.ui.requests.timeline import timeline_text
from tests.ui.conftest import DUE_TODAY, OVERDUE, RUNNING, journal_actions

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")  # offscreen: showing a dialog

ADDRESS = "12 rue des Lilas\n69003 Lyon"


def open_dialog(qtbot, workbench, request_id, kind=None) -> LetterDialog:
    dialog = LetterDialog(workbench, request_id, kind=kind)
    qtbot.add_widget(dialog)
    return dialog


def replies(workbench, reference):
    return [d for d in workbench.documents.of_request(reference) if d.kind is DocumentKind.REPLY]


def test_a_new_request_opens_on_its_acknowledgement_with_a_preview(qtbot, workbench, log_request):
    workbench.organisation.save(workbench.organisation.get() or _organisation())
    r = log_request("Łukasz Wąsowski", channel=Channel.POST, address=ADDRESS)
    dialog = open_dialog(qtbot, workbench, r.id)
    assert dialog.current_kind is LetterKind.ACKNOWLEDGEMENT
    assert dialog.preview.page_count >= 1 and dialog.rendered.missing == ()
    assert "Łukasz Wąsowski" in pypdf.PdfReader(_bytes(dialog.rendered.pdf)).pages[0].extract_text()
    assert replies(workbench, r.reference) == []  # a preview stores nothing
    assert dialog.pdf_button.isVisible() is False or not dialog.pdf_button.isEnabled()


def test_a_placeholder_blocks_saving_and_names_what_to_complete(qtbot, workbench, log_request):
    workbench.organisation.save(_organisation())
    r = log_request("Zoë Œuvray", channel=Channel.POST, address=ADDRESS, received=RUNNING)
    dialog = open_dialog(qtbot, workbench, r.id, kind=LetterKind.EXTENSION)
    reasons = dialog.editors["reasons"]
    assert isinstance(reasons, QPlainTextEdit) and reasons.toPlainText() == ""
    assert dialog.rendered.missing and dialog.missing.isVisibleTo(dialog)
    assert dialog.save() is None
    assert "complete" in dialog.missing.text() and replies(workbench, r.reference) == []

    reasons.setPlainText("The request concerns six years of invoices kept in three systems.")
    dialog.refresh_preview()
    assert dialog.rendered.missing == () and not dialog.missing.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.saved) as saved:
        document_id = dialog.save()
    assert saved.args == [document_id]
    [reply] = replies(workbench, r.reference)
    assert reply.id == document_id and reply.mime == "application/pdf"
    text = pypdf.PdfReader(_bytes(workbench.documents.read(document_id))).pages[0].extract_text()
    assert "six years of invoices" in text
    entry = [e for e in workbench.requests.detail(r.id).timeline if e.kind == "letter-saved"][-1]
    assert timeline_text(entry).startswith("Letter written: Extension notice")


def test_an_extension_letter_after_the_first_month_warns_in_the_dpos_language(qtbot, workbench, log_request):
    workbench.organisation.save(_organisation())
    r = log_request("Jean Dupont", channel=Channel.POST, address=ADDRESS, received=OVERDUE)
    dialog = open_dialog(qtbot, workbench, r.id, kind=LetterKind.EXTENSION)
    assert dialog.warnings.isVisibleTo(dialog)
    assert "after the one-month deadline" in dialog.warnings.text() and "extension-late" not in dialog.warnings.text()


def test_a_saved_postal_letter_can_be_exported_to_print(qtbot, workbench, log_request, tmp_path):
    workbench.organisation.save(_organisation())
    r = log_request("Jean Dupont", channel=Channel.POST, address=ADDRESS)
    dialog = open_dialog(qtbot, workbench, r.id, kind=LetterKind.ACKNOWLEDGEMENT)
    assert not dialog.pdf_button.isEnabled()  # nothing saved yet
    document_id = dialog.save()
    assert dialog.pdf_button.isEnabled()
    out = tmp_path / "exports"
    out.mkdir()
    path = dialog.export_pdf(str(out / f"{r.reference}-acknowledgement.pdf"))
    assert path.read_bytes() == workbench.documents.read(document_id)
    assert journal_actions(workbench, "letter.export") == [str(document_id)]


def test_an_email_request_gets_a_draft_with_the_letter_attached(qtbot, workbench, log_request, tmp_path):
    workbench.organisation.save(_organisation())
    r = log_request("Søren Østergaard", channel=Channel.EMAIL, email="soren@example.dk")
    dialog = open_dialog(qtbot, workbench, r.id, kind=LetterKind.ACKNOWLEDGEMENT)
    assert dialog.eml_button.isVisibleTo(dialog) and not dialog.pdf_button.isVisibleTo(dialog)
    dialog.save()
    out = tmp_path / "drafts"
    out.mkdir()
    path = dialog.export_eml(str(out / f"{r.reference}.eml"))
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "soren@example.dk"
    [attachment] = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert attachment.get_content()[:5] == b"%PDF-"


def test_the_request_panel_opens_the_letter_dialog_and_shows_the_reply(qtbot, workbench, log_request):
    workbench.organisation.save(_organisation())
    r = log_request("Anaïs Perrin", channel=Channel.POST, address=ADDRESS)
    panel = RequestPanel(workbench)
    qtbot.add_widget(panel)
    panel.show_request(r.id)
    assert panel.buttons["letter"].isEnabled()
    dialog = panel.write_letter(LetterKind.ACKNOWLEDGEMENT)
    qtbot.add_widget(dialog)
    dialog.save()
    assert "Letter written: Acknowledgement of receipt" in panel.timeline.toPlainText()
    assert "Reply sent" in _documents_text(panel)


def test_acknowledgements_for_todays_mail_in_one_batch(qtbot, workbench, log_request):
    workbench.organisation.save(_organisation())
    today = [log_request(name, channel=Channel.POST, address=ADDRESS, received=workbench.today())
             for name in ("Élodie Lefèvre", "Karim Benali", "Inès Haddad")]
    log_request("Old Request", channel=Channel.POST, address=ADDRESS, received=DUE_TODAY)
    window = MainWindow(workbench)
    qtbot.add_widget(window)
    dialog = window.open_letter_batch()
    qtbot.add_widget(dialog)
    assert dialog.selected_ids() == [r.id for r in today]
    dialog.kind.setCurrentIndex(dialog.kind.findData(LetterKind.ACKNOWLEDGEMENT))
    task = dialog.start()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert [ref for ref, _id in dialog.report.saved] == [r.reference for r in today]
    assert "3 letter(s) saved" in dialog.summary.text() or "3 letters saved" in dialog.summary.text()
    for r in today:
        assert len(replies(workbench, r.reference)) == 1


def test_a_batch_skips_the_letters_with_parts_to_complete_and_says_why(qtbot, workbench, log_request):
    workbench.organisation.save(_organisation())
    r = log_request("Jean Dupont", channel=Channel.POST, address=ADDRESS, rights=(Right.ERASURE,))
    dialog = LetterBatchDialog(workbench, [("selected", "Selected", [r.id])])
    qtbot.add_widget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(LetterKind.EXTENSION))
    task = dialog.start()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert dialog.report.saved == []
    [(reference, reason)] = dialog.report.skipped
    assert reference == r.reference and reason
    assert dialog.skipped.count() == 1 and r.reference in dialog.skipped.item(0).text()
    assert replies(workbench, r.reference) == []


def test_a_cancelled_batch_keeps_the_letters_already_written(qtbot, workbench):
    load_demo(workbench)
    ids = workbench.requests.ids()
    dialog = LetterBatchDialog(workbench, [("shown", "Shown", ids)])
    qtbot.add_widget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(LetterKind.ACKNOWLEDGEMENT))
    task = dialog.start()
    qtbot.waitUntil(lambda: dialog.progress is None or dialog.progress.value() >= 1, timeout=20_000)
    task.cancel()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    saved = dialog.report.saved
    assert 1 <= len(saved) < len(ids)
    assert "Cancelled" in dialog.summary.text()
    assert all(workbench.documents.get(document_id).kind is DocumentKind.REPLY for _ref, document_id in saved)


# -- helpers ------------------------------------------------------------------------------------------------------


def test_a_request_for_several_rights_is_offered_one_letter_deciding_each(qtbot, workbench, log_request):
    workbench.organisation.save(_organisation())
    r = log_request("Paul-Émile Rousseau", channel=Channel.POST, address=ADDRESS,
                    rights=(Right.OBJECTION, Right.ERASURE))
    dialog = open_dialog(qtbot, workbench, r.id, kind=LetterKind.COMBINED_ANSWER)
    offered = [dialog.kind.itemData(i) for i in range(dialog.kind.count()) if dialog.kind.itemData(i)]
    assert LetterKind.COMBINED_ANSWER in offered
    assert not {LetterKind.OBJECTION_ANSWER, LetterKind.ERASURE_DONE, LetterKind.ERASURE_REFUSED,
                LetterKind.ACCESS_REPLY} & set(offered)
    assert dialog.kind.currentText() == "Answer to each right (one section per right)"
    chooser = dialog.editors["erasure:answer"]
    assert chooser.currentText() == "Erasure done" and "erasure:erased" in dialog.editors
    chooser.setCurrentIndex(chooser.findData("erasure-refused"))
    qtbot.waitUntil(lambda: "erasure:ground" in dialog.editors)
    assert "erasure:erased" not in dialog.editors and dialog.values()["erasure:answer"] == "erasure-refused"
    assert "décision (opposition)" in dialog.missing.text()


def test_a_late_answer_is_flagged_in_the_dialog_with_an_apology_to_keep_or_remove(qtbot, workbench, log_request):
    workbench.organisation.save(_organisation())
    r = log_request("Jean Dupont", channel=Channel.POST, address=ADDRESS, received=OVERDUE, rights=(Right.ERASURE,))
    dialog = open_dialog(qtbot, workbench, r.id, kind=LetterKind.ERASURE_DONE)
    assert dialog.warnings.isVisibleTo(dialog)
    assert dialog.warnings.text().replace("\u00a0", " ").startswith(
        "This answer comes after the due date (2 Nov 2026): it is 24 day(s) late.")
    note = dialog.editors["delay_note"]
    assert isinstance(note, QPlainTextEdit) and "2 novembre 2026" in note.toPlainText()  # the letter is French
    note.setPlainText("")
    dialog.refresh_preview()
    assert "retard" not in pypdf.PdfReader(_bytes(dialog.rendered.pdf)).pages[0].extract_text()
    on_time = log_request("Anne Martin", channel=Channel.POST, address=ADDRESS, rights=(Right.ERASURE,))
    dialog = open_dialog(qtbot, workbench, on_time.id, kind=LetterKind.ERASURE_DONE)
    assert not dialog.warnings.isVisibleTo(dialog) and "delay_note" not in dialog.editors


def _organisation():
    from dpo_workbench.services.organisation import OrganisationProfile

    org = OrganisationProfile(name="Exemple SAS", address="10 rue de l'Exemple\n75002 Paris",
                              dpo_name="Dominique Exemple", dpo_email="dpo@example.org")
    details = org.details
    details.place = "Paris"
    details.signature = {"fr": "Délégué à la protection des données", "en": "Data Protection Officer"}
    return org.with_details(details)


def _bytes(data: bytes):
    import io

    return io.BytesIO(data)


def _documents_text(panel) -> str:
    from PySide6.QtWidgets import QAbstractItemView, QLabel

    parts = [w.text() for w in panel.documents.findChildren(QLabel)]
    for view in panel.documents.findChildren(QAbstractItemView):
        model = view.model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                parts.append(str(model.index(row, column).data() or ""))
    return "\n".join(parts)


def test_a_postal_portability_reply_exports_with_its_data_files(qtbot, workbench, log_request, tmp_path):
    workbench.organisation.save(_organisation())
    r = log_request("Zoë Œuvray", channel=Channel.POST, address=ADDRESS, rights=(Right.PORTABILITY,))
    dialog = open_dialog(qtbot, workbench, r.id, kind=LetterKind.PORTABILITY_REPLY)
    dialog.editors["data_provided"].setPlainText("nom: Zoë Œuvray\nemail: zoe@example.fr")
    dialog.refresh_preview()
    assert dialog.pdf_button.text() == "Export the letter and its files…"
    document_id = dialog.save()
    folder = tmp_path / "usb"
    folder.mkdir()
    assert dialog.export_files(str(folder)) == folder
    names = sorted(p.suffix for p in folder.iterdir())
    assert names == [".csv", ".json", ".pdf"]
    assert all(r.reference in p.name and "Zoë" not in p.name for p in folder.iterdir())
    assert "Zoë Œuvray" in next(folder.glob("*.json")).read_text("utf-8")
    assert journal_actions(workbench, "letter.export") == [str(document_id)]


def test_a_batch_is_exported_ready_to_send(qtbot, workbench, log_request, tmp_path):
    workbench.organisation.save(_organisation())
    by_email = log_request("Søren Østergaard", channel=Channel.EMAIL, email="soren@example.dk",
                           received=workbench.today())
    by_post = log_request("Zoë Œuvray", channel=Channel.POST, address=ADDRESS, received=workbench.today())
    dialog = LetterBatchDialog(workbench, [("today", "Today", [by_email.id, by_post.id])])
    qtbot.add_widget(dialog)
    assert not dialog.export_button.isVisibleTo(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(LetterKind.ACKNOWLEDGEMENT))
    task = dialog.start()
    qtbot.waitUntil(lambda: not task.running, timeout=20_000)
    assert dialog.export_button.isVisibleTo(dialog)
    folder = tmp_path / "to-send"
    folder.mkdir()
    written = dialog.export_for_sending(str(folder))
    assert sorted(p.name for p in written) == sorted([f"{by_email.reference}.eml",
                                                     f"{by_post.reference}-acknowledgement-fr.pdf"])
    message = email.message_from_bytes((folder / f"{by_email.reference}.eml").read_bytes(), policy=policy.default)
    assert message["To"].addresses[0].addr_spec == "soren@example.dk"
    assert (folder / f"{by_post.reference}-acknowledgement-fr.pdf").read_bytes()[:5] == b"%PDF-"
    assert len(journal_actions(workbench, "letter.export-eml")) == 1
    assert len(journal_actions(workbench, "letter.export")) == 1
