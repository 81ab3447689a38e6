"""The documents section of the request panel: attaching by drag-and-drop or file dialog, refusals,
marking ID copies, the identity check dialog, destruction after verification (at once or after the
grace period, through the main window's purge timer), and a damaged file on disk.

The workbench, the vault, the database and the FixedClock are real; only the blocking
static calls (QMessageBox, QFileDialog) and `exec()` of dialogs are scripted.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from sqlalchemy import select

from dpo_workbench.core.rights import DocumentKind, IdentityMethod, IdentityOutcome
from dpo_workbench.store.models import Document
from dpo_workbench.ui.main_window import MainWindow
from dpo_workbench.ui.requests.documents import COLUMNS
from dpo_workbench.ui.requests.identity import IdentityCheckDialog
from dpo_workbench.ui.requests.panel import RequestPanel

from .conftest import journal_actions

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

MARKER = b"MARKER-7f3c2a-ID-SCAN"


# -- scans made for the tests ------------------------------------------------------------------


def make_png(path: Path, size=(400, 300), marker: bytes = MARKER) -> Path:
    from PIL import Image, ImageDraw
    from PIL.PngImagePlugin import PngInfo

    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle([10, 10, size[0] - 10, size[1] // 2], outline="black", width=3)
    draw.text((20, 20), "CARTE NATIONALE D'IDENTITE", fill="black")
    info = PngInfo()
    info.add_text("Comment", marker.decode())
    image.save(path, "PNG", pnginfo=info)
    return path


def make_jpeg(path: Path, size=(600, 400)) -> Path:
    from PIL import Image

    Image.new("RGB", size, (200, 210, 230)).save(path, "JPEG", quality=85)
    return path


def make_tiff(path: Path, sizes=((300, 200), (200, 300), (250, 250))) -> Path:
    from PIL import Image

    pages = [Image.new("RGB", s, (40 * i, 120, 200)) for i, s in enumerate(sizes)]
    pages[0].save(path, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_deflate")
    return path


def make_pdf(path: Path, pages: int = 3, marker: bytes = MARKER) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, pageCompression=0)
    for number in range(1, pages + 1):
        c.setFont("Helvetica", 28)
        c.drawString(72, 720, f"Page {number}")
        c.setFont("Helvetica", 10)
        c.drawString(72, 690, marker.decode())
        c.showPage()
    c.save()
    return path


# -- scripted static calls -------------------------------------------------------------------------


class Boxes:
    """Records the message boxes instead of showing them; answers questions from a script."""

    def __init__(self, monkeypatch):
        self.shown: list[tuple[str, str, str]] = []
        self.answers: list[QMessageBox.StandardButton] = []
        for kind in ("warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, kind, self._record(kind))
        monkeypatch.setattr(QMessageBox, "question", self._question)

    def _record(self, kind):
        def show(parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return staticmethod(show)

    def _question(self, parent, title, text, *args, **kwargs):
        self.shown.append(("question", title, text))
        assert self.answers, f"an unexpected question: {text}"
        return self.answers.pop(0)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    return Boxes(monkeypatch)


@pytest.fixture
def request_(log_request):
    return log_request("Élodie Lefèvre")


@pytest.fixture
def panel(qtbot, workbench, request_):
    p = RequestPanel(workbench)
    qtbot.addWidget(p)
    p.resize(560, 1200)
    p.show_request(request_.id)
    return p


def vault_files(workbench) -> set[str]:
    root = workbench.data_dir / "vault"
    return {p.name for p in root.rglob("*") if p.is_file()} if root.exists() else set()


def blob_path(workbench, document_id: int) -> Path:
    with workbench.db.reading() as s:
        blob_id = s.execute(select(Document.blob_id).where(Document.id == document_id)).scalar_one()
    return workbench.folder.blobs.path_of(blob_id)


def drop_files(target, paths: list[Path]) -> tuple[bool, bool]:
    """Drag files over `target` and drop them, as the window system does; returns (enter accepted, drop accepted)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    return enter.isAccepted(), drop.isAccepted()


def table_row(section, row: int) -> dict[str, str]:
    """What row `row` says of its document; each value is checked to be shown in the row."""
    values = section.row_values(section.documents[row])
    shown = "\n".join(section.table.item(row, c).text() for c in range(len(COLUMNS)))
    for value in values.values():
        assert value in shown, (value, shown)
    return values


