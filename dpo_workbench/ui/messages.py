"""The rules' messages (`core.messages.Message`) in the DPO's language.

Each template is written out literally so pyside6-lupdate extracts it; a
test checks that every code of `core.messages.TEMPLATES` has its entry here
with the same placeholders.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from dpo_workbench.core.lifecycle import State
from dpo_workbench.core.messages import Message
from dpo_workbench.ui import labels
from dpo_workbench.vault.filetypes import UnsupportedFile
from dpo_workbench.workbench import DocumentDamaged


def templates() -> dict[str, str]:
    return {
        "date-before-receipt": QCoreApplication.translate(
            "Core", "The date of {what} ({on}) is before the request was received ({received})."),
        "date-before-previous-step": QCoreApplication.translate(
            "Core", "The date of {what} ({on}) is before the previous step of the request ({previous}): "
                    "steps are recorded in the order they happened."),
        "date-in-future": QCoreApplication.translate("Core", "The date of {what} ({on}) is in the future."),
        "already-state": QCoreApplication.translate("Core", "Cannot {action}: the request is already {state}."),
        "identity-already-asked": QCoreApplication.translate(
            "Core", "Identity information was already asked for on {since}; record its receipt first."),
        "identity-not-asked": QCoreApplication.translate(
            "Core", "Cannot record identity information received: none was asked for."),
        "identity-before-asked": QCoreApplication.translate(
            "Core", "The information cannot arrive ({on}) before it was asked for ({since})."),
        "already-extended": QCoreApplication.translate(
            "Core", "The deadline was already extended once; the law allows only one extension."),
        "extension-needs-reason": QCoreApplication.translate(
            "Core", "An extension needs a reason: the person must be told why (Art. 12(3))."),
        "identity-still-awaited": QCoreApplication.translate(
            "Core", "Identity information is still awaited: record its receipt first, "
                    "or refuse the request giving the reason."),
        "refusal-needs-reason": QCoreApplication.translate(
            "Core", "A refusal, even partial, must give its reasons, the right to complain to the CNIL "
                    "and to a judicial remedy (Art. 12(4)): enter the reason."),
        "close-needs-answer": QCoreApplication.translate("Core", "Cannot close the request: record the answer first."),
        "extension-late": QCoreApplication.translate(
            "Core", "The extension is decided on {on}, after the one-month deadline ({due}): "
                    "the person had to be told within the first month."),
        "answer-late": QCoreApplication.translate("Core", "The answer is late: the deadline was {due}."),
        "id-copy-request-not-open": QCoreApplication.translate(
            "Core", "The request is {state}: an ID copy is only kept while the request is open."),
        "document-destroyed": QCoreApplication.translate("Core", "This document was destroyed."),
    }


def words() -> dict[str, str]:
    return {
        "identity-request": QCoreApplication.translate("Core", "the identity request"),
        "identity-receipt": QCoreApplication.translate("Core", "receipt of the identity information"),
        "extension": QCoreApplication.translate("Core", "the extension"),
        "answer": QCoreApplication.translate("Core", "the answer"),
        "closing": QCoreApplication.translate("Core", "closing"),
        "withdrawal": QCoreApplication.translate("Core", "the withdrawal"),
        "ask-identity": QCoreApplication.translate("Core", "ask for identity information"),
        "extend": QCoreApplication.translate("Core", "extend the deadline"),
        "answer-request": QCoreApplication.translate("Core", "answer the request"),
        "close": QCoreApplication.translate("Core", "close the request"),
        "withdraw": QCoreApplication.translate("Core", "withdraw the request"),
        "record-identity-check": QCoreApplication.translate("Core", "record an identity check"),
    }


def _value(name: str, value: object, vocabulary: dict[str, str]) -> str:
    if isinstance(value, date):
        return labels.format_date(value).replace(" ", "\u00a0")  # "2 nov. 2026" never split over two lines
    if name == "state":
        try:
            return labels.state_labels()[State(value)].lower()
        except ValueError:
            return str(value)
    return vocabulary.get(str(value), str(value))


def _megabytes(size: int) -> str:
    return QLocale().toString(size / 1_048_576, "f", 1)  # "57,3" in French


def unsupported_file_text(exc: UnsupportedFile) -> str:
    """Why a file was refused, in the DPO's language (the file's own name, never logged)."""
    name = f"«\u00a0{exc.file_name}\u00a0»" if exc.file_name else QCoreApplication.translate("Core", "This file")
    texts = {
        "empty": QCoreApplication.translate("Core", "{name} is empty (0 bytes). Scan the document again."),
        "too_large": QCoreApplication.translate(
            "Core", "{name} is {size} MB; the limit is 50 MB. Scan it again at a lower resolution "
                    "(300 dpi is enough) or as JPEG."),
        "unknown_type": QCoreApplication.translate(
            "Core", "{name} is not a JPEG, PNG, TIFF or PDF file (its content was checked, not its name). "
                    "Save or export the scan in one of these formats."),
        "corrupt_image": QCoreApplication.translate(
            "Core", "{name} looks like an image but cannot be read completely: it is damaged or truncated. "
                    "Scan the document again."),
        "too_many_pixels": QCoreApplication.translate(
            "Core", "{name} has too many pixels to be a document scan. Scan it again at a lower "
                    "resolution (300 dpi is enough)."),
        "corrupt_pdf": QCoreApplication.translate(
            "Core", "{name} looks like a PDF but cannot be read: it is damaged, truncated or has no page. "
                    "Export or scan the document again."),
        "encrypted_pdf": QCoreApplication.translate(
            "Core", "{name} is protected by a password. Save a copy without a password (print it to PDF) "
                    "and attach that copy."),
    }
    template = texts.get(exc.reason)
    return template.format(name=name, size=_megabytes(exc.size)) if template else str(exc)


def damaged_text(exc: DocumentDamaged) -> str:
    if exc.problem == "missing":
        return QCoreApplication.translate("Core", "The file of this document is missing from the vault.")
    return QCoreApplication.translate(
        "Core", "This file is damaged or was altered; it cannot be shown. "
                "Ask the person for a new copy if it is still needed.")


def text(message: object) -> str:
    """A Message, a TransitionError, a refused file or any text, in the current language."""
    if isinstance(message, UnsupportedFile):
        return unsupported_file_text(message)
    if isinstance(message, DocumentDamaged):
        return damaged_text(message)
    message = getattr(message, "message", message)
    if not isinstance(message, Message):
        return str(message)
    template = templates().get(message.code)
    if template is None:
        return str(message)
    vocabulary = words()
    return template.format(**{k: _value(k, v, vocabulary) for k, v in message.params.items()})
