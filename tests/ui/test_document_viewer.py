"""The document viewer: images with zoom and rotation (multi-page TIFF page by page), PDFs page by page
with QtPdf, all decrypted in memory: no file with the document's content appears anywhere."""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path
from stat import S_ISREG

import pytest
from PySide6.QtCore import QSize
from PySide6.QtPdfWidgets import QPdfView

from dpo_workbench.ui.requests.panel import RequestPanel
from dpo_workbench.ui.widgets.document_viewer import DocumentViewer, first_pdf_page_ms

from .conftest import journal_actions
from .test_documents import drop_files, make_pdf, make_png, make_tiff

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def panel(qtbot, workbench, log_request):
    p = RequestPanel(workbench)
    qtbot.addWidget(p)
    p.resize(560, 1200)
    p.show_request(log_request("Inès Haddad").id)
    return p


def attach_and_view(panel, qtbot, path: Path) -> DocumentViewer:
    drop_files(panel, [path])
    viewer = panel.documents.view_selected()
    assert viewer is not None
    qtbot.addWidget(viewer)
    viewer.resize(800, 700)
    return viewer


# -- images -------------------------------------------------------------------------------------------


def test_an_image_is_shown_and_zoom_and_rotation_change_its_size_on_screen(panel, qtbot, tmp_path, workbench):
    viewer = attach_and_view(panel, qtbot, make_png(tmp_path / "cni.png", size=(400, 300)))
    view = viewer.image_view
    assert viewer.stack.currentWidget() is view
    assert view.item.pixmap().size() == QSize(400, 300)
    assert viewer.page_count == 1 and not viewer.buttons["next"].isVisibleTo(viewer)
    assert journal_actions(workbench, "document.view") == [str(panel.documents.documents[0].id)]

    view.zoom = 1.0
    view._apply()
    start = view.displayed_size()
    assert (start.width(), start.height()) == pytest.approx((400, 300))

    viewer.buttons["zoom_in"].click()
    bigger = view.displayed_size()
    assert view.zoom == pytest.approx(1.25)
    assert (bigger.width(), bigger.height()) == pytest.approx((500, 375))
    assert viewer.zoom_label.text() == "125 %"

    viewer.buttons["zoom_out"].click()
    viewer.buttons["zoom_out"].click()
    assert view.zoom == pytest.approx(0.8)
    assert view.displayed_size().width() == pytest.approx(320)

    viewer.buttons["rotate_right"].click()
    turned = view.displayed_size()
    assert view.rotation == 90
    assert (turned.width(), turned.height()) == pytest.approx((240, 320))  # width and height swap
    assert view.transform().m12() != 0  # a rotation, not only a scale
    viewer.buttons["rotate_left"].click()
    viewer.buttons["rotate_left"].click()
    assert view.rotation == 270

    viewer.buttons["fit"].click()
    fitted = view.displayed_size()
    assert fitted.height() <= view.viewport().height() and fitted.width() <= view.viewport().width()
    assert max(fitted.height() - view.viewport().height(), fitted.width() - view.viewport().width()) > -10


def test_a_multi_page_tiff_is_shown_page_by_page(panel, qtbot, tmp_path):
    viewer = attach_and_view(panel, qtbot, make_tiff(tmp_path / "scan.tif"))
    assert viewer.page_count == 3
    assert viewer.page_label.text() == "Page 1 of 3"
    assert viewer.image_view.item.pixmap().size() == QSize(300, 200)
    assert not viewer.buttons["previous"].isEnabled()
    viewer.buttons["next"].click()
    assert viewer.page_label.text() == "Page 2 of 3"
    assert viewer.image_view.item.pixmap().size() == QSize(200, 300)
    viewer.buttons["next"].click()
    assert viewer.image_view.item.pixmap().size() == QSize(250, 250)
    assert not viewer.buttons["next"].isEnabled()
    viewer.buttons["previous"].click()
    assert viewer.page == 1


# -- PDF ------------------------------------------------------------------------------------------------


