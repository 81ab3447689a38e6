"""Intake in the GUI: drop e-mails on the window, import a folder or an mbox, log a postal letter.

The import runs off the GUI thread (ui/background.py) with a progress
dialog that can be cancelled between two messages; a summary lists what
was created, the follow-ups, the duplicates and the failures with their
reason, and opens a request on a double-click. The request panel shows the
message a request came from, the words its suggested rights were found in,
and lets the DPO confirm or change those rights.
"""

from __future__ import annotations

from dpo_workbench.errors import MailError

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.rights import Channel, DocumentKind, Right
from dpo_workbench.services.intake import (
    MAIL_SUFFIXES,
    POSSIBLE_ID_TYPES,
    ImportOutcome,
    IncomingMessage,
    Scan,
)
from dpo_workbench.ui import labels, messages
from dpo_workbench.ui.background import BackgroundTask, Cancelled, run_in_background
from dpo_workbench.ui.documents import SCAN_PATTERNS, file_size_text
from dpo_workbench.ui.forms import ERROR_STYLE, WARNING_STYLE
from dpo_workbench.ui.request_dialog import NewRequestDialog
from dpo_workbench.errors import VaultError
from dpo_workbench.workbench import Workbench
from dpo_workbench.errors import DocumentDamaged, InputError, NotFound
from dpo_workbench.services.requests import RegisterQuery, RequestDetail

if TYPE_CHECKING:
    from dpo_workbench.ui.main_window import MainWindow

MAIL_PATTERNS = "*.eml *.msg *.mbox *.mbx"
EXCERPT_CHARS = 6000  # the panel shows the start of long messages; the whole one is in the documents
MARK_STYLE = "background:#ffe69c; color:#000;"


# -- what to import ---------------------------------------------------------------------------------


def mail_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The folders and .eml/.msg/.mbox files a drag carries (anything else is left to other targets)."""
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]
    return [p for p in paths if p.is_dir() or p.suffix.lower() in MAIL_SUFFIXES]


@dataclass
class ImportRun:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False


def run_import(workbench: Workbench, paths: list[Path], progress) -> ImportRun:
    """In the worker thread: import batch after batch, reporting progress; stop when cancelled."""
    result = ImportRun()
    progress(0, 0)
    try:
        for done, total, outcomes in workbench.intake.iter_import_batches(paths):
            result.outcomes += outcomes  # committed: they belong to the summary even if cancelled now
            result.total = total
            progress(done, total)
    except Cancelled:
        result.cancelled = True
    return result


# -- words ---------------------------------------------------------------------------------------------


def status_labels() -> dict[str, str]:
    return {
        "created": QCoreApplication.translate("Intake", "Created"),
        "follow-up": QCoreApplication.translate("Intake", "Follow-up"),
        "duplicate": QCoreApplication.translate("Intake", "Duplicate"),
        "failed": QCoreApplication.translate("Intake", "Failed"),
    }


def received_source_labels() -> dict[str, str]:
    return {
        "date": QCoreApplication.translate("Intake", "from the message's Date header"),
        "received": QCoreApplication.translate(
            "Intake", "from the newest Received: header (the Date header is missing, malformed or in the future)"),
        "file": QCoreApplication.translate(
            "Intake", "from the file's modification time (no usable date in the message): check it"),
        "now": QCoreApplication.translate("Intake", "the time of the import (no usable date anywhere): check it"),
    }


def outcome_details(outcome: ImportOutcome) -> str:
    if outcome.status == "failed":
        return messages.text(outcome.error)
    if outcome.status == "duplicate":
        return QCoreApplication.translate("Intake", "Already imported: nothing was added.")
    lines = []
    kept = len(outcome.kept)
    if outcome.status == "follow-up":
        lines.append(QCoreApplication.translate(
            "Intake", "Attached to the sender's open request, with %n attachment(s).", "", kept))
    else:
        lines.append(QCoreApplication.translate("Intake", "Rights suggested: %1. Language: %2.")
                     .replace("%1", labels.rights_text(outcome.rights))
                     .replace("%2", labels.language_labels()[outcome.language]))
        if kept:
            lines[-1] += " " + QCoreApplication.translate("Intake", "%n attachment(s) kept.", "", kept)
        if outcome.received_source != "date":
            source = received_source_labels().get(outcome.received_source, outcome.received_source)
            lines.append(QCoreApplication.translate("Intake", "Received time taken %1.").replace("%1", source))
        if outcome.name_to_check:
            lines.append(QCoreApplication.translate(
                "Intake", "No name in the message: the name was made from the address; check it."))
    for left in outcome.left_out:
        lines.append(QCoreApplication.translate(
            "Intake", "Not kept as a document (it stays inside the stored message): %1").replace("%1", left.label))
    return "\n".join(lines)


def intake_timeline_text(entry) -> str:
    """The timeline's sentences for imported e-mails, follow-ups and confirmed rights."""
    d = entry.detail
    if entry.kind == "e-mail-imported":
        source = received_source_labels().get(d.get("source", ""), d.get("source", ""))
        text = QCoreApplication.translate("Timeline", "Imported from an e-mail; received time taken %1.").replace(
            "%1", source)
        if d.get("separated_from"):
            text += " " + QCoreApplication.translate(
                "Timeline", "It had first been attached to %1 as a follow-up.").replace("%1", d["separated_from"])
        return text
    if entry.kind == "follow-up-separated":
        return QCoreApplication.translate(
            "Timeline", "A follow-up e-mail was made a request of its own: %1.").replace("%1", d.get("reference", ""))
    if entry.kind == "follow-up-received":
        return QCoreApplication.translate("Timeline", "Follow-up e-mail received, with %n attachment(s).", "",
                                          int(d.get("attachments", 0)))
    rights = labels.rights_text([Right(c) for c in d.get("rights", []) if c in {r.value for r in Right}])
    return QCoreApplication.translate("Timeline", "Rights confirmed by the DPO: %1.").replace("%1", rights)


