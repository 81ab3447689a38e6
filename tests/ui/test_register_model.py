"""The register table model: passes Qt's model tester, fetches rows lazily, shows urgency, keeps the selection."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Channel, Right
from dpo_workbench.services.requests import RegisterQuery, RegisterRow
from dpo_workbench.ui.requests.register_model import COLUMNS, ID_ROLE, PAGE, ROW_ROLE, SORT_ROLE, RegisterModel

from .conftest import DUE_TODAY, OVERDUE, RUNNING, SOON, D

DISPLAY = Qt.ItemDataRole.DisplayRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
FONT = Qt.ItemDataRole.FontRole
RED = "#f8d7da"
AMBER = "#ffe8b3"

NAMES = ["Élodie Lefèvre", "Jean-Baptiste Moreau", "Chloé Da Silva", "Łucja Wiśniewska", "François Nguyễn",
         "Agnès Ducœur", "Karim Benali", "Søren Østergaard", "Inès Haddad", "Zbigniew Ząbek"]
RIGHTS = [Right.ACCESS, Right.ERASURE, Right.OBJECTION, Right.RECTIFICATION, Right.PORTABILITY]
CHANNELS = [Channel.WEB, Channel.IN_PERSON, Channel.POST, Channel.EMAIL]
STATES = ["open", "open", "open", "awaiting", "answered", "closed", "withdrawn", "extended"]


@pytest.fixture
def model(workbench, qtbot):
    m = RegisterModel(workbench)
    m.set_query(RegisterQuery())
    return m


@pytest.fixture
def thirty(log_request):
    """30 requests of mixed names, rights, channels, dates and states."""
    logged = []
    for i in range(30):
        channel = CHANNELS[i % len(CHANNELS)]
        logged.append(log_request(
            f"{NAMES[i % len(NAMES)]} {i}",
            received=D("2026-09-01") + timedelta(days=(i * 37) % 86),  # 1 Sep .. 25 Nov, spread out
            rights=[RIGHTS[i % len(RIGHTS)]] + ([RIGHTS[(i + 2) % len(RIGHTS)]] if i % 4 == 0 else []),
            channel=channel,
            email=f"person{i}@exemple.fr" if channel is Channel.EMAIL else "",
            address="12 rue des Lilas\n75011 Paris" if channel is Channel.POST else "",
            state=STATES[i % len(STATES)],
        ))
    return logged


def cell(model, row, column, role=DISPLAY):
    return model.index(row, COLUMNS.index(column)).data(role)


def brush_color(value) -> str | None:
    """'#rrggbb' of a BackgroundRole value, None when the row keeps the view's colour."""
    if value is None:
        return None
    assert isinstance(value, (QBrush, QColor))
    return (value.color() if isinstance(value, QBrush) else value).name()


# -- Qt's model tester ---------------------------------------------------------------

TESTERS = pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "python-tester"])


@TESTERS
def test_empty_model_passes_model_tester(workbench, qtmodeltester, force_py):
    model = RegisterModel(workbench)
    qtmodeltester.check(model, force_py=force_py)
    model.set_query(RegisterQuery())
    assert model.rowCount() == 0
    assert model.columnCount() == len(COLUMNS)


@TESTERS
def test_thirty_requests_pass_model_tester(workbench, thirty, qtmodeltester, force_py):
    model = RegisterModel(workbench)
    model.set_query(RegisterQuery())
    assert model.rowCount() == 30
    qtmodeltester.check(model, force_py=force_py)


@TESTERS
def test_filtered_model_passes_model_tester(workbench, thirty, qtmodeltester, force_py):
    model = RegisterModel(workbench)
    model.set_query(RegisterQuery(urgency="active"))
    assert 0 < model.rowCount() < 30
    qtmodeltester.check(model, force_py=force_py)
    # the tester stays connected: each reset below is checked as well
    model.set_query(RegisterQuery(text="lefevre", right=Right.ACCESS))
    assert model.rowCount() >= 1
    model.set_query(RegisterQuery(state=State.CLOSED))
    assert model.rowCount() >= 1
    assert all(cell(model, r, "state") == "Closed" for r in range(model.rowCount()))
    model.set_query(RegisterQuery(text="no such person"))
    assert model.rowCount() == 0


