"""The breach screens: open a breach, fill it, watch the countdown and the severity change, produce the draft.

The clock is the FixedClock of tests/conftest.py (Thursday 26 November 2026, 10:00 in Paris); the
countdown timer is ticked by hand after the clock is moved, so nothing waits for time to pass.
"""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pypdf
import pytest
from PySide6.QtWidgets import QFileDialog

from dpo_workbench.services.breaches import Assessment
from dpo_workbench.services.organisation import OrganisationProfile
from dpo_workbench.ui.breaches.dialogs import NewBreachDialog, NotificationDialog
from dpo_workbench.ui.breaches.model import BreachModel
from dpo_workbench.ui.main_window import MainWindow
from dpo_workbench.ui.widgets.palette import Tone, chip_style

from .conftest import journal_actions

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture
def window(qtbot, workbench):
    w = MainWindow(workbench)
    qtbot.addWidget(w)
    w.tabs.setCurrentWidget(w.breaches)
    return w


def set_combo(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_model_passes_the_model_tester(qtmodeltester, workbench):
    for hours in (80, 30, 2):
        workbench.breaches.open(workbench.now() - timedelta(hours=hours), f"Breach {hours}")
    model = BreachModel(workbench)
    model.refresh()
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert "late by 8 h 00 min" in model.index(2, 2).data()


def test_open_fill_countdown_severity_and_draft(window, qtbot, workbench, clock, monkeypatch, tmp_path):
    view = window.breaches
    assert not window.breach_card.isVisible() and window.breach_card.breach_id is None

    # open a breach in seconds: awareness 60 hours ago
    dialog = NewBreachDialog(workbench, view)
    qtbot.addWidget(dialog)
    dialog.aware.setText("23/11/2026 22:00")
    dialog.summary.setPlainText("Ordinateur portable volé dans le train")
    dialog.accept()
    assert dialog.reference == "BRE-2026-0001"
    view.opened(dialog.reference)
    editor = view.editor
    assert editor.record.reference == "BRE-2026-0001"
    assert view.model.rowCount() == 1

    # the countdown: 12 hours left (amber), then 5 (red), then late; the card of the strip follows
    assert editor.countdown.text() == "12 h 00 min left" and editor.countdown_status == "soon"
    window.breach_card.refresh()
    assert window.breach_card.breach_id == editor.record.id and window.breach_card.status == "soon"
    clock.advance(hours=7)
    editor.timer.timeout.emit()
    assert editor.countdown.text() == "5 h 00 min left" and editor.countdown_status == "urgent"
    assert window.breach_card.status == "urgent" and "5 h 00 min left" in window.breach_card.text()
    assert "5 h 00 min left" in view.model.index(0, 2).data()

    # fill some sections; a bad number saves nothing, says why next to the field, loses nothing typed
    editor.fields["description"].editor.setPlainText("Portable non chiffré, export CRM de 1 200 clients.")
    editor.fields["people_count"].editor.setText("about a thousand")
    editor.fields["nature"].checks["confidentiality"].setChecked(True)
    set_combo(editor.fields["cause"].editor, "external-malicious")
    assert editor.dirty
    assert editor.save() is False
    field = editor.fields["people_count"]
    assert field.error.isVisibleTo(editor) and field.error.text() == (
        "Approximate number of people: 'about a thousand' is not a whole number; write a number, e.g. 1200.")
    assert editor.sections.currentRow() == editor.page_of_field["people_count"]
    assert editor.fields["description"].editor.toPlainText().startswith("Portable non chiffré")
    assert "description" not in workbench.breaches.record("BRE-2026-0001").fields
    editor.fields["people_count"].editor.setText("1200")
    assert editor.save() is True
    saved = workbench.breaches.record("BRE-2026-0001")
    assert saved.fields["people_count"] == 1200 and saved.fields["cause"] == "external-malicious"
    assert saved.fields["nature"] == ["confidentiality"]

    # severity: not assessed (no score, no suggestion) until every criterion is chosen
    severity = editor.severity
    assert severity.score.text() == "Not assessed" and severity.assessment() is None
    assert severity.suggestion.text() == "None until every criterion is chosen."
    assert severity.score.styleSheet() == chip_style(Tone.NEUTRAL)
    set_combo(severity.category, "simple")
    set_combo(severity.ei, 1.0)
    assert severity.score.text() == ("Not assessed — still to choose: loss of confidentiality (CB), "
                                     "loss of integrity (CB), loss of availability (CB)")
    assert editor.save() is False and editor.severity_error.isVisibleTo(editor)
    assert editor.severity_error.text().startswith("The severity assessment is not complete: choose loss of "
                                                   "confidentiality (CB)")
    assert workbench.breaches.record("BRE-2026-0001").assessment is None
    for key in ("confidentiality", "integrity", "availability"):
        set_combo(severity.circumstances[key], 0.0)
    assert "SE = 1 × 1 + 0 = 1 — low" in severity.score.text() and severity.suggestion.text() == "Register only"
    set_combo(severity.circumstances["confidentiality"], 0.5)
    severity.malicious.setChecked(True)
    assert "= 2 — medium" in severity.score.text() and severity.suggestion.text() == "Notify the CNIL"
    set_combo(severity.category, "financial")
    assert "= 4 — very high" in severity.score.text()
    assert severity.suggestion.text() == "Notify the CNIL and inform the people"

    # closing needs the decision and its reasoning
    editor.close_breach()
    assert workbench.breaches.record("BRE-2026-0001").state == "open"
    assert "decision" in editor.message.text()
    set_combo(editor.decision, "notify")
    assert editor.save() is False and editor.reasoning_error.isVisibleTo(editor)
    editor.reasoning.setPlainText("1 200 clients, données bancaires : notification et information.")
    assert editor.save() is True
    record = workbench.breaches.record("BRE-2026-0001")
    assert record.severity.level == "very high" and record.decision == "notify"
    assert "very high (4)" in view.model.index(0, 4).data()

    # the draft, previewed from memory (the clock moved past the 72 hours: the delay section is in)
    clock.advance(hours=6)
    editor.timer.timeout.emit()
    assert editor.countdown.text() == "late by 1 h 00 min" and editor.countdown_status == "late"
    set_combo(editor.draft_type, "initial")
    data = editor.produce("draft", save=False)
    assert editor.viewer is not None and editor.viewer.page_count >= 3
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    assert "Justification du retard" in text and "Portable non chiffré, export CRM" in text
    editor.viewer.close()

    # saved where the user chooses
    target = tmp_path / "draft.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)"))
    editor.produce("draft", save=True)
    assert target.read_bytes().startswith(b"%PDF")

    # a notification sent, then the breach can be closed
    notification = NotificationDialog(workbench, "BRE-2026-0001", True, editor)
    qtbot.addWidget(notification)
    notification.cnil_reference.setText("CNIL-2026-77")
    notification.accept()
    editor.show_breach(editor.record.id)
    assert editor.notification_table.rowCount() == 1
    assert editor.notification_table.item(0, 2).text() == "CNIL-2026-77"
    assert editor.countdown.text() == "notified 1 h 00 min late"
    view.model.refresh()
    assert view.model.index(0, 5).data() == "yes, 26 Nov 2026 23:00 (Initial)"
    editor.close_breach()
    assert workbench.breaches.record("BRE-2026-0001").state == "closed"
    window.breach_card.refresh()
    assert not window.breach_card.isVisible()

    for action in ("breach.create", "breach.change", "breach.assess", "breach.decision", "breach.draft",
                   "breach.notification", "breach.close", "breach.view"):
        assert "BRE-2026-0001" in journal_actions(workbench, action), action