# -- the summary -----------------------------------------------------------------------------------------


class ImportSummaryDialog(QDialog):
    """Created, follow-ups, duplicates and failures with the reason; a double-click opens the request."""

    open_reference = Signal(str)
    separated = Signal(str)  # a follow-up became a request of its own: the register refreshes
    COLUMNS = ("file", "status", "reference", "details")

    def __init__(self, run: ImportRun, parent: QWidget | None = None, workbench: Workbench | None = None):
        super().__init__(parent)
        self.run = run
        self.workbench = workbench
        self.setWindowTitle(self.tr("E-mail import"))
        self.resize(1000, 520)
        counts = {s: sum(1 for o in run.outcomes if o.status == s) for s in status_labels()}
        self.headline = QLabel(self.tr("%n message(s): created %1, follow-ups %2, duplicates %3, failed %4.", "",
                                       len(run.outcomes))
                               .replace("%1", str(counts["created"])).replace("%2", str(counts["follow-up"]))
                               .replace("%3", str(counts["duplicate"])).replace("%4", str(counts["failed"])))
        self.headline.setStyleSheet("font-weight: 600;")
        self.cancelled = QLabel(self.tr("Import cancelled: %1 of %2 message(s) were handled; the others were not "
                                        "imported.").replace("%1", str(len(run.outcomes)))
                                .replace("%2", str(run.total)))
        self.cancelled.setStyleSheet(WARNING_STYLE)
        self.cancelled.setWordWrap(True)
        self.cancelled.setVisible(run.cancelled)

        headers = {"file": self.tr("File"), "status": self.tr("Result"), "reference": self.tr("Request"),
                   "details": self.tr("Details")}
        self.table = QTableWidget(len(run.outcomes), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([headers[c] for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in zip(self.COLUMNS, (220, 90, 120)):
            self.table.setColumnWidth(self.COLUMNS.index(column), width)
        for row, outcome in enumerate(run.outcomes):
            self._fill_row(row, outcome)
        self.table.itemDoubleClicked.connect(self._open_item)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = QPushButton(self.tr("Open request"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_selected)
        self.separate_button = QPushButton(self.tr("Make it a new request"))
        self.separate_button.setToolTip(self.tr("This message came from a sender with an open request and was "
                                                "attached to it: make it a request of its own instead."))
        buttons.addButton(self.separate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.separate_button.clicked.connect(self.separate_selected)
        self.separate_button.setVisible(workbench is not None and any(o.status == "follow-up"
                                                                       for o in run.outcomes))
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.cancelled)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._update_buttons()

    def _fill_row(self, row: int, outcome: ImportOutcome) -> None:
        colours = {"created": "#0f5132", "follow-up": "#084298", "duplicate": "#495057", "failed": "#b02a37"}
        name = Path(outcome.file.split("#")[0]).name
        if "#" in outcome.file:  # a message of an mbox file
            name += f" #{outcome.file.rsplit('#', 1)[1]}"
        values = {"file": name, "status": status_labels()[outcome.status], "reference": outcome.reference,
                  "details": outcome_details(outcome)}
        for column, key in enumerate(self.COLUMNS):
            item = QTableWidgetItem(values[key])
            if key == "file":
                item.setToolTip(outcome.file)
            if key == "status":
                item.setData(Qt.ItemDataRole.ForegroundRole, _brush(colours[outcome.status]))
            item.setData(Qt.ItemDataRole.UserRole, outcome.reference)
            self.table.setItem(row, column, item)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(bool(self.selected_reference()))
        outcome = self.selected_outcome()
        self.separate_button.setEnabled(outcome is not None and outcome.status == "follow-up")

    def selected_outcome(self) -> ImportOutcome | None:
        rows = self.table.selectionModel().selectedRows()
        return self.run.outcomes[rows[0].row()] if rows else None

    def separate_selected(self) -> str | None:
        """The selected follow-up becomes a request of its own; its row says so."""
        outcome = self.selected_outcome()
        if self.workbench is None or outcome is None or outcome.status != "follow-up":
            return None
        self.error.hide()
        try:
            reference = self.workbench.intake.separate_follow_up(outcome.document_id)
        except (InputError, NotFound, VaultError) as exc:
            self.error.setText(messages.text(exc) if isinstance(exc, VaultError) else str(exc))
            self.error.show()
            return None
        outcome.status, outcome.reference = "created", reference
        row = self.run.outcomes.index(outcome)
        self._fill_row(row, outcome)
        self._update_buttons()
        self.separated.emit(reference)
        self.open_reference.emit(reference)
        return reference

    def selected_reference(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else ""

    def _open_item(self, item: QTableWidgetItem) -> None:
        reference = item.data(Qt.ItemDataRole.UserRole)
        if reference:
            self.open_reference.emit(reference)

    def open_selected(self) -> None:
        reference = self.selected_reference()
        if reference:
            self.open_reference.emit(reference)


def _brush(colour: str):
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(colour))


# -- the message in the request panel ---------------------------------------------------------------------


def highlighted_html(incoming: IncomingMessage) -> str:
    """Subject and start of the body, the words the suggestions come from marked."""
    from dpo_workbench.intake.suggest import highlight_spans

    text = incoming.text
    limit = len(incoming.subject) + 1 + EXCERPT_CHARS
    shown = text[:limit]
    out, last = [], 0
    for start, end in highlight_spans(list(incoming.suggestions)):
        if start >= limit:
            break
        out.append(html.escape(shown[last:start]))
        out.append(f"<span style='{MARK_STYLE}'>{html.escape(shown[start:min(end, limit)])}</span>")
        last = min(end, limit)
    out.append(html.escape(shown[last:]))
    marked = "".join(out)
    subject_end = marked.find("\n")
    subject, body = (marked[:subject_end], marked[subject_end + 1:]) if subject_end >= 0 else (marked, "")
    more = ""
    if len(text) > limit:
        note = QCoreApplication.translate("Intake", "… (the whole message is in the documents)")
        more = "<p style='color:#6c757d'>" + html.escape(note) + "</p>"
    return (f"<p><b>{subject}</b></p><div style='white-space:pre-wrap'>{body}</div>{more}")


class IncomingMessageBox(QFrame):
    """'From the message': the e-mail a request came from, its highlighted words, the rights to confirm."""

    rights_changed = Signal()

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.detail: RequestDetail | None = None
        self.incoming: IncomingMessage | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(self.tr("From the message"))
        title.setStyleSheet("font-weight: 600;")
        self.name_warning = QLabel(self.tr("The message gives no name: the requester's name was made from the "
                                           "e-mail address. Check it."))
        self.name_warning.setWordWrap(True)
        self.name_warning.setStyleSheet(WARNING_STYLE)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAcceptDrops(False)
        self.text.setMinimumHeight(110)
        self.text.setMaximumHeight(220)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color:#495057;")
        self.right_boxes: dict[Right, QCheckBox] = {}
        grid = QGridLayout()
        for i, (right, label) in enumerate(labels.right_labels().items()):
            box = QCheckBox(label)
            self.right_boxes[right] = box
            grid.addWidget(box, i // 2, i % 2)
        self.id_hint = QLabel()
        self.id_hint.setWordWrap(True)
        self.id_hint.setStyleSheet("color:#084298;")
        self.confirm_button = QPushButton(self.tr("Confirm rights"))
        self.confirm_button.clicked.connect(self.confirm_rights)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.name_warning)
        layout.addWidget(self.text)
        layout.addWidget(self.legend)
        layout.addWidget(self.id_hint)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.hide()

    def set_request(self, detail: RequestDetail | None) -> None:
        self.detail, self.incoming = detail, None
        if detail is None or detail.channel is not Channel.EMAIL:
            self.hide()
            return
        try:
            self.incoming = self.workbench.intake.incoming_message(detail.id)  # decrypts in memory; journaled
        except DocumentDamaged as exc:
            self.text.setPlainText(messages.text(exc))
            self.show()
            return
        if self.incoming is None:
            self.hide()
            return
        incoming = self.incoming
        self.name_warning.setVisible(incoming.name_to_check)
        self.text.setHtml(highlighted_html(incoming))
        found = [s.right for s in incoming.suggestions]
        self.legend.setText(self.tr("Highlighted: the words the suggested rights were found in.") if found else
                            self.tr("No right was recognised in the message: tick the right(s) it asks for."))
        scans = [d for d in self.workbench.documents.of_request(detail.id)  # metadata only: nothing decrypted
                 if d.kind is DocumentKind.ATTACHMENT and d.available and d.mime in POSSIBLE_ID_TYPES]
        self.id_hint.setText(self.tr("%n attachment(s) of the message may be an ID copy: select it under "
                                     "Documents and use 'Mark as ID copy'.", "", len(scans)))
        self.id_hint.setVisible(bool(scans))
        suggested = set(incoming.suggested_rights) & set(found) or set(found)
        for right, box in self.right_boxes.items():
            box.setChecked(right in detail.rights)
            label = labels.right_labels()[right]
            box.setText(self.tr("%1 (suggested)").replace("%1", label) if right in suggested else label)
            box.setEnabled(detail.state.is_open)
        self.confirm_button.setEnabled(detail.state.is_open)
        self.status.setText(self.tr("Rights confirmed by the DPO.") if incoming.rights_confirmed else
                            self.tr("Suggested from the message: confirm them or change them."))
        self.status.setStyleSheet("color:#0f5132;" if incoming.rights_confirmed else "color:#664d03;")
        self.error.hide()
        self.show()

    def selected_rights(self) -> list[Right]:
        return [r for r, box in self.right_boxes.items() if box.isChecked()]

    def confirm_rights(self) -> bool:
        if self.detail is None:
            return False
        try:
            self.workbench.requests.set_rights(self.detail.id, self.selected_rights())
        except InputError:
            self.error.setText(self.tr("Tick at least one right invoked by the person."))
            self.error.show()
            return False
        self.rights_changed.emit()
        return True


def message_html(rows: list[tuple[str, str]], body: str) -> str:
    """Headers as a two-column table (labels already translated), then the body as written."""
    head = "".join(f"<tr><td style='color:#495057; padding-right:12px'>{html.escape(k)}</td>"
                   f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f"<table>{head}</table><hr><div style='white-space:pre-wrap'>{html.escape(body)}</div>"


class MessageViewer(QDialog):
    """An incoming e-mail (.eml or .msg) shown as text: sender, date, subject, body, attachments."""

    def __init__(self, workbench: Workbench, data: bytes, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(760, 640)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        from dpo_workbench.intake import message as mail  # the parser: loaded when a message is shown

        try:
            parsed = mail.parse_message(data, "message", now=workbench.now())
        except MailError:
            self.text.setPlainText(self.tr("This message cannot be read any more."))
        else:
            rows = [(self.tr("From"), f"{parsed.from_name} <{parsed.from_email}>" if parsed.from_name
                     else parsed.from_email),
                    (self.tr("Date"), parsed.date_text or "—"),  # as written: the request keeps its receipt
                    (self.tr("Subject"), parsed.subject)]
            if parsed.attachments:
                rows.append((self.tr("Attachments"), ", ".join(a.filename for a in parsed.attachments)))
            self.text.setHtml(message_html(rows, parsed.body))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)


# -- a postal letter ---------------------------------------------------------------------------------------


SCAN_KINDS = {"letter": DocumentKind.LETTER, "envelope": DocumentKind.LETTER, "id-copy": DocumentKind.ID_COPY}


def scan_kind_labels() -> dict[str, str]:
    return {
        "letter": QCoreApplication.translate("Intake", "Letter"),
        "envelope": QCoreApplication.translate("Intake", "Envelope"),
        "id-copy": QCoreApplication.translate("Intake", "ID copy"),
    }


class PostalRequestDialog(NewRequestDialog):
    """The new-request form, received by post, with the scans of the letter, its envelope and an ID copy."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(workbench, parent)
        self.setWindowTitle(self.tr("New postal request"))
        self.channel.setCurrentIndex(self.channel.findData(Channel.POST))
        self.channel.setEnabled(False)
        self.scans: list[tuple[Path, QComboBox]] = []
        box = QGroupBox(self.tr("Scans of the letter"))
        self.scan_table = QTableWidget(0, 3)
        self.scan_table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Size"), self.tr("What it is")])
        self.scan_table.verticalHeader().hide()
        self.scan_table.horizontalHeader().setStretchLastSection(True)
        self.scan_table.setColumnWidth(0, 260)
        self.scan_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.scan_table.setFixedHeight(110)
        add = QPushButton(self.tr("Add scans…"))
        add.clicked.connect(self.choose_scans)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_selected)
        self.scan_error = QLabel()
        self.scan_error.setStyleSheet(ERROR_STYLE)
        self.scan_error.setWordWrap(True)
        self.scan_error.hide()
        hint = QLabel(self.tr("JPEG, PNG, TIFF or PDF; or drop the files here. They are encrypted with the request."))
        hint.setStyleSheet("color:#6c757d;")
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        inner = QVBoxLayout(box)
        inner.addWidget(self.scan_table)
        inner.addLayout(buttons)
        inner.addWidget(hint)
        inner.addWidget(self.scan_error)
        layout: QVBoxLayout = self.layout()
        layout.insertWidget(layout.count() - 1, box)
        self.setAcceptDrops(True)

    def add_scans(self, paths: list[Path]) -> None:
        for path in paths:
            row = self.scan_table.rowCount()
            self.scan_table.insertRow(row)
            self.scan_table.setItem(row, 0, QTableWidgetItem(path.name))
            try:
                size = file_size_text(path.stat().st_size)
            except OSError:
                size = "?"
            self.scan_table.setItem(row, 1, QTableWidgetItem(size))
            kind = QComboBox()
            for key, label in scan_kind_labels().items():
                kind.addItem(label, key)
            if not self.scans:
                kind.setCurrentIndex(0)
            elif len(self.scans) == 1:
                kind.setCurrentIndex(kind.findData("envelope"))
            self.scan_table.setCellWidget(row, 2, kind)
            self.scans.append((path, kind))

    def choose_scans(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Scans of the letter"), "", self.tr("Scans (%1);;All files (*)").replace("%1", SCAN_PATTERNS))
        self.add_scans([Path(n) for n in names])

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.scan_table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.scan_table.removeRow(row)
            del self.scans[row]

    def dragEnterEvent(self, event) -> None:  # noqa: N802  (Qt API)
        if event.mimeData() is not None and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802  (Qt API)
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        self.add_scans([p for p in paths if p.is_file()])
        event.acceptProposedAction()

    def scan_list(self) -> list[Scan]:
        return [Scan(path.read_bytes(), path.name, SCAN_KINDS[combo.currentData()]) for path, combo in self.scans]

    def save(self) -> None:
        self.clear_errors()
        self.scan_error.hide()
        try:
            new = self.workbench.requests.check_new(self.new_request())
            scans = self.scan_list()
            self.reference = self.workbench.intake.register_postal(new, scans)
        except InputError as exc:
            self.show_error(exc.field, messages.text(exc))
            return
        except OSError as exc:
            self.scan_error.setText(self.tr("A scan cannot be read: %1").replace("%1", exc.strerror or str(exc)))
            self.scan_error.show()
            return
        except VaultError as exc:  # a refused scan (UnsupportedFile): nothing was created
            self.scan_error.setText(messages.text(exc) + " " + self.tr("Nothing was saved."))
            self.scan_error.show()
            return
        self.accept()


# -- wiring into the main window ---------------------------------------------------------------------------


class IntakeController(QObject):
    """Adds the intake actions and the e-mail drop target to the main window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.workbench = window.workbench
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.summary: ImportSummaryDialog | None = None
        self.import_action = QAction(self.tr("Import e-mail…"), window)
        self.import_action.setToolTip(self.tr("Import .eml, .msg or mbox files as requests "
                                              "(or drop them on the window)"))
        self.import_action.triggered.connect(self.choose_files)
        self.folder_action = QAction(self.tr("Import a folder…"), window)
        self.folder_action.triggered.connect(self.choose_folder)
        self.postal_action = QAction(self.tr("New postal request…"), window)
        self.postal_action.triggered.connect(self.new_postal_request)
        menu = window.menuBar().addMenu(self.tr("&Intake"))
        for action in (self.import_action, self.folder_action, self.postal_action):
            menu.addAction(action)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def actions(self) -> list[QAction]:
        return [self.import_action, self.postal_action]

    # -- drops -------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt API)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if mail_paths(event) and not self.busy:
                event.setDropAction(Qt.DropAction.CopyAction)
                event.accept()
            else:
                event.ignore()
            return True
        if kind == QEvent.Type.Drop:
            paths = mail_paths(event)
            if not paths or self.busy:
                event.ignore()
                return True
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
            self.start_import(paths)
            return True
        return super().eventFilter(watched, event)

    # -- actions -------------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import e-mails"), "",
            self.tr("E-mails (%1);;All files (*)").replace("%1", MAIL_PATTERNS))
        if names:
            self.start_import([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import every e-mail of a folder"))
        if folder:
            self.start_import([Path(folder)])

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def start_import(self, paths: list[Path]) -> BackgroundTask | None:
        if self.busy:
            return None
        self.progress = QProgressDialog(self.tr("Importing e-mails…"), self.tr("Cancel"), 0, 0, self.window)
        self.progress.setWindowTitle(self.tr("E-mail import"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.task = run_in_background(run_import, self.workbench, paths, progress=True,
                                      on_finished=self._finished, on_failed=self._failed,
                                      on_progress=self._progressed, parent=self)
        self.progress.canceled.connect(self.task.cancel)
        return self.task

    def _progressed(self, done: int, total: int) -> None:
        progress = self.progress
        if progress is None:
            return
        if total:
            progress.setLabelText(self.tr("Importing e-mails… %1 of %2").replace("%1", str(done))
                                  .replace("%2", str(total)))
        progress.setMaximum(total)
        progress.setValue(done)  # a window-modal dialog processes events here: the import may end meanwhile

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self, run: ImportRun) -> None:
        self._close_progress()
        self.window.apply_filters()
        self.summary = ImportSummaryDialog(run, self.window, self.workbench)
        self.summary.separated.connect(lambda _reference: self.window.apply_filters())
        self.summary.open_reference.connect(self.open_reference)
        self.summary.show()
        first = next((o.reference for o in run.outcomes if o.status in ("created", "follow-up")), None)
        if first:
            self.open_reference(first)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        self.window.apply_filters()
        QMessageBox.warning(self.window, self.tr("E-mail import"),
                            self.tr("The import stopped on an unexpected error; the messages imported before it "
                                    "are kept. The problem is in the log."))

    def open_reference(self, reference: str) -> bool:
        """Show a request of the import in the register, whatever the filters were."""
        ids = self.workbench.requests.ids(RegisterQuery(text=reference))
        if not ids:
            return False
        if not self.window.select_request(ids[0]):
            self.window.set_filters(text="")
            return self.window.select_request(ids[0])
        return True

    def new_postal_request(self) -> str | None:
        dialog = PostalRequestDialog(self.workbench, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.reference is None:
            return None
        self.window.statusBar().showMessage(self.tr("Request %1 logged.").replace("%1", dialog.reference), 8000)
        self.window.apply_filters()
        self.open_reference(dialog.reference)
        return dialog.reference
