"""Small lookups several services share: a request by id or reference, its case, its rights, an e-mail check."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.lifecycle import Case, State
from dpo_workbench.core.rights import Outcome, Right
from dpo_workbench.errors import InputError, NotFound, TransitionError
from dpo_workbench.store.casework_models import RetentionPurge
from dpo_workbench.store.models import Request


def load_request(s: Session, key: int | str) -> Request:
    """A request by id, or by reference (any case, spaces around ignored); NotFound otherwise."""
    if isinstance(key, str):
        req = s.execute(select(Request).where(Request.reference == key.strip().upper())).scalar_one_or_none()
    else:
        req = s.get(Request, key)
    if req is None:
        raise NotFound("request.not-found", key=repr(key))
    return req


def anonymised_on(s: Session, request_id: int) -> date | None:
    """The day a request's personal data were removed at the end of its retention period, or None."""
    at = s.execute(select(RetentionPurge.purged_at).where(RetentionPurge.record == "request",
                                                          RetentionPurge.record_id == request_id)).scalar()
    return at.astimezone(PARIS).date() if at else None


def refuse_if_anonymised(s: Session, req: Request) -> None:
    """A request whose personal data were removed is no longer corrected, nor written to (TransitionError)."""
    on = anonymised_on(s, req.id)
    if on is not None:
        raise TransitionError("request.anonymised", reference=req.reference, on=on)


def rights_of(text: str) -> tuple[Right, ...]:
    """The rights of a request from its comma-separated codes."""
    return tuple(Right(code) for code in text.split(",") if code)


def case_of(req: Request) -> Case:
    """The part of a stored request the life-cycle rules need."""
    return Case(received=req.received_on, region=req.region, state=State(req.state),
                suspended_days=req.suspended_days, suspended_since=req.suspended_since,
                extended=req.extended, outcome=Outcome(req.outcome) if req.outcome else None,
                last_step_on=req.last_step_on)


def checked_email(address: str, field: str = "email") -> str:
    """The address normalised, or InputError naming `field`."""
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        raise InputError(field, "email.invalid", address=repr(address)) from None


def like_terms(text: str) -> list[str]:
    """The LIKE patterns of a search box's words (folded, wildcards escaped)."""
    from dpo_workbench.core.text import fold

    patterns = []
    for term in fold(text).split():
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        patterns.append(f"%{escaped}%")
    return patterns
