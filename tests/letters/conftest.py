"""Fixtures for the letters: the demo organisation (the seed policy), requests by post and e-mail."""

from __future__ import annotations

import io
import json
import re
from datetime import date
from importlib.resources import files

import pytest
from pypdf import PdfReader

from dpo_workbench.core.rights import Channel, Language, Right
from dpo_workbench.services.organisation import OrganisationProfile
from dpo_workbench.services.requests import NewRequest

POSTAL_NAME = "Łukasz Wąsowski"
EMAIL_NAME = "Zoë Œuvray"
ADDRESS = "Appartement 12, escalier B\n27 boulevard Voltaire\n75011 Paris"


def demo_organisation() -> OrganisationProfile:
    """The demo profile with the demo register's processings as the profile's list (the shape of a profile file):
    saving it puts them in the register, which the access replies describe."""
    from dpo_workbench.core.register import Processing

    data = json.loads(files("dpo_workbench.resources").joinpath("demo/organisation.json").read_text("utf-8"))
    register = json.loads(files("dpo_workbench.resources").joinpath("demo/register.json").read_text("utf-8"))
    data["profile"]["activities"] = [Processing.from_dict(p).activity().to_dict() for p in register["processings"]
                                     if p["role"] == "controller"]
    return OrganisationProfile(**data)


@pytest.fixture
def org(workbench):
    """The demo organisation and its register (the access reply describes the register's processings)."""
    profile = demo_organisation()
    workbench.organisation.save(profile)
    return profile


@pytest.fixture
def new_request(workbench, org):
    """register(channel=..., lang=..., rights=...) -> reference; received on 2 November 2026."""

    def register(channel: Channel = Channel.POST, lang: str = "fr", rights=(Right.ACCESS,),
                 received_on: date = date(2026, 11, 2), name: str | None = None) -> str:
        postal = channel is Channel.POST
        return workbench.requests.register(NewRequest(
            rights=list(rights), channel=channel, received_on=received_on,
            requester_name=name or (POSTAL_NAME if postal else EMAIL_NAME),
            requester_email="" if postal else "zoe.oeuvray@exemple.fr",
            requester_address=ADDRESS if postal else "",
            registered_number="1A 123 456 7890 1" if postal else "",
            language=Language(lang),
        ))

    return register


def pdf_text(pdf: bytes) -> str:
    """All the text, whitespace (including no-break spaces) folded to single spaces."""
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def text_positions(pdf: bytes, page: int = 0) -> list[tuple[str, float, float]]:
    """(text, x, y) of each text run of a page, in PDF points from the bottom-left corner."""
    reader = PdfReader(io.BytesIO(pdf))
    runs: list[tuple[str, float, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            runs.append((text.strip(), x, y))

    reader.pages[page].extract_text(visitor_text=visit)
    return runs