def timeline_text(panel) -> str:
    return panel.timeline.toPlainText()


class ScriptedIdentityDialog:
    """Plays the DPO in the identity check dialog: fills it, presses Save, reports how it closed."""

    def __init__(self, monkeypatch):
        self.steps = []
        self.seen: list[IdentityCheckDialog] = []
        monkeypatch.setattr(IdentityCheckDialog, "exec", lambda dialog: self._exec(dialog))

    def then(self, **values) -> ScriptedIdentityDialog:
        self.steps.append(values)
        return self

    def _exec(self, dialog: IdentityCheckDialog):
        self.seen.append(dialog)
        assert self.steps, "an unexpected identity dialog"
        values = self.steps.pop(0)
        if values.pop("cancel", False):
            dialog.reject()
        else:
            dialog.set_values(**values)
            dialog.save_button.click()
        return dialog.result() if dialog.result() else QDialog.DialogCode.Rejected


@pytest.fixture
def identity(monkeypatch) -> ScriptedIdentityDialog:
    return ScriptedIdentityDialog(monkeypatch)


# -- attaching ---------------------------------------------------------------------------------------


def test_dropping_a_png_on_the_request_panel_attaches_it(panel, workbench, request_, tmp_path, boxes):
    scan = make_png(tmp_path / "cni-recto.png")
    changed = []
    panel.changed.connect(changed.append)

    entered, dropped = drop_files(panel, [scan])

    assert entered and dropped
    docs = workbench.documents.of_request(request_.id)
    assert len(docs) == 1
    assert (docs[0].mime, docs[0].size, docs[0].label) == ("image/png", scan.stat().st_size, "cni-recto.png")
    section = panel.documents
    row = table_row(section, 0)
    assert row["label"] == "cni-recto.png"
    assert row["kind"] == "Other"
    assert row["type"] == "PNG"
    assert row["added"].startswith("26 Nov 2026")
    assert row["status"] == "Kept"
    assert section.selected_document().id == docs[0].id
    assert "Document added (PNG)." in timeline_text(panel)
    assert changed == [request_.id]
    assert boxes.shown == []
    assert journal_actions(workbench, "document.attach") == [str(docs[0].id)]


def test_dropping_on_the_documents_section_itself_works_too(panel, workbench, request_, tmp_path, boxes):
    entered, dropped = drop_files(panel.documents, [make_pdf(tmp_path / "scan.pdf")])
    assert entered and dropped
    assert [d.mime for d in workbench.documents.of_request(request_.id)] == ["application/pdf"]


def test_the_drag_is_refused_when_it_carries_no_file(panel):
    mime = QMimeData()
    mime.setText("some text")
    enter = QDragEnterEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert not enter.isAccepted()


@pytest.mark.parametrize("name, content, expected", [
    ("notes.txt", b"Bonjour, voici ma demande d'acces.\n", "is not a JPEG, PNG, TIFF or PDF file"),
    ("empty.png", b"", "is empty (0 bytes)"),
    ("broken.png", None, "cannot be read completely"),
    ("broken.pdf", b"%PDF-1.4\n1 0 obj <<>>\ntrailer\n", "looks like a PDF but cannot be read"),
])
def test_a_refused_file_is_explained_and_nothing_is_stored(panel, workbench, request_, tmp_path, boxes, name,
                                                           content, expected):
    path = tmp_path / name
    if content is None:  # a PNG cut in the middle
        content = make_png(tmp_path / "whole.png").read_bytes()[:300]
    path.write_bytes(content)
    before = vault_files(workbench)

    drop_files(panel, [path])

    assert workbench.documents.of_request(request_.id) == []
    assert vault_files(workbench) == before
    assert panel.documents.table.rowCount() == 0
    [(kind, title, text)] = boxes.shown
    assert kind == "warning" and title == "Document not attached"
    assert name in text and expected in text
    assert "Nothing was stored" in text
    assert journal_actions(workbench, "document.attach") == []


