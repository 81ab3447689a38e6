"""Starting the GUI: one QApplication, translations, the data folder, the main window."""

from __future__ import annotations

import logging
import os
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from dpo_workbench import paths
from dpo_workbench.ui import i18n

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
    paths.ensure_data_dir(data_dir)
    _setup_logging(data_dir)

    from dpo_workbench.ui.main_window import MainWindow
    from dpo_workbench.workbench import Workbench

    workbench = Workbench.open(data_dir)
    language = i18n.resolve_language(workbench.settings()["language"])
    translators = i18n.install(app, language)  # noqa: F841  (kept alive until exit)
    sys.excepthook = _excepthook
    window = MainWindow(workbench)
    window.show()

    if os.environ.get("DPO_WORKBENCH_BENCH_EXIT"):
        # benchmark hook: report once the first page of the register is painted, then quit
        def first_page_shown() -> None:
            window.table.viewport().repaint()
            print(f"first-page-shown {time.perf_counter() - started:.4f}", flush=True)
            app.quit()

        QTimer.singleShot(0, first_page_shown)
    code = app.exec()
    workbench.close()
    return code
