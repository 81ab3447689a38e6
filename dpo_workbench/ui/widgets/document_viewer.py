"""Showing a decrypted document inside the application, from memory only.

The bytes come from `Workbench.read_document` and never touch the disk:
images are decoded from a QBuffer (Pillow, in memory, if Qt's decoder
refuses a page), PDFs are opened by QPdfDocument from a QBuffer over the
same bytes. Nothing offers to save, print or copy the document; closing
the viewer drops the only references to the decrypted content.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from io import BytesIO

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEvent, QIODevice, QPointF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QPainter, QPixmap, QShortcut, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.ui.widgets.palette import ERROR_STYLE

PDF = "application/pdf"
_QT_FORMATS = {"image/jpeg": b"jpeg", "image/png": b"png", "image/tiff": b"tiff"}
ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.05, 16.0


def _screen_resolution() -> float:
    """Pixels per PDF point at zoom 1, as QPdfView computes it (logical DPI / 72)."""
    screen = QApplication.primaryScreen()
    return (screen.logicalDotsPerInch() if screen else 96) / 72


def _reader(data: QByteArray, mime: str) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    # only the decoder of the type checked on attach may run on the content
    reader = QImageReader(buffer, QByteArray(_QT_FORMATS[mime]))
    reader.setAutoTransform(True)  # a JPEG's EXIF orientation
    return reader, buffer


def _pillow_page(data: bytes, index: int) -> QImage:
    """A page decoded by Pillow in memory: the fallback for a TIFF compression Qt does not read."""
    from PIL import Image, ImageOps

    with Image.open(BytesIO(data)) as image:
        image.seek(index)
        frame = ImageOps.exif_transpose(image.convert("RGBA"))
        raw = frame.tobytes("raw", "RGBA")
        return QImage(raw, frame.width, frame.height, frame.width * 4, QImage.Format.Format_RGBA8888).copy()


def image_page_count(data: QByteArray, mime: str) -> int:
    reader, _buffer = _reader(data, mime)
    count = reader.imageCount()
    if count <= 0 and mime == "image/tiff":
        from PIL import Image

        with Image.open(BytesIO(data.data())) as image:
            count = getattr(image, "n_frames", 1)
    return max(count, 1)


def decode_image_page(data: QByteArray, mime: str, index: int) -> QImage:
    """Page `index` of an image (multi-page TIFF) as a QImage; a null QImage if it cannot be read."""
    reader, _buffer = _reader(data, mime)
    if index and not reader.jumpToImage(index):
        image = QImage()
    else:
        image = reader.read()
    if image.isNull():
        try:
            image = _pillow_page(bytes(data.data()), index)
        except Exception:  # noqa: BLE001  (any decoder failure: the viewer says it cannot show the page)
            image = QImage()
    return image


class ImageView(QGraphicsView):
    """One image page, zoomed and rotated by a view transform (the image itself is not changed)."""

    transform_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.zoom = 1.0
        self.rotation = 0
        self.fitting = True

    def set_image(self, image: QImage) -> None:
        self.item.setPixmap(QPixmap.fromImage(image))
        self.scene().setSceneRect(self.item.boundingRect())
        self.fit()

    def displayed_size(self) -> QSizeF:
        """The size of the page on screen, in pixels (after zoom and rotation)."""
        return self.transform().mapRect(self.item.sceneBoundingRect()).size()

    def _apply(self) -> None:
        self.setTransform(QTransform().rotate(self.rotation).scale(self.zoom, self.zoom))
        self.transform_changed.emit()

    def fit(self) -> None:
        """The whole page in the window."""
        self.fitting = True
        rect = self.item.boundingRect()
        if rect.isEmpty():
            return
        rotated = QTransform().rotate(self.rotation).mapRect(rect)
        viewport = self.viewport().size()
        self.zoom = max(MIN_ZOOM, min((viewport.width() - 4) / rotated.width(),
                                      (viewport.height() - 4) / rotated.height(), MAX_ZOOM))
        self._apply()
        self.centerOn(self.item)

    def zoom_by(self, factor: float) -> None:
        self.fitting = False
        self.zoom = max(MIN_ZOOM, min(self.zoom * factor, MAX_ZOOM))
        self._apply()

    def rotate_by(self, degrees: int) -> None:
        self.rotation = (self.rotation + degrees) % 360
        if self.fitting:
            self.fit()
        else:
            self._apply()

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt API)
        super().resizeEvent(event)
        if self.fitting:
            self.fit()

    def wheelEvent(self, event) -> None:  # noqa: N802  (Qt API)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP)
        else:
            super().wheelEvent(event)


class DocumentViewer(QDialog):
    """A decrypted document: images with zoom and rotation, PDFs page by page, all from memory."""

    def __init__(self, data: bytes, mime: str, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Document"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.mime = mime
        self._data = QByteArray(data)
        self.page = 0
        self.page_count = 1

        self.buttons: dict[str, QPushButton] = {}
        tools = QHBoxLayout()
        for key, label, tip, slot in [
            ("previous", self.tr("◀ Previous page"), self.tr("Previous page (Page Up)"), self.previous_page),
            ("next", self.tr("Next page ▶"), self.tr("Next page (Page Down)"), self.next_page),
            ("zoom_out", self.tr("Zoom out"), self.tr("Zoom out (Ctrl+-)"), self.zoom_out),
            ("zoom_in", self.tr("Zoom in"), self.tr("Zoom in (Ctrl++)"), self.zoom_in),
            ("fit", self.tr("Whole page"), self.tr("Show the whole page (Ctrl+0)"), self.fit),
            ("rotate_left", self.tr("Rotate left"), self.tr("Turn the page a quarter to the left"),
             lambda: self.rotate(-90)),
            ("rotate_right", self.tr("Rotate right"), self.tr("Turn the page a quarter to the right"),
             lambda: self.rotate(90)),
        ]:
            button = QPushButton(label)
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            self.buttons[key] = button
            tools.addWidget(button)
            if key == "next":
                self.page_label = QLabel()
                self.page_label.setMinimumWidth(110)
                self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
                tools.insertWidget(1, self.page_label)
                tools.addSpacing(16)
        tools.addStretch(1)
        self.zoom_label = QLabel()
        tools.addWidget(self.zoom_label)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        tools.addWidget(close)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet(ERROR_STYLE + " font-size: 12pt; padding: 24px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.image_view: ImageView | None = None
        self.pdf_view: QPdfView | None = None
        self.pdf_document: QPdfDocument | None = None
        self._pdf_buffer: QBuffer | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)

        shortcuts: list[tuple[QKeySequence, Callable[[], None]]] = [
            (QKeySequence(QKeySequence.StandardKey.ZoomIn), self.zoom_in), (QKeySequence("Ctrl+="), self.zoom_in),
            (QKeySequence(QKeySequence.StandardKey.ZoomOut), self.zoom_out), (QKeySequence("Ctrl+0"), self.fit),
            (QKeySequence("PgDown"), self.next_page), (QKeySequence("PgUp"), self.previous_page)]
        for keys, slot in shortcuts:
            QShortcut(keys, self).activated.connect(slot)

        if mime == PDF:
            self._open_pdf()
        elif mime in _QT_FORMATS:
            self._open_image()
        else:
            self.show_message(self.tr("This type of file cannot be shown here."))
        self._update_controls()
        screen = QApplication.primaryScreen()
        available = screen.availableGeometry().size() if screen else QSize(1280, 1000)
        self.resize(min(980, int(available.width() * 0.9)), min(1100, int(available.height() * 0.9)))

    # -- opening --------------------------------------------------------------------------

    def _open_image(self) -> None:
        self.page_count = image_page_count(self._data, self.mime)
        self.image_view = ImageView()
        self.image_view.transform_changed.connect(self._update_controls)
        self.image_view.viewport().installEventFilter(self)
        self.stack.addWidget(self.image_view)
        self.stack.setCurrentWidget(self.image_view)
        self.show_page(0)

    def _open_pdf(self) -> None:
        self._pdf_buffer = QBuffer(self)
        self._pdf_buffer.setData(self._data)
        self._pdf_buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(self._pdf_buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
            self.show_message(self.tr("This PDF cannot be shown: it is damaged or uses features the viewer "
                                      "does not support."))
            return
        self.pdf_document = document
        self.page_count = document.pageCount()
        view = QPdfView()
        view.setDocument(document)
        view.setPageMode(QPdfView.PageMode.SinglePage)
        view.setZoomMode(QPdfView.ZoomMode.FitInView)
        view.zoomFactorChanged.connect(self._update_controls)
        view.pageNavigator().currentPageChanged.connect(self._pdf_page_changed)
        view.viewport().installEventFilter(self)
        self.pdf_view = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self._update_controls()

    # -- pages ----------------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        index = max(0, min(index, self.page_count - 1))
        if self.pdf_view is not None:
            self.pdf_view.pageNavigator().jump(index, QPointF(), self.pdf_view.zoomFactor())
            self.page = index
        elif self.image_view is not None:
            image = decode_image_page(self._data, self.mime, index)
            self.page = index
            if image.isNull():
                self.show_message(self.tr("Page %1 of this image cannot be shown: it is damaged or uses a "
                                          "compression the viewer does not support.").replace("%1", str(index + 1)))
                return
            self.stack.setCurrentWidget(self.image_view)
            self.image_view.set_image(image)
        self._update_controls()

    def _pdf_page_changed(self, page: int) -> None:
        self.page = page
        self._update_controls()

    def next_page(self) -> None:
        if self.page + 1 < self.page_count:
            self.show_page(self.page + 1)

    def previous_page(self) -> None:
        if self.page > 0:
            self.show_page(self.page - 1)

    # -- zoom and rotation ----------------------------------------------------------------

    def zoom_in(self) -> None:
        self._zoom(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom(1 / ZOOM_STEP)

    def _zoom(self, factor: float) -> None:
        if self.pdf_view is not None:
            zoom = max(MIN_ZOOM, min(self.pdf_zoom() * factor, MAX_ZOOM))
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(zoom)
        elif self.image_view is not None:
            self.image_view.zoom_by(factor)
        self._update_controls()

    def pdf_zoom(self) -> float:
        """The PDF's zoom factor, also while it fits the page in the window."""
        view, document = self.pdf_view, self.pdf_document
        assert view is not None and document is not None, "only a PDF has a zoom factor"
        if view.zoomMode() == QPdfView.ZoomMode.Custom:
            return view.zoomFactor()
        page = document.pagePointSize(self.page) * _screen_resolution()
        viewport = view.viewport().size()
        margins = view.documentMargins()
        width = max(1, viewport.width() - margins.left() - margins.right())
        height = max(1, viewport.height() - margins.top() - margins.bottom())
        if view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return width / max(page.width(), 1)
        return min(width / max(page.width(), 1), height / max(page.height(), 1))

    def fit(self) -> None:
        if self.pdf_view is not None:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitInView)
        elif self.image_view is not None:
            self.image_view.fit()
        self._update_controls()

    def rotate(self, degrees: int) -> None:
        if self.image_view is not None:
            self.image_view.rotate_by(degrees)

    def _update_controls(self) -> None:
        showing = self.stack.currentWidget() is not self.message
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(self.page + 1))
                                .replace("%2", str(self.page_count)))
        several = self.page_count > 1
        for key in ("previous", "next"):
            self.buttons[key].setVisible(several)
        self.page_label.setVisible(several)
        self.buttons["previous"].setEnabled(self.page > 0)
        self.buttons["next"].setEnabled(self.page + 1 < self.page_count)
        for key in ("zoom_in", "zoom_out", "fit"):
            self.buttons[key].setEnabled(showing)
        for key in ("rotate_left", "rotate_right"):
            self.buttons[key].setVisible(self.image_view is not None)
            self.buttons[key].setEnabled(showing)
        zoom = None
        if showing and self.pdf_view is not None:
            zoom = self.pdf_zoom()
        elif showing and self.image_view is not None:
            zoom = self.image_view.zoom
        self.zoom_label.setText(f"{zoom * 100:.0f} %" if zoom else "")

    def eventFilter(self, watched, event) -> bool:  # noqa: N802  (Qt API)
        if event.type() == QEvent.Type.Resize:
            self._update_controls()  # a fitted page changes its zoom with the window
        return super().eventFilter(watched, event)

    def closeEvent(self, event) -> None:  # noqa: N802  (Qt API)
        """Drop the decrypted content as soon as the viewer closes."""
        if self.pdf_document is not None:
            self.pdf_document.close()
        if self._pdf_buffer is not None:
            self._pdf_buffer.close()
            self._pdf_buffer.setData(QByteArray())
        if self.image_view is not None:
            self.image_view.item.setPixmap(QPixmap())
        self._data = QByteArray()
        super().closeEvent(event)


