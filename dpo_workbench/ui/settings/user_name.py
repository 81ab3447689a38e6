"""First start: ask who is at the keyboard, so that the timelines and the journal name the DPO, not "root".

The name goes into the `user_name` setting (Settings… changes it later). Until it is given the
workbench records the operating-system account, and the question comes back at the next start.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from dpo_workbench.errors import InputError
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.forms import error_label, with_error
from dpo_workbench.ui.widgets.palette import HINT_STYLE
from dpo_workbench.workbench import Workbench

MAX_NAME = 100  # what a timeline event and a journal entry keep of it


def system_full_name() -> str:
    """The account's full name where the system knows it (the GECOS field on Unix), else ""."""
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (ImportError, KeyError, AttributeError):  # Windows has no pwd; an account without an entry
        return ""


def needs_user_name(workbench: Workbench) -> bool:
    return not str(workbench.settings.values()["user_name"]).strip()


class UserNameDialog(QDialog):
    """Who acts: the name the timelines and the audit journal record."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.setWindowTitle(self.tr("Your name"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("DPO Workbench records who does each act on personal data: the request timelines "
                               "and the audit journal show this name. Write it as it should appear."))
        intro.setWordWrap(True)
        self.name = QLineEdit(system_full_name())
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Claire Martin"))
        self.error = error_label()
        later = QLabel(self.tr("Settings… changes it later. Without a name, the system account (%1) is recorded "
                               "and this question comes back at the next start.").replace("%1", workbench.actor))
        later.setWordWrap(True)
        later.setStyleSheet(HINT_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Your name"), with_error(self.name, self.error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        self.later_button = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(later)
        layout.addWidget(buttons)

    def save(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self.error.setText(self.tr("Enter your name, or choose Later."))
            self.error.show()
            return
        try:
            self.workbench.settings.set("user_name", name)
        except InputError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return
        self.accept()


def offer_user_name(workbench: Workbench, parent: QWidget, after: QDialog | None = None) -> UserNameDialog | None:
    """Open the question (without blocking) when no name is set yet; after `after` closes, if given."""
    if not needs_user_name(workbench):
        return None
    dialog = UserNameDialog(workbench, parent)
    if after is not None:
        after.finished.connect(lambda _result: dialog.open())
    else:
        dialog.open()
    return dialog