@TESTERS
def test_sorted_model_passes_model_tester(workbench, thirty, qtmodeltester, force_py):
    model = RegisterModel(workbench)
    model.set_query(RegisterQuery())
    model.sort(COLUMNS.index("requester"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model, force_py=force_py)
    for column in range(len(COLUMNS)):  # each layout change is checked by the connected tester
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            model.sort(column, order)
    assert model.rowCount() == 30


# -- lazy rows ------------------------------------------------------------------------


@pytest.mark.slow
def test_rows_are_fetched_a_page_at_a_time(workbench, log_request):
    for i in range(1000):
        log_request(f"Person {i:04d}", received=RUNNING)
    model = RegisterModel(workbench)
    model.set_query(RegisterQuery())

    assert model.rowCount() == 1000
    assert model._rows == {}  # ids only, no row read yet

    assert model.index(0, 0).data() == "DSR-2026-0001"
    assert len(model._rows) == PAGE < 1000

    assert model.index(999, 1).data() == "Person 0999"
    assert len(model._rows) == 2 * PAGE

    model.refresh()
    assert model._rows == {}


# -- what each cell shows ---------------------------------------------------------------


def test_display_values_per_column(workbench, model, log_request):
    open_ = log_request("Élodie Lefèvre", received=RUNNING, rights=[Right.ACCESS, Right.PORTABILITY],
                        channel=Channel.WEB)
    late = log_request("Jean-Baptiste Moreau", received=OVERDUE, rights=[Right.ERASURE], channel=Channel.POST,
                       address="4 avenue Jean-Jaurès\n69003 Lyon")
    today = log_request("Inès Haddad", received=DUE_TODAY, channel=Channel.IN_PERSON)
    soon = log_request("Karim Benali", received=SOON, channel=Channel.EMAIL, email="karim.benali@exemple.fr")
    waiting = log_request("Chloé Da Silva", received=RUNNING, state="awaiting")
    extended = log_request("Søren Østergaard", received=OVERDUE, state="extended")
    closed = log_request("Agnès Ducœur", received=SOON, state="closed")
    model.refresh()

    def row(logged):
        r = model.row_of(logged.id)
        return {column: cell(model, r, column) for column in COLUMNS}

    assert row(open_) == {
        "reference": open_.reference, "requester": "Élodie Lefèvre", "rights": "Access, Portability",
        "channel": "Web form", "received_on": "20 Nov 2026", "due_on": "21 Dec 2026", "days_left": "25 day(s)",
        "state": "Open",
    }
    assert row(late) == {
        "reference": late.reference, "requester": "Jean-Baptiste Moreau", "rights": "Erasure", "channel": "Post",
        "received_on": "1 Oct 2026", "due_on": "2 Nov 2026", "days_left": "24 day(s) late", "state": "Open",
    }
    assert row(today)["channel"] == "In person"
    assert row(today)["days_left"] == "due today"
    assert row(soon)["channel"] == "E-mail"
    assert row(soon)["days_left"] == "4 day(s)"
    assert row(waiting)["days_left"] == "suspended"
    assert row(waiting)["state"] == "Awaiting identity"
    assert row(extended)["due_on"] == "4 Jan 2027"  # three months: Fri 1 Jan (holiday) -> Mon 4 Jan
    assert row(extended)["state"] == "Open · extended"
    assert row(closed)["days_left"] == "—"
    assert row(closed)["state"] == "Closed"

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))] == [
        "Reference", "Requester", "Rights", "Channel", "Received", "Due date", "Days left", "State"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(0, COLUMNS.index("days_left")).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def test_urgency_backgrounds(model, log_request):
    overdue = log_request("Late Person", received=OVERDUE)
    soon = log_request("Soon Person", received=SOON)
    today = log_request("Today Person", received=DUE_TODAY)
    running = log_request("Running Person", received=RUNNING)
    waiting = log_request("Waiting Person", received=OVERDUE, state="awaiting")
    answered = log_request("Answered Person", received=OVERDUE, state="answered")
    model.refresh()

    def backgrounds(logged):
        r = model.row_of(logged.id)
        return {brush_color(model.index(r, c).data(BACKGROUND)) for c in range(len(COLUMNS))}

    assert backgrounds(overdue) == {RED}  # every cell of the row
    assert backgrounds(soon) == {AMBER}
    assert backgrounds(today) == {AMBER}
    assert backgrounds(running) == {None}
    # a suspended clock is not late, whatever its stored date; an answered request is done
    assert backgrounds(waiting) == {None}
    assert backgrounds(answered) == {None}
    assert "Overdue" in model.index(model.row_of(overdue.id), 0).data(Qt.ItemDataRole.ToolTipRole)


def test_suspended_rows_are_italic_in_due_columns_only(model, log_request):
    waiting = log_request("Waiting Person", received=RUNNING, state="awaiting")
    running = log_request("Running Person", received=RUNNING)
    model.refresh()
    r = model.row_of(waiting.id)
    for column in COLUMNS:
        font = cell(model, r, column, FONT)
        if column in ("due_on", "days_left"):
            assert isinstance(font, QFont) and font.italic(), column
        else:
            assert font is None, column
    assert all(cell(model, model.row_of(running.id), c, FONT) is None for c in COLUMNS)
    assert "suspended since 20 Nov 2026" in cell(model, r, "reference", Qt.ItemDataRole.ToolTipRole)


def test_id_and_row_roles(model, log_request):
    first = log_request("Élodie Lefèvre", received=SOON, rights=[Right.ERASURE])
    second = log_request("Karim Benali", received=RUNNING)
    model.refresh()
    assert [model.index(r, 0).data(ID_ROLE) for r in range(2)] == [first.id, second.id]  # due date order
    for column in range(len(COLUMNS)):
        assert model.index(1, column).data(ID_ROLE) == second.id
    row = model.index(0, 3).data(ROW_ROLE)
    assert isinstance(row, RegisterRow)
    assert (row.id, row.reference, row.requester_name, row.rights, row.due_on, row.days_left, row.urgency) == (
        first.id, first.reference, "Élodie Lefèvre", (Right.ERASURE,), D("2026-11-30"), 4, "soon")
    assert model.index(5, 0).data(ID_ROLE) is None
    assert model.data(QModelIndex(), ID_ROLE) is None


# -- sorting keeps the selection ----------------------------------------------------------


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder],
                         ids=["ascending", "descending"])
