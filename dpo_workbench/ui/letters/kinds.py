"""The names of the kinds of letters, in the DPO's language.

Apart from the letter dialog so that what only names a letter (the timeline of a request, shown from
the first window) does not load the dialog and its PDF viewer.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from dpo_workbench.letters.model import FREE_ANSWER, LetterKind


def letter_kind_labels() -> dict[LetterKind, str]:
    return {
        LetterKind.ACKNOWLEDGEMENT: QCoreApplication.translate("Letters", "Acknowledgement of receipt"),
        LetterKind.IDENTITY_REQUEST: QCoreApplication.translate("Letters", "Request for identity information"),
        LetterKind.EXTENSION: QCoreApplication.translate("Letters", "Extension notice"),
        LetterKind.ACCESS_REPLY: QCoreApplication.translate("Letters", "Access reply (Art. 15)"),
        LetterKind.RECTIFICATION_DONE: QCoreApplication.translate("Letters", "Rectification done"),
        LetterKind.ERASURE_DONE: QCoreApplication.translate("Letters", "Erasure done"),
        LetterKind.ERASURE_REFUSED: QCoreApplication.translate("Letters", "Erasure refused (Art. 17(3))"),
        LetterKind.RESTRICTION_ANSWER: QCoreApplication.translate("Letters", "Answer to a restriction request"),
        LetterKind.OBJECTION_ANSWER: QCoreApplication.translate("Letters", "Answer to an objection"),
        LetterKind.POST_MORTEM_REGISTERED: QCoreApplication.translate("Letters", "Post-mortem directives registered"),
        LetterKind.PORTABILITY_REPLY: QCoreApplication.translate("Letters", "Portability reply (JSON and CSV files)"),
        LetterKind.REFUSAL: QCoreApplication.translate("Letters", "Refusal or partial refusal (Art. 12(4))"),
        LetterKind.NO_DATA: QCoreApplication.translate("Letters", "We hold no data about you"),
        LetterKind.COMBINED_ANSWER: QCoreApplication.translate("Letters", "Answer to each right (one section per "
                                                                          "right)"),
    }


def section_labels() -> dict[str, str]:
    """The sections that can decide a right in an answer to several rights (by their letter's name)."""
    labels = {kind.value: text for kind, text in letter_kind_labels().items()}
    labels[FREE_ANSWER] = QCoreApplication.translate("Letters", "Answer written in full")
    return labels
