"""Working together in the request panel: a change made meanwhile by someone else, the assignee, the comments.

Every change the panel makes carries the `version` of the request it shows (`RequestDetail.version`); when
another user saved the request in between, the service refuses (`ChangedMeanwhile`) and `offer_reload` says who
and when, with a *Reload* choice: the form stays open with what was typed, the panel shows the other's change,
and saving again carries the new version. `CollabSection` is the Comments tab (on a data folder too: notes
that are never edited) and, on a team database, the "Assigned to" row of the fields (changed by a dpo or deputy).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core import roles
from dpo_workbench.errors import ChangedMeanwhile, InputError, ServiceError
from dpo_workbench.services.collab import CommentInfo
from dpo_workbench.services.requests import RequestDetail
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.conflict import offer_reload
from dpo_workbench.ui.widgets.palette import ERROR_STYLE, FAINT_TEXT


def comments_html(comments: list[CommentInfo]) -> str:
    rows = []
    for c in comments:
        said = html.escape(c.text).replace("\n", "<br>")
        rows.append(f"<p style='margin:0 0 8px 0'><span style='color:{FAINT_TEXT}; font-size:small'>"
                    f"{html.escape(c.author)} — {labels.format_datetime(c.at)}</span><br>{said}</p>")
    return "".join(rows)


class CollabSection(QWidget):
    """The panel's Comments tab and, on a team database, its "Assigned to" row."""

    def __init__(self, panel: Any):  # the RequestPanel (its workbench, fields, sections, shown request)
        super().__init__()
        self.panel = panel
        self.workbench = workbench = panel.workbench
        self.request_id: int | None = None
        self.me = workbench.users.me() if workbench.in_team else None

        self.list = QTextBrowser()
        self.list.setOpenLinks(False)
        self.list.setPlaceholderText(self.tr("No comment yet."))
        self.box = QPlainTextEdit()
        self.box.setPlaceholderText(self.tr("Add a comment for the team (who did what, what is awaited…)") if self.me
                                    else self.tr("Add a comment (what was done, what is awaited…)"))
        self.box.setTabChangesFocus(True)
        self.box.setFixedHeight(70)
        self.add_button = QPushButton(self.tr("Add the comment"))
        self.add_button.clicked.connect(self.add)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.box)
        layout.addWidget(self.error)
        layout.addLayout(row)
        panel.sections.addTab(self, self.tr("Comments"))

        self.assignee: QComboBox | None = None
        if self.me is not None:
            self.assignee = QComboBox()
            self.assignee.activated.connect(self.assign)
            panel.fields.addRow(self.tr("Assigned to"), self.assignee)
            if not roles.allowed(self.me.role, "request.assign"):
                self.assignee.setEnabled(False)
                self.assignee.setToolTip(self.tr("A dpo or a deputy assigns the requests."))
            if not roles.allowed(self.me.role, "request.comment"):
                self.box.setEnabled(False)
                self.add_button.setEnabled(False)

    def set_request(self, d: RequestDetail | None) -> None:
        """Show a request's comments and assignee; a comment being typed stays while the same request is shown."""
        if d is None or d.id != self.request_id:
            self.box.clear()
            self.error.hide()
        self.request_id = d.id if d else None
        if d is None:
            return
        self.list.setHtml(comments_html(d.comments))
        index = self.panel.sections.indexOf(self)
        self.panel.sections.setTabText(index, self.tr("Comments (%1)").replace("%1", str(len(d.comments)))
                                       if d.comments else self.tr("Comments"))
        if self.assignee is not None:
            self._fill_assignee(d.assigned_to)

    def _fill_assignee(self, current: str) -> None:
        assert self.assignee is not None
        self.assignee.blockSignals(True)
        self.assignee.clear()
        self.assignee.addItem(self.tr("Nobody"), None)
        for user in self.workbench.users.all():
            if user.active or user.login == current:  # a removed user keeps what was theirs until reassigned
                name = f"{user.display_name} ({user.login})" if user.display_name else user.login
                self.assignee.addItem(name if user.active else self.tr("%1, removed").replace("%1", name),
                                      user.login)
        self.assignee.setCurrentIndex(max(0, self.assignee.findData(current or None)))
        self.assignee.blockSignals(False)

    # -- acts -------------------------------------------------------------------------------------------

    def assign(self, index: int) -> bool:
        """Assign the request shown to the user chosen (carrying the version shown); True when done."""
        assert self.assignee is not None
        d = self.panel.shown
        login = self.assignee.itemData(index)
        if login == (d.assigned_to or None):
            return False
        try:
            self.workbench.requests.assign(d.id, login, version=d.version)
        except ChangedMeanwhile as exc:
            self._fill_assignee(d.assigned_to)
            offer_reload(self, exc, self.panel._documents_changed)
            return False
        except ServiceError as exc:  # a role that may not assign, a user removed meanwhile
            self._fill_assignee(d.assigned_to)
            QMessageBox.warning(self, self.tr("Not possible"), messages.text(exc))
            return False
        self.panel._documents_changed()  # shown again (the timeline says it), the register refreshed
        return True

    def add(self) -> bool:
        """Add the comment typed to the request shown; True when added."""
        self.error.hide()
        try:
            self.workbench.requests.comment(self.panel.shown.id, self.box.toPlainText())
        except (InputError, ServiceError) as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return False
        self.box.clear()
        self.panel._documents_changed()
        return True
