"""One breach, section by section: the record, the ENISA assessment, the decision, notifications, documents.

The sections are pages that mirror the CNIL form. Saving checks every value
first; on bad input nothing is saved, the page with the wrong field comes
forward and the message sits under the field, with everything typed still
there. The countdown to the 72-hour limit is refreshed by a timer from the
workbench's clock (tests move a FixedClock and tick the timer).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core import breach as form
from dpo_workbench.core.breach import CountdownStatus, parse_instant
from dpo_workbench.errors import ChangedMeanwhile, InputError, LetterIncomplete, NotFound, ServiceError
from dpo_workbench.exports import write_export
from dpo_workbench.services.breaches import BreachRecord
from dpo_workbench.ui.breaches.dialogs import NotificationDialog
from dpo_workbench.ui.breaches.fields import FieldWidget, SeverityWidget, instant_text
from dpo_workbench.ui.breaches.model import (
    countdown_style,
    countdown_text,
    deadline_text,
    decision_labels,
    type_labels,
)
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.conflict import ReloadBox
from dpo_workbench.ui.widgets.forms import error_label, with_error
from dpo_workbench.ui.widgets.i18n import current_language
from dpo_workbench.ui.widgets.palette import ERROR_STYLE, HINT_STYLE, Tone, heading_style, text_style
from dpo_workbench.workbench import Workbench

COUNTDOWN_INTERVAL_MS = 30_000


# -- the editor ---------------------------------------------------------------------------------------------


class BreachEditor(QWidget):
    """The chosen breach: header with the countdown, section list, pages, actions."""

    changed = Signal(int)  # the breach id whose register line may have changed

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.record: BreachRecord | None = None
        self.dirty = False
        self._loading = False
        self.lang = current_language()
        self.last_pdf: bytes | None = None
        self.viewer: QDialog | None = None
        self.countdown_status: CountdownStatus | None = None

        self.title = QLabel()
        self.title.setStyleSheet(heading_style(14, 700))
        self.countdown = QLabel()
        self.deadline = QLabel()
        self.deadline.setStyleSheet(HINT_STYLE)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.deadline)
        header.addWidget(self.countdown)

        self.summary = QLineEdit()
        self.summary.textEdited.connect(self._edited)
        self.summary_error = error_label()
        self.aware = QLineEdit()
        self.aware.textEdited.connect(self._edited)
        self.aware.setPlaceholderText(self.tr("DD/MM/YYYY HH:MM (Paris time), or ISO with an offset"))
        self.aware_error = error_label()
        top = QFormLayout()
        top.addRow(self.tr("What happened"), with_error(self.summary, self.summary_error))
        top.addRow(self.tr("Aware since"), with_error(self.aware, self.aware_error))

        self.sections = QListWidget()
        self.sections.setMinimumWidth(300)
        self.sections.setMaximumWidth(340)
        self.pages = QStackedWidget()
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.fields: dict[str, FieldWidget] = {}
        self.page_of_field: dict[str, int] = {}
        for section in form.ALL_SECTIONS:
            self._add_section_page(section)
        self.decision_page = self._decision_page()
        self.decision_index = self._add_page(self.tr("Severity and decision"), self.decision_page)
        self.notifications_page = self._notifications_page()
        self._add_page(self.tr("CNIL notifications"), self.notifications_page)
        self.documents_page = self._documents_page()
        self._add_page(self.tr("Drafts and letters"), self.documents_page)
        splitter = QSplitter()
        splitter.addWidget(self.sections)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the record (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close the breach"))
        self.close_button.clicked.connect(self.close_breach)
        for button in (self.save_button, self.close_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        actions = QHBoxLayout()
        actions.addWidget(self.message, 1)
        actions.addStretch(0)
        actions.addWidget(self.close_button)
        actions.addWidget(self.save_button)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self).activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self.timer = QTimer(self)
        self.timer.setInterval(COUNTDOWN_INTERVAL_MS)
        self.timer.timeout.connect(self.refresh_countdown)
        self.timer.start()
        self.show_breach(None)

    # -- pages ---------------------------------------------------------------------------------------

    def _add_page(self, title: str, widget: QWidget) -> int:
        holder = QWidget()  # keeps the fields at the top of a tall page
        column = QVBoxLayout(holder)
        column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.pages.addWidget(scroll)
        self.sections.addItem(QListWidgetItem(title))
        return self.pages.count() - 1

    def _add_section_page(self, section: form.Section) -> None:
        page = QWidget()
        layout = QFormLayout(page)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        heading = QLabel(section.title(self.lang))
        heading.setStyleSheet(heading_style(12, 700))
        layout.addRow(heading)
        if section.key == "delay":
            note = QLabel(self.tr("Needed when the notification comes after the 72 hours (Art. 33(1))."))
            note.setWordWrap(True)
            note.setStyleSheet(HINT_STYLE)
            layout.addRow(note)
        index = self.pages.count()
        for f in section.fields:
            widget = FieldWidget(f, self.lang)
            widget.edited.connect(self._edited)
            self.fields[f.key] = widget
            self.page_of_field[f.key] = index
            label = QLabel(f.label(self.lang) + (" *" if f.mandatory else ""))
            label.setWordWrap(True)
            label.setMinimumWidth(180)
            layout.addRow(label, widget)
        self._add_page(section.title(self.lang), page)
        self.sections.item(index).setData(Qt.ItemDataRole.UserRole, section.key)

    def _decision_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.severity = SeverityWidget()
        self.severity.changed.connect(self._edited)
        layout.addWidget(self.severity)
        self.severity_error = error_label()
        layout.addWidget(self.severity_error)
        box = QGroupBox(self.tr("Your decision (Art. 33(5): the register keeps its reasoning)"))
        form_layout = QFormLayout(box)
        self.decision = QComboBox()
        self.decision.addItem("—", None)
        for code, text in decision_labels().items():
            self.decision.addItem(text, code)
        self.decision.currentIndexChanged.connect(self._edited)
        self.decision_error = error_label()
        self.reasoning = QPlainTextEdit()
        self.reasoning.setTabChangesFocus(True)
        self.reasoning.setFixedHeight(110)
        self.reasoning.setPlaceholderText(self.tr("Why notify or not, why inform the people or not"))
        self.reasoning.textChanged.connect(self._edited)
        self.reasoning_error = error_label()
        form_layout.addRow(self.tr("Decision"), with_error(self.decision, self.decision_error))
        form_layout.addRow(self.tr("Reasoning"), with_error(self.reasoning, self.reasoning_error))
        layout.addWidget(box)
        layout.addStretch(1)
        return page

    def _notifications_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.notification_table = QTableWidget(0, 4)
        self.notification_table.setHorizontalHeaderLabels(
            [self.tr("Sent at"), self.tr("Type"), self.tr("CNIL reference"), self.tr("Recorded by")])
        self.notification_table.horizontalHeader().setStretchLastSection(True)
        self.notification_table.verticalHeader().hide()
        self.notification_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.record_notification_button = QPushButton(self.tr("Record a notification sent…"))
        self.record_notification_button.clicked.connect(self.record_notification)
        layout.addWidget(QLabel(self.tr("Notifications sent to the CNIL (Art. 33(4): possibly in phases)")))
        layout.addWidget(self.notification_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.record_notification_button)
        layout.addLayout(row)
        return page

    def _documents_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        draft = QGroupBox(self.tr("CNIL notification draft"))
        d = QGridLayout(draft)
        self.draft_type = QComboBox()
        for code, text in type_labels().items():
            self.draft_type.addItem(text, code)
        self.preview_draft_button = QPushButton(self.tr("Preview"))
        self.preview_draft_button.clicked.connect(lambda: self.produce("draft", save=False))
        self.save_draft_button = QPushButton(self.tr("Save as PDF…"))
        self.save_draft_button.clicked.connect(lambda: self.produce("draft", save=True))
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        d.addWidget(QLabel(self.tr("Type")), 0, 0)
        d.addWidget(self.draft_type, 0, 1)
        d.addWidget(self.preview_draft_button, 0, 2)
        d.addWidget(self.save_draft_button, 0, 3)
        d.addWidget(self.missing_label, 1, 0, 1, 4)
        letter = QGroupBox(self.tr("Communication to the people concerned (Art. 34)"))
        g = QGridLayout(letter)
        self.letter_language = QComboBox()
        self.letter_language.addItem(self.tr("French"), "fr")
        self.letter_language.addItem(self.tr("English"), "en")
        self.public_notice = QCheckBox(self.tr("Public notice instead (Art. 34(3)(c): disproportionate effort)"))
        self.preview_letter_button = QPushButton(self.tr("Preview"))
        self.preview_letter_button.clicked.connect(lambda: self.produce("letter", save=False))
        self.save_letter_button = QPushButton(self.tr("Save as PDF…"))
        self.save_letter_button.clicked.connect(lambda: self.produce("letter", save=True))
        self.addressee_name = QLineEdit()
        self.addressee_name.setPlaceholderText(self.tr("Optional: the person this copy is for"))
        self.addressee_address = QPlainTextEdit()
        self.addressee_address.setTabChangesFocus(True)
        self.addressee_address.setFixedHeight(56)
        self.addressee_address.setPlaceholderText(self.tr("Their postal address (empty: the window says "
                                                          "\u201cTo the people concerned\u201d)"))
        self.addressee_errors = {"addressee_name": error_label(), "addressee_address": error_label()}
        self.letter_missing = QLabel()
        self.letter_missing.setWordWrap(True)
        self.letter_missing.setStyleSheet(ERROR_STYLE)
        self.letter_language.currentIndexChanged.connect(self._update_letter_missing)
        g.addWidget(QLabel(self.tr("Language")), 0, 0)
        g.addWidget(self.letter_language, 0, 1)
        g.addWidget(self.preview_letter_button, 0, 2)
        g.addWidget(self.save_letter_button, 0, 3)
        g.addWidget(self.public_notice, 1, 0, 1, 4)
        g.addWidget(QLabel(self.tr("Addressee")), 2, 0)
        g.addWidget(with_error(self.addressee_name, self.addressee_errors["addressee_name"]), 2, 1, 1, 3)
        g.addWidget(with_error(self.addressee_address, self.addressee_errors["addressee_address"]), 3, 1, 1, 3)
        g.addWidget(self.letter_missing, 4, 0, 1, 4)
        hint = QLabel(self.tr("The wording of the letters is in editable templates; the record's sections fill "
                              "them (what happened, consequences, measures, what the people can do, DPO "
                              "contact). What the record does not say is not written: the letter names it and "
                              "cannot be saved until it is recorded."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        g.addWidget(hint, 5, 0, 1, 4)
        layout.addWidget(draft)
        layout.addWidget(letter)
        layout.addStretch(1)
        return page

    # -- showing ------------------------------------------------------------------------------------

    def show_breach(self, breach_id: int | None) -> None:
        self.record = None
        self.dirty = False
        if breach_id is not None:
            try:
                self.record = self.workbench.breaches.record(breach_id)  # journaled as a view
            except NotFound:
                self.record = None
        self.setEnabled(self.record is not None)
        self._fill()

    def _fill(self) -> None:
        self._loading = True
        r = self.record
        org_values: dict[str, str] = {}
        if r is not None:
            values, prefilled = self.workbench.breaches.draft_values(r)
            org_values = {k: values[k] for k in prefilled}
        self.title.setText(r.reference if r else self.tr("No breach selected"))
        self.summary.setText(r.summary if r else "")
        self.aware.setText(instant_text(r.aware_at) if r else "")
        for key, widget in self.fields.items():
            widget.set_value(r.fields.get(key) if r else None)
            if key in org_values:
                widget.set_placeholder(self.tr("From the organisation profile: %1").replace(
                    "%1", " ".join(org_values[key].split())))
            elif widget.field.kind in (form.TEXT, form.LONG):
                widget.set_placeholder("")
        self.severity.set_assessment(r.assessment if r else None)
        self.decision.setCurrentIndex(max(self.decision.findData(r.decision), 0) if r and r.decision else 0)
        self.reasoning.setPlainText(r.decision_reason if r else "")
        for label in (self.summary_error, self.aware_error, self.decision_error, self.reasoning_error,
                      self.severity_error):
            label.hide()
        self.notification_table.setRowCount(0)
        for n in (r.notifications if r else []):
            row = self.notification_table.rowCount()
            self.notification_table.insertRow(row)
            for column, text in enumerate([labels.format_datetime(n.sent_at), type_labels()[n.kind],
                                           n.cnil_reference or "—", n.recorded_by]):
                self.notification_table.setItem(row, column, QTableWidgetItem(text))
        closed = bool(r and r.state == "closed")
        self.close_button.setText(self.tr("Reopen the breach") if closed else self.tr("Close the breach"))
        self._loading = False
        self.dirty = False
        self._show_message("")
        self._mark_sections()
        self._update_letter_missing()
        self.refresh_countdown()

    def _mark_sections(self) -> None:
        """The section list shows which sections still miss a mandatory field."""
        r = self.record
        values = self.workbench.breaches.draft_values(r)[0] if r else {}
        late = r.late(self.workbench.now()) if r else False
        missing = form.missing_fields(values, late=late) if r else []
        per_section: dict[str, int] = {}
        for f in missing:
            key = form.SECTION_OF[f.key].key
            per_section[key] = per_section.get(key, 0) + 1
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            key = item.data(Qt.ItemDataRole.UserRole)
            if key is None:
                continue
            section = next(s for s in form.ALL_SECTIONS if s.key == key)
            count = per_section.get(key, 0)
            item.setText(section.title(self.lang) + (f"  ({count})" if count else ""))
            item.setForeground(Qt.GlobalColor.darkRed if count else Qt.GlobalColor.black)
            item.setToolTip(self.tr("%n mandatory field(s) to fill", "", count) if count else "")
        if r is None:
            self.missing_label.setText("")
        elif missing:
            self.missing_label.setStyleSheet(ERROR_STYLE)
            self.missing_label.setText(self.tr("%n mandatory field(s) still empty: the draft flags them in red "
                                               "and lists them on its last page.", "", len(missing)))
        else:
            self.missing_label.setStyleSheet(text_style(Tone.SUCCESS))
            self.missing_label.setText(self.tr("Every mandatory field is filled."))

    def letter_part_names(self) -> dict[str, str]:
        """Where each part the Art. 34 letter needs is recorded (the names of the editor's pages)."""
        titles = {section.key: section.title(self.lang) for section in form.ALL_SECTIONS}
        return {"consequences": titles["consequences"], "measures": titles["measures_after"],
                "severity": self.tr("Severity and decision"), "dpo_name": titles["contact"],
                "place": self.tr("place of writing (Organisation profile…)")}

    def _update_letter_missing(self, *_args) -> None:
        """Say, before anything is produced, what the Art. 34 letter still lacks and where to record it."""
        r = self.record
        text = ""
        if r is not None:
            try:
                missing = self.workbench.breaches.communication_missing(r.id, self.letter_language.currentData())
            except InputError as exc:  # no organisation profile yet
                text = messages.text(exc)
            else:
                if missing:
                    names = self.letter_part_names()
                    text = self.tr("The letter cannot be saved until these are recorded: %1.").replace(
                        "%1", ", ".join(names[code] for code in missing))
        self.letter_missing.setText(text)
        self.letter_missing.setVisible(bool(text))

    def refresh_countdown(self) -> None:
        r = self.record
        if r is None:
            self.countdown.setText("")
            self.countdown.setStyleSheet("")
            self.deadline.setText("")
            self.countdown_status = None
            return
        clock = r.countdown(self.workbench.now())
        self.countdown.setText(countdown_text(clock))
        self.countdown.setStyleSheet(countdown_style(clock))
        self.deadline.setText(self.tr("72-hour limit: %1").replace("%1", deadline_text(r.deadline)))
        self.countdown_status = clock.status

    def _edited(self) -> None:
        if not self._loading:
            self.dirty = True

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else text_style(Tone.SUCCESS))
        self.message.setVisible(bool(text))

    # -- saving ---------------------------------------------------------------------------------------

    def _go_to_field(self, key: str | None, message: str) -> None:
        widget = self.fields.get(key) if key else None
        if key and widget is not None:
            self.sections.setCurrentRow(self.page_of_field[key])
            widget.show_error(message)
            widget.editor.setFocus()
        elif key in ("decision", "decision_reason", "category", "adjustment", "ei", "assessment"):
            self.sections.setCurrentRow(self.decision_index)
            target = {"decision_reason": self.reasoning_error, "decision": self.decision_error}.get(
                key or "", self.severity_error)
            target.setText(message)
            target.show()
        elif key == "aware_at":
            self.aware_error.setText(message)
            self.aware_error.show()
        else:
            self.summary_error.setText(message)
            self.summary_error.show()
        self._show_message(message, error=True)

    def save(self) -> bool:
        """Save everything typed, in one transaction; on bad input nothing is saved and the field says why."""
        r = self.record
        if r is None:
            return False
        for widget in self.fields.values():
            widget.show_error("")
        for label in (self.summary_error, self.aware_error, self.decision_error, self.reasoning_error,
                      self.severity_error):
            label.hide()
        decision = self.decision.currentData() or ""
        reasoning = self.reasoning.toPlainText()
        assessment = self.severity.assessment()
        try:
            if self.severity.partial:  # half an assessment would be lost, or read as a score: say what is missing
                raise InputError("assessment", "breach.assessment-incomplete",
                                 criteria=", ".join(self.severity.missing()))
            aware = parse_instant(self.aware.text())
            self.workbench.breaches.save(
                r.id, summary=self.summary.text(), aware_at=aware,
                fields={key: widget.value() for key, widget in self.fields.items()},
                assessment=assessment if assessment is not None and assessment != r.assessment else None,
                decision=(decision, reasoning) if decision or reasoning.strip() else None, version=r.version)
        except InputError as exc:
            self._go_to_field(exc.field or "aware_at", messages.text(exc))
            return False
        except ChangedMeanwhile as exc:
            self._changed_meanwhile(exc)
            return False
        except ServiceError as exc:  # a role that may not change this breach: said, nothing saved
            self._show_message(messages.text(exc), error=True)
            return False
        page = self.sections.currentRow()
        self.show_breach(r.id)
        self.sections.setCurrentRow(page)
        self._show_message(self.tr("Saved."))
        self.changed.emit(r.id)
        return True

    def _changed_meanwhile(self, exc: ChangedMeanwhile) -> None:
        """Another user saved this breach since it was shown: nothing was saved. *Reload* shows their version in
        place of what was typed here; *Not now* keeps the form as typed (to copy from), still unsaved."""
        box = ReloadBox(exc, self)
        box.setInformativeText(self.tr("Nothing was saved. Reload shows their version in place of what you typed "
                                       "here; Not now keeps your text on screen, unsaved, to copy from."))
        self._show_message(messages.text(exc), error=True)
        if box.wants_reload():
            r = self.record
            assert r is not None
            page = self.sections.currentRow()
            self.show_breach(r.id)
            self.sections.setCurrentRow(page)
            self.changed.emit(r.id)

    def save_if_needed(self) -> bool:
        return self.save() if self.dirty else True

    # -- actions ---------------------------------------------------------------------------------------

    def close_breach(self) -> None:
        if self.record is None or not self.save_if_needed():
            return
        r = self.record  # as saved just now: its version is the one to carry
        try:
            if r.state == "closed":
                self.workbench.breaches.reopen(r.id, version=r.version)
            else:
                self.workbench.breaches.close(r.id, version=r.version)
        except InputError as exc:
            self._go_to_field(exc.field, messages.text(exc))
            return
        except ChangedMeanwhile as exc:
            self._changed_meanwhile(exc)
            return
        except ServiceError as exc:
            self._show_message(messages.text(exc), error=True)
            return
        self.show_breach(r.id)
        self.changed.emit(r.id)

    def record_notification(self) -> None:
        r = self.record
        if r is None or not self.save_if_needed():
            return
        dialog = NotificationDialog(self.workbench, r.reference, not r.notifications, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_breach(r.id)
            self.changed.emit(r.id)

    def produce(self, what: str, *, save: bool) -> bytes | None:
        """Build the CNIL draft or the Art. 34 letter (saved first), then preview it or save it where chosen."""
        r = self.record
        if r is None or not self.save_if_needed():
            return None
        if what == "draft":
            kind = self.draft_type.currentData()
            data = self.workbench.breaches.draft(r.id, kind, purpose="export" if save else "preview")
            name = f"{r.reference}-cnil-{kind}.pdf"
            title = self.tr("CNIL notification draft — %1").replace("%1", r.reference)
        else:
            from dpo_workbench.letters.breach_notice import Addressee  # Jinja2 with the first letter only

            lang = self.letter_language.currentData()
            public = self.public_notice.isChecked()
            for error in self.addressee_errors.values():
                error.hide()
            try:
                data = self.workbench.breaches.communication(
                    r.id, lang, public=public, purpose="export" if save else "preview",
                    addressee=Addressee(self.addressee_name.text(), self.addressee_address.toPlainText()))
            except LetterIncomplete:
                self._update_letter_missing()
                self._show_message(self.letter_missing.text(), error=True)
                return None
            except InputError as exc:
                under = self.addressee_errors.get(exc.field or "")
                if under is not None:
                    under.setText(messages.text(exc))
                    under.show()
                self._show_message(messages.text(exc), error=True)
                return None
            name = f"{r.reference}-{'public-notice' if public else 'letter'}-{lang}.pdf"
            title = self.tr("Communication to the people — %1").replace("%1", r.reference)
        self.last_pdf = data
        if save:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), name, self.tr("PDF (*.pdf)"))
            if path:
                try:
                    write_export(path, data)
                except InputError as exc:
                    QMessageBox.warning(self, self.tr("Cannot save"), messages.text(exc))
                    return data
                self._show_message(self.tr("Saved as %1.").replace("%1", path))
        else:
            from dpo_workbench.ui.widgets.document_viewer import PDF, DocumentViewer

            viewer = self.viewer = DocumentViewer(data, PDF, title, self)
            viewer.setWindowModality(Qt.WindowModality.WindowModal)
            viewer.show()
        return data