def test_a_multi_page_pdf_is_shown_page_by_page(panel, qtbot, tmp_path):
    viewer = attach_and_view(panel, qtbot, make_pdf(tmp_path / "letter.pdf", pages=4))
    assert viewer.pdf_view is not None and viewer.stack.currentWidget() is viewer.pdf_view
    assert viewer.pdf_document.pageCount() == 4 and viewer.page_count == 4
    assert viewer.pdf_view.pageMode() == QPdfView.PageMode.SinglePage
    assert viewer.page_label.text() == "Page 1 of 4"
    assert not viewer.buttons["rotate_left"].isVisibleTo(viewer)

    viewer.buttons["next"].click()
    assert viewer.pdf_view.pageNavigator().currentPage() == 1
    assert viewer.page_label.text() == "Page 2 of 4"
    viewer.buttons["next"].click()
    viewer.buttons["previous"].click()
    assert viewer.pdf_view.pageNavigator().currentPage() == 1

    fitted = viewer.pdf_zoom()
    viewer.buttons["zoom_in"].click()
    assert viewer.pdf_view.zoomMode() == QPdfView.ZoomMode.Custom
    assert viewer.pdf_view.zoomFactor() == pytest.approx(fitted * 1.25)
    viewer.buttons["fit"].click()
    assert viewer.pdf_view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert viewer.pdf_zoom() == pytest.approx(fitted, rel=0.01)
    image = viewer.pdf_document.render(1, QSize(200, 280))
    assert not image.isNull()


def test_bytes_that_are_not_a_readable_pdf_give_a_message(qtbot):
    viewer = DocumentViewer(b"%PDF-1.4\nnot really a pdf", "application/pdf")
    qtbot.addWidget(viewer)
    assert viewer.stack.currentWidget() is viewer.message
    assert "This PDF cannot be shown" in viewer.message.text()
    assert not viewer.buttons["zoom_in"].isEnabled()


def test_first_pdf_page_timing_function(qapp, tmp_path):
    ms = first_pdf_page_ms(make_pdf(tmp_path / "twenty.pdf", pages=20).read_bytes())
    assert 0 < ms < 5000


# -- never a decrypted file on disk ---------------------------------------------------------------------


def snapshot(*roots: Path) -> dict[Path, tuple[int, int]]:
    files = {}
    for root in roots:
        for folder, _dirs, names in os.walk(root):
            for name in names:
                path = Path(folder) / name
                try:
                    stat = path.lstat()
                except OSError:
                    continue
                if S_ISREG(stat.st_mode):  # a FIFO another program left in /tmp would block reading it
                    files[path] = (stat.st_mtime_ns, stat.st_size)
    return files


def holding(paths, marker: bytes) -> list[Path]:
    found = []
    for path in paths:
        try:
            if marker in path.read_bytes():
                found.append(path)
        except OSError:
            continue
    return found


def test_viewing_writes_no_file_with_the_document_content(panel, qtbot, tmp_path, workbench, monkeypatch):
    marker = b"MARKER-" + uuid.uuid4().hex.encode()
    sources = tmp_path / "sources"
    sources.mkdir()
    png = make_png(sources / "cni.png", marker=marker)
    pdf = make_pdf(sources / "justificatif.pdf", pages=2, marker=marker)
    assert marker in png.read_bytes() and marker in pdf.read_bytes()
    drop_files(panel, [png, pdf])
    section = panel.documents
    image_doc, pdf_doc = section.documents
    roots = [Path(tempfile.gettempdir()), workbench.data_dir]
    before = snapshot(*roots)

    def no_temporary_file(*args, **kwargs):
        raise AssertionError("a temporary file was asked for while viewing")

    for name in ("mkstemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "mkdtemp"):
        monkeypatch.setattr(tempfile, name, no_temporary_file)
    viewers = []
    for doc in (image_doc, pdf_doc):
        section.select_document(doc.id)
        viewer = section.view_selected()  # deleted on close: not handed to qtbot
        viewer.grab()  # painted, as on screen
        if viewer.pdf_view is not None:
            viewer.buttons["next"].click()
            viewer.grab()
        viewers.append(viewer)
    for viewer in viewers:
        viewer.close()
    monkeypatch.undo()

    after = snapshot(*roots)
    new_or_changed = [p for p, stamp in after.items() if before.get(p) != stamp and sources not in p.parents]
    assert holding(new_or_changed, marker) == []
    # and the data folder holds the content nowhere, in any file: it is encrypted
    assert holding(snapshot(workbench.data_dir), marker) == []
    assert journal_actions(workbench, "document.view") == [str(image_doc.id), str(pdf_doc.id)]
