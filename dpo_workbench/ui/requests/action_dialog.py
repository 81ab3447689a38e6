"""The dialog of a step of a request's life cycle: the date of the act and, where the law asks, a reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.rights import ExtensionGround, Outcome, RefusalGround
from dpo_workbench.services.requests import RequestDetail
from dpo_workbench.ui.widgets import labels
from dpo_workbench.ui.widgets.forms import pydate, qdate
from dpo_workbench.ui.widgets.palette import ERROR_STYLE, WARNING_STYLE


def refusal_ground_labels() -> dict[RefusalGround, str]:
    """The grounds of a refusal the annual report counts."""
    return {
        RefusalGround.UNFOUNDED_EXCESSIVE: QCoreApplication.translate(
            "Grounds", "Manifestly unfounded or excessive (Art. 12(5))"),
        RefusalGround.IDENTITY_NOT_PROVEN: QCoreApplication.translate(
            "Grounds", "Identity not established (Art. 11(2), 12(6))"),
        RefusalGround.LEGAL_EXCEPTION: QCoreApplication.translate(
            "Grounds", "An exception in the law (Art. 17(3), 21(1), 23…)"),
        RefusalGround.THIRD_PARTY_RIGHTS: QCoreApplication.translate(
            "Grounds", "The rights and freedoms of others (Art. 15(4))"),
        RefusalGround.OTHER: QCoreApplication.translate("Grounds", "Another ground"),
    }


def extension_ground_labels() -> dict[ExtensionGround, str]:
    return {
        ExtensionGround.COMPLEXITY: QCoreApplication.translate("Grounds", "Complexity of the request"),
        ExtensionGround.NUMBER_OF_REQUESTS: QCoreApplication.translate("Grounds", "Number of requests"),
        ExtensionGround.OTHER: QCoreApplication.translate("Grounds", "Another ground"),
    }


class ActionDialog(QDialog):
    """Date of the act (today by default) and, where the law asks for one, a reason (and its ground)."""

    def __init__(self, title: str, detail: RequestDetail, today: date, *, reason: str | None = None,
                 outcome: bool = False, warn_after: date | None = None, warn_text: str = "",
                 grounds: dict | None = None, awaited: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.warn_after, self.warn_text = warn_after, warn_text
        self.version = detail.version  # what the form was filled from: carried back by the change (team mode)
        form = QFormLayout()
        self.on = QDateEdit(qdate(today))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd/MM/yyyy")
        self.on.setMinimumDate(qdate(detail.received_on))
        self.on.setMaximumDate(qdate(today))
        form.addRow(self.tr("Date"), self.on)
        self.outcome = None
        if outcome:
            self.outcome = QComboBox()
            for value, label in labels.outcome_labels().items():
                self.outcome.addItem(label, value)
            form.addRow(self.tr("Outcome"), self.outcome)
        self.ground = None
        if grounds is not None:  # counted in the annual report: refusals and extensions by ground
            self.ground = QComboBox()
            for value, label in grounds.items():
                self.ground.addItem(label, value.value)
            form.addRow(self.tr("Ground"), self.ground)
            if self.outcome is not None:
                self.outcome.currentIndexChanged.connect(self._outcome_changed)
                self._outcome_changed()
        self.reason = None
        if reason is not None:
            self.reason = QPlainTextEdit()
            self.reason.setPlaceholderText(reason)
            self.reason.setTabChangesFocus(True)
            self.reason.setFixedHeight(90)
            form.addRow(self.tr("Reason"), self.reason)
        self.without_tasks = self.awaited = None
        if awaited:  # departments asked for the data have not answered: the DPO says why answer now
            self.awaited = QLabel(awaited)
            self.awaited.setWordWrap(True)
            self.awaited.setStyleSheet(WARNING_STYLE)
            form.addRow(self.awaited)
            self.without_tasks = QPlainTextEdit()
            self.without_tasks.setPlaceholderText(self.tr(
                "Say why the request is answered without their answers (kept in the timeline)."))
            self.without_tasks.setTabChangesFocus(True)
            self.without_tasks.setFixedHeight(70)
            form.addRow(self.tr("Without their answers"), self.without_tasks)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.on.dateChanged.connect(self._update_warning)
        self._update_warning()

    def _update_warning(self) -> None:
        late = self.warn_after is not None and self.date() > self.warn_after
        self.warning.setText(self.warn_text)
        self.warning.setVisible(late)

    def _outcome_changed(self) -> None:
        if self.ground is not None and self.outcome is not None:
            self.ground.setEnabled(Outcome(self.outcome.currentData()).needs_reason)

    def ground_value(self) -> str | None:
        if self.ground is None or not self.ground.isEnabled():
            return None
        return self.ground.currentData()

    def date(self) -> date:
        return pydate(self.on.date())

    def reason_text(self) -> str:
        return self.reason.toPlainText() if self.reason else ""

    def without_tasks_text(self) -> str:
        return self.without_tasks.toPlainText() if self.without_tasks else ""

    def outcome_value(self) -> Outcome | None:
        return Outcome(self.outcome.currentData()) if self.outcome else None

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
