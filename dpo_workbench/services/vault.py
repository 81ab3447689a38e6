"""The vault as a whole: check every stored file, repair, rotate the master key, change the passphrase."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select

from dpo_workbench.errors import InputError, TeamError, VaultError
from dpo_workbench.services.context import Context
from dpo_workbench.services.documents import blob_aad, key_aad
from dpo_workbench.services.mail import rewrap_mail_passwords
from dpo_workbench.services.policy import requires
from dpo_workbench.store.models import Document, Request
from dpo_workbench.vault import crypto
from dpo_workbench.vault.keystore import PassphraseFileStore


@dataclass
class VaultReport:
    """What `vault check` found: each list names documents or files, never their content."""

    checked: int = 0
    damaged: list[tuple[int, str]] = field(default_factory=list)  # (document id, request reference)
    missing: list[tuple[int, str]] = field(default_factory=list)
    orphans: list[str] = field(default_factory=list)  # blob files no live document refers to
    leftovers: list[str] = field(default_factory=list)  # temporary files of interrupted writes

    @property
    def ok(self) -> bool:
        return not (self.damaged or self.missing or self.orphans or self.leftovers)


@dataclass(frozen=True)
class RotationReport:
    rewrapped: int
    new_key_id: str
    resumed: bool
    recovery_key: bool | None = None  # True: it still opens the folder (re-wrapped); False: a new one is needed


class VaultService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @property
    def key_store_description(self) -> str:
        return self.ctx.folder.store.description()

    @requires("vault.check")
    def check(self) -> VaultReport:
        """Decrypt and authenticate every live blob; list damaged, missing and orphan files."""
        report = VaultReport()
        blobs = self.ctx.folder.blobs
        live = set()
        with self.ctx.db.reading() as s:
            rows = s.execute(select(Document.id, Document.blob_id, Document.key_id, Document.wrapped_key,
                                    Request.reference).join(Request)
                             .where(Document.destroyed_at.is_(None))).all()
        for doc_id, blob_id, key_id, wrapped, reference in rows:
            live.add(blob_id)
            report.checked += 1
            if not blobs.exists(blob_id):
                report.missing.append((doc_id, reference))
                continue
            try:
                if key_id is None or wrapped is None:
                    raise KeyError(doc_id)  # a live document without its key cannot be read
                data_key = crypto.unwrap_key(self.ctx.folder.unlocked_keys.get(key_id), wrapped, aad=key_aad(doc_id))
                crypto.decrypt(data_key, blobs.read(blob_id), aad=blob_aad(doc_id))
            except (VaultError, KeyError):
                report.damaged.append((doc_id, reference))
        report.orphans = sorted(blobs.ids() - live)
        report.leftovers = sorted(p.name for p in blobs.leftovers())
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "vault.check", "vault", "vault", checked=report.checked,
                             damaged=len(report.damaged), missing=len(report.missing),
                             orphans=len(report.orphans), leftovers=len(report.leftovers))
        return report

    @requires("vault.check")
    def remove_orphans(self, report: VaultReport) -> int:
        """Delete the blobs no document refers to, and unfinished writes (`vault check --repair`).

        Their data keys were never committed (or were destroyed): nothing readable is lost.
        """
        with self.ctx.db.reading() as s:
            live = set(s.execute(select(Document.blob_id).where(Document.destroyed_at.is_(None))).scalars())
        removed = 0
        for blob_id in report.orphans:
            if blob_id not in live:
                self.ctx.folder.blobs.delete(blob_id)
                removed += 1
        removed += self.ctx.folder.blobs.remove_leftovers()
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "vault.repair", "vault", "vault", removed=removed)
        return removed

    def rotate_master_key(self, progress: Callable[[int, int], None] | None = None,
                          batch: int = 200) -> RotationReport:
        """A new master key: re-wrap every data key (blobs are not re-encrypted), re-key the database.

        The key ring keeps the old key until nothing refers to it, and each wrapped
        key names its master key: an interrupted rotation loses nothing and is
        finished by the next call.
        """
        ctx = self.ctx
        if ctx.db.sealed:
            raise TeamError("team.use-team-rotate")
        folder = ctx.folder
        keys = folder.unlocked_keys
        resumed = len(list(keys.ids())) > 1
        if not resumed:
            keys, _ = keys.with_new_key()
            folder.save_keys(keys)  # the recovery key is re-wrapped along
            with ctx.db.transaction() as s:
                ctx.journal(s, "vault.rotate-key.start", "vault", keys.current)
        current_id, current_key = keys.current, keys.current_key
        with ctx.db.reading() as s:
            total = s.execute(select(func.count(Document.id)).where(
                Document.wrapped_key.is_not(None), Document.key_id != current_id)).scalar_one()
        done = 0
        if progress:
            progress(done, total)
        while True:
            with ctx.db.transaction() as s:
                rows = s.execute(select(Document).where(
                    Document.wrapped_key.is_not(None), Document.key_id != current_id).limit(batch)).scalars().all()
                for d in rows:
                    assert d.key_id is not None and d.wrapped_key is not None  # selected for having a key
                    data_key = crypto.unwrap_key(keys.get(d.key_id), d.wrapped_key, aad=key_aad(d.id))
                    d.wrapped_key = crypto.wrap_key(current_key, data_key, aad=key_aad(d.id))
                    d.key_id = current_id
            if not rows:
                break
            done += len(rows)
            if progress:
                progress(done, total)
        with ctx.db.transaction() as s:  # the sealed mail passwords (no safe keyring) follow the new key
            rewrap_mail_passwords(s, keys)
        if folder.database_master() != current_key:
            ctx.db = folder.rekey_database(ctx.db, current_key)
        for old in [k for k in keys.ids() if k != current_id]:
            keys = keys.drop(old)
        recovery_key = folder.save_keys(keys)
        with ctx.db.transaction() as s:
            ctx.journal(s, "vault.rotate-key", "vault", current_id, rewrapped=done, resumed=resumed,
                        **({} if recovery_key is None else {"recovery_key": recovery_key}))
        return RotationReport(rewrapped=done, new_key_id=current_id, resumed=resumed, recovery_key=recovery_key)

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-protect the key file under a new passphrase (atomic; the keys do not change)."""
        if self.ctx.db.sealed:
            raise TeamError("team.use-user-passphrase")
        store = self.ctx.folder.store
        if not isinstance(store, PassphraseFileStore):
            raise InputError("passphrase", "passphrase.none-to-change")
        store.change_passphrase(old, new)
        with self.ctx.db.transaction() as s:
            self.ctx.journal(s, "vault.change-passphrase", "vault", "keys")
