"""Column types that say what a value is, not only how it is stored.

`Personal` marks text that identifies or describes a person (a name, an e-mail address, a postal address,
a telephone number, a note about them, a message body, a free text of a breach). On one seat the whole
SQLite file is encrypted (SQLCipher) and such text is stored as it is; a shared database on a server has
no SQLCipher, and there every `Personal` column is sealed by the application (team mode): declaring the
column with this type is what puts it under that protection. New tables use it for every such column.

Two more types hold what is *derived* from personal text, for looking it up:

* `ExactKey`: a folded value compared for equality (the same person asking again). On SQLite it is the
  folded text; on a server it is a keyed hash of it (HMAC), so equality still works in SQL;
* `SearchText`: the folded words a search box looks in. On SQLite it is the text (searched with LIKE);
  on a server it is an array of keyed trigram tokens (a blind index, searched through a GIN index).

How the values are sealed or hashed is the engine's `Sealer` (`store.sealing`): the types find it through
the dialect of the engine they are used on (`attach_sealer`). Without one, values pass through on
SQLite, and are refused on PostgreSQL (nothing personal is ever written there in clear). Each column's
values are bound to the column (`table.column` is the associated data of the seal and the domain of the
hashes): a sealed value copied into another column does not open, and equal names in two columns do not
give equal hashes. The column is learnt when the column is attached to its table, so a model only has to
declare the type.
"""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import Column, LargeBinary, String, Table, Text, TypeDecorator, event
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect

from dpo_workbench.errors import TeamError

__all__ = ["Personal", "ExactKey", "SearchText", "SealerLike", "attach_sealer", "sealer_of", "SEALED_DIALECTS"]

# the databases where personal values are sealed by the application (no SQLCipher there)
SEALED_DIALECTS = frozenset({"postgresql"})
_SEALER_ATTRIBUTE = "_dpo_workbench_sealer"


class SealerLike(Protocol):
    """What the column types need of a sealer (`store.sealing.Sealer`)."""

    def seal(self, text: str, aad: str) -> bytes: ...

    def open(self, sealed: bytes, aad: str) -> str: ...

    def exact_token(self, text: str, aad: str) -> str: ...

    def search_tokens(self, text: str, aad: str) -> list[int]: ...

    def query_tokens(self, term: str, aad: str) -> list[int]: ...


def attach_sealer(dialect: Dialect, sealer: SealerLike | None) -> None:
    """Seal the personal values of every connection of this engine (`engine.dialect`) with `sealer`."""
    setattr(dialect, _SEALER_ATTRIBUTE, sealer)


def sealer_of(dialect: Dialect) -> SealerLike | None:
    return getattr(dialect, _SEALER_ATTRIBUTE, None)


def _needed(dialect: Dialect) -> SealerLike | None:
    """The dialect's sealer; None where values pass through (SQLite); TeamError where one is missing."""
    sealer = sealer_of(dialect)
    if sealer is None and dialect.name in SEALED_DIALECTS:
        raise TeamError("team.locked")
    return sealer


class _Bound(TypeDecorator):
    """A type that knows its column (`aad` = "table.column", set when the column joins its table)."""

    impl = Text
    cache_ok = True

    def __init__(self, length: int | None = None, aad: str = "") -> None:
        super().__init__()
        self.length = length
        self.aad = aad

    def bound(self, aad: str) -> _Bound:
        return type(self)(self.length, aad=aad)

    def _text_impl(self, dialect: Dialect) -> Any:
        return dialect.type_descriptor(String(self.length) if self.length else Text())


class Personal(_Bound):
    """Personal text (see the module's docstring): TEXT on SQLite, sealed (BYTEA) where the database is shared.

    `Personal(200)` keeps the length of a VARCHAR(200) column on SQLite (where it only documents the size).
    """

    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name in SEALED_DIALECTS:
            return dialect.type_descriptor(LargeBinary())
        return self._text_impl(dialect)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        sealer = _needed(dialect)
        if sealer is None or value is None:
            return value
        return sealer.seal(value, self.aad)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        sealer = _needed(dialect)
        if sealer is None or value is None:
            return value
        return sealer.open(bytes(value), self.aad)


class ExactKey(_Bound):
    """A folded value looked up by equality: the text on SQLite, a keyed hash of it where sealed.

    The empty text stays empty (it means "none", and is compared as such).
    """

    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        return self._text_impl(dialect)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        sealer = _needed(dialect)
        if sealer is None or not value:
            return value
        return sealer.exact_token(value, self.aad)


class SearchText(_Bound):
    """The folded words of a search: the text on SQLite, keyed trigram tokens (INTEGER[]) where sealed."""

    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> Any:
        if dialect.name in SEALED_DIALECTS:
            return dialect.type_descriptor(postgresql.ARRAY(postgresql.INTEGER()))
        return self._text_impl(dialect)

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        sealer = _needed(dialect)
        if sealer is None or value is None or isinstance(value, list):
            return value  # a list: tokens already computed (a search's own tokens)
        return sealer.search_tokens(value, self.aad)


@event.listens_for(Column, "after_parent_attach")
def _bind_to_column(column: Column, table: Any) -> None:
    """Give each sealed column's type its own `table.column`, so its values are bound to it."""
    if isinstance(column.type, _Bound) and isinstance(table, Table):
        column.type = column.type.bound(f"{table.name}.{column.name}")
