"""The organisation profile: who the controller is, who signs, and where the processing register is.

Filled once; the letters take their letterhead and signature from it. The processing
activities an access reply describes (Art. 15(1)(a)-(h), 15(2)) are kept in the
Register tab (`ui/register`); a profile file that still lists them hands them over
to the register when it is saved.
"""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.deadlines import REGIONS
from dpo_workbench.core.profile import LANGUAGES, ProfileDetails
from dpo_workbench.errors import InputError
from dpo_workbench.services.organisation import OrganisationProfile, logo_problem, shipped_profiles
from dpo_workbench.ui.settings.dialog import region_labels
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.forms import error_label, with_error
from dpo_workbench.ui.widgets.palette import HINT_STYLE, INFO_STYLE, PLACEHOLDER_FRAME_STYLE
from dpo_workbench.workbench import Workbench

# examples in the letters' languages, whatever the language of the interface
SIGNATURE_EXAMPLES = {"fr": "Délégué à la protection des données", "en": "Data Protection Officer"}


def _text_edit(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


def _page(form: QFormLayout) -> QWidget:
    """A tab holding a form at its top: the spare height goes below, not between the rows."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addLayout(form)
    layout.addStretch(1)
    return page


class RegisterPointer(QWidget):
    """Where the processing activities went: the Register tab; what an imported profile's list becomes."""

    def __init__(self, count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = QLabel(self.tr("The register of processing activities (GDPR Art. 30) is kept in the Register tab: "
                                   "%n processing(s) done as controller, each with every field of the CNIL model, its "
                                   "department, its history and its DPIA screening. Access replies describe them "
                                   "from there.", "", count))
        self.text.setWordWrap(True)
        self.imported = QLabel()
        self.imported.setWordWrap(True)
        self.imported.setStyleSheet(INFO_STYLE)
        self.imported.hide()
        self.open_button = QPushButton(self.tr("Save and open the Register tab"))
        self.open_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.imported)
        layout.addLayout(row)
        layout.addStretch(1)

    def set_imported(self, count: int) -> None:
        """A profile read from a file holds `count` activities: they go to the register when it is saved."""
        self.imported.setText(self.tr("This profile holds %n processing activity(ies): saving it adds them to the "
                                      "register (one whose name is already there is not added twice).", "", count))
        self.imported.setVisible(count > 0)


class OrganisationDialog(QDialog):
    """Edit the organisation profile; saves through `Workbench.save_organisation` (journaled)."""

    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.setWindowTitle(self.tr("Organisation profile"))
        self.resize(1100, 780)
        org = workbench.organisation.get() or OrganisationProfile(name="")
        self.original = org
        details = org.details
        self.logo_png = details.logo_png

        self.errors = {key: error_label() for key in ("name", "siren", "dpo_email", "logo", "region")}

        # -- organisation
        self.name = QLineEdit(org.name)
        self.address = _text_edit(64)
        self.address.setPlainText(org.address)
        self.siren = QLineEdit(org.siren)
        self.siren.setPlaceholderText("123 456 789")
        self.siren.setMaximumWidth(160)
        self.legal_mention = QLineEdit(details.legal_mention)
        self.legal_mention.setPlaceholderText(self.tr("Legal form, share capital, RCS, registered office"))
        self.place = QLineEdit(details.place)
        self.place.setPlaceholderText(self.tr("Empty: the town of the address"))
        self.place.setMaximumWidth(240)
        self.region = QComboBox()
        for code, label in REGIONS.items():
            self.region.addItem(f"{region_labels().get(code, label)} ({code})", code)
        self.region.setCurrentIndex(max(0, self.region.findData(org.region)))
        self.sector = QLineEdit(details.sector)
        self.headcount = QLineEdit(details.headcount)
        self.legal_representative = QLineEdit(details.legal_representative)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(180, 70)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet(PLACEHOLDER_FRAME_STYLE)
        self.choose_logo_button = QPushButton(self.tr("Choose…"))
        self.choose_logo_button.setAutoDefault(False)
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        self.remove_logo_button.setAutoDefault(False)
        self.remove_logo_button.clicked.connect(lambda: self.set_logo(""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.choose_logo_button)
        logo_row.addWidget(self.remove_logo_button)
        logo_row.addStretch(1)
        logo_box = QWidget()
        logo_box.setLayout(logo_row)
        logo_row.setContentsMargins(0, 0, 0, 0)
        self.set_logo(self.logo_png)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("Name of the controller"), with_error(self.name, self.errors["name"]))
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("SIREN"), with_error(self.siren, self.errors["siren"]))
        form.addRow(self.tr("Legal mention (letter footer)"), self.legal_mention)
        form.addRow(self.tr("Place of writing"), self.place)
        form.addRow(self.tr("Public holidays of"), with_error(self.region, self.errors["region"]))
        form.addRow(self.tr("Logo (PNG or JPEG)"), with_error(logo_box, self.errors["logo"]))
        form.addRow(self.tr("Sector of activity"), self.sector)
        form.addRow(self.tr("Headcount"), self.headcount)
        form.addRow(self.tr("Legal representative"), self.legal_representative)
        note = QLabel(self.tr("The region sets the public holidays used for new requests' deadlines "
                              "(Alsace-Moselle adds Good Friday and 26 December). Sector, headcount and legal "
                              "representative go into breach notifications to the CNIL."))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        form.addRow(note)
        identity = _page(form)

        # -- DPO
        self.dpo_name = QLineEdit(org.dpo_name)
        self.dpo_email = QLineEdit(org.dpo_email)
        self.dpo_phone = QLineEdit(org.dpo_phone)
        self.dpo_address = _text_edit(64)
        self.dpo_address.setPlainText(details.dpo_address)
        self.dpo_address.setPlaceholderText(self.tr("Empty: the organisation's address"))
        self.signature = {lang: QLineEdit(details.signature.get(lang, "")) for lang in LANGUAGES}
        for lang, line in self.signature.items():
            line.setPlaceholderText(SIGNATURE_EXAMPLES[lang])
        self.authority = {lang: _text_edit(52) for lang in LANGUAGES}
        for lang, text in self.authority.items():
            text.setPlainText(details.complaint_authority.get(lang, ""))
        dpo_form = QFormLayout()
        dpo_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        dpo_form.addRow(self.tr("DPO name"), self.dpo_name)
        dpo_form.addRow(self.tr("DPO e-mail"), with_error(self.dpo_email, self.errors["dpo_email"]))
        dpo_form.addRow(self.tr("DPO telephone"), self.dpo_phone)
        dpo_form.addRow(self.tr("DPO postal address"), self.dpo_address)
        dpo_form.addRow(self.tr("Signature line (French)"), self.signature["fr"])
        dpo_form.addRow(self.tr("Signature line (English)"), self.signature["en"])
        dpo_form.addRow(self.tr("Complaint authority (French)"), self.authority["fr"])
        dpo_form.addRow(self.tr("Complaint authority (English)"), self.authority["en"])
        dpo = _page(dpo_form)

        # -- register: kept in the Register tab
        self.show_register = False  # the DPO asked for the Register tab (the main window opens it)
        self.register = RegisterPointer(workbench.register.count())
        self.register.open_button.clicked.connect(self.save_and_open_register)

        self.tabs = QTabWidget()
        self.tabs.addTab(identity, self.tr("Organisation"))
        self.tabs.addTab(dpo, self.tr("DPO and signature"))
        self.tabs.addTab(self.register, self.tr("Processing register"))
        self.error = error_label()
        self.imported = QLabel()
        self.imported.setWordWrap(True)
        self.imported.setStyleSheet(INFO_STYLE)
        self.imported.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.import_button = buttons.addButton(self.tr("Import a profile…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.import_button.setToolTip(self.tr("Fill the form from a profile file (JSON), e.g. one shipped with the "
                                              "application; nothing is saved until you press Save"))
        self.import_button.clicked.connect(lambda: self.import_profile())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.imported)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    # -- importing a profile -------------------------------------------------

    def import_profile(self, path: str | None = None) -> bool:
        """Fill the form from a profile file; the DPO checks it and saves (or cancels). True when read."""
        if path is None:
            shipped = shipped_profiles()
            start = str(shipped[0].parent) if shipped else ""
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import an organisation profile"), start,
                                                  self.tr("Organisation profiles (*.json)"))
            if not path:
                return False
        self.error.hide()
        try:
            profile = self.workbench.organisation.read_file(Path(path))
        except InputError as exc:
            self.error.setText(messages.text(exc))
            self.error.show()
            return False
        self.load_profile(profile)
        self.imported.setText(self.tr("Profile of %1 read from %2: check it, then Save to use it (Cancel keeps "
                                      "the current profile).").replace("%1", profile.name).replace(
            "%2", Path(path).name))
        self.imported.show()
        return True

    def load_profile(self, org: OrganisationProfile) -> None:
        """Show a profile in the form (as read from a file); saving keeps it."""
        self.original = org
        details = org.details
        self.name.setText(org.name)
        self.address.setPlainText(org.address)
        self.siren.setText(org.siren)
        self.legal_mention.setText(details.legal_mention)
        self.place.setText(details.place)
        self.region.setCurrentIndex(max(0, self.region.findData(org.region)))
        self.sector.setText(details.sector)
        self.headcount.setText(details.headcount)
        self.legal_representative.setText(details.legal_representative)
        self.set_logo(details.logo_png)
        self.dpo_name.setText(org.dpo_name)
        self.dpo_email.setText(org.dpo_email)
        self.dpo_phone.setText(org.dpo_phone)
        self.dpo_address.setPlainText(details.dpo_address)
        for lang, line in self.signature.items():
            line.setText(details.signature.get(lang, ""))
        for lang, text in self.authority.items():
            text.setPlainText(details.complaint_authority.get(lang, ""))
        self.register.set_imported(len(details.activities))

    # -- logo ---------------------------------------------------------------

    def set_logo(self, encoded: str) -> None:
        self.logo_png = encoded
        self.errors["logo"].hide()
        pixmap = QPixmap()
        if encoded:
            pixmap.loadFromData(QByteArray(base64.b64decode(encoded)))
        if pixmap.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        else:
            self.logo_preview.setPixmap(pixmap.scaled(self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        self.remove_logo_button.setEnabled(bool(encoded))

    def load_logo(self, path: str) -> bool:
        """Read an image file as the logo; a bad file gets its message and the current logo stays."""
        try:
            with open(path, "rb") as handle:
                data = handle.read(2_000_001)
        except OSError as exc:
            self._field_error("logo", self.tr("The file cannot be read: %1").replace("%1", messages.text(exc)))
            return False
        encoded = base64.b64encode(data).decode()
        problem = logo_problem(encoded)
        if problem:
            self._field_error("logo", messages.text(problem))
            return False
        self.set_logo(encoded)
        return True

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.load_logo(path)

    # -- saving -------------------------------------------------------------

    def profile(self) -> OrganisationProfile:
        details: ProfileDetails = self.original.details
        details.legal_mention = self.legal_mention.text().strip()
        details.place = self.place.text().strip()
        details.sector = self.sector.text().strip()
        details.headcount = self.headcount.text().strip()
        details.legal_representative = self.legal_representative.text().strip()
        details.dpo_address = self.dpo_address.toPlainText().strip()
        details.logo_png = self.logo_png
        details.signature = {lang: edit.text().strip() for lang, edit in self.signature.items()}
        details.complaint_authority = {lang: edit.toPlainText().strip() for lang, edit in self.authority.items()}
        profile = OrganisationProfile(
            name=self.name.text().strip(), address=self.address.toPlainText().strip(),
            siren=self.siren.text().strip(), dpo_name=self.dpo_name.text().strip(),
            dpo_email=self.dpo_email.text().strip(), dpo_phone=self.dpo_phone.text().strip(),
            region=self.region.currentData(), profile=self.original.profile,
        )
        return profile.with_details(details)

    def _field_error(self, field: str, message: str) -> None:
        label = self.errors.get(field)
        if label is None:
            self.error.setText(message)
            self.error.show()
            return
        label.setText(message)
        label.show()
        self.tabs.setCurrentIndex(1 if field.startswith("dpo") else 0)

    def save_and_open_register(self) -> None:
        self.show_register = True
        self.save()
        if self.result() != QDialog.DialogCode.Accepted:
            self.show_register = False

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()
        self.error.hide()
        try:
            self.workbench.organisation.save(self.profile())
        except InputError as exc:
            self._field_error(exc.field or "", messages.text(exc))
            return
        self.accept()
