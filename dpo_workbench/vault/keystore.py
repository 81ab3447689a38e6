"""Where the master keys live: the OS keyring, or a passphrase-protected file.

One small interface (:class:`KeyStore`) with two implementations, chosen by
:func:`select_store`. The OS keyring comes first; when the keyring backend
is not a real protected store (keyring's ``fail``/``null`` backends, a
plaintext or terminal-prompting file backend from ``keyrings.alt``) the keys
go to a file encrypted with a key derived from a passphrase (scrypt), and
the UI must say so (``store.kind == "passphrase"``; ``store.description()``).

The secret stored is a :class:`MasterKeys` ring rather than a single key:
during a key rotation the old master key stays until nothing refers to it.
"""

from __future__ import annotations

import abc
import base64
import binascii
import json
import os
import secrets
import unicodedata
from collections.abc import Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from keyring.backends.chainer import ChainerBackend

from dpo_workbench.errors import MissingKeys, PassphraseRequired, VaultError, WrongPassphrase

from ._atomic import atomic_write
from .crypto import KEY_SIZE, NONCE_SIZE, key_id, new_key

__all__ = [
    "SERVICE_NAME",
    "KEY_FILE_NAME",
    "PASSPHRASE_ENV",
    "MIN_PASSPHRASE_LENGTH",
    "SCRYPT_N",
    "SCRYPT_R",
    "SCRYPT_P",
    "SALT_SIZE",
    "UNSAFE_BACKENDS",
    "ScryptParams",
    "MasterKeys",
    "KeyStore",
    "KeyringStore",
    "PassphraseFileStore",
    "is_safe_backend",
    "select_store",
    "passphrase_from_env",
    "ensure_install_id",
    "check_new_passphrase",
    "backend_label",
    "embedded_key_file",
]

SERVICE_NAME = "dpo-workbench"
KEY_FILE_NAME = "master-keys.json"
INSTALL_ID_FILE_NAME = "install-id"
PASSPHRASE_ENV = "DPO_WORKBENCH_PASSPHRASE"
MIN_PASSPHRASE_LENGTH = 8

# scrypt cost: n=2**17, r=8 needs 128 MiB and took 0.26 s per derivation on
# the development machine; it is OWASP's recommended minimum for scrypt.
SCRYPT_N = 2**17
SCRYPT_R = 8
SCRYPT_P = 1
SALT_SIZE = 16
DERIVED_KEY_SIZE = 32

KEY_FILE_AAD = b"dpo-workbench master keys v1"
KEY_FILE_FORMAT = "dpo-workbench master keys"
KEY_FILE_VERSION = 1
KEY_RING_FORMAT = "dpo-workbench key ring"
KEY_RING_VERSION = 1

# scrypt needs 128 * n * r bytes: refuse parameters (e.g. from an altered
# key file) that would exhaust memory.
_MAX_SCRYPT_MEMORY = 1024 * 1024 * 1024
_MAX_SCRYPT_P = 16

# Backends that do not protect the secret: keyring's "no backend" ones,
# keyrings.alt's plaintext files, and file backends that ask for their own
# password on a terminal (unusable from a GUI). Matched by qualified class
# name along the class hierarchy, so keyrings.alt need not be installed.
UNSAFE_BACKENDS = frozenset(
    {
        "keyring.backends.fail.Keyring",
        "keyring.backends.null.Keyring",
        "keyrings.alt.file.PlaintextKeyring",
        "keyrings.alt.file.EncryptedKeyring",
        "keyrings.alt.pyfs.PlaintextKeyring",
        "keyrings.alt.pyfs.EncryptedKeyring",
        "keyrings.alt.Google.DocsKeyring",
        "keyrings.cryptfile.cryptfile.CryptFileKeyring",
        "keyrings.cryptfile.file.PlaintextKeyring",
        "keyrings.cryptfile.file.EncryptedKeyring",
    }
)

_BACKEND_LABELS = {
    "keyring.backends.SecretService.Keyring": "Secret Service",
    "keyring.backends.libsecret.Keyring": "Secret Service",
    "keyring.backends.kwallet.DBusKeyring": "KWallet",
    "keyring.backends.kwallet.DBusKeyringKWallet4": "KWallet",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
}


# --------------------------------------------------------------------------
# The key ring


