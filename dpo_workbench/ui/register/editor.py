"""The editor of one processing: the sections of the CNIL model's record, the DPIA screening with its reasoning.

Texts that letters print are written in French and in English (a switch chooses which
language the fields show). The field labels and the words of the codes come from
`core.register` in the interface's language, the same words the files and the PDF use.
Save is one transaction (`RegisterService.save`); a wrong field gets its message under it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core import register as reg
from dpo_workbench.errors import InputError
from dpo_workbench.services.register import ProcessingDetail
from dpo_workbench.ui.register.model import lang
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.forms import error_label, pydate, qdate, with_error
from dpo_workbench.ui.widgets.palette import HINT_STYLE, TITLE_STYLE, Tone, box_style, heading_style
from dpo_workbench.workbench import Workbench

LIST_OPEN, LIST_CLOSE = "<ul style='margin:0'>", "</ul>"  # markup, no words
SHORT = ("dpia_note", "legal_basis", "safeguards", "sensitive_details", "data_subjects")
SCREENING_TONES = {"required": Tone.DANGER, "not-required": Tone.SUCCESS, "exempt": Tone.SUCCESS,
                   "unscreened": Tone.WARNING}


def _text(height: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class CodeBoxes(QWidget):
    """A tick box per code of a field (categories of data subjects, sensitive data, DPIA criteria)."""

    changed = Signal()

    def __init__(self, key: str, columns: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, code in enumerate(reg.FIELD[key].choices or {}):
            box = QCheckBox(reg.code_label(key, code, lang()))
            box.toggled.connect(lambda _checked: self.changed.emit())
            self.boxes[code] = box
            grid.addWidget(box, i // columns, i % columns)

    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_codes(self, codes: tuple[str, ...]) -> None:
        for code, box in self.boxes.items():
            with QSignalBlocker(box):
                box.setChecked(code in codes)


class ProcessingEditor(QWidget):
    """Every field of a processing; `load()` one, `save()` it. Emits `saved(reference)`."""

    saved = Signal(str)

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.detail: ProcessingDetail | None = None
        self.role = "controller"
        self.texts: dict[str, dict[str, str]] = {}  # localized fields, both languages, as typed
        self.text_lang = "fr"  # the organisation's language first; the English texts are a switch away
        self.dirty = False

        self.title = QLabel()
        self.title.setStyleSheet(heading_style(12))
        self.title.setWordWrap(True)
        self.french = QRadioButton(self.tr("French texts"))
        self.english = QRadioButton(self.tr("English texts"))
        group = QButtonGroup(self)
        group.addButton(self.french)
        group.addButton(self.english)
        self.french.setChecked(True)
        self.french.toggled.connect(lambda checked: self.set_text_language("fr" if checked else "en"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(lambda: self.load(self.detail) if self.detail else self.new(self.role))
        self.retire_button = QPushButton(self.tr("End this processing"))
        self.retire_button.setToolTip(self.tr("It leaves the current register and the access replies; it stays in "
                                              "its history and in the registers of past dates"))
        self.retire_button.clicked.connect(self.toggle_retired)
        top = QHBoxLayout()
        top.addWidget(self.french)
        top.addWidget(self.english)
        top.addStretch(1)
        top.addWidget(self.retire_button)
        top.addWidget(self.revert_button)
        top.addWidget(self.save_button)

        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        body = QWidget()
        self.form_layout = QVBoxLayout(body)
        for section, words in reg.SECTIONS.items():
            heading = QLabel(words[0 if lang() == "fr" else 1])
            heading.setStyleSheet(heading_style(10))
            self.form_layout.addWidget(heading)
            form = QFormLayout()
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for f in reg.FIELDS:
                if f.section == section:
                    self._add_field(form, f)
            self.form_layout.addLayout(form)
            if section == "dpia":
                self.screening = QLabel()
                self.screening.setWordWrap(True)
                self.screening.setTextFormat(Qt.TextFormat.RichText)
                self.form_layout.addWidget(self.screening)
        self.form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.error = error_label()
        self.saved_note = QLabel()
        self.saved_note.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.saved_note)
        self.new("controller")

    # -- the fields -----------------------------------------------------------------------------------

    def _add_field(self, form: QFormLayout, f: reg.Field) -> None:
        widget: QWidget
        if f.kind == "localized":
            widget = QLineEdit() if f.key == "name" else _text(52 if f.key in SHORT else 84)
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t, k=f.key: self._typed(k))
            else:
                widget.textChanged.connect(lambda k=f.key: self._typed(k))
        elif f.kind == "text":
            widget = QLineEdit() if f.key == "reference" else _text(52)
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t: self._touched())
                widget.setPlaceholderText(self.tr("Empty: the next free reference"))
            else:
                widget.textChanged.connect(self._touched)
        elif f.kind == "date":
            widget = QDateEdit()
            widget.setCalendarPopup(True)
            widget.setDisplayFormat("dd/MM/yyyy")
            widget.setSpecialValueText(self.tr("not set"))
            widget.setMinimumDate(QDate(2000, 1, 1))
            widget.dateChanged.connect(lambda _d: self._touched())
        elif f.kind == "codes":
            widget = CodeBoxes(f.key, 2 if f.key == "subjects" else 1)
            widget.changed.connect(self._touched)
        elif f.kind == "department":
            widget = QComboBox()
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(24)
            widget.currentIndexChanged.connect(lambda _i: self._touched())
        else:  # choice
            widget = QComboBox()
            if f.key.startswith("dpia_"):
                widget.addItem(self.tr("(none)"), "")
            for code in f.choices or {}:
                widget.addItem(reg.code_label(f.key, code, lang()), code)
            widget.currentIndexChanged.connect(lambda _i: self._touched())
            widget.setEnabled(f.key not in ("role", "status"))
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(24)
        self.widgets[f.key] = widget
        self.errors[f.key] = error_label()
        label = QLabel(f.label(lang()))
        label.setWordWrap(True)
        label.setMaximumWidth(180)
        if f.key in reg.REQUIRED["controller"] + reg.REQUIRED["processor"]:
            label.setStyleSheet(TITLE_STYLE)
        box = with_error(widget, self.errors[f.key])
        form.addRow(label, box)
        self.rows[f.key] = (label, box)

    def _fill_departments(self, current: str) -> None:
        combo = self.widgets["department"]
        assert isinstance(combo, QComboBox)
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(self.tr("(no department)"), "")
            for _id, name in self.workbench.register.department_names():
                combo.addItem(name, name)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))

    # -- loading --------------------------------------------------------------------------------------

    def new(self, role: str) -> None:
        """An empty record of the register (controller) or of the processor register."""
        self.detail = None
        controller = self.workbench.organisation.get()
        record = reg.Processing(role=role, created_on=self.workbench.today())
        if controller and role == "controller":
            record.controller = controller.name + (f" — DPO : {controller.dpo_name}, {controller.dpo_email}"
                                                   if controller.dpo_name else "")
        self._show(record)
        self.title.setText(self.tr("New processing") if role == "controller" else
                           self.tr("New processing carried out as processor"))
        self.retire_button.hide()
        self.saved_note.setText("")

    def load(self, detail: ProcessingDetail) -> None:
        self.detail = detail
        self._show(detail.record)
        self.title.setText(f"{detail.record.reference} — {detail.record.title(lang())}")
        self.retire_button.show()
        retired = detail.record.status == "retired"
        self.retire_button.setText(self.tr("Put back in the register") if retired else self.tr("End this processing"))
        self.saved_note.setText(self.tr("Version %1, last changed %2").replace("%1", str(detail.version)).replace(
            "%2", labels.format_datetime(detail.updated_at)))

    def _show(self, record: reg.Processing) -> None:
        self.role = record.role
        self.texts = {key: dict(getattr(record, key)) for key in reg.LOCALIZED_FIELDS}
        for key, (label, box) in self.rows.items():
            visible = record.role in reg.FIELD[key].roles
            label.setVisible(visible)
            box.setVisible(visible)
        for key, widget in self.widgets.items():
            with QSignalBlocker(widget):
                value = getattr(record, key)
                if isinstance(widget, CodeBoxes):
                    widget.set_codes(value)
                elif isinstance(widget, QDateEdit):
                    widget.setDate(qdate(value) if value else widget.minimumDate())
                elif key == "department":
                    self._fill_departments(value)
                elif isinstance(widget, QComboBox):
                    widget.setCurrentIndex(max(widget.findData(value), 0))
                elif reg.FIELD[key].kind != "localized":
                    _set_text(widget, value)
        self.widgets["reference"].setEnabled(self.detail is None)
        self._show_texts()
        for label in self.errors.values():
            label.hide()
        self.error.hide()
        self.dirty = False
        self._update_screening()

    def set_text_language(self, language: str) -> None:
        self._collect_texts()
        self.text_lang = language
        self._show_texts()

    def _show_texts(self) -> None:
        for key in reg.LOCALIZED_FIELDS:
            widget = self.widgets[key]
            with QSignalBlocker(widget):
                _set_text(widget, self.texts[key].get(self.text_lang, ""))
                other = self.texts[key].get("en" if self.text_lang == "fr" else "fr", "")
                hint = self.tr("In the other language: %1").replace("%1", other[:300]) if other else ""
                widget.setToolTip(hint)
                if isinstance(widget, (QLineEdit, QPlainTextEdit)):
                    widget.setPlaceholderText(other.splitlines()[0][:120] if other else "")

    def _collect_texts(self) -> None:
        for key in reg.LOCALIZED_FIELDS:
            self.texts[key][self.text_lang] = _get_text(self.widgets[key])

    def _typed(self, key: str) -> None:
        self.texts[key][self.text_lang] = _get_text(self.widgets[key])
        self._touched()

    def _touched(self) -> None:
        self.dirty = True
        self._update_screening()

    # -- the record as typed --------------------------------------------------------------------------

    def record(self) -> reg.Processing:
        self._collect_texts()
        base = self.detail.record if self.detail else reg.Processing(role=self.role)
        values: dict[str, Any] = {key: dict(texts) for key, texts in self.texts.items()}
        for key, widget in self.widgets.items():
            if reg.FIELD[key].kind == "localized" or self.role not in reg.FIELD[key].roles:
                continue
            if isinstance(widget, CodeBoxes):
                values[key] = widget.codes()
            elif isinstance(widget, QDateEdit):
                values[key] = None if widget.date() == widget.minimumDate() else pydate(widget.date())
            elif isinstance(widget, QComboBox):
                values[key] = widget.currentData() or ""
            else:
                values[key] = _get_text(widget)
        return base.copy(**values)

    def _update_screening(self) -> None:
        if self.role != "controller":
            self.screening.hide()
            return
        screening = reg.screen(self.record())
        words = reg.status_words(screening.status, lang())
        reasons = "".join(f"<li>{_html(reg.reason_text(r, lang()))}</li>" for r in screening.reasons)
        self.screening.setText(f"<b>{_html(words)}</b>{LIST_OPEN}{reasons}{LIST_CLOSE}")
        self.screening.setStyleSheet(box_style(SCREENING_TONES[screening.status]))
        self.screening.show()

    # -- saving ---------------------------------------------------------------------------------------

    def save(self) -> str | None:
        for label in self.errors.values():
            label.hide()
        self.error.hide()
        record = self.record()
        try:
            reference = self.workbench.register.save(
                record, key=self.detail.id if self.detail else None,
                expected_version=self.detail.version if self.detail else None)
        except InputError as exc:
            self.show_error(exc)
            return None
        self.dirty = False
        self.load(self.workbench.register.get(reference))
        self.saved.emit(reference)
        return reference

    def show_error(self, exc: InputError) -> None:
        label = self.errors.get(exc.field or "")
        text = messages.text(exc)
        box = label.parentWidget() if label is not None else None
        if label is None or box is None or box.isHidden():
            self.error.setText(text)
            self.error.show()
            return
        label.setText(text)
        label.show()
        self.widgets[exc.field or ""].setFocus()

    def toggle_retired(self) -> None:
        if self.detail is None:
            return
        try:
            if self.detail.record.status == "retired":
                self.workbench.register.restore(self.detail.id)
            else:
                self.workbench.register.retire(self.detail.id)
        except InputError as exc:
            self.show_error(exc)
            return
        reference = self.detail.record.reference
        self.load(self.workbench.register.get(reference))
        self.saved.emit(reference)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    elif isinstance(widget, QLineEdit):
        widget.setText(text)


def _get_text(widget: QWidget) -> str:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    return ""

