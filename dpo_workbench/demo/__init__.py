"""Demo data: the organisation of the seed policy, about 40 fictional requests and four breaches.

`dpo-workbench demo` and the tests fill an empty data folder with it, so the register,
the deadlines and the breach countdowns can be tried without real personal data.
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
    wb.organisation.save(OrganisationProfile(**data))
    count = load_requests(wb, seed)
    load_breaches(wb)
    return count
