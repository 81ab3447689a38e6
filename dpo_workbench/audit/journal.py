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
Entries past their retention period leave from the start of the chain only
(`purge_start`): the entries 1 to N go, and a checkpoint entry appended at the
end records N, the hash of entry N and how many went. `verify` then starts the
walk at entry N+1, whose previous hash must be the one the checkpoint recorded:
a chain that starts later than 1 without a checkpoint saying so is broken.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from dpo_workbench.store.db import JOURNAL_LOCK
from dpo_workbench.store.models import AuditEntry, AuditHead

GENESIS = "0" * 64
CHECKPOINT = "journal.checkpoint"  # the action of the entry recording a purge of the start of the chain


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
    starts_at: int = 1  # the first entry kept (after a checkpoint: the entries before it were purged)

    def message(self) -> str:
        if self.ok:
            since = (f" (entries 1 to {self.starts_at - 1} were purged at the end of their retention period; a "
                     "checkpoint entry records the hash the chain continues from)") if self.starts_at > 1 else ""
            return f"Journal intact: {self.entries} entries, hash chain verified{since}."
        return f"Journal broken at entry {self.broken_id}: {self.reason}"


def _checkpoint_hash(session: Session, through: int) -> str | None:
    """The hash a checkpoint recorded for the last purged entry `through` (the latest such checkpoint), or None."""
    for details in session.execute(select(AuditEntry.details).where(AuditEntry.action == CHECKPOINT)
                                   .order_by(AuditEntry.id.desc())).scalars():
        try:
            recorded = json.loads(details)
        except ValueError:
            continue
        if recorded.get("through") == through and isinstance(recorded.get("hash"), str):
            return recorded["hash"]
    return None


def verify(session: Session, batch: int = 5000) -> Verification:
    """Walk the chain from its first entry (1, or the one after a checkpoint); report the first entry that does
    not fit."""
    first = session.execute(select(func.min(AuditEntry.id))).scalar()
    expected_id, prev, count = 1, GENESIS, 0
    if first is not None and first > 1:
        recorded = _checkpoint_hash(session, first - 1)
        if recorded is None:
            return Verification(False, 0, 1, f"entries 1 to {first - 1} are missing (deleted) and no checkpoint "
                                             "records their purge")
        expected_id, prev = first, recorded
    starts_at = expected_id
    last_seen = expected_id - 1
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
                reason = ("it does not follow the previous entry (an entry before it was changed or removed)"
                          if e.id != starts_at else "it does not follow the entry the checkpoint recorded")
                return Verification(False, count, e.id, reason)
            digest = entry_hash(e.id, e.at, e.actor, e.action, e.object_type, e.object_id, e.details, e.prev_hash)
            if digest != e.hash:
                return Verification(False, count, e.id, "its content was changed after it was written")
            prev, expected_id, count = e.hash, e.id + 1, count + 1
            last_seen = e.id
        session.expunge_all()
    head = session.get(AuditHead, 1)
    head_id, head_hash = (head.last_id, head.last_hash) if head else (0, GENESIS)
    last = expected_id - 1
    if head_id != last or head_hash != prev:
        return Verification(False, count, last + 1 if head_id > last else head_id,
                            f"the journal should end at entry {head_id} but ends at entry {last} "
                            "(entries were deleted)")
    return Verification(True, count, starts_at=starts_at)


def purge_start(session: Session, through: int, *, at: datetime, actor: str, **details: object) -> int:
    """Remove the entries from the start of the chain to `through` (included), in the caller's transaction, and
    append the checkpoint that lets the chain be verified from the entry after it; returns how many went."""
    first = session.execute(select(func.min(AuditEntry.id))).scalar()
    last = session.get(AuditEntry, through)
    if first is None or last is None or through < first:
        return 0
    last_hash = last.hash
    count = session.execute(select(func.count()).select_from(AuditEntry).where(AuditEntry.id <= through)
                            ).scalar_one()
    session.execute(delete(AuditEntry).where(AuditEntry.id <= through))
    append(session, at=at, actor=actor, action=CHECKPOINT, object_type="journal", object_id=str(through),
           details={"through": through, "hash": last_hash, "first": first, "entries": count, **details})
    return count
