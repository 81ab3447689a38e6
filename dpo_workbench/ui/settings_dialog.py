"""Settings, built from the options declared once in `dpo_workbench.settings`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.deadlines import REGIONS
from dpo_workbench.settings import OPTIONS
from dpo_workbench.ui.request_dialog import ERROR_STYLE
from dpo_workbench.workbench import InputError, OrganisationProfile, Workbench


def option_labels() -> dict[str, str]:
    return {
        "language": QCoreApplication.translate("Settings", "Language"),
        "user_name": QCoreApplication.translate("Settings", "Your name (recorded in the journal and timelines)"),
        "repeat_window_months": QCoreApplication.translate("Settings", "Warn of a repeated request within (months)"),
        "id_copy_grace_days": QCoreApplication.translate("Settings", "Keep ID copies after verification (days)"),
    }


def region_labels() -> dict[str, str]:
    """The region names of `core.deadlines.REGIONS`, translated."""
    return {
        "FR": QCoreApplication.translate("Settings", "France (national public holidays)"),
        "FR-57": QCoreApplication.translate("Settings", "Moselle (57) - Alsace-Moselle local law"),
        "FR-67": QCoreApplication.translate("Settings", "Bas-Rhin (67) - Alsace-Moselle local law"),
        "FR-68": QCoreApplication.translate("Settings", "Haut-Rhin (68) - Alsace-Moselle local law"),
    }


def choice_labels() -> dict[str, str]:
    return {"auto": QCoreApplication.translate("Settings", "System language"), "fr": "Français", "en": "English"}


class SettingsDialog(QDialog):
    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.language_changed = False
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        values = workbench.settings()
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        names = option_labels()
        for name, option in OPTIONS.items():
            if option.choices:
                editor = QComboBox()
                for choice in option.choices:
                    editor.addItem(choice_labels().get(choice, choice), choice)
                editor.setCurrentIndex(editor.findData(values[name]))
            elif option.type is int:
                editor = QSpinBox()
                editor.setRange(option.minimum or 0, option.maximum or 10_000)
                editor.setValue(values[name])
            else:
                editor = QLineEdit(values[name])
            self.editors[name] = editor
            form.addRow(names.get(name, option.label), editor)
        self.region = QComboBox()
        for code, label in REGIONS.items():
            self.region.addItem(f"{region_labels().get(code, label)} ({code})", code)
        self.region.setCurrentIndex(self.region.findData(workbench.region))
        form.addRow(self.tr("Public holidays of"), self.region)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = QLabel(self.tr("The region sets the public holidays used for new requests' deadlines "
                              "(Alsace-Moselle adds Good Friday and 26 December)."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #495057;")
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def value(self, name: str):
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox):
            return editor.value()
        return editor.text().strip()

    def save(self) -> None:
        current = self.workbench.settings()
        try:
            for name in OPTIONS:
                value = self.value(name)
                if value != current[name]:
                    self.workbench.set_setting(name, value)
                    if name == "language":
                        self.language_changed = True
            region = self.region.currentData()
            if region != self.workbench.region:
                org = self.workbench.organisation() or OrganisationProfile(name=self.tr("My organisation"))
                org.region = region
                self.workbench.save_organisation(org)
        except InputError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.accept()
