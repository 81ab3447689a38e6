"""Starting the GUI: one QApplication, translations, the data folder, the main window."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from dpo_workbench import __version__, paths
from dpo_workbench.ui.about import APP_ID, application_icon
from dpo_workbench.ui.widgets import i18n, messages

if TYPE_CHECKING:
    from dpo_workbench.ui.main_window import MainWindow
    from dpo_workbench.workbench import Workbench

log = logging.getLogger("dpo_workbench")


def _setup_logging(data_dir: Path) -> None:
    handler = logging.FileHandler(data_dir / "logs" / "dpo-workbench.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def _excepthook(kind, value, tb) -> None:
    """Log where it failed (type and frames, never the message: it may quote personal data) and tell."""
    log.error("unexpected %s\n%s", kind.__name__, "".join(traceback.format_tb(tb)))
    box = QMessageBox(QMessageBox.Icon.Critical, QApplication.translate("App", "DPO Workbench"),
                      QApplication.translate("App", "Something went wrong; what you saved is safe. "
                                                    "The details are in the log file of the data folder."))
    box.setDetailedText(f"{kind.__name__}: {value}")
    box.exec()


def run(data_dir: Path, argv: list[str] | None = None, database_url: str | None = None,
        login: str | None = None) -> int:
    """The window on the data folder, or on a team database: `database_url` (--database-url,
    DPO_WORKBENCH_DATABASE_URL) signed in as `login` (--user) if that needs no dialog, else the choice kept in
    the data folder (connection.json)."""
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("DPO Workbench")
    app.setOrganizationName("dpo-workbench")
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)  # docks and task bars match the window to its launcher and icon
    QApplication.setWindowIcon(application_icon())
    paths.ensure_data_dir(data_dir)
    _setup_logging(data_dir)

    from dpo_workbench.connections import load_choice

    session = Session(app, data_dir, database_url, login)
    if database_url or load_choice(data_dir).team:
        code = session.open_team()
    else:
        code = session.open_folder()
    if code is not None:
        return code
    sys.excepthook = _excepthook
    window = session.window
    assert window is not None

    if os.environ.get("DPO_WORKBENCH_BENCH_EXIT"):
        # benchmark hook: report once the first page of the register is painted, then quit
        def first_page_shown() -> None:
            window.table.viewport().repaint()
            print(f"first-page-shown {time.perf_counter() - started:.4f} {time.time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, first_page_shown)
    code = app.exec()
    session.close()
    return code


class Session:
    """The open register and its window; signing out, switching user or register replaces both."""

    def __init__(self, app: QApplication, data_dir: Path, database_url: str | None = None,
                 login: str | None = None) -> None:
        self.app = app
        self.login = login  # --user: signs in without a dialog when the key needs no typing
        self.data_dir = data_dir
        self.database_url = database_url  # given at start: the window stays on that team database
        self.window: MainWindow | None = None
        self.workbench: Workbench | None = None
        self.dialog: QDialog | None = None  # the sign-in dialog last shown (tests look at it)
        # the language setting is in the encrypted database: the key dialogs follow the system language
        self.system_language = i18n.resolve_language("auto")
        self.translators = i18n.install(app, self.system_language)
        self.language = self.system_language

    # -- opening ---------------------------------------------------------------------------------------

    def open_folder(self) -> int | None:
        """The data folder: create or unlock its keys, then its window. An exit code when it does not open."""
        from dpo_workbench.datafolder import DataFolder
        from dpo_workbench.errors import VaultError
        from dpo_workbench.ui.settings.recovery_unlock import offer_recovery
        from dpo_workbench.ui.settings.unlock import unlock_data_folder
        from dpo_workbench.ui.settings.user_name import offer_user_name
        from dpo_workbench.vault.keystore import passphrase_from_env
        from dpo_workbench.workbench import Workbench

        folder = DataFolder.at(self.data_dir)
        try:
            outcome = unlock_data_folder(folder)  # first-run or unlock dialog, unless DPO_WORKBENCH_PASSPHRASE
        except VaultError as exc:
            if not offer_recovery(folder, exc):  # keys lost: the recovery key may open the folder
                log.error("the keys of the data folder could not be opened (%s)", type(exc).__name__)
                print(f"dpo-workbench: error: {exc}", file=sys.stderr)
                if passphrase_from_env() is None:
                    QMessageBox.critical(None, QApplication.translate("App", "DPO Workbench"), messages.text(exc))
                return 1
            outcome = "recovered"
        if outcome == "gave-up":
            log.warning("wrong passphrase three times: closed without opening the data")
            QMessageBox.critical(None, QApplication.translate("App", "DPO Workbench"),
                                 QApplication.translate("App", "The passphrase was wrong three times. DPO Workbench "
                                                               "closes; nothing was changed."))
            return 1
        if outcome == "cancelled":
            return 0
        if outcome == "team":  # first start: the register is a team's
            return self.open_team()
        workbench = Workbench.from_folder(folder)
        window = self.show(workbench)
        if outcome == "recovered":
            workbench.backups.record_recovery_use()
        # the daily backup; at first set-up (unless scripted), the recovery key shown once
        window.backups.start(first_setup=outcome == "created" and passphrase_from_env() is None)
        first_dialog = window.backups.dialog if outcome == "created" else None  # the recovery key, shown once
        if not isinstance(first_dialog, QDialog):
            first_dialog = None
        self.name_question = offer_user_name(workbench, window, after=first_dialog)  # who acts: asked once
        if outcome == "created":
            window.statusBar().showMessage(QApplication.translate(
                "App", "Working with a team on a shared register? File › Connect to a team database…"), 60000)
        return None

    def sign_in(self, *, login: str = "", parent=None, connect: bool = False):
        """The sign-in dialog (after the connection dialog when `connect`): the outcome and the dialog."""
        from dpo_workbench.connections import load_choice
        from dpo_workbench.ui.team.signin import SignInDialog

        choice = load_choice(self.data_dir)
        dialog = SignInDialog(self.data_dir, choice, fixed_url=self.database_url, login=login, parent=parent)
        self.dialog = dialog
        if (connect or (self.database_url is None and choice.connection is None)) and not dialog.change_connection():
            return "cancelled", dialog
        dialog.exec()
        return dialog.outcome, dialog

    def open_team(self, *, login: str | None = None) -> int | None:
        """Sign in to the team database, then its window. An exit code when nobody signed in."""
        from dpo_workbench.connections import LocalChoice, load_choice, save_choice

        scripted = self._scripted_sign_in(login)
        if scripted is not None:
            self.show(scripted)
            return None
        outcome, dialog = self.sign_in(login=login if login is not None else "")
        if outcome == "folder":
            choice = load_choice(self.data_dir)
            save_choice(self.data_dir, LocalChoice("folder", choice.connection, choice.login, choice.team_id))
            return self.open_folder()
        if outcome != "signed-in" or dialog.workbench is None:
            return 0
        self.show(dialog.workbench)
        return None

    def _scripted_sign_in(self, login: str | None):
        """--database-url with --user (or DPO_WORKBENCH_USER) and the key in the keyring or the passphrase in
        DPO_WORKBENCH_PASSPHRASE: signed in without a dialog; None when that does not do (the dialog then)."""
        from dpo_workbench.errors import ServiceError
        from dpo_workbench.team import login_from_env
        from dpo_workbench.workbench import Workbench

        login = login or self.login or login_from_env()
        if not self.database_url or not login or self.window is not None:
            return None
        try:
            return Workbench.open_team(self.database_url, login, data_dir=self.data_dir)
        except ServiceError as exc:
            log.info("no sign-in without the dialog (%s)", exc.code)
            return None

    def show(self, workbench):
        """Upkeep, the language of the register, the main window."""
        from dpo_workbench.ui.main_window import MainWindow

        workbench.documents.purge_due()  # ID copies whose grace period ended while the application was closed
        workbench.requests.refresh_suspended_deadlines()
        language = i18n.resolve_language(workbench.settings.values()["language"])
        if language != self.language:
            i18n.remove(self.app, self.translators)
            self.translators = i18n.install(self.app, language)  # kept alive until exit
            self.language = language
        log.info("DPO Workbench %s, Qt %s, %s; language %s, translations %s; %s", __version__, qVersion(),
                 "frozen" if getattr(sys, "frozen", False) else "from the Python package", language,
                 ", ".join(Path(t.filePath()).name for t in self.translators) or "none",
                 "team database" if workbench.in_team else "data folder")
        self.workbench = workbench
        self.window = window = MainWindow(workbench)
        assert window.team is not None
        window.team.switch.connect(self.switch)
        window.show()
        window.retention.start()  # what is past its retention period: the status bar, a weekly reminder
        return window

    # -- switching -------------------------------------------------------------------------------------

    def switch(self, kind: str) -> None:
        """"connect" (from the data folder), "sign-out", "switch-user", "folder" (from a team database)."""
        from dpo_workbench.connections import LocalChoice, load_choice, save_choice
        from dpo_workbench.ui.widgets.background import exclusive_work_running

        if exclusive_work_running():
            QMessageBox.information(self.window, QApplication.translate("App", "DPO Workbench"),
                                    QApplication.translate("App", "A long task is running; try again once it is "
                                                                  "finished."))
            return
        if kind == "connect":  # the data folder stays open until someone signed in to the team
            outcome, dialog = self.sign_in(parent=self.window, connect=True)
            if outcome == "signed-in" and dialog.workbench is not None:
                self.close()
                self.show(dialog.workbench)
            return
        previous = self.workbench.actor if self.workbench is not None else ""
        self.app.setQuitOnLastWindowClosed(False)  # between two windows, none is open
        try:
            self.close()
            if kind == "folder":
                choice = load_choice(self.data_dir)
                save_choice(self.data_dir, LocalChoice("folder", choice.connection, choice.login, choice.team_id))
                code = self.open_folder()
            else:
                code = self.open_team(login="" if kind == "switch-user" else previous)
        finally:
            self.app.setQuitOnLastWindowClosed(True)
        if code is not None:
            log.info("signed out; the application closes")
            QTimer.singleShot(0, self.app.quit)

    def close(self) -> None:
        """Close the window and the register (the team database's connections, the data folder)."""
        window, workbench = self.window, self.workbench
        self.window = self.workbench = None
        if window is not None:
            window.hide()
            # delete the window while Qt still runs: left to PySide's shutdown it crashed now and then
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if workbench is not None:
            workbench.close()
