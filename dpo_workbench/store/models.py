"""SQLAlchemy 2 models. The database is the only place personal data is kept.

Columns that the register sorts or filters on are indexed; `due_on` and
the `request_search` table are kept up to date by the workbench so that a register of
100,000 requests sorts and searches in SQL without loading rows.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from dpo_workbench.store.types import ExactKey, Personal, SearchText


class UTCDateTime(TypeDecorator):
    """Aware datetimes stored as UTC, returned aware (SQLite keeps no offset)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Personal)  # JSON (the user's name is one of them)


class Organisation(Base):
    """The controller whose DPO uses the tool (one row)."""

    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(Personal, default="")
    siren: Mapped[str] = mapped_column(String(20), default="")
    dpo_name: Mapped[str] = mapped_column(Personal(200), default="")
    dpo_email: Mapped[str] = mapped_column(Personal(254), default="")
    dpo_phone: Mapped[str] = mapped_column(Personal(40), default="")
    region: Mapped[str] = mapped_column(String(8), default="FR")
    profile: Mapped[str] = mapped_column(Personal, default="{}")  # JSON: processing register, contacts


class ReferenceCounter(Base):
    """Last number given per year: references never repeat, even after a deletion."""

    __tablename__ = "reference_counter"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


REPORT_COLUMNS = ("received_on", "state", "channel", "relation", "rights_text", "outcome", "extended",
                  "extension_ground", "refusal_ground", "suspended_days", "suspended_since", "due_on",
                  "answered_on")


class Request(Base):
    __tablename__ = "request"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)

    requester_name: Mapped[str] = mapped_column(Personal(200))
    requester_email: Mapped[str] = mapped_column(Personal(254), default="")
    requester_phone: Mapped[str] = mapped_column(Personal(40), default="")
    requester_address: Mapped[str] = mapped_column(Personal, default="")
    relation: Mapped[str] = mapped_column(String(16))

    channel: Mapped[str] = mapped_column(String(16))
    received_on: Mapped[date] = mapped_column(Date, index=True)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    registered_number: Mapped[str] = mapped_column(Personal(40), default="")
    rights_text: Mapped[str] = mapped_column(String(200))  # codes, comma-separated, for display
    notes: Mapped[str] = mapped_column(Personal, default="")
    language: Mapped[str] = mapped_column(String(2), default="fr", server_default="fr")

    state: Mapped[str] = mapped_column(String(20), index=True)
    suspended_days: Mapped[int] = mapped_column(Integer, default=0)
    suspended_since: Mapped[date | None] = mapped_column(Date, nullable=True)
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    extension_reason: Mapped[str] = mapped_column(Personal, default="")
    outcome: Mapped[str | None] = mapped_column(String(16), nullable=True)
    outcome_reason: Mapped[str] = mapped_column(Personal, default="")
    region: Mapped[str] = mapped_column(String(8), default="FR")
    due_on: Mapped[date] = mapped_column(Date, index=True)
    last_step_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # the answered date (the earlier of the answer letter's date and the recorded answer's), and the
    # grounds of a refusal and of an extension: what the dashboard and the annual report count
    answered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    refusal_ground: Mapped[str | None] = mapped_column(String(24), nullable=True)
    extension_ground: Mapped[str | None] = mapped_column(String(24), nullable=True)

    # the folded name and e-mail, for repeats (and, on SQLite, the sort by name); keyed hashes where sealed
    name_key: Mapped[str] = mapped_column(ExactKey(200), index=True)
    email_key: Mapped[str] = mapped_column(ExactKey(254), index=True)

    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # team mode: who last changed it (the conflict message names them), who it is assigned to, and the version
    # a save must carry (optimistic locking: every UPDATE checks and moves it, `version_id_col`)
    updated_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    search: Mapped[RequestSearch] = relationship(cascade="all, delete-orphan", lazy="raise")
    rights: Mapped[list[RequestRight]] = relationship(
        back_populates="request", cascade="all, delete-orphan", lazy="selectin"
    )
    events: Mapped[list[Event]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="Event.id"
    )

    __table_args__ = (
        Index("ix_request_state_due", "state", "due_on"),
        # covering index of the figures (services/reports.py): their aggregates read this narrow index,
        # never the wide rows with names and addresses
        Index("ix_request_figures", *REPORT_COLUMNS),
    )
    __mapper_args__ = {"version_id_col": version}


