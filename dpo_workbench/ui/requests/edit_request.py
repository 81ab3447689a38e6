"""Correcting a logged request: the new-request form, filled with what was recorded, the rights left aside.

Saving goes through `RequestService.edit` (one transaction, each change kept in the
timeline as old -> new, the journal naming the fields). While the DPO changes the date
of receipt the form says where the due date moves; on bad input the message sits under
the field and nothing typed is lost.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtWidgets import QLabel, QWidget

from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Channel
from dpo_workbench.errors import ChangedMeanwhile, InputError, ServiceError
from dpo_workbench.services.requests import EditResult, RequestChanges, RequestDetail
from dpo_workbench.ui.requests.collab import offer_reload
from dpo_workbench.ui.requests.new_request import NewRequestDialog
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.forms import pydate, qdate
from dpo_workbench.ui.widgets.palette import ERROR_STYLE, INFO_STYLE
from dpo_workbench.workbench import Workbench


class EditRequestDialog(NewRequestDialog):
    """Modify a request's requester, contact details, channel, date of receipt and notes."""

    reloaded = Signal()  # someone else changed the request meanwhile and the user chose Reload: the panel shows it

    def __init__(self, workbench: Workbench, detail: RequestDetail, parent: QWidget | None = None):
        super().__init__(workbench, parent)
        self.detail = detail
        self.edit_result: EditResult | None = None
        self.setWindowTitle(self.tr("Modify %1").replace("%1", detail.reference))
        self.rights_box.hide()  # the rights are confirmed or changed in the panel (incoming e-mail box)

        self._time_known = detail.received_at is not None  # logged with a date only: no time is made up
        self.channel.setCurrentIndex(self.channel.findData(detail.channel))
        self.received_date.setDate(qdate(detail.received_on))
        if detail.received_at is not None:
            local = detail.received_at.astimezone(PARIS)
            self.received_time.setDateTime(QDateTime(qdate(local.date()), QTime(local.hour, local.minute)))
        self._channel_changed()
        self.registered_number.setText(detail.registered_number)
        self.name.setText(detail.requester_name)
        self.email.setText(detail.requester_email)
        self.phone.setText(detail.requester_phone)
        self.address.setPlainText(detail.requester_address)
        self.relation.setCurrentIndex(self.relation.findData(detail.relation))
        self.language.setCurrentIndex(self.language.findData(detail.language))
        self.notes.setPlainText(detail.notes)

        self.due = QLabel()
        self.due.setWordWrap(True)
        self.due.setStyleSheet(INFO_STYLE)
        self.main_layout.insertWidget(self.main_layout.count() - 1, self.due)  # above the buttons
        self.conflict = QLabel()  # changed by someone else meanwhile, or a role that may not change it
        self.conflict.setWordWrap(True)
        self.conflict.setStyleSheet(ERROR_STYLE)
        self.conflict.hide()
        self.main_layout.insertWidget(self.main_layout.count() - 1, self.conflict)
        for signal in (self.received_date.dateChanged, self.received_time.dateTimeChanged,
                       self.channel.currentIndexChanged):
            signal.connect(self._update_due)
        self._update_due()

    # -- the date of receipt and the due date ---------------------------------------------------

    def _by_time(self) -> bool:
        """The time of receipt is edited (an e-mail whose time is known), else the date alone."""
        return Channel(self.channel.currentData()) is Channel.EMAIL and getattr(self, "_time_known", False)

    def _channel_changed(self) -> None:
        super()._channel_changed()
        by_time = self._by_time()
        self.form.setRowVisible(self.received_date_row, not by_time)
        self.form.setRowVisible(self.received_time_row, by_time)

    def received_on(self) -> date:
        return pydate(self.received_time.date()) if self._by_time() else pydate(self.received_date.date())

    def due_after(self) -> date:
        """The due date with the date of receipt in the form (suspensions and extension kept)."""
        case = dataclasses.replace(self.detail.case, received=self.received_on())
        today = self.workbench.today()
        return case.projected_due(today) if case.state is State.AWAITING_IDENTITY else case.due

    def _update_due(self, *_args) -> None:
        after, before = self.due_after(), self.detail.due_on
        if after == before:
            text = self.tr("Due date: %1 (unchanged).").replace("%1", labels.format_date(after))
        else:
            text = self.tr("New due date: %1 (it was %2).").replace("%1", labels.format_date(after)).replace(
                "%2", labels.format_date(before))
        self.due.setText(text)

    # -- values -----------------------------------------------------------------------------------

    def check_repeats(self) -> None:  # a correction is not a new request: no repeat to warn of
        self.repeat_warning.hide()

    def changes(self) -> RequestChanges:
        new = self.new_request()
        by_time = self._by_time()
        return RequestChanges(
            requester_name=new.requester_name, requester_email=new.requester_email,
            requester_phone=new.requester_phone, requester_address=new.requester_address, channel=new.channel,
            received_on=new.received_on if by_time else self.received_on(),
            received_at=new.received_at if by_time else None, registered_number=new.registered_number,
            notes=new.notes, relation=new.relation, language=new.language,
        )

    def save(self) -> None:
        self.clear_errors()
        self.conflict.hide()
        try:
            self.edit_result = self.workbench.requests.edit(self.detail.id, self.changes(), version=self.detail.version)
        except ChangedMeanwhile as exc:  # the form keeps what was typed; saved again, it carries the new version
            self._say(messages.text(exc))
            offer_reload(self, exc, self.reload)
            return
        except InputError as exc:
            field = exc.field
            if field == "received" and self._by_time():
                field = "received_at"
            self.show_error(field, messages.text(exc))
            return
        except ServiceError as exc:  # a role that may not change this request
            self._say(messages.text(exc))
            return
        self.accept()

    def _say(self, message: str) -> None:
        self.conflict.setText(message)
        self.conflict.show()

    def reload(self) -> None:
        """Read the request again (the panel shows the other's change); what is typed in the form stays."""
        self.detail = self.workbench.requests.detail(self.detail.id)
        self.reloaded.emit()
        self._update_due()
        self._say(self.tr("Reloaded with %1's change: check what you typed, then save again.").replace(
            "%1", self.detail.updated_by or "?"))
