"""A request received by post: the new-request form with the scans of the letter, its envelope and an ID copy,
saved (and encrypted) together or not at all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.rights import Channel, DocumentKind
from dpo_workbench.errors import InputError, VaultError
from dpo_workbench.services.intake import Scan
from dpo_workbench.ui.requests.documents import SCAN_PATTERNS, file_size_text
from dpo_workbench.ui.requests.new_request import NewRequestDialog
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.palette import ERROR_STYLE, FAINT_STYLE
from dpo_workbench.workbench import Workbench

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
        hint.setStyleSheet(FAINT_STYLE)
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
        self.main_layout.insertWidget(self.main_layout.count() - 1, box)  # above the buttons
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
            self.scan_error.setText(self.tr("A scan cannot be read: %1").replace("%1", messages.text(exc)))
            self.scan_error.show()
            return
        except VaultError as exc:  # a refused scan (UnsupportedFile): nothing was created
            self.scan_error.setText(messages.text(exc) + " " + self.tr("Nothing was saved."))
            self.scan_error.show()
            return
        self.accept()
