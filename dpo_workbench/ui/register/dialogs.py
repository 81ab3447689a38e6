"""The register's dialogs: the departments, the preview of an import, the choices of an export and of a print."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core import register as reg
from dpo_workbench.errors import InputError
from dpo_workbench.services.register import ImportPreview
from dpo_workbench.ui.register.model import lang
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.forms import error_label, qdate, with_error
from dpo_workbench.ui.widgets.i18n import current_language
from dpo_workbench.ui.widgets.palette import HINT_STYLE, Tone, foreground
from dpo_workbench.workbench import Workbench


def _short(text: str, limit: int = 90) -> str:
    flat = " / ".join(line.strip() for line in text.splitlines() if line.strip())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class DepartmentsDialog(QDialog):
    """The departments that own processings, with the contact who answers the DPO's data requests."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.setWindowTitle(self.tr("Departments"))
        self.resize(760, 520)
        self.current: int | None = None
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Department"), self.tr("Contact"), self.tr("Contact e-mail"),
                                              self.tr("Processings")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)
        self.errors = {key: error_label() for key in ("name", "contact_name", "contact_email", "department")}
        self.name = QLineEdit()
        self.contact_name = QLineEdit()
        self.contact_email = QLineEdit()
        self.contact_email.setPlaceholderText(self.tr("e.g. marketing@example.fr"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("Contact"), with_error(self.contact_name, self.errors["contact_name"]))
        form.addRow(self.tr("Contact e-mail"), with_error(self.contact_email, self.errors["contact_email"]))
        self.new_button = QPushButton(self.tr("New department"))
        self.new_button.clicked.connect(self.new)
        self.save_button = QPushButton(self.tr("Save the department"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("The contact of a department answers the DPO's requests for the data its processings "
                              "hold. Contacts are personal data: seeing and exporting them is recorded in the "
                              "journal."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.errors["department"])
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.refresh()

    def refresh(self, select: int | None = None) -> None:
        self.rows = self.workbench.register.departments()
        self.table.setRowCount(len(self.rows))
        for i, d in enumerate(self.rows):
            for j, text in enumerate((d.name, d.contact_name, d.contact_email, str(d.processings))):
                item = QTableWidgetItem(text)
                if j == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, j, item)
        ids = [d.id for d in self.rows]
        if select in ids:
            self.table.selectRow(ids.index(select))
        else:
            self.new()

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        d = self.rows[rows[0].row()]
        self.current = d.id
        self.name.setText(d.name)
        self.contact_name.setText(d.contact_name)
        self.contact_email.setText(d.contact_email)
        self.delete_button.setEnabled(True)
        self._clear_errors()

    def new(self) -> None:
        self.table.clearSelection()
        self.current = None
        for edit in (self.name, self.contact_name, self.contact_email):
            edit.clear()
        self.delete_button.setEnabled(False)
        self._clear_errors()
        self.name.setFocus()

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def _error(self, exc: InputError) -> None:
        label = self.errors.get(exc.field or "", self.errors["department"])
        label.setText(messages.text(exc))
        label.show()

    def save(self) -> int | None:
        self._clear_errors()
        try:
            saved = self.workbench.register.save_department(self.current, self.name.text(), self.contact_name.text(),
                                                            self.contact_email.text())
        except InputError as exc:
            self._error(exc)
            return None
        self.refresh(select=saved)
        return saved

    def delete(self) -> None:
        if self.current is None:
            return
        self._clear_errors()
        try:
            self.workbench.register.delete_department(self.current)
        except InputError as exc:
            self._error(exc)
            return
        self.refresh()


class ImportPreviewDialog(QDialog):
    """What an import will add and change, field by field, and what stays as it is; Import does it all at once."""

    def __init__(self, preview: ImportPreview, parent: QWidget | None = None):
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import the register: preview"))
        self.resize(980, 640)
        summary = QLabel(self.tr("%1 (%2, %3): %4 to add, %5 to change, %6 unchanged.").replace(
            "%1", preview.file_name).replace("%2", preview.format.upper()).replace(
            "%3", self.tr("CNIL layout") if preview.layout == "cnil" else self.tr("one row per processing")).replace(
            "%4", str(len(preview.added))).replace("%5", str(len(preview.changed))).replace(
            "%6", str(len(preview.unchanged))))
        summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Processing or field"), self.tr("In the register"), self.tr("In the file")])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self._fill()
        note = QLabel(self.tr("Processings of the register that the file does not hold are left as they are (%1). "
                              "Nothing is imported until you press Import; then everything is, in one go.")
                      .replace("%1", str(preview.untouched)))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(not preview.empty)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _group(self, title: str, count: int, tone: Tone) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title.replace("%1", str(count))])
        item.setForeground(0, foreground(tone))
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        self.tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)
        return item

    def _fill(self) -> None:
        p = self.preview
        language = lang()
        if p.departments_added or p.departments_changed:
            group = self._group(self.tr("Departments (%1)"), len(p.departments_added) + len(p.departments_changed),
                                Tone.INFO)
            for name, contact, email in p.departments_added:
                QTreeWidgetItem(group, [self.tr("New: %1").replace("%1", name), "", " ".join(x for x in (contact,
                                                                                                          email) if x)])
            for name, contact, email in p.departments_changed:
                QTreeWidgetItem(group, [self.tr("New contact: %1").replace("%1", name), "",
                                        " ".join(x for x in (contact, email) if x)])
            group.setExpanded(True)
        added = self._group(self.tr("To add (%1)"), len(p.added), Tone.SUCCESS)
        for item in p.added:
            record = item.entry.record
            leaf = QTreeWidgetItem(added, [f"{record.reference} — {record.title(language)} ("
                                           + self.tr("%n field(s) filled", "", len(item.fields)) + ")"])
            leaf.setFirstColumnSpanned(True)
        added.setExpanded(len(p.added) <= 30)
        changed = self._group(self.tr("To change (%1)"), len(p.changed), Tone.WARNING)
        for item in p.changed:
            record = item.entry.record
            node = QTreeWidgetItem(changed, [f"{record.reference} — {record.title(language)}"])
            node.setFirstColumnSpanned(True)
            for change in reg.changes(item.old, record, language):
                label = reg.FIELD[change.key].label(language) + (f" ({change.lang.upper()})" if change.lang else "")
                leaf = QTreeWidgetItem(node, [label, _short(change.old, 240) or "—", _short(change.new, 240) or "—"])
                leaf.setToolTip(1, change.old)
                leaf.setToolTip(2, change.new)
            node.setExpanded(len(p.changed) <= 10)
        changed.setExpanded(True)
        unchanged = self._group(self.tr("Unchanged (%1)"), len(p.unchanged), Tone.NEUTRAL)
        if p.unchanged:
            QTreeWidgetItem(unchanged, [", ".join(p.unchanged)])


