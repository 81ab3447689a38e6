"""The audit journal: append-only, each entry chained to the previous by SHA-256.

An entry says who did what to which object, never the personal data itself
(a reference, a count, a field name; not a name or an address). `append`
runs inside the caller's transaction, so the act and its journal entry
commit together. The single `audit_head` row names the last entry: it makes
writers take turns (one row to update) and reveals a deletion at the end of
the chain.

Writers at once: on SQLite a write transaction holds the database's write lock
from its start (`store.db`), so appends follow each other; on PostgreSQL the
first append of a transaction takes an advisory lock held to its end, then reads
the head as committed by the previous writer (the very first head row included,
which two writers could otherwise both create).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dpo_workbench.store.db import JOURNAL_LOCK
from dpo_workbench.store.models import AuditEntry, AuditHead

GENESIS = "0" * 64


def canonical(details: dict) -> str:
    return json.dumps(details, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def entry_hash(
    entry_id: int, at: str, actor: str, action: str, object_type: str, object_id: str, details: str, prev: str
) -> str:
    payload = "\x1f".join([str(entry_id), at, actor, action, object_type, object_id, details, prev])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    session: Session,
    *,
    at: datetime,
    actor: str,
    action: str,
    object_type: str,
    object_id: str,
    details: dict | None = None,
) -> AuditEntry:
    """Add an entry to the chain inside the caller's transaction."""
    transaction = session.get_transaction()
    cached = session.info.get("audit_head")
    if cached is not None and cached[0] is transaction:
        head = cached[1]  # locked once per transaction; later entries chain in memory
    else:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(select(func.pg_advisory_xact_lock(JOURNAL_LOCK)))
        head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()
                               .execution_options(populate_existing=True)).scalar_one_or_none()
        if head is None:
            head = AuditHead(id=1, last_id=0, last_hash=GENESIS)
            session.add(head)
        session.info["audit_head"] = (transaction, head)
    stamp = at.astimezone(UTC).isoformat(timespec="microseconds")
    text = canonical(details or {})
    entry_id = head.last_id + 1
    digest = entry_hash(entry_id, stamp, actor, action, object_type, object_id, text, head.last_hash)
    entry = AuditEntry(
        id=entry_id,
        at=stamp,
        actor=actor,
        action=action,
        object_type=object_type,
        object_id=object_id,
        details=text,
        prev_hash=head.last_hash,
        hash=digest,
    )
    session.add(entry)
    head.last_id = entry_id
    head.last_hash = digest
    return entry


@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    broken_id: int | None = None
    reason: str = ""

    def message(self) -> str:
        if self.ok:
            return f"Journal intact: {self.entries} entries, hash chain verified."
        return f"Journal broken at entry {self.broken_id}: {self.reason}"


def verify(session: Session, batch: int = 5000) -> Verification:
    """Walk the chain from the first entry; report the first entry that does not fit."""
    expected_id, prev, count = 1, GENESIS, 0
    last_seen = 0
    while True:
        rows = session.execute(
            select(AuditEntry).where(AuditEntry.id > last_seen).order_by(AuditEntry.id).limit(batch)
        ).scalars().all()
        if not rows:
            break
        for e in rows:
            if e.id != expected_id:
                return Verification(False, count, expected_id, f"entry {expected_id} is missing (deleted)")
            if e.prev_hash != prev:
                return Verification(False, count, e.id,
                                    "it does not follow the previous entry (an entry before it was changed or removed)")
            digest = entry_hash(e.id, e.at, e.actor, e.action, e.object_type, e.object_id, e.details, e.prev_hash)
            if digest != e.hash:
                return Verification(False, count, e.id, "its content was changed after it was written")
            prev, expected_id, count = e.hash, e.id + 1, count + 1
            last_seen = e.id
        session.expunge_all()
    head = session.get(AuditHead, 1)
    head_id, head_hash = (head.last_id, head.last_hash) if head else (0, GENESIS)
    if head_id != count or head_hash != prev:
        return Verification(False, count, count + 1 if head_id > count else head_id,
                            f"the journal should end at entry {head_id} but ends at entry {count} "
                            "(entries were deleted)")
    return Verification(True, count)
