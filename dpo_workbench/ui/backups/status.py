"""The backup line of the status bar: when the last good backup was made, red past a week; a click opens the
backup actions."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from dpo_workbench.core.clock import PARIS
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.forms import fill
from dpo_workbench.ui.widgets.palette import Tone, text_style

if TYPE_CHECKING:
    from dpo_workbench.services.backup_restore import BackupStatus


def age_text(made: datetime, now: datetime) -> str:
    """"today 10:12", "yesterday 18:02", "3 days ago"."""
    days = (now.astimezone(PARIS).date() - made.astimezone(PARIS).date()).days
    if days <= 0:
        return fill(QCoreApplication.translate("Backups", "today %1"), f"{made.astimezone(PARIS):%H:%M}")
    if days == 1:
        return fill(QCoreApplication.translate("Backups", "yesterday %1"), f"{made.astimezone(PARIS):%H:%M}")
    return QCoreApplication.translate("Backups", "%n day(s) ago", "", days)


def describe(status: BackupStatus, now: datetime) -> tuple[str, Tone, str]:
    """The label's text, its tone and its tooltip."""
    if status.error is not None:
        text, tone = QCoreApplication.translate("Backups", "Backup folder unreachable"), Tone.DANGER
        tip = messages.text(status.error)
    elif status.last_good is None:
        text, tone = QCoreApplication.translate("Backups", "No backup yet"), Tone.DANGER
        tip = fill(QCoreApplication.translate(
            "Backups", "No complete backup of this data folder is in %1. Use File › Back up now…"), str(status.folder))
    else:
        text = fill(QCoreApplication.translate("Backups", "Last backup: %1"), age_text(status.last_good, now))
        tone = Tone.DANGER if status.stale else Tone.NEUTRAL
        tip = fill(QCoreApplication.translate(
            "Backups", "Last complete backup: %1, in %2. A backup is made each day the application is open; the "
                       "rotation keeps 7 daily, 4 weekly and 12 monthly ones."),
            labels.format_datetime(status.last_good), str(status.folder))
        if status.stale:
            tip += "\n" + QCoreApplication.translate(
                "Backups", "It is more than a week old: make one now (File › Back up now…).")
    if status.recovery in ("none", "stale", "damaged"):
        text += " · " + QCoreApplication.translate("Backups", "no recovery key")
        tone = Tone.DANGER if tone is Tone.DANGER else Tone.WARNING
        tip += "\n" + QCoreApplication.translate(
            "Backups", "Without a recovery key, losing the keyring entry or the passphrase loses the data: "
                       "File › Recovery key…")
    return text, tone, tip


class BackupStatusButton(QToolButton):
    """A flat button in the status bar; its menu holds the backup actions."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self.tone = Tone.NEUTRAL
        self.show_text(QCoreApplication.translate("Backups", "Backups…"), Tone.NEUTRAL, "")

    def show_text(self, text: str, tone: Tone, tip: str) -> None:
        self.tone = tone
        self.setText(text)
        self.setToolTip(tip)
        self.setStyleSheet(f"QToolButton {{ {text_style(tone)} border: none; padding: 0 6px; }}"
                           "QToolButton::menu-indicator { image: none; }")

    def show_status(self, status: BackupStatus, now: datetime) -> None:
        self.show_text(*describe(status, now))
