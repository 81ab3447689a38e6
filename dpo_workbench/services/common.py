"""Small lookups several services share: a request by id or reference, its case, its rights, an e-mail check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Integer, bindparam, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from dpo_workbench.core.clock import PARIS
from dpo_workbench.core.lifecycle import Case, State
from dpo_workbench.core.rights import Outcome, Right
from dpo_workbench.errors import InputError, NotFound, TeamError, TransitionError
from dpo_workbench.store.casework_models import RetentionPurge
from dpo_workbench.store.db import Database
from dpo_workbench.store.models import Request


def load_request(s: Session, key: int | str, *, lock: bool = False) -> Request:
    """A request by id, or by reference (any case, spaces around ignored); NotFound otherwise.

    `lock`: to change it, the row locked until the end of the transaction (SELECT ... FOR UPDATE on PostgreSQL,
    where writers run side by side; SQLite's writers already take turns): what is read is what the change
    starts from, and the version checked is the one the update will replace."""
    stmt = select(Request).where(Request.reference == key.strip().upper() if isinstance(key, str)
                                 else Request.id == key)
    if lock:
        stmt = stmt.with_for_update(of=Request).execution_options(populate_existing=True)
    req = s.execute(stmt).scalar_one_or_none()
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


@dataclass(frozen=True)
class TextSearch:
    """The SQL conditions of a search box's words, and the words still to check on the opened text.

    On SQLite: LIKE on the folded text, exact. Where values are sealed: the keyed trigram tokens of each
    word must all be in the row's blind index (`store.sealing`). A word of four letters or more can have
    all its trigrams in a row without being in it (the trigrams of "mart" are in "Marc Tartine"): those
    words are checked on the candidates' opened values (`to_check`).
    """

    conditions: list[ColumnElement[bool]]
    to_check: tuple[str, ...] = ()


def text_search(db: Database, column: Any, text: str) -> TextSearch:
    """The search of `text` in a `SearchText` column (`RequestSearch.key`, `Breach.search_key`)."""
    from dpo_workbench.core.text import fold

    if not db.sealed:
        return TextSearch([column.like(pattern, escape="\\") for pattern in like_terms(text)])
    sealer = db.sealer
    if sealer is None:
        raise TeamError("team.locked")
    terms = fold(text).split()
    aad = column.type.aad
    tokens = sorted({t for term in terms for t in sealer.query_tokens(term, aad)})
    if not tokens:
        return TextSearch([])
    return TextSearch([column.op("@>")(bindparam(None, tokens, type_=ARRAY(Integer)))],
                      tuple(term for term in terms if len(term) > 3))


def holds_every(text: str, terms: tuple[str, ...]) -> bool:
    """Whether the folded `text` holds every (folded) term."""
    from dpo_workbench.core.text import fold

    folded = fold(text)
    return all(term in folded for term in terms)
