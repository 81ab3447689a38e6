"""The organisation profile dialog: fill it once, keep it, and be told what the letters will miss."""

from __future__ import annotations

import base64

from PIL import Image

from dpo_workbench.demo import load_demo
from dpo_workbench.services.organisation import OrganisationProfile
from dpo_workbench.ui.settings.organisation import OrganisationDialog
from tests.ui.conftest import journal_actions


def open_dialog(qtbot, workbench) -> OrganisationDialog:
    dialog = OrganisationDialog(workbench)
    qtbot.add_widget(dialog)
    return dialog


def test_a_new_organisation_is_filled_and_saved(qtbot, workbench, tmp_path):
    dialog = open_dialog(qtbot, workbench)
    assert "0 processing(s)" in dialog.register.text.text() and "Register tab" in dialog.register.text.text()
    dialog.name.setText("Exemple SAS")
    dialog.address.setPlainText("12 rue de l'Exemple\n75002 Paris")
    dialog.siren.setText("123 456 782")
    dialog.place.setText("Paris")
    dialog.region.setCurrentIndex(dialog.region.findData("FR-57"))
    dialog.dpo_name.setText("Dominique Exemple")
    dialog.dpo_email.setText("dpo@example.org")
    dialog.signature["fr"].setText("Délégué à la protection des données")
    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 40), (0, 80, 160)).save(logo)
    assert dialog.load_logo(str(logo))
    assert not dialog.logo_preview.pixmap().isNull()

    dialog.save()
    assert dialog.result() == OrganisationDialog.DialogCode.Accepted
    org = workbench.organisation.get()
    assert (org.name, org.region, org.siren) == ("Exemple SAS", "FR-57", "123 456 782")
    details = org.details
    assert details.place == "Paris" and details.signature["fr"] == "Délégué à la protection des données"
    assert base64.b64decode(details.logo_png)[:4] == b"\x89PNG"
    assert details.activities == []
    assert journal_actions(workbench, "organisation.change") == ["1"]


def test_a_wrong_siren_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, workbench):
    workbench.organisation.save(OrganisationProfile(name="Exemple SAS"))
    dialog = open_dialog(qtbot, workbench)
    dialog.tabs.setCurrentIndex(2)
    dialog.siren.setText("443 061 842")
    dialog.dpo_name.setText("Someone typed this")
    dialog.save()
    assert dialog.result() != OrganisationDialog.DialogCode.Accepted
    assert dialog.errors["siren"].isVisibleTo(dialog) and "check digit" in dialog.errors["siren"].text()
    assert dialog.tabs.currentIndex() == 0  # back on the tab of the field
    assert dialog.dpo_name.text() == "Someone typed this"  # nothing typed is lost
    assert workbench.organisation.get().siren == ""


def test_a_file_that_is_not_an_image_keeps_the_current_logo(qtbot, workbench, tmp_path):
    dialog = open_dialog(qtbot, workbench)
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"%PDF-1.7 not a logo")
    assert not dialog.load_logo(str(bad))
    assert dialog.errors["logo"].isVisibleTo(dialog)
    assert dialog.logo_png == ""


def test_the_demo_profile_saves_unchanged_and_points_to_the_register(qtbot, workbench):
    load_demo(workbench)
    before = workbench.organisation.get()
    dialog = open_dialog(qtbot, workbench)
    assert "6 processing(s)" in dialog.register.text.text()
    assert not dialog.register.imported.isVisibleTo(dialog)
    dialog.register.open_button.click()  # saves, and asks the main window for the Register tab
    assert dialog.result() == OrganisationDialog.DialogCode.Accepted and dialog.show_register
    after = workbench.organisation.get()
    assert after.details == before.details and after.name == before.name
    assert workbench.register.count() == 6  # saving the profile adds nothing to the register


def test_import_a_profile_fills_the_form_and_saves_only_on_save(qtbot, workbench, tmp_path):
    from dpo_workbench.services.organisation import shipped_profiles

    load_demo(workbench)
    dialog = open_dialog(qtbot, workbench)
    assert dialog.import_button.text() == "Import a profile…"
    assert dialog.import_profile(str(shipped_profiles()[0]))
    assert (dialog.name.text(), dialog.dpo_email.text()) == ("Cloud Solutions", "dpo-wimi@racine.eu")
    assert dialog.imported.isVisibleTo(dialog) and not dialog.register.imported.isHidden()
    assert "holds 5 processing activit" in dialog.register.imported.text()
    assert "Cloud Solutions" in dialog.imported.text() and "cloud-solutions.json" in dialog.imported.text()
    assert workbench.organisation.get().name == "Exemple SAS"  # read, not saved
    dialog.save()
    saved = workbench.organisation.get()
    assert saved.name == "Cloud Solutions" and saved.details.extra["services"] == ["Wimi", "Wimi Armoured"]
    assert workbench.register.count() == 6  # the policy's five have the names of five of the demo's: not added twice

    bad = tmp_path / "bad.json"
    bad.write_text("{oops", encoding="utf-8")
    again = open_dialog(qtbot, workbench)
    assert not again.import_profile(str(bad))
    assert again.error.isVisibleTo(again) and again.error.text().startswith("This file is not a profile")
    assert again.name.text() == "Cloud Solutions"  # the form is untouched
