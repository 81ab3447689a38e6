"""Recording an identity check: who, when, how, which document, with what outcome.

Only the note of the check is kept for good. After a verified check the ID
copies of the request are destroyed, at once or after the grace period of
the settings; the dialog says which before the DPO saves. An error keeps the
dialog open with the message next to the field, so nothing typed is lost.
"""

from __future__ import annotations

import datetime as dt
import html
from datetime import date, timedelta

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

from dpo_workbench.core.rights import DocumentKind, IdentityMethod, IdentityOutcome
from dpo_workbench.errors import InputError, ServiceError
from dpo_workbench.services.requests import ActionResult, RequestDetail
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.forms import error_label, fill, pydate, qdate, with_error
from dpo_workbench.ui.widgets.palette import (
    ATTENTION_TEXT,
    ERROR_STYLE,
    ERROR_TEXT,
    HINT_TEXT,
    INFO_STYLE,
    WARNING_STYLE,
    Tone,
    html_colour,
)
from dpo_workbench.workbench import Workbench


def document_kind_labels() -> dict[DocumentKind, str]:
    return {
        DocumentKind.ID_COPY: QCoreApplication.translate("Documents", "ID copy"),
        DocumentKind.LETTER: QCoreApplication.translate("Documents", "Letter"),
        DocumentKind.EMAIL: QCoreApplication.translate("Documents", "E-mail"),
        DocumentKind.REPLY: QCoreApplication.translate("Documents", "Reply sent"),
        DocumentKind.ATTACHMENT: QCoreApplication.translate("Documents", "Attachment"),
        DocumentKind.OTHER: QCoreApplication.translate("Documents", "Other"),
    }


def identity_method_labels() -> dict[IdentityMethod, str]:
    return {
        IdentityMethod.ID_COPY: QCoreApplication.translate("Documents", "Copy of an ID document"),
        IdentityMethod.ACCOUNT: QCoreApplication.translate("Documents", "Customer account (signed in)"),
        IdentityMethod.OTHER: QCoreApplication.translate("Documents", "Other means"),
    }


def identity_outcome_labels() -> dict[IdentityOutcome, str]:
    return {
        IdentityOutcome.VERIFIED: QCoreApplication.translate("Documents", "Verified"),
        IdentityOutcome.DOUBT: QCoreApplication.translate("Documents", "Doubt: more information needed"),
        IdentityOutcome.REFUSED: QCoreApplication.translate("Documents", "Refused"),
    }


def document_type_suggestions() -> list[str]:
    """The documents a French DPO usually sees; the field also takes any other text."""
    return [
        QCoreApplication.translate("Documents", "Identity card"),
        QCoreApplication.translate("Documents", "Passport"),
        QCoreApplication.translate("Documents", "Residence permit"),
        QCoreApplication.translate("Documents", "Driving licence"),
    ]


