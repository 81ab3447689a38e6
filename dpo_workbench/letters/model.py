"""The vocabulary of letters, shared by the engine, the workbench, the GUI and the command line.

Pure: no Qt, no SQLAlchemy. The values of `LetterKind` are the command-line names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class LetterKind(StrEnum):
    ACKNOWLEDGEMENT = "acknowledgement"
    IDENTITY_REQUEST = "identity-request"
    EXTENSION = "extension"
    ACCESS_REPLY = "access-reply"
    RECTIFICATION_DONE = "rectification-done"
    ERASURE_DONE = "erasure-done"
    ERASURE_REFUSED = "erasure-refused"
    RESTRICTION_ANSWER = "restriction-answer"
    OBJECTION_ANSWER = "objection-answer"
    POST_MORTEM_REGISTERED = "post-mortem-registered"
    PORTABILITY_REPLY = "portability-reply"
    REFUSAL = "refusal"
    NO_DATA = "no-data"

    @property
    def description(self) -> str:
        """One line for `letter --list` (the GUI translates its own labels)."""
        return DESCRIPTIONS[self]


DESCRIPTIONS = {
    LetterKind.ACKNOWLEDGEMENT: "acknowledgement of receipt, with the due date",
    LetterKind.IDENTITY_REQUEST: "request for identity information (the deadline is suspended until it arrives)",
    LetterKind.EXTENSION: "extension by two months, with the reasons and the new due date (Art. 12(3))",
    LetterKind.ACCESS_REPLY: "access reply: confirmation, Art. 15(1)(a)-(h) and 15(2) items, annex of the data",
    LetterKind.RECTIFICATION_DONE: "rectification carried out (Art. 16, 19)",
    LetterKind.ERASURE_DONE: "erasure carried out (Art. 17, 19)",
    LetterKind.ERASURE_REFUSED: "erasure refused, with the Art. 17(3) ground and the remedies",
    LetterKind.RESTRICTION_ANSWER: "answer to a restriction request, examined on its merits (Art. 18)",
    LetterKind.OBJECTION_ANSWER: "answer to an objection (Art. 21)",
    LetterKind.POST_MORTEM_REGISTERED: "post-mortem directives registered (art. 85 loi Informatique et Libertés)",
    LetterKind.PORTABILITY_REPLY: "portability reply with the data as JSON and CSV files (Art. 20)",
    LetterKind.REFUSAL: "refusal or partial refusal, with reasons, CNIL complaint and judicial remedy (Art. 12(4))",
    LetterKind.NO_DATA: "we hold no data about you",
}


@dataclass(frozen=True)
class LetterField:
    """A free part the DPO may adjust before saving."""

    name: str  # template variable, e.g. "reasons"
    labels: Mapping[str, str]  # {"fr": ..., "en": ...}: in the UI's language
    value: str  # prefilled ("" when the app cannot know it)
    multiline: bool = False
    required: bool = True  # an empty required field renders as the visible placeholder
    choices: tuple[str, ...] = ()  # suggestions, in the letter's language

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.name


@dataclass(frozen=True)
class RenderedLetter:
    kind: LetterKind
    lang: str
    pdf: bytes
    pages: int
    missing: tuple[str, ...]  # labels (in the letter's language) of the placeholders left in the letter
    attachments: tuple[tuple[str, str, bytes], ...] = ()  # (file name, MIME type, bytes): portability
    warnings: tuple[str, ...] = ()  # e.g. an extension sent after the one-month date (English)

    @property
    def complete(self) -> bool:
        return not self.missing
