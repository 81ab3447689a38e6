"""Working together on requests and breaches: who they are assigned to, comments, and who changed them last.

What the request and breach services share for team mode's second part:

* an assignee is an active user of the team database (`assignee_id`); a one-person data folder has no one
  to assign to (`assign.team-only`);
* a comment is a short text (at most MAX_COMMENT characters) kept in `comment`, sealed where the database is
  shared; its journal entry says who wrote one on what and how long it is, never what it says;
* optimistic locking: a request or breach carries a `version` that every update moves on (SQLAlchemy's
  `version_id_col`); a save that carries an older version is refused (`changed_meanwhile`) with who saved
  the newer one and when, before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_workbench.errors import ChangedMeanwhile, InputError, TeamError
from dpo_workbench.services.context import Context
from dpo_workbench.store.models import AppUser, Comment

MAX_COMMENT = 4000


@dataclass(frozen=True)
class CommentInfo:
    id: int
    at: datetime
    author: str
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at.isoformat(), "author": self.author, "text": self.text}


def check_comment(text: str) -> str:
    """The comment's text, trimmed; InputError("text") when empty or too long."""
    cleaned = (text or "").strip()
    if not cleaned:
        raise InputError("text", "comment.empty")
    if len(cleaned) > MAX_COMMENT:
        raise InputError("text", "comment.too-long", limit=MAX_COMMENT)
    return cleaned


def write_comment(s: Session, ctx: Context, text: str, *, request_id: int | None = None,
                  breach_id: int | None = None) -> CommentInfo:
    row = Comment(request_id=request_id, breach_id=breach_id, at=ctx.now(), author=ctx.actor, text=text)
    s.add(row)
    s.flush()
    return CommentInfo(row.id, row.at, row.author, row.text)


def read_comments(s: Session, *, request_id: int | None = None, breach_id: int | None = None) -> list[CommentInfo]:
    where = Comment.request_id == request_id if request_id is not None else Comment.breach_id == breach_id
    return [CommentInfo(c.id, c.at, c.author, c.text)
            for c in s.execute(select(Comment).where(where).order_by(Comment.id)).scalars()]


def assignee_id(s: Session, ctx: Context, login: str | None) -> int | None:
    """The id of the active user `login` (None: unassigned); refused on one seat, for an unknown or removed user."""
    if ctx.team_login is None:
        raise TeamError("assign.team-only")
    if login is None:
        return None
    login = login.strip().lower()
    row = s.execute(select(AppUser.id, AppUser.disabled_at).where(AppUser.login == login)).one_or_none()
    if row is None:
        raise InputError("assignee", "assign.no-such-user", login=login)
    if row.disabled_at is not None:
        raise InputError("assignee", "assign.removed-user", login=login)
    return row.id


def login_of(s: Session, user_id: int | None) -> str:
    """The login of a user id ("" for none)."""
    if user_id is None:
        return ""
    return s.execute(select(AppUser.login).where(AppUser.id == user_id)).scalar_one_or_none() or ""


def check_version(row: Any, expected: int | None, code: str, today: date) -> None:
    """Refuse a save made from an older version of `row` (a Request or a Breach, locked for the change)."""
    if expected is not None and row.version != expected:
        raise ChangedMeanwhile(code, reference=row.reference, by=row.updated_by or "", at=row.updated_at,
                               today=today)


def touch(row: Any, ctx: Context) -> None:
    """A request or breach is being changed now by the acting user (its version moves on with the update)."""
    row.updated_at = ctx.now()
    row.updated_by = ctx.actor[:64]
