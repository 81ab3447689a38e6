"""Settings, built from the options declared once in `dpo_workbench.settings`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.errors import ServiceError
from dpo_workbench.settings import OPTIONS
from dpo_workbench.ui.retention.texts import period_grounds, period_labels, unit_suffix
from dpo_workbench.ui.settings.unlock import (
    ChangePassphraseDialog,
    KeyRotation,
    confirm_and_rotate,
    key_store_explanation,
    key_store_text,
)
from dpo_workbench.ui.widgets import messages
from dpo_workbench.ui.widgets.forms import error_label
from dpo_workbench.ui.widgets.palette import HINT_STYLE, TITLE_STYLE
from dpo_workbench.workbench import Workbench


def option_labels() -> dict[str, str]:
    return {
        "language": QCoreApplication.translate("Settings", "Language"),
        "user_name": QCoreApplication.translate("Settings", "Your name (recorded in the journal and timelines)"),
        "repeat_window_months": QCoreApplication.translate("Settings", "Warn of a repeated request within (months)"),
        "id_copy_grace_days": QCoreApplication.translate("Settings", "Keep ID copies after verification (days)"),
        "backup_folder": QCoreApplication.translate("Settings", "Backup folder"),
        "mail_poll_minutes": QCoreApplication.translate("Settings", "Fetch mail every (minutes)"),
        "task_lead_days": QCoreApplication.translate(
            "Settings", "Departments answer before the request's due date (days)"),
    }


def special_value_labels() -> dict[str, str]:
    """What the lowest value of a number setting means, shown in its box instead of the number."""
    return {"mail_poll_minutes": QCoreApplication.translate("Settings", "only when asked")}


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
        self.setMinimumWidth(620)
        values = workbench.settings.values()
        self.editors: dict[str, QWidget] = {}
        form = QFormLayout()
        retention = QFormLayout()  # the periods of the workbench's own records, on a page of their own
        names = option_labels() | {f"retention_{k}_years": v for k, v in period_labels().items()}
        for name, option in OPTIONS.items():
            # a team database is backed up on its server; who acts there is the signed-in user (their login)
            if name in ("backup_folder", "user_name") and workbench.in_team:
                continue
            editor: QWidget
            if option.choices:
                combo = editor = QComboBox()
                for choice in option.choices:
                    combo.addItem(choice_labels().get(choice, choice), choice)
                combo.setCurrentIndex(combo.findData(values[name]))
            elif option.type is int:
                spin = editor = QSpinBox()
                spin.setRange(option.minimum or 0, option.maximum or 10_000)
                spin.setValue(values[name])
                spin.setSpecialValueText(special_value_labels().get(name, ""))
            else:
                editor = QLineEdit(values[name])
            self.editors[name] = editor
            if name.startswith("retention_"):
                self._retention_row(retention, name, editor)
                continue
            form.addRow(names.get(name, option.label), self._folder_row(editor) if name == "backup_folder" else editor)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        note = QLabel(self.tr("The organisation, its DPO, the region of its public holidays and its processing "
                              "register are set in Organisation profile."))
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        general_layout.addWidget(note)
        general_layout.addWidget(self._keys_box())
        general_layout.addStretch(1)
        self.pages = QTabWidget()
        self.pages.addTab(general, self.tr("General"))
        self.pages.addTab(self._retention_page(retention), self.tr("Retention"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _retention_row(self, form: QFormLayout, name: str, editor: QWidget) -> None:
        """A retention period: its box, then, the width of the page, why the default and what a purge keeps."""
        period = name.removeprefix("retention_").removesuffix("_years")
        assert isinstance(editor, QSpinBox)
        editor.setSuffix(unit_suffix(period))
        editor.setMaximumWidth(240)
        ground = QLabel(period_grounds()[period])
        ground.setWordWrap(True)
        ground.setStyleSheet(HINT_STYLE)
        ground.setContentsMargins(0, 0, 0, 8)
        ground.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        form.addRow(period_labels()[period], editor)
        form.addRow(ground)

    def _retention_page(self, form: QFormLayout) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(self.tr("How long the workbench keeps its own records once they are finished, counted from "
                               "the day a request or a breach was closed. What is past its period is shown in the "
                               "status bar and in File › Records past retention…; nothing is removed until you "
                               "confirm it there."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _folder_row(self, editor: QWidget) -> QWidget:
        """The backup folder: typed, or chosen (another disk or a network drive keeps backups safer)."""
        assert isinstance(editor, QLineEdit)
        editor.setPlaceholderText(self.tr("backups/ in the data folder"))
        editor.setMinimumWidth(280)
        choose = QPushButton(self.tr("Choose…"))
        choose.setAutoDefault(False)

        def pick() -> None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), editor.text())
            if folder:
                editor.setText(folder)

        choose.clicked.connect(pick)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(editor, 1)
        layout.addWidget(choose)
        return row

    def _keys_box(self) -> QGroupBox:
        """Which store holds the keys; changing the passphrase (key file only) and rotating the master key."""
        folder = self.workbench.folder
        box = QGroupBox(self.tr("Encryption keys"))
        if self.workbench.in_team:
            return self._team_keys_box(box)
        self.key_store = QLabel(self.tr("Kept in: %1").replace("%1", key_store_text(folder)))
        self.key_store.setStyleSheet(TITLE_STYLE)
        explanation = QLabel(key_store_explanation(folder))
        explanation.setWordWrap(True)
        explanation.setStyleSheet(HINT_STYLE)
        # in a group box a wrapped label is otherwise given the height of fewer lines than it needs
        explanation.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        self.change_passphrase_button = QPushButton(self.tr("Change passphrase…"))
        self.change_passphrase_button.setAutoDefault(False)
        self.change_passphrase_button.clicked.connect(self.change_passphrase)
        self.change_passphrase_button.setVisible(folder.uses_passphrase)
        self.rotate_button = QPushButton(self.tr("Rotate master key…"))
        self.rotate_button.setAutoDefault(False)
        self.rotate_button.clicked.connect(self.rotate_master_key)
        self.rotation: KeyRotation | None = None
        row = QHBoxLayout()
        row.addWidget(self.change_passphrase_button)
        row.addWidget(self.rotate_button)
        row.addStretch(1)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.key_store)
        box_layout.addWidget(explanation)
        box_layout.addLayout(row)
        return box

    def _team_keys_box(self, box: QGroupBox) -> QGroupBox:
        """A team database: the team key, opened with the person's own passphrase (Team menu)."""
        self.key_store = QLabel(self.tr("Kept in: the team database, sealed for each user"))
        self.key_store.setStyleSheet(TITLE_STYLE)
        explanation = QLabel(self.tr(
            "Everything personal on the server is sealed with the team key. Each user opens it with their own "
            "passphrase, or with their key kept in this computer's keyring: Team › Change my passphrase…, "
            "Team › Remember my key on this computer. A dpo rotates the team key after removing someone "
            "(dpo-workbench team rotate-key)."))
        explanation.setWordWrap(True)
        explanation.setStyleSheet(HINT_STYLE)
        explanation.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding)
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.key_store)
        box_layout.addWidget(explanation)
        return box

    def change_passphrase(self) -> bool:
        if ChangePassphraseDialog(self.workbench, self).exec() != QDialog.DialogCode.Accepted:
            return False
        QMessageBox.information(self, self.tr("Change passphrase"),
                                self.tr("The passphrase was changed. Type the new one from the next start."))
        return True

    def rotate_master_key(self) -> KeyRotation | None:
        """Runs off the GUI thread with a progress dialog; returns the KeyRotation (None if not confirmed)."""
        self.rotation = confirm_and_rotate(self.workbench, self)
        return self.rotation

    def value(self, name: str):
        editor = self.editors[name]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox):
            return editor.value()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def save(self) -> None:
        current = self.workbench.settings.values()
        try:
            for name in self.editors:
                value = self.value(name)
                if value != current[name]:
                    self.workbench.settings.set(name, value)
                    if name == "language":
                        self.language_changed = True
        except ServiceError as exc:  # bad input, or a setting of the team this role may not change
            self.error.setText(messages.text(exc))
            self.error.show()
            return
        self.accept()
