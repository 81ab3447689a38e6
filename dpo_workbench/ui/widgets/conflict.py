"""Someone else changed a record since it was shown (`ChangedMeanwhile`): who and when, and *Reload*."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from dpo_workbench.errors import ChangedMeanwhile
from dpo_workbench.ui.widgets import messages


class ReloadBox(QMessageBox):
    """Someone else changed the request since it was shown: who and when, and *Reload* (the form stays open)."""

    def __init__(self, exc: ChangedMeanwhile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setText(messages.text(exc))
        self.setInformativeText(self.tr("What you typed is kept. Reload to see their change, then save again."))
        self.reload_button = self.addButton(self.tr("Reload"), QMessageBox.ButtonRole.AcceptRole)
        self.later_button = self.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.reload_button)

    def wants_reload(self) -> bool:
        self.exec()
        return self.clickedButton() is self.reload_button


def offer_reload(parent: QWidget, exc: ChangedMeanwhile, reload: Callable[[], Any]) -> bool:
    """Say who changed the request meanwhile; on *Reload*, `reload()` (the caller's form keeps its values)."""
    if not ReloadBox(exc, parent).wants_reload():
        return False
    reload()
    return True
