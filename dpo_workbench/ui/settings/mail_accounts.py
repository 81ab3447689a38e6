"""Mail accounts: the DPO mailbox the requests are fetched from (IMAP) and the answers sent with (SMTP).

A list of accounts on the left, the selected one's form on the right. The password
field stays empty for a saved account (the password is in the keyring, or sealed:
typing one replaces it). *Test* connects and logs in off the GUI thread; a server
whose certificate no authority signs is named with its fingerprint, and *Trust this
certificate* pins it after the DPO checked it with the administrator.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.errors import InputError, MailServerError, NotFound
from dpo_workbench.intake.mailbox import pretty_fingerprint
from dpo_workbench.services.mail import DEFAULT_PORTS, AccountInfo, AccountSettings
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.background import BackgroundTask, run_in_background
from dpo_workbench.ui.widgets.forms import error_label, with_error
from dpo_workbench.ui.widgets.palette import ERROR_STYLE, HINT_STYLE, Tone, text_style


def security_labels() -> dict[str, str]:
    return {
        "ssl": QCoreApplication.translate("Mail", "SSL/TLS"),
        "starttls": QCoreApplication.translate("Mail", "STARTTLS"),
        "none": QCoreApplication.translate("Mail", "None (this computer only)"),
    }


def short_fingerprint(pin: str) -> str:
    """The first 8 bytes of a pinned fingerprint as certificate viewers show them (AB:CD:...), enough to compare."""
    return pretty_fingerprint(pin)[:23] + "…"


def server_labels() -> dict[str, str]:
    return {"imap_host": QCoreApplication.translate("Mail", "Receiving (IMAP)"),
            "smtp_host": QCoreApplication.translate("Mail", "Sending (SMTP)")}


class MailAccountsDialog(QDialog):
    FIELDS = ("name", "imap_host", "imap_port", "imap_security", "login", "password", "folder", "after_import",
              "move_to", "smtp_host", "smtp_port", "smtp_security")

    def __init__(self, workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.current: AccountInfo | None = None
        self.task: BackgroundTask | None = None
        self.untrusted: tuple[str, str] | None = None  # (imap|smtp, fingerprint) the last test named
        self.setWindowTitle(self.tr("Mail accounts"))
        self.resize(900, 600)
        self.list = QListWidget()
        self.list.setMaximumWidth(220)
        self.list.currentRowChanged.connect(self._selected)
        new = QPushButton(self.tr("New account"))
        new.clicked.connect(self.new_account)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(new)

        self.edits: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. DPO mailbox"))
        self.imap_host = QLineEdit()
        self.imap_host.setPlaceholderText(self.tr("imap.example.fr"))
        self.imap_port = self._port()
        self.imap_security = self._security()
        self.imap_security.currentIndexChanged.connect(self._show_default_ports)
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("often the e-mail address"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = QLineEdit("INBOX")
        self.after_import = QComboBox()
        self.after_import.addItem(self.tr("Mark as read and imported"), "flag")
        self.after_import.addItem(self.tr("Move to the folder"), "move")
        self.after_import.currentIndexChanged.connect(self._after_changed)
        self.move_to = QLineEdit()
        self.move_to.setPlaceholderText(self.tr("INBOX/Imported"))
        self.smtp_host = QLineEdit()
        self.smtp_host.setPlaceholderText(self.tr("smtp.example.fr"))
        self.smtp_port = self._port()
        self.smtp_security = self._security()
        self.smtp_security.setCurrentIndex(self.smtp_security.findData("starttls"))
        self.smtp_security.currentIndexChanged.connect(self._show_default_ports)
        imap = QFormLayout()
        smtp = QFormLayout()
        general = QFormLayout()
        for form, key, label, widget in (
                (general, "name", self.tr("Name"), self.name),
                (general, "login", self.tr("Login"), self.login),
                (general, "password", self.tr("Password"), self.password),
                (imap, "imap_host", self.tr("Server"), self.imap_host),
                (imap, "imap_port", self.tr("Port"), self.imap_port),
                (imap, "imap_security", self.tr("Security"), self.imap_security),
                (imap, "folder", self.tr("Folder to fetch"), self.folder),
                (imap, "after_import", self.tr("After the import"), self.after_import),
                (imap, "move_to", self.tr("Folder to move to"), self.move_to),
                (smtp, "smtp_host", self.tr("Server (empty: no sending)"), self.smtp_host),
                (smtp, "smtp_port", self.tr("Port"), self.smtp_port),
                (smtp, "smtp_security", self.tr("Security"), self.smtp_security)):
            self.errors[key] = error_label()
            self.edits[key] = widget
            form.addRow(label, with_error(widget, self.errors[key]))
        self.store_note = QLabel()
        self.store_note.setWordWrap(True)
        self.store_note.setStyleSheet(HINT_STYLE)
        imap_box = QGroupBox(self.tr("Receiving (IMAP)"))
        imap_box.setLayout(imap)
        smtp_box = QGroupBox(self.tr("Sending answers (SMTP, same login and password)"))
        smtp_box.setLayout(smtp)
        self.pins = QLabel()
        self.pins.setWordWrap(True)
        self.pins.setStyleSheet(HINT_STYLE)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.test_button = QPushButton(self.tr("Test the connection"))
        self.test_button.clicked.connect(self.test)
        self.trust_button = QPushButton(self.tr("Trust this certificate"))
        self.trust_button.clicked.connect(self.trust)
        self.trust_button.hide()
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.test_button, self.trust_button, self.remove_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        right = QVBoxLayout()
        right.addLayout(general)
        right.addWidget(self.store_note)
        right.addWidget(imap_box)
        right.addWidget(smtp_box)
        right.addWidget(self.pins)
        right.addWidget(self.status)
        right.addStretch(1)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)
        chain = [self.list, new, self.name, self.login, self.password, self.imap_host, self.imap_port,
                 self.imap_security, self.folder, self.after_import, self.move_to, self.smtp_host, self.smtp_port,
                 self.smtp_security, self.save_button, self.test_button, self.trust_button, self.remove_button, close]
        for first, second in zip(chain, chain[1:], strict=False):  # the order they are read in, not created in
            self.setTabOrder(first, second)
        self._show_default_ports()
        self.reload()

    def _port(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 65535)  # 0 shows as "default (993)": the port that goes with the security chosen
        return box

    def _show_default_ports(self, *_args) -> None:
        for box, security, which in ((self.imap_port, self.imap_security, 0), (self.smtp_port, self.smtp_security, 1)):
            port = DEFAULT_PORTS.get(security.currentData() or "", (0, 0))[which]
            box.setSpecialValueText(self.tr("default (%1)").replace("%1", str(port)))

    def _security(self) -> QComboBox:
        box = QComboBox()
        for key, label in security_labels().items():
            box.addItem(label, key)
        return box

    # -- the list ----------------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        self.accounts = self.workbench.mail.accounts()
        self.list.blockSignals(True)
        self.list.clear()
        for account in self.accounts:
            self.list.addItem(account.name)
        self.list.blockSignals(False)
        names = [a.name for a in self.accounts]
        if select in names:
            self.list.setCurrentRow(names.index(select))
        elif self.accounts:
            self.list.setCurrentRow(0)
        else:
            self.new_account()

    def _selected(self, row: int) -> None:
        self.show_account(self.accounts[row] if 0 <= row < len(self.accounts) else None)

    def new_account(self) -> None:
        self.list.clearSelection()
        self.show_account(None)
        self.name.setFocus()

    def show_account(self, account: AccountInfo | None) -> None:
        self.current = account
        self.untrusted = None
        self.trust_button.hide()
        self._clear_errors()
        self.status.clear()
        s = account.settings() if account else AccountSettings(name="", imap_host="", login="")
        self.name.setText(s.name)
        self.imap_host.setText(s.imap_host)
        self.imap_port.setValue(s.imap_port or 0)
        self.imap_security.setCurrentIndex(self.imap_security.findData(s.imap_security))
        self.login.setText(s.login)
        self.password.clear()
        self.password.setPlaceholderText(self.tr("kept; type a new one to replace it") if account else "")
        self.folder.setText(s.folder)
        self.after_import.setCurrentIndex(self.after_import.findData(s.after_import))
        self.move_to.setText(s.move_to)
        self.smtp_host.setText(s.smtp_host)
        self.smtp_port.setValue(s.smtp_port or 0)
        self.smtp_security.setCurrentIndex(self.smtp_security.findData(s.smtp_security))
        self._after_changed()
        self.remove_button.setEnabled(account is not None)
        self.test_button.setEnabled(True)  # a new account is saved first
        where = self.tr("The password is kept in the system keyring.") if self.workbench.mail.keyring_is_safe else \
            self.tr("No safe system keyring here: the password is kept encrypted with this data folder's key.")
        self.store_note.setText(where)
        pins = []
        if account and account.imap_pin:
            pins.append(self.tr("IMAP certificate trusted: %1").replace("%1", short_fingerprint(account.imap_pin)))
        if account and account.smtp_pin:
            pins.append(self.tr("SMTP certificate trusted: %1").replace("%1", short_fingerprint(account.smtp_pin)))
        if account and account.last_fetch_error is not None:
            pins.append(self.tr("Last fetch failed: %1").replace("%1", messages.text(account.last_fetch_error)))
        self.pins.setText("\n".join(pins))

    def _after_changed(self, *_args) -> None:
        self.move_to.setEnabled(self.after_import.currentData() == "move")

    def _clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def settings(self) -> AccountSettings:
        keep = self.current.settings() if self.current else None
        return AccountSettings(
            name=self.name.text(), imap_host=self.imap_host.text(), login=self.login.text(),
            imap_port=self.imap_port.value() or None, imap_security=self.imap_security.currentData(),
            folder=self.folder.text(), after_import=self.after_import.currentData(), move_to=self.move_to.text(),
            smtp_host=self.smtp_host.text(), smtp_port=self.smtp_port.value() or None,
            smtp_security=self.smtp_security.currentData(),
            imap_pin=keep.imap_pin if keep and keep.imap_host == self.imap_host.text().strip() else "",
            smtp_pin=keep.smtp_pin if keep and keep.smtp_host == self.smtp_host.text().strip() else "")

    # -- actions -----------------------------------------------------------------------------------

    def save(self) -> AccountInfo | None:
        """Save the form; every problem is shown next to its field at once, and nothing is saved."""
        self._clear_errors()
        self.status.clear()
        problems = self.workbench.mail.problems(self.settings(), self.password.text(),
                                                editing=self.current.name if self.current else None)
        if problems:
            for problem in problems:
                self._show_problem(problem)
            return None
        try:
            if self.current is None:
                info = self.workbench.mail.add_account(self.settings(), self.password.text())
            else:
                info = self.workbench.mail.update_account(self.current.name, self.settings(),
                                                          self.password.text() or None)
        except InputError as exc:  # the keyring refused the password, say
            self._show_problem(exc)
            return None
        self.reload(select=info.name)
        self._say(self.tr("Saved."), Tone.SUCCESS)
        return info

    def _show_problem(self, problem: InputError) -> None:
        label = self.errors.get(problem.field or "")
        if label is None or label.isVisibleTo(self):  # no such field, or one message there already
            self._say(messages.text(problem), Tone.DANGER)
            return
        label.setText(messages.text(problem))
        label.show()

    def unsaved(self) -> bool:
        """Whether the form differs from the saved account (or is a new one)."""
        return self.current is None or bool(self.password.text()) or self.settings() != self.current.settings()

    def _say(self, text: str, tone: Tone) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(text_style(tone) if tone is not Tone.DANGER else ERROR_STYLE)

    def test(self) -> BackgroundTask | None:
        """Save the form if it changed (what is tested is what is saved), then connect and log in, off the GUI
        thread."""
        if self.task is not None and self.task.running:
            return None
        if self.unsaved() and self.save() is None:
            return None
        assert self.current is not None
        self.trust_button.hide()
        self._say(self.tr("Connecting…"), Tone.INFO)
        self.test_button.setEnabled(False)
        self.task = run_in_background(self.workbench.mail.test_account, self.current.name,
                                      on_finished=self._tested, on_failed=self._test_failed, parent=self)
        return self.task

    def _tested(self, count: int) -> None:
        self.test_button.setEnabled(True)
        if self.current is not None and self.current.can_send:
            text = self.tr("Receiving and sending: connected and logged in; %n message(s) in the folder.", "", count)
        else:
            text = self.tr("Connected and logged in: %n message(s) in the folder.", "", count)
        self._say(text, Tone.SUCCESS)

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(exc, MailServerError | InputError | NotFound):
            server = server_labels().get(exc.field or "")  # which of the two servers (often one host)
            text = messages.text(exc)
            self._say(self.tr("%1: %2").replace("%1", server).replace("%2", text) if server else text, Tone.DANGER)
            fingerprint = exc.params.get("fingerprint_hex")
            if isinstance(exc, MailServerError) and fingerprint and exc.code in ("mailbox.tls-untrusted",
                                                                                   "mailbox.tls-pin-mismatch"):
                which = "smtp" if exc.field == "smtp_host" else "imap"
                self.untrusted = (which, fingerprint)
                self.trust_button.setText(self.tr("Trust the SMTP certificate") if which == "smtp" else
                                          self.tr("Trust the IMAP certificate"))
                self.trust_button.show()
            return
        self._say(self.tr("The test stopped on an unexpected error; the problem is in the log."), Tone.DANGER)

    def trust(self) -> None:
        if self.current is None or self.untrusted is None:
            return
        which, fingerprint = self.untrusted
        host = self.current.smtp_host if which == "smtp" else self.current.imap_host
        question = self.tr("Trust the certificate of %1 (%2) for this account?\n\nSHA-256 fingerprint:\n%3\n\n"
                           "Check it with your administrator first: a wrong certificate means someone may read the "
                           "mail.")
        answer = QMessageBox.question(
            self, self.tr("Trust this certificate"),
            question.replace("%1", host).replace("%2", "SMTP" if which == "smtp" else "IMAP")
            .replace("%3", pretty_fingerprint(fingerprint)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.workbench.mail.trust_certificate(self.current.name, which, fingerprint)
        self.reload(select=self.current.name)
        self.test()

    def remove(self) -> None:
        if self.current is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove the account"), self.tr(
            "Remove the mail account %1 and its stored password? The requests already imported stay.")
            .replace("%1", self.current.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.workbench.mail.remove_account(self.current.name)
        self.reload()
