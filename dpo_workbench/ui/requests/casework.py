"""The request's Processings section: the processings that concern the person (linked, and those its category
suggests), and the departments asked for the data, with what each still owes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.errors import ServiceError
from dpo_workbench.services.links import RequestProcessings
from dpo_workbench.services.requests import RequestDetail
from dpo_workbench.services.tasks import TaskInfo
from dpo_workbench.ui.requests.task_dialogs import (
    AskDepartmentsDialog,
    TaskAnswerDialog,
    TaskDetailDialog,
    TaskMailDialog,
    kinds_text,
    task_status_text,
)
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.forms import fill
from dpo_workbench.ui.widgets.i18n import current_language
from dpo_workbench.ui.widgets.palette import FAINT_STYLE, HINT_STYLE, TITLE_STYLE, Tone, foreground
from dpo_workbench.workbench import Workbench

ID_ROLE = Qt.ItemDataRole.UserRole
LINKED, SUGGESTED = "linked", "suggested"


def _buttons(parent: QWidget, specs: list[tuple[str, str, object]], columns: int = 2) -> tuple[QGridLayout,
                                                                                               dict[str, QPushButton]]:
    grid = QGridLayout()
    found: dict[str, QPushButton] = {}
    for n, (key, label, slot) in enumerate(specs):
        button = QPushButton(label, parent)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        found[key] = button
        grid.addWidget(button, n // columns, n % columns)
    return grid, found


class AddProcessingDialog(QDialog):
    """Choose processings of the register to link by hand (those neither linked nor suggested)."""

    def __init__(self, shown: RequestProcessings, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link processings"))
        self.setMinimumWidth(480)
        self.list = QListWidget()
        for ref in shown.others:
            item = QListWidgetItem(f"{ref.reference} — {ref.name(lang)}"
                                   + (f" ({ref.department})" if ref.department else ""))
            item.setData(ID_ROLE, ref.reference)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        hint = QLabel(self.tr("The processings of the register that the requester's category does not suggest. "
                              "Tick those that concern the person."))
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


class ProcessingsSection(QFrame):
    """Links, suggestions and internal data requests of the request shown; `changed` when one of them changed."""

    changed = Signal()

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.detail: RequestDetail | None = None
        self.shown: RequestProcessings | None = None
        self.tasks: list[TaskInfo] = []
        self.dialog: QDialog | None = None  # the last dialog opened (tests look at it)
        self.lang = current_language()  # the processings' names in the language the application speaks

        title = QLabel(self.tr("Processings concerning the person"))
        title.setStyleSheet(TITLE_STYLE)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(HINT_STYLE)
        self.tree = QTreeWidget()  # one column: the panel is narrow, a processing's name needs the room
        self.tree.setColumnCount(1)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)  # each line; the full name in the tooltip
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self._activate(item))
        link_grid, self.link_buttons = _buttons(self, [
            ("suggested", self.tr("Link the suggested ones"), lambda: self.link_suggested()),
            ("link", self.tr("Link"), lambda: self.link_selected()),
            ("add", self.tr("Other processings…"), lambda: self.add_others()),
            ("remove", self.tr("Remove"), lambda: self.remove_selected()),
        ])

        tasks_title = QLabel(self.tr("Departments asked for the data"))
        tasks_title.setStyleSheet(TITLE_STYLE)
        self.tasks_hint = QLabel()
        self.tasks_hint.setWordWrap(True)
        self.tasks_hint.setStyleSheet(FAINT_STYLE)
        self.task_tree = QTreeWidget()
        self.task_tree.setColumnCount(2)  # the department and what it is asked; by when and where it stands
        self.task_tree.setHeaderLabels([self.tr("Department"), self.tr("Answer by")])
        self.task_tree.setRootIsDecorated(False)
        self.task_tree.header().setStretchLastSection(False)
        self.task_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.task_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.task_tree.itemSelectionChanged.connect(self._update_buttons)
        self.task_tree.itemDoubleClicked.connect(lambda _item, _column: self.task_details())
        task_grid, self.task_buttons = _buttons(self, [
            ("ask", self.tr("Ask the departments…"), lambda: self.ask_departments()),
            ("mail", self.tr("E-mail…"), lambda: self.mail_task()),
            ("remind", self.tr("Remind…"), lambda: self.mail_task(reminder=True)),
            ("answer", self.tr("Record the answer…"), lambda: self.record_answer()),
            ("details", self.tr("Details…"), lambda: self.task_details()),
            ("cancel", self.tr("No longer needed…"), lambda: self.cancel_task()),
        ])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree)
        layout.addLayout(link_grid)
        layout.addSpacing(6)
        layout.addWidget(tasks_title)
        layout.addWidget(self.tasks_hint)
        layout.addWidget(self.task_tree)
        layout.addLayout(task_grid)
        self.set_request(None)

    # -- showing -----------------------------------------------------------------------------------

    def set_request(self, detail: RequestDetail | None) -> None:
        self.detail = detail
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        self.task_tree.clear()
        if self.detail is None:
            self.shown, self.tasks = None, []
            self._update_buttons()
            return
        self.shown = shown = self.workbench.links.of_request(self.detail.id)
        self.tasks = self.workbench.tasks.of_request(self.detail.id)
        relation = labels.relation_labels()[shown.relation]
        italic = QFont()
        italic.setItalic(True)
        for link in shown.linked:
            ref = link.processing
            ended = " — " + self.tr("ended") if ref.status != "active" else ""
            item = QTreeWidgetItem([f"{ref.reference} — {ref.name(self.lang)}{ended}\n" + self._owner(ref.department)])
            item.setData(0, ID_ROLE, (LINKED, ref.reference))
            tips = [f"{ref.reference} — {ref.name(self.lang)}", self.tr("Linked: the access reply describes it.")]
            if link.origin == "suggested":
                tips.append(self.tr("Suggested by the requester's category, accepted."))
            if ended:
                item.setForeground(0, foreground(Tone.NEUTRAL))
            if ref.retention_fr or ref.retention_en:
                tips.append(fill(self.tr("Retention: %1"), (ref.retention_fr if self.lang == "fr" else
                                                            ref.retention_en) or ref.retention_fr))
            item.setToolTip(0, "\n".join(tips))
            self.tree.addTopLevelItem(item)
        for ref in shown.suggestions:
            item = QTreeWidgetItem([fill(self.tr("Suggested: %1"), f"{ref.reference} — {ref.name(self.lang)}")
                                    + "\n" + self._owner(ref.department)])
            item.setData(0, ID_ROLE, (SUGGESTED, ref.reference))
            item.setFont(0, italic)
            item.setForeground(0, foreground(Tone.INFO))
            item.setToolTip(0, f"{ref.reference} — {ref.name(self.lang)}\n" + fill(
                self.tr("Suggested for a requester of category %1: not linked yet."), relation))
            self.tree.addTopLevelItem(item)
        if not shown.linked and not shown.suggestions:
            self.summary.setText(self.tr("No processing linked. Link those that concern the person (Other "
                                         "processings…): the access reply describes them, and their departments "
                                         "are the ones asked for the data."))
        elif not shown.linked:
            self.summary.setText(fill(self.tr("Nothing linked yet. The register suggests %n processing(s) for a "
                                              "requester of category %1: link those that concern the person.", "",
                                              len(shown.suggestions)), relation))
        else:
            self.summary.setText(fill(self.tr("%n processing(s) linked: the access reply describes them.", "",
                                              len(shown.linked))))
        self._fit(self.tree, len(shown.linked) + len(shown.suggestions))
        today = self.workbench.today()
        for task in self.tasks:
            item = QTreeWidgetItem([f"{task.department}\n{kinds_text(task.kinds)}",
                                    f"{labels.format_date(task.due_on)}\n{task_status_text(task, today)}"])
            item.setData(0, ID_ROLE, task.id)
            item.setToolTip(0, f"{task.department}\n{kinds_text(task.kinds)}")
            if task.overdue(today):
                item.setForeground(1, foreground(Tone.DANGER))
            elif task.state != "open":
                for column in range(2):
                    item.setForeground(column, foreground(Tone.NEUTRAL))
            self.task_tree.addTopLevelItem(item)
        self._fit(self.task_tree, len(self.tasks))
        self.tasks_hint.setText("" if self.tasks else self.tr("None asked yet.") if shown.linked else self.tr(
            "None asked yet. Link the processings that concern the person first: their departments are the ones "
            "asked."))
        self.tasks_hint.setVisible(not self.tasks)
        self._update_buttons()

    def _owner(self, department: str) -> str:
        return fill(self.tr("Department: %1"), department) if department else self.tr("No owner department")

    @staticmethod
    def _fit(tree: QTreeWidget, rows: int) -> None:
        """Tall enough for its rows (two lines each), six at most, then it scrolls."""
        tree.setVisible(rows > 0)
        line = tree.fontMetrics().lineSpacing()
        header = 0 if tree.isHeaderHidden() else tree.header().sizeHint().height()
        tree.setFixedHeight(header + max(1, min(rows, 6)) * (2 * line + 2) + 2 * tree.frameWidth() + 2)

    def _selected_links(self) -> list[tuple[str, str]]:
        return [item.data(0, ID_ROLE) for item in self.tree.selectedItems()]

    def selected_task(self) -> TaskInfo | None:
        items = self.task_tree.selectedItems()
        if not items:
            return None
        task_id = items[0].data(0, ID_ROLE)
        return next((t for t in self.tasks if t.id == task_id), None)

    def _update_buttons(self) -> None:
        shown, detail = self.shown, self.detail
        editable = detail is not None and detail.anonymised_on is None
        selected = self._selected_links()
        b = self.link_buttons
        b["suggested"].setEnabled(editable and bool(shown and shown.suggestions))
        b["link"].setEnabled(editable and bool(selected) and all(kind == SUGGESTED for kind, _ in selected))
        b["remove"].setEnabled(editable and bool(selected) and all(kind == LINKED for kind, _ in selected))
        b["add"].setEnabled(editable and bool(shown and shown.others))
        task = self.selected_task()
        is_open = detail is not None and detail.state.is_open and editable
        t = self.task_buttons
        t["ask"].setEnabled(is_open and bool(shown and shown.linked))
        awaited = task is not None and task.awaited
        t["mail"].setEnabled(awaited)
        t["remind"].setEnabled(awaited and task is not None and task.due_on < self.workbench.today())
        t["answer"].setEnabled(awaited)
        t["cancel"].setEnabled(awaited)
        t["details"].setEnabled(task is not None)

    def _activate(self, item: QTreeWidgetItem) -> None:
        kind, _reference = item.data(0, ID_ROLE)
        if kind == SUGGESTED:
            self.link_selected()

    # -- acting ----------------------------------------------------------------------------------------

    def _do(self, act) -> bool:
        try:
            act()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not possible"), messages.text(exc))
            return False
        self.refresh()
        self.changed.emit()
        return True

    def link_suggested(self) -> bool:
        assert self.detail is not None
        return self._do(lambda: self.workbench.links.link_suggested(self.detail.id))

    def link_selected(self) -> bool:
        assert self.detail is not None
        references = [ref for kind, ref in self._selected_links() if kind == SUGGESTED]
        return bool(references) and self._do(lambda: self.workbench.links.link(self.detail.id, references,
                                                                               origin="suggested"))

    def remove_selected(self) -> bool:
        assert self.detail is not None
        references = [ref for kind, ref in self._selected_links() if kind == LINKED]
        return bool(references) and self._do(lambda: self.workbench.links.unlink(self.detail.id, references))

    def add_others(self, chosen: list[str] | None = None) -> bool:
        assert self.detail is not None and self.shown is not None
        if chosen is None:
            dialog = self.dialog = AddProcessingDialog(self.shown, self.lang, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            chosen = dialog.chosen()
        return bool(chosen) and self._do(lambda: self.workbench.links.link(self.detail.id, chosen))

    def ask_departments(self, run: bool = True) -> AskDepartmentsDialog:
        assert self.detail is not None
        due = (self.detail.case.projected_due(self.workbench.today()) if self.detail.suspended_since
               else self.detail.due_on)
        dialog = self.dialog = AskDepartmentsDialog(self.workbench, self.detail.id, due, self)
        if run and dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
        return dialog

    def mail_task(self, reminder: bool = False, run: bool = True) -> TaskMailDialog | None:
        task = self.selected_task()
        if task is None:
            return None
        dialog = self.dialog = TaskMailDialog(self.workbench, task, reminder=reminder, parent=self)
        if run and dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
        return dialog

    def record_answer(self, run: bool = True) -> TaskAnswerDialog | None:
        task = self.selected_task()
        if task is None:
            return None
        dialog = self.dialog = TaskAnswerDialog(self.workbench, task, self)
        if run and dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.changed.emit()
        return dialog

    def task_details(self, run: bool = True) -> TaskDetailDialog | None:
        task = self.selected_task()
        if task is None:
            return None
        dialog = self.dialog = TaskDetailDialog(self.workbench, task, self)
        if run:
            dialog.exec()
        return dialog

    def cancel_task(self, reason: str | None = None) -> bool:
        task = self.selected_task()
        if task is None:
            return False
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(
                self, self.tr("No longer needed"),
                fill(self.tr("Why is the answer of %1 no longer needed? (kept in the timeline)"), task.department))
            if not ok:
                return False
        return self._do(lambda: self.workbench.tasks.cancel(task.id, reason or ""))
