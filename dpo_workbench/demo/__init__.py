"""Demo data: a fictional organisation (Exemple SAS), its register, about 40 fictional requests and four breaches.

`dpo-workbench demo` and the tests fill an empty data folder with it, so the register,
the deadlines and the breach countdowns can be tried without real personal data. Nothing
in it names a real company or person: example.org addresses, a telephone number in the
range reserved for fiction (01 99 00 xx xx), a fictional DPO who is recorded as the one
who did the demo work. The profile of the organisation the tool was first written for is
shipped apart, to import (resources/profiles/, `organisation import`).
"""

from __future__ import annotations

import json
from importlib.resources import files

from dpo_workbench.demo.breaches import load_breaches
from dpo_workbench.demo.requests import load_requests
from dpo_workbench.errors import DemoError
from dpo_workbench.services.organisation import OrganisationProfile
from dpo_workbench.workbench import Workbench

__all__ = ["load_demo", "load_register"]


def load_register(wb: Workbench) -> int:
    """The demo register (resources/demo/register.json): the retention rules of the customer-data policy, one
    processing per rule, their departments, one processing done as processor; returns the processings created.

    The marketing processing gets its DPIA conclusion in a second version, so its history has two."""
    from dpo_workbench.core.register import Processing

    data = json.loads(files("dpo_workbench.resources").joinpath("demo/register.json").read_text("utf-8"))
    for d in data["departments"]:
        wb.register.save_department(None, d["name"], d["contact_name"], d["contact_email"])
    for item in data["processings"]:
        record = Processing.from_dict(item)
        if record.dpia_listed and any(record.dpia_note.values()):
            wb.register.save(record.copy(dpia_note={"fr": "", "en": ""}))
            wb.register.save(record, key=record.reference)
        else:
            wb.register.save(record)
    return len(data["processings"])


def load_demo(wb: Workbench, seed: int = 20261126) -> int:
    """Fill an empty workbench; returns the number of requests created.

    Refused on a folder that holds requests: demo data must never mix with real cases.
    """
    if wb.requests.total():
        raise DemoError("demo.not-empty")
    data = json.loads(files("dpo_workbench.resources").joinpath("demo/organisation.json").read_text("utf-8"))
    profile = OrganisationProfile(**data)
    given = wb.context.given_actor
    if not wb.in_team:  # the fictional DPO did the demo work; in a team, the journal names who signed in
        wb.context.given_actor = profile.dpo_name
    try:
        wb.organisation.save(profile)
        load_register(wb)
        count = load_requests(wb, seed)
        load_breaches(wb)
    finally:
        wb.context.given_actor = given
    return count
