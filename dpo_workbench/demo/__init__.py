"""Demo data: a fictional organisation (Exemple SAS), about 40 fictional requests and four breaches.

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

__all__ = ["load_demo"]


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
        count = load_requests(wb, seed)
        load_breaches(wb)
    finally:
        wb.context.given_actor = given
    return count