@pytest.mark.parametrize("column", COLUMNS)
def test_sort_keeps_selection_on_same_request(workbench, model, thirty, column, order):
    model.refresh()
    selection = QItemSelectionModel(model)
    chosen = thirty[17]
    start = model.row_of(chosen.id)
    selection.select(model.index(start, 0),
                     QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    persistent = QPersistentModelIndex(model.index(start, COLUMNS.index("requester")))
    requester = persistent.data()

    model.sort(COLUMNS.index(column), order)

    assert model.query.sort == column
    assert model.query.descending is (order == Qt.SortOrder.DescendingOrder)
    assert model.ids == workbench.requests.ids(model.query)
    selected = selection.selectedRows()
    assert len(selected) == 1
    assert selected[0].data(ID_ROLE) == chosen.id
    assert persistent.isValid() and persistent.row() == model.row_of(chosen.id)
    assert persistent.data() == requester
    assert persistent.column() == COLUMNS.index("requester")

    if column != "requester":  # see test_requester_sort_role_orders_like_the_register
        values = [model.index(r, COLUMNS.index(column)).data(SORT_ROLE) for r in range(model.rowCount())]
        assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)


def test_requester_sort_orders_names_accent_insensitively(model, log_request):
    for name in ["Zoé Martin", "Élodie Lefèvre", "Agnès Ducœur", "emma Petit"]:
        log_request(name)
    model.sort(COLUMNS.index("requester"), Qt.SortOrder.AscendingOrder)
    assert [cell(model, r, "requester") for r in range(4)] == [
        "Agnès Ducœur", "Élodie Lefèvre", "emma Petit", "Zoé Martin"]


def test_reference_sort_follows_the_references_across_years(model, log_request):
    log_request("Logged First", received=RUNNING)  # DSR-2026-0001
    log_request("Posted Late", received=D("2025-12-30"))  # DSR-2025-0001, logged second
    model.sort(COLUMNS.index("reference"), Qt.SortOrder.AscendingOrder)
    assert [cell(model, r, "reference") for r in range(2)] == ["DSR-2025-0001", "DSR-2026-0001"]
    model.sort(COLUMNS.index("reference"), Qt.SortOrder.DescendingOrder)
    assert [cell(model, r, "reference") for r in range(2)] == ["DSR-2026-0001", "DSR-2025-0001"]


@pytest.mark.parametrize("column, logged", [
    pytest.param("requester", [("Zoé Martin", RUNNING), ("Élodie Lefèvre", RUNNING), ("Agnès Ducœur", RUNNING)]),
    pytest.param("reference", [("Logged First", RUNNING), ("Posted Late", D("2025-12-30"))]),
])
def test_sort_role_orders_like_the_register(model, log_request, column, logged):
    for name, received in logged:
        log_request(name, received=received)
    model.sort(COLUMNS.index(column), Qt.SortOrder.AscendingOrder)
    values = [cell(model, r, column, SORT_ROLE) for r in range(len(logged))]
    assert values == sorted(values)
