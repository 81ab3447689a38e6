"""What is past its retention period, and its purge on confirmation: the list (counts and references, nothing
personal), what the purge removes and what it keeps, a tick and a button to confirm; the purge runs off the GUI
thread, then the dialog shows its proof (the journal entry that records it)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.errors import ServiceError
from dpo_workbench.services.retention import DueRecord, PurgeReport, RetentionDue
from dpo_workbench.ui.retention.texts import period_labels
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.background import BackgroundTask, run_in_background
from dpo_workbench.ui.widgets.forms import error_label, fill
from dpo_workbench.ui.widgets.palette import HINT_STYLE, INFO_STYLE, WARNING_STYLE, heading_style
from dpo_workbench.workbench import Workbench


def due_count(due: RetentionDue) -> int:
    """The records a purge would touch (the journal's entries counted as one)."""
    return len(due.requests) + len(due.breaches) + len(due.messages) + (1 if due.journal_entries else 0)


class PurgeDialog(QDialog):
    """The records past their period, purged on confirmation; `purged` once done (the main window refreshes)."""

    purged = Signal(object)  # the PurgeReport

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.task: BackgroundTask | None = None
        self.report: PurgeReport | None = None
        self.setWindowTitle(self.tr("Records past retention"))
        self.setMinimumWidth(640)
        self.resize(720, 560)
        self.due = due = workbench.retention.due()

        self.title = QLabel()
        self.title.setStyleSheet(heading_style(13))
        self.title.setWordWrap(True)
        names = period_labels()
        self.periods = periods = QLabel(fill(self.tr("Periods set in Settings › Retention: %1."), self.tr(
            "; ", "between the periods").join(fill(self.tr("%1: %n year(s)", "", v), names[k].lower())
                                               for k, v in due.periods.items())))
        periods.setWordWrap(True)
        periods.setStyleSheet(HINT_STYLE)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Record"), self.tr("Ended on"), self.tr("Past its period since")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self._fill(due)
        self.effects = QLabel(self._effects_text(due))
        self.effects.setWordWrap(True)
        self.effects.setStyleSheet(WARNING_STYLE)
        self.confirm = QCheckBox(self.tr("I have checked this list: remove these personal data for good"))
        self.confirm.toggled.connect(self._update)
        self.progress = QProgressBar()
        self.progress.hide()
        self.proof = QLabel()
        self.proof.setWordWrap(True)
        self.proof.setTextFormat(Qt.TextFormat.RichText)
        self.proof.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.proof.setStyleSheet(INFO_STYLE)
        self.proof.hide()
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.purge_button = self.buttons.addButton(self.tr("Purge"), QDialogButtonBox.ButtonRole.ActionRole)
        self.purge_button.clicked.connect(lambda: self.purge())
        self.buttons.rejected.connect(self.reject)

        self.column = layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(periods)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.effects)
        layout.addWidget(self.confirm)
        layout.addWidget(self.progress)
        layout.addWidget(self.proof)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if due.empty:
            self.title.setText(self.tr("Nothing is past its retention period."))
            for widget in (self.tree, self.effects, self.confirm):
                widget.hide()
        else:
            self.title.setText(fill(self.tr("On %1, %2 are past their retention period."),
                                    labels.format_date(due.as_of), self._count_text(due)))
        self._update()

    # -- the list ------------------------------------------------------------------------------------------------

    def _count_text(self, due: RetentionDue) -> str:
        parts = []
        if due.requests:
            parts.append(self.tr("%n closed request(s)", "", len(due.requests)))
        if due.breaches:
            parts.append(self.tr("%n breach record(s)", "", len(due.breaches)))
        if due.messages:
            parts.append(self.tr("the e-mails of %n request(s)", "", len(due.messages)))
        if due.journal_entries:
            parts.append(self.tr("%n journal entry(ies)", "", due.journal_entries))
        return self.tr(", ", "between the counts").join(parts)

    def _group(self, title: str, records: list[DueRecord], row) -> None:
        if not records:
            return
        group = QTreeWidgetItem([fill(title, str(len(records)))])
        group.setFirstColumnSpanned(True)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        self.tree.addTopLevelItem(group)
        for record in records:
            group.addChild(QTreeWidgetItem([row(record), labels.format_date(record.ended_on),
                                            labels.format_date(record.purge_from)]))
        group.setExpanded(True)

    def _fill(self, due: RetentionDue) -> None:
        self.tree.clear()
        self._group(self.tr("Requests to anonymise (%1)"), due.requests, lambda r: r.reference)
        self._group(self.tr("Breach records to reduce to their facts (%1)"), due.breaches, lambda r: r.reference)
        self._group(self.tr("Requests whose e-mails are destroyed (%1)"), due.messages,
                    lambda r: f"{r.reference} — " + self.tr("%n e-mail(s)", "", r.count))
        if due.journal_entries:
            group = QTreeWidgetItem([self.tr("Journal")])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self.tree.addTopLevelItem(group)
            line = QTreeWidgetItem([fill(self.tr("%n entry(ies) from the start, numbers up to %1", "",
                                                 due.journal_entries), str(due.journal_through)),
                                    labels.format_date(due.journal_until) if due.journal_until else "", ""])
            group.addChild(line)
            if due.journal_kept_for:
                kept = QTreeWidgetItem([fill(self.tr("Stops before an entry that still proves %1, kept"),
                                             due.journal_kept_for.partition(":")[2])])
                kept.setFirstColumnSpanned(True)
                group.addChild(kept)
            group.setExpanded(True)

    def _effects_text(self, due: RetentionDue) -> str:
        lines = []
        if due.requests:
            lines.append(self.tr("Requests: the person's name and contact details, the notes and reasons, the "
                                 "departments' answers, the letters, scans and files are removed for good; the "
                                 "reference, dates, rights, channel and outcome stay for the figures."))
        if due.breaches:
            lines.append(self.tr("Breaches: the free texts go; dates, nature, categories, counts, severity and "
                                 "notifications stay."))
        if due.messages:
            lines.append(self.tr("E-mails: the messages as received and their attachments are destroyed."))
        if due.journal_entries:
            lines.append(self.tr("Journal: its oldest entries are replaced by a checkpoint; the chain stays "
                                 "verifiable."))
        lines.append(self.tr("This cannot be undone. Backups made before keep these data until they are rotated "
                             "out. The purge is recorded in the journal with the counts and references."))
        return "\n".join(lines)

    def _update(self) -> None:
        running = self.task is not None and self.task.running
        self.purge_button.setVisible(self.report is None and not self.due.empty)
        self.purge_button.setEnabled(self.confirm.isChecked() and not running)
        self.confirm.setEnabled(not running and self.report is None)

    # -- the purge ------------------------------------------------------------------------------------------------

    def purge(self) -> BackgroundTask | None:
        """Purge what the DPO saw (refused if it changed meanwhile), off the GUI thread."""
        if not self.confirm.isChecked() or self.due.empty or (self.task is not None and self.task.running):
            return None
        self.error.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.task = run_in_background(self.workbench.retention.purge, self.due, progress=True,
                                      on_progress=self._progress, on_finished=self._done, on_failed=self._failed,
                                      parent=self)
        self._update()
        return self.task

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.error.setText(messages.text(exc) if isinstance(exc, ServiceError) else fill(
            self.tr("The purge failed (%1); nothing was removed."), type(exc).__name__))
        self.error.show()
        if isinstance(exc, ServiceError):  # the list changed: show it as it is now, to be confirmed again
            self.due = self.workbench.retention.due()
            self._fill(self.due)
            self.confirm.setChecked(False)
        self._update()

    def _done(self, report: PurgeReport) -> None:
        self.report = report
        self.progress.hide()
        for widget in (self.periods, self.tree, self.effects, self.confirm):
            widget.hide()
        self.column.insertStretch(self.column.indexOf(self.buttons), 1)  # the proof under the title
        self.title.setText(self.tr("Purge done"))
        self.proof.setText(self.proof_html(report))
        self.proof.show()
        self._update()
        self.purged.emit(report)

    def proof_html(self, report: PurgeReport) -> str:
        rows = [
            (self.tr("Recorded"), fill(self.tr("journal entry no. %1 (retention.purge), %2 by %3"),
                                       str(report.proof_entry), labels.format_datetime(report.at) if report.at
                                       else "", report.actor)),
            (self.tr("Requests anonymised"), ", ".join(report.requests) or "—"),
            (self.tr("Breach records reduced"), ", ".join(report.breaches) or "—"),
            (self.tr("E-mails destroyed"), fill(self.tr("%1 (requests %2)"), str(report.messages),
                                                ", ".join(report.message_requests)) if report.messages else "—"),
            (self.tr("Documents destroyed"), str(report.documents)),
            (self.tr("Journal entries removed"), str(report.journal_entries)),
        ]
        table = "".join(f"<tr><td style='padding:2px 12px 2px 0; vertical-align:top'><b>{html.escape(k)}</b></td>"
                        f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
        note = html.escape(self.tr("The journal keeps this proof (counts and references, nothing personal); "
                                   "“dpo-workbench audit verify” checks that its chain is whole."))
        return f"<table>{table}</table><p>{note}</p>"