def _b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _damaged(what: str, detail: str) -> VaultError:
    """`what` is "stored key ring", "key ring in the system keyring", or a key file's path."""
    if what in ("stored key ring", "key ring in the system keyring"):
        return VaultError("keys.damaged", what=what, detail=detail)
    return VaultError("keys.file-damaged", path=what, detail=detail)


def _b64decode(text: Any, what: str) -> bytes:
    if not isinstance(text, str):
        raise _damaged(what, "a value is missing")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise _damaged(what, "a value is not base64") from None


@dataclass(frozen=True, eq=True)
class MasterKeys:
    """The master keys of one data folder: ``keys`` maps key id -> 32-byte key.

    ``current`` is the id used for new wrappings; the others are kept so
    data wrapped before a rotation can still be opened. Instances are
    immutable: ``with_new_key`` and ``drop`` return a new ring.
    """

    current: str
    keys: Mapping[str, bytes] = field(repr=False)

    def __post_init__(self) -> None:
        keys = dict(self.keys)
        for identifier, key in keys.items():
            if not isinstance(key, bytes) or len(key) != KEY_SIZE:
                raise VaultError("keys.bad-master-key", key=identifier, size=KEY_SIZE)
            if key_id(key) != identifier:
                raise VaultError("keys.id-mismatch", key=identifier)
        if self.current not in keys:
            raise VaultError("keys.current-missing", key=self.current)
        object.__setattr__(self, "keys", keys)

    def __repr__(self) -> str:  # never show key bytes
        return f"MasterKeys(current={self.current!r}, ids={sorted(self.keys)!r})"

    @classmethod
    def generate(cls) -> MasterKeys:
        """A new ring with one fresh random key."""
        key = new_key()
        identifier = key_id(key)
        return cls(current=identifier, keys={identifier: key})

    @property
    def current_key(self) -> bytes:
        """The key to wrap new data keys with (and to derive the database key)."""
        return self.keys[self.current]

    def ids(self) -> Iterator[str]:
        return iter(self.keys)

    def get(self, key_id: str) -> bytes:
        """The key with this id; KeyError if the ring does not have it."""
        try:
            return self.keys[key_id]
        except KeyError:
            raise KeyError(
                f"Master key {key_id} is not in the key ring: it was dropped after a "
                "rotation, or the data comes from another data folder."
            ) from None

    def with_new_key(self) -> tuple[MasterKeys, str]:
        """Start a rotation: add a fresh key and make it current."""
        key = new_key()
        identifier = key_id(key)
        return MasterKeys(current=identifier, keys={**self.keys, identifier: key}), identifier

    def drop(self, key_id: str) -> MasterKeys:
        """Finish a rotation: remove an old key nothing refers to any more."""
        if key_id == self.current:
            raise VaultError("keys.current-not-removable")
        self.get(key_id)
        return MasterKeys(
            current=self.current, keys={k: v for k, v in self.keys.items() if k != key_id}
        )

    def to_json(self) -> bytes:
        document = {
            "format": KEY_RING_FORMAT,
            "version": KEY_RING_VERSION,
            "current": self.current,
            "keys": {identifier: _b64encode(key) for identifier, key in self.keys.items()},
        }
        return json.dumps(document, sort_keys=True, separators=(",", ":")).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> MasterKeys:
        what = "stored key ring"
        try:
            document = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise _damaged(what, "not valid JSON") from None
        if not isinstance(document, dict) or document.get("format") != KEY_RING_FORMAT:
            raise VaultError("keys.not-a-ring", what=what)
        if document.get("version") != KEY_RING_VERSION:
            raise VaultError("keys.version", what=what, version=repr(document.get("version")),
                             supported=KEY_RING_VERSION)
        keys = document.get("keys")
        current = document.get("current")
        if not isinstance(keys, dict) or not isinstance(current, str):
            raise _damaged(what, "keys are missing")
        return cls(
            current=current,
            keys={str(identifier): _b64decode(value, what) for identifier, value in keys.items()},
        )


# --------------------------------------------------------------------------
# Store interface


class KeyStore(abc.ABC):
    """Where the master key ring is kept. ``kind`` is "keyring" or "passphrase"."""

    kind: ClassVar[str]

    @property
    def is_system_store(self) -> bool:
        """False means the UI should explain that a passphrase protects the keys."""
        return self.kind == "keyring"

    @abc.abstractmethod
    def description(self) -> str:
        """Human text for the UI: which store holds the keys."""

    @abc.abstractmethod
    def exists(self) -> bool:
        """Whether a key ring was saved in this store."""

    @abc.abstractmethod
    def load(self) -> MasterKeys:
        """The saved key ring (MissingKeys if none)."""

    @abc.abstractmethod
    def save(self, keys: MasterKeys) -> None:
        """Replace the saved key ring, all or nothing."""


