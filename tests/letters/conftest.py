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
    """The demo profile (its processings are in the demo register: `with_demo_register`)."""
    data = json.loads(files("dpo_workbench.resources").joinpath("demo/organisation.json").read_text("utf-8"))
    return OrganisationProfile(**data)


def with_demo_register(wb) -> OrganisationProfile:
    """The demo profile saved, with the demo register: processings with their categories of data subjects (from
    which a request's processings are suggested), retention and departments, as `dpo-workbench demo` has them."""
    from dpo_workbench.demo import load_register

    profile = demo_organisation()
    wb.organisation.save(profile)
    load_register(wb)
    return profile


@pytest.fixture
def org(workbench):
    """The demo organisation and its register (an access reply describes the processings linked to its request)."""
    return with_demo_register(workbench)


@pytest.fixture
def new_request(workbench, org):
    """register(channel=..., lang=..., rights=..., link=True) -> reference; received on 2 November 2026, linked to
    the processings its requester's category suggests."""

    def register(channel: Channel = Channel.POST, lang: str = "fr", rights=(Right.ACCESS,),
                 received_on: date = date(2026, 11, 2), name: str | None = None, link: bool = True) -> str:
        postal = channel is Channel.POST
        reference = workbench.requests.register(NewRequest(
            rights=list(rights), channel=channel, received_on=received_on,
            requester_name=name or (POSTAL_NAME if postal else EMAIL_NAME),
            requester_email="" if postal else "zoe.oeuvray@exemple.fr",
            requester_address=ADDRESS if postal else "",
            registered_number="1A 123 456 7890 1" if postal else "",
            language=Language(lang),
        ))
        # an access reply describes the processings linked to the request, not the whole register: the DPO links
        # those the requester's category (a customer) suggests, as the request's panel offers
        if link and workbench.links.suggested(reference):
            workbench.links.link_suggested(reference)
        return reference

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
