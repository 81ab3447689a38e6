"""What goes into a backup and how it comes out: the snapshot, the archive, the staging area, the swap.

Below the backup service and without the ORM, so that a backup can be made of
a database at any schema version (before a migration) and a backup of any
earlier version can be read. The file format is `vault.backupfile`; inside
its encrypted stream is a tar archive (streamed both ways: nothing is held
whole in memory)::

    database/workbench.db    the SQLCipher database, an online snapshot (still encrypted)
    keys/ring.json           the master key ring (only ever inside the encrypted stream)
    keys/recovery.json       the recovery file, when the folder has a recovery key
    letters/...              the custom letter templates of the data folder
    vault/<blob id>          every file of a live document, as stored (encrypted)
    manifest.json            last: versions, counts, missing files, size and SHA-256 of every entry

Restoring never writes into a data folder before everything was read,
checked and, for an older schema, migrated in a staging folder beside it; the
staged parts are then moved in by renames, recorded in a marker file so that
an interrupted restore is finished at the next opening (`finish_interrupted_restore`).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import secrets
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from dpo_workbench import __version__, paths
from dpo_workbench.datafolder import DataFolder, master_that_opens, raw_connection
from dpo_workbench.errors import BackupDamaged, BackupError, ServiceError, VaultError
from dpo_workbench.services.backups import RESTORE_MARKER
from dpo_workbench.vault import backupfile
from dpo_workbench.vault._atomic import atomic_write, fsync_dir
from dpo_workbench.vault.keystore import MasterKeys, PassphraseFileStore

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

MANIFEST_FORMAT = "dpo-workbench backup manifest"
MANIFEST_VERSION = 1
NAME_PATTERN = re.compile(r"dpo-workbench-(\d{8}T\d{6}Z)-([0-9a-f]{8})\.dpobak")
TEMP_PATTERN = re.compile(r"\.dpo-workbench-\d{8}T\d{6}Z-[0-9a-f]{8}\.dpobak\.tmp")
STALE_TEMP_AGE = timedelta(hours=24)  # a temporary file this old is no backup in progress
WORK_PREFIXES = (".backup-", ".verify-", ".restore-", ".replaced-")
TAR_BUFFER = 1 << 16
ATTEMPTS = 3  # a document destroyed while its file was being copied: the backup is made again

_DATABASE = "database/workbench.db"
_RING = "keys/ring.json"
_RECOVERY = "keys/recovery.json"
_MANIFEST = "manifest.json"
_SEGMENT = r"[A-Za-z0-9_][A-Za-z0-9._-]{0,120}"
_MEMBER = re.compile(rf"(database/workbench\.db|keys/ring\.json|keys/recovery\.json|manifest\.json"
                     rf"|vault/[0-9a-f]{{32}}|letters/(?:{_SEGMENT}/){{0,3}}{_SEGMENT})")
_SWAPPED = ("workbench.db", "vault", "letters", "keys/recovery.json")  # what a restore replaces
FRIENDLY_COUNTS = {  # the tables a person counts in, in the order a report lists them (documents: those kept)
    "request": "requests", "document": "documents", "breach": "breaches", "intake_message": "e-mails imported",
    "event": "timeline events", "audit_entry": "journal entries",
}


class _Retry(Exception):
    """The live data moved under the backup (a document destroyed meanwhile): make it again."""


# -- reading a database without the ORM --------------------------------------------------------------


@dataclass(frozen=True)
class DatabaseFacts:
    """What a backup records of its database, read with plain SQL (any schema version)."""

    schema: str | None
    counts: dict[str, int]
    documents: list[tuple[int, str, str | None]]  # live documents: id, blob id, id of the master key
    journal_entries: int
    journal_head: str
    settings: dict[str, Any]

    @property
    def key_ids(self) -> set[str]:
        return {k for _, _, k in self.documents if k}


def database_facts(path: Path, master: bytes) -> DatabaseFacts:
    conn = raw_connection(path, master)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables
                  if t != "alembic_version"}
        schema = (conn.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0] \
            if "alembic_version" in tables else None
        documents = [(int(i), str(b), k) for i, b, k in conn.execute(
            "SELECT id, blob_id, key_id FROM document WHERE destroyed_at IS NULL ORDER BY id")] \
            if "document" in tables else []
        head = conn.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetchone() \
            if "audit_head" in tables else None
        settings: dict[str, Any] = {}
        if "setting" in tables:
            for key, value in conn.execute("SELECT key, value FROM setting"):
                with suppress(ValueError, TypeError):
                    settings[str(key)] = json.loads(value)
    finally:
        conn.close()
    return DatabaseFacts(schema=schema, counts=counts, documents=documents,
                         journal_entries=int(head[0]) if head else 0, journal_head=str(head[1]) if head else "",
                         settings=settings)


def backup_folder(folder_path: Path, setting: object) -> Path:
    """Where backups go: the `backup_folder` setting (relative to the data folder), else `backups/`."""
    text = str(setting or "").strip()
    if not text:
        return folder_path / "backups"
    chosen = Path(text).expanduser()
    return chosen if chosen.is_absolute() else folder_path / chosen


def backup_name(created: datetime, backup_id: str) -> str:
    """`dpo-workbench-20261126T090000Z-1a2b3c4d.dpobak`: a time and random digits, nothing personal."""
    return f"dpo-workbench-{created.astimezone(UTC):%Y%m%dT%H%M%SZ}-{backup_id[:8]}{backupfile.SUFFIX}"


# -- writing a backup ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BackupResult:
    path: Path
    id: str
    created: datetime
    reason: str
    schema: str | None
    size: int
    counts: dict[str, int]
    documents: int
    missing_documents: list[int]
    recovery_key: bool  # the recovery key opens it too
    fallback: bool = False  # written to backups/ in the data folder because the chosen folder failed
    rotated: tuple[str, ...] = ()  # older backups the rotation then deleted


class _Meter:
    """Turns bytes done into progress calls in thousandths, at most one per thousandth."""

    def __init__(self, progress: Progress | None, total: int, start: int = 0, span: int = 1000):
        self.progress, self.total, self.start, self.span = progress, max(total, 1), start, span
        self.done = 0
        self._last = -1

    def add(self, n: int) -> None:
        self.set(self.done + n)

    def set(self, done: int) -> None:
        self.done = done
        if self.progress is None:
            return
        step = self.start + min(self.span, self.done * self.span // self.total)
        if step != self._last:
            self._last = step
            self.progress(step, 1000)


class _HashingReader:
    """A file read through once by tarfile, hashed and counted on the way."""

    def __init__(self, raw: IO[bytes], meter: _Meter):
        self.raw, self.meter, self.sha = raw, meter, hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        data = self.raw.read(n)
        self.sha.update(data)
        self.meter.add(len(data))
        return data


def _tar_info(name: str, size: int, mtime: int):
    import tarfile

    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = size, mtime, 0o600
    info.uid = info.gid = 0
    info.uname = info.gname = ""  # never the account name: it can be a person's name
    return info


def _letter_files(folder_path: Path) -> list[tuple[str, Path]]:
    root = folder_path / "letters"
    if not root.is_dir():
        return []
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            name = "letters/" + path.relative_to(root).as_posix()
            if _MEMBER.fullmatch(name):
                found.append((name, path))
            else:
                log.warning("a file of letters/ with an unusual name was not backed up")
    return found


@contextmanager
def work_dir(parent: Path, prefix: str) -> Iterator[Path]:
    """A private folder for work in progress (a snapshot, a test restore), removed afterwards."""
    parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = parent / f"{prefix}{secrets.token_hex(6)}"
    path.mkdir(mode=0o700)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _stale(entry: Path) -> bool:
    """Untouched for a day: no backup, verification or restore is still working on it."""
    try:
        return datetime.now(UTC).timestamp() - entry.stat().st_mtime > STALE_TEMP_AGE.total_seconds()
    except OSError:
        return False


def remove_leftovers(folder_path: Path, backups: Path | None = None) -> int:
    """Work folders of interrupted backups, verifications and restores; temporary files of interrupted
    backups (they never verify: they lack their final part). Only those left for a day: never the work
    of a backup running in another window or process."""
    removed = 0
    if not (folder_path / RESTORE_MARKER).exists():
        with suppress(OSError):
            for entry in folder_path.iterdir():
                if entry.is_dir() and entry.name.startswith(WORK_PREFIXES) and _stale(entry):
                    shutil.rmtree(entry, ignore_errors=True)
                    removed += 1
    if backups is not None:
        with suppress(OSError):
            for entry in backups.iterdir():
                if TEMP_PATTERN.fullmatch(entry.name) and _stale(entry):
                    with suppress(OSError):
                        entry.unlink()
                        removed += 1
    return removed


def write_backup(folder: DataFolder, *, now: datetime, reason: str, out: Path | None = None,
                 directory: Path | None = None, progress: Progress | None = None,
                 also_for: MasterKeys | None = None) -> BackupResult:
    """One backup of the data folder, written atomically; older backups are never touched here.

    `out` names the file; else it goes to `directory`, else to the folder's backup folder setting.
    `also_for`: another key ring that opens it too (before a restore: the restored keys).
    BackupError says why it failed (nothing half-written is left under a backup's name).
    """
    for attempt in range(ATTEMPTS):
        try:
            return _write_once(folder, now=now, reason=reason, out=out, directory=directory, progress=progress,
                               also_for=also_for)
        except _Retry:
            log.info("a document changed during the backup; making it again (attempt %d)", attempt + 2)
            with suppress(VaultError):  # a key rotation in another process: its new ring
                folder.keys = folder.store.load()
    raise BackupError("backup.busy")


def _write_once(folder: DataFolder, *, now: datetime, reason: str, out: Path | None, directory: Path | None,
                progress: Progress | None, also_for: MasterKeys | None) -> BackupResult:
    ring = folder.unlocked_keys
    remove_leftovers(folder.path)
    with work_dir(folder.path, ".backup-") as work:
        snapshot = work / "workbench.db"
        try:
            folder.snapshot_database(snapshot)
        except (OSError, sqlite_error()) as exc:  # a full disk, an I/O error
            raise BackupError("backup.write-failed", folder=folder.path, reason=str(exc)) from None
        try:
            facts = database_facts(snapshot, master_that_opens(snapshot, ring))
        except VaultError:
            raise _Retry() from None  # the database was re-keyed since the ring was read
        if not facts.key_ids <= set(ring.ids()):
            raise _Retry()
        if out is not None:
            target = out
            if target.exists():
                raise BackupError("backup.out-exists", path=target)
            _usable_folder(target.parent, create=False)
        else:
            chosen = directory or backup_folder(folder.path, facts.settings.get("backup_folder"))
            _usable_folder(chosen, create=True)
            remove_leftovers(folder.path, chosen)
        backup_id = secrets.token_hex(16)
        if out is None:
            target = chosen / backup_name(now, backup_id)
        return _write_archive(folder, ring, facts, snapshot, target, backup_id=backup_id, now=now, reason=reason,
                              progress=progress, also_for=also_for)


def sqlite_error() -> type[Exception]:
    import sqlcipher3

    return sqlcipher3.DatabaseError


def _usable_folder(path: Path, *, create: bool) -> None:
    try:
        if create:
            path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not path.is_dir():
            raise BackupError("backup.folder-unusable", folder=path, reason="not a folder")
        if not os.access(path, os.W_OK | os.X_OK):
            raise BackupError("backup.folder-unusable", folder=path, reason="not writable")
    except OSError as exc:
        raise BackupError("backup.folder-unusable", folder=path, reason=exc.strerror or type(exc).__name__) from None


def _write_archive(folder: DataFolder, ring: MasterKeys, facts: DatabaseFacts, snapshot: Path, target: Path, *,
                   backup_id: str, now: datetime, reason: str, progress: Progress | None,
                   also_for: MasterKeys | None = None) -> BackupResult:
    import tarfile

    blobs = folder.blobs
    try:
        recovery = folder.recovery()
    except VaultError:
        log.warning("the recovery file is damaged: this backup opens with the master key only")
        recovery = None
    letters = _letter_files(folder.path)
    sizes: dict[int, int] = {}
    for doc_id, blob_id, _key in facts.documents:
        with suppress(OSError):
            sizes[doc_id] = blobs.path_of(blob_id).stat().st_size
    meter = _Meter(progress, snapshot.stat().st_size + sum(sizes.values()) + sum(p.stat().st_size for _, p in letters))
    file_key = backupfile.new_file_key()
    recipients = [backupfile.master_recipient(ring, file_key, backup_id)]
    if also_for is not None and also_for.current != ring.current:
        recipients.append(backupfile.master_recipient(also_for, file_key, backup_id))
    if recovery is not None:
        try:
            kek = recovery.escrowed_kek(ring)
            recipients.append(backupfile.recovery_recipient(kek, recovery.salt, file_key, backup_id))
        except VaultError:
            log.warning("the recovery key is out of date: this backup opens with the master key only")
            recovery = None
    if isinstance(folder.store, PassphraseFileStore) and folder.store.exists():
        recipients.append(backupfile.key_file_recipient(folder.store.document()))
    created = now.astimezone(UTC).isoformat(timespec="seconds")
    fields = {"format": "dpo-workbench backup", "id": backup_id, "created": created, "reason": reason,
              "app_version": __version__, "schema": facts.schema, "install_id": folder.install_id,
              "recipients": recipients}
    mtime = int(now.timestamp())
    files: dict[str, list] = {}
    missing: list[int] = []
    try:
        writer = backupfile.BackupWriter(target, fields, file_key)
    except FileExistsError:
        raise BackupError("backup.out-exists", path=target) from None
    except OSError as exc:
        raise BackupError("backup.write-failed", folder=target.parent, reason=exc.strerror or str(exc)) from None
    try:
        with tarfile.open(fileobj=writer, mode="w|", format=tarfile.PAX_FORMAT, bufsize=TAR_BUFFER) as tar:
            def add_file(name: str, path: Path) -> None:
                with open(path, "rb") as raw:
                    size = os.fstat(raw.fileno()).st_size
                    reader = _HashingReader(raw, meter)
                    tar.addfile(_tar_info(name, size, mtime), reader)
                files[name] = [size, reader.sha.hexdigest()]

            def add_bytes(name: str, data: bytes) -> None:
                import io

                tar.addfile(_tar_info(name, len(data), mtime), io.BytesIO(data))
                files[name] = [len(data), hashlib.sha256(data).hexdigest()]

            add_file(_DATABASE, snapshot)
            add_bytes(_RING, ring.to_json())
            if recovery is not None:
                add_bytes(_RECOVERY, json.dumps(recovery.document(), indent=2).encode("utf-8"))
            for name, path in letters:
                add_file(name, path)
            for doc_id, blob_id, _key in facts.documents:
                try:
                    add_file(f"vault/{blob_id}", blobs.path_of(blob_id))
                except FileNotFoundError:
                    if _destroyed_since(folder, doc_id):
                        raise _Retry() from None
                    missing.append(doc_id)
            manifest = {
                "format": MANIFEST_FORMAT, "version": MANIFEST_VERSION, "id": backup_id, "created": created,
                "reason": reason, "app_version": __version__, "schema": facts.schema,
                "install_id": folder.install_id, "counts": facts.counts, "documents": len(facts.documents),
                "missing_documents": missing, "journal": {"entries": facts.journal_entries,
                                                          "last_hash": facts.journal_head},
                "key_ids": sorted(ring.ids()), "recovery_id": recovery.id if recovery else None, "files": files,
            }
            add_bytes(_MANIFEST, json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode("utf-8"))
        path = writer.commit()
    except OSError as exc:
        writer.abort()
        raise BackupError("backup.write-failed", folder=target.parent, reason=exc.strerror or str(exc)) from None
    except BaseException:
        writer.abort()
        raise
    return BackupResult(path=path, id=backup_id, created=now, reason=reason, schema=facts.schema,
                        size=path.stat().st_size, counts=facts.counts, documents=len(facts.documents),
                        missing_documents=missing, recovery_key=recovery is not None)


def _destroyed_since(folder: DataFolder, doc_id: int) -> bool:
    conn = raw_connection(folder.database_path, folder.database_master())
    try:
        row = conn.execute("SELECT destroyed_at FROM document WHERE id = ?", (doc_id,)).fetchone()
    finally:
        conn.close()
    return row is None or row[0] is not None


# -- reading a backup: the key, the staging area -----------------------------------------------------------


@dataclass
class Staged:
    """A backup unpacked and checked against its manifest in a private folder."""

    header: backupfile.BackupHeader
    path: Path  # the staging folder: workbench.db, vault/, letters/, keys/recovery.json
    ring: MasterKeys
    manifest: dict[str, Any]
    opened_with: str  # "master-key", "recovery-key" or "key-file"

    @property
    def database(self) -> Path:
        return self.path / "workbench.db"

    @property
    def counts(self) -> dict[str, int]:
        return {str(k): int(v) for k, v in self.manifest.get("counts", {}).items()}

    @property
    def documents(self) -> int:
        """The documents whose files the backup holds (not those destroyed, whose record stays)."""
        return int(self.manifest.get("documents", self.counts.get("document", 0)))

    @property
    def missing_documents(self) -> set[int]:
        return {int(i) for i in self.manifest.get("missing_documents", [])}


def _destination(staging: Path, name: str) -> Path:
    if name == _DATABASE:
        return staging / "workbench.db"
    return staging / name  # vault/<id>, letters/..., keys/recovery.json: names checked by _MEMBER


def stage(header: backupfile.BackupHeader, file_key: bytes, staging: Path, opened_with: str,
          progress: Progress | None = None, span: int = 1000) -> Staged:
    """Decrypt the whole backup into `staging`, checking every entry against the manifest.

    BackupDamaged if anything is altered, cut short, missing or unexpected.
    """
    import tarfile

    path = header.path
    total = path.stat().st_size
    meter = _Meter(progress, total, span=span)
    seen: dict[str, list] = {}
    manifest: dict[str, Any] | None = None
    ring: MasterKeys | None = None
    reader = backupfile.BackupReader(header, file_key)
    try:
        try:
            tar = tarfile.open(fileobj=reader, mode="r|", bufsize=TAR_BUFFER)  # noqa: SIM115  (reader closed below)
            for member in tar:
                name = member.name
                if not member.isreg() or not _MEMBER.fullmatch(name) or name in seen:
                    raise BackupDamaged("backup.unreadable-member", path=path)
                source = tar.extractfile(member)
                assert source is not None
                sha = hashlib.sha256()
                if name in (_MANIFEST, _RING):
                    data = source.read()
                    sha.update(data)
                    if name == _MANIFEST:
                        manifest = json.loads(data)
                    else:
                        ring = MasterKeys.from_json(data)
                else:
                    target = _destination(staging, name)
                    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
                    with open(fd, "wb") as out:
                        while chunk := source.read(1 << 20):
                            sha.update(chunk)
                            out.write(chunk)
                            meter.set(reader.read_bytes)
                seen[name] = [member.size, sha.hexdigest()]
                meter.set(reader.read_bytes)
            reader.finish()
        except tarfile.TarError:
            raise BackupDamaged("backup.damaged", path=path, detail="content") from None
        except (json.JSONDecodeError, UnicodeDecodeError, VaultError):
            raise BackupDamaged("backup.manifest-mismatch", path=path, detail="manifest") from None
    finally:
        reader.close()
    if manifest is None or ring is None or manifest.get("format") != MANIFEST_FORMAT \
            or manifest.get("id") != header.id:
        raise BackupDamaged("backup.manifest-mismatch", path=path, detail="manifest")
    expected = {k: list(v) for k, v in manifest.get("files", {}).items()}
    seen.pop(_MANIFEST)
    if set(expected) != set(seen):
        raise BackupDamaged("backup.manifest-mismatch", path=path, detail="missing entries")
    for name, facts in seen.items():
        if expected[name] != facts:
            what = ("database" if name == _DATABASE else "vault file" if name.startswith("vault/")
                    else "key ring" if name.startswith("keys/") else "template")
            raise BackupDamaged("backup.manifest-mismatch", path=path, detail=what)
    return Staged(header=header, path=staging, ring=ring, manifest=manifest, opened_with=opened_with)


def known_revisions() -> set[str]:
    """The schema versions this version of the application can open (and migrate from)."""
    from alembic.script import ScriptDirectory

    from dpo_workbench.store.db import alembic_config

    return {r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def check_schema(header: backupfile.BackupHeader, schema: str | None) -> None:
    """A backup of a newer schema than this version knows is refused before anything is changed."""
    from dpo_workbench.store.db import HEAD_REVISION

    if schema is not None and schema not in known_revisions():
        raise BackupError("backup.schema-newer", path=header.path, schema=schema, head=HEAD_REVISION)


# -- putting a restored folder in place -----------------------------------------------------------------


def classify_target(path: Path) -> str:
    """"empty" (nothing of value: restore into it), "data-folder" (has a register: replace only on
    confirmation), or "other" (files that are not a data folder's: never restored into)."""
    if not path.exists():
        return "empty"
    if not path.is_dir():
        return "other"
    if (path / paths.DATABASE_FILE).exists():
        return "data-folder"
    for entry in path.iterdir():
        name = entry.name
        if name in ("backups", "logs", "keys") and entry.is_dir():
            continue
        if name in ("vault", "letters") and entry.is_dir():
            if any(entry.iterdir()):
                return "other"
            continue
        if entry.is_dir() and name.startswith(WORK_PREFIXES):
            continue
        return "other"
    return "empty"


def swap_in(target: Path, staged: Path) -> None:
    """Move a staged folder's parts into `target` (the data folder), replacing what is there.

    A marker file lists the work first: if the process stops half-way, the next
    opening (`finish_interrupted_restore`) moves the rest, so the folder never stays
    a mix of the old and the restored data.
    """
    present = [item for item in _SWAPPED if (staged / item).exists()]
    replaced = target / f".replaced-{secrets.token_hex(6)}"
    marker = {"staging": staged.name, "replaced": replaced.name, "present": present}
    atomic_write(target / RESTORE_MARKER, json.dumps(marker).encode("utf-8"))
    _roll_forward(target, marker)


def finish_interrupted_restore(target: Path) -> bool:
    """Finish a restore that was interrupted while moving its parts in (True if there was one)."""
    try:
        marker = json.loads((target / RESTORE_MARKER).read_bytes())
    except FileNotFoundError:
        return False
    except (ValueError, OSError):
        log.error("the marker of an interrupted restore is unreadable; left as it is")
        return False
    log.warning("an interrupted restore was found; finishing it")
    _roll_forward(target, marker)
    return True


def _move(source: Path, destination: Path) -> None:
    destination.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if destination.is_dir() and not any(destination.iterdir()):
        destination.rmdir()
    os.replace(source, destination)


def _roll_forward(target: Path, marker: dict[str, Any]) -> None:
    staged = target / str(marker["staging"])
    replaced = target / str(marker["replaced"])
    replaced.mkdir(mode=0o700, exist_ok=True)
    present = set(marker.get("present", []))
    for item in _SWAPPED:
        live, new = target / item, staged / item
        if item in present and not new.exists():
            continue  # already moved in
        if item == "workbench.db":  # its WAL and shared memory belong to the old database: out first
            for side in ("workbench.db-wal", "workbench.db-shm"):
                if (target / side).exists():
                    _move(target / side, replaced / side)
        if live.exists():
            if not (replaced / item).exists():
                _move(live, replaced / item)
            elif live.is_dir() and not any(live.iterdir()):  # the old one is out already: this one was
                live.rmdir()  # made again since (an empty folder a start-up creates)
            else:
                _move(live, replaced / f"{item}.{secrets.token_hex(4)}")
        if item in present:
            _move(new, live)
    for name in ("vault", "letters"):
        (target / name).mkdir(mode=0o700, exist_ok=True)
    fsync_dir(target)
    (target / RESTORE_MARKER).unlink()
    fsync_dir(target)
    shutil.rmtree(replaced, ignore_errors=True)
    shutil.rmtree(staged, ignore_errors=True)


# -- small helpers shared with the service ---------------------------------------------------------------


@dataclass
class KeySource:
    """What may open a backup: the key ring of an open folder, a recovery key, a passphrase."""

    rings: list[MasterKeys] = field(default_factory=list)
    recovery_key: Any = None  # RecoveryKey
    passphrase: str | None = None


def unlock(header: backupfile.BackupHeader, keys: KeySource) -> tuple[bytes, str]:
    """The file key of a backup and how it was opened; BackupError (or RecoveryKeyError) if nothing opens it."""
    if keys.recovery_key is not None:
        return backupfile.open_with_recovery_key(header, keys.recovery_key), "recovery-key"
    for ring in keys.rings:
        file_key = backupfile.open_with_ring(header, ring)
        if file_key is not None:
            return file_key, "master-key"
    if keys.passphrase is not None:
        carried = backupfile.open_with_passphrase(header, keys.passphrase)
        if carried is not None:
            file_key = backupfile.open_with_ring(header, carried)
            if file_key is not None:
                return file_key, "key-file"
    raise BackupError("backup.no-key", path=header.path)


def friendly_counts(counts: dict[str, int], documents: int) -> list[tuple[str, int]]:
    """(what, how many) for a report: requests, documents kept, breaches, e-mails, events, journal entries."""
    return [(label, documents if table == "document" else counts.get(table, 0))
            for table, label in FRIENDLY_COUNTS.items() if table in counts]


def error_reason(exc: BaseException) -> object:
    """What to say about a failure inside another message: its Message when it has one."""
    if isinstance(exc, ServiceError):
        return exc.message
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return type(exc).__name__


def write_json(path: Path, document: dict[str, Any]) -> None:
    atomic_write(path, json.dumps(document, indent=2).encode("utf-8"))