# --------------------------------------------------------------------------
# OS keyring


def _qualified_names(backend: object) -> Iterator[str]:
    for cls in type(backend).__mro__:
        yield f"{cls.__module__}.{cls.__qualname__}"


def is_safe_backend(backend: keyring.backend.KeyringBackend) -> bool:
    """Whether a keyring backend really protects a secret.

    Unsafe if the class (or a base class) is in :data:`UNSAFE_BACKENDS`,
    safe otherwise. A chainer writes to its first chosen backend, so it is
    safe only if that one is (this also makes "all chosen backends unsafe"
    and "no backend at all" unsafe).
    """
    if isinstance(backend, ChainerBackend):
        chosen = list(backend.backends)
        return bool(chosen) and is_safe_backend(chosen[0])
    return not any(name in UNSAFE_BACKENDS for name in _qualified_names(backend))


def backend_label(backend: keyring.backend.KeyringBackend) -> str:
    """A readable name for a keyring backend ("Secret Service", "KWallet", ...)."""
    if isinstance(backend, ChainerBackend):
        chosen = list(backend.backends)
        return backend_label(chosen[0]) if chosen else "no keyring"
    for name in _qualified_names(backend):
        if name in _BACKEND_LABELS:
            return _BACKEND_LABELS[name]
    return str(type(backend).name)


class KeyringStore(KeyStore):
    """The key ring as one entry of the OS keyring, per data folder."""

    kind = "keyring"

    def __init__(self, install_id: str) -> None:
        if not install_id or not install_id.isascii() or not install_id.isprintable():
            raise ValueError("install_id must be a non-empty printable ASCII string")
        self.install_id = install_id

    def __repr__(self) -> str:
        return f"KeyringStore({self.install_id!r})"

    @property
    def username(self) -> str:
        return f"master-keys:{self.install_id}"

    def description(self) -> str:
        return f"System keyring ({backend_label(keyring.get_keyring())})"

    def _read(self) -> str | None:
        try:
            return keyring.get_password(SERVICE_NAME, self.username)
        except keyring.errors.KeyringError as exc:
            raise VaultError("keyring.unreadable", reason=type(exc).__name__) from None

    def exists(self) -> bool:
        return self._read() is not None

    def load(self) -> MasterKeys:
        text = self._read()
        if text is None:
            raise MissingKeys("keys.not-in-keyring")
        return MasterKeys.from_json(_b64decode(text, "key ring in the system keyring"))

    def save(self, keys: MasterKeys) -> None:
        text = _b64encode(keys.to_json())
        try:
            keyring.set_password(SERVICE_NAME, self.username, text)
        except keyring.errors.KeyringError as exc:
            raise VaultError("keyring.refused", reason=type(exc).__name__) from None
        # Losing the master keys loses every stored file: check they stuck.
        if self._read() != text:
            raise VaultError("keyring.not-kept")