def test_a_good_file_and_a_bad_one_dropped_together(panel, workbench, request_, tmp_path, boxes):
    bad = tmp_path / "lettre.docx"
    bad.write_bytes(b"PK\x03\x04 not a scan")
    drop_files(panel, [make_jpeg(tmp_path / "passeport.jpg"), bad])
    assert [d.label for d in workbench.documents.of_request(request_.id)] == ["passeport.jpg"]
    assert len(boxes.texts("warning")) == 1 and "lettre.docx" in boxes.texts("warning")[0]


def test_attach_button_uses_the_file_dialog(panel, workbench, request_, tmp_path, monkeypatch, boxes):
    pdf = make_pdf(tmp_path / "justificatif.pdf")
    asked = []

    def fake_dialog(parent, caption, directory, filters, *args, **kwargs):
        asked.append((caption, filters))
        return [str(pdf)], filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_dialog))
    panel.documents.buttons["attach"].click()

    assert [d.label for d in workbench.documents.of_request(request_.id)] == ["justificatif.pdf"]
    assert asked[0][0] == "Attach scanned documents"
    assert "*.pdf" in asked[0][1] and "*.tiff" in asked[0][1]


def test_cancelling_the_file_dialog_attaches_nothing(panel, workbench, request_, monkeypatch, boxes):
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    panel.documents.buttons["attach"].click()
    assert workbench.documents.of_request(request_.id) == []
    assert boxes.shown == []


def test_file_too_large_is_refused_before_reading(panel, workbench, request_, tmp_path, boxes):
    big = tmp_path / "huge.tif"
    with open(big, "wb") as f:
        f.seek(50 * 1024 * 1024)
        f.write(b"\0")  # sparse: 50 MB + 1 byte
    drop_files(panel, [big])
    assert workbench.documents.of_request(request_.id) == []
    assert "the limit is 50 MB" in boxes.texts("warning")[0]


def test_no_request_shown_refuses_the_drop(qtbot, workbench, tmp_path, boxes):
    p = RequestPanel(workbench)
    qtbot.addWidget(p)
    entered, dropped = drop_files(p, [make_png(tmp_path / "a.png")])
    assert not entered and not dropped


# -- ID copies and the identity check ------------------------------------------------------------------


@pytest.fixture
def id_copy(panel, workbench, request_, tmp_path, boxes):
    """A PNG dropped on the panel, then marked as an ID copy with the button."""
    drop_files(panel, [make_png(tmp_path / "cni.png")])
    section = panel.documents
    assert section.buttons["id_copy"].text() == "Mark as ID copy"
    section.buttons["id_copy"].click()
    doc = workbench.documents.of_request(request_.id)[0]
    assert doc.kind is DocumentKind.ID_COPY
    return doc


def test_mark_and_unmark_an_id_copy(panel, workbench, request_, id_copy):
    section = panel.documents
    assert table_row(section, 0)["kind"] == "ID copy"
    assert table_row(section, 0)["status"] == "Kept until identity is verified"
    assert section.buttons["id_copy"].text() == "Not an ID copy"
    section.buttons["id_copy"].click()
    assert workbench.documents.get(id_copy.id).kind is DocumentKind.OTHER
    assert section.buttons["id_copy"].text() == "Mark as ID copy"
    assert journal_actions(workbench, "document.kind") == [str(id_copy.id)] * 2


def test_verified_check_destroys_the_id_copy_at_once(panel, workbench, request_, id_copy, identity, boxes):
    blob = blob_path(workbench, id_copy.id)
    assert blob.exists()
    identity.then(method=IdentityMethod.ID_COPY, document_type="Passport", outcome=IdentityOutcome.VERIFIED,
                  note="Name and photo compared")

    assert panel.documents.buttons["identity"].isEnabled()
    panel.documents.buttons["identity"].click()

    dialog = identity.seen[0]
    assert dialog.checked_by.text() == "dpo-test"
    assert "destroyed at once" in dialog.consequence.text()
    doc = workbench.documents.get(id_copy.id)
    assert doc.destroyed_at is not None and not doc.available
    assert not blob.exists()
    section = panel.documents
    assert table_row(section, 0)["status"] == "Destroyed on 26 Nov 2026"
    assert not section.buttons["view"].isEnabled()
    text = timeline_text(panel)
    assert "Identity checked: Copy of an ID document (Passport). Outcome: Verified." in text
    assert "ID copy destroyed on 26 Nov 2026 (identity verified)." in text
    checks = section.checks_label.text()
    assert "Verified" in checks and "Passport" in checks and "dpo-test" in checks
    [check] = workbench.identity.checks(request_.id)
    assert (check.checked_by, check.checked_on, check.method, check.document_type, check.outcome) == (
        "dpo-test", date(2026, 11, 26), IdentityMethod.ID_COPY, "Passport", IdentityOutcome.VERIFIED)
    assert boxes.shown == []


