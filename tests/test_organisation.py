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
    ("123 456 782", True), ("123456782", True), ("", True),
    ("443 061 842", False), ("44306184", False), ("44306184A", False),
])
def test_siren_is_nine_digits_with_a_luhn_check(siren, ok):
    assert (siren_problem(siren) is None) is ok


def test_the_profile_round_trips_with_its_register(workbench):
    org = OrganisationProfile(name="Exemple SAS", siren="123 456 782", dpo_email="DPO@Example.fr")
    details = org.details
    details.place = "Paris"
    details.logo_png = png()
    details.activities.append(ProcessingActivity.from_dict({"name": {"fr": "Comptes", "en": "Accounts"}}))
    workbench.organisation.save(org.with_details(details))
    again = workbench.organisation.get()
    assert again.siren == "123 456 782" and again.dpo_email == "DPO@example.fr"
    assert again.details.place == "Paris" and again.details.logo_png == details.logo_png
    assert again.details.activities == []  # a profile's activities go to the register, which letters read
    [processing] = workbench.register.processings()
    assert processing.reference == "TRT-001" and processing.name == "Comptes"
    assert workbench.organisation.letterhead().details.activities[0].text("name", "en") == "Accounts"
    workbench.organisation.save(again.with_details(details))  # saved again: not added twice
    assert workbench.register.count() == 1


@pytest.mark.parametrize("change, field", [
    (dict(siren="443 061 842"), "siren"),
    (dict(dpo_email="dpo@"), "dpo_email"),
    (dict(logo=base64.b64encode(b"GIF89a not a logo").decode()), "logo"),
    (dict(logo="%%%"), "logo"),
    (dict(logo=png((3000, 3000))[:10]), "logo"),
])
def test_bad_values_are_refused_naming_the_field_and_nothing_changes(workbench, change, field):
    workbench.organisation.save(OrganisationProfile(name="Exemple SAS"))
    org = OrganisationProfile(name="Exemple SAS", siren=change.get("siren", ""),
                              dpo_email=change.get("dpo_email", ""))
    if "logo" in change:
        details = org.details
        details.logo_png = change["logo"]
        org = org.with_details(details)
    with pytest.raises(InputError) as caught:
        workbench.organisation.save(org)
    assert caught.value.field == field and caught.value.message
    assert workbench.organisation.get() == OrganisationProfile(name="Exemple SAS")


def test_a_logo_over_one_megabyte_is_refused(workbench):
    noise = Image.frombytes("RGB", (700, 700), random.Random(1).randbytes(700 * 700 * 3))  # incompressible
    out = io.BytesIO()
    noise.save(out, "PNG")
    org = OrganisationProfile(name="Exemple SAS")
    details = org.details
    details.logo_png = base64.b64encode(out.getvalue()).decode()
    with pytest.raises(InputError, match="under 1 MB"):
        workbench.organisation.save(org.with_details(details))


# -- importing a profile -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("content", "code"), [
    (b"{not json", "organisation.profile-not-json"),
    (b"[1, 2]", "organisation.profile-not-a-profile"),
    (b'{"address": "x"}', "organisation.profile-not-a-profile"),
    (b'{"name": "X", "ceo": "Y"}', "organisation.profile-unknown-keys"),
    (b'{"name": "X", "dpo_email": 3}', "organisation.profile-wrong-type"),
    (b'{"name": "X", "siren": "123"}', "organisation.siren-length"),
    (b'{"name": "X", "region": "FR-99"}', "organisation.region-unknown"),
])
def test_a_bad_profile_file_is_refused_and_the_current_profile_kept(workbench, tmp_path, content, code):
    workbench.organisation.save(OrganisationProfile(name="Exemple SAS"))
    path = tmp_path / "profile.json"
    path.write_bytes(content)
    with pytest.raises(InputError) as refused:
        workbench.organisation.import_file(path)
    assert refused.value.code == code
    assert workbench.organisation.get() == OrganisationProfile(name="Exemple SAS")
    with pytest.raises(InputError) as missing:
        workbench.organisation.import_file(tmp_path / "none.json")
    assert missing.value.code == "file.not-found"


def test_an_imported_profile_replaces_the_current_one_and_is_journaled_as_such(workbench, tmp_path):
    import json

    from sqlalchemy import select

    from dpo_workbench.store.models import AuditEntry

    path = tmp_path / "profile.json"
    path.write_text(json.dumps({"name": "Exemple SAS", "dpo_name": "Dominique Exemple", "region": "FR-57",
                                "profile": {"place": "Metz"}}), encoding="utf-8")
    profile = workbench.organisation.import_file(path)
    assert workbench.organisation.get() == profile and profile.details.place == "Metz"
    with workbench.db.reading() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc())).scalars().first()
    assert (last.action, json.loads(last.details)) == ("organisation.change", {"imported": True})


def test_organisation_import_on_the_command_line(run, data_dir, tmp_path):
    from dpo_workbench.services.organisation import shipped_profiles

    code, out, err = run("organisation", "import", str(shipped_profiles()[0]))
    assert (code, err) == (0, "")
    assert out == "Organisation profile imported: Cloud Solutions (5 processing activities)\n"
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    code, out, err = run("organisation", "import", str(bad))
    assert (code, out) == (2, "") and err.startswith("dpo-workbench: error: This file is not an organisation profile")
