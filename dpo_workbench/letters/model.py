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
    COMBINED_ANSWER = "combined-answer"

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
    LetterKind.COMBINED_ANSWER: "answer to a request invoking several rights: one section deciding each right",
}

# The letters that decide one right only: for a request invoking several rights they would leave the others
# unanswered, so such a request is answered by COMBINED_ANSWER (one letter, a section per right) instead.
SINGLE_RIGHT_ANSWERS = frozenset({
    LetterKind.ACCESS_REPLY, LetterKind.RECTIFICATION_DONE, LetterKind.ERASURE_DONE, LetterKind.ERASURE_REFUSED,
    LetterKind.RESTRICTION_ANSWER, LetterKind.OBJECTION_ANSWER, LetterKind.POST_MORTEM_REGISTERED,
    LetterKind.PORTABILITY_REPLY,
})
# The letters that answer a request (decide it): written after the due date, they are late.
ANSWER_KINDS = SINGLE_RIGHT_ANSWERS | {LetterKind.REFUSAL, LetterKind.NO_DATA, LetterKind.COMBINED_ANSWER}

FREE_ANSWER = "free-answer"  # a section the DPO writes in full (a right no model letter covers)

# The sections that can decide each right in a combined answer (codes of `_section-<code>.<lang>.txt`),
# the usual one first. A refusal (Art. 12(4)) can answer any right.
ANSWER_SECTIONS: dict[str, tuple[str, ...]] = {
    "access": ("access-reply", "no-data", FREE_ANSWER, "refusal"),
    "rectification": ("rectification-done", FREE_ANSWER, "refusal"),
    "erasure": ("erasure-done", "erasure-refused", FREE_ANSWER, "refusal"),
    "restriction": ("restriction-answer", FREE_ANSWER, "refusal"),
    "portability": ("portability-reply", FREE_ANSWER, "refusal"),
    "objection": ("objection-answer", FREE_ANSWER, "refusal"),
    "automated-decision": ("objection-answer", FREE_ANSWER, "refusal"),
    "post-mortem": ("post-mortem-registered", FREE_ANSWER, "refusal"),
    "consent-withdrawal": ("objection-answer", "erasure-done", FREE_ANSWER, "refusal"),
    "other": (FREE_ANSWER, "refusal"),
}


def default_section(right: str, outcome: str | None) -> str:
    """The section that answers a right by default, from the outcome recorded for the request."""
    options = ANSWER_SECTIONS.get(right, (FREE_ANSWER, "refusal"))
    if outcome == "refused":
        return "erasure-refused" if "erasure-refused" in options else "refusal"
    if outcome == "no-data" and "no-data" in options:
        return "no-data"
    return options[0]


@dataclass(frozen=True)
class LetterField:
    """A free part the DPO may adjust before saving."""

    name: str  # template variable, e.g. "reasons"
    labels: Mapping[str, str]  # {"fr": ..., "en": ...}: in the UI's language
    value: str  # prefilled ("" when the app cannot know it)
    multiline: bool = False
    required: bool = True  # an empty required field renders as the visible placeholder
    choices: tuple[str, ...] = ()  # suggestions, in the letter's language
    options: tuple[str, ...] = ()  # a choice among codes (the section answering a right), not free text

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