def test_document_type_is_required_for_an_id_copy_check(panel, workbench, request_, id_copy, identity):
    identity.then(method=IdentityMethod.ID_COPY, document_type="", outcome=IdentityOutcome.VERIFIED)
    panel.documents.buttons["identity"].click()
    dialog = identity.seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    error = dialog.errors["document_type"]
    assert error.isVisibleTo(dialog) and "Say which document was checked" in error.text()
    assert workbench.identity.checks(request_.id) == []
    assert workbench.documents.get(id_copy.id).available


def test_doubt_keeps_the_copy(panel, workbench, request_, id_copy, identity):
    identity.then(method=IdentityMethod.ID_COPY, document_type="Residence permit", outcome=IdentityOutcome.DOUBT)
    panel.documents.buttons["identity"].click()
    assert "kept until a check is recorded as verified" in identity.seen[0].consequence.text()
    assert workbench.documents.get(id_copy.id).available
    assert table_row(panel.documents, 0)["status"] == "Kept until identity is verified"
    assert "Outcome: Doubt: more information needed." in timeline_text(panel)


def test_the_document_type_offers_french_suggestions(panel, request_, identity, workbench):
    dialog = panel.documents.identity_dialog()
    suggestions = [dialog.document_type.itemText(i) for i in range(dialog.document_type.count())]
    assert suggestions == ["Identity card", "Passport", "Residence permit", "Driving licence"]
    assert dialog.document_type.isEditable()
    assert dialog.on.maximumDate().toPython() == date(2026, 11, 26)
    assert dialog.on.minimumDate().toPython() == workbench.requests.detail(request_.id).received_on


def test_grace_period_keeps_the_copy_until_the_purge_timer_runs(qtbot, workbench, clock, request_, tmp_path,
                                                                identity, boxes):
    workbench.settings.set("id_copy_grace_days", 3)
    window = MainWindow(workbench)
    qtbot.addWidget(window)
    assert window.select_request(request_.id)
    panel = window.panel
    assert panel.detail.id == request_.id
    drop_files(panel, [make_png(tmp_path / "cni.png")])
    panel.documents.buttons["id_copy"].click()
    doc = workbench.documents.of_request(request_.id)[0]
    identity.then(method=IdentityMethod.ID_COPY, document_type="Identity card", outcome=IdentityOutcome.VERIFIED)

    panel.documents.buttons["identity"].click()

    assert "kept until 29 Nov 2026" in identity.seen[0].consequence.text()
    assert workbench.documents.get(doc.id).available
    assert table_row(panel.documents, 0)["status"] == "To be destroyed on 29 Nov 2026"
    assert window.purge_timer.isActive() and window.purge_timer.interval() <= 24 * 3600 * 1000

    clock.advance(days=2)
    window.purge_timer.timeout.emit()
    assert workbench.documents.get(doc.id).available

    clock.advance(days=2)  # four days after the check
    window.purge_timer.timeout.emit()
    assert not workbench.documents.get(doc.id).available
    assert table_row(panel.documents, 0)["status"] == "Destroyed on 30 Nov 2026"
    assert "ID copy destroyed on 30 Nov 2026 (identity verified)." in timeline_text(panel)
    assert "1 ID copy(ies) destroyed" in window.statusBar().currentMessage()


def test_marking_an_id_copy_after_verification_asks_first(panel, workbench, request_, tmp_path, identity, boxes):
    identity.then(method=IdentityMethod.ACCOUNT, document_type="", outcome=IdentityOutcome.VERIFIED)
    panel.documents.buttons["identity"].click()
    assert "No ID copy is kept" in identity.seen[0].consequence.text()
    drop_files(panel, [make_png(tmp_path / "late-copy.png")])
    doc = workbench.documents.of_request(request_.id)[0]

    boxes.answers.append(QMessageBox.StandardButton.No)
    panel.documents.buttons["id_copy"].click()
    assert workbench.documents.get(doc.id).kind is DocumentKind.OTHER
    assert "destroyed at once" in boxes.texts("question")[0]

    boxes.answers.append(QMessageBox.StandardButton.Yes)
    panel.documents.buttons["id_copy"].click()
    assert not workbench.documents.get(doc.id).available


