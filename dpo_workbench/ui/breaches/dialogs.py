"""The breach register's small dialogs: open a breach in seconds, record a notification sent to the CNIL."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.breach import parse_instant
from dpo_workbench.core.clock import PARIS
from dpo_workbench.errors import InputError
from dpo_workbench.ui.breaches.fields import instant_text
from dpo_workbench.ui.breaches.model import type_labels
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.forms import error_label, with_error
from dpo_workbench.ui.widgets.palette import HINT_STYLE
from dpo_workbench.workbench import Workbench


class NewBreachDialog(QDialog):
    """Open a breach in seconds: when the company became aware of it, and what happened."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.reference: str | None = None
        self.setWindowTitle(self.tr("Open a breach"))
        self.setMinimumWidth(560)
        self.aware = QLineEdit(instant_text(workbench.now().astimezone(PARIS)))
        self.aware.setPlaceholderText(self.tr("DD/MM/YYYY HH:MM (Paris time), or ISO with an offset"))
        self.aware_error = error_label()
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setPlaceholderText(self.tr("e.g. laptop stolen in the train; mailing sent to the wrong list"))
        self.summary.setFixedHeight(90)
        self.summary_error = error_label()
        hint = QLabel(self.tr("The 72 hours to notify the CNIL run from the moment the company became aware of "
                              "the breach (Art. 33(1)), weekends and holidays included."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        form_layout = QFormLayout()
        form_layout.addRow(self.tr("Aware since"), with_error(self.aware, self.aware_error))
        form_layout.addRow(self.tr("What happened"), with_error(self.summary, self.summary_error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open the breach"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form_layout)
        layout.addWidget(buttons)

    def accept(self) -> None:
        for label in (self.aware_error, self.summary_error):
            label.hide()
        try:
            aware = parse_instant(self.aware.text())
        except InputError as exc:
            self.aware_error.setText(messages.text(exc))
            self.aware_error.show()
            self.aware.setFocus()
            return
        try:
            self.reference = self.workbench.breaches.open(aware, self.summary.toPlainText())
        except InputError as exc:
            target = self.aware_error if exc.field == "aware_at" else self.summary_error
            target.setText(messages.text(exc))
            target.show()
            return
        super().accept()


class NotificationDialog(QDialog):
    """Record a notification actually sent to the CNIL: when, which type, the CNIL's reference."""

    def __init__(self, workbench: Workbench, reference: str, first: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.breach_reference = reference
        self.setWindowTitle(self.tr("Record a notification sent to the CNIL"))
        self.setMinimumWidth(480)
        self.sent_at = QLineEdit(instant_text(workbench.now().astimezone(PARIS)))
        self.sent_error = error_label()
        self.kind = QComboBox()
        for code, text in type_labels().items():
            self.kind.addItem(text, code)
        self.kind.setCurrentIndex(self.kind.findData("initial" if first else "complementary"))
        self.kind_error = error_label()
        self.cnil_reference = QLineEdit()
        self.cnil_reference.setPlaceholderText(self.tr("the number the teleservice gave"))
        self.cnil_error = error_label()
        layout = QFormLayout(self)
        layout.addRow(self.tr("Sent at"), with_error(self.sent_at, self.sent_error))
        layout.addRow(self.tr("Type"), with_error(self.kind, self.kind_error))
        layout.addRow(self.tr("CNIL reference"), with_error(self.cnil_reference, self.cnil_error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def accept(self) -> None:
        for label in (self.sent_error, self.kind_error, self.cnil_error):
            label.hide()
        try:
            sent = parse_instant(self.sent_at.text())
        except InputError as exc:
            self.sent_error.setText(messages.text(exc))
            self.sent_error.show()
            return
        try:
            self.workbench.breaches.record_notification(self.breach_reference, sent, self.kind.currentData(),
                                               self.cnil_reference.text())
        except InputError as exc:
            target = {"sent_at": self.sent_error, "kind": self.kind_error}.get(exc.field or "", self.cnil_error)
            target.setText(messages.text(exc))
            target.show()
            return
        super().accept()
