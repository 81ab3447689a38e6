"""Live refresh on a team database: what the others changed appears in the window without restarting.

A timer (every 10 seconds) asks `wb.changes.since(token)` what the journal recorded since the last look (one
primary-key range: a fraction of a millisecond on the server). When someone else changed something, the
request register and its counts are read again (the selection kept), the request shown is shown again, and
the status bar says who changed what. While a dialog is open on the request (a form being filled), the
panel is left as it is — what the form was filled from stays the version its save carries — and is shown
again at the first poll after the dialog closed. The poll runs on the GUI thread: one small query, far
below what a person notices (`make bench`: `team.poll.*`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy.exc import SQLAlchemyError

from dpo_workbench.errors import ServiceError
from dpo_workbench.services.changes import Changes

INTERVAL_MS = 10_000
SHOWN_REFERENCES = 3  # the status bar names at most this many references, then "and N more"


class LiveRefresh(QObject):
    """Polls the team database's changes and refreshes the main window's register and request panel."""

    def __init__(self, window: Any, login: str, interval_ms: int = INTERVAL_MS):
        super().__init__(window)
        self.window = window
        self.workbench = window.workbench
        self.login = login
        self.token = self.workbench.changes.token()
        self.pending = False  # the request shown changed while a dialog was open on it
        self.last_message = ""
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> Changes | None:
        """Look once; returns what changed (None when the database could not be read this time)."""
        try:
            changes = self.workbench.changes.since(self.token)
        except (ServiceError, SQLAlchemyError, OSError):  # the server unreachable a moment: the next poll tries again
            return None
        self.token = changes.token
        window = self.window
        shown = window.panel.detail
        if changes.by_others(self.login):
            if "request" in changes.areas or not changes.complete:
                self._refresh_register()
                if shown is not None and (shown.reference in changes.requests or not changes.complete):
                    self.pending = True
            if "breach" in changes.areas and getattr(window.breach_area, "view", None) is not None:
                window.breach_area.view.apply_filters()
            self.last_message = self.describe(changes)
            window.statusBar().showMessage(self.last_message, 30_000)
        if self.pending and shown is not None and not self.editing():
            self.pending = False
            window.panel.show_request(shown.id)  # a comment being typed stays (same request)
        return changes

    def editing(self) -> bool:
        """A dialog of this window is open (a form holding the version it will save): the panel waits for it."""
        modal = QApplication.activeModalWidget()
        while modal is not None:
            if modal is self.window:
                return True
            modal = modal.parentWidget()
        return False

    def _refresh_register(self) -> None:
        window = self.window
        selected = window.selected_id()
        if selected is not None:
            window._request_changed(selected)  # the model and counts read again, the row selected again
        else:
            window.model.refresh()
            window.refresh_counts()
            count = window.model.rowCount()
            window.result_count.setText(QCoreApplication.translate("MainWindow", "%n request(s)", "", count))

    def describe(self, changes: Changes) -> str:
        """The status line: "bob changed DSR-2026-0003." / "bob, carole changed DSR-2026-0001, DSR-2026-0002,
        DSR-2026-0003 and 2 others." """
        who = ", ".join(sorted(changes.by - {self.login}))
        references = sorted(changes.requests) + sorted(changes.breaches)
        if not references or not changes.complete:
            return self.tr("%1 changed the register.").replace("%1", who)
        named = ", ".join(references[:SHOWN_REFERENCES])
        more = len(references) - SHOWN_REFERENCES
        if more > 0:
            named = self.tr("%1 and %n other(s)", "", more).replace("%1", named)
        return self.tr("%1 changed %2.").replace("%1", who).replace("%2", named)
