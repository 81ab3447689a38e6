"""Opening a data folder: find its key store, unlock the master keys, open the encrypted database.

Nothing personal in the folder is readable without the master keys: the
SQLite database is encrypted with SQLCipher (raw key derived from the
master key) and every stored file is encrypted by the vault. A database
left unencrypted by an earlier version is converted on first start.

During a master-key rotation the key ring holds the old and the new key;
the database opens with whichever one it is encrypted with, and every
wrapped data key names the master key that wraps it. So an interrupted
rotation never loses a key: it is finished the next time it is started.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from dpo_workbench import paths
from dpo_workbench.errors import DatabaseKeyError, PassphraseRequired, VaultError
from dpo_workbench.store.db import HEAD_REVISION, Database
from dpo_workbench.vault import crypto
from dpo_workbench.vault._atomic import fsync_dir
from dpo_workbench.vault.blobs import BlobStore
from dpo_workbench.vault.keystore import (
    KeyStore,
    MasterKeys,
    PassphraseFileStore,
    ensure_install_id,
    passphrase_from_env,
    select_store,
)

if TYPE_CHECKING:
    from dpo_workbench.vault.recovery import RecoveryFile, RecoveryKey

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


def _raw_key(master: bytes) -> str:
    return f"x'{crypto.database_key(master).hex()}'"


def sqlcipher_url(path: Path, master: bytes) -> str:
    # the dialect sends: PRAGMA key = "<password>"; a raw key skips SQLCipher's PBKDF2
    return f"sqlite+pysqlcipher://:{quote(_raw_key(master), safe='')}@/{path}"


def _connect(path: Path, master: bytes):
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f'PRAGMA key = "{_raw_key(master)}"')
    return conn


def raw_connection(path: Path, master: bytes):
    """A DB-API connection to an encrypted database, without the ORM (backups read any schema version)."""
    return _connect(path, master)


def master_that_opens(path: Path, keys: MasterKeys) -> bytes:
    """The master key of `keys` the database at `path` is encrypted with (current one first)."""
    order = [keys.current] + [k for k in keys.ids() if k != keys.current]
    for key_id in order:
        if _opens_with(path, keys.get(key_id)):
            return keys.get(key_id)
    raise DatabaseKeyError("keys.no-key-opens-database")


def _opens_with(path: Path, master: bytes) -> bool:
    import sqlcipher3

    conn = _connect(path, master)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()


def is_plain_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == SQLITE_HEADER
    except FileNotFoundError:
        return False


def _shred(path: Path) -> None:
    """Overwrite then delete a file that held personal data in clear (best effort on SSDs)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as f:
        remaining = size
        block = b"\0" * (1 << 20)
        while remaining > 0:
            n = min(remaining, len(block))
            f.write(block[:n])
            remaining -= n
        f.flush()
        os.fsync(f.fileno())
    path.unlink()


