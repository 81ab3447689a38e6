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
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from dpo_workbench import paths
from dpo_workbench.errors import DatabaseKeyError, PassphraseRequired, VaultError
from dpo_workbench.store.db import Database
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
        order = [self.keys.current] + [k for k in self.keys.ids() if k != self.keys.current]
        for key_id in order:
            if _opens_with(self.database_path, self.keys.get(key_id)):
                return self.keys.get(key_id)
        raise DatabaseKeyError("keys.no-key-opens-database")

    def open_database(self) -> Database:
        """The encrypted database at the head schema; converts an unencrypted one first."""
        assert self.keys is not None, "unlock the data folder first"
        path = self.database_path
        self._recover_interrupted_conversion()
        if is_plain_sqlite(path):
            tables = encrypt_plain_database(path, self.keys.current_key)
            log.info("unencrypted database converted (%d tables)", tables)
        master = self.database_master() if path.exists() else self.keys.current_key
        db = Database(sqlcipher_url(path, master))
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