class FigureCell(Base):
    """The register's figures by month, kept up to date from the request table (services/reports.py).

    One row per right ("*" for all requests; a request counts once there and once under each
    right it invokes), month received, channel, and one value of one dimension: its state,
    outcome, requester category, extension ground, refusal ground, suspension, or answer
    ("days taken:on time"). The months whose requests changed are listed in `figure_dirty` by
    triggers on the request table and recomputed before the figures are read: a redraw
    aggregates a few thousand cells, not 100,000 requests.
    """

    __tablename__ = "figure_cell"
    right: Mapped[str] = mapped_column(String(24), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)  # YYYY-MM received
    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    dimension: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[str] = mapped_column(String(24), primary_key=True)
    requests: Mapped[int] = mapped_column(Integer)
    days: Mapped[int] = mapped_column(Integer)  # suspension: the days added up (a running one: days before it)


class FigureDirty(Base):
    """A month whose requests changed since its figure cells were computed (filled by triggers)."""

    __tablename__ = "figure_dirty"
    month: Mapped[str] = mapped_column(String(7), primary_key=True)


class RequestSearch(Base):
    """The folded name, e-mail and reference of a request, in a narrow table of its own.

    On SQLite a substring search cannot use an index; scanning this table reads a few
    hundred pages instead of the thousands of the wide request table (each one
    decrypted by SQLCipher). Where values are sealed the key is a blind index (keyed
    trigram tokens) searched through a GIN index (PostgreSQL only).
    """

    __tablename__ = "request_search"
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(SearchText)

    __table_args__ = (Index("ix_request_search_tokens", "key", postgresql_using="gin").ddl_if(dialect="postgresql"),)


class RequestRight(Base):
    __tablename__ = "request_right"
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), primary_key=True)
    right: Mapped[str] = mapped_column(String(24), primary_key=True)
    request: Mapped[Request] = relationship(back_populates="rights")

    __table_args__ = (Index("ix_request_right_right", "right", "request_id"),)


class Event(Base):
    """One line of a request's timeline."""

    __tablename__ = "event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)  # when it was recorded
    on: Mapped[date] = mapped_column(Date)  # the date it happened (may be earlier)
    actor: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Personal, default="{}")  # JSON (a correction's old -> new values)
    request: Mapped[Request] = relationship(back_populates="events")


class AuditEntry(Base):
    """Append-only, hash-chained journal entry. Never holds personal data itself."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))  # ISO 8601 UTC, hashed as text
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(48))
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str] = mapped_column(String(64))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The last entry of the chain: detects a deletion at the end, serialises writers."""

    __tablename__ = "audit_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


class Document(Base):
    """A file attached to a request: its blob is encrypted in the vault under its own data key.

    Destroying a document erases its wrapped data key and its blob (crypto-shredding);
    the row stays, without key, so the timeline can say what was destroyed and when.
    """

    __tablename__ = "document"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    blob_id: Mapped[str] = mapped_column(String(32), unique=True)  # random: no personal data in file names
    kind: Mapped[str] = mapped_column(String(16))  # id-copy | letter | other
    mime: Mapped[str] = mapped_column(String(40))
    size: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(Personal(255), default="")  # original file name (sealed / SQLCipher)
    wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    key_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)  # master key that wraps it
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by: Mapped[str] = mapped_column(String(100))
    purge_after: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    destroyed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    destroyed_reason: Mapped[str] = mapped_column(String(40), default="")
    request: Mapped[Request] = relationship()


class IdentityCheck(Base):
    """The note that stays once the ID copy is gone: who checked, when, how, what, outcome."""

    __tablename__ = "identity_check"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    checked_by: Mapped[str] = mapped_column(String(100))
    checked_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    method: Mapped[str] = mapped_column(String(16))  # id-copy | account | other
    document_type: Mapped[str] = mapped_column(Personal(100), default="")
    outcome: Mapped[str] = mapped_column(String(16))  # verified | doubt | refused
    note: Mapped[str] = mapped_column(Personal, default="")


# -- breaches (GDPR Art. 33 and 34) --------------------------------------------------------------