def test_destroy_a_document_after_confirmation(panel, workbench, request_, tmp_path, boxes):
    drop_files(panel, [make_pdf(tmp_path / "courrier.pdf")])
    doc = workbench.documents.of_request(request_.id)[0]
    boxes.answers += [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    panel.documents.buttons["destroy"].click()
    assert workbench.documents.get(doc.id).available
    panel.documents.buttons["destroy"].click()
    assert not workbench.documents.get(doc.id).available
    assert "Document destroyed on 26 Nov 2026 (destroyed by the DPO)." in timeline_text(panel)


def test_an_id_copy_attached_elsewhere_shows_in_the_panel(qtbot, workbench, request_, tmp_path):
    workbench.documents.attach_file(request_.id, make_jpeg(tmp_path / "cni.jpg"), id_copy=True)  # e.g. by the CLI
    p = RequestPanel(workbench)
    qtbot.addWidget(p)
    p.show_request(request_.id)
    assert table_row(p.documents, 0)["kind"] == "ID copy"
    assert "ID copy added (JPEG)." in timeline_text(p)


def test_closed_request_cannot_take_an_identity_check(qtbot, workbench, log_request):
    closed = log_request("Margaux Fontaine", state="closed")
    p = RequestPanel(workbench)
    qtbot.addWidget(p)
    p.show_request(closed.id)
    assert not p.documents.buttons["identity"].isEnabled()
    assert p.documents.buttons["attach"].isEnabled()


# -- a damaged file ----------------------------------------------------------------------------------------


def test_a_damaged_blob_is_reported_and_the_panel_keeps_working(panel, workbench, request_, tmp_path, boxes,
                                                               log_request):
    drop_files(panel, [make_png(tmp_path / "cni.png"), make_pdf(tmp_path / "ok.pdf")])
    damaged, intact = workbench.documents.of_request(request_.id)
    blob = blob_path(workbench, damaged.id)
    content = bytearray(blob.read_bytes())
    content[len(content) // 2] ^= 0x01  # one bit flipped on disk
    blob.write_bytes(bytes(content))
    section = panel.documents
    section.select_document(damaged.id)

    assert section.view_selected() is None

    [(kind, title, text)] = boxes.shown
    assert kind == "warning" and title == "Cannot show the document"
    assert "This file is damaged or was altered" in text
    assert journal_actions(workbench, "document.damaged") == [str(damaged.id)]
    assert table_row(section, 0)["status"] == "Damaged or altered"
    # the rest keeps working: the other document opens, another request shows, a new file attaches
    section.select_document(intact.id)
    viewer = section.view_selected()
    assert viewer is not None and viewer.page_count == 3
    viewer.close()
    other = log_request("Karim Benali")
    panel.show_request(other.id)
    drop_files(panel, [make_jpeg(tmp_path / "passeport.jpg")])
    assert [d.label for d in workbench.documents.of_request(other.id)] == ["passeport.jpg"]
    assert len(boxes.shown) == 1


def test_the_purge_waits_while_a_key_rotation_runs(qtbot, workbench, clock, request_, tmp_path, boxes):
    import threading

    from dpo_workbench.ui.widgets.background import BackgroundTask

    workbench.settings.set("id_copy_grace_days", 1)
    doc = workbench.documents.attach_file(request_.id, make_png(tmp_path / "cni.png"), id_copy=True)
    workbench.identity.record(request_.id, method=IdentityMethod.ID_COPY, document_type="Passport",
                                    outcome=IdentityOutcome.VERIFIED)
    clock.advance(days=2)
    window = MainWindow(workbench)
    qtbot.addWidget(window)
    release = threading.Event()
    rotation_like = BackgroundTask(lambda: release.wait(5), exclusive=True)
    with qtbot.waitSignal(rotation_like.finished, timeout=5000):
        rotation_like.start()
        assert window.purge_due_documents() == 0
        assert workbench.documents.get(doc.id).available
        release.set()
    assert window.purge_due_documents() == 1
    assert not workbench.documents.get(doc.id).available
