"""Starting the GUI: one QApplication, translations, the data folder, the main window."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from dpo_workbench import __version__, paths
from dpo_workbench.ui.about import APP_ID, application_icon
from dpo_workbench.ui.widgets import i18n, messages

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


def run(data_dir: Path, argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("DPO Workbench")
    app.setOrganizationName("dpo-workbench")
    app.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)  # docks and task bars match the window to its launcher and icon
    QApplication.setWindowIcon(application_icon())
    paths.ensure_data_dir(data_dir)
    _setup_logging(data_dir)

    from dpo_workbench.datafolder import DataFolder
    from dpo_workbench.errors import VaultError
    from dpo_workbench.ui.main_window import MainWindow
    from dpo_workbench.ui.settings.recovery_unlock import offer_recovery
    from dpo_workbench.ui.settings.unlock import unlock_data_folder
    from dpo_workbench.ui.settings.user_name import offer_user_name
    from dpo_workbench.vault.keystore import passphrase_from_env
    from dpo_workbench.workbench import Workbench

    # the language setting is in the encrypted database: the key dialogs follow the system language
    system_language = i18n.resolve_language("auto")
    translators = i18n.install(app, system_language)
    folder = DataFolder.at(data_dir)
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
    workbench = Workbench.from_folder(folder)
    workbench.documents.purge_due()  # ID copies whose grace period ended while the application was closed
    workbench.requests.refresh_suspended_deadlines()
    language = i18n.resolve_language(workbench.settings.values()["language"])
    if language != system_language:
        i18n.remove(app, translators)
        translators = i18n.install(app, language)  # kept alive until exit
    log.info("DPO Workbench %s, Qt %s, %s; language %s, translations %s", __version__, qVersion(),
             "frozen" if getattr(sys, "frozen", False) else "from the Python package", language,
             ", ".join(Path(t.filePath()).name for t in translators) or "none")
    sys.excepthook = _excepthook
    window = MainWindow(workbench)
    window.show()
    if outcome == "recovered":
        workbench.backups.record_recovery_use()
    # the daily backup; at first set-up (unless scripted), the recovery key shown once
    window.backups.start(first_setup=outcome == "created" and passphrase_from_env() is None)
    window.retention.start()  # what is past its retention period: the status bar, a weekly reminder
    first_dialog = window.backups.dialog if outcome == "created" else None  # the recovery key, shown once
    if not isinstance(first_dialog, QDialog):
        first_dialog = None
    name_question = offer_user_name(workbench, window, after=first_dialog)  # noqa: F841  (who acts: asked once)

    if os.environ.get("DPO_WORKBENCH_BENCH_EXIT"):
        # benchmark hook: report once the first page of the register is painted, then quit
        def first_page_shown() -> None:
            window.table.viewport().repaint()
            print(f"first-page-shown {time.perf_counter() - started:.4f} {time.time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, first_page_shown)
    code = app.exec()
    # delete the window while Qt still runs: left to PySide's shutdown it crashed now and then
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    workbench.close()
    return code
