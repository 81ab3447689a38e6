"""Logging a new request: a form that says what is wrong next to the field.

Nothing typed is lost on an error: the dialog stays open with the message
beside the field. A repeated request by the same person is shown while the
DPO types, before saving.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.rights import Channel, Language, Relation, Right
from dpo_workbench.errors import InputError
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.forms import error_label, pydate, qdate, with_error
from dpo_workbench.ui.widgets.palette import ERROR_STYLE, WARNING_STYLE
from dpo_workbench.workbench import Workbench

__all__ = ["ERROR_STYLE", "WARNING_STYLE", "NewRequestDialog", "pydate", "qdate"]


class NewRequestDialog(QDialog):
    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.reference: str | None = None
        self.setWindowTitle(self.tr("Log a new request"))
        self.setMinimumWidth(560)
        today = workbench.today()

        self.channel = QComboBox()
        for channel, label in labels.channel_labels().items():
            self.channel.addItem(label, channel)
        self.received_date = QDateEdit(qdate(today))
        self.received_date.setCalendarPopup(True)
        self.received_date.setMaximumDate(qdate(today))
        self.received_date.setDisplayFormat("dd/MM/yyyy")
        now = workbench.now().astimezone(PARIS)
        self.received_time = QDateTimeEdit(QDateTime(qdate(now.date()), QTime(now.hour, now.minute)))
        self.received_time.setCalendarPopup(True)
        self.received_time.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.registered_number = QLineEdit()
        self.registered_number.setPlaceholderText(self.tr("e.g. 1A 123 456 7890 1"))

        self.name = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(64)
        self.relation = QComboBox()
        for relation, label in labels.relation_labels().items():
            self.relation.addItem(label, relation)

        self.right_boxes: dict[Right, QCheckBox] = {}
        rights_box = self.rights_box = QGroupBox(self.tr("Rights invoked"))
        grid = QGridLayout(rights_box)
        for i, (right, label) in enumerate(labels.right_labels().items()):
            box = QCheckBox(label)
            self.right_boxes[right] = box
            grid.addWidget(box, i // 2, i % 2)
            box.toggled.connect(self._schedule_repeat_check)

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)

        self.errors: dict[str, QLabel] = {}
        form = self.form = QFormLayout()
        form.addRow(self.tr("Received by"), self.channel)
        self.received_date_row = self._row(form, self.tr("Received on"), self.received_date, "received")
        self.received_time_row = self._row(form, self.tr("Received at"), self.received_time, "received_at")
        self.registered_row = self._row(form, self.tr("Registered-mail number"), self.registered_number,
                                        "registered_number")
        self._row(form, self.tr("Requester's name"), self.name, "name")
        self._row(form, self.tr("E-mail address"), self.email, "email")
        self._row(form, self.tr("Telephone"), self.phone, "phone")
        self._row(form, self.tr("Postal address"), self.address, "address")
        form.addRow(self.tr("Relation"), self.relation)
        self.language = QComboBox()
        self.language.addItem(self.tr("French"), Language.FR)
        self.language.addItem(self.tr("English"), Language.EN)
        self.language.setToolTip(self.tr("The language of the request: the letters answering it are written in it."))
        form.addRow(self.tr("Language"), self.language)

        self.rights_error = QLabel()
        self.rights_error.setStyleSheet(ERROR_STYLE)
        self.rights_error.hide()
        self.errors["rights"] = self.rights_error

        self.repeat_warning = QLabel()
        self.repeat_warning.setWordWrap(True)
        self.repeat_warning.setStyleSheet(WARNING_STYLE)
        self.repeat_warning.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        layout = self.main_layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rights_box)
        layout.addWidget(self.rights_error)
        notes_form = QFormLayout()
        notes_form.addRow(self.tr("Notes"), self.notes)
        layout.addLayout(notes_form)
        layout.addWidget(self.repeat_warning)
        layout.addWidget(buttons)

        self._repeat_timer = QTimer(self)
        self._repeat_timer.setSingleShot(True)
        self._repeat_timer.setInterval(300)
        self._repeat_timer.timeout.connect(self.check_repeats)
        for signal in (self.name.textChanged, self.email.textChanged, self.received_date.dateChanged):
            signal.connect(self._schedule_repeat_check)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self._channel_changed()

    def _row(self, form: QFormLayout, label: str, widget: QWidget, field: str) -> QWidget:
        error = self.errors[field] = error_label()
        container = with_error(widget, error)
        form.addRow(label, container)
        return container

    def _channel_changed(self) -> None:
        channel = Channel(self.channel.currentData())
        by_email = channel is Channel.EMAIL
        for widget, visible in ((self.received_date_row, not by_email), (self.received_time_row, by_email),
                                (self.registered_row, channel is Channel.POST)):
            self.form.setRowVisible(widget, visible)

    # -- values ---------------------------------------------------------------------

    def selected_rights(self) -> list[Right]:
        return [r for r, box in self.right_boxes.items() if box.isChecked()]

    def new_request(self) -> NewRequest:
        channel = Channel(self.channel.currentData())
        received_at = None
        if channel is Channel.EMAIL:
            value = self.received_time.dateTime()
            d, t = value.date(), value.time()
            received_at = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=PARIS)
            received_on = received_at.date()
        else:
            received_on = pydate(self.received_date.date())
        return NewRequest(
            rights=self.selected_rights(), channel=channel, received_on=received_on, received_at=received_at,
            requester_name=self.name.text(), relation=Relation(self.relation.currentData()),
            language=Language(self.language.currentData()),
            requester_email=self.email.text(), requester_phone=self.phone.text(),
            requester_address=self.address.toPlainText(),
            registered_number=self.registered_number.text() if channel is Channel.POST else "",
            notes=self.notes.toPlainText(),
        )

    # -- repeats ---------------------------------------------------------------------

    def _schedule_repeat_check(self, *_args) -> None:
        self._repeat_timer.start()

    def check_repeats(self) -> None:
        new = self.new_request()
        if not new.requester_name.strip() or not new.rights:
            self.repeat_warning.hide()
            return
        hits = self.workbench.requests.find_repeats(new.requester_name, new.requester_email.strip(), new.rights,
                                           new.received_on)
        if not hits:
            self.repeat_warning.hide()
            return
        months = self.workbench.settings.values()["repeat_window_months"]
        lines = [self.tr("This person already made %n request(s) for the same right in the last %1 months:",
                         "", len(hits)).replace("%1", str(months))]
        states = labels.state_labels()
        for hit in hits:
            lines.append(f"• {hit.reference} — {labels.format_date(hit.received_on)} — "
                         f"{labels.rights_text(hit.rights)} — {states[hit.state]}")
        lines.append(self.tr("A manifestly excessive, repetitive request may be refused or charged "
                             "(GDPR Art. 12(5)); record your reasoning."))
        self.repeat_warning.setText("\n".join(lines))
        self.repeat_warning.show()

    # -- saving ------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def show_error(self, field: str | None, message: str) -> None:
        field = field or ""
        label = self.errors.get(field) or self.errors["received" if field.startswith("received") else "name"]
        label.setText(message)
        label.show()

    def save(self) -> None:
        self.clear_errors()
        try:
            new = self.workbench.requests.check_new(self.new_request())
            self.reference = self.workbench.requests.register(new)
        except InputError as exc:
            field = exc.field
            if field == "received" and self.channel.currentData() == Channel.EMAIL:
                field = "received_at"
            self.show_error(field, messages.text(exc))
            return
        self.accept()