# --------------------------------------------------------------------------
# Passphrase-protected key file


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost parameters; the defaults are the production ones."""

    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P

    def __post_init__(self) -> None:
        for name in ("n", "r", "p"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise VaultError("keys.scrypt-positive", name=name)
        if self.n < 2 or self.n & (self.n - 1):
            raise VaultError("keys.scrypt-power")
        if 128 * self.n * self.r > _MAX_SCRYPT_MEMORY or self.p > _MAX_SCRYPT_P:
            raise VaultError("keys.scrypt-cost")

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        kdf = Scrypt(salt=salt, length=DERIVED_KEY_SIZE, n=self.n, r=self.r, p=self.p)
        return kdf.derive(_passphrase_bytes(passphrase))


DEFAULT_SCRYPT = ScryptParams()


def _passphrase_bytes(passphrase: str) -> bytes:
    # NFC: the same passphrase typed on macOS and on Linux gives the same bytes.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str) -> None:
    """Refuse passphrases too weak to protect the keys (on creation or change)."""
    if not isinstance(passphrase, str) or not passphrase.strip():
        raise VaultError("passphrase.empty")
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise VaultError("passphrase.too-short", minimum=MIN_PASSPHRASE_LENGTH)


class PassphraseFileStore(KeyStore):
    """The key ring in a JSON file, encrypted with a passphrase-derived key.

    The derived key comes from scrypt (parameters stored in the file, so a
    file keeps opening if the defaults change); AES-256-GCM with a fixed
    AAD encrypts the ring. Each save uses a new salt and nonce. After a
    successful :meth:`unlock` the store remembers the passphrase so the
    :class:`KeyStore` methods ``load()``/``save(keys)`` work.
    """

    kind = "passphrase"

    def __init__(self, path: Path, *, scrypt: ScryptParams = DEFAULT_SCRYPT) -> None:
        self.path = Path(path)
        self.scrypt = scrypt
        self._passphrase: str | None = None
        self._derived: tuple[tuple[bytes, ScryptParams], bytes] | None = None

    def __repr__(self) -> str:
        return f"PassphraseFileStore({str(self.path)!r})"

    def description(self) -> str:
        return "Key file protected by a passphrase"

    def exists(self) -> bool:
        return self.path.is_file()

    @property
    def is_unlocked(self) -> bool:
        return self._passphrase is not None

    def lock(self) -> None:
        """Forget the passphrase held since :meth:`unlock`."""
        self._passphrase = None
        self._derived = None

    # -- reading

    def _read_document(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            raise MissingKeys("keys.no-key-file", path=self.path) from None
        return self._parse_document(raw)

    def document(self) -> dict[str, Any]:
        """The key file as stored (its ring encrypted under the passphrase), e.g. to carry it in a backup."""
        return self._read_document()

    def _parse_document(self, raw: bytes) -> dict[str, Any]:
        try:
            document = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise VaultError("keys.file-damaged-restore", path=self.path, detail="not valid JSON") from None
        if not isinstance(document, dict) or document.get("format") != KEY_FILE_FORMAT:
            raise VaultError("keys.not-a-key-file", path=self.path)
        if document.get("version") != KEY_FILE_VERSION:
            raise VaultError("keys.file-version", path=self.path, version=repr(document.get("version")),
                             supported=KEY_FILE_VERSION)
        if document.get("kdf") != "scrypt" or document.get("cipher") != "AES-256-GCM":
            raise VaultError("keys.file-damaged", path=self.path, detail="unknown key derivation or cipher")
        return document

    def _params_of(self, document: dict[str, Any]) -> ScryptParams:
        params = document.get("kdf_params")
        if not isinstance(params, dict) or params.get("length") != DERIVED_KEY_SIZE:
            raise VaultError("keys.file-damaged", path=self.path, detail="scrypt parameters")
        n, r, p = params.get("n"), params.get("r"), params.get("p")
        if not (isinstance(n, int) and isinstance(r, int) and isinstance(p, int)):
            raise VaultError("keys.file-damaged", path=self.path, detail="scrypt parameters")
        return ScryptParams(n=n, r=r, p=p)

    def _derive(self, passphrase: str, salt: bytes, params: ScryptParams) -> bytes:
        if (
            self._derived is not None
            and self._derived[0] == (salt, params)
            and passphrase == self._passphrase
        ):
            return self._derived[1]
        return params.derive(passphrase, salt)

    def _open(self, passphrase: str) -> MasterKeys:
        document = self._read_document()
        params = self._params_of(document)
        what = str(self.path)
        salt = _b64decode(document.get("salt"), what)
        nonce = _b64decode(document.get("nonce"), what)
        ciphertext = _b64decode(document.get("ciphertext"), what)
        if len(salt) < SALT_SIZE or len(nonce) != NONCE_SIZE:
            raise VaultError("keys.file-damaged", path=self.path, detail="salt or nonce")
        derived = self._derive(passphrase, salt, params)
        try:
            plaintext = AESGCM(derived).decrypt(nonce, ciphertext, KEY_FILE_AAD)
        except InvalidTag:
            raise WrongPassphrase() from None
        keys = MasterKeys.from_json(plaintext)
        self._passphrase = passphrase
        self._derived = ((salt, params), derived)
        return keys

    def unlock(self, passphrase: str) -> MasterKeys:
        """Open the key file; WrongPassphrase (file untouched) if it does not fit."""
        if not isinstance(passphrase, str):
            raise TypeError("the passphrase must be a str")
        return self._open(passphrase)

    def load(self) -> MasterKeys:
        if self._passphrase is None:
            raise PassphraseRequired("passphrase.locked")
        return self._open(self._passphrase)

    # -- writing

    def save(self, keys: MasterKeys, passphrase: str | None = None) -> None:
        """Write the key ring, with a new salt and nonce.

        With ``passphrase`` (creating the file, or replacing it after the
        keys were unlocked some other way) the passphrase is checked for
        strength; without it, the passphrase held since :meth:`unlock` is used.
        """
        if passphrase is None:
            if self._passphrase is None:
                raise PassphraseRequired("passphrase.locked")
            passphrase = self._passphrase
        else:
            check_new_passphrase(passphrase)
        salt = os.urandom(SALT_SIZE)
        nonce = os.urandom(NONCE_SIZE)
        derived = self.scrypt.derive(passphrase, salt)
        ciphertext = AESGCM(derived).encrypt(nonce, keys.to_json(), KEY_FILE_AAD)
        document = {
            "format": KEY_FILE_FORMAT,
            "version": KEY_FILE_VERSION,
            "kdf": "scrypt",
            "kdf_params": {
                "n": self.scrypt.n,
                "r": self.scrypt.r,
                "p": self.scrypt.p,
                "length": DERIVED_KEY_SIZE,
            },
            "cipher": "AES-256-GCM",
            "salt": _b64encode(salt),
            "nonce": _b64encode(nonce),
            "ciphertext": _b64encode(ciphertext),
        }
        data = (json.dumps(document, indent=2) + "\n").encode("utf-8")
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        atomic_write(self.path, data)
        self._passphrase = passphrase
        self._derived = ((salt, self.scrypt), derived)
        self._remove_leftovers()

    def _remove_leftovers(self) -> None:
        # Temporary files of interrupted saves hold the same keys under some
        # earlier passphrase: once a save succeeded they must not linger.
        for leftover in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            with suppress(OSError):
                leftover.unlink()

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt the key ring under a new passphrase, atomically.

        WrongPassphrase if ``old`` does not open the file (nothing changes).
        A crash leaves the old file (opens with ``old``) or the new one
        (opens with ``new``), never a mix.
        """
        check_new_passphrase(new)
        keys = self.unlock(old)
        self.save(keys, new)