def first_pdf_page_ms(pdf_bytes: bytes) -> float:
    """Milliseconds from handing decrypted PDF bytes to the viewer to its first page rendered at the view's size.

    Creates the viewer offscreen-ready (a QApplication must exist or is created), shows it,
    renders page 0 the way QPdfView does for the fitted page, then closes the viewer.
    """
    app = QApplication.instance() or QApplication([])  # noqa: F841  (kept alive for the measurement)
    started = time.perf_counter()
    viewer = DocumentViewer(pdf_bytes, PDF)
    viewer.show()
    view, document = viewer.pdf_view, viewer.pdf_document
    if view is None or document is None:
        _dispose(viewer)
        raise ValueError("the viewer could not open this PDF")
    zoom = viewer.pdf_zoom()
    ratio = view.devicePixelRatioF()
    size = (document.pagePointSize(0) * _screen_resolution() * zoom * ratio).toSize()
    image = document.render(0, size)
    elapsed = (time.perf_counter() - started) * 1000
    _dispose(viewer)
    if image.isNull():
        raise ValueError("the first page could not be rendered")
    return elapsed


def _dispose(viewer: DocumentViewer) -> None:
    """Close and delete the viewer through Qt now (left to Python's collector, QtPdf complains)."""
    viewer.close()  # WA_DeleteOnClose: a deferred delete, run here rather than by a later event loop
    QCoreApplication.sendPostedEvents(viewer, QEvent.Type.DeferredDelete)
