"""The breach record's schema: values checked and stored, mandatory fields, the 72-hour countdown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from dpo_workbench.core import breach as form
from dpo_workbench.core.breach import countdown, parse_instant
from dpo_workbench.errors import InputError

PARIS = ZoneInfo("Europe/Paris")


def test_every_section_of_the_cnil_form_is_there():
    titles = [s.fr for s in form.SECTIONS]
    assert titles == [
        "Organisme", "Représentant légal", "Personne à contacter", "Autres organismes impliqués", "Dates",
        "Nature de la violation", "Origine et cause", "Description de la violation",
        "Données et personnes concernées", "Mesures de sécurité antérieures", "Conséquences potentielles",
        "Préjudice et gravité", "Mesures prises après la violation", "Information des personnes",
        "Notifications transfrontalières et autres",
    ]
    assert {c.code for c in form.FIELDS["nature"].choices} == {"confidentiality", "integrity", "availability"}
    assert [c.fr for c in form.FIELDS["harm_severity"].choices] == ["Négligeable", "Limitée", "Importante",
                                                                     "Maximale"]


def test_parse_instant_takes_paris_time_without_an_offset():
    assert parse_instant("27/03/2026 10:00") == datetime(2026, 3, 27, 10, 0, tzinfo=PARIS)
    assert parse_instant("2026-07-01T08:30").utcoffset() == timedelta(hours=2)
    given = parse_instant("2026-11-26T14:30-05:00")
    assert given.utcoffset() == timedelta(hours=-5)


def test_parse_instant_refuses_the_hour_skipped_in_spring_and_nonsense():
    with pytest.raises(ValueError, match="does not exist in Paris"):
        parse_instant("29/03/2026 02:30")
    with pytest.raises(ValueError, match="not a date and time"):
        parse_instant("yesterday")
    with pytest.raises(ValueError, match="not a date and time"):
        parse_instant("31/02/2026 10:00")


def test_clean_value_per_kind():
    assert form.clean_value("org_name", "  Exemple   SAS ") == "Exemple SAS"
    assert form.clean_value("description", "  line 1\nline 2  ") == "line 1\nline 2"
    assert form.clean_value("people_count", "1 200") == 1200
    assert form.clean_value("people_count", "") is None
    assert form.clean_value("started_at", "22/11/2026 17:45") == "2026-11-22T17:45+01:00"
    assert form.clean_value("cause", "unknown") == "unknown"
    assert form.clean_value("nature", ["integrity", "confidentiality", "integrity"]) == [
        "confidentiality", "integrity"]  # form order, once each


@pytest.mark.parametrize(
    ("key", "raw", "words"),
    [
        ("people_count", "about 100", "not a whole number"),
        ("people_count", "-3", "negative"),
        ("started_at", "tomorrow", "not a date and time"),
        ("cause", "aliens", "unknown choice"),
        ("nature", ["fire"], "unknown choice"),
        ("org_name", "x" * 201, "at most 200"),
        ("no_such_field", "x", "unknown field"),
    ],
)
def test_clean_value_refuses_bad_input_naming_the_field(key, raw, words):
    with pytest.raises(InputError, match=words) as caught:
        form.clean_value(key, raw)
    assert caught.value.field == key


def test_missing_fields_in_form_order_with_the_conditional_ones():
    missing = [f.key for f in form.missing_fields({}, late=False)]
    assert missing[0] == "org_name" and "delay_reasons" not in missing
    assert "ended_at" not in missing
    assert "delay_reasons" in [f.key for f in form.missing_fields({}, late=True)]
    values = {"ongoing": "no", "people_informed": "exception"}
    keys = [f.key for f in form.missing_fields(values, late=False)]
    assert {"ended_at", "exception", "exception_reason"} <= set(keys)
    values = {"people_informed": "later"}
    assert {"informed_on", "informed_channel"} <= {f.key for f in form.missing_fields(values, late=False)}
    every = {f.key: "x" for s in form.ALL_SECTIONS for f in s.fields if f.mandatory}
    assert form.missing_fields(every, late=True) == []


def test_display_value_keeps_the_offset_and_uses_labels():
    assert form.display_value("started_at", "2026-11-22T17:45+01:00", "fr") == "22/11/2026 17:45 (UTC+01:00)"
    assert form.display_value("nature", ["confidentiality"], "en").startswith("Loss of confidentiality")
    assert form.display_value("people_count", 12000, "fr") == "12\u202f000"
    assert form.display_value("cause", None, "fr") == ""


DEADLINE = datetime(2026, 11, 28, 10, 0, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("hours_before", "status"),
    [(48, "running"), (24.01, "running"), (24, "soon"), (6.01, "soon"), (6, "urgent"), (0, "urgent"),
     (-0.02, "late")],
)
def test_countdown_colours_as_the_limit_nears(hours_before, status):
    now = DEADLINE - timedelta(hours=hours_before)
    assert countdown(DEADLINE, now).status == status


def test_countdown_stops_once_notified_or_not_needed():
    sent = DEADLINE - timedelta(hours=5)
    after = DEADLINE + timedelta(days=3)
    assert countdown(DEADLINE, after, notified_at=sent).status == "notified"
    assert countdown(DEADLINE, after, notified_at=DEADLINE + timedelta(hours=2)).status == "notified-late"
    assert countdown(DEADLINE, after, register_only=True).status == "not-needed"
    assert countdown(DEADLINE, after, closed=True).status == "closed"
    late = countdown(DEADLINE, DEADLINE + timedelta(hours=3, minutes=5))
    assert form.split_duration(late.remaining) == (0, 3, 5)


def test_countdown_counts_elapsed_hours_across_the_spring_change():
    aware = datetime(2026, 3, 27, 10, 0, tzinfo=PARIS)
    from dpo_workbench.core.deadlines import breach_deadline

    deadline = breach_deadline(aware)
    now = datetime(2026, 3, 29, 10, 0, tzinfo=PARIS)  # 47 elapsed hours (the night lost an hour)
    left = countdown(deadline, now).remaining
    assert left == timedelta(hours=25)
    assert now.astimezone(UTC) - aware.astimezone(UTC) == timedelta(hours=47)
