"""The user guide: the README and the docs of the repository, shipped in the package and shown as Markdown.

The documents are found through the package's resources (`resources/docs/`, links to the
repository's README.md and docs/ that a wheel turns into copies), so an installed application
shows the same text as the repository. Links between them open in the dialog; web links in the
browser.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QTextBrowser, QVBoxLayout, QWidget


def guide_documents() -> list[tuple[str, str, str]]:
    """(file name, title, path inside the resources) of each document, in the order of the list."""
    return [
        ("README.md", QCoreApplication.translate("Guide", "User guide"), "docs/README.md"),
        ("legal-rules.md", QCoreApplication.translate("Guide", "Legal rules"), "docs/legal-rules.md"),
        ("letters-README.md", QCoreApplication.translate("Guide", "Letter templates"), "letters/README.md"),
        ("design.md", QCoreApplication.translate("Guide", "Design notes"), "docs/design.md"),
    ]


def document_text(resource: str) -> str:
    """A shipped document's Markdown ("" when missing). A link checked out as a plain file (git on Windows
    without symlinks) holds the target's path: it is followed."""
    root = files("dpo_workbench.resources")
    try:
        text = root.joinpath(resource).read_text("utf-8")
    except (FileNotFoundError, OSError):
        return ""
    target = text.strip()
    if "\n" not in target and target.endswith(".md") and target.startswith(".."):
        linked = Path(str(root.joinpath(resource))).parent / target
        return linked.read_text("utf-8") if linked.is_file() else ""
    return text


class GuideDialog(QDialog):
    """The shipped documents, one at a time, rendered from their Markdown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("DPO Workbench — User guide"))
        self.resize(1000, 720)
        self.documents = guide_documents()
        self.list = QListWidget()
        self.list.setMaximumWidth(200)
        for _name, title, _resource in self.documents:
            self.list.addItem(title)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self.follow)
        self.list.currentRowChanged.connect(self.show_document)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        self.list.setCurrentRow(0)

    def show_document(self, row: int) -> None:
        if not 0 <= row < len(self.documents):
            return
        text = document_text(self.documents[row][2])
        if not text:
            text = self.tr("This document is not installed with the application.")
        self.text.setMarkdown(text)

    def follow(self, url: QUrl) -> None:
        """A link to another document opens it here; a web link in the browser; others are ignored."""
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        name = Path(url.path()).name
        if url.path().endswith("letters/README.md"):
            name = "letters-README.md"
        for row, (file_name, _title, _resource) in enumerate(self.documents):
            if file_name == name:
                self.list.setCurrentRow(row)
                return
