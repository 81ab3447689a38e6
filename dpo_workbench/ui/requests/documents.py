"""The documents of a request and its identity checks, inside the request panel.

Scans come in by drag-and-drop or a file dialog; the workbench checks their
content (JPEG, PNG, TIFF or PDF, readable, at most 50 MB) and encrypts them,
so a refused file is explained and nothing is stored. Viewing decrypts in
memory only. An ID copy is destroyed once identity is verified (at once, or
after the grace period of the settings): the list then shows when.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.rights import DocumentKind, IdentityOutcome
from dpo_workbench.errors import TransitionError, VaultError
from dpo_workbench.ui.requests.identity import IdentityCheckDialog, checks_html, document_kind_labels
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.forms import fill

if TYPE_CHECKING:
    pass
from dpo_workbench.errors import DocumentDamaged, InputError, NotFound, PermissionDenied
from dpo_workbench.services.documents import DocumentInfo
from dpo_workbench.services.identity import IdentityCheckInfo
from dpo_workbench.services.requests import RequestDetail
from dpo_workbench.ui.widgets.palette import (
    ATTENTION_TEXT,
    ERROR_TEXT,
    FAINT_STYLE,
    FAINT_TEXT,
    TITLE_STYLE,
    colour,
    drop_target_style,
)
from dpo_workbench.workbench import Workbench

MIME_NAMES = {"image/jpeg": "JPEG", "image/png": "PNG", "image/tiff": "TIFF", "application/pdf": "PDF",
              "message/rfc822": "EML", "application/vnd.ms-outlook": "MSG"}
MAIL_SUFFIXES = (".eml", ".msg", ".mbox", ".mbx")  # dropped e-mails are imported by the window
MAIL_MIMES = ("message/rfc822", "application/vnd.ms-outlook")
SCAN_PATTERNS = "*.jpg *.jpeg *.png *.tif *.tiff *.pdf"
COLUMNS = ("document", "kind", "status")  # the document cell also gives its type, size and date added
STATUS_WIDTH = 140
VISIBLE_ROWS = 5


def local_date(instant: datetime) -> date:
    """The date in France of a stored instant."""
    return instant.astimezone(PARIS).date()


def file_size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files a drag carries (folders and remote URLs are left out).

    E-mails (.eml, .msg, mbox) are left out too: they go on to the window, which imports them.
    """
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()
            and Path(url.toLocalFile()).suffix.lower() not in MAIL_SUFFIXES]


def open_document(workbench: Workbench, document_id: int, parent: QWidget | None = None) -> QDialog | None:
    """Decrypt a document in memory and show it; a damaged file gets its message and None."""
    try:
        info = workbench.documents.get(document_id)
        data = workbench.documents.read(document_id)  # journaled as a view, or as damaged
    except DocumentDamaged as exc:
        QMessageBox.warning(parent, QApplication.translate("Documents", "Cannot show the document"),
                            messages.text(exc) + " "
                            + QApplication.translate("Documents", "The problem is recorded in the journal."))
        return None
    except NotFound as exc:
        QMessageBox.warning(parent, QApplication.translate("Documents", "Cannot show the document"),
                            messages.text(exc))
        return None
    kind = document_kind_labels().get(info.kind, info.kind.value)
    name = info.label or fill(QApplication.translate("Documents", "Document %1"), str(info.id))
    if info.mime in MAIL_MIMES:  # an incoming e-mail: shown as text, in memory
        from dpo_workbench.ui.widgets.message_viewer import MessageViewer

        mail = MessageViewer(workbench, data, f"{name} — {kind}", parent)
        del data
        mail.show()
        return mail
    from dpo_workbench.ui.widgets.document_viewer import DocumentViewer  # QtPdf: loaded when a document is opened

    viewer = DocumentViewer(data, info.mime, f"{name} — {kind}", parent)
    del data
    viewer.setWindowModality(Qt.WindowModality.WindowModal)
    viewer.show()
    return viewer