def test_bad_awareness_in_the_new_breach_dialog_keeps_the_text(qtbot, workbench):
    dialog = NewBreachDialog(workbench)
    qtbot.addWidget(dialog)
    dialog.aware.setText("29/03/2026 02:30")
    dialog.summary.setPlainText("Mailing")
    dialog.accept()
    assert dialog.reference is None and "does not exist in Paris" in dialog.aware_error.text()
    dialog.aware.setText("27/11/2026 10:00")
    dialog.accept()
    assert dialog.reference is None and "future" in dialog.aware_error.text()
    assert dialog.summary.toPlainText() == "Mailing"
    assert workbench.breaches.total() == 0


def test_switching_breach_with_bad_input_stays_put(window, workbench):
    first = workbench.breaches.open(workbench.now() - timedelta(hours=3), "First")
    workbench.breaches.open(workbench.now() - timedelta(hours=2), "Second")
    view = window.breaches
    view.model.refresh()
    ids = view.model._ids
    view.select_breach(ids[1])
    assert view.editor.record.reference == first
    view.editor.fields["records_count"].editor.setText("many")
    view.editor._edited()
    view.select_breach(ids[0])
    assert view.editor.record.reference == first  # not left: the value would be lost
    assert view.editor.fields["records_count"].editor.text() == "many"


def test_filters_and_export(window, workbench, monkeypatch, tmp_path):
    late = workbench.breaches.open(workbench.now() - timedelta(hours=100), "Ransomware")
    workbench.breaches.open(workbench.now() - timedelta(hours=1), "Mailing")
    workbench.breaches.assess(late, Assessment("sensitive", 0.0, 1.0))
    view = window.breaches
    view.apply_filters()
    assert view.model.rowCount() == 2 and view.result_count.text() == "2 breach(es)"
    set_combo(view.notified_filter, "late")
    assert view.model.rowCount() == 1
    set_combo(view.notified_filter, None)
    set_combo(view.level_filter, "very high")
    assert view.model.rowCount() == 1
    set_combo(view.level_filter, None)
    view.search.setText("mail")
    view.apply_filters()
    assert view.model.rowCount() == 1
    view.search.clear()
    view.apply_filters()
    target = tmp_path / "register.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    view.export("csv")
    assert "Ransomware" in target.read_text("utf-8-sig")
    details = [json.loads(d) for d in _export_details(workbench)]
    assert details == [{"count": 2, "format": "csv"}]


