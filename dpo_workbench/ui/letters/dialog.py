"""Write a letter for a request: pick the kind, adjust the free parts, see the PDF, save it.

The preview is rendered by the workbench in memory and shown with QtPdf from a
QBuffer: no file is written until the letter is saved, and then it goes
encrypted into the case file. An e-mail request gets a ready-to-send .eml
draft; a letter to post can be exported as a PDF to print. A letter that still
holds a placeholder ("[à compléter : motif]") cannot be saved: the dialog says
which parts to complete.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, QTimer, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from dpo_workbench.core.rights import Channel, Language
from dpo_workbench.errors import InputError, LetterIncomplete
from dpo_workbench.exports import write_export
from dpo_workbench.letters.model import LetterField, LetterKind, RenderedLetter
from dpo_workbench.ui.letters.kinds import letter_kind_labels, section_labels
from dpo_workbench.ui.letters.send import LetterSender
from dpo_workbench.ui.widgets import labels, messages
from dpo_workbench.ui.widgets.i18n import current_language
from dpo_workbench.ui.widgets.palette import ERROR_STYLE, TITLE_STYLE, WARNING_STYLE, Tone, text_style
from dpo_workbench.workbench import Workbench

PREVIEW_DELAY_MS = 350  # typing pauses this long before the preview is rebuilt


class PdfPreview(QWidget):
    """A PDF held in memory, page by page; replacing it keeps the page the DPO was reading."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.SinglePage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.pageNavigator().currentPageChanged.connect(self._update)
        self.previous_button = QPushButton(self.tr("◀ Previous page"))
        self.next_button = QPushButton(self.tr("Next page ▶"))
        self.fit_width_button = QPushButton(self.tr("Page width"))
        self.fit_page_button = QPushButton(self.tr("Whole page"))
        for button in (self.previous_button, self.next_button, self.fit_width_button, self.fit_page_button):
            button.setAutoDefault(False)
        self.previous_button.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page + 1))
        self.fit_width_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(90)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tools = QHBoxLayout()
        tools.addWidget(self.previous_button)
        tools.addWidget(self.page_label)
        tools.addWidget(self.next_button)
        tools.addStretch(1)
        tools.addWidget(self.fit_width_button)
        tools.addWidget(self.fit_page_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        self._update()

    @property
    def page(self) -> int:
        return self.view.pageNavigator().currentPage()

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def set_pdf(self, pdf: bytes) -> bool:
        keep = self.page
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._buffer = buffer
        if old is not None:
            old.close()
            old.setData(QByteArray())
            old.deleteLater()
        ok = self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0
        if ok:
            self.show_page(min(keep, self.document.pageCount() - 1))
        self._update()
        return ok

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
        self._update()

    def show_page(self, index: int) -> None:
        if self.page_count:
            index = max(0, min(index, self.page_count - 1))
            self.view.pageNavigator().jump(index, QPointF(), self.view.zoomFactor())
        self._update()

    def _update(self, *_args) -> None:
        count = self.page_count
        self.page_label.setText(f"{self.page + 1} / {count}" if count else "")
        self.previous_button.setEnabled(count > 0 and self.page > 0)
        self.next_button.setEnabled(count > 0 and self.page < count - 1)


class LetterDialog(QDialog):
    """The letters of one request. `saved(document_id)` is emitted each time a letter goes into the case file."""

    saved = Signal(int)

    def __init__(self, workbench: Workbench, request_id: int, parent: QWidget | None = None,
                 kind: LetterKind | None = None):
        super().__init__(parent)
        self.workbench = workbench
        self.request_id = request_id
        self.detail = workbench.requests.detail(request_id)
        self.rendered: RenderedLetter | None = None
        self.saved_document: int | None = None
        self.editors: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        self.fields: list[LetterField] = []
        self.setWindowTitle(self.tr("Letter for %1").replace("%1", self.detail.reference))
        self.resize(1280, 880)

        self.kind = QComboBox()
        suggested = workbench.letters.kinds(request_id)
        names = letter_kind_labels()
        for k in suggested:
            self.kind.addItem(names[k], k)
        others = workbench.letters.other_kinds(request_id)  # never one deciding one right of several
        if suggested and others:
            self.kind.insertSeparator(self.kind.count())
        for k in others:
            self.kind.addItem(names[k], k)
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.language = QComboBox()
        for lang, label in labels.language_labels().items():
            self.language.addItem(label, lang)
        self.language.setCurrentIndex(self.language.findData(self.detail.language))

        self.fields_form = QFormLayout()
        self.fields_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # the label above: wide editors
        fields_box = QWidget()
        fields_layout = QVBoxLayout(fields_box)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(self.fields_form)
        fields_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # fields fit the width
        scroll.setWidget(fields_box)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.hide()
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(ERROR_STYLE)
        self.missing.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet(text_style(Tone.SUCCESS))
        self.status.hide()

        self.save_button = QPushButton(self.tr("Save to the case file"))
        self.save_button.setToolTip(self.tr("Encrypts the PDF into the request's documents and records it in "
                                            "the timeline"))
        self.save_button.clicked.connect(self.save)
        self.eml_button = QPushButton(self.tr("E-mail draft (.eml)…"))
        self.eml_button.setToolTip(self.tr("A message ready to send, with the letter attached: the answer goes "
                                           "back by e-mail, the channel the request came by"))
        self.eml_button.clicked.connect(self.export_eml)
        self.send_button = QPushButton(self.tr("Send…"))  # by SMTP, with a mail account (ui/letters/send.py)
        self.send_button.setToolTip(self.tr("Send the saved letter to the requester now, by e-mail"))
        self.send_button.clicked.connect(self.send_letter)
        self.mail_sender = LetterSender(self, workbench, self._letter_sent, self._letter_not_sent)
        self.pdf_button = QPushButton(self.tr("Export the PDF…"))  # "…and its files" for a portability reply
        self.pdf_button.setToolTip(self.tr("A copy of the saved letter, to print or send; the export is recorded "
                                           "in the journal"))
        self.pdf_button.clicked.connect(self.export_pdf)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        for button in (self.eml_button, self.pdf_button, self.send_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.eml_button if self.detail.channel is Channel.EMAIL else self.pdf_button)
        buttons.addWidget(self.send_button)
        self.send_button.setVisible(self.detail.channel is Channel.EMAIL)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.eml_button.setVisible(self.detail.channel is Channel.EMAIL)
        self.pdf_button.setVisible(self.detail.channel is not Channel.EMAIL)

        top = QFormLayout()
        top.addRow(self.tr("Letter"), self.kind)
        top.addRow(self.tr("Language"), self.language)
        who = QLabel(f"<b>{self.detail.reference}</b> — {labels.rights_text(self.detail.rights)} — "
                     f"{labels.channel_labels()[self.detail.channel]}")
        who.setTextFormat(Qt.TextFormat.RichText)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(who)
        left_layout.addLayout(top)
        parts = QLabel(self.tr("Free parts of the letter"))
        parts.setStyleSheet(TITLE_STYLE + " margin-top: 8px;")
        left_layout.addWidget(parts)
        left_layout.addWidget(scroll, 1)
        left_layout.addWidget(self.warnings)
        left_layout.addWidget(self.missing)
        left_layout.addWidget(self.status)
        left_layout.addLayout(buttons)

        self.preview = PdfPreview()
        self.preview_error = QLabel()
        self.preview_error.setWordWrap(True)
        self.preview_error.setStyleSheet(ERROR_STYLE)
        self.preview_error.hide()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_error)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.kind.currentIndexChanged.connect(self.load_fields)
        self.language.currentIndexChanged.connect(self.load_fields)
        self.load_fields()

    # -- the free parts -------------------------------------------------------------------

    @property
    def current_kind(self) -> LetterKind:
        return LetterKind(self.kind.currentData())

    @property
    def current_language(self) -> str:
        return Language(self.language.currentData()).value

    def load_fields(self) -> None:
        """Rebuild the form for the chosen kind and language, prefilled by the workbench."""
        typed = self.values()
        while self.fields_form.rowCount():
            self.fields_form.removeRow(0)
        self.editors.clear()
        self.fields = self.workbench.letters.fields(self.request_id, self.current_kind, self.current_language,
                                                    values=typed)
        ui = current_language()
        for f in self.fields:
            value = typed.get(f.name) or f.value
            editor: QWidget
            if f.options:  # which section decides a right: the form below it follows the choice
                chooser = editor = QComboBox()
                names = section_labels()
                for code in f.options:
                    chooser.addItem(names.get(code, code), code)
                chooser.setCurrentIndex(max(0, chooser.findData(value)))
                chooser.currentIndexChanged.connect(lambda _index: QTimer.singleShot(0, self.load_fields))
            elif f.choices and not f.multiline:
                combo = editor = QComboBox()
                combo.setEditable(True)
                # the suggestions are long sentences: the box takes the form's width, the list shows them whole
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(20)
                combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
                combo.addItems(list(f.choices))
                for i, choice in enumerate(f.choices):
                    combo.setItemData(i, choice, Qt.ItemDataRole.ToolTipRole)
                combo.setCurrentText(value)
                entry = combo.lineEdit()
                assert entry is not None  # an editable combo box has its line edit
                entry.setPlaceholderText(self.tr("Choose a suggestion or type your own"))
                combo.currentTextChanged.connect(self._changed)
            elif f.multiline:
                text = editor = QPlainTextEdit(value)
                text.setTabChangesFocus(True)
                text.setMinimumHeight(90)
                text.textChanged.connect(self._changed)
            else:
                line = editor = QLineEdit(value)
                line.textEdited.connect(self._changed)
            label = f.label(ui)
            if f.choices and f.multiline:
                picker = QComboBox()
                picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                picker.setMinimumContentsLength(20)
                picker.addItem(self.tr("Insert a suggestion…"), None)
                for choice in f.choices:
                    picker.addItem(choice[:90] + ("…" if len(choice) > 90 else ""), choice)
                picker.activated.connect(lambda index, p=picker, e=editor: self._insert(p, e))
                box = QWidget()
                box_layout = QVBoxLayout(box)
                box_layout.setContentsMargins(0, 0, 0, 0)
                box_layout.addWidget(picker)
                box_layout.addWidget(editor)
                self.fields_form.addRow(label, box)
            else:
                self.fields_form.addRow(label, editor)
            self.editors[f.name] = editor
        if not self.fields:
            self.fields_form.addRow(QLabel(self.tr("This letter has no free part: it is written from the request "
                                                   "and the organisation profile.")))
        self.saved_document = None
        self.status.hide()
        self.refresh_preview()

    def _insert(self, picker: QComboBox, editor: QPlainTextEdit) -> None:
        choice = picker.currentData()
        picker.setCurrentIndex(0)
        if choice:
            text = editor.toPlainText().rstrip()
            editor.setPlainText(f"{text}\n{choice}" if text else choice)

    def values(self) -> dict[str, str]:
        out = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QComboBox) and not editor.isEditable():
                out[name] = editor.currentData() or ""
            elif isinstance(editor, QComboBox):
                out[name] = editor.currentText()
            elif isinstance(editor, QPlainTextEdit):
                out[name] = editor.toPlainText()
            else:
                out[name] = editor.text()
        return out

    def _changed(self, *_args) -> None:
        self.saved_document = None
        self.status.hide()
        self.timer.start()

    # -- preview --------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        self.timer.stop()
        try:
            self.rendered = self.workbench.letters.preview(self.request_id, self.current_kind,
                                                          lang=self.current_language, values=self.values())
        except InputError as exc:
            self.rendered = None
            self.preview.clear()
            self.preview_error.setText(messages.text(exc))
            self.preview_error.show()
            self._update_state()
            return
        self.preview_error.hide()
        if not self.preview.set_pdf(self.rendered.pdf):
            self.preview_error.setText(self.tr("The preview cannot be shown."))
            self.preview_error.show()
        self._update_state()

    def _update_state(self) -> None:
        rendered = self.rendered
        missing = rendered.missing if rendered else ()
        self.missing.setVisible(bool(missing))
        if missing:
            self.missing.setText(self.tr("To complete before saving: %1").replace("%1", ", ".join(missing)))
        warnings = rendered.warnings if rendered else ()
        self.warnings.setVisible(bool(warnings))
        self.warnings.setText("\n".join(messages.text(w) for w in warnings))  # e.g. an extension sent late
        self.save_button.setEnabled(rendered is not None)
        saved = self.saved_document is not None
        self.eml_button.setEnabled(saved)
        self.send_button.setEnabled(saved)
        self.pdf_button.setEnabled(saved)
        with_files = bool(rendered and rendered.attachments)
        self.pdf_button.setText(self.tr("Export the letter and its files…") if with_files
                                else self.tr("Export the PDF…"))
        if not saved:
            tip = self.tr("Save the letter to the case file first")
            self.eml_button.setStatusTip(tip)
            self.pdf_button.setStatusTip(tip)

    # -- saving and exporting -------------------------------------------------------------

    def save(self) -> int | None:
        """Save the letter into the case file; returns the document id, None if refused."""
        self.timer.stop()
        try:
            info = self.workbench.letters.save(self.request_id, self.current_kind, lang=self.current_language,
                                              values=self.values())
        except LetterIncomplete as exc:
            self.missing.setText(self.tr("The letter cannot be saved yet: complete %1.").replace(
                "%1", ", ".join(exc.missing)))
            self.missing.show()
            return None
        except InputError as exc:
            self.missing.setText(messages.text(exc))
            self.missing.show()
            return None
        self.saved_document = info.id
        self.status.setText(self.tr("Saved in the case file (encrypted) and recorded in the timeline."))
        self.status.show()
        self._update_state()
        self.saved.emit(info.id)
        return info.id

    def _default_name(self, suffix: str) -> str:
        # the reference and the kind, never the person's name
        return f"{self.detail.reference}-{self.current_kind.value}.{suffix}"

    def export_eml(self, path: str | None = None) -> Path | None:
        if self.saved_document is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the e-mail draft"),
                                                  self._default_name("eml"), self.tr("E-mail (*.eml)"))
            if not path:
                return None
        try:
            data = self.workbench.letters.eml(self.saved_document)
            write_export(path, data, field="eml")
        except InputError as exc:
            QMessageBox.warning(self, self.tr("E-mail draft"), messages.text(exc))
            return None
        self.status.setText(self.tr("E-mail draft saved: open it in your mail program, check it and send it."))
        self.status.show()
        return Path(path)

    def send_letter(self) -> None:
        if self.saved_document is not None:
            self.mail_sender.send(self.saved_document, self.detail.reference, self.detail.requester_email)

    def _letter_sent(self, sent) -> None:
        self.status.setText(self.tr("Sent by e-mail to %1; the message as sent is kept in the case file.")
                            .replace("%1", sent.recipient))
        self.status.setStyleSheet(text_style(Tone.SUCCESS))
        self.status.show()
        self.saved.emit(sent.document_id)  # the request's documents and timeline show it

    def _letter_not_sent(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.show()

    def export_pdf(self, path: str | None = None) -> Path | None:
        """The saved letter as a PDF to print; a letter with files (portability) goes to a folder with them."""
        if self.saved_document is None:
            return None
        if self.rendered is not None and self.rendered.attachments:
            return self.export_files(path)
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the letter"), self._default_name("pdf"),
                                                  self.tr("PDF (*.pdf)"))
            if not path:
                return None
        try:
            [(_name, _mime, pdf)] = self.workbench.letters.files(self.saved_document)  # journaled as an export
            write_export(path, pdf)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Export the letter"), messages.text(exc))
            return None
        self.status.setText(self.tr("PDF exported; the export is recorded in the journal."))
        self.status.show()
        return Path(path)

    def export_files(self, folder: str | None = None) -> Path | None:
        """The letter and its data files (JSON, CSV) into a folder, e.g. for a USB key sent by post."""
        if self.saved_document is None:
            return None
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Export the letter and its files to"))
            if not folder:
                return None
        target = Path(folder)
        try:
            files = self.workbench.letters.files(self.saved_document)  # journaled as an export
            for name, _mime, data in files:
                write_export(target / Path(name).name, data)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Export the letter"), messages.text(exc))
            return None
        self.status.setText(self.tr("%n file(s) exported; the export is recorded in the journal.", "", len(files)))
        self.status.show()
        return target

    def closeEvent(self, event) -> None:  # noqa: N802  (Qt API)
        self.preview.clear()  # drop the letter's bytes from memory
        super().closeEvent(event)

    def reject(self) -> None:
        self.preview.clear()
        super().reject()
