"""The organisation profile: who the controller is, who signs, and the processing register.

Filled once; the letters take their letterhead, signature and the content of an
access reply (Art. 15(1)(a)-(h), 15(2)) from it. The register is written per
processing activity, in French and in English (a letter falls back to the other
language when a text is missing, and the dialog says which texts are missing).
"""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QByteArray, QSignalBlocker, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.deadlines import REGIONS
from dpo_workbench.core.profile import LANGUAGES, ProcessingActivity, ProfileDetails
from dpo_workbench.errors import InputError
from dpo_workbench.services.organisation import OrganisationProfile, logo_problem, shipped_profiles
from dpo_workbench.ui.settings.dialog import region_labels
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.forms import error_label, with_error
from dpo_workbench.ui.widgets.palette import HINT_STYLE, INFO_STYLE, PLACEHOLDER_FRAME_STYLE, WARNING_STYLE
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


class RegisterEditor(QWidget):
    """The processing activities: a list on the left, the selected one's texts on the right."""

    def __init__(self, activities: list[ProcessingActivity], parent: QWidget | None = None):
        super().__init__(parent)
        self.activities = [ProcessingActivity.from_dict(a.to_dict()) for a in activities]
        self.lang = "fr"

        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._show)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_activity)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_activity)
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.clicked.connect(lambda: self.move_activity(-1))
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.clicked.connect(lambda: self.move_activity(1))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
        list_buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            list_buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Processing activities")))
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(list_buttons)

        self.french = QRadioButton(self.tr("French texts"))
        self.english = QRadioButton(self.tr("English texts"))
        self.french.setChecked(True)
        self.languages = QButtonGroup(self)
        self.languages.addButton(self.french)
        self.languages.addButton(self.english)
        self.french.toggled.connect(lambda checked: self.set_language("fr" if checked else "en"))
        language_row = QHBoxLayout()
        language_row.addWidget(self.french)
        language_row.addWidget(self.english)
        language_row.addStretch(1)

        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for name, label, hint in self._field_texts():
            editor = QLineEdit() if name == "name" else _text_edit(52 if name == "legal_basis" else 84)
            editor.setToolTip(hint)
            if isinstance(editor, QPlainTextEdit):
                editor.setPlaceholderText(hint)
                editor.textChanged.connect(lambda n=name: self._edited(n))
            else:
                editor.setPlaceholderText(hint)
                editor.textEdited.connect(lambda _text, n=name: self._edited(n))
            self.editors[name] = editor
            form.addRow(label, editor)
        self.completeness = QLabel()
        self.completeness.setWordWrap(True)
        self.completeness.setStyleSheet(WARNING_STYLE)

        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addLayout(language_row)
        detail_layout.addLayout(form)
        detail_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 800])
        left.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("An access reply describes each processing below (GDPR Art. 15). Write one item per "
                               "line. Leave Source, Transfers or Automated decisions empty when there are none: "
                               "the letter then says so."))
        intro.setWordWrap(True)
        intro.setStyleSheet(HINT_STYLE)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.completeness)
        self._reload_list()

    def set_activities(self, activities: list[ProcessingActivity]) -> None:
        self.activities = [ProcessingActivity.from_dict(a.to_dict()) for a in activities]
        self._reload_list()

    def _field_texts(self) -> list[tuple[str, str, str]]:
        return [
            ("name", self.tr("Name"), self.tr("e.g. Customer accounts and subscriptions")),
            ("purposes", self.tr("Purposes (15.1.a)"), self.tr("One purpose per line")),
            ("legal_basis", self.tr("Legal basis"), self.tr("e.g. Performance of the contract (Art. 6(1)(b))")),
            ("data_categories", self.tr("Data categories (15.1.b)"), self.tr("One category per line")),
            ("recipients", self.tr("Recipients (15.1.c)"), self.tr("One recipient or category per line")),
            ("retention", self.tr("Retention (15.1.d)"), self.tr("The period, or the criteria that set it")),
            ("source", self.tr("Source (15.1.g)"),
             self.tr("Where the data come from when not from the person; empty: collected from the person")),
            ("transfers", self.tr("Transfers outside the EU (15.2)"),
             self.tr("Countries and safeguards; empty: no transfer outside the European Union")),
            ("automated_decisions", self.tr("Automated decisions (15.1.h)"),
             self.tr("Decisions or profiling, their logic and consequences; empty: none")),
        ]

    def field_label(self, name: str) -> str:
        return {n: label for n, label, _hint in self._field_texts()}[name]

    # -- list ---------------------------------------------------------------

    def _title(self, activity: ProcessingActivity) -> str:
        return activity.text("name", self.lang) or self.tr("(unnamed processing)")

    def _reload_list(self) -> None:
        row = self.list.currentRow()
        with QSignalBlocker(self.list):
            self.list.clear()
            for activity in self.activities:
                item = QListWidgetItem(self._title(activity))
                if any(activity.missing(lang) for lang in LANGUAGES):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.list.addItem(item)
            if self.activities:
                self.list.setCurrentRow(min(max(row, 0), len(self.activities) - 1))
        self._show(self.list.currentRow())  # the signals were blocked: show the current one now
        self._update_completeness()

    def add_activity(self) -> None:
        self.activities.append(ProcessingActivity())
        self._reload_list()
        self.list.setCurrentRow(len(self.activities) - 1)
        self.editors["name"].setFocus()

    def remove_activity(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self.activities[row]
        self._reload_list()

    def move_activity(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < len(self.activities):
            return
        self.activities[row], self.activities[target] = self.activities[target], self.activities[row]
        self._reload_list()
        self.list.setCurrentRow(target)

    # -- editing ------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._reload_list()

    def _show(self, row: int) -> None:
        has = 0 <= row < len(self.activities)
        self.detail.setEnabled(has)
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has)
        for name, editor in self.editors.items():
            value = self.activities[row].__dict__[name].get(self.lang, "") if has else ""
            with QSignalBlocker(editor):
                if isinstance(editor, QPlainTextEdit):
                    editor.setPlainText(value)
                else:
                    editor.setText(value)

    def _edited(self, name: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.activities):
            return
        editor = self.editors[name]
        value = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        self.activities[row].__dict__[name][self.lang] = value
        item = self.list.item(row)
        item.setText(self._title(self.activities[row]))
        missing = any(self.activities[row].missing(lang) for lang in LANGUAGES)
        item.setForeground(Qt.GlobalColor.darkRed if missing else self.palette().text().color())
        self._update_completeness()

    def missing_texts(self) -> list[str]:
        """What an access reply would print as a placeholder, per activity and language."""
        problems = []
        names = {"fr": self.tr("French"), "en": self.tr("English")}
        for i, activity in enumerate(self.activities, 1):
            title = activity.text("name", "fr") or activity.text("name", "en") or self.tr("processing %1").replace(
                "%1", str(i))
            for lang in LANGUAGES:
                absent = [n for n in ProcessingActivity.REQUIRED if not activity.__dict__[n].get(lang, "").strip()]
                if absent:
                    fields = ", ".join(self.field_label(n).split(" (")[0].lower() for n in absent)
                    problems.append(f"{title} ({names[lang]}): {fields}")
        return problems

    def _update_completeness(self) -> None:
        if not self.activities:
            self.completeness.setText(self.tr("The register is empty: an access reply cannot describe the "
                                              "processing. Add the organisation's processing activities."))
            self.completeness.show()
            return
        problems = self.missing_texts()
        self.completeness.setVisible(bool(problems))
        if problems:
            shown = "\n".join("• " + p for p in problems[:6])
            more = len(problems) - 6
            if more > 0:
                shown += "\n" + self.tr("… and %n other problem(s)", "", more)
            self.completeness.setText(self.tr("Missing texts (a letter in that language uses the other language, "
                                              "or shows a placeholder when both are missing):") + "\n" + shown)


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

        # -- register
        self.register = RegisterEditor(details.activities)

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
        self.register.set_activities(details.activities)

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
        details.activities = [ProcessingActivity.from_dict(
            {name: {lang: text.strip() for lang, text in value.items()} for name, value in a.to_dict().items()})
            for a in self.register.activities]
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
