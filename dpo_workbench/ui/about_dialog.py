"""The About dialog: the version, this installation (data folder, key store) and every component's licence.

The licences are read from the metadata of the installed distributions (the same in the frozen
application, whose build copies that metadata): the dependencies of `dpo-workbench`, followed
recursively. What has no Python metadata of its own — Qt, SQLCipher, OpenSSL, Python, the fonts —
is described here, with its version asked of the running library.
"""

from __future__ import annotations

import platform
import re
import sys
import sysconfig
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench import __version__
from dpo_workbench.ui.about import application_icon, resource
from dpo_workbench.ui.widgets.forms import fill
from dpo_workbench.ui.widgets.palette import HINT_STYLE, heading_style

if TYPE_CHECKING:
    from importlib.metadata import Distribution

    from dpo_workbench.workbench import Workbench

DISTRIBUTION = "dpo-workbench"
LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE)[^/]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Component:
    """A piece of the application with its licence; `texts` are the licence files shipped with it."""

    name: str
    version: str
    licence: str
    texts: tuple[Path, ...] = ()
    source: str = ""  # where its licence text is published, when none is shipped
    note: str = ""


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


SPDX_EXPRESSION = re.compile(r"^[A-Za-z0-9.+-]+( (OR|AND|WITH) [A-Za-z0-9.+-]+)*$")


