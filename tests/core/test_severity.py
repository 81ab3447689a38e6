"""ENISA severity: SE = DPC × EI + CB, its bands, its limits, and the inputs it refuses."""

from __future__ import annotations

import pytest

from dpo_workbench.core.severity import (
    LEVELS,
    Severity,
    dpc_score,
    enisa_severity,
    level_of,
    suggested_decision,
)


@pytest.mark.parametrize(
    ("dpc", "ei", "cb", "score", "level"),
    [
        (1, 0.25, {}, 0.25, "low"),  # the minimum
        (1, 1, {"confidentiality": 0.5, "malicious": True}, 2.0, "medium"),  # 2 is medium, not low
        (2, 0.75, {"integrity": 0.25}, 1.75, "low"),
        (3, 0.5, {"availability": 0.25, "integrity": 0.25}, 2.0, "medium"),
        (2, 1, {"confidentiality": 0.5, "integrity": 0.25, "availability": 0.25}, 3.0, "high"),  # 3 is high
        (4, 0.75, {}, 3.0, "high"),
        (3, 1, {"availability": 0.5, "integrity": 0.25, "confidentiality": 0.25}, 4.0, "very high"),  # 4
        (4, 1, {"confidentiality": 0.5, "integrity": 0.5, "availability": 0.5, "malicious": True}, 6.0,
         "very high"),  # the maximum: CB is at most 2
    ],
)
def test_score_and_level(dpc, ei, cb, score, level):
    assert enisa_severity(dpc, ei, **cb) == Severity(score, level)


@pytest.mark.parametrize(
    ("score", "level"),
    [(0.25, "low"), (1.99, "low"), (2.0, "medium"), (2.99, "medium"), (3.0, "high"), (3.99, "high"),
     (4.0, "very high"), (6.0, "very high")],
)
def test_band_boundaries(score, level):
    assert level_of(score) == level


def test_just_below_each_boundary_from_real_inputs():
    assert enisa_severity(3.5, 0.5, confidentiality=0.25).score == 2.0  # 1.75 + 0.25: medium starts here
    assert enisa_severity(3.5, 0.5).level == "low"  # 1.75
    assert enisa_severity(3.5, 0.75, confidentiality=0.25).score == 2.875  # still medium
    assert enisa_severity(3.5, 0.75, confidentiality=0.25).level == "medium"
    assert enisa_severity(3.5, 0.75).score == 2.625
    assert enisa_severity(3.5, 0.75).level == "medium"
    assert enisa_severity(3.5, 1, confidentiality=0.25, integrity=0.25).score == 4.0
    assert enisa_severity(3.5, 1, confidentiality=0.25).level == "high"  # 3.75


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"dpc": 0.5, "ei": 1}, "dpc"), ({"dpc": 4.5, "ei": 1}, "dpc"), ({"dpc": 0, "ei": 1}, "dpc"),
        ({"dpc": 2, "ei": 0.3}, "ei"), ({"dpc": 2, "ei": 0}, "ei"), ({"dpc": 2, "ei": 2}, "ei"),
        ({"dpc": 2, "ei": 1, "confidentiality": 0.75}, "confidentiality"),
        ({"dpc": 2, "ei": 1, "integrity": -0.25}, "integrity"),
        ({"dpc": 2, "ei": 1, "availability": 1}, "availability"),
        ({"dpc": "2", "ei": 1}, "dpc"), ({"dpc": True, "ei": 1}, "dpc"), ({"dpc": 2, "ei": None}, "ei"),
        ({"dpc": 2, "ei": 1, "malicious": 1}, "malicious"),
    ],
)
def test_invalid_inputs_name_the_argument(kwargs, name):
    with pytest.raises(ValueError, match=rf"^{name}\b"):
        enisa_severity(**kwargs)


def test_the_limits_of_dpc_are_accepted():
    assert enisa_severity(1, 0.25).score == 0.25
    assert enisa_severity(4, 1).score == 4.0


def test_dpc_score_adjusts_within_one_to_four():
    assert dpc_score("simple") == 1
    assert dpc_score("sensitive") == 4
    assert dpc_score("simple", -1.0) == 1  # not below 1
    assert dpc_score("sensitive", 1.0) == 4  # not above 4
    assert dpc_score("behavioural", 1.0) == 3
    assert dpc_score("financial", -0.5) == 2.5
    with pytest.raises(ValueError, match="category"):
        dpc_score("political")
    with pytest.raises(ValueError, match="adjustment"):
        dpc_score("simple", 0.3)


def test_suggested_decision_per_level():
    assert [suggested_decision(level) for level in LEVELS] == [
        "register-only", "notify", "notify-and-inform", "notify-and-inform"]
    with pytest.raises(ValueError, match="level"):
        suggested_decision("severe")
