"""The dialogs of the internal data requests: ask the departments, e-mail (or remind) one, record its answer, see it.

Every act goes through `workbench.tasks`; a refusal is shown in the dialog, which stays open with what was typed.
"""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.casework import TASK_OUTCOMES
from dpo_workbench.errors import MailServerError, ServiceError
from dpo_workbench.services.tasks import AnswerFile, NewTask, TaskInfo, TaskProposal
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.forms import error_label, fill, pydate, qdate
from dpo_workbench.ui.widgets.palette import FAINT_STYLE, HINT_STYLE, TITLE_STYLE, WARNING_STYLE
from dpo_workbench.workbench import Workbench

MAX_FILE_MB = 50


def task_kind_labels() -> dict[str, str]:
    """What a department may be asked to do (core.casework.TASK_KINDS)."""
    return {
        "extraction": QCoreApplication.translate("Tasks", "Find and extract the data"),
        "erasure": QCoreApplication.translate("Tasks", "Erase the data"),
        "rectification": QCoreApplication.translate("Tasks", "Rectify the data"),
        "restriction": QCoreApplication.translate("Tasks", "Restrict the processing"),
        "objection": QCoreApplication.translate("Tasks", "Stop the processing (objection)"),
    }


def task_kind_words() -> dict[str, str]:
    """The same, in one word each (lists, the timeline)."""
    return {
        "extraction": QCoreApplication.translate("Tasks", "extraction"),
        "erasure": QCoreApplication.translate("Tasks", "erasure"),
        "rectification": QCoreApplication.translate("Tasks", "rectification"),
        "restriction": QCoreApplication.translate("Tasks", "restriction"),
        "objection": QCoreApplication.translate("Tasks", "objection"),
    }


def task_outcome_labels() -> dict[str, str]:
    return {
        "done": QCoreApplication.translate("Tasks", "Done (data extracted, erased…)"),
        "no-data": QCoreApplication.translate("Tasks", "No data about the person"),
        "not-done": QCoreApplication.translate("Tasks", "Not done (the department says why)"),
    }


def kinds_text(kinds: tuple[str, ...] | list[str]) -> str:
    words = task_kind_words()
    return ", ".join(words.get(k, k) for k in kinds)


def task_status_text(task: TaskInfo, today: date) -> str:
    """Where a task stands, in a few words."""
    if task.state == "answered":
        return fill(QCoreApplication.translate("Tasks", "answered on %1"), labels.format_date(task.answered_on))
    if task.state == "cancelled":
        return QCoreApplication.translate("Tasks", "no longer needed")
    late = (today - task.due_on).days
    if late > 0:
        return QCoreApplication.translate("Tasks", "%n day(s) late", "", late)
    return QCoreApplication.translate("Tasks", "awaited")


def _lang_combo(selected: str = "fr") -> QComboBox:
    combo = QComboBox()
    for language, label in labels.language_labels().items():
        combo.addItem(label, language.value)
    combo.setCurrentIndex(max(0, combo.findData(selected)))
    return combo


