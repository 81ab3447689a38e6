"""Enforcing the roles' policy (`core.roles.POLICY`) in the services: `@requires(action, target)`.

Each public method of a service that reads or changes the register is marked with the action it is
(`tests/services/test_policy_coverage.py` fails on a public method that is neither marked nor listed as
open to everyone). On a one-person data folder nothing is checked: its user is the dpo. In a team database
the signed-in user's role is read again at each checked call (a role changed or a user removed by a dpo takes
effect at once, without the user signing in again): one indexed query, and a second one for the assignee of
the request or breach when the role may act only on what is assigned to it (a contributor).

A refusal raises `PermissionDenied` (code `team.not-allowed` or `team.not-assigned`, naming the action, the
user's role and the roles it needs) and is journaled as `access.refused` in a transaction of its own: the
refused act itself wrote nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from dpo_workbench.core import roles
from dpo_workbench.errors import NotFound, PermissionDenied, TeamError
from dpo_workbench.services.context import Context
from dpo_workbench.store.models import AppUser, Breach, Document, Request

F = TypeVar("F", bound=Callable[..., Any])
TARGETS = ("request", "breach", "document")


def requires(action: str, target: str | None = None) -> Callable[[F], F]:
    """Mark a service method with its action; `target` ("request", "breach", "document"): its first argument
    (or `key` / `document_id`) names the object whose assignee counts for a contributor."""
    roles.rule(action)  # an unknown action fails at import, not at the first call
    if target is not None and target not in TARGETS:
        raise ValueError(f"unknown target {target!r}")

    def decorate(method: F) -> F:
        @functools.wraps(method)
        def checked(self: Any, *args: Any, **kwargs: Any) -> Any:
            ctx: Context = self.ctx
            if ctx.team_login is not None:
                key = None
                if target is not None:
                    key = args[0] if args else kwargs.get("key", kwargs.get("document_id"))
                permit(ctx, action, target, key)
            return method(self, *args, **kwargs)

        checked.policy_action = action  # type: ignore[attr-defined]
        return checked  # type: ignore[return-value]

    return decorate


def permit(ctx: Context, action: str, target: str | None = None, key: Any = None) -> None:
    """Nothing, when the signed-in user may do `action` (on the object `key` of kind `target`); else refuse."""
    login = ctx.team_login
    if login is None:
        return
    rule = roles.rule(action)
    if rule.roles == frozenset(roles.ROLES):
        return  # open to every role: no query
    with ctx.db.reading() as s:
        user = s.execute(select(AppUser.id, AppUser.role, AppUser.disabled_at).where(AppUser.login == login)
                         ).one_or_none()
        if user is None or user.disabled_at is not None:
            raise TeamError("team.user-is-removed", login=login)
        if roles.allowed(user.role, action):
            return
        if target is not None and key is not None and roles.only_on_assigned(user.role, action):
            reference, assignee = assignee_of(s, target, key)
            if assignee == user.id:
                return
            refuse(ctx, "team.not-assigned", action, user.role, target, reference, login=login)
    named = (key.strip().upper() if isinstance(key, str) else str(key)) if key is not None else None
    refuse(ctx, "team.not-allowed", action, user.role, target if named else None, named, login=login)


def assignee_of(s: Session, target: str, key: Any) -> tuple[str, int | None]:
    """The reference of a request or breach (or a document's request) and the id of the user it is assigned to."""
    if target == "document":
        row = s.execute(select(Request.reference, Request.assigned_to).join(Document, Document.request_id == Request.id)
                        .where(Document.id == key)).one_or_none()
        if row is None:
            raise NotFound("document.not-found", document=key)
        return row.reference, row.assigned_to
    model: Any = Request if target == "request" else Breach
    where = model.reference == key.strip().upper() if isinstance(key, str) else model.id == key
    row = s.execute(select(model.reference, model.assigned_to).where(where)).one_or_none()
    if row is None:
        raise NotFound(f"{target}.not-found", key=repr(key))
    return row.reference, row.assigned_to


def refuse(ctx: Context, code: str, action: str, role: str, target: str | None, reference: str | None,
           **params: Any) -> None:
    """Journal the refusal (`access.refused`: the action, the role, the object), then raise it."""
    with ctx.db.transaction() as s:
        ctx.journal(s, "access.refused", target or "team", reference or "-", refused=action, role=role)
    if code == "team.not-assigned":
        params["reference"] = reference
    raise PermissionDenied(code, action=action, role=role, roles=roles.rule(action).needs(), **params)
