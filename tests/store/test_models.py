"""Storing requests: round trips through the Workbench API, references, input checks."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select, text

from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.rights import Channel, Relation, Right
from dpo_workbench.errors import InputError, NotFound
from dpo_workbench.services.organisation import OrganisationProfile
from dpo_workbench.services.requests import NewRequest
from dpo_workbench.store.models import Event, Request, RequestRight, UTCDateTime

D = date.fromisoformat
PARIS = ZoneInfo("Europe/Paris")


def post_request(**kw) -> NewRequest:
    values = dict(
        rights=[Right.ACCESS], channel=Channel.POST, received_on=D("2026-11-02"),
        requester_name="Élodie Lefèvre", requester_address="12 rue des Lilas\n75011 Paris",
    )
    values.update(kw)
    return NewRequest(**values)


def email_request(**kw) -> NewRequest:
    values = dict(
        rights=[Right.ERASURE], channel=Channel.EMAIL, received_on=D("2026-11-02"),
        requester_name="Jean Dupont", requester_email="jean.dupont@exemple.fr",
    )
    values.update(kw)
    return NewRequest(**values)


def row_counts(wb) -> dict[str, int]:
    with wb.db.reading() as s:
        return {
            table: s.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("request", "request_right", "event", "audit_entry", "reference_counter")
        }


# --------------------------------------------------------------------------- #
# Round trips
# --------------------------------------------------------------------------- #


def test_post_request_round_trip(workbench):
    reference = workbench.requests.register(post_request(
        rights=[Right.ACCESS, Right.PORTABILITY],
        requester_name="  Élodie   Lefèvre ",
        requester_phone=" 06 12 34 56 78 ",
        relation=Relation.PROSPECT,
        registered_number=" 1A 123 456 7890 1 ",
        notes=" Copie de pièce d'identité jointe. ",
    ))
    assert reference == "DSR-2026-0001"
    detail = workbench.requests.detail(reference)
    assert detail.reference == reference
    assert detail.requester_name == "Élodie Lefèvre"  # spaces tidied, accents kept
    assert detail.requester_address == "12 rue des Lilas\n75011 Paris"
    assert detail.requester_phone == "06 12 34 56 78"
    assert detail.requester_email == ""
    assert detail.relation is Relation.PROSPECT
    assert detail.channel is Channel.POST
    assert detail.registered_number == "1A 123 456 7890 1"
    assert detail.notes == "Copie de pièce d'identité jointe."
    assert detail.rights == (Right.ACCESS, Right.PORTABILITY)
    assert detail.received_on == D("2026-11-02")
    assert detail.received_at is None
    assert detail.state is State.OPEN
    assert detail.outcome is None
    assert detail.extended is False
    assert detail.suspended_days == 0
    assert detail.suspended_since is None
    assert detail.region == "FR"
    # Mon 2 Nov 2026 -> Wed 2 Dec 2026; today is Thu 26 Nov
    assert detail.due_on == D("2026-12-02")
    assert detail.one_month_due == D("2026-12-02")
    assert detail.days_left == 6
    assert [(e.kind, e.on, e.actor) for e in detail.timeline] == [("received", D("2026-11-02"), "dpo-test")]
    assert detail.timeline[0].detail == {"channel": "post", "due": "2026-12-02"}
    assert detail.timeline[0].at == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def test_email_request_with_time_round_trip(workbench):
    arrived = datetime(2026, 11, 20, 16, 45, tzinfo=PARIS)
    reference = workbench.requests.register(email_request(
        requester_email="  Jean.Dupont@EXEMPLE.fr ", received_at=arrived, received_on=D("2026-11-20"),
    ))
    detail = workbench.requests.detail(reference)
    assert detail.channel is Channel.EMAIL
    assert detail.requester_email == "Jean.Dupont@exemple.fr"  # domain normalised by email-validator
    assert detail.received_on == D("2026-11-20")
    assert detail.received_at == arrived
    assert detail.received_at.utcoffset() == timedelta(0)  # given back in UTC, still aware
    assert detail.received_at == datetime(2026, 11, 20, 15, 45, tzinfo=UTC)


@pytest.mark.parametrize(
    ("arrived", "expected_day"),
    [
        # winter (UTC+1): 23:30 UTC on 30 Nov is 00:30 on 1 Dec in Paris
        (datetime(2025, 11, 30, 23, 30, tzinfo=UTC), D("2025-12-01")),
        (datetime(2025, 11, 30, 22, 59, tzinfo=UTC), D("2025-11-30")),
        # summer (UTC+2): 22:30 UTC on 30 Jun is 00:30 on 1 Jul in Paris, 21:30 UTC is still 30 Jun
        (datetime(2026, 6, 30, 22, 30, tzinfo=UTC), D("2026-07-01")),
        (datetime(2026, 6, 30, 21, 30, tzinfo=UTC), D("2026-06-30")),
        # a naive time is taken as Paris time (what the CLI passes)
        (datetime(2026, 6, 30, 23, 30), D("2026-06-30")),
    ],
)
def test_received_on_is_the_paris_date_of_the_arrival_time(workbench, arrived, expected_day):
    # received_on given with the UTC date on purpose: the arrival time decides
    reference = workbench.requests.register(email_request(received_on=arrived.date(), received_at=arrived))
    detail = workbench.requests.detail(reference)
    assert detail.received_on == expected_day
    if arrived.tzinfo is None:
        assert detail.received_at == arrived.replace(tzinfo=PARIS)
    else:
        assert detail.received_at == arrived


def test_email_arrived_on_new_years_night_takes_the_new_years_reference(workbench):
    first = workbench.requests.register(email_request(
        received_on=D("2025-12-31"), received_at=datetime(2025, 12, 31, 22, 30, tzinfo=UTC)))
    second = workbench.requests.register(email_request(
        received_on=D("2025-12-31"), received_at=datetime(2025, 12, 31, 23, 30, tzinfo=UTC)))
    assert first == "DSR-2025-0001"
    assert second == "DSR-2026-0001"


def test_references_count_per_year_of_receipt(workbench):
    references = [
        workbench.requests.register(post_request(received_on=D("2026-11-02"))),
        workbench.requests.register(post_request(received_on=D("2026-01-05"))),
        workbench.requests.register(post_request(received_on=D("2025-12-29"))),
        workbench.requests.register(post_request(received_on=D("2026-11-20"))),
        workbench.requests.register(post_request(received_on=D("2025-06-01"))),
    ]
    assert references == ["DSR-2026-0001", "DSR-2026-0002", "DSR-2025-0001", "DSR-2026-0003", "DSR-2025-0002"]


def test_references_are_never_reused_after_a_deletion(workbench):
    workbench.requests.register(post_request())
    second = workbench.requests.register(post_request())
    with workbench.db.transaction() as s:
        s.delete(s.execute(select(Request).where(Request.reference == second)).scalar_one())
    assert workbench.requests.register(post_request()) == "DSR-2026-0003"


def test_deleting_a_request_deletes_its_rights_and_events(workbench):
    reference = workbench.requests.register(post_request(rights=[Right.ACCESS, Right.ERASURE]))
    workbench.requests.ask_identity(reference, D("2026-11-03"))
    with workbench.db.transaction() as s:
        s.delete(s.execute(select(Request).where(Request.reference == reference)).scalar_one())
    with workbench.db.reading() as s:
        assert s.execute(select(RequestRight)).all() == []
        assert s.execute(select(Event)).all() == []


def test_region_of_the_organisation_sets_the_holidays_of_new_requests(workbench):
    # Received Tue 3 Mar 2026: one month ends Fri 3 Apr 2026, Good Friday, a holiday only
    # in Alsace-Moselle, where the next day off is Easter Monday 6 Apr -> Tue 7 Apr.
    national = workbench.requests.register(post_request(received_on=D("2026-03-03")))
    workbench.organisation.save(OrganisationProfile(name="Exemple SAS", region="FR-57"))
    moselle = workbench.requests.register(post_request(received_on=D("2026-03-03")))
    assert workbench.requests.detail(national).due_on == D("2026-04-03")
    detail = workbench.requests.detail(moselle)
    assert detail.region == "FR-57"
    assert detail.due_on == D("2026-04-07")


def test_unknown_reference_is_not_found(workbench):
    with pytest.raises(NotFound):
        workbench.requests.detail("DSR-2026-0099")


def test_reference_lookup_tolerates_case_and_spaces(workbench):
    reference = workbench.requests.register(post_request())
    assert workbench.requests.detail(f"  {reference.lower()} ").reference == reference


def test_request_detail_by_id(workbench):
    reference = workbench.requests.register(post_request())
    detail = workbench.requests.detail(reference)
    assert workbench.requests.detail(detail.id).reference == reference


def test_utc_column_refuses_a_naive_datetime():
    with pytest.raises(ValueError, match="naive"):
        UTCDateTime().process_bind_param(datetime(2026, 11, 26, 10, 0), None)


def test_utc_column_stores_the_utc_wall_time(workbench):
    arrived = datetime(2026, 7, 1, 0, 30, tzinfo=PARIS)  # 22:30 UTC the day before
    reference = workbench.requests.register(email_request(received_on=D("2026-07-01"), received_at=arrived))
    with workbench.db.reading() as s:
        stored = s.execute(text("SELECT received_at FROM request WHERE reference = :r"), {"r": reference}).scalar()
    assert stored.startswith("2026-06-30 22:30:00")


# --------------------------------------------------------------------------- #
# Refused input: the field is named, nothing is written
# --------------------------------------------------------------------------- #


BAD_INPUTS = {
    "no right": (dict(rights=[]), "rights"),
    "right twice": (dict(rights=[Right.ACCESS, Right.ACCESS]), "rights"),
    "empty name": (dict(requester_name="   "), "name"),
    "future date": (dict(received_on=D("2026-11-27")), "received"),
    "future time today": (dict(received_on=D("2026-11-26"),
                               received_at=datetime(2026, 11, 26, 10, 30, tzinfo=PARIS)), "received"),
    "before the GDPR applied": (dict(received_on=D("2018-05-24")), "received"),
    "malformed e-mail": (dict(requester_email="jean.dupont@exemple"), "email"),
    "e-mail with two at signs": (dict(requester_email="jean@@exemple.fr"), "email"),
    "registered number with e-mail channel": (
        dict(channel=Channel.EMAIL, requester_email="jean.dupont@exemple.fr", registered_number="1A 123"),
        "registered_number"),
    "registered number with web channel": (dict(channel=Channel.WEB, registered_number="1A 123"),
                                           "registered_number"),
    "e-mail channel without address": (dict(channel=Channel.EMAIL, requester_email="  "), "email"),
    "post channel without postal address": (dict(channel=Channel.POST, requester_address=" \n "), "address"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_names_the_field_and_writes_nothing(workbench, case):
    changes, field = BAD_INPUTS[case]
    workbench.requests.register(post_request())  # something already there
    before = row_counts(workbench)
    with pytest.raises(InputError) as info:
        workbench.requests.register(post_request(**changes))
    assert info.value.field == field
    assert info.value.message and str(info.value) == info.value.message
    assert row_counts(workbench) == before
    # no reference was used up by the refused input
    assert workbench.requests.register(post_request()) == "DSR-2026-0002"


def test_check_new_request_alone_writes_nothing(workbench):
    before = row_counts(workbench)
    with pytest.raises(InputError):
        workbench.requests.check_new(post_request(requester_name=""))
    checked = workbench.requests.check_new(post_request(requester_name="  Jean   Dupont  "))
    assert checked.requester_name == "Jean Dupont"
    assert row_counts(workbench) == before


def test_first_day_of_the_gdpr_is_accepted(workbench):
    reference = workbench.requests.register(post_request(received_on=D("2018-05-25")))
    assert reference == "DSR-2018-0001"


def test_today_is_accepted(workbench):
    reference = workbench.requests.register(post_request(received_on=D("2026-11-26")))
    assert workbench.requests.detail(reference).received_on == D("2026-11-26")


def test_name_longer_than_the_column_is_refused(workbench):
    with pytest.raises(InputError) as info:
        workbench.requests.register(post_request(requester_name="A" * 201))
    assert info.value.field == "name"


def test_web_and_in_person_channels_need_neither_email_nor_address(workbench):
    for channel in (Channel.WEB, Channel.IN_PERSON):
        reference = workbench.requests.register(NewRequest(
            rights=[Right.OBJECTION], channel=channel, received_on=D("2026-11-10"), requester_name="Karim Benali"))
        assert workbench.requests.detail(reference).channel is channel
