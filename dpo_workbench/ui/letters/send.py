"""*Send…* in the letter dialog: the saved letter goes to the requester by e-mail (SMTP of a mail account).

The DPO confirms the recipient and the account; the sending runs off the GUI thread;
a refusal says why and leaves the letter saved and unsent (the .eml draft still works).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from dpo_workbench.errors import InputError, MailServerError, NotFound
from dpo_workbench.services.mail import SentLetter
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.background import BackgroundTask, run_in_background


class LetterSender(QObject):
    """Confirm, send in the background, then `on_sent(SentLetter)` or `on_error(text)`."""

    def __init__(self, parent: QWidget, workbench, on_sent: Callable[[SentLetter], None],
                 on_error: Callable[[str], None]):
        super().__init__(parent)
        self.parent_widget = parent
        self.workbench = workbench
        self.on_sent = on_sent
        self.on_error = on_error
        self.task: BackgroundTask | None = None
        self.progress: QProgressDialog | None = None
        self.confirm = True  # tests send without the question

    def send(self, document_id: int, reference: str, recipient: str) -> BackgroundTask | None:
        if self.task is not None and self.task.running:
            return None
        try:
            account = self.workbench.mail.sending_account(reference)
        except (InputError, NotFound) as exc:
            self.on_error(messages.text(exc))
            return None
        if self.confirm:
            sent_on = self.workbench.mail.sent_on(document_id)
            question = self.tr("Send this letter by e-mail to %1 with the account %2?").replace(
                "%1", recipient).replace("%2", account.name)
            if sent_on is not None:
                question += "\n\n" + self.tr("It was already sent on %1.").replace(
                    "%1", labels.format_date(sent_on.date()))
            if QMessageBox.question(self.parent_widget, self.tr("Send by e-mail"), question) != \
                    QMessageBox.StandardButton.Yes:
                return None
        self.progress = QProgressDialog(self.tr("Sending…"), "", 0, 0, self.parent_widget)
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle(self.tr("Send by e-mail"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.task = run_in_background(self.workbench.mail.send_letter, document_id, account.name,
                                      on_finished=self._sent, on_failed=self._failed, parent=self)
        return self.task

    def _close(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _sent(self, sent: SentLetter) -> None:
        self._close()
        self.on_sent(sent)

    def _failed(self, exc: BaseException) -> None:
        self._close()
        if isinstance(exc, MailServerError | InputError | NotFound):
            self.on_error(self.tr("Not sent: %1").replace("%1", messages.text(exc)) + "\n" + self.tr(
                "The letter stays saved in the case file: send it again, or as an e-mail draft (.eml)."))
        else:
            self.on_error(self.tr("Not sent: an unexpected error; the problem is in the log."))
