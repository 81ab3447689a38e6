"""Saving the organisation profile: what is checked, and what is kept."""

import base64
import io
import random

import pytest
from PIL import Image

from dpo_workbench.core.profile import ProcessingActivity, siren_problem
from dpo_workbench.errors import InputError
from dpo_workbench.services.organisation import OrganisationProfile


def png(size=(40, 20)) -> str:
    out = io.BytesIO()
    Image.new("RGB", size, (10, 60, 120)).save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


@pytest.mark.parametrize("siren, ok", [
    ("443 061 841", True), ("443061841", True), ("", True),
    ("443 061 842", False), ("44306184", False), ("44306184A", False),
])
def test_siren_is_nine_digits_with_a_luhn_check(siren, ok):
    assert (siren_problem(siren) is None) is ok


def test_the_profile_round_trips_with_its_register(workbench):
    org = OrganisationProfile(name="Cloud Solutions", siren="443 061 841", dpo_email="DPO@Example.fr")
    details = org.details
    details.place = "Paris"
    details.logo_png = png()
    details.activities.append(ProcessingActivity.from_dict({"name": {"fr": "Comptes", "en": "Accounts"}}))
    workbench.organisation.save(org.with_details(details))
    again = workbench.organisation.get()
    assert again.siren == "443 061 841" and again.dpo_email == "DPO@example.fr"
    assert again.details.place == "Paris" and again.details.logo_png == details.logo_png
    assert again.details.activities[0].text("name", "en") == "Accounts"


@pytest.mark.parametrize("change, field", [
    (dict(siren="443 061 842"), "siren"),
    (dict(dpo_email="dpo@"), "dpo_email"),
    (dict(logo=base64.b64encode(b"GIF89a not a logo").decode()), "logo"),
    (dict(logo="%%%"), "logo"),
    (dict(logo=png((3000, 3000))[:10]), "logo"),
])
def test_bad_values_are_refused_naming_the_field_and_nothing_changes(workbench, change, field):
    workbench.organisation.save(OrganisationProfile(name="Cloud Solutions"))
    org = OrganisationProfile(name="Cloud Solutions", siren=change.get("siren", ""),
                              dpo_email=change.get("dpo_email", ""))
    if "logo" in change:
        details = org.details
        details.logo_png = change["logo"]
        org = org.with_details(details)
    with pytest.raises(InputError) as caught:
        workbench.organisation.save(org)
    assert caught.value.field == field and caught.value.message
    assert workbench.organisation.get() == OrganisationProfile(name="Cloud Solutions")


def test_a_logo_over_one_megabyte_is_refused(workbench):
    noise = Image.frombytes("RGB", (700, 700), random.Random(1).randbytes(700 * 700 * 3))  # incompressible
    out = io.BytesIO()
    noise.save(out, "PNG")
    org = OrganisationProfile(name="Cloud Solutions")
    details = org.details
    details.logo_png = base64.b64encode(out.getvalue()).decode()
    with pytest.raises(InputError, match="under 1 MB"):
        workbench.organisation.save(org.with_details(details))