def _export_details(workbench):
    from sqlalchemy import select

    from dpo_workbench.store.models import AuditEntry

    with workbench.db.reading() as s:
        return list(s.execute(select(AuditEntry.details).where(AuditEntry.action == "breach.export")).scalars())


def test_the_card_in_the_strip_opens_the_breach(window, workbench):
    reference = workbench.breaches.open(datetime(2026, 11, 25, 9, 0, tzinfo=PARIS), "Laptop")
    window.breach_card.refresh()
    window.tabs.setCurrentIndex(0)
    window.breach_card.click()
    assert window.tabs.currentWidget() is window.breaches
    assert window.breaches.editor.record.reference == reference


def test_closing_the_window_saves_what_was_typed_or_stays_open(window, workbench):
    reference = workbench.breaches.open(workbench.now() - timedelta(hours=3), "Mailing")
    view = window.breaches
    view.show_breach_id(workbench.breaches.ids()[0])
    window.show()
    view.editor.fields["records_count"].editor.setText("many")
    view.editor._edited()
    assert window.close() is False  # bad input: the window stays, the text too
    assert view.editor.fields["records_count"].editor.text() == "many"
    view.editor.fields["records_count"].editor.setText("12")
    assert window.close() is True
    assert workbench.breaches.record(reference).fields["records_count"] == 12


def test_the_art_34_letter_names_what_is_missing_and_is_saved_only_once_recorded(window, workbench, monkeypatch,
                                                                                   tmp_path):
    workbench.organisation.save(OrganisationProfile(name="Exemple SAS", address="10 rue de l'Exemple\n75002 Paris",
                                                    dpo_name="Dominique Exemple", dpo_email="dpo@example.org"))
    reference = workbench.breaches.open(workbench.now() - timedelta(hours=3), "Mailing")
    editor = window.breaches.editor
    window.breaches.show_breach_id(workbench.breaches.ids()[0])
    assert editor.letter_missing.text() == ("The letter cannot be saved until these are recorded: Potential "
                                            "consequences, Measures taken after the breach, Severity and decision.")
    editor.produce("letter", save=False)  # the preview shows the placeholders
    assert editor.viewer is not None
    editor.viewer.close()
    target = tmp_path / "l.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert editor.produce("letter", save=True) is None and not target.exists()
    assert editor.message.text() == editor.letter_missing.text()

    editor.fields["consequences"].editor.setPlainText("Phishing.")
    editor.fields["measures_after"].editor.setPlainText("Passwords reset.")
    editor.severity.set_assessment(Assessment("simple", 0.0, 1.0, 0.5, 0.0, 0.0, True))
    editor._edited()
    editor.addressee_name.setText("Jeanne Martin")
    editor.addressee_address.setPlainText("4 avenue Foch")
    assert editor.produce("letter", save=True) is None  # saved the record first, then refused the address
    error = editor.addressee_errors["addressee_address"]
    assert not error.isHidden() and error.text().startswith("The postal address has no postcode")
    assert not target.exists() and editor.letter_missing.isHidden()
    editor.addressee_address.setPlainText("4 avenue Foch, 69006 Lyon")
    assert editor.produce("letter", save=True) is not None and target.read_bytes().startswith(b"%PDF")

    from sqlalchemy import select

    from dpo_workbench.store.models import AuditEntry

    with workbench.db.reading() as s:
        purposes = [json.loads(d)["purpose"] for d in s.execute(
            select(AuditEntry.details).where(AuditEntry.action == "breach.communication")).scalars()]
    assert purposes == ["preview", "export"] and reference


def test_dialogs_start_at_now_in_paris_time(qtbot, workbench):
    dialog = NewBreachDialog(workbench)
    qtbot.addWidget(dialog)
    assert dialog.aware.text() == "26/11/2026 10:00"
    reference = workbench.breaches.open(workbench.now() - timedelta(hours=1), "Mailing")
    notification = NotificationDialog(workbench, reference, True)
    qtbot.addWidget(notification)
    assert notification.sent_at.text() == "26/11/2026 10:00"


def test_the_breach_register_is_built_when_its_tab_is_first_opened(qtbot, workbench):
    from dpo_workbench.ui.breaches.register_view import BreachRegisterView

    window = MainWindow(workbench)
    qtbot.add_widget(window)
    assert window.findChildren(BreachRegisterView) == []  # nothing of it at start-up
    window.tabs.setCurrentIndex(1)
    [view] = window.findChildren(BreachRegisterView)
    assert window.tabs.currentWidget() is view and window.breaches is view
    assert window.tabs.tabText(1) == "Breaches" and window.tabs.count() == 4  # Requests, Breaches, Register, Dashboard
