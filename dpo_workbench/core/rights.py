"""The vocabulary of a data-subject request: rights, channels, relations, outcomes.

Values are stable codes stored in the database and used on the command line;
labels shown to people are translated in the UI layer.
"""

from __future__ import annotations

from enum import StrEnum


class Right(StrEnum):
    """Rights a person may invoke (GDPR Art. 15-22, Loi Informatique et Libertés art. 85)."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"
    AUTOMATED_DECISION = "automated-decision"
    POST_MORTEM = "post-mortem"
    CONSENT_WITHDRAWAL = "consent-withdrawal"
    OTHER = "other"


class Channel(StrEnum):
    POST = "post"
    EMAIL = "email"
    WEB = "web"
    IN_PERSON = "in-person"


class Relation(StrEnum):
    CUSTOMER = "customer"
    PROSPECT = "prospect"
    EMPLOYEE = "employee"
    OTHER = "other"


class Outcome(StrEnum):
    """How a request was answered (Art. 12(4): a refusal, even partial, gives reasons)."""

    GRANTED = "granted"
    PARTLY = "partly"
    REFUSED = "refused"
    NO_DATA = "no-data"

    @property
    def needs_reason(self) -> bool:
        return self in (Outcome.PARTLY, Outcome.REFUSED)


def parse_right(text: str) -> Right:
    """Accept a right code as typed on the command line (case and `_` tolerated)."""
    code = text.strip().lower().replace("_", "-")
    try:
        return Right(code)
    except ValueError:
        valid = ", ".join(r.value for r in Right)
        raise ValueError(f"unknown right {text!r}; valid rights: {valid}") from None


class DocumentKind(StrEnum):
    ID_COPY = "id-copy"
    LETTER = "letter"  # an incoming letter (scan of the letter or its envelope)
    EMAIL = "e-mail"  # an incoming e-mail, as received (.eml)
    REPLY = "reply"  # a letter the DPO sent (PDF written by the workbench)
    ATTACHMENT = "attachment"  # a file that came with the request and is not an ID copy
    OTHER = "other"
    INTERNAL_REQUEST = "internal-request"  # the e-mail asking a department for the data, as sent
    INTERNAL_ANSWER = "internal-answer"  # a file of a department's answer (an extraction, a confirmation)


class Language(StrEnum):
    """The language of a request, and so of the letters that answer it."""

    FR = "fr"
    EN = "en"


class IdentityMethod(StrEnum):
    """How identity was checked (CNIL: 'by any means'; an ID copy only on reasonable doubt)."""

    ID_COPY = "id-copy"
    ACCOUNT = "account"  # e.g. the request came from the customer's authenticated account
    OTHER = "other"


class IdentityOutcome(StrEnum):
    VERIFIED = "verified"
    DOUBT = "doubt"
    REFUSED = "refused"


class RefusalGround(StrEnum):
    """Why a request was refused, in whole or in part: what the annual report counts (Art. 12(4))."""

    UNFOUNDED_EXCESSIVE = "unfounded-excessive"  # Art. 12(5): manifestly unfounded or excessive (repetitive)
    IDENTITY_NOT_PROVEN = "identity-not-proven"  # Art. 11(2), 12(2) and 12(6)
    LEGAL_EXCEPTION = "legal-exception"  # an exception of the right itself: Art. 17(3), 18(2), 21(1), 23...
    THIRD_PARTY_RIGHTS = "third-party-rights"  # Art. 15(4): the rights and freedoms of others
    OTHER = "other"


class ExtensionGround(StrEnum):
    """Why the deadline was extended: the two grounds Art. 12(3) names, or another."""

    COMPLEXITY = "complexity"
    NUMBER_OF_REQUESTS = "number-of-requests"
    OTHER = "other"
