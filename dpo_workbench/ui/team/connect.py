"""The connection to a team database: server, port, database, server role and password, TLS; "Test connection".

What is chosen is kept in the local data folder once someone signs in (`connections.save_choice`), the
password in the system keyring when it is a safe store (never in a file); without one the dialog says so,
and the password is asked at each start. "Test connection" runs off the GUI thread (a server that does not answer takes
up to ten seconds to say so) and says, for each way it can fail, what to do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench import connections
from dpo_workbench.connections import DEFAULT_PORT, LocalChoice, Probe, TeamConnection
from dpo_workbench.errors import InputError, ServiceError
from dpo_workbench.ui.team.common import password_field, text
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.background import BackgroundTask, run_in_background
from dpo_workbench.ui.widgets.forms import error_label, fill, with_error
from dpo_workbench.ui.widgets.palette import HINT_STYLE, Tone, text_style


class ConnectionDialog(QDialog):
    """Where the team database is; accepted once the server answered as a team register of this version."""

    def __init__(self, data_dir: Path, choice: LocalChoice, parent: QWidget | None = None):
        super().__init__(parent)
        self.data_dir = data_dir
        self.choice = choice
        self.connection: TeamConnection | None = None  # what was chosen, once accepted
        self.password: str | None = None  # kept in memory for the sign-in that follows
        self.task: BackgroundTask | None = None
        self.setWindowTitle(self.tr("Connect to a team database"))
        self.setMinimumWidth(600)
        start = choice.connection or TeamConnection()
        intro = QLabel(self.tr("A team works on one register kept on a PostgreSQL server. Its administrator "
                               "gives you these details; your own login and passphrase are asked next."))
        intro.setWordWrap(True)

        self.host = QLineEdit(start.host)
        self.host.setPlaceholderText(self.tr("e.g. db.example.fr"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(start.port or DEFAULT_PORT)
        self.database = QLineEdit(start.database)
        self.database.setPlaceholderText(self.tr("e.g. register"))
        self.user = QLineEdit(start.user)
        self.user.setPlaceholderText(self.tr("e.g. dpo_app"))
        self.password_edit = password_field()
        kept = connections.server_password(start) if start.host else None
        self.password_edit.setText(kept or "")
        self.password_edit.setPlaceholderText(self.tr("empty if the server asks for none"))
        self.keep = QCheckBox(self.tr("Keep the password in this computer's keyring"))
        self.safe_keyring = connections.keyring_is_safe()
        self.keep.setChecked(self.safe_keyring)
        self.keep.setEnabled(self.safe_keyring)
        self.keyring_note = QLabel(self.tr("This computer has no safe keyring: the password is not kept, it is "
                                           "asked at each start."))
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet(text_style(Tone.WARNING))
        self.keyring_note.setVisible(not self.safe_keyring)

        self.tls = QComboBox()
        self.tls.addItem(self.tr("Encrypted, the server's certificate checked (verify-full)"), "verify-full")
        self.tls.addItem(self.tr("Encrypted, the certificate not checked (require)"), "require")
        self.tls.addItem(self.tr("Not encrypted (disable): only on this computer"), "disable")
        self.tls.setCurrentIndex(max(self.tls.findData(start.tls), 0))
        self.ca_file = QLineEdit(start.ca_file)
        self.ca_file.setPlaceholderText(self.tr("the authority's certificate (.pem, .crt)"))
        self.ca_choose = QPushButton(self.tr("Choose…"))
        self.ca_choose.setAutoDefault(False)
        self.ca_choose.clicked.connect(self.choose_ca_file)
        ca_row = QWidget()
        ca_layout = QHBoxLayout(ca_row)
        ca_layout.setContentsMargins(0, 0, 0, 0)
        ca_layout.addWidget(self.ca_file, 1)
        ca_layout.addWidget(self.ca_choose)
        self.tls.currentIndexChanged.connect(self._tls_changed)

        self.errors = {name: error_label() for name in ("host", "port", "database", "user", "tls", "ca_file")}
        form = QFormLayout()
        form.addRow(self.tr("Server"), with_error(self.host, self.errors["host"]))
        form.addRow(self.tr("Port"), with_error(self.port, self.errors["port"]))
        form.addRow(self.tr("Database"), with_error(self.database, self.errors["database"]))
        form.addRow(self.tr("Server role"), with_error(self.user, self.errors["user"]))
        role_hint = QLabel(self.tr("The role the administrator created for the application (not your own "
                                   "login)."))
        role_hint.setStyleSheet(HINT_STYLE)
        role_hint.setWordWrap(True)
        # in a form a wrapped label is otherwise given the height of fewer lines than it needs
        role_hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        form.addRow("", role_hint)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow("", self.keep)
        form.addRow("", self.keyring_note)
        form.addRow(self.tr("Encryption"), with_error(self.tls, self.errors["tls"]))
        form.addRow(self.tr("Certificate authority"), with_error(ca_row, self.errors["ca_file"]))

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(lambda: self.test_connection())
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.test_result.hide()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addWidget(self.test_result)
        layout.addWidget(buttons)
        self._tls_changed()

    # -- the fields --------------------------------------------------------------------------------------

    def _tls_changed(self) -> None:
        checked = self.tls.currentData() == "verify-full"
        self.ca_file.setEnabled(checked)
        self.ca_choose.setEnabled(checked)

    def choose_ca_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Certificate authority"), self.ca_file.text(),
                                                    self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if name:
            self.ca_file.setText(name)

    def entered(self) -> TeamConnection | None:
        """The connection typed, checked; None after showing what to fix beside its field."""
        for label in [*self.errors.values(), self.test_result]:
            label.hide()
        try:
            return TeamConnection(host=self.host.text(), port=self.port.value(), database=self.database.text(),
                                  user=self.user.text(), tls=self.tls.currentData(),
                                  ca_file=self.ca_file.text()).checked()
        except InputError as exc:
            label = self.errors.get(exc.field or "", self.errors["host"])
            label.setText(messages.text(exc))
            label.show()
            self.adjustSize()  # room for the message's lines: nothing clipped
            return None

    def _say(self, message: str, tone: Tone) -> None:
        self.test_result.setText(message)
        self.test_result.setStyleSheet(text_style(tone))
        self.test_result.show()
        self.adjustSize()

    # -- testing and connecting --------------------------------------------------------------------------

    def test_connection(self) -> BackgroundTask | None:
        """Reach the server off the GUI thread; the result is said under the button."""
        connection = self.entered()
        if connection is None or (self.task is not None and self.task.running):
            return None
        self.test_button.setEnabled(False)
        self.ok_button.setEnabled(False)
        self._say(fill(self.tr("Connecting to %1…"), connection.where), Tone.INFO)
        self.task = run_in_background(connections.probe, connection.url(self.password_edit.text()),
                                      on_finished=self._tested, on_failed=self._failed, parent=self)
        return self.task

    def _tested(self, found: Probe) -> None:
        self.test_button.setEnabled(True)
        self.ok_button.setEnabled(True)
        self._say(fill(self.tr("Connected: %1 is a team register of this version, with %n active user(s).", "",
                               found.users), found.server), Tone.SUCCESS)

    def _failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.ok_button.setEnabled(True)
        if isinstance(exc, ServiceError):
            self._say(text(exc, in_connection=True), Tone.DANGER)
        else:
            self._say(fill(self.tr("The connection failed on an unexpected error (%1)."), type(exc).__name__),
                      Tone.DANGER)

    def accept(self) -> None:
        """Check the server answers as a team register, keep the choice (and the password if asked), close."""
        connection = self.entered()
        if connection is None or (self.task is not None and self.task.running):
            return
        password = self.password_edit.text()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            connections.probe(connection.url(password))
            if self.keep.isChecked() and password:
                connections.keep_server_password(connection, password)
            else:  # nothing kept that was not asked for (a password changed, a box unticked)
                connections.forget_server_password(connection)
        except ServiceError as exc:
            self._say(text(exc, in_connection=True), Tone.DANGER)
            return
        finally:
            QApplication.restoreOverrideCursor()
        same_server = self.choice.connection is not None and self.choice.connection.where == connection.where
        # kept in the data folder once someone signs in on it (a cancelled sign-in changes nothing)
        self.choice = LocalChoice("team", connection, self.choice.login if same_server else "",
                                  self.choice.team_id if same_server else "")
        self.connection, self.password = connection, password or None
        super().accept()