class Breach(Base):
    """One personal data breach: the columns the register filters and sorts on.

    The record itself (every section of the CNIL form) is in `breach_detail`,
    so scanning the register never reads it. `aware_offset` keeps the UTC offset
    the awareness time was given with (minutes), for display as it was recorded.
    """

    __tablename__ = "breach"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    aware_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    aware_offset: Mapped[int] = mapped_column(Integer, default=0)
    deadline: Mapped[datetime] = mapped_column(UTCDateTime)
    summary: Mapped[str] = mapped_column(Personal, default="")
    search_key: Mapped[str] = mapped_column(SearchText, default="")  # folded reference + summary
    state: Mapped[str] = mapped_column(String(10), index=True)  # open | closed
    severity_score: Mapped[float | None] = mapped_column(Float, nullable=True)
    severity_level: Mapped[str | None] = mapped_column(String(12), nullable=True, index=True)
    notified: Mapped[bool] = mapped_column(Boolean, default=False)
    first_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    people_informed: Mapped[str] = mapped_column(String(12), default="")  # yes | no | later | exception | ""
    decision: Mapped[str] = mapped_column(String(20), default="")  # register-only | notify | notify-and-inform
    decision_reason: Mapped[str] = mapped_column(Personal, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    updated_by: Mapped[str | None] = mapped_column(String(64), nullable=True)
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), nullable=True, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    detail: Mapped[BreachDetail] = relationship(cascade="all, delete-orphan", lazy="raise")
    notifications: Mapped[list[BreachNotification]] = relationship(
        back_populates="breach", cascade="all, delete-orphan", order_by="BreachNotification.sent_at")

    __mapper_args__ = {"version_id_col": version}


class BreachDetail(Base):
    """The sections of a breach record (JSON by field key) and the ENISA assessment inputs."""

    __tablename__ = "breach_detail"
    breach_id: Mapped[int] = mapped_column(ForeignKey("breach.id", ondelete="CASCADE"), primary_key=True)
    fields: Mapped[str] = mapped_column(Personal, default="{}")
    assessment: Mapped[str] = mapped_column(Personal, default="{}")


class BreachNotification(Base):
    """A notification actually sent to the CNIL (Art. 33(4): possibly in phases)."""

    __tablename__ = "breach_notification"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    breach_id: Mapped[int] = mapped_column(ForeignKey("breach.id", ondelete="CASCADE"), index=True)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(16))  # initial | complementary | complete
    cnil_reference: Mapped[str] = mapped_column(String(60), default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by: Mapped[str] = mapped_column(String(100))
    breach: Mapped[Breach] = relationship(back_populates="notifications")


class BreachCounter(Base):
    """Last breach number given per year: BRE-2026-0001, never reused."""

    __tablename__ = "breach_counter"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class IntakeMessage(Base):
    """An imported e-mail: what stops a second import of it, and what was suggested from it.

    Only hashes of the Message-ID and of the file are kept here (the message
    itself is the encrypted EMAIL document), so duplicates are found without
    keeping the identifier or the subject in clear.
    """

    __tablename__ = "intake_message"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id", ondelete="SET NULL"), nullable=True)
    message_id_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(16))  # created | follow-up
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)  # as found (see received_source)
    received_source: Mapped[str] = mapped_column(String(16))  # date | received | file | now
    suggested_rights: Mapped[str] = mapped_column(String(200), default="")  # codes, comma-separated
    name_from_address: Mapped[bool] = mapped_column(Boolean, default=False)  # the name is to be checked
    rights_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    attachment_ids: Mapped[str] = mapped_column(String(400), default="")  # its stored attachments, comma-separated
    # what the parser warned of (JSON list of [code, params]): shown in the request panel
    warnings: Mapped[str] = mapped_column(Personal, default="[]")  # may name an attachment


class MailAccount(Base):
    """A mailbox the DPO's requests arrive at (IMAP) and answers leave from (SMTP).

    The password is not here in clear: it is in the system keyring, or (no safe
    keyring) sealed with a data key wrapped by the master key (`password_*`).
    A pinned certificate (`*_pin`, SHA-256 of the server's certificate) is trusted
    when verification against the system's authorities fails: a self-signed server.
    """

    __tablename__ = "mail_account"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    imap_host: Mapped[str] = mapped_column(String(255))
    imap_port: Mapped[int] = mapped_column(Integer)
    imap_security: Mapped[str] = mapped_column(String(16))  # ssl | starttls | none (loopback only)
    login: Mapped[str] = mapped_column(Personal(255))
    folder: Mapped[str] = mapped_column(String(200), default="INBOX")
    after_import: Mapped[str] = mapped_column(String(16), default="flag")  # flag | move
    move_to: Mapped[str] = mapped_column(String(200), default="")
    smtp_host: Mapped[str] = mapped_column(String(255), default="")
    smtp_port: Mapped[int | None] = mapped_column(Integer, nullable=True)
    smtp_security: Mapped[str] = mapped_column(String(16), default="starttls")
    imap_pin: Mapped[str] = mapped_column(String(64), default="")
    smtp_pin: Mapped[str] = mapped_column(String(64), default="")
    password_store: Mapped[str] = mapped_column(String(16), default="keyring")  # keyring | database
    password_sealed: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    password_wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    password_key_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_fetch_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_fetch_error: Mapped[str] = mapped_column(Personal, default="")  # JSON [code, params] of the last failure


