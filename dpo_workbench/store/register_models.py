"""The register of processing activities (Art. 30): departments, processings and every version of each.

A processing's current description is in `processing.record` (JSON of
`core.register.Processing`); the columns beside it are what the register's list filters
and sorts on. Each save adds a `processing_version` holding the whole record as it then
was, with who and when: the register "as of" a date is the last version of each
processing recorded by the end of that day.

A department's contact (name, e-mail) is personal data: `Personal` columns. A record may
name a client's contact or a joint controller's DPO, so records are `Personal` too.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dpo_workbench.store.models import Base, UTCDateTime
from dpo_workbench.store.types import Personal


class Department(Base):
    """A department of the organisation that owns processings; its contact answers the DPO's data requests."""

    __tablename__ = "department"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    name_key: Mapped[str] = mapped_column(String(120), unique=True)  # folded: "Marketing" and "marketing" are one
    contact_name: Mapped[str] = mapped_column(Personal, default="")
    contact_email: Mapped[str] = mapped_column(Personal, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Processing(Base):
    """One processing of the register (role "controller") or of the processor register (role "processor")."""

    __tablename__ = "processing"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)  # stable: what links and imports match on
    role: Mapped[str] = mapped_column(String(12), index=True)  # controller | processor
    status: Mapped[str] = mapped_column(String(8), index=True)  # active | retired
    name: Mapped[str] = mapped_column(String(200))  # the French name (else the English one): list and sort
    search_key: Mapped[str] = mapped_column(Text, default="")  # folded reference, names, purposes
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="SET NULL"),
                                                      nullable=True, index=True)
    subjects: Mapped[str] = mapped_column(String(200), default="")  # ",customer,prospect,": the link suggestion
    dpia_status: Mapped[str] = mapped_column(String(16), index=True)  # core.register.DPIA_STATUSES
    created_on: Mapped[date] = mapped_column(Date)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer)  # the number of its last version
    record: Mapped[str] = mapped_column(Personal)  # JSON of core.register.Processing


class ProcessingVersion(Base):
    """A processing as it was after one change: who, when, what kind of change, which fields, the whole record."""

    __tablename__ = "processing_version"
    __table_args__ = (Index("ix_processing_version_number", "processing_id", "number", unique=True),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    processing_id: Mapped[int] = mapped_column(ForeignKey("processing.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    change: Mapped[str] = mapped_column(String(12))  # created | changed | imported | retired | restored | migrated
    fields: Mapped[str] = mapped_column(Text, default="")  # the keys changed, comma-separated
    record: Mapped[str] = mapped_column(Personal)  # JSON of core.register.Processing, department name included