def encrypt_plain_database(path: Path, master: bytes) -> int:
    """Convert an unencrypted SQLite database in place; returns the number of tables copied.

    The encrypted copy is written beside it, checked table by table, then
    renamed over the original: a crash leaves the old database or the new one.
    """
    import sqlcipher3

    target = path.with_name(path.name + ".encrypting")
    for leftover in (target, target.with_name(target.name + "-wal"), target.with_name(target.name + "-shm")):
        if leftover.exists():
            leftover.unlink()
    plain = sqlcipher3.connect(str(path))
    try:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tables = [r[0] for r in plain.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        counts = {t: plain.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        plain.execute(f"ATTACH DATABASE ? AS encrypted KEY \"{_raw_key(master)}\"", (str(target),))
        plain.execute("SELECT sqlcipher_export('encrypted')")
        plain.execute("DETACH DATABASE encrypted")
    finally:
        plain.close()
    check = _connect(target, master)
    try:
        for table, count in counts.items():
            copied = check.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if copied != count:
                raise VaultError("database.conversion-failed", table=table, copied=copied, count=count)
        check.execute("PRAGMA journal_mode=WAL")
    finally:
        check.close()
    with open(target, "rb") as f:
        os.fsync(f.fileno())
    clear_copy = path.with_name(path.name + ".plain")
    os.replace(path, clear_copy)
    os.replace(target, path)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            _shred(side)
    _shred(clear_copy)
    fsync_dir(path.parent)
    return len(counts)


@dataclass
class DataFolder:
    """A data folder and its keys. `unlock` (or `open_keys`) before `open_database`."""

    path: Path
    store: KeyStore
    keys: MasterKeys | None = None

    @classmethod
    def at(cls, path: Path) -> DataFolder:
        paths.ensure_data_dir(path)
        install_id = ensure_install_id(path / "keys")
        return cls(path=path, store=select_store(path / "keys", install_id))

    @property
    def install_id(self) -> str:
        """The random id of this data folder (names its keyring entry; marks its backups)."""
        return ensure_install_id(self.path / "keys")

    @property
    def database_path(self) -> Path:
        return self.path / paths.DATABASE_FILE

    @property
    def uses_passphrase(self) -> bool:
        return isinstance(self.store, PassphraseFileStore)

    @property
    def key_file(self) -> Path | None:
        """The passphrase-protected key file, when the keys are not in a system keyring."""
        return self.store.path if isinstance(self.store, PassphraseFileStore) else None

    @property
    def is_new(self) -> bool:
        """No keys yet: first start of this data folder (or keys lost)."""
        return not self.store.exists()

    @property
    def unlocked_keys(self) -> MasterKeys:
        """The master keys; PassphraseRequired if the folder was not unlocked."""
        if self.keys is None:
            raise PassphraseRequired("passphrase.locked")
        return self.keys

    @property
    def blobs(self) -> BlobStore:
        return BlobStore(self.path / "vault")

    def create_keys(self, passphrase: str | None = None) -> None:
        """First start: a random master key, kept in the keyring or under the passphrase."""
        if self.store.exists():
            raise VaultError("keys.already")
        if self.database_path.exists() and not is_plain_sqlite(self.database_path):
            raise VaultError("keys.lost")
        keys = MasterKeys.generate()
        if isinstance(self.store, PassphraseFileStore):
            if passphrase is None:
                raise PassphraseRequired("passphrase.choose")
            self.store.save(keys, passphrase)
        else:
            self.store.save(keys)
        self.keys = keys

    def unlock(self, passphrase: str | None = None) -> None:
        """Load the master keys; a passphrase store needs the passphrase (or DPO_WORKBENCH_PASSPHRASE)."""
        if isinstance(self.store, PassphraseFileStore):
            passphrase = passphrase if passphrase is not None else passphrase_from_env()
            if passphrase is None:
                raise PassphraseRequired("passphrase.needed")
            self.keys = self.store.unlock(passphrase)
        else:
            self.keys = self.store.load()

    def open_keys(self, passphrase: str | None = None) -> None:
        """Create the keys on first start, else unlock them (scripts and tests)."""
        if self.is_new:
            self.create_keys(passphrase if passphrase is not None else passphrase_from_env())
        else:
            self.unlock(passphrase)

    def database_master(self) -> bytes:
        """The master key the database is encrypted with: the current one, or the old one mid-rotation."""
        assert self.keys is not None, "unlock the data folder first"
        return master_that_opens(self.database_path, self.keys)

    def open_database(self, before_migration: Callable[[Database, str], None] | None = None) -> Database:
        """The encrypted database at the head schema; converts an unencrypted one first.

        `before_migration(db, revision)` runs before an existing database is migrated (a backup is made
        there); if it raises, nothing is migrated.
        """
        assert self.keys is not None, "unlock the data folder first"
        path = self.database_path
        self._recover_interrupted_conversion()
        if is_plain_sqlite(path):
            tables = encrypt_plain_database(path, self.keys.current_key)
            log.info("unencrypted database converted (%d tables)", tables)
        master = self.database_master() if path.exists() else self.keys.current_key
        db = Database(sqlcipher_url(path, master))
        if before_migration is not None and (revision := db.current_revision()) not in (None, HEAD_REVISION):
            try:
                before_migration(db, revision)
            except BaseException:
                db.dispose()
                raise
        db.upgrade()
        for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            if file.exists():
                file.chmod(0o600)
        return db

    def _recover_interrupted_conversion(self) -> None:
        """A conversion stopped between its two renames left the clear copy aside: finish the job.

        If the encrypted database is not in place, the clear copy goes back and is
        converted again; once it is, the clear copy is shredded.
        """
        path = self.database_path
        clear_copy = path.with_name(path.name + ".plain")
        if not clear_copy.exists():
            return
        if not path.exists() or is_plain_sqlite(path):
            if path.exists():  # both clear: keep the newer name, the copy is the same data
                _shred(clear_copy)
            else:
                os.replace(clear_copy, path)
            log.warning("an interrupted database conversion was found; converting again")
            return
        for suffix in ("", "-wal", "-shm"):
            side = clear_copy.with_name(clear_copy.name + suffix)
            if side.exists():
                _shred(side)
        log.warning("a clear copy left by an interrupted conversion was shredded")

    def rekey_database(self, db: Database, new_master: bytes) -> Database:
        """Re-encrypt the database under the key derived from `new_master`; returns it reopened.

        SQLCipher rewrites every page in one transaction: a crash leaves the
        database under the old key or the new one, and the ring holds both.
        """
        db.dispose()
        conn = _connect(self.database_path, self.database_master())
        try:
            conn.execute(f'PRAGMA rekey = "{_raw_key(new_master)}"')
            conn.commit()
        finally:
            conn.close()
        return Database(sqlcipher_url(self.database_path, new_master))

    # -- backups and the recovery key (services.backups) ----------------------------------------------

    def snapshot_database(self, target: Path) -> str:
        """A consistent copy of the live database (SQLite's online backup API), under the same key.

        Taken in one step inside a read transaction: other connections go on writing
        (WAL), the copy is the database as of one instant. Returns the id of the master
        key the copy is encrypted with.
        """
        assert self.keys is not None, "unlock the data folder first"
        master = self.database_master()
        source = _connect(self.database_path, master)
        try:
            copy = _connect(target, master)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            source.close()
        return crypto.key_id(master)

    @property
    def recovery_path(self) -> Path:
        return self.path / "keys" / "recovery.json"

    def recovery(self) -> RecoveryFile | None:
        """The recovery file (the ring under the recovery key), or None if no recovery key was made."""
        from dpo_workbench.vault.recovery import RecoveryFile  # not needed to start: imported when used

        return RecoveryFile.read(self.recovery_path)

    def create_recovery_key(self, now: datetime) -> tuple[RecoveryFile, RecoveryKey]:
        """A new recovery key for the master keys; it replaces (and so invalidates) any earlier one."""
        from dpo_workbench.vault.recovery import RecoveryFile

        return RecoveryFile.create(self.recovery_path, self.unlocked_keys, now)

    def unlock_with_recovery_key(self, key: RecoveryKey) -> None:
        """Load the master keys from the recovery file: no keyring, no passphrase needed."""
        recovery = self.recovery()
        if recovery is None:
            raise VaultError("recovery.none")
        self.keys = recovery.unlock(key)

    def protect_keys(self, passphrase: str | None = None) -> None:
        """Keep the unlocked keys in this folder's store again (after a recovery: a new keyring entry,
        or a key file under a new passphrase)."""
        keys = self.unlocked_keys
        if isinstance(self.store, PassphraseFileStore):
            if passphrase is None:
                raise PassphraseRequired("passphrase.choose")
            self.store.save(keys, passphrase)
        else:
            self.store.save(keys)

    def save_keys(self, keys: MasterKeys) -> bool | None:
        """Replace the key ring in its store (a key rotation) and re-wrap the recovery file for it.

        Returns True if the recovery key still opens the folder, False if it could not be
        re-wrapped (a new one is needed), None if there is no recovery key.
        """
        old = self.keys
        self.store.save(keys)
        self.keys = keys
        try:
            recovery = self.recovery()
            if recovery is None:
                return None
            recovery.rewrapped(MasterKeys(current=keys.current, keys={**(old.keys if old else {}), **keys.keys}),
                               keys)
        except VaultError as exc:
            log.warning("the recovery key could not be re-wrapped (%s): a new one is needed", exc.code)
            return False
        return True
