"""A stored e-mail (.eml or .msg) shown as text, decrypted in memory by the caller and never written out."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from dpo_workbench.errors import MailError
from dpo_workbench.ui.widgets.palette import HINT_TEXT

if TYPE_CHECKING:
    from dpo_workbench.workbench import Workbench


def message_html(rows: list[tuple[str, str]], body: str) -> str:
    """Headers as a two-column table (labels already translated), then the body as written."""
    head = "".join(f"<tr><td style='color:{HINT_TEXT}; padding-right:12px'>{html.escape(k)}</td>"
                   f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
    return f"<table>{head}</table><hr><div style='white-space:pre-wrap'>{html.escape(body)}</div>"


class MessageViewer(QDialog):
    """An incoming e-mail (.eml or .msg) shown as text: sender, date, subject, body, attachments."""

    def __init__(self, workbench: Workbench, data: bytes, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(760, 640)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        from dpo_workbench.intake import message as mail  # the parser: loaded when a message is shown

        try:
            parsed = mail.parse_message(data, "message", now=workbench.now())
        except MailError:
            self.text.setPlainText(self.tr("This message cannot be read any more."))
        else:
            rows = [(self.tr("From"), f"{parsed.from_name} <{parsed.from_email}>" if parsed.from_name
                     else parsed.from_email),
                    (self.tr("Date"), parsed.date_text or "—"),  # as written: the request keeps its receipt
                    (self.tr("Subject"), parsed.subject)]
            if parsed.attachments:
                rows.append((self.tr("Attachments"), ", ".join(a.filename for a in parsed.attachments)))
            self.text.setHtml(message_html(rows, parsed.body))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
