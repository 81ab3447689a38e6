"""Column types that say what a value is, not only how it is stored.

`Personal` marks text that identifies or describes a person (a name, an e-mail address, a postal address,
a telephone number, a note about them, a message body, a free text of a breach). On one seat the whole
SQLite file is encrypted (SQLCipher) and such text is stored as it is; a shared database on a server has
no SQLCipher, and there every `Personal` column is sealed by the application (team mode): declaring the
column with this type is what puts it under that protection. New tables use it for every such column.
"""

from __future__ import annotations

from sqlalchemy import Text, TypeDecorator


class Personal(TypeDecorator):
    """Personal text (see the module's docstring): stored as TEXT, sealed where the database is shared."""

    impl = Text
    cache_ok = True
