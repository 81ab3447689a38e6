"""One request: its details, its deadline explained, its timeline, and what can be done next."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import ExtensionGround, RefusalGround
from dpo_workbench.errors import ChangedMeanwhile, ServiceError
from dpo_workbench.letters.model import LetterKind
from dpo_workbench.services.requests import SOON_DAYS, EditResult, RequestDetail
from dpo_workbench.ui.requests.action_dialog import ActionDialog, extension_ground_labels, refusal_ground_labels
from dpo_workbench.ui.requests.agenda import AgendaPanel
from dpo_workbench.ui.requests.collab import offer_reload
from dpo_workbench.ui.requests.documents import DocumentsSection
from dpo_workbench.ui.requests.timeline import timeline_text
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.forms import qdate
from dpo_workbench.ui.widgets.palette import (
    ATTENTION_TEXT,
    ERROR_TEXT,
    FAINT_TEXT,
    HINT_TEXT,
    INFO_STYLE,
    WARNING_STYLE,
    Tone,
    badge_style,
    box_style,
    colour,
    heading_style,
    html_colour,
)
from dpo_workbench.workbench import Workbench

OPTIONAL_ROWS = ("phone", "registered", "extension", "outcome", "notes")  # hidden while empty

STATE_TONES = {
    State.OPEN: Tone.INFO,
    State.AWAITING_IDENTITY: Tone.NEUTRAL,
    State.ANSWERED: Tone.SUCCESS,
    State.CLOSED: Tone.NEUTRAL,
    State.WITHDRAWN: Tone.NEUTRAL,
}


class RequestPanel(QWidget):
    """Shows the request chosen in the register and offers the actions its state allows."""

    changed = Signal(int)  # a request was changed: the register refreshes

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.detail: RequestDetail | None = None

        self.title = QLabel()
        self.title.setStyleSheet(heading_style(16))
        self.state_badge = QLabel()
        self.state_badge.setStyleSheet(badge_style(Tone.NEUTRAL))
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.state_badge)
        header.addStretch(1)

        self.deadline = QLabel()
        self.deadline.setWordWrap(True)
        self.deadline.setTextFormat(Qt.TextFormat.RichText)
        self.repeats = QLabel()
        self.repeats.setWordWrap(True)
        self.repeats.setStyleSheet(WARNING_STYLE)
        self.notice = QLabel()  # what the last correction changed (the due date that moved, steps now late)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.awaited = QLabel()  # what the departments asked for the data still owe
        self.awaited.setWordWrap(True)
        self.awaited.hide()

        self.fields = QFormLayout()
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.field_labels: dict[str, QLabel] = {}
        for key, label in [
            ("name", self.tr("Requester")), ("relation", self.tr("Relation")), ("email", self.tr("E-mail")),
            ("phone", self.tr("Telephone")), ("address", self.tr("Postal address")),
            ("rights", self.tr("Rights")), ("channel", self.tr("Channel")), ("language", self.tr("Language")),
            ("received", self.tr("Received")),
            ("registered", self.tr("Registered mail")), ("extension", self.tr("Extension")),
            ("outcome", self.tr("Outcome")),
            ("notes", self.tr("Notes")),
        ]:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.field_labels[key] = value
            self.fields.addRow(label, value)

        self.buttons: dict[str, QPushButton] = {}
        actions = QGridLayout()
        for key, label, slot in [
            ("edit", self.tr("Modify…"), self.edit),
            ("ask_identity", self.tr("Ask for identity…"), self.ask_identity),
            ("identity_received", self.tr("Identity received…"), self.identity_received),
            ("extend", self.tr("Extend…"), self.extend),
            ("answer", self.tr("Answer…"), self.answer),
            ("close", self.tr("Close"), self.close_request),
            ("withdraw", self.tr("Record withdrawal…"), self.withdraw),
            ("letter", self.tr("Letter…"), lambda: self.write_letter()),  # not clicked(bool) as the kind
            ("case_file", self.tr("Case file for an inquiry…"), lambda: self.export_case_file()),
        ]:
            button = QPushButton(label)
            button.clicked.connect(slot)
            # two columns: the panel fits 450 px
            actions.addWidget(button, len(self.buttons) // 2, len(self.buttons) % 2)
            self.buttons[key] = button

        self.timeline = QTextBrowser()
        self.timeline.setOpenLinks(False)
        self.timeline.setMinimumHeight(160)
        self.timeline.setAcceptDrops(False)  # a scan dropped on the timeline goes to the documents

        from dpo_workbench.ui.requests.incoming import IncomingMessageBox

        self.incoming = IncomingMessageBox(workbench)  # the e-mail it came from, its suggested rights
        self.incoming.rights_changed.connect(self._documents_changed)

        self.documents = DocumentsSection(workbench)
        self.documents.changed.connect(self._documents_changed)
        self.documents.accept_drops_on(self)

        self.placeholder = self.agenda = AgendaPanel(workbench)  # until a request is chosen: what to do first

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(header)
        body_layout.addWidget(self.deadline)
        body_layout.addWidget(self.repeats)
        body_layout.addWidget(self.notice)
        body_layout.addWidget(self.awaited)
        body_layout.addLayout(self.fields)
        body_layout.addWidget(self.incoming)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        body_layout.addWidget(line)
        body_layout.addLayout(actions)
        # the history right under the actions, the documents one click away (a scan dropped brings them forward)
        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        self.sections.setUsesScrollButtons(False)  # four tabs in a narrow panel: shortened if need be, all in view
        self.sections.setElideMode(Qt.TextElideMode.ElideRight)
        self.sections.addTab(self.timeline, self.tr("Timeline"))
        self.sections.addTab(self.documents, self.tr("Documents"))  # short: three tabs share a narrow panel
        self.sections.setTabToolTip(1, self.tr("Documents and identity: letters, scans, e-mails, the identity check"))
        from dpo_workbench.ui.requests.casework import ProcessingsSection

        self.processings = ProcessingsSection(workbench)  # the processings concerning the person, the departments
        self.processings.changed.connect(self._documents_changed)
        self.sections.addTab(self.processings, self.tr("Processings"))
        from dpo_workbench.ui.requests.collab import CollabSection

        self.collab = CollabSection(self)  # the Comments tab; in a team, the "Assigned to" row
        self.documents.changed.connect(lambda: self.sections.setCurrentWidget(self.documents))
        body_layout.addWidget(self.sections, 1)
        self.body = body

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(scroll)
        self.body = scroll
        self.show_request(None)

    # -- showing -------------------------------------------------------------------------

    @property
    def shown(self) -> RequestDetail:
        """The request on show: the actions exist only while one is."""
        if self.detail is None:
            raise RuntimeError("no request is shown")
        return self.detail

    def show_request(self, request_id: int | None) -> None:
        if request_id != (self.detail.id if self.detail else None):
            self.notice.hide()  # it spoke of the request shown before
        if request_id is None:
            self.detail = None
            self.documents.set_request(None)
            self.incoming.set_request(None)
            self.processings.set_request(None)
            self.collab.set_request(None)
            self.body.hide()
            self.agenda.refresh()
            self.placeholder.show()
            return
        self.detail = self.workbench.requests.detail(request_id)  # journaled as a view
        self.placeholder.hide()
        self.body.show()
        self._fill(self.detail)
        self.documents.set_request(self.detail)
        self.incoming.set_request(self.detail)
        self.processings.set_request(self.detail)
        self.collab.set_request(self.detail)
        count = len(self.documents.documents)
        self.sections.setTabText(1, self.tr("Documents (%1)").replace("%1", str(count)) if count
                                 else self.tr("Documents"))
        self._show_casework(self.detail)

    def _show_casework(self, d: RequestDetail) -> None:
        """Above the fields, what the departments asked for the data still owe (red once one is late); the
        Processings tab counts the links (its title red while a department is late)."""
        from dpo_workbench.ui.requests.task_dialogs import awaited_text

        today, tasks = self.workbench.today(), self.processings.tasks
        text = awaited_text(tasks, today)
        if d.anonymised_on is not None:
            text = self.tr("Personal data removed on %1, at the end of the retention period: the request is kept "
                           "for the figures only.").replace("%1", labels.format_date(d.anonymised_on))
        late = any(t.overdue(today) for t in tasks)
        self.awaited.setText(text)
        self.awaited.setStyleSheet(box_style(Tone.DANGER) if late else INFO_STYLE)
        self.awaited.setVisible(bool(text))
        shown = self.processings.shown
        linked = len(shown.linked) if shown else 0
        title = self.tr("Processings (%1)").replace("%1", str(linked)) if linked else self.tr("Processings")
        self.sections.setTabText(self.sections.indexOf(self.processings), title)
        self.sections.tabBar().setTabTextColor(self.sections.indexOf(self.processings),
                                               colour(ERROR_TEXT) if late else QColor())  # invalid: the default

    def _documents_changed(self) -> None:
        """A document or an identity check changed the request: show it again, refresh the register."""
        request_id = self.shown.id
        self.show_request(request_id)
        self.changed.emit(request_id)

    def _fill(self, d: RequestDetail) -> None:
        self.title.setText(d.reference)
        self.state_badge.setText(labels.state_labels()[d.state])
        self.state_badge.setStyleSheet(badge_style(STATE_TONES[d.state]))
        f = self.field_labels
        f["name"].setText(d.requester_name)
        f["relation"].setText(labels.relation_labels()[d.relation])
        f["email"].setText(d.requester_email or "—")
        f["phone"].setText(d.requester_phone or "—")
        f["address"].setText(d.requester_address or "—")
        f["rights"].setText(labels.rights_text(d.rights))
        f["channel"].setText(labels.channel_labels()[d.channel])
        f["language"].setText(labels.language_labels()[d.language])
        f["received"].setText(labels.format_datetime(d.received_at) if d.received_at
                              else labels.format_date(d.received_on))
        f["registered"].setText(d.registered_number or "—")
        outcome = ""
        if d.outcome:
            outcome = labels.outcome_labels()[d.outcome]
            if d.outcome_reason:
                outcome += " — " + d.outcome_reason
        f["outcome"].setText(outcome or "—")
        f["notes"].setText(d.notes or "—")
        f["extension"].setText(d.extension_reason or "—")
        for key in OPTIONAL_ROWS:  # what was never given takes no room: the history stays in view
            self.fields.setRowVisible(f[key], f[key].text() != "—")
        self.deadline.setText(self._deadline_html(d))
        if d.repeats:
            lines = [self.tr("Earlier request(s) by the same person for the same right:")]
            states = labels.state_labels()
            lines += [f"• {h.reference} — {labels.format_date(h.received_on)} — {labels.rights_text(h.rights)}"
                      f" — {states[h.state]}" for h in d.repeats]
            self.repeats.setText("\n".join(lines))
            self.repeats.show()
        else:
            self.repeats.hide()
        self._enable_actions(d)
        self.timeline.setHtml(self._timeline_html(d))

    def _timeline_html(self, d: RequestDetail) -> str:
        rows = []
        for entry in d.timeline:
            recorded = self.tr("recorded %1 by %2").replace("%1", labels.format_datetime(entry.at)).replace(
                "%2", html.escape(entry.actor))
            rows.append(
                "<tr><td style='padding:4px 10px 4px 0; white-space:nowrap; vertical-align:top'><b>"
                f"{labels.format_date(entry.on)}</b></td><td style='padding:4px 0'>{html.escape(timeline_text(entry))}"
                f"<br><span style='color:{FAINT_TEXT}; font-size:small'>{recorded}</span></td></tr>")
        return "<table width='100%' cellspacing='0'>" + "".join(rows) + "</table>"

    def _deadline_html(self, d: RequestDetail) -> str:
        today = self.workbench.today()
        parts = []
        if d.state is State.AWAITING_IDENTITY:
            projected = d.case.projected_due(today)
            parts.append(self.tr("<b>Clock suspended</b> since %1 while identity information is awaited. "
                                 "If it arrives today, the due date will be <b>%2</b>.")
                         .replace("%1", labels.format_date(d.suspended_since))
                         .replace("%2", labels.format_date(projected)))
        elif d.state is State.OPEN:
            left = labels.days_left_text(d.days_left, d.state)
            colour = (ERROR_TEXT if (d.days_left or 0) < 0 else ATTENTION_TEXT if (d.days_left or 0) <= SOON_DAYS
                      else html_colour(Tone.SUCCESS))
            parts.append(self.tr("Due date: <b>%1</b> (<span style='color:%2'>%3</span>).")
                         .replace("%1", labels.format_date(d.due_on)).replace("%2", colour).replace("%3", left))
        else:
            parts.append(self.tr("Due date was %1.").replace("%1", labels.format_date(d.due_on)))
        explain = [self.tr("One month from receipt: %1").replace("%1", labels.format_date(d.one_month_due))]
        if d.suspended_days:
            explain.append(self.tr("including %n day(s) of suspension", "", d.suspended_days))
        if d.extended:
            explain.append(self.tr("extended by two months (three months from receipt)"))
        separator = self.tr("; ", "between the explanations of the due date")  # French: no-break space before ;
        parts.append(f"<span style='color:{HINT_TEXT}'>" + separator.join(explain) + ".</span>")
        return "<br>".join(parts)

    def _enable_actions(self, d: RequestDetail) -> None:
        is_open = d.state.is_open
        self.buttons["edit"].setEnabled(d.anonymised_on is None)
        self.buttons["ask_identity"].setEnabled(d.state is State.OPEN)
        self.buttons["identity_received"].setEnabled(d.state is State.AWAITING_IDENTITY)
        self.buttons["extend"].setEnabled(is_open and not d.extended)
        self.buttons["answer"].setEnabled(is_open)
        self.buttons["close"].setEnabled(d.state is State.ANSWERED)
        self.buttons["withdraw"].setEnabled(is_open)
        self.buttons["letter"].setEnabled(d.state is not State.WITHDRAWN and d.anonymised_on is None)

    # -- actions -------------------------------------------------------------------------

    def write_letter(self, kind: LetterKind | None = None):
        """Open the letter dialog of this request (returned); the panel refreshes each time a letter is saved."""
        from dpo_workbench.ui.letters.dialog import LetterDialog

        dialog = LetterDialog(self.workbench, self.shown.id, self, kind=kind)
        dialog.saved.connect(lambda _document_id: self._documents_changed())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def export_case_file(self, path: str | None = None):
        """The request's case file (timeline PDF, letters, identity record, journal) as a zip."""
        from dpo_workbench.ui.requests.casefile import export_case_file

        return export_case_file(self, self.workbench, self.shown.reference, path)

    def _run(self, action, *args) -> bool:
        """Apply an action; a refused transition is explained, nothing is changed."""
        try:
            result = action(self.shown.id, *args, version=self.shown.version)
        except ChangedMeanwhile as exc:
            offer_reload(self, exc, self._documents_changed)
            return False
        except ServiceError as exc:  # a step the state does not allow, a role that may not
            QMessageBox.warning(self, self.tr("Not possible"), messages.text(exc))
            return False
        for warning in result.warnings:
            QMessageBox.warning(self, self.tr("Please note"), messages.text(warning))
        request_id = self.shown.id
        self.show_request(request_id)
        self.changed.emit(request_id)
        return True

    def _dialog(self, title: str, **kwargs) -> ActionDialog:
        return ActionDialog(title, self.shown, self.workbench.today(), parent=self, **kwargs)

    def _exec_until_valid(self, dialog: ActionDialog, apply) -> None:
        """Keep the dialog open with the message when the act is refused, so nothing typed is lost."""
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                result = apply(dialog)
            except ChangedMeanwhile as exc:  # the dialog stays open with what was typed, the panel reloaded
                dialog.show_error(messages.text(exc))
                if offer_reload(self, exc, self._documents_changed):
                    dialog.version = self.shown.version
                    dialog.show_error(self.tr("Reloaded with %1's change: check what you typed, then press OK "
                                              "again.").replace("%1", exc.changed_by))
                continue
            except ServiceError as exc:
                dialog.show_error(messages.text(exc))
                continue
            for warning in result.warnings:
                QMessageBox.warning(self, self.tr("Please note"), messages.text(warning))
            request_id = self.shown.id
            self.show_request(request_id)
            self.changed.emit(request_id)
            return

    def edit(self) -> bool:
        """Modify what was logged; the panel then says where the due date moved. True when saved."""
        from dpo_workbench.ui.requests.edit_request import EditRequestDialog

        dialog = EditRequestDialog(self.workbench, self.shown, self)
        dialog.reloaded.connect(self._documents_changed)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.edit_result is None:
            return False
        result, request_id = dialog.edit_result, self.shown.id
        self.show_request(request_id)
        self.changed.emit(request_id)
        self.show_correction(result)
        return True

    def show_correction(self, result: EditResult) -> None:
        if not result.changed:
            lines = [self.tr("Nothing was changed.")]
        elif result.due_moved:
            lines = [self.tr("Corrections saved. The due date moves from %1 to %2.").replace(
                "%1", labels.format_date(result.due_before)).replace("%2", labels.format_date(result.due_after))]
        else:
            lines = [self.tr("Corrections saved; the due date is unchanged (%1).").replace(
                "%1", labels.format_date(result.due_after))]
        lines += [messages.text(w) for w in result.warnings]
        self.notice.setText("\n".join(lines))
        self.notice.setStyleSheet(WARNING_STYLE if result.warnings else INFO_STYLE)
        self.notice.show()

    def ask_identity(self) -> None:
        dialog = self._dialog(self.tr("Ask for identity information"))
        self._exec_until_valid(dialog, lambda dlg: self.workbench.requests.ask_identity(
            self.shown.id, dlg.date(), version=dlg.version))

    def identity_received(self) -> None:
        dialog = self._dialog(self.tr("Identity information received"))
        since = self.shown.suspended_since
        if since is not None:
            dialog.on.setMinimumDate(qdate(since))
        self._exec_until_valid(dialog, lambda dlg: self.workbench.requests.identity_received(
            self.shown.id, dlg.date(), version=dlg.version))

    def extend(self) -> None:
        d = self.shown
        dialog = self._dialog(
            self.tr("Extend the deadline by two months"),
            reason=self.tr("Why the request needs more time (complexity, number of requests); "
                           "the person must be told."),
            warn_after=d.one_month_due, grounds=extension_ground_labels(),
            warn_text=self.tr("This date is after the one-month deadline (%1): the law requires the person "
                              "to be told of the extension within the first month.")
            .replace("%1", labels.format_date(d.one_month_due)),
        )
        self._exec_until_valid(dialog, lambda dlg: self.workbench.requests.extend(
            d.id, dlg.reason_text(), dlg.date(), ground=ExtensionGround(dlg.ground_value()), version=dlg.version))

    def answer(self) -> None:
        d = self.shown
        from dpo_workbench.ui.requests.task_dialogs import awaited_text

        dialog = self._dialog(
            self.tr("Record the answer"), outcome=True, grounds=refusal_ground_labels(),
            awaited=awaited_text(self.processings.tasks, self.workbench.today()),
            reason=self.tr("Required for a refusal or a partial answer: the reasons given to the person."),
            warn_after=d.due_on if d.state is State.OPEN else None,
            warn_text=self.tr("This date is after the due date (%1): the answer is late.")
            .replace("%1", labels.format_date(d.due_on)),
        )
        if d.state is State.AWAITING_IDENTITY and dialog.ground is not None:  # refusing: identity not proven
            dialog.ground.setCurrentIndex(dialog.ground.findData(RefusalGround.IDENTITY_NOT_PROVEN.value))
        self._exec_until_valid(dialog, lambda dlg: self.workbench.requests.answer(
            d.id, dlg.outcome_value(), dlg.reason_text(), dlg.date(),
            ground=RefusalGround(dlg.ground_value()) if dlg.ground_value() else None,
            without_tasks_reason=dlg.without_tasks_text(), version=dlg.version))

    def close_request(self) -> None:
        self._run(self.workbench.requests.close)

    def withdraw(self) -> None:
        dialog = self._dialog(self.tr("The person withdrew the request"))
        self._exec_until_valid(dialog, lambda dlg: self.workbench.requests.withdraw(
            self.shown.id, dlg.date(), version=dlg.version))
