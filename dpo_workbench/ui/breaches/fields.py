"""The pieces of the breach editor's pages: a field of the CNIL form with its error line, the ENISA assessment."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core import breach as form
from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.severity import (
    CIRCUMSTANCE_VALUES,
    DPC_ADJUSTMENTS,
    DPC_CATEGORIES,
    EASE_OF_IDENTIFICATION,
    MALICIOUS_BONUS,
    Level,
    suggested_decision,
)
from dpo_workbench.services.breaches import Assessment
from dpo_workbench.ui.breaches.model import LEVEL_TONES, decision_labels, level_labels
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.forms import error_label
from dpo_workbench.ui.widgets.palette import HINT_STYLE, Tone, chip_style


def instant_text(value: str | datetime | None) -> str:
    """A stored instant for editing: 'DD/MM/YYYY HH:MM' in Paris time, or ISO when given in another offset."""
    if not value:
        return ""
    instant = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    paris = instant.astimezone(PARIS)
    if paris.utcoffset() == instant.utcoffset():
        return f"{paris:%d/%m/%Y %H:%M}"
    return instant.isoformat(timespec="minutes")


# -- a field of the form -----------------------------------------------------------------------------


class FieldWidget(QWidget):
    """The editor of one field of the CNIL form, with its error line."""

    edited = Signal()

    def __init__(self, field: form.Field, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.error = error_label()
        self.checks: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        kind = field.kind
        if kind == form.MULTI:
            box = QWidget()
            grid = QGridLayout(box)
            grid.setContentsMargins(0, 0, 0, 0)
            for n, choice in enumerate(field.choices):
                check = QCheckBox(choice.fr if lang == "fr" else choice.en)
                check.toggled.connect(self.edited)
                self.checks[choice.code] = check
                grid.addWidget(check, n, 0)
            self.editor: QWidget = box
        elif kind == form.CHOICE:
            combo = QComboBox()
            combo.addItem("—", None)
            for choice in field.choices:
                combo.addItem(choice.fr if lang == "fr" else choice.en, choice.code)
            combo.currentIndexChanged.connect(self.edited)
            self.editor = combo
        elif kind == form.LONG:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(96)
            text.textChanged.connect(self.edited)
            self.editor = text
        else:
            line = QLineEdit()
            if kind == form.DATETIME:
                line.setPlaceholderText(self.tr("DD/MM/YYYY HH:MM (Paris time), or ISO with an offset"))
            elif kind == form.INT:
                line.setPlaceholderText(self.tr("a whole number, e.g. 1200"))
            line.textEdited.connect(self.edited)
            self.editor = line
        layout.addWidget(self.editor)
        layout.addWidget(self.error)

    def set_value(self, value: Any) -> None:
        editor = self.editor
        if self.field.kind == form.MULTI:
            for code, check in self.checks.items():
                check.setChecked(code in (value or []))
        elif isinstance(editor, QComboBox):
            index = editor.findData(value) if value else 0
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QLineEdit):
            editor.setText(instant_text(value) if self.field.kind == form.DATETIME
                           else "" if value is None else str(value))
        self.show_error("")

    def value(self) -> Any:
        """What the form holds, as the service reads it: codes for choices, text for the rest."""
        editor = self.editor
        if self.field.kind == form.MULTI:
            return [code for code, check in self.checks.items() if check.isChecked()]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText()
        assert isinstance(editor, QLineEdit)
        return editor.text()

    def set_placeholder(self, text: str) -> None:
        if isinstance(self.editor, (QLineEdit, QPlainTextEdit)):
            self.editor.setPlaceholderText(text)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


# -- the ENISA assessment -----------------------------------------------------------------------------


class SeverityWidget(QGroupBox):
    """ENISA inputs; the score, its level and the suggested decision once every criterion is chosen.

    Until then the breach is "not assessed": no score, no colour, no suggestion, so an
    unassessed breach never looks harmless. Numbers are written as the locale writes them.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Severity (ENISA method)"), parent)
        number, signed = messages.short_number, messages.signed_number
        categories = {"simple": self.tr("Simple data (identity, contact…)"),
                      "behavioural": self.tr("Behavioural data (location, habits…)"),
                      "financial": self.tr("Financial data"),
                      "sensitive": self.tr("Sensitive data (health, opinions…)")}
        self.category = self._combo()
        for code, text in categories.items():
            self.category.addItem(f"{text} — {number(DPC_CATEGORIES[code])}", code)
        self.adjustment = QComboBox()
        for value in DPC_ADJUSTMENTS:
            self.adjustment.addItem(signed(value) if value else self.tr("none (0)"), value)
        self.adjustment.setCurrentIndex(DPC_ADJUSTMENTS.index(0.0))
        self.adjustment.setToolTip(self.tr("Raise or lower the score for the context: volume of data, vulnerable "
                                           "people, data already public, invalid or encrypted data…"))
        eis = {"negligible": self.tr("Negligible"), "limited": self.tr("Limited"),
               "significant": self.tr("Significant"), "maximum": self.tr("Maximum")}
        self.ei = self._combo()
        for code, text in eis.items():
            self.ei.addItem(f"{text} — {number(EASE_OF_IDENTIFICATION[code])}", EASE_OF_IDENTIFICATION[code])
        self.circumstances: dict[str, QComboBox] = {}
        for key in ("confidentiality", "integrity", "availability"):
            combo = self._combo()
            for value in CIRCUMSTANCE_VALUES:
                combo.addItem(number(value), value)
            self.circumstances[key] = combo
        self.malicious = QCheckBox(self.tr("Malicious intent (%1)").replace("%1", signed(MALICIOUS_BONUS)))
        self.score = QLabel()
        self.score.setTextFormat(Qt.TextFormat.PlainText)
        self.score.setWordWrap(True)
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)

        layout = QFormLayout(self)
        self.criteria = {
            "category": (self.tr("Data processing context (DPC)"), self.category),
            "ei": (self.tr("Ease of identification (EI)"), self.ei),
            "confidentiality": (self.tr("Loss of confidentiality (CB)"), self.circumstances["confidentiality"]),
            "integrity": (self.tr("Loss of integrity (CB)"), self.circumstances["integrity"]),
            "availability": (self.tr("Loss of availability (CB)"), self.circumstances["availability"]),
        }
        layout.addRow(self.criteria["category"][0], self.category)
        layout.addRow(self.tr("Context adjustment"), self.adjustment)
        for key in ("ei", "confidentiality", "integrity", "availability"):
            layout.addRow(*self.criteria[key])
        layout.addRow("", self.malicious)
        layout.addRow(self.tr("Score"), self.score)
        layout.addRow(self.tr("Suggested decision"), self.suggestion)
        for combo in (self.category, self.adjustment, self.ei, *self.circumstances.values()):
            combo.currentIndexChanged.connect(self._user_changed)
        self.malicious.toggled.connect(self._user_changed)
        self._update()

    def _combo(self) -> QComboBox:
        """A criterion to choose: empty ("—") until the DPO chooses."""
        combo = QComboBox()
        combo.addItem(self.tr("— to choose —"), None)
        return combo

    def _user_changed(self) -> None:
        self._update()
        self.changed.emit()

    def missing(self) -> list[str]:
        """The criteria still to choose (their labels, as within a sentence), in the form's order."""
        return [label[:1].lower() + label[1:] for label, combo in self.criteria.values()
                if combo.currentData() is None]

    @property
    def partial(self) -> bool:
        """Some criteria chosen, not all: saving would keep half an assessment, so it is refused."""
        return 0 < len(self.missing()) < len(self.criteria)

    def assessment(self) -> Assessment | None:
        """The ENISA inputs once every criterion is chosen; None before."""
        if self.missing():
            return None
        c = self.circumstances
        return Assessment(category=self.category.currentData(), adjustment=self.adjustment.currentData(),
                          ei=self.ei.currentData(), confidentiality=c["confidentiality"].currentData(),
                          integrity=c["integrity"].currentData(), availability=c["availability"].currentData(),
                          malicious=self.malicious.isChecked())

    def set_assessment(self, assessment: Assessment | None) -> None:
        widgets = (self.category, self.adjustment, self.ei, *self.circumstances.values(), self.malicious)
        for w in widgets:
            w.blockSignals(True)
        if assessment is None:
            for _label, combo in self.criteria.values():
                combo.setCurrentIndex(0)
            self.adjustment.setCurrentIndex(DPC_ADJUSTMENTS.index(0.0))
            self.malicious.setChecked(False)
        else:
            a = assessment
            self.category.setCurrentIndex(self.category.findData(a.category))
            self.adjustment.setCurrentIndex(self.adjustment.findData(a.adjustment))
            self.ei.setCurrentIndex(self.ei.findData(a.ei))
            for key, combo in self.circumstances.items():
                combo.setCurrentIndex(combo.findData(getattr(a, key)))
            self.malicious.setChecked(a.malicious)
        for w in widgets:
            w.blockSignals(False)
        self._update()

    def _update(self) -> None:
        a = self.assessment()
        if a is None:
            missing = self.missing()
            text = self.tr("Not assessed")
            if len(missing) < len(self.criteria):
                text += " — " + self.tr("still to choose: %1").replace("%1", ", ".join(missing))
            self.score.setText(text)
            self.score.setStyleSheet(chip_style(Tone.NEUTRAL))
            self.suggestion.setText(self.tr("None until every criterion is chosen."))
            self.suggestion.setStyleSheet(HINT_STYLE)
            return
        severity = a.severity()
        cb = a.confidentiality + a.integrity + a.availability + (MALICIOUS_BONUS if a.malicious else 0)
        number = messages.short_number
        text = self.tr("SE = %1 × %2 + %3 = %4 — %5").replace("%1", number(a.dpc)).replace(
            "%2", number(a.ei)).replace("%3", number(cb)).replace("%4", number(severity.score)).replace(
            "%5", level_labels()[severity.level])
        self.score.setText(text)
        self.score.setStyleSheet(chip_style(LEVEL_TONES[severity.level]))
        self.suggestion.setText(decision_labels()[suggested_decision(severity.level)])
        self.suggestion.setStyleSheet("")

    @property
    def level(self) -> Level | None:
        a = self.assessment()
        return a.severity().level if a is not None else None