class DepartmentBox(QGroupBox):
    """One department to ask: ticked, what it is asked, by when, what to add to the e-mail."""

    def __init__(self, proposal: TaskProposal, request_due: date, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.proposal = proposal
        self.setTitle(proposal.department)
        self.setCheckable(True)
        self.setChecked(proposal.open_task is None)
        self.setEnabled(proposal.open_task is None)
        form = QFormLayout(self)
        contact = proposal.contact_name or "—"
        if proposal.contact_email:
            contact += f" <{proposal.contact_email}>"
        self.contact = QLabel(contact)
        if not proposal.contact_email:
            self.contact.setText(contact + " — " + self.tr("no e-mail address: you will write to it yourself"))
            self.contact.setStyleSheet(WARNING_STYLE)
        self.contact.setWordWrap(True)
        form.addRow(self.tr("Contact"), self.contact)
        processings = QLabel("\n".join(f"{ref} — {name}" for ref, name in proposal.processings))
        processings.setWordWrap(True)
        form.addRow(self.tr("Processings"), processings)
        kinds = QWidget()
        grid = QGridLayout(kinds)
        grid.setContentsMargins(0, 0, 0, 0)
        self.kinds: dict[str, QCheckBox] = {}
        for n, (kind, label) in enumerate(task_kind_labels().items()):
            box = QCheckBox(label)
            box.setChecked(kind in proposal.kinds)
            self.kinds[kind] = box
            grid.addWidget(box, n // 2, n % 2)
        form.addRow(self.tr("Asked"), kinds)
        self.due = QDateEdit(qdate(proposal.due_on))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd/MM/yyyy")
        self.due.setMinimumDate(qdate(min(today, proposal.due_on)))
        self.due.setMaximumDate(qdate(max(request_due, proposal.due_on)))
        due_row = QHBoxLayout()
        due_row.addWidget(self.due)
        note = QLabel(fill(self.tr("the request is due on %1"), labels.format_date(request_due)))
        note.setStyleSheet(FAINT_STYLE)
        due_row.addWidget(note, 1)
        form.addRow(self.tr("Answer by"), due_row)
        self.details = QPlainTextEdit()
        self.details.setPlaceholderText(self.tr("What helps the department find the person (customer number, "
                                                "account…) or what to rectify; added to the e-mail"))
        self.details.setTabChangesFocus(True)
        self.details.setFixedHeight(56)
        form.addRow(self.tr("Details"), self.details)
        if proposal.open_task is not None:
            self.setToolTip(self.tr("Already asked: its answer is awaited (send a reminder instead)."))

    def new_task(self, lang: str) -> NewTask:
        chosen = pydate(self.due.date())
        return NewTask(self.proposal.department_id, [k for k, box in self.kinds.items() if box.isChecked()],
                       details=self.details.toPlainText(), lang=lang,
                       due_on=None if chosen == self.proposal.due_on else chosen)


class AskDepartmentsDialog(QDialog):
    """Ask the departments of the linked processings for what the rights require (one task each)."""

    def __init__(self, workbench: Workbench, request_id: int, request_due: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.request_id = request_id
        self.created: list[int] = []
        self.setWindowTitle(self.tr("Ask the departments"))
        self.setMinimumWidth(620)
        self.proposals = workbench.tasks.proposals(request_id)  # a viewing of the departments' contacts
        intro = QLabel(self.tr("Each department owning a processing linked to the request is asked for what the "
                               "rights invoked require, with a due date before the request's. You then send it the "
                               "e-mail (or save it as a draft) from the request's Processings section."))
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        body = QWidget()
        column = QVBoxLayout(body)
        today = workbench.today()
        self.boxes = [DepartmentBox(p, request_due, today) for p in self.proposals]
        for box in self.boxes:
            column.addWidget(box)
        unowned = workbench.tasks.unowned(request_id)
        if unowned:
            missing = QLabel(fill(self.tr("No department owns %1: set one in the register to ask it."),
                                  ", ".join(unowned)))
            missing.setWordWrap(True)
            missing.setStyleSheet(WARNING_STYLE)
            column.addWidget(missing)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.lang = _lang_combo()
        lang_row = QHBoxLayout()
        lang_row.addWidget(QLabel(self.tr("Language of the e-mails")))
        lang_row.addWidget(self.lang)
        lang_row.addStretch(1)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ask_button = self.buttons.addButton(self.tr("Ask"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ask_button.setEnabled(any(box.isEnabled() for box in self.boxes))
        self.buttons.accepted.connect(self.ask)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(lang_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(680, min(760, 220 + 260 * max(1, len(self.boxes))))

    def ask(self) -> list[int]:
        wanted = [box.new_task(self.lang.currentData()) for box in self.boxes if box.isEnabled() and box.isChecked()]
        if not wanted:
            self.error.setText(self.tr("Tick at least one department."))
            self.error.show()
            return []
        try:
            self.created = self.workbench.tasks.ask(self.request_id, wanted)
        except ServiceError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return []
        self.accept()
        return self.created


class TaskMailDialog(QDialog):
    """The e-mail to a department (or a reminder): sent with the mail account, or saved as a draft (.eml)."""

    def __init__(self, workbench: Workbench, task: TaskInfo, *, reminder: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.task = task
        self.reminder = reminder
        self.outcome = ""  # "sent" | "draft"
        self.setWindowTitle(self.tr("Remind the department") if reminder else self.tr("E-mail to the department"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = QLabel(fill(self.tr("%1 — %2"), task.department, task.reference))
        title.setStyleSheet(TITLE_STYLE)
        layout.addWidget(title)
        self.error = error_label()
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setMinimumHeight(260)
        try:
            message = workbench.tasks.message(task.id, reminder=reminder)
            to = str(message["To"])
            self.preview.setPlainText(f"{self.tr('To:')} {to}\n{self.tr('Subject:')} {message['Subject']}\n\n"
                                      + message.get_content())
            self.ready = True
        except ServiceError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            self.ready = False
        if reminder and task.reminders:
            done = QLabel(fill(self.tr("Already reminded %1 time(s), last on %2."), str(task.reminders),
                               labels.format_date(task.reminded_on)))
            done.setStyleSheet(FAINT_STYLE)
            layout.addWidget(done)
        layout.addWidget(self.preview, 1)
        self.choice = QButtonGroup(self)
        self.by_smtp = QRadioButton(self.tr("Send it now from the mail account"))
        self.as_draft = QRadioButton(self.tr("Save it as a draft (.eml) to send from my mail program"))
        can_send = workbench.tasks.can_send()
        self.by_smtp.setEnabled(can_send)
        (self.by_smtp if can_send else self.as_draft).setChecked(True)
        for button in (self.by_smtp, self.as_draft):
            self.choice.addButton(button)
            layout.addWidget(button)
        if not can_send:
            hint = QLabel(self.tr("No mail account can send (Intake › Mail accounts): save a draft."))
            hint.setWordWrap(True)
            hint.setStyleSheet(FAINT_STYLE)
            layout.addWidget(hint)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = buttons.addButton(self.tr("Send") if can_send else self.tr("Save the draft…"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.by_smtp.toggled.connect(lambda on: self.go.setText(self.tr("Send") if on else self.tr("Save the draft…")))
        self.go.setEnabled(self.ready)
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def run(self, path: str | None = None) -> str:
        """Send, or save the draft where the DPO chooses (`path` given by tests); "" when nothing was done."""
        if self.by_smtp.isChecked():
            try:
                sent = self.workbench.tasks.send(self.task.id, reminder=self.reminder)
            except (MailServerError, ServiceError) as exc:
                self.error.setText(messages.text(exc))
                self.error.show()
                return ""
            QMessageBox.information(self, self.windowTitle(), fill(self.tr("Sent to %1."), sent.recipient))
            self.outcome = "sent"
            self.accept()
            return self.outcome
        if path is None:
            default = f"{self.task.reference}-{self.task.department}-{'reminder' if self.reminder else 'request'}.eml"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the e-mail draft"), default,
                                                  self.tr("E-mail (*.eml)"))
            if not path:
                return ""
        from dpo_workbench.exports import write_export

        try:
            write_export(path, self.workbench.tasks.eml(self.task.id, reminder=self.reminder))
        except ServiceError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return ""
        self.outcome = "draft"
        self.accept()
        return self.outcome


class TaskAnswerDialog(QDialog):
    """The department's answer: when, what it did, a note, its files (encrypted into the case file)."""

    def __init__(self, workbench: Workbench, task: TaskInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.task = task
        self.files: list[Path] = []
        self.setWindowTitle(fill(self.tr("Answer of %1"), task.department))
        self.setMinimumWidth(520)
        form = QFormLayout()
        today = workbench.today()
        self.on = QDateEdit(qdate(today))
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("dd/MM/yyyy")
        self.on.setMinimumDate(qdate(task.asked_on))
        self.on.setMaximumDate(qdate(today))
        form.addRow(self.tr("Received on"), self.on)
        self.outcome = QComboBox()
        for code in TASK_OUTCOMES:
            self.outcome.addItem(task_outcome_labels()[code], code)
        form.addRow(self.tr("Outcome"), self.outcome)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What the department said (what was kept and why, where the data "
                                             "were…)"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)
        form.addRow(self.tr("Note"), self.note)
        self.file_list = QListWidget()
        self.file_list.setFixedHeight(90)
        add = QPushButton(self.tr("Add files…"))
        add.setAutoDefault(False)
        add.clicked.connect(lambda: self.add_files())
        remove = QPushButton(self.tr("Remove"))
        remove.setAutoDefault(False)
        remove.clicked.connect(self._remove_file)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(add)
        file_buttons.addWidget(remove)
        file_buttons.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.file_list, 1)
        files_row.addLayout(file_buttons)
        form.addRow(self.tr("Files"), files_row)
        hint = QLabel(fill(self.tr("Any kind of file up to %1 MB (an extraction, a confirmation): encrypted into "
                                   "the request's documents."), str(MAX_FILE_MB)))
        hint.setWordWrap(True)
        hint.setStyleSheet(FAINT_STYLE)
        form.addRow("", hint)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def add_files(self, paths: list[str] | None = None) -> None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("The department's files"))
        for name in paths:
            path = Path(name)
            if path not in self.files:
                self.files.append(path)
                self.file_list.addItem(QListWidgetItem(path.name))

    def _remove_file(self) -> None:
        row = self.file_list.currentRow()
        if row >= 0:
            self.file_list.takeItem(row)
            del self.files[row]

    def save(self) -> bool:
        try:
            files = []
            for path in self.files:
                if path.stat().st_size > MAX_FILE_MB * 1024 * 1024:
                    raise ValueError(fill(self.tr("%1 is larger than %2 MB."), path.name, str(MAX_FILE_MB)))
                files.append(AnswerFile(path.name, path.read_bytes()))
            self.workbench.tasks.answer(self.task.id, self.outcome.currentData(), on=pydate(self.on.date()),
                                        note=self.note.toPlainText(), files=files)
        except ServiceError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return False
        except (OSError, ValueError) as exc:
            self.error.setText(str(exc) if isinstance(exc, ValueError) else fill(
                self.tr("A file cannot be read: %1"), exc.strerror or type(exc).__name__))
            self.error.show()
            return False
        self.accept()
        return True


class TaskDetailDialog(QDialog):
    """A task in full: what was asked, to whom, when; the answer and its files (open or export a copy)."""

    def __init__(self, workbench: Workbench, task: TaskInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.task = task
        self.setWindowTitle(fill(self.tr("%1 — internal data request"), task.department))
        self.setMinimumWidth(520)
        today = workbench.today()
        rows = [
            (self.tr("Contact"), (task.contact_name or "—") + (f" <{task.contact_email}>" if task.contact_email
                                                                else "")),
            (self.tr("Processings"), ", ".join(task.processings)),
            (self.tr("Asked"), kinds_text(task.kinds)),
            (self.tr("Asked on"), labels.format_date(task.asked_on)),
            (self.tr("Answer by"), labels.format_date(task.due_on) + ("" if not task.due_set
                                                                     else " " + self.tr("(chosen)"))),
            (self.tr("Status"), task_status_text(task, today)),
            (self.tr("E-mail"), labels.format_datetime(task.sent_at) if task.sent_at else self.tr("not sent by the "
                                                                                               "application")),
            (self.tr("Reminders"), str(task.reminders) + (f" ({labels.format_date(task.reminded_on)})"
                                                          if task.reminded_on else "")),
        ]
        if task.details:
            rows.append((self.tr("Details"), task.details))
        if task.state == "answered":
            rows.append((self.tr("Outcome"), task_outcome_labels().get(task.outcome or "", task.outcome or "")))
            if task.answer_note:
                rows.append((self.tr("Note"), task.answer_note))
        if task.state == "cancelled" and task.cancel_reason:
            rows.append((self.tr("Why no longer needed"), task.cancel_reason))
        text = "".join(f"<tr><td style='padding:2px 10px 2px 0; vertical-align:top'><b>{html.escape(k)}</b></td>"
                       f"<td>{html.escape(v).replace(chr(10), '<br>')}</td></tr>" for k, v in rows)
        markup = f"<table>{text}</table>"
        facts = QLabel(markup)
        facts.setTextFormat(Qt.TextFormat.RichText)
        facts.setWordWrap(True)
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        self.file_list = QListWidget()
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for f in task.files:
            item = QListWidgetItem(f.label or fill(self.tr("Document %1"), str(f.id)))
            item.setData(Qt.ItemDataRole.UserRole, f.id)
            if not f.available:
                item.setText(item.text() + " — " + self.tr("destroyed"))
            self.file_list.addItem(item)
        if task.files:
            files_title = QLabel(self.tr("Files of the answer"))
            files_title.setStyleSheet(TITLE_STYLE)
            layout.addWidget(files_title)
            layout.addWidget(self.file_list)
            row = QHBoxLayout()
            self.open_button = QPushButton(self.tr("Open"))
            self.open_button.clicked.connect(lambda: self.open_selected())
            self.export_button = QPushButton(self.tr("Export a copy…"))
            self.export_button.clicked.connect(lambda: self.export_selected())
            row.addWidget(self.open_button)
            row.addWidget(self.export_button)
            row.addStretch(1)
            layout.addLayout(row)
            self.file_list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _selected(self) -> int | None:
        item = self.file_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def open_selected(self) -> QDialog | None:
        from dpo_workbench.ui.requests.documents import open_document

        document_id = self._selected()
        if document_id is None:
            return None
        info = self.workbench.documents.get(document_id)
        if info.mime.startswith("text/") or info.mime in ("application/json", "application/xml"):
            return self._show_text(document_id, info.label)
        if info.mime not in ("application/pdf", "image/jpeg", "image/png", "image/tiff", "message/rfc822"):
            QMessageBox.information(self, self.windowTitle(), messages.text(ServiceError("task.file-not-viewable")))
            return None
        return open_document(self.workbench, document_id, self)

    def _show_text(self, document_id: int, label: str) -> QDialog:
        data = self.workbench.documents.read(document_id)  # journaled as a view; shown from memory only
        viewer = QDialog(self)
        viewer.setWindowTitle(label)
        viewer.resize(700, 480)
        text = QPlainTextEdit(data.decode("utf-8", errors="replace"))
        text.setReadOnly(True)
        del data
        box = QVBoxLayout(viewer)
        box.addWidget(text)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()
        return viewer

    def export_selected(self, path: str | None = None) -> Path | None:
        """A decrypted copy where the DPO chooses (to send it on): an export, journaled, readable by the user only."""
        from dpo_workbench.exports import write_export

        document_id = self._selected()
        if document_id is None:
            return None
        info = self.workbench.documents.get(document_id)
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export a copy"), info.label)
            if not path:
                return None
        try:
            return write_export(path, self.workbench.documents.export(document_id))
        except ServiceError as exc:
            QMessageBox.warning(self, self.windowTitle(), messages.text(exc))
            return None


def awaited_text(tasks: list[TaskInfo], today: date) -> str:
    """The line the request panel shows of what is still awaited ("" when nothing is): the departments due the same
    day grouped, "Finance, Marketing (due 5 Dec 2026, 3 days late); IT (due 9 Dec 2026, awaited)"."""
    groups: dict[date, list[TaskInfo]] = {}
    for t in tasks:
        if t.awaited:
            groups.setdefault(t.due_on, []).append(t)
    if not groups:
        return ""
    parts = [fill(QCoreApplication.translate("Tasks", "%1 (due %2, %3)"), ", ".join(t.department for t in group),
                  labels.format_date(due), task_status_text(group[0], today))
             for due, group in sorted(groups.items())]
    return fill(QCoreApplication.translate("Tasks", "Awaited from the departments: %1."),
                QCoreApplication.translate("Tasks", "; ", "between the departments awaited").join(parts))
