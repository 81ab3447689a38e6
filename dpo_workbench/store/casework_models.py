"""The casework the register drives: requests linked to processings, internal data requests to departments,
and the records purged once past their retention period.

A link says "this processing concerns the requester": the DPO's statement, made by hand or by accepting a
suggestion (`origin`). An internal data request (`data_task`) asks one department, for one request, to extract,
erase, rectify or restrict the data of the processings it owns; it keeps the contact it was sent to as it then
was (a person's name and e-mail: `Personal` columns, as are the DPO's free texts), its due date and the answer
recorded, whose files are documents of the request (`data_task_file`). `retention_purge` lists the requests and
breaches whose personal data were removed at the end of their retention period, with when and by whom.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from dpo_workbench.store.models import Base, UTCDateTime
from dpo_workbench.store.types import Personal


class RequestProcessing(Base):
    """A processing of the register that concerns the person of a request (what the access reply describes)."""

    __tablename__ = "request_processing"
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), primary_key=True)
    processing_id: Mapped[int] = mapped_column(ForeignKey("processing.id", ondelete="CASCADE"), primary_key=True,
                                               index=True)
    origin: Mapped[str] = mapped_column(String(12))  # suggested (accepted by the DPO) | added (by hand)
    linked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    linked_by: Mapped[str] = mapped_column(String(100))


class DataTask(Base):
    """An internal data request: one department asked, for one request, to act on the processings it owns."""

    __tablename__ = "data_task"
    __table_args__ = (Index("ix_data_task_state_due", "state", "due_on"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("request.id", ondelete="CASCADE"), index=True)
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id", ondelete="SET NULL"),
                                                      nullable=True)
    department: Mapped[str] = mapped_column(String(120))  # its name when asked (the department may be renamed)
    contact_name: Mapped[str] = mapped_column(Personal, default="")
    contact_email: Mapped[str] = mapped_column(Personal, default="")
    processings: Mapped[str] = mapped_column(String(400))  # the references concerned, comma-separated
    kinds: Mapped[str] = mapped_column(String(80))  # core.casework.TASK_KINDS asked, comma-separated
    details: Mapped[str] = mapped_column(Personal, default="")  # what the DPO adds to the e-mail
    lang: Mapped[str] = mapped_column(String(2), default="fr")  # of the e-mails to the department
    asked_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    due_set: Mapped[bool] = mapped_column(Boolean, default=False)  # chosen by the DPO, not computed
    state: Mapped[str] = mapped_column(String(12))  # open | answered | cancelled
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)  # sent by SMTP (the last time)
    reminders: Mapped[int] = mapped_column(Integer, default=0)
    reminded_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    answered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(12), nullable=True)  # done | no-data | not-done
    answer_note: Mapped[str] = mapped_column(Personal, default="")
    cancel_reason: Mapped[str] = mapped_column(Personal, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class DataTaskFile(Base):
    """A file of a department's answer: a document of the request (encrypted in the vault)."""

    __tablename__ = "data_task_file"
    task_id: Mapped[int] = mapped_column(ForeignKey("data_task.id", ondelete="CASCADE"), primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), primary_key=True)


class RetentionPurge(Base):
    """A request or a breach whose personal data were removed at the end of its retention period."""

    __tablename__ = "retention_purge"
    __table_args__ = (Index("ix_retention_purge_record", "record", "record_id", unique=True),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    record: Mapped[str] = mapped_column(String(8))  # request | breach
    record_id: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(20))
    purged_at: Mapped[datetime] = mapped_column(UTCDateTime)
    purged_by: Mapped[str] = mapped_column(String(100))