class ExportDialog(QDialog):
    """The format, the layout, the day and the language of the headings of a register export."""

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the register of processing activities"))
        self.setMinimumWidth(480)
        self.format = QComboBox()
        self.format.addItem(self.tr("Excel workbook (.xlsx)"), "xlsx")
        self.format.addItem(self.tr("OpenDocument spreadsheet (.ods, LibreOffice)"), "ods")
        self.format.addItem(self.tr("CSV file (.csv)"), "csv")
        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("One row per processing"), "rows")
        self.layout_choice.addItem(self.tr("CNIL model: one sheet per processing"), "cnil")
        self.format.currentIndexChanged.connect(self._format_changed)
        self.as_of = as_of_edit(today)
        self.language = language_combo(self.tr("French"), self.tr("English"))
        hint = QLabel(self.tr("The file holds every field in French and in English, and the departments' contacts: "
                              "it is readable by you only and the export is recorded in the journal. It can be "
                              "imported back as it is."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Layout"), self.layout_choice)
        form.addRow(self.tr("Register as of"), self.as_of)
        form.addRow(self.tr("Headings in"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _format_changed(self) -> None:
        csv = self.format.currentData() == "csv"
        if csv:
            self.layout_choice.setCurrentIndex(0)
        self.layout_choice.model().item(1).setEnabled(not csv)  # type: ignore[attr-defined]


class PrintDialog(QDialog):
    """The day and the language of the printed register."""

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print the register as of…"))
        self.setMinimumWidth(420)
        self.as_of = as_of_edit(today)
        self.language = language_combo(self.tr("French"), self.tr("English"))
        hint = QLabel(self.tr("Every processing as it stood at the end of that day, with its DPIA screening and its "
                              "reasoning, then the processor register (PDF)."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Register as of"), self.as_of)
        form.addRow(self.tr("Language"), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)


def as_of_edit(today: date) -> QDateEdit:
    edit = QDateEdit(qdate(today))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setMaximumDate(qdate(today))
    edit.setMinimumDate(qdate(date(2018, 5, 25)))
    return edit


def language_combo(french: str, english: str) -> QComboBox:
    combo = QComboBox()
    combo.addItem(french, "fr")
    combo.addItem(english, "en")
    combo.setCurrentIndex(0 if current_language() == "fr" else 1)
    return combo