class IdentityCheckDialog(QDialog):
    """Saves through `Workbench.record_identity_check` when accepted; `saved` holds its warnings."""

    def __init__(self, workbench: Workbench, detail: RequestDetail, id_copies: int = 0,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.detail = detail
        self.id_copies = id_copies
        self.saved: ActionResult | None = None
        today = workbench.today()
        self.setWindowTitle(self.tr("Record the identity check — %1").replace("%1", detail.reference))
        self.setMinimumWidth(520)

        self.checked_by = QLabel(workbench.actor)
        self.checked_by.setToolTip(self.tr("The check is recorded under this name (Settings → Your name)."))
        self.on = QDateEdit(qdate(today))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd/MM/yyyy")
        self.on.setMinimumDate(qdate(detail.received_on))
        self.on.setMaximumDate(qdate(today))
        self.method = QComboBox()
        for method, label in identity_method_labels().items():
            self.method.addItem(label, method)
        self.document_type = QComboBox()
        self.document_type.setEditable(True)
        self.document_type.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.document_type.addItems(document_type_suggestions())
        self.document_type.setCurrentIndex(-1)
        typed = self.document_type.lineEdit()
        assert typed is not None  # an editable combo box has its line edit
        typed.setPlaceholderText(self.tr("Choose or type the document shown"))
        typed.setMaxLength(100)
        self.outcome = QComboBox()
        for outcome, label in identity_outcome_labels().items():
            self.outcome.addItem(label, outcome)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.note.setPlaceholderText(self.tr("Optional: what was compared. Do not copy the document's number."))

        self.errors: dict[str, QLabel] = {}

        def field(key: str, editor: QWidget) -> QWidget:
            self.errors[key] = error_label()
            return with_error(editor, self.errors[key])

        form = QFormLayout()
        form.addRow(self.tr("Checked by"), self.checked_by)
        form.addRow(self.tr("Date of the check"), field("on", self.on))
        form.addRow(self.tr("How"), field("method", self.method))
        form.addRow(self.tr("Document checked"), field("document_type", self.document_type))
        form.addRow(self.tr("Outcome"), field("outcome", self.outcome))
        form.addRow(self.tr("Note"), field("note", self.note))

        self.consequence = QLabel()
        self.consequence.setWordWrap(True)
        self.general_error = QLabel()
        self.general_error.setWordWrap(True)
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.consequence)
        layout.addWidget(self.general_error)
        layout.addWidget(buttons)

        self.outcome.currentIndexChanged.connect(self._update_consequence)
        self.on.dateChanged.connect(self._update_consequence)
        self._update_consequence()

    # -- values -----------------------------------------------------------------------------

    def date(self) -> date:
        return pydate(self.on.date())

    def method_value(self) -> IdentityMethod:
        return IdentityMethod(self.method.currentData())

    def outcome_value(self) -> IdentityOutcome:
        return IdentityOutcome(self.outcome.currentData())

    def document_type_text(self) -> str:
        return self.document_type.currentText().strip()

    def set_values(self, *, method: IdentityMethod | None = None, document_type: str | None = None,
                   outcome: IdentityOutcome | None = None, on: dt.date | None = None, note: str | None = None) -> None:
        """Fill the form (tests and scripts)."""
        if method is not None:
            self.method.setCurrentIndex(self.method.findData(method))
        if document_type is not None:
            self.document_type.setCurrentText(document_type)
        if outcome is not None:
            self.outcome.setCurrentIndex(self.outcome.findData(outcome))
        if on is not None:
            self.on.setDate(qdate(on))
        if note is not None:
            self.note.setPlainText(note)

    # -- what saving will do ------------------------------------------------------------------

    def _update_consequence(self) -> None:
        if self.outcome_value() is not IdentityOutcome.VERIFIED:
            self.consequence.setText(self.tr("Identity is not verified yet: the ID copies are kept until a "
                                             "check is recorded as verified."))
            self.consequence.setStyleSheet(WARNING_STYLE)
            return
        self.consequence.setStyleSheet(INFO_STYLE)
        if not self.id_copies:
            self.consequence.setText(self.tr("No ID copy is kept for this request: only this note of the "
                                             "check is recorded."))
            return
        grace = self.workbench.settings.values()["id_copy_grace_days"]
        if grace == 0:
            text = self.tr("Once saved, the ID copies of this request (%n) are destroyed at once; the timeline "
                           "keeps only this note of the check.", "", self.id_copies)
        else:
            until = labels.format_date(self.workbench.today() + timedelta(days=grace))
            text = self.tr("Once saved, the ID copies of this request (%n) are kept until %1 (grace period "
                           "of the settings), then destroyed.", "", self.id_copies).replace("%1", until)
        self.consequence.setText(text)

    # -- saving ---------------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in [*self.errors.values(), self.general_error]:
            label.clear()
            label.hide()

    def show_error(self, field: str | None, message: str) -> None:
        label = self.errors.get(field or "", self.general_error)
        label.setText(message)
        label.show()
        self.adjustSize()  # room for the message's lines: nothing clipped

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.saved = self.workbench.identity.record(
                self.detail.id, method=self.method_value(), document_type=self.document_type_text(),
                outcome=self.outcome_value(), on=self.date(), note=self.note.toPlainText(),
                version=self.detail.version)
        except InputError as exc:
            self.show_error(exc.field, messages.text(exc))
            return
        except ServiceError as exc:  # a step the state refuses, changed meanwhile by someone else, a role that may not
            self.show_error("", messages.text(exc))
            return
        super().accept()


def checks_html(checks) -> str:
    """The identity checks of a request, one line each (what the timeline keeps after the copies are gone)."""
    if not checks:
        return QCoreApplication.translate("Documents", "No identity check recorded yet.")
    methods, outcomes = identity_method_labels(), identity_outcome_labels()
    colours = {IdentityOutcome.VERIFIED: html_colour(Tone.SUCCESS), IdentityOutcome.DOUBT: ATTENTION_TEXT,
               IdentityOutcome.REFUSED: ERROR_TEXT}
    lines = []
    for c in checks:
        how = methods.get(c.method, c.method.value)
        if c.document_type:
            how += f" ({html.escape(c.document_type)})"
        outcome = (f"<span style='color:{colours.get(c.outcome, HINT_TEXT)}'><b>"
                   f"{html.escape(outcomes.get(c.outcome, c.outcome.value))}</b></span>")
        line = fill(QCoreApplication.translate("Documents", "%1: %2 — %3 — checked by %4"),
                    labels.format_date(c.checked_on), outcome, how, html.escape(c.checked_by))
        if c.note:
            line += f"<br><span style='color:{HINT_TEXT}'>{html.escape(c.note)}</span>"
        lines.append(line)
    return "<br>".join(lines)


__all__ = [
    "IdentityCheckDialog",
    "checks_html",
    "document_kind_labels",
    "document_type_suggestions",
    "identity_method_labels",
    "identity_outcome_labels",
]