class DocumentsSection(QFrame):
    """Documents list, its buttons, the identity checks; a drop target for scans."""

    changed = Signal()  # documents or identity checks changed: the panel refreshes the request

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.detail: RequestDetail | None = None
        self.documents: list[DocumentInfo] = []
        self.checks: list[IdentityCheckInfo] = []
        self.damaged: set[int] = set()  # documents found damaged in this session
        self.viewer: QDialog | None = None
        self.setObjectName("drop")
        self.setAcceptDrops(True)
        self._set_drop_highlight(False)

        headers = {"document": self.tr("Document"), "kind": self.tr("Kind"), "status": self.tr("Status")}
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([headers[c] for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long file names keep their extension
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, STATUS_WIDTH)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.view_selected())

        self.hint = QLabel(self.tr("Drop scans here, or use Attach… (JPEG, PNG, TIFF or PDF, up to 50 MB)."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(FAINT_STYLE)

        self.buttons: dict[str, QPushButton] = {}
        row = QGridLayout()  # two rows: the panel is narrow, and French labels are long
        for key, label, slot, place in [
            ("attach", self.tr("Attach…"), self.choose_files, (0, 0, 1, 1)),
            ("view", self.tr("View"), self.view_selected, (0, 1, 1, 1)),
            ("destroy", self.tr("Destroy…"), self.destroy_selected, (0, 2, 1, 1)),
            ("id_copy", self.tr("Mark as ID copy"), self.toggle_id_copy, (1, 0, 1, 2)),
        ]:
            button = QPushButton(label)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            self.buttons[key] = button
            row.addWidget(button, *place)

        checks_title = QLabel(self.tr("Identity checks"))
        checks_title.setStyleSheet(TITLE_STYLE)
        self.identity_button = QPushButton(self.tr("Record identity check…"))
        self.identity_button.setAutoDefault(False)
        self.identity_button.clicked.connect(self.record_identity_check)
        self.buttons["identity"] = self.identity_button
        checks_header = QHBoxLayout()
        checks_header.addWidget(checks_title)
        checks_header.addStretch(1)
        checks_header.addWidget(self.identity_button)
        self.checks_label = QLabel()
        self.checks_label.setWordWrap(True)
        self.checks_label.setTextFormat(Qt.TextFormat.RichText)
        self.checks_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.table)
        layout.addWidget(self.hint)
        layout.addLayout(row)
        layout.addSpacing(4)
        layout.addLayout(checks_header)
        layout.addWidget(self.checks_label)
        self.set_request(None)

    # -- showing -------------------------------------------------------------------------------

    def set_request(self, detail: RequestDetail | None) -> None:
        if detail is None or self.detail is None or detail.id != self.detail.id:
            self.damaged.clear()
        self.detail = detail
        self.refresh()

    def refresh(self) -> None:
        """Reload the documents and checks (metadata only: nothing is decrypted)."""
        if self.detail is None:
            self.documents, self.checks = [], []
        else:
            try:
                self.documents = self.workbench.documents.of_request(self.detail.id)
                self.checks = self.workbench.identity.checks(self.detail.id)
            except PermissionDenied:  # a reader, a contributor on another's request: the files stay closed
                self.documents, self.checks = [], []
        selected = self.selected_document()
        self.table.setRowCount(len(self.documents))
        for r, d in enumerate(self.documents):
            values = self.row_values(d)
            cells = {
                "document": f"{values['label']}\n{values['type']} · {values['size']} · {values['added']}",
                "kind": values["kind"],
                "status": values["status"],
            }
            tip = fill(self.tr("%1 — added on %2 by %3"), values["label"], labels.format_datetime(d.added_at),
                       d.added_by)
            for c, key in enumerate(COLUMNS):
                item = QTableWidgetItem(cells[key])
                item.setData(Qt.ItemDataRole.UserRole, d.id)
                item.setToolTip(tip)
                if not d.available:
                    item.setForeground(colour(FAINT_TEXT))
                elif key == "status" and d.id in self.damaged:
                    item.setForeground(colour(ERROR_TEXT))
                elif key == "status" and d.purge_after is not None:
                    item.setForeground(colour(ATTENTION_TEXT))
                self.table.setItem(r, c, item)
        self._fit_rows()
        self.checks_label.setText(checks_html(self.checks))
        if selected is not None:
            self.select_document(selected.id)
        elif self.documents:
            self.table.selectRow(len(self.documents) - 1)
        self._update_buttons()

    def _fit_rows(self) -> None:
        """Rows as tall as their text at the current width; the table as tall as its rows."""
        self.table.resizeRowsToContents()
        self.table.setFixedHeight(self._table_height())

    def _table_height(self) -> int:
        """All rows up to VISIBLE_ROWS, then a scroll bar; room for one empty row when there is none."""
        count = len(self.documents)
        row_height = self.table.rowHeight(0) if count else self.fontMetrics().height() * 2 + 8
        rows = sum(self.table.rowHeight(r) for r in range(min(count, VISIBLE_ROWS))) or row_height
        header = self.table.horizontalHeader().sizeHint().height()
        return header + rows + 2 * self.table.frameWidth() + 2

    def row_values(self, d: DocumentInfo) -> dict[str, str]:
        """What the list says of a document: name, kind, type, size, date added, status."""
        return {
            "label": d.label or fill(self.tr("Document %1"), str(d.id)),
            "kind": document_kind_labels().get(d.kind, d.kind.value),
            "type": MIME_NAMES.get(d.mime, d.mime),
            "size": file_size_text(d.size),
            "added": labels.format_date(local_date(d.added_at)),
            "status": self.status_text(d),
        }

    def status_text(self, d: DocumentInfo) -> str:
        if d.destroyed_at is not None:
            return fill(self.tr("Destroyed on %1"), labels.format_date(local_date(d.destroyed_at)))
        if d.id in self.damaged:
            return self.tr("Damaged or altered")
        if d.purge_after is not None:
            return fill(self.tr("To be destroyed on %1"), labels.format_date(local_date(d.purge_after)))
        if d.is_id_copy:
            return self.tr("Kept until identity is verified")
        return self.tr("Kept")

    def selected_document(self) -> DocumentInfo | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection else []
        item = self.table.item(rows[0].row(), 0) if rows and rows[0].row() < len(self.documents) else None
        if item is None:
            return None
        document_id = item.data(Qt.ItemDataRole.UserRole)
        return next((d for d in self.documents if d.id == document_id), None)

    def select_document(self, document_id: int) -> bool:
        for r, d in enumerate(self.documents):
            if d.id == document_id:
                self.table.selectRow(r)
                return True
        return False

    def _update_buttons(self) -> None:
        d = self.selected_document()
        is_open = self.detail is not None and self.detail.state.is_open
        live = d is not None and d.available
        self.buttons["attach"].setEnabled(self.detail is not None)
        self.buttons["view"].setEnabled(live)
        self.buttons["destroy"].setEnabled(live)
        self.buttons["id_copy"].setEnabled(d is not None and d.available and (is_open or d.is_id_copy))
        self.buttons["id_copy"].setText(self.tr("Not an ID copy") if d is not None and d.is_id_copy
                                        else self.tr("Mark as ID copy"))
        self.buttons["identity"].setEnabled(is_open)

    # -- attaching -------------------------------------------------------------------------------

    def choose_files(self) -> list[DocumentInfo]:
        if self.detail is None:
            return []
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach scanned documents"), "",
            self.tr("Scans (%1);;All files (*)").replace("%1", SCAN_PATTERNS))
        return self.attach_paths([Path(n) for n in names])

    def attach_paths(self, paths: list[Path]) -> list[DocumentInfo]:
        """Attach files to the request; each refused file is explained, the others are kept."""
        if self.detail is None or not paths:
            return []
        attached: list[DocumentInfo] = []
        problems: list[str] = []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in paths:
                try:
                    attached.append(self.workbench.documents.attach_file(self.detail.id, path))
                except InputError as exc:
                    problems.append(messages.text(exc))
                except (VaultError, TransitionError, NotFound) as exc:  # UnsupportedFile is a VaultError
                    problems.append(messages.text(exc))
        finally:
            QApplication.restoreOverrideCursor()
        if attached:
            self.refresh()
            self.select_document(attached[-1].id)
            self.changed.emit()
        if problems:
            title = self.tr("Document not attached") if len(problems) == 1 else self.tr("Documents not attached")
            QMessageBox.warning(self, title, "\n\n".join(problems) + "\n\n" + self.tr("Nothing was stored for "
                                                                                    "the file(s) above."))
        return attached

    # drag-and-drop: on this section and, through `accept_drops_on`, on the whole request panel

    def accept_drops_on(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt API)
        if isinstance(event, QDragEnterEvent):  # before QDragMoveEvent and QDropEvent, its bases
            self.dragEnterEvent(event)
            return True
        if isinstance(event, QDragMoveEvent):
            self.dragMoveEvent(event)
            return True
        if isinstance(event, QDragLeaveEvent):
            self.dragLeaveEvent(event)
            return True
        if isinstance(event, QDropEvent):
            self.dropEvent(event)
            return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802  (Qt API)
        if self.detail is not None and local_files(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self._set_drop_highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802  (Qt API)
        if self.detail is not None and local_files(event):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802  (Qt API)
        self._set_drop_highlight(False)
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802  (Qt API)
        self._set_drop_highlight(False)
        paths = local_files(event)
        if self.detail is None or not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.attach_paths(paths)

    def _set_drop_highlight(self, on: bool) -> None:
        self.setStyleSheet(drop_target_style("drop", on))

    # -- viewing, kind, destroying -----------------------------------------------------------------

    def view_selected(self) -> QDialog | None:
        d = self.selected_document()
        if d is None or not d.available:
            return None
        viewer = open_document(self.workbench, d.id, self)
        if viewer is None:
            self.damaged.add(d.id)
            self.refresh()
            return None
        self.damaged.discard(d.id)
        self.viewer = viewer
        return viewer

    def toggle_id_copy(self) -> DocumentInfo | None:
        d = self.selected_document()
        if d is None or not d.available:
            return None
        kind = DocumentKind.OTHER if d.is_id_copy else DocumentKind.ID_COPY
        if kind is DocumentKind.ID_COPY and self._verified():
            grace = self.workbench.settings.values()["id_copy_grace_days"]
            if grace == 0:
                text = self.tr("Identity is already verified for this request, and ID copies are not kept after "
                               "verification (Settings): this copy will be destroyed at once. Mark it as an ID "
                               "copy and destroy it?")
            else:
                text = self.tr("Identity is already verified for this request: this copy will be destroyed after "
                               "the grace period of %n day(s). Mark it as an ID copy?", "", grace)
            answer = QMessageBox.question(self, self.tr("Mark as ID copy"), text)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        try:
            info = self.workbench.documents.set_kind(d.id, kind)
        except (TransitionError, NotFound) as exc:
            QMessageBox.warning(self, self.tr("Not possible"), messages.text(exc))
            return None
        self.refresh()
        self.changed.emit()
        return info

    def destroy_selected(self) -> bool:
        d = self.selected_document()
        if d is None or not d.available:
            return False
        answer = QMessageBox.question(
            self, self.tr("Destroy the document"),
            self.tr("Destroy this document now? Its key is erased and its file removed from the vault: it "
                    "cannot be recovered. The timeline keeps a note that it was destroyed."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.workbench.documents.destroy(d.id)
        self.refresh()
        self.changed.emit()
        return True

    # -- identity checks ---------------------------------------------------------------------------

    def _verified(self) -> bool:
        return any(c.outcome is IdentityOutcome.VERIFIED for c in self.checks)

    def identity_dialog(self) -> IdentityCheckDialog:
        assert self.detail is not None, "identity checks belong to a request"
        copies = sum(1 for d in self.documents if d.is_id_copy and d.available)
        return IdentityCheckDialog(self.workbench, self.detail, copies, self)

    def record_identity_check(self) -> bool:
        if self.detail is None:
            return False
        dialog = self.identity_dialog()
        if dialog.exec() != IdentityCheckDialog.DialogCode.Accepted or dialog.saved is None:
            return False
        for warning in dialog.saved.warnings:
            QMessageBox.warning(self, self.tr("Please note"), messages.text(warning))
        self.refresh()
        self.changed.emit()
        return True
