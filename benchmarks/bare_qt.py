"""The yardstick for start-up: the least a PySide6 table window costs.

QApplication + QMainWindow + QTableView over a small QStandardItemModel,
shown, painted once, then quit. Prints `first-page-shown <seconds> <epoch>` like
the application's benchmark hook (seconds since main() began, after the imports,
and the wall-clock time, so the parent can count from the process start).

    QT_QPA_PLATFORM=offscreen python benchmarks/bare_qt.py
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

ROWS, COLUMNS = 50, 8


def main() -> int:
    started = time.perf_counter()
    app = QApplication(sys.argv[:1])
    model = QStandardItemModel(ROWS, COLUMNS)
    for row in range(ROWS):
        for column in range(COLUMNS):
            model.setItem(row, column, QStandardItem(f"cell {row}, {column}"))
    window = QMainWindow()
    view = QTableView()
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1360, 820)
    window.show()

    def first_page_shown() -> None:
        view.viewport().repaint()
        print(f"first-page-shown {time.perf_counter() - started:.4f} {time.time():.6f}", flush=True)
        app.quit()

    QTimer.singleShot(0, first_page_shown)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
