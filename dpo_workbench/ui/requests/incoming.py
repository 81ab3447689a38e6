"""'From the message': the e-mail a request came from, the words its rights were suggested from, the rights
to confirm. The message is decrypted in memory (journaled as a view) and shown as an excerpt."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.rights import Channel, DocumentKind, Right
from dpo_workbench.errors import ChangedMeanwhile, DocumentDamaged, InputError, ServiceError
from dpo_workbench.services.intake import POSSIBLE_ID_TYPES, IncomingMessage
from dpo_workbench.services.requests import RequestDetail
from dpo_workbench.ui.requests.collab import offer_reload
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.palette import (
    ERROR_STYLE,
    FAINT_TEXT,
    HINT_STYLE,
    MARK_STYLE,
    TITLE_STYLE,
    WARNING_STYLE,
    Tone,
    text_style,
)
from dpo_workbench.workbench import Workbench

EXCERPT_CHARS = 6000  # the panel shows the start of long messages; the whole one is in the documents


def highlighted_html(incoming: IncomingMessage) -> str:
    """Subject and start of the body, the words the suggestions come from marked."""
    from dpo_workbench.intake.suggest import highlight_spans

    text = incoming.text
    limit = len(incoming.subject) + 1 + EXCERPT_CHARS
    shown = text[:limit]
    out, last = [], 0
    for start, end in highlight_spans(list(incoming.suggestions)):
        if start >= limit:
            break
        out.append(html.escape(shown[last:start]))
        out.append(f"<span style='{MARK_STYLE}'>{html.escape(shown[start:min(end, limit)])}</span>")
        last = min(end, limit)
    out.append(html.escape(shown[last:]))
    marked = "".join(out)
    subject_end = marked.find("\n")
    subject, body = (marked[:subject_end], marked[subject_end + 1:]) if subject_end >= 0 else (marked, "")
    more = ""
    if len(text) > limit:
        note = QCoreApplication.translate("Intake", "… (the whole message is in the documents)")
        more = f"<p style='color:{FAINT_TEXT}'>" + html.escape(note) + "</p>"
    return (f"<p><b>{subject}</b></p><div style='white-space:pre-wrap'>{body}</div>{more}")


class IncomingMessageBox(QFrame):
    """'From the message': the e-mail a request came from, its highlighted words, the rights to confirm."""

    rights_changed = Signal()

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.detail: RequestDetail | None = None
        self.incoming: IncomingMessage | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(self.tr("From the message"))
        title.setStyleSheet(TITLE_STYLE)
        self.name_warning = QLabel(self.tr("The message gives no name: the requester's name was made from the "
                                           "e-mail address. Check it."))
        self.name_warning.setWordWrap(True)
        self.name_warning.setStyleSheet(WARNING_STYLE)
        self.warnings = QLabel()  # what the parser could not read or did not believe (a date, a damaged part)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAcceptDrops(False)
        self.text.setMinimumHeight(110)
        self.text.setMaximumHeight(220)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet(HINT_STYLE)
        self.right_boxes: dict[Right, QCheckBox] = {}
        grid = QGridLayout()
        for i, (right, label) in enumerate(labels.right_labels().items()):
            box = QCheckBox(label)
            self.right_boxes[right] = box
            grid.addWidget(box, i // 2, i % 2)
        self.id_hint = QLabel()
        self.id_hint.setWordWrap(True)
        self.id_hint.setStyleSheet(text_style(Tone.INFO))
        self.confirm_button = QPushButton(self.tr("Confirm rights"))
        self.confirm_button.clicked.connect(self.confirm_rights)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.name_warning)
        layout.addWidget(self.warnings)
        layout.addWidget(self.text)
        layout.addWidget(self.legend)
        layout.addWidget(self.id_hint)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addLayout(row)
        self.hide()

    def set_request(self, detail: RequestDetail | None) -> None:
        self.detail, self.incoming = detail, None
        if detail is None or detail.channel is not Channel.EMAIL:
            self.hide()
            return
        try:
            self.incoming = self.workbench.intake.incoming_message(detail.id)  # decrypts in memory; journaled
        except DocumentDamaged as exc:
            self.text.setPlainText(messages.text(exc))
            self.show()
            return
        if self.incoming is None:
            self.hide()
            return
        incoming = self.incoming
        self.name_warning.setVisible(incoming.name_to_check)
        self.warnings.setText("\n".join("⚠ " + messages.text(note) for note in incoming.notes))
        self.warnings.setVisible(bool(incoming.notes))
        self.text.setHtml(highlighted_html(incoming))
        found = [s.right for s in incoming.suggestions]
        self.legend.setText(self.tr("Highlighted: the words the suggested rights were found in.") if found else
                            self.tr("No right was recognised in the message: tick the right(s) it asks for."))
        scans = [d for d in self.workbench.documents.of_request(detail.id)  # metadata only: nothing decrypted
                 if d.kind is DocumentKind.ATTACHMENT and d.available and d.mime in POSSIBLE_ID_TYPES]
        self.id_hint.setText(self.tr("%n attachment(s) of the message may be an ID copy: select it under "
                                     "Documents and use 'Mark as ID copy'.", "", len(scans)))
        self.id_hint.setVisible(bool(scans))
        suggested = set(incoming.suggested_rights) & set(found) or set(found)
        for right, box in self.right_boxes.items():
            box.setChecked(right in detail.rights)
            label = labels.right_labels()[right]
            box.setText(self.tr("%1 (suggested)").replace("%1", label) if right in suggested else label)
            box.setEnabled(detail.state.is_open)
        self.confirm_button.setEnabled(detail.state.is_open)
        self.status.setText(self.tr("Rights confirmed by the DPO.") if incoming.rights_confirmed else
                            self.tr("Suggested from the message: confirm them or change them."))
        self.status.setStyleSheet(text_style(Tone.SUCCESS if incoming.rights_confirmed else Tone.WARNING))
        self.error.hide()
        self.show()

    def selected_rights(self) -> list[Right]:
        return [r for r, box in self.right_boxes.items() if box.isChecked()]

    def confirm_rights(self) -> bool:
        if self.detail is None:
            return False
        try:
            self.workbench.requests.set_rights(self.detail.id, self.selected_rights(), version=self.detail.version)
        except InputError:
            self.error.setText(self.tr("Tick at least one right invoked by the person."))
            self.error.show()
            return False
        except ServiceError as exc:  # changed by someone else meanwhile (reload, the ticks kept), or not allowed
            self.error.setText(messages.text(exc))
            self.error.show()
            if isinstance(exc, ChangedMeanwhile):
                ticked = self.selected_rights()

                def reload() -> None:
                    self.rights_changed.emit()  # the panel shows the request again, this box with it
                    for right, box in self.right_boxes.items():
                        box.setChecked(right in ticked)

                offer_reload(self, exc, reload)
            return False
        self.rights_changed.emit()
        return True
