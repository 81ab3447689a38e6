"""What the team dialogs share: the roles' names, and the messages of team mode worded for the window.

A few messages of `errors.TEMPLATES` name what to do at the command line (--user, DPO_WORKBENCH_PASSPHRASE,
PGPASSWORD); in the window the same code gets the words of the window. Every other code is said as
everywhere else (`messages.text`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from dpo_workbench.errors import ServiceError
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.forms import fill


def role_labels() -> dict[str, str]:
    return {
        "dpo": QCoreApplication.translate("Team", "DPO (everything, manages the users)"),
        "deputy": QCoreApplication.translate("Team", "Deputy (everything but the users)"),
        "contributor": QCoreApplication.translate("Team", "Contributor (logs requests, answers the ones assigned to "
                                                          "them)"),
        "reader": QCoreApplication.translate("Team", "Reader (sees the registers and figures, no documents)"),
    }


def role_names() -> dict[str, str]:
    return {
        "dpo": QCoreApplication.translate("Team", "dpo"),
        "deputy": QCoreApplication.translate("Team", "deputy"),
        "contributor": QCoreApplication.translate("Team", "contributor"),
        "reader": QCoreApplication.translate("Team", "reader"),
    }


def text(exc: ServiceError, *, in_connection: bool = False) -> str:
    """The message of a team error as the window says it (`in_connection`: in the connection dialog)."""
    params = exc.params
    if exc.code == "team.server-password" and in_connection:
        return fill(QCoreApplication.translate(
            "Team", "The database server %1 refused the password of the server role %2: check it with the server's "
                    "administrator."), str(params.get("server", "")), str(params.get("user", "")))
    if exc.code == "team.server-password":
        return fill(QCoreApplication.translate(
            "Team", "The database server %1 refused the password of the server role %2: check it in Connection… "
                    "(the server's administrator gave it)."),
            str(params.get("server", "")), str(params.get("user", "")))
    if exc.code == "team.unknown-user":
        return fill(QCoreApplication.translate(
            "Team", "%1 is not a user of this team database: check your login, or ask a dpo of the team to add "
                    "you."), str(params.get("login", "")))
    if exc.code == "team.wrong-passphrase":
        return QCoreApplication.translate(
            "Team", "The passphrase is wrong for this login. Check it (and the Caps Lock key) and try again.")
    if exc.code == "team.passphrase-needed":
        return QCoreApplication.translate(
            "Team", "Type your passphrase: your key is not kept in this computer's keyring.")
    return messages.text(exc)


def password_field(width: int = 280) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(width)
    return field
