"""The ENISA box: "not assessed" until every criterion is chosen, numbers as the interface's locale writes them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale

from dpo_workbench.services.breaches import Assessment
from dpo_workbench.ui.breaches.fields import SeverityWidget
from dpo_workbench.ui.breaches.model import BreachModel
from dpo_workbench.ui.widgets.palette import Tone, chip_style

RANSOMWARE = Assessment("behavioural", 0.0, 0.75, 0.5, 0.25, 0.5, True)  # 2 × 0.75 + 1.75 = 3.25, high


@pytest.fixture
def french(install):
    install("fr")
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))  # put back by english_dates


def test_an_unassessed_breach_shows_no_score_no_colour_and_no_suggestion(qtbot):
    widget = SeverityWidget()
    qtbot.addWidget(widget)
    widget.set_assessment(None)
    assert widget.assessment() is None and widget.level is None and not widget.partial
    assert widget.score.text() == "Not assessed"
    assert widget.score.styleSheet() == chip_style(Tone.NEUTRAL)
    assert widget.suggestion.text() == "None until every criterion is chosen."
    widget.set_assessment(RANSOMWARE)
    assert widget.assessment() == RANSOMWARE
    assert widget.score.text() == "SE = 2 × 0.75 + 1.75 = 3.25 — high"
    assert widget.suggestion.text() == "Notify the CNIL and inform the people"
    widget.set_assessment(None)  # another, unassessed breach shown in the same editor
    assert widget.score.text() == "Not assessed" and widget.category.currentData() is None


def test_the_numbers_are_written_the_french_way_in_the_french_interface(qtbot, french):
    widget = SeverityWidget()
    qtbot.addWidget(widget)
    widget.set_assessment(RANSOMWARE)
    assert widget.score.text() == "SE = 2 × 0,75 + 1,75 = 3,25 — élevée"
    assert widget.malicious.text() == "Intention malveillante (+0,5)"
    adjustments = [widget.adjustment.itemText(i) for i in range(widget.adjustment.count())]
    assert "+0,5" in adjustments and "-0,5" in adjustments and not any("." in a for a in adjustments)
    assert widget.ei.currentText().endswith("— 0,75")
    assert [widget.circumstances["integrity"].itemText(i) for i in range(1, 4)] == ["0", "0,25", "0,5"]
    assert not any("." in widget.ei.itemText(i) for i in range(widget.ei.count()))


def test_the_register_writes_the_score_the_french_way(qtbot, french, workbench):
    reference = workbench.breaches.open(workbench.now() - timedelta(hours=3), "Rançongiciel")
    workbench.breaches.assess(reference, RANSOMWARE)
    model = BreachModel(workbench)
    model.refresh()
    assert model.index(0, 4).data() == "élevée (3,25)"