def licence_of(meta) -> str:
    """The licence a distribution declares: its SPDX expression, else its License field when it is one,
    else its classifiers (more telling than a "Dual License" or a paragraph), else the field's first line."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if SPDX_EXPRESSION.match(text):
        return text
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    if classifiers:
        return " / ".join(dict.fromkeys(classifiers))
    return text.splitlines()[0][:60] if text else ""


# what the usual licence texts say first or most plainly, for a distribution that ships one and declares none
KNOWN_TEXTS = (
    ("Apache-2.0", ("Apache License", "Version 2.0")),
    ("MIT", ("Permission is hereby granted, free of charge",)),
    ("BSD-3-Clause", ("Redistribution and use in source and binary forms", "Neither the name")),
    ("BSD-2-Clause", ("Redistribution and use in source and binary forms",)),
    ("MPL-2.0", ("Mozilla Public License", "2.0")),
    ("LGPL-3.0", ("GNU LESSER GENERAL PUBLIC LICENSE", "Version 3")),
)


def licence_in_texts(texts: tuple[Path, ...]) -> str:
    """The licence named by the words of a shipped licence text ("" when none is recognised)."""
    for path in texts:
        try:
            words = " ".join(path.read_text(encoding="utf-8", errors="replace").split())
        except OSError:
            continue
        for name, marks in KNOWN_TEXTS:
            if all(mark in words for mark in marks):
                return name
    return ""


def licence_files(dist: Distribution) -> tuple[Path, ...]:
    found = []
    for entry in dist.files or []:
        if LICENCE_FILE.search(str(entry)) and not str(entry).endswith((".py", ".pyc")):
            path = Path(str(dist.locate_file(entry)))
            if path.is_file():
                found.append(path)
    return tuple(sorted(found, key=lambda p: (len(p.parts), p.name)))


def installed_distributions(root: str = DISTRIBUTION) -> list[Distribution]:
    """`root`'s requirements, followed recursively; those installed (the platform's markers decide the rest)."""
    from importlib import metadata

    seen: dict[str, Distribution] = {}
    todo: list[tuple[str, set[str]]] = [(root, set())]
    while todo:
        name, extras = todo.pop()
        if _normal(name) in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform or Python version
        seen[_normal(name)] = dist
        for requirement in dist.requires or []:
            spec, _, marker = requirement.partition(";")
            wanted = re.search(r"extra\s*==\s*['\"]([^'\"]+)['\"]", marker)
            if "extra" in marker and not (wanted and wanted.group(1) in extras):
                continue  # optional (test tools, extract-msg): not part of the application
            match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[([^\]]*)\])?", spec)
            if match:  # the extras asked for (psycopg[binary]) bring their own requirements
                todo.append((match.group(1), {e.strip() for e in (match.group(2) or "").split(",") if e.strip()}))
    seen.pop(_normal(root), None)
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def _lgpl_texts() -> tuple[Path, ...]:
    return resource("licences", "LGPL-3.0.txt"), resource("licences", "GPL-3.0.txt")


def _python_licence() -> tuple[Path, ...]:
    for path in (Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt",
                 resource("licences", "Python-LICENSE.txt")):
        if path.is_file():
            return (path,)
    return ()


def _sqlcipher() -> Component:
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        version = connection.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        connection.close()
    return Component("SQLCipher", f"{version} (SQLite {sqlcipher3.sqlite_version})", "BSD-3-Clause",
                     source="https://www.zetetic.net/sqlcipher/license/",
                     note=QCoreApplication.translate("About", "Encrypts the database. SQLite itself is in the "
                                                              "public domain."))


def _openssl(cryptography_texts: tuple[Path, ...]) -> Component:
    from cryptography.hazmat.backends.openssl import backend

    text = backend.openssl_version_text()
    version = text.split()[1] if len(text.split()) > 1 else text
    licence = "Apache-2.0" if not version.startswith("1.") else "OpenSSL"
    apache = tuple(p for p in cryptography_texts if "APACHE" in p.name.upper())
    return Component("OpenSSL", version, licence, texts=apache, source="https://www.openssl.org/source/license.html",
                     note=QCoreApplication.translate("About", "Inside cryptography and SQLCipher: the encryption "
                                                              "algorithms."))


def components() -> list[Component]:
    """Every component of this installation with its licence, the ones without Python metadata first."""
    python_dists = installed_distributions()
    items = [Component("Qt", qVersion(), "LGPL-3.0-only", texts=_lgpl_texts(), source="https://download.qt.io",
                       note=QCoreApplication.translate("About", "The user interface. Used unmodified, as shared "
                                                                "libraries you may replace."))]
    cryptography_texts: tuple[Path, ...] = ()
    rest: list[Component] = []
    for dist in python_dists:
        meta = dist.metadata
        texts = licence_files(dist)
        licence = licence_of(meta) or licence_in_texts(texts)
        if not texts and "LGPL-3" in licence:
            texts = _lgpl_texts()
        if _normal(meta["Name"]) == "cryptography":
            cryptography_texts = texts
        component = Component(meta["Name"], meta["Version"], licence, texts=texts)
        (items if _normal(meta["Name"]).startswith(("pyside6", "shiboken6")) else rest).append(component)
    items.append(Component("Python", platform.python_version(), "PSF-2.0", texts=_python_licence(),
                           source="https://docs.python.org/3/license.html"))
    with suppress(ImportError):  # not installed: the application cannot open a data folder anyway
        items.append(_sqlcipher())
    items.append(_openssl(cryptography_texts))
    items.append(Component("DejaVu Sans", "", "Bitstream Vera / public domain",
                           texts=(resource("fonts", "LICENSE-DejaVu.txt"),),
                           note=QCoreApplication.translate("About", "The font embedded in every PDF letter.")))
    return items + rest


def licence_text(component: Component) -> str:
    parts = []
    if component.note:
        parts.append(component.note)
    for path in component.texts:
        try:
            body = path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            continue
        parts.append(f"── {path.name} ──\n\n{body}")
    if len(parts) == (1 if component.note else 0):
        parts.append(fill(QCoreApplication.translate("About", "No licence text is shipped with this component; "
                                                              "its publisher gives it at %1."),
                          component.source or "—"))
    return "\n\n".join(parts)


def installation_facts(workbench: Workbench) -> list[tuple[str, str]]:
    """(label, value) pairs describing where this installation runs and keeps its data."""
    from dpo_workbench.ui.settings.unlock import key_store_text

    frozen = getattr(sys, "frozen", False)
    where = Path(sys.executable).parent if frozen else Path(__file__).resolve().parents[1]
    application = (QCoreApplication.translate("About", "self-contained, in %1") if frozen
                   else QCoreApplication.translate("About", "Python package, in %1"))
    return [
        (QCoreApplication.translate("About", "Data folder"), str(workbench.folder.path)),
        (QCoreApplication.translate("About", "Keys"), key_store_text(workbench.folder)),
        (QCoreApplication.translate("About", "Application"), fill(application, str(where))),
        (QCoreApplication.translate("About", "Versions"),
         fill("Python %1, Qt %2, %3", platform.python_version(), qVersion(), platform.platform(terse=True))),
    ]


class AboutDialog(QDialog):
    def __init__(self, workbench: Workbench, parent: QWidget | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.setWindowTitle(self.tr("About DPO Workbench"))
        self.resize(860, 680)

        icon = QLabel()
        icon.setPixmap(application_icon().pixmap(72, 72))
        title = QLabel(self.tr("DPO Workbench"))
        title.setStyleSheet(heading_style(18))
        version_label = QLabel(fill(self.tr("Version %1"), __version__))
        version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QLabel(self.tr("Case management for the Data Protection Officer: data-subject requests and "
                                 "their deadlines, letters, the breach register and the audit journal."))
        summary.setWordWrap(True)
        rights = QLabel(self.tr("© the DPO Workbench authors. Proprietary software, licensed to your "
                                "organisation for its own use."))
        rights.setStyleSheet(HINT_STYLE)
        rights.setWordWrap(True)
        heading = QVBoxLayout()
        for label in (title, version_label, summary, rights):
            heading.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        installation = QGroupBox(self.tr("This installation"))
        form = QFormLayout(installation)
        self.facts = installation_facts(workbench)
        for caption, value in self.facts:
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, shown)
        self.open_folder = QPushButton(self.tr("Open the data folder"))
        self.open_folder.clicked.connect(self._open_data_folder)
        button_row = QHBoxLayout()
        button_row.addWidget(self.open_folder)
        button_row.addStretch(1)
        form.addRow("", button_row)

        self.components = components()
        licences = QGroupBox(self.tr("Components and their licences"))
        explanation = QLabel(self.tr(
            "DPO Workbench is built on these components, each under its own licence. Qt and PySide6 are used "
            "unmodified under the GNU LGPL version 3: they are shipped as separate libraries, which you may "
            "replace with your own build. Select a component to read its licence."))
        explanation.setWordWrap(True)
        explanation.setStyleSheet(HINT_STYLE)
        self.table = QTableWidget(len(self.components), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, component in enumerate(self.components):
            for column, text in enumerate((component.name, component.version or "—", component.licence or "—")):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))  # licences are laid out so
        self.table.currentCellChanged.connect(lambda row, *_: self.show_licence(row))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.text)
        split.setSizes([300, 170])
        licences_layout = QVBoxLayout(licences)
        licences_layout.addWidget(explanation)
        licences_layout.addWidget(split, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy the details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(self.tr("For a support request: the versions, this installation and the "
                                            "components (no personal data)."))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(installation)
        layout.addWidget(licences, 1)
        layout.addWidget(buttons)
        self.table.selectRow(0)

    def show_licence(self, row: int) -> None:
        if 0 <= row < len(self.components):
            self.text.setPlainText(licence_text(self.components[row]))

    def details(self) -> str:
        lines = [f"DPO Workbench {__version__}"]
        lines += [f"{label}: {value}" for label, value in self.facts]
        lines += [f"{c.name} {c.version} ({c.licence})".replace("  ", " ") for c in self.components]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())

    def _open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.workbench.folder.path)))