class MailFolderState(Base):
    """Where the fetch of one folder stands: its UIDVALIDITY and the UID below which all is fetched."""

    __tablename__ = "mail_folder_state"
    __table_args__ = (Index("ix_mail_folder_state_account_folder", "account_id", "folder", unique=True),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("mail_account.id", ondelete="CASCADE"))
    folder: Mapped[str] = mapped_column(String(200))
    uidvalidity: Mapped[int] = mapped_column(Integer)
    last_uid: Mapped[int] = mapped_column(Integer, default=0)  # every UID up to it was fetched


class MailFetched(Base):
    """One message fetched from a mailbox (its UID under its UIDVALIDITY) and whether it was flagged or moved.

    Written in the same transaction as the import of the message: a fetch cut by the
    network resumes after the last committed message; a flag or move that did not
    happen (`acted` false) is done at the next fetch.
    """

    __tablename__ = "mail_fetched"
    __table_args__ = (Index("ix_mail_fetched_uid", "account_id", "folder", "uidvalidity", "uid", unique=True),
                      Index("ix_mail_fetched_pending", "account_id", "acted"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("mail_account.id", ondelete="CASCADE"))
    folder: Mapped[str] = mapped_column(String(200))
    uidvalidity: Mapped[int] = mapped_column(Integer)
    uid: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(16))  # created | follow-up | duplicate | failed
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id", ondelete="SET NULL"), nullable=True)
    fetched_at: Mapped[datetime] = mapped_column(UTCDateTime)
    acted: Mapped[bool] = mapped_column(Boolean, default=False)  # flagged or moved on the server


# -- team mode (a shared PostgreSQL database): its users, its key, its stored files ------------------------

ROLES = ("dpo", "deputy", "contributor", "reader")


class AppUser(Base):
    """A person who works in a team database, with their role and their copy of the team key.

    The team key ring is wrapped for each user (`team_keys`: X25519 to their `public_key`, then
    AES-256-GCM); their private key is kept under their passphrase (`private_key`: scrypt, AES-256-GCM)
    and may also be kept in their own computer's keyring. Adding a person wraps the ring once more;
    removing one deletes their keys (the row stays, disabled, so the journal and the case files still
    name who did what). What each role may do is enforced by the services (`role`: dpo | deputy |
    contributor | reader). On one seat (SQLite) the table is empty.
    """

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(Personal(200), default="")
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    disabled_by: Mapped[str] = mapped_column(String(64), default="")
    public_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # X25519, 32 bytes
    private_key: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # under the passphrase (JSON)
    team_keys: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # the ring, wrapped for them
    team_key_id: Mapped[str | None] = mapped_column(String(32), nullable=True)  # current key of that ring


class Comment(Base):
    """A note a user wrote on a request or a breach (team mode's working together; one seat too).

    The text is personal (sealed on a server); the journal records that a comment was written, by whom and
    how long, never its text. Comments are not edited: a correction is another comment.
    """

    __tablename__ = "comment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), nullable=True,
                                                   index=True)
    breach_id: Mapped[int | None] = mapped_column(ForeignKey("breach.id", ondelete="CASCADE"), nullable=True,
                                                  index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    author: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Personal)


class TeamKey(Base):
    """The team database's identity and which team key seals new values (one row).

    `team_id` is random: it names the keyring entries of the users' computers. `current_key_id`
    changes when the team key is rotated; a process that sealed with an older key learns it
    before its next write (`store.db.Database.transaction`).
    """

    __tablename__ = "team_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    current_key_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    rotated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class VaultBlob(Base):
    """An encrypted file of the vault kept in the database (team mode: no file on anyone's disk).

    The bytes are those a vault file would hold (`vault.crypto.encrypt`, under the document's own data
    key, wrapped by the team key); the id is random, as a file name would be.
    """

    __tablename__ = "vault_blob"
    blob_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime)


# the register of processing activities and the casework it drives share this Base (their tables are in the
# migrations and the metadata)
from dpo_workbench.store import casework_models, register_models  # noqa: E402, F401
