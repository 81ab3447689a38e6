"""The history of a processing: its versions (who, when, what kind of change) and what each one changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from dpo_workbench.core import register as reg
from dpo_workbench.ui.register.model import lang
from dpo_workbench.ui.widgets import labels
from dpo_workbench.ui.widgets.palette import HINT_STYLE, Tone, html_colour
from dpo_workbench.workbench import Workbench

TABLE_OPEN, TABLE_CLOSE = "<table cellspacing='0' cellpadding='4' width='100%'>", "</table>"  # markup


def _html(text: str) -> str:
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return escaped.replace("\n", "<br/>") or "—"


class HistoryPanel(QWidget):
    """The versions of the processing shown, newest first; the chosen one beside the one before it."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.reference: str | None = None
        self.versions = QListWidget()
        self.versions.currentRowChanged.connect(self._show_version)
        self.diff = QTextBrowser()
        self.diff.setOpenLinks(False)
        hint = QLabel(self.tr("Each save is kept: choose a version to see what it changed. The register of a past "
                              "date (File › Print the register as of…) prints each processing as it then was."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.versions)
        splitter.addWidget(self.diff)
        splitter.setSizes([160, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        self.numbers: list[int] = []

    def change_words(self) -> dict[str, str]:
        return {"created": self.tr("created"), "changed": self.tr("changed"), "imported": self.tr("imported"),
                "retired": self.tr("ended"), "restored": self.tr("put back"), "migrated": self.tr(
                    "moved from the organisation profile")}

    def show_processing(self, reference: str | None) -> None:
        self.reference = reference
        self.versions.clear()
        self.numbers = []
        self.diff.clear()
        if reference is None:
            return
        words = self.change_words()
        for version in self.workbench.register.history(reference):
            text = self.tr("Version %1 — %2 — %3 — %4").replace("%1", str(version.number)).replace(
                "%2", labels.format_datetime(version.at)).replace("%3", version.actor).replace(
                "%4", words.get(version.change, version.change))
            item = QListWidgetItem(text)
            fields = [reg.FIELD[k].label(lang()) for k in version.fields if k in reg.FIELD]
            item.setToolTip(", ".join(fields))
            self.versions.addItem(item)
            self.numbers.append(version.number)
        if self.numbers:
            self.versions.setCurrentRow(0)

    def _show_version(self, row: int) -> None:
        if self.reference is None or not 0 <= row < len(self.numbers):
            self.diff.clear()
            return
        diff = self.workbench.register.diff(self.reference, self.numbers[row])
        changes = reg.changes(diff.previous, diff.current, lang())
        old, new = html_colour(Tone.DANGER), html_colour(Tone.SUCCESS)
        rows = []
        for change in changes:
            label = reg.FIELD[change.key].label(lang())
            if change.lang:
                label += f" ({change.lang.upper()})"
            rows.append(f"<tr><td valign='top'><b>{_html(label)}</b></td>"
                        f"<td valign='top' style='color:{old}'>{_html(change.old)}</td>"
                        f"<td valign='top' style='color:{new}'>{_html(change.new)}</td></tr>")
        if not rows:
            nothing = self.tr("No field changed in this version.")
            self.diff.setHtml(f"<p>{_html(nothing)}</p>")
            return
        field, before, after = self.tr("Field"), self.tr("Before"), self.tr("After")
        head = (f"<tr><th align='left'>{_html(field)}</th><th align='left'>{_html(before)}"
                f"</th><th align='left'>{_html(after)}</th></tr>")
        self.diff.setHtml(f"{TABLE_OPEN}{head}{''.join(rows)}{TABLE_CLOSE}")
