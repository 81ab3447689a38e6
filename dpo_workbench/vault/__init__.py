"""Encryption of stored files and custody of the master keys.

Pure Python (no Qt, no SQLAlchemy) so the CLI can use it without a GUI:

* ``crypto``    AES-256-GCM envelope encryption, one data key per file,
                the SQLCipher key derived from the master key;
* ``keystore``  the master key ring in the OS keyring, or in a
                passphrase-protected file when the keyring is not safe;
* ``blobs``     encrypted files on disk under random ids, written atomically;
* ``filetypes`` checks an ID scan (JPEG, PNG, TIFF, PDF) before it is stored.
"""

from .blobs import BlobStore, InvalidBlobId, MissingBlob
from .crypto import TamperedError, VaultError
from .filetypes import UnsupportedFile
from .keystore import (
    KeyringStore,
    KeyStore,
    MasterKeys,
    MissingKeys,
    PassphraseFileStore,
    PassphraseRequired,
    WrongPassphrase,
    select_store,
)

__all__ = [
    "BlobStore",
    "InvalidBlobId",
    "KeyStore",
    "KeyringStore",
    "MasterKeys",
    "MissingBlob",
    "MissingKeys",
    "PassphraseFileStore",
    "PassphraseRequired",
    "TamperedError",
    "UnsupportedFile",
    "VaultError",
    "WrongPassphrase",
    "select_store",
]