class _EmbeddedKeyFile(PassphraseFileStore):
    """A key file carried inside another file (a backup): read-only, opened with its passphrase."""

    def __init__(self, document: dict[str, Any], where: Path) -> None:
        super().__init__(where)
        self._raw = json.dumps(document).encode("utf-8")

    def exists(self) -> bool:
        return True

    def _read_document(self) -> dict[str, Any]:
        return self._parse_document(self._raw)

    def save(self, keys: MasterKeys, passphrase: str | None = None) -> None:
        raise VaultError("keys.already")


def embedded_key_file(document: dict[str, Any], where: Path) -> PassphraseFileStore:
    """A key file document (as `PassphraseFileStore.document()` gives it) that `unlock(passphrase)` opens.

    `where` names it in messages (the file that carries it).
    """
    return _EmbeddedKeyFile(document, where)


# --------------------------------------------------------------------------
# Choosing a store


def select_store(keys_dir: Path, install_id: str) -> KeyStore:
    """The store for a data folder: OS keyring if safe, else a passphrase file.

    An existing passphrase file wins even if a keyring appeared since: the
    user chose (or was given) that store, and its keys are there.
    """
    key_file = Path(keys_dir) / KEY_FILE_NAME
    if key_file.exists():
        return PassphraseFileStore(key_file)
    if is_safe_backend(keyring.get_keyring()):
        return KeyringStore(install_id)
    return PassphraseFileStore(key_file)


def passphrase_from_env() -> str | None:
    """The passphrase from DPO_WORKBENCH_PASSPHRASE (scripts, CI), if set."""
    return os.environ.get(PASSPHRASE_ENV) or None


def ensure_install_id(keys_dir: Path) -> str:
    """The random id of this data folder (created on first use).

    Names the keyring entry, so two data folders (or test folders) on one
    account never share or overwrite each other's keys.
    """
    keys_dir = Path(keys_dir)
    path = keys_dir / INSTALL_ID_FILE_NAME
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        text = ""
    except UnicodeDecodeError:
        text = "?"
    if text:
        if not all(c in "0123456789abcdef" for c in text):
            raise VaultError("keys.install-id-damaged", path=path)
        return text
    keys_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    text = secrets.token_hex(16)
    atomic_write(path, (text + "\n").encode("ascii"))
    return text
