"""What to deal with first, shown beside the register until a request is chosen: overdue, due today, due soon.

Each line opens its request; each heading shows the whole list in the register. The lists are
read through the (state, due_on) index, a handful of rows each, so showing them costs nothing
on a large register.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from dpo_workbench.services.requests import DeadlineFilter, RegisterRow
from dpo_workbench.ui.widgets import labels
from dpo_workbench.ui.widgets.palette import ERROR_TEXT, FAINT_TEXT, HINT_STYLE, Tone, heading_style, html_colour
from dpo_workbench.workbench import Workbench

LIMIT = 6


class AgendaPanel(QWidget):
    """Overdue, due today and due within the week; `open_request(id)` and `show_list(filter)` ask the window."""

    open_request = Signal(int)
    show_list = Signal(str)  # a DeadlineFilter value, or "today"

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        title = QLabel(self.tr("To deal with first"))
        title.setStyleSheet(heading_style(14))
        self.sections: dict[str, QLabel] = {}
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(title)
        for key in ("overdue", "today", "soon"):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            label.linkActivated.connect(self._link)
            self.sections[key] = label
            column.addWidget(label)
        self.hint = QLabel(self.tr("Choose a request in the register to see its details and timeline."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        column.addWidget(self.hint)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def refresh(self) -> None:
        agenda = self.workbench.requests.agenda(LIMIT)
        overdue, today, soon = agenda.counts
        self._fill("overdue", self.tr("Overdue (%1)").replace("%1", str(overdue)), agenda.overdue, overdue,
                   DeadlineFilter.OVERDUE.value, ERROR_TEXT)
        self._fill("today", self.tr("Due today (%1)").replace("%1", str(today)), agenda.due_today, today,
                   "today", html_colour(Tone.WARNING))
        self._fill("soon", self.tr("Due within 7 days (%1)").replace("%1", str(soon)), agenda.due_soon, soon,
                   DeadlineFilter.SOON.value, html_colour(Tone.INFO))

    def _fill(self, key: str, heading: str, rows: list[RegisterRow], count: int, list_filter: str,
              colour: str) -> None:
        parts = [f"<p style='margin-top:10px'><a href='list:{list_filter}' style='color:{colour}; "
                 f"font-weight:600; text-decoration:none'>{html.escape(heading)}</a></p>"]
        if not rows:
            none = self.tr("None.")
            parts.append(f"<p style='color:{FAINT_TEXT}'>{html.escape(none)}</p>")
        else:
            items = []
            for row in rows:
                when = labels.days_left_text(row.days_left, row.state)
                items.append(
                    f"<tr><td style='padding:2px 8px 2px 0; white-space:nowrap'><a href='request:{row.id}'>"
                    f"{html.escape(row.reference)}</a></td>"
                    f"<td style='padding:2px 8px 2px 0'>{html.escape(row.requester_name)}<br>"
                    f"<span style='color:{FAINT_TEXT}'>{html.escape(labels.rights_text(row.rights))}</span></td>"
                    f"<td style='padding:2px 0; white-space:nowrap' align='right'>"
                    f"{html.escape(labels.format_date(row.due_on))}<br>"
                    f"<span style='color:{colour}'>{html.escape(when)}</span></td></tr>")
            parts.append("<table width='100%' cellspacing='0'>" + "".join(items) + "</table>")
            if count > len(rows):
                more = self.tr("… and %n more: show them in the register", "", count - len(rows))
                parts.append(f"<p><a href='list:{list_filter}'>{html.escape(more)}</a></p>")
        self.sections[key].setText("".join(parts))

    def _link(self, link: str) -> None:
        kind, _, value = link.partition(":")
        if kind == "request":
            self.open_request.emit(int(value))
        elif kind == "list":
            self.show_list.emit(value)
